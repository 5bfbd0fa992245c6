#include "Workspace.h"

#include "Fx.h"
#include "Schema.h"
#include "store/Db.h"
#include "store/ServerAddress.h"

#include <QAtomicInt>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <vector>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace tenure {

namespace {

QAtomicInt connectionCounter;

// Checks the first bytes without opening the file for writing, so a refused file stays untouched.
bool looksLikeSqlite(const QString& path, QString* reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true; // an empty file becomes a new workspace
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        *reason = QStringLiteral("%1 is not a Tenure workspace (not an SQLite database)").arg(path);
        return false;
    }
    return true;
}

} // namespace

bool execSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

Workspace::Workspace(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{}

Workspace::~Workspace()
{
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void Workspace::checkpointInBackground()
{
    if (isTeam())
        return;
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    m_checkpoint = std::thread([path = QFile::encodeName(m_path)]() {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) ==
            SQLITE_OK)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        sqlite3_close(db);
    });
}

std::unique_ptr<Workspace> Workspace::openExisting(const QString& path, QString* error)
{
    if (!server::isServerUrl(path) && !QFileInfo::exists(path)) {
        *error = QStringLiteral("workspace %1 does not exist").arg(path);
        return nullptr;
    }
    return open(path, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, QString* error)
{
    if (server::isServerUrl(path))
        return openServer(path, error);
    QString reason;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            *error = QStringLiteral("%1 is a folder, not a workspace file").arg(path);
            return nullptr;
        }
        if (!looksLikeSqlite(path, &reason)) {
            *error = reason;
            return nullptr;
        }
        // The owner's write bit counts too: root may write anywhere, but a file the user marked
        // read-only is refused all the same.
        if (!info.isWritable() || !info.permission(QFileDevice::WriteOwner)) {
            *error = QStringLiteral("workspace %1 is read-only").arg(path);
            return nullptr;
        }
    } else {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
            return nullptr;
        }
    }

    const QString connection = QStringLiteral("tenure-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open workspace %1: %2").arg(path, db.lastError().text());
            return nullptr;
        }
    }
    if (!workspace->initialise(&reason)) {
        *error = reason;
        const bool created = !info.exists();
        workspace.reset();
        if (created)
            QFile::remove(info.absoluteFilePath());
        return nullptr;
    }
    return workspace;
}

bool Workspace::initialise(QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // Read-only checks first: nothing below writes until we know the file is ours.
    if (!query.exec(QStringLiteral("PRAGMA application_id"))) {
        *error = QStringLiteral("%1 is not a Tenure workspace: %2").arg(m_path, query.lastError().text());
        return false;
    }
    query.next();
    const int applicationId = query.value(0).toInt();
    query.exec(QStringLiteral("PRAGMA user_version"));
    query.next();
    const int version = query.value(0).toInt();
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    query.next();
    const int objects = query.value(0).toInt();
    query.finish();

    if (applicationId != ApplicationId && (applicationId != 0 || objects > 0)) {
        *error =
            QStringLiteral("%1 is an SQLite database of another program, not a Tenure workspace").arg(m_path);
        return false;
    }
    if (version > SchemaVersion) {
        *error = QStringLiteral(
                     "workspace %1 was written by a newer Tenure (format %2, this version reads up to %3)")
                     .arg(m_path)
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }

    // A new workspace gets 32 KiB pages (SQLite's default is 4 KiB): a million-row import writes an
    // eighth of the pages, some 10% faster with half the commit time, and scans read fewer pages; an
    // empty workspace takes about 1 MB. Existing workspaces keep theirs (a WAL database cannot
    // change it).
    if (objects == 0 && version == 0)
        execSql(db, QStringLiteral("PRAGMA page_size = 32768"));
    // BEGIN IMMEDIATE takes the write lock: a workspace held by another program is refused here.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("workspace %1 is locked by another program (%2)")
                     .arg(m_path, query.lastError().text());
        return false;
    }
    const auto& steps = schema::migrations();
    QString stepError;
    for (int v = version; v < SchemaVersion; ++v) {
        for (const QString& statement : steps.at(v)) {
            if (!execSql(db, statement, &stepError)) {
                execSql(db, QStringLiteral("ROLLBACK"));
                *error = QStringLiteral("cannot upgrade workspace %1 to format %2: %3")
                             .arg(m_path)
                             .arg(v + 1)
                             .arg(stepError);
                return false;
            }
        }
    }
    if (version < SchemaVersion) {
        execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    }
    if (!execSql(db, QStringLiteral("COMMIT"), &stepError)) {
        execSql(db, QStringLiteral("ROLLBACK"));
        *error = QStringLiteral("cannot write workspace %1: %2").arg(m_path, stepError);
        return false;
    }
    execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    execSql(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    execSql(db, QStringLiteral("PRAGMA cache_size = -65536"));
    return true;
}

namespace {

// libpq's own answer (its message is in the server's language): asked again only after a failure.
bool serverWantsPassword(const server::Address& address)
{
    if (!address.password.isEmpty())
        return false; // a password was given: it is wrong, asking again would not help the URL's
    std::vector<QByteArray> keywords, values;
    for (qsizetype i = 0; i < address.keywords.size(); ++i) {
        keywords.push_back(address.keywords.at(i).toUtf8());
        values.push_back(address.values.at(i).toUtf8());
    }
    std::vector<const char*> k, v;
    for (size_t i = 0; i < keywords.size(); ++i) {
        k.push_back(keywords[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn* probe = PQconnectdbParams(k.data(), v.data(), 0);
    const bool wants = probe && PQstatus(probe) != CONNECTION_OK && PQconnectionNeedsPassword(probe);
    PQfinish(probe);
    return wants;
}

} // namespace

std::unique_ptr<Workspace> Workspace::openServer(const QString& url, QString* error)
{
    server::Address address;
    if (!server::parse(url, &address, error))
        return nullptr;
    const QString connection = QStringLiteral("tenure-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Workspace> workspace(new Workspace(address.display, connection));
    workspace->m_backend = Backend::Postgres;
    workspace->m_serverDatabase = address.database;
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = QStringLiteral("cannot open team workspace %1: Qt's PostgreSQL driver is not installed "
                                    "(Debian package libqt6sql6-psql)")
                         .arg(address.display);
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setConnectOptions(address.connectOptions);
        db.setPassword(address.password); // quoted by the driver; a ';' in it survives
        if (!db.open()) {
            const QString message = db.lastError().text().simplified();
            *error =
                QStringLiteral("cannot connect to team workspace %1: %2%3")
                    .arg(address.display,
                         serverWantsPassword(address) ? server::passwordWantedPhrase() + QStringLiteral(": ")
                                                      : QString(),
                         message);
            return nullptr;
        }
    }
    if (!workspace->initialiseServer(error))
        return nullptr;
    return workspace;
}

// The team workspace's tables, created or migrated in one transaction under an advisory lock (two
// laptops opening a new database at once make it once); nothing is written when it is current.
bool Workspace::initialiseServer(QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    auto version = [&](int* found) {
        if (!query.exec(
                QStringLiteral("SELECT to_regclass('tenure_workspace') IS NOT NULL, (SELECT count(*) "
                               "FROM pg_tables WHERE schemaname = current_schema()), current_user")) ||
            !query.next()) {
            *error =
                QStringLiteral("cannot read team workspace %1: %2").arg(m_path, query.lastError().text());
            return false;
        }
        const bool ours = query.value(0).toBool();
        const int tables = query.value(1).toInt();
        m_serverUser = query.value(2).toString();
        *found = 0;
        if (!ours) {
            if (tables > 0) {
                *error = QStringLiteral("database %1 holds tables of another program, not a Tenure workspace")
                             .arg(m_path);
                return false;
            }
            return true;
        }
        if (!query.exec(QStringLiteral("SELECT application, version FROM tenure_workspace")) ||
            !query.next() || query.value(0).toString() != QLatin1String("tenure")) {
            *error = QStringLiteral("database %1 is not a Tenure workspace").arg(m_path);
            return false;
        }
        *found = query.value(1).toInt();
        return true;
    };
    // Reals are read back as text: PostgreSQL 12 on prints each double's shortest exact form, so
    // the numbers are the file's to the last bit.
    if (!query.exec(QStringLiteral("SHOW server_version_num")) || !query.next() ||
        query.value(0).toInt() < 120000) {
        *error =
            QStringLiteral("team workspace %1: the server is PostgreSQL %2; Tenure needs version 12 or later")
                .arg(m_path, query.value(0).toString());
        return false;
    }
    int current = 0;
    if (!version(&current))
        return false;
    if (current > SchemaVersion) {
        *error = QStringLiteral("team workspace %1 was written by a newer Tenure (format %2, this version "
                                "reads up to %3)")
                     .arg(m_path)
                     .arg(current)
                     .arg(SchemaVersion);
        return false;
    }
    if (current < SchemaVersion) {
        QString stepError;
        if (!execSql(db, QStringLiteral("BEGIN"), &stepError) ||
            !execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1, 2)").arg(ApplicationId),
                     &stepError) ||
            !version(&current)) {
            execSql(db, QStringLiteral("ROLLBACK"));
            if (error->isEmpty())
                *error = QStringLiteral("cannot set up team workspace %1: %2").arg(m_path, stepError);
            return false;
        }
        const auto& steps = schema::postgresMigrations();
        for (int v = current; v < SchemaVersion; ++v) {
            for (const QString& statement : steps.at(v)) {
                if (!execSql(db, statement, &stepError)) {
                    execSql(db, QStringLiteral("ROLLBACK"));
                    *error = QStringLiteral("cannot set up team workspace %1 (format %2) as role %3: %4")
                                 .arg(m_path)
                                 .arg(v + 1)
                                 .arg(m_serverUser, stepError.simplified());
                    return false;
                }
            }
        }
        if (!execSql(db, QStringLiteral("DELETE FROM tenure_workspace"), &stepError) ||
            !execSql(
                db,
                QStringLiteral("INSERT INTO tenure_workspace(application, version) VALUES ('tenure', %1)")
                    .arg(SchemaVersion),
                &stepError) ||
            !execSql(db, QStringLiteral("COMMIT"), &stepError)) {
            execSql(db, QStringLiteral("ROLLBACK"));
            *error =
                QStringLiteral("cannot set up team workspace %1: %2").arg(m_path, stepError.simplified());
            return false;
        }
    }
    // An import inserts, updates and deletes in every data table and stages its rows in a
    // temporary table: a role that lacks any of it may view and report only.
    if (query.exec(QStringLiteral(
            "SELECT bool_and(has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'UPDATE') "
            "AND "
            "has_table_privilege(c.oid, 'DELETE')) AND has_database_privilege(current_database(), "
            "'TEMPORARY') "
            "FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace AND "
            "c.relname <> 'tenure_workspace'")) &&
        query.next())
        m_canWrite = query.value(0).toBool();
    return true;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Workspace::workspaceId() const
{
    return setting(QStringLiteral("workspace_id")).toString();
}

qint64 Workspace::dataVersion() const
{
    return setting(QStringLiteral("data_version"), 0).toLongLong();
}

bool Workspace::bumpDataVersion()
{
    QSqlDatabase db = database();
    const bool counted =
        execSql(db, QStringLiteral("INSERT INTO settings(key, value) VALUES('data_version', '1') "
                                   "ON CONFLICT(key) DO UPDATE SET value = "
                                   "CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)"));
    // The version counts changes; the token names this state of the data uniquely, also across
    // copies of the workspace that were changed apart.
    return setSetting(QStringLiteral("data_token"), QUuid::createUuid().toString(QUuid::Id128)) && counted;
}

bool Workspace::ensureConnected()
{
    if (!isTeam())
        return true;
    QSqlDatabase db = database();
    PGconn* connection = db::Connection(db).pg();
    // libpq learns that the server dropped the connection only when it next uses it: a round trip
    // (outside a transaction, where nothing would be lost) tells.
    if (connection && PQstatus(connection) == CONNECTION_OK &&
        PQtransactionStatus(connection) == PQTRANS_IDLE) {
        PGresult* ping = PQexec(connection, "SELECT 1");
        PQclear(ping);
    }
    if (connection && PQstatus(connection) == CONNECTION_OK)
        return true;
    db.close();
    return db.open();
}

QString Workspace::dataToken() const
{
    return setting(QStringLiteral("data_token")).toString();
}

QVariant Workspace::setting(const QString& key, const QVariant& fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0);
    return fallback;
}

bool Workspace::setSetting(const QString& key, const QVariant& value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QString Workspace::companyName() const
{
    const QString fallback = isTeam() ? (m_serverDatabase.isEmpty() ? m_serverUser : m_serverDatabase)
                                      : QFileInfo(m_path).completeBaseName();
    return setting(QStringLiteral("company_name"), fallback).toString();
}

QString Workspace::currency() const
{
    return setting(QStringLiteral("currency"), QStringLiteral("USD")).toString();
}

QString Workspace::homeCurrency() const
{
    return setting(QStringLiteral("home_currency"), currency()).toString();
}

bool Workspace::setCurrency(const QString& code, QString* error)
{
    const QString to = code.trimmed().toUpper();
    if (to.size() != 3 ||
        !std::all_of(to.begin(), to.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; })) {
        *error = QStringLiteral("'%1' is not a currency code (three letters, such as USD or EUR)").arg(code);
        return false;
    }
    const QString home = homeCurrency();
    if (to == currency()) {
        setSetting(QStringLiteral("currency"), to); // a default made explicit
        return true;
    }
    const QStringList missing = fx::missingRates(database(), home, to, fx::FxRates::load(database()));
    if (!missing.isEmpty()) {
        *error = QStringLiteral("cannot make %1 the workspace currency: %2 (import exchange rates into %1 "
                                "first)")
                     .arg(to, missing.first());
        return false;
    }
    // Amounts stored without a code stay in the currency they were imported in; a workspace without
    // money yet simply has a new home currency.
    setSetting(QStringLiteral("home_currency"), fx::hasMoney(database()) ? home : to);
    setSetting(QStringLiteral("currency"), to);
    bumpDataVersion();
    return true;
}

double Workspace::grossMarginPercent() const
{
    return setting(QStringLiteral("gross_margin"), 100.0).toDouble();
}

QList<Workspace::KindSummary> Workspace::summary() const
{
    QList<KindSummary> result;
    QSqlQuery query(database());
    for (const KindInfo& info : allKinds()) {
        KindSummary entry{info.kind, 0, {}, {}};
        QString sql;
        if (info.kind == DataKind::Revenue) {
            sql = QStringLiteral("SELECT count(*), min(month), max(month) FROM revenue");
        } else if (!info.dateColumn.isEmpty()) {
            sql =
                QStringLiteral("SELECT count(*), min(%1), max(%1) FROM %2").arg(info.dateColumn, info.table);
        } else {
            sql = QStringLiteral("SELECT count(*), NULL, NULL FROM %1").arg(info.table);
        }
        if (query.exec(sql) && query.next()) {
            entry.rows = query.value(0).toLongLong();
            if (info.kind == DataKind::Revenue) {
                if (!query.value(1).isNull()) {
                    const int first = query.value(1).toInt();
                    const int last = query.value(2).toInt();
                    entry.first = QDate(first / 100, first % 100, 1);
                    const QDate lastFirst(last / 100, last % 100, 1);
                    entry.last = lastFirst.addDays(lastFirst.daysInMonth() - 1);
                }
            } else {
                entry.first = QDate::fromString(query.value(1).toString(), Qt::ISODate);
                entry.last = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            }
        }
        result << entry;
    }
    return result;
}

QString Workspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.tenure"));
}

} // namespace tenure
