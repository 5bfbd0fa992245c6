#include "PgTestServer.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace tenure::test {

namespace {

QAtomicInt counter;

QString serverUrl(QString* reason)
{
    const QString dir = qEnvironmentVariable("TENURE_TEST_PG_DIR");
    if (dir.isEmpty()) {
        *reason = QStringLiteral("no PostgreSQL test server (TENURE_TEST_PG_DIR unset: run the suite through "
                                 "ctest, which starts one)");
        return {};
    }
    if (QFile::exists(dir + QStringLiteral("/absent"))) {
        *reason = QStringLiteral("PostgreSQL server not installed: team workspace tests skipped");
        return {};
    }
    QFile file(dir + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = QStringLiteral("the PostgreSQL test server did not start (no %1)").arg(file.fileName());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

bool PgTestServer::available(QString* reason)
{
    return !serverUrl(reason).isEmpty();
}

bool PgTestServer::required()
{
    return qEnvironmentVariable("TENURE_REQUIRE_PG") == QLatin1String("1");
}

QString PgTestServer::url(const QString& database, const QString& user)
{
    QString reason;
    QUrl url(serverUrl(&reason));
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    return url.toString();
}

bool PgTestServer::exec(const QString& database, const QStringList& statements, QString* error)
{
    QString reason;
    const QUrl server(serverUrl(&reason));
    if (!server.isValid()) {
        *error = reason;
        return false;
    }
    const QString name = QStringLiteral("pg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(QStringLiteral("tenure"));
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!ok)
                break;
            if (!query.exec(statement)) {
                *error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PgTestServer::createDatabase(QString* error)
{
    const QString name = QStringLiteral("tenure_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(counter.fetchAndAddRelaxed(1));
    if (!exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}, error))
        return {};
    return url(name);
}

} // namespace tenure::test
