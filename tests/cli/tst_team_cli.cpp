// A team workspace through the command line (issue 12): byte-identical KPI output to a .tenure
// file for the same imported files, two processes at once, a read-only role.
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;
using test::runTenure;

namespace {

QString exportFile(const QString& name)
{
    return test::dataFile(QStringLiteral("exports/") + name);
}

// Every KPI by month, by quarter and plan, and by year and region.
QStringList kpiOutputs(const QString& workspace)
{
    QStringList outputs;
    const QList<QStringList> runs = {
        {QStringLiteral("--period"), QStringLiteral("month")},
        {QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--by"),
         QStringLiteral("plan")},
        {QStringLiteral("--period"), QStringLiteral("year"), QStringLiteral("--by"),
         QStringLiteral("region")},
    };
    for (const QStringList& run : runs) {
        const test::CliResult result =
            runTenure(QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace,
                                  QStringLiteral("--format"), QStringLiteral("csv")} +
                      run);
        outputs << QStringLiteral("exit %1\n%2%3").arg(result.exitCode).arg(result.out, result.err);
    }
    return outputs;
}

QString databaseOf(const QString& url)
{
    return url.section(QLatin1Char('/'), -1);
}

} // namespace

class TstTeamCli : public QObject
{
    Q_OBJECT

private slots:
    // The demo company's CSV exports imported into a file and into a team workspace.
    void demoCompanyKpisAreByteIdentical()
    {
        TENURE_NEED_SERVER();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("csv"));
        QCOMPARE(runTenure({QStringLiteral("demo"), QStringLiteral("--csv"), csv,
                            QStringLiteral("--accounts"), QStringLiteral("600"), QStringLiteral("--months"),
                            QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("12")})
                     .exitCode,
                 0);
        QStringList files;
        for (const QString& name : QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            files << QDir(csv).filePath(name);
        QVERIFY(files.size() >= 10);
        const QString file = dir.filePath(QStringLiteral("demo.tenure"));
        QString error;
        const QString team = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!team.isEmpty(), qPrintable(error));
        for (const QString& workspace : {file, team}) {
            const test::CliResult imported =
                runTenure(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                      QStringLiteral("--as-of"), QStringLiteral("2026-06-30")} +
                          files);
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QStringList expected = kpiOutputs(file);
        QVERIFY(expected.first().count(QLatin1Char('\n')) > 500);
        QCOMPARE(kpiOutputs(team), expected);

        // tenure demo straight into a team workspace (through the importer) gives the same numbers.
        const QString direct = test::PgTestServer::createDatabase(&error);
        QCOMPARE(runTenure({QStringLiteral("demo"), QStringLiteral("--workspace"), direct,
                            QStringLiteral("--accounts"), QStringLiteral("600"), QStringLiteral("--months"),
                            QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("12")})
                     .exitCode,
                 0);
        const QString demoFile = dir.filePath(QStringLiteral("direct.tenure"));
        QCOMPARE(runTenure({QStringLiteral("demo"), QStringLiteral("--workspace"), demoFile,
                            QStringLiteral("--accounts"), QStringLiteral("600"), QStringLiteral("--months"),
                            QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("12")})
                     .exitCode,
                 0);
        QCOMPARE(kpiOutputs(direct), kpiOutputs(demoFile));
    }

    // Every export sample of the importer's tests, one workspace pair per vendor family.
    void sampleExportsKpisAreByteIdentical_data()
    {
        QTest::addColumn<QStringList>("files");
        QStringList all;
        for (const QString& name : QDir(test::dataFile(QStringLiteral("exports")))
                                       .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            all << exportFile(name);
        QTest::newRow("canonical") << all.filter(QStringLiteral("canonical_"));
        QTest::newRow("vendors") << QStringList(all).filter(
            QRegularExpression(QStringLiteral("/(?!canonical_)[^/]+$")));
    }
    void sampleExportsKpisAreByteIdentical()
    {
        TENURE_NEED_SERVER();
        QFETCH(QStringList, files);
        QVERIFY(!files.isEmpty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("samples.tenure"));
        QString error;
        const QString team = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!team.isEmpty(), qPrintable(error));
        QString fileImport;
        for (const QString& workspace : {file, team}) {
            const test::CliResult imported =
                runTenure(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                      QStringLiteral("--as-of"), QStringLiteral("2026-03-31")} +
                          files);
            if (fileImport.isEmpty())
                fileImport = imported.out;
            else
                QCOMPARE(imported.out, fileImport); // the same summaries, batches and decisions
        }
        const QStringList expected = kpiOutputs(file);
        QVERIFY2(expected.first().count(QLatin1Char('\n')) > 20, qPrintable(expected.first()));
        QCOMPARE(kpiOutputs(team), expected);
    }

    // One process imports while another waits for the lock and a third reads the numbers.
    void twoProcessesShareTheWorkspace()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString team = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!team.isEmpty(), qPrintable(error));
        QCOMPARE(runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), team,
                            exportFile(QStringLiteral("canonical_accounts.csv"))})
                     .exitCode,
                 0);
        const QStringList before = kpiOutputs(team);

        // This test's own session holds the import lock, as a colleague's running import would.
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
        const QUrl url(team);
        holder.setHostName(url.host());
        holder.setPort(url.port());
        holder.setUserName(url.userName());
        holder.setDatabaseName(databaseOf(team));
        holder.setConnectOptions(QStringLiteral("application_name=colleague"));
        QVERIFY(holder.open());
        {
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, 1)").arg(0x54454e55)));

            QProcess importer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            importer.setProcessEnvironment(env);
            importer.start(QStringLiteral(TENURE_BINARY),
                           {QStringLiteral("import"), QStringLiteral("--workspace"), team,
                            exportFile(QStringLiteral("canonical_revenue.csv"))});
            QVERIFY(importer.waitForStarted());
            QString err;
            QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(importer.readAllStandardError()))
                                         .contains(QLatin1String("is importing")),
                                     30000);
            QVERIFY2(
                err.contains(QLatin1String("tenure is importing into this team workspace (colleague on")),
                qPrintable(err));
            QCOMPARE(importer.state(), QProcess::Running); // waiting, not failed
            // Meanwhile a dashboard reads the numbers as they were.
            QCOMPARE(kpiOutputs(team), before);
            QVERIFY(lock.exec(QStringLiteral("COMMIT")));
            QVERIFY(importer.waitForFinished(60000));
            QCOMPARE(importer.exitCode(), 0);
            QVERIFY(
                QString::fromUtf8(importer.readAllStandardOutput()).contains(QLatin1String("revenue batch")));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(kpiOutputs(team) != before); // the new batch is seen by the next reader
    }

    // A table the role may not read: no numbers and a message, never numbers missing that table
    // (nor a snapshot of them that would outlive the fix).
    void unreadableTableGivesNoNumbers()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString team = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!team.isEmpty(), qPrintable(error));
        QStringList files;
        for (const char* name : {"canonical_accounts.csv", "canonical_revenue.csv", "canonical_tickets.csv",
                                 "canonical_orders.csv"})
            files << exportFile(QLatin1String(name));
        QCOMPARE(runTenure(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), team} + files)
                     .exitCode,
                 0);
        test::PgTestServer::exec(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE blinkered LOGIN")},
                                 &error);
        QVERIFY2(test::PgTestServer::exec(
                     databaseOf(team),
                     {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO blinkered"),
                      QStringLiteral("REVOKE SELECT ON tickets FROM blinkered")},
                     &error),
                 qPrintable(error));
        const QString viewer = test::PgTestServer::url(databaseOf(team), QStringLiteral("blinkered"));
        // The importer's own snapshot of this data (this test's cache folder stands for the
        // importing colleague's laptop) would serve the numbers without a read: read the server.
        qputenv("TENURE_KPI_SNAPSHOT", "off");
        const test::CliResult blind = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), viewer,
                                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(blind.err.contains(QLatin1String("cannot read team workspace")) &&
                     blind.err.contains(QLatin1String("permission denied for table tickets")),
                 qPrintable(blind.err));
        QVERIFY2(!blind.out.contains(QLatin1String("mrr,")), qPrintable(blind.out));
        QVERIFY(test::PgTestServer::exec(databaseOf(team),
                                         {QStringLiteral("GRANT SELECT ON tickets TO blinkered")}, &error));
        const QStringList owner = kpiOutputs(team);
        QCOMPARE(kpiOutputs(viewer), owner);
        qunsetenv("TENURE_KPI_SNAPSHOT");
        QCOMPARE(kpiOutputs(viewer), owner);
    }

    void readOnlyRoleReportsButCannotImport()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString team = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!team.isEmpty(), qPrintable(error));
        QCOMPARE(runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), team,
                            exportFile(QStringLiteral("canonical_revenue.csv"))})
                     .exitCode,
                 0);
        test::PgTestServer::exec(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE analyst LOGIN")},
                                 &error);
        QVERIFY2(test::PgTestServer::exec(
                     databaseOf(team),
                     {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst")}, &error),
                 qPrintable(error));
        const QString viewer = test::PgTestServer::url(databaseOf(team), QStringLiteral("analyst"));
        QCOMPARE(kpiOutputs(viewer), kpiOutputs(team));
        const test::CliResult refused =
            runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), viewer,
                       exportFile(QStringLiteral("canonical_accounts.csv"))});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("role analyst may only read it")),
                 qPrintable(refused.err));
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }
};

QTEST_GUILESS_MAIN(TstTeamCli)
#include "tst_team_cli.moc"
