#include "TestSupport.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace tenure;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int pragma(const QString& path, const char* name)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        if (query.next())
            value = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void createsEveryTable();
    void reopensAndKeepsSettings();
    void createsMissingFolder();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerVersion();
    void refusesReadOnly();
    void refusesLockedFile();
    void dataVersionCounts();
    void summaryCountsRowsAndDates();
};

void TestWorkspace::createsEveryTable()
{
    test::TempWorkspace temp;
    QSqlDatabase db = temp.workspace().database();
    for (const KindInfo& info : allKinds()) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(info.table)),
                 qPrintable(info.table));
    }
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    temp.close();
    QCOMPARE(pragma(temp.path(), "user_version"), Workspace::SchemaVersion);
    QCOMPARE(pragma(temp.path(), "application_id"), Workspace::ApplicationId);
}

void TestWorkspace::reopensAndKeepsSettings()
{
    test::TempWorkspace temp;
    temp.workspace().setSetting(QStringLiteral("company_name"), QStringLiteral("Acme"));
    temp.close();
    QCOMPARE(temp.workspace().companyName(), QStringLiteral("Acme"));
    QCOMPARE(temp.workspace().currency(), QStringLiteral("USD"));
    QCOMPARE(temp.workspace().grossMarginPercent(), 100.0);
}

void TestWorkspace::createsMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c.tenure"));
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(QFile::exists(path));
}

void TestWorkspace::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("account_id,month,mrr\n1,2026-01,10\n")
                          << QStringLiteral("not an SQLite");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("not an SQLite");
    QTest::newRow("truncated-header") << QByteArray("SQLite form") << QStringLiteral("not an SQLite");
}

void TestWorkspace::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("bad.tenure")), content);
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestWorkspace::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.tenure"));
    {
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY(workspace);
        QSqlDatabase db = workspace->database();
        QVERIFY(execSql(db, QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(execSql(db, QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(path);
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Tenure")), qPrintable(error));
    QCOMPARE(fileHash(path), before);

    // Another program's database is refused too.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(execSql(db, QStringLiteral("CREATE TABLE songs(title TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray otherBefore = fileHash(other);
    QVERIFY(!Workspace::open(other, &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QCOMPARE(fileHash(other), otherBefore);
}

void TestWorkspace::refusesReadOnly()
{
    test::TempWorkspace temp;
    temp.workspace();
    temp.close();
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    QString error;
    QVERIFY(!Workspace::open(temp.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestWorkspace::refusesLockedFile()
{
    test::TempWorkspace temp;
    QSqlDatabase db = temp.workspace().database();
    QVERIFY(execSql(db, QStringLiteral("BEGIN IMMEDIATE")));
    QString error;
    QVERIFY(!Workspace::open(temp.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    QVERIFY(execSql(db, QStringLiteral("ROLLBACK")));
    QVERIFY(Workspace::open(temp.path(), &error));
}

void TestWorkspace::dataVersionCounts()
{
    test::TempWorkspace temp;
    QCOMPARE(temp.workspace().dataVersion(), 0);
    temp.workspace().bumpDataVersion();
    temp.workspace().bumpDataVersion();
    QCOMPARE(temp.workspace().dataVersion(), 2);
}

void TestWorkspace::summaryCountsRowsAndDates()
{
    test::TempWorkspace temp;
    QSqlDatabase db = temp.workspace().database();
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO accounts(id, account_key) VALUES (1, 'A'), (2, 'B')")));
    QVERIFY(execSql(
        db, QStringLiteral(
                "INSERT INTO revenue(account_id, month, mrr) VALUES (1, 202601, 100), (2, 202603, 5)")));
    QVERIFY(execSql(
        db, QStringLiteral(
                "INSERT INTO tickets(ticket_id, created_at, contacts) VALUES ('t1', '2025-12-30', 1)")));
    const auto summary = temp.workspace().summary();
    QCOMPARE(summary.size(), qsizetype(allKinds().size()));
    const auto revenue = summary.at(int(DataKind::Revenue));
    QCOMPARE(revenue.rows, 2);
    QCOMPARE(revenue.first, QDate(2026, 1, 1));
    QCOMPARE(revenue.last, QDate(2026, 3, 31));
    const auto tickets = summary.at(int(DataKind::Tickets));
    QCOMPARE(tickets.rows, 1);
    QCOMPARE(tickets.first, QDate(2025, 12, 30));
    QCOMPARE(summary.at(int(DataKind::Accounts)).rows, 2);
    QCOMPARE(summary.at(int(DataKind::Orders)).rows, 0);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
