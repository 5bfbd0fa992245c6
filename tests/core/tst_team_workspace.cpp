// Team workspaces on a real PostgreSQL server (issue 12): the same schema, the same import
// guarantees and the same stored rows as a .tenure file, several users at once.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "import/Importer.h"
#include "store/ServerAddress.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace tenure;

namespace {

QString exportFile(const QString& name)
{
    return test::dataFile(QStringLiteral("exports/") + name);
}

ImportOptions fixedClock()
{
    ImportOptions options;
    options.clock = [] { return QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC); };
    return options;
}

QVariant scalar(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

// Every stored row of every data table, ids and batches included, as text.
QStringList dump(Workspace& workspace)
{
    QStringList rows;
    QSqlQuery query(workspace.database());
    for (const char* table :
         {"accounts", "account_attributes", "revenue", "subscriptions", "orders", "surveys", "tickets",
          "signups", "funnel", "costs", "renewals", "fx_rates", "import_batches", "column_mappings"}) {
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
            rows << QStringLiteral("%1: %2").arg(QLatin1String(table), query.lastError().text());
            continue;
        }
        QStringList tableRows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            tableRows << QLatin1String(table) + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
        tableRows.sort();
        rows << tableRows;
    }
    return rows;
}

QStringList describe(const ImportResult& result)
{
    QStringList lines{importStatusName(result.status),      QString::number(result.rowsRead),
                      QString::number(result.rowsImported), QString::number(result.rowsRejected),
                      QString::number(result.stubAccounts), QString::number(result.batchId)};
    for (const ImportReject& reject : result.rejects)
        lines << reject.describe();
    return lines;
}

} // namespace

class TstTeamWorkspace : public QObject
{
    Q_OBJECT

private:
    // A team workspace on a new database of the test server.
    std::unique_ptr<Workspace> newTeamWorkspace(QString* url = nullptr)
    {
        QString error;
        const QString address = test::PgTestServer::createDatabase(&error);
        if (address.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (url)
            *url = address;
        auto workspace = Workspace::open(address, &error);
        if (!workspace)
            qWarning("%s", qPrintable(error));
        return workspace;
    }

private slots:
    // What messages, the window and the recent list show of an address: never its password.
    void addressesShowNoPassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("user info") << "postgresql://anna:s3cret@db:5432/tenure"
                                   << "postgresql://anna@db:5432/tenure";
        QTest::newRow("parameter") << "postgresql://anna@db/tenure?password=s3cret&sslmode=require"
                                   << "postgresql://anna@db/tenure?sslmode=require";
        QTest::newRow("last parameter") << "postgresql://anna@db/tenure?sslmode=require&password=x"
                                        << "postgresql://anna@db/tenure?sslmode=require";
        QTest::newRow("two hosts") << "postgresql://anna:x@h1:5432,h2:5433/tenure"
                                   << "postgresql://anna@h1:5432,h2:5433/tenure";
        QTest::newRow("service") << "postgresql:///?service=tenure"
                                 << "postgresql:///?service=tenure";
    }
    void addressesShowNoPassword()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QCOMPARE(server::withoutPassword(location), shown);
        server::Address address;
        QString error;
        QVERIFY2(server::parse(location, &address, &error), qPrintable(error));
        QCOMPARE(address.display, shown);
        QVERIFY(!address.connectOptions.contains(QLatin1String("s3cret")));
        // A password the URL carries is kept for reopening by the shown address (worker threads).
        if (location.contains(QLatin1String("s3cret")))
            QCOMPARE(server::rememberedPassword(shown), QStringLiteral("s3cret"));
        QVERIFY(
            !server::parse(QStringLiteral("postgresql://anna:s3cret@db/x?nosuchoption=1"), &address, &error));
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    }

    void createsTheSchemaOnceAndReopens()
    {
        TENURE_NEED_SERVER();
        QString url;
        auto workspace = newTeamWorkspace(&url);
        QVERIFY(workspace);
        QVERIFY(workspace->isTeam());
        QVERIFY(workspace->canWrite());
        QCOMPARE(workspace->path(), url);
        QCOMPARE(scalar(*workspace, QStringLiteral("SELECT version FROM tenure_workspace")).toInt(),
                 Workspace::SchemaVersion);
        const QString id = workspace->workspaceId();
        QCOMPARE(id.size(), 32);
        QVERIFY(!workspace->dataToken().isEmpty());
        workspace->setSetting(QStringLiteral("company_name"), QStringLiteral("Acme"));
        workspace.reset();

        QString error;
        auto again = Workspace::open(url, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->workspaceId(), id); // not made again
        QCOMPARE(again->companyName(), QStringLiteral("Acme"));
        QCOMPARE(scalar(*again, QStringLiteral("SELECT count(*) FROM tenure_workspace")).toInt(), 1);
    }

    void refusesDatabasesThatAreNotWorkspaces()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString other = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        const QString name = other.section(QLatin1Char('/'), -1);
        QVERIFY2(test::PgTestServer::exec(name, {QStringLiteral("CREATE TABLE invoices (id int)")}, &error),
                 qPrintable(error));
        QVERIFY(!Workspace::open(other, &error));
        QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
        // Untouched: no table of ours was made.
        QVERIFY(test::PgTestServer::exec(name, {QStringLiteral("SELECT 1 FROM invoices")}, &error));
        QVERIFY(!test::PgTestServer::exec(name, {QStringLiteral("SELECT 1 FROM tenure_workspace")}, &error));

        QString url;
        auto newer = newTeamWorkspace(&url);
        QVERIFY(newer);
        newer.reset();
        QVERIFY(test::PgTestServer::exec(url.section(QLatin1Char('/'), -1),
                                         {QStringLiteral("UPDATE tenure_workspace SET version = 99")},
                                         &error));
        QVERIFY(!Workspace::open(url, &error));
        QVERIFY2(error.contains(QLatin1String("newer Tenure")), qPrintable(error));

        QVERIFY(!Workspace::open(QStringLiteral("postgresql://tenure@127.0.0.1:1/nowhere"), &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot connect to team workspace")), qPrintable(error));
    }

    void dataTokenChangesWithEveryImport()
    {
        TENURE_NEED_SERVER();
        auto workspace = newTeamWorkspace();
        QVERIFY(workspace);
        const QString before = workspace->dataToken();
        const qint64 version = workspace->dataVersion();
        const ImportResult result =
            Importer::run(*workspace, exportFile(QStringLiteral("canonical_revenue.csv")), fixedClock());
        QCOMPARE(result.status, ImportStatus::Imported);
        QVERIFY(workspace->dataToken() != before);
        QCOMPARE(workspace->dataVersion(), version + 1);
    }

    // The same files give the same stored rows, ids, batches, rejects and summaries as in a file.
    void importsStoreWhatAFileStores_data()
    {
        QTest::addColumn<QStringList>("files");
        const QStringList canonical{
            QStringLiteral("canonical_accounts.csv"),      QStringLiteral("canonical_revenue.csv"),
            QStringLiteral("canonical_subscriptions.csv"), QStringLiteral("canonical_orders.csv"),
            QStringLiteral("canonical_surveys.csv"),       QStringLiteral("canonical_tickets.csv"),
            QStringLiteral("canonical_signups.csv"),       QStringLiteral("canonical_funnel.csv"),
            QStringLiteral("canonical_costs.csv"),         QStringLiteral("canonical_renewals.csv")};
        QTest::newRow("canonical") << canonical;
        QTest::newRow("stripe") << QStringList{QStringLiteral("stripe_customers.csv"),
                                               QStringLiteral("stripe_subscriptions.csv")};
        QTest::newRow("chartmogul") << QStringList{QStringLiteral("chartmogul_customers.csv"),
                                                   QStringLiteral("chartmogul_invoices.csv")};
        QTest::newRow("salesforce") << QStringList{QStringLiteral("salesforce_accounts.csv"),
                                                   QStringLiteral("salesforce_opportunities.csv")};
        QTest::newRow("support") << QStringList{QStringLiteral("zendesk_tickets.csv"),
                                                QStringLiteral("freshdesk_tickets.csv"),
                                                QStringLiteral("intercom_conversations.csv")};
        QTest::newRow("surveys") << QStringList{QStringLiteral("delighted_responses.csv"),
                                                QStringLiteral("typeform_responses.csv"),
                                                QStringLiteral("surveymonkey_responses.csv")};
        QTest::newRow("subscriptions twice") << QStringList{QStringLiteral("chargebee_subscriptions.csv"),
                                                            QStringLiteral("baremetrics_subscriptions.csv")};
    }
    void importsStoreWhatAFileStores()
    {
        TENURE_NEED_SERVER();
        QFETCH(QStringList, files);
        test::TempWorkspace file;
        auto team = newTeamWorkspace();
        QVERIFY(team);
        for (const QString& name : files) {
            const ImportResult local = Importer::run(file.workspace(), exportFile(name), fixedClock());
            const ImportResult shared = Importer::run(*team, exportFile(name), fixedClock());
            QCOMPARE(describe(shared), describe(local));
            QCOMPARE(shared.message, local.message);
        }
        QCOMPARE(dump(*team), dump(file.workspace()));
    }

    // Bad rows are rejected with file, row, column and value; a repeated key's last row wins.
    void rejectsAndRepeatedKeysAsInAFile()
    {
        TENURE_NEED_SERVER();
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.filePath(QStringLiteral("revenue.csv")),
                                             "account_id,month,mrr,plan\n"
                                             "A1,2026-01,100,Basic\n"
                                             "A2,2026-01,abc,Basic\n"
                                             "A1,2026-01,150,Pro\n"
                                             "A3,2026-02,90,\"Tab\tand\\backslash\"\n"
                                             "A2,2026-13,70,Basic\n");
        test::TempWorkspace file;
        auto team = newTeamWorkspace();
        QVERIFY(team);
        const ImportResult local = Importer::run(file.workspace(), path, fixedClock());
        const ImportResult shared = Importer::run(*team, path, fixedClock());
        QCOMPARE(shared.rowsRejected, 2);
        QCOMPARE(describe(shared), describe(local));
        QCOMPARE(
            scalar(*team, QStringLiteral("SELECT mrr FROM revenue r JOIN accounts a ON a.id = r.account_id "
                                         "WHERE a.account_key = 'A1'"))
                .toLongLong(),
            15000);
        QCOMPARE(dump(*team), dump(file.workspace()));
    }

    // New accounts all through a file longer than one chunk: stubs are made between COPY runs.
    void newAccountsThroughALongFile()
    {
        TENURE_NEED_SERVER();
        QTemporaryDir dir;
        QByteArray csv = "account_id,month,mrr\n";
        for (int row = 0; row < 6000; ++row)
            csv += "ACC" + QByteArray::number(row / 3) + ",2026-0" + QByteArray::number(1 + row % 3) + "," +
                   QByteArray::number(100 + row) + "\n";
        const QString path = test::writeFile(dir.filePath(QStringLiteral("long.csv")), csv);
        test::TempWorkspace file;
        auto team = newTeamWorkspace();
        QVERIFY(team);
        const ImportResult shared = Importer::run(*team, path, fixedClock());
        QVERIFY2(shared.status == ImportStatus::Imported, qPrintable(shared.message));
        QCOMPARE(shared.stubAccounts, 2000);
        QCOMPARE(describe(shared), describe(Importer::run(file.workspace(), path, fixedClock())));
        QCOMPARE(dump(*team), dump(file.workspace()));
    }

    // A team workspace reads a long file in two passes even when a file workspace reads it once (a
    // rolled-back single pass would use up sequence values), and stores what the file stores.
    void longFilesInTwoPasses_data()
    {
        QTest::addColumn<bool>("misleads");
        QTest::newRow("a sample's formats would hold") << false;
        QTest::newRow("a decimal comma after the sample") << true;
    }
    void longFilesInTwoPasses()
    {
        TENURE_NEED_SERVER();
        QFETCH(bool, misleads);
        QTemporaryDir dir;
        QByteArray csv = "account_id,month,mrr\n";
        for (int row = 0; row < 3000; ++row)
            csv += "ACC" + QByteArray::number(row / 3) + ",2026-0" + QByteArray::number(1 + row % 3) +
                   ",1.000\n";
        if (misleads)
            csv += "B,2026-01,\"2,5\"\n";
        const QString path = test::writeFile(dir.filePath(QStringLiteral("long.csv")), csv);
        test::TempWorkspace file;
        auto team = newTeamWorkspace();
        QVERIFY(team);
        ImportOptions options = fixedClock();
        options.formatSample = 100;
        const ImportResult shared = Importer::run(*team, path, options);
        QVERIFY2(shared.status == ImportStatus::Imported, qPrintable(shared.message));
        QVERIFY(!shared.secondLook);
        const ImportResult local = Importer::run(file.workspace(), path, options);
        QCOMPARE(local.secondLook, misleads);
        QCOMPARE(describe(shared), describe(local));
        QCOMPARE(dump(*team), dump(file.workspace()));
        QCOMPARE(scalar(*team, QStringLiteral("SELECT max(mrr) FROM revenue")).toLongLong(),
                 misleads ? 100000 : 100);
    }

    void reimportIsSkippedAndBatchesRemove()
    {
        TENURE_NEED_SERVER();
        auto team = newTeamWorkspace();
        QVERIFY(team);
        const QString accounts = exportFile(QStringLiteral("canonical_accounts.csv"));
        const QString revenue = exportFile(QStringLiteral("canonical_revenue.csv"));
        QCOMPARE(Importer::run(*team, accounts, fixedClock()).status, ImportStatus::Imported);
        const ImportResult first = Importer::run(*team, revenue, fixedClock());
        QCOMPARE(first.status, ImportStatus::Imported);
        const QStringList afterFirst = dump(*team);
        const ImportResult again = Importer::run(*team, revenue, fixedClock());
        QCOMPARE(again.status, ImportStatus::Skipped);
        QCOMPARE(again.batchId, first.batchId);
        QCOMPARE(dump(*team), afterFirst);

        QString error;
        QVERIFY2(ImportBatches::remove(*team, first.batchId, &error), qPrintable(error));
        QCOMPARE(scalar(*team, QStringLiteral("SELECT count(*) FROM revenue")).toInt(), 0);
        QVERIFY(scalar(*team, QStringLiteral("SELECT count(*) FROM accounts")).toInt() > 0);
        QVERIFY(!ImportBatches::remove(*team, first.batchId, &error));
        QVERIFY2(error.contains(QLatin1String("no import batch")), qPrintable(error));
    }

    void failedImportsWriteNothing()
    {
        TENURE_NEED_SERVER();
        auto team = newTeamWorkspace();
        QVERIFY(team);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.filePath(QStringLiteral("revenue.csv")),
                                             "account_id,month,mrr\nA1,2026-01,100\nA2,2026-01,oops\n");
        const QStringList before = dump(*team);
        ImportOptions strict = fixedClock();
        strict.strict = true;
        const ImportResult aborted = Importer::run(*team, path, strict);
        QCOMPARE(aborted.status, ImportStatus::Aborted);
        QVERIFY2(aborted.message.contains(QLatin1String("'oops'")), qPrintable(aborted.message));
        QCOMPARE(dump(*team), before);

        ImportOptions dry = fixedClock();
        dry.dryRun = true;
        QCOMPARE(Importer::run(*team, path, dry).status, ImportStatus::DryRun);
        QCOMPARE(dump(*team), before);

        ImportOptions cancelled = fixedClock();
        cancelled.progress = [](qint64 done, qint64 total) { return done < total / 2; };
        QCOMPARE(Importer::run(*team, path, cancelled).status, ImportStatus::Cancelled);
        QCOMPARE(dump(*team), before);
    }

    void readOnlyRoleViewsAndIsRefusedImports()
    {
        TENURE_NEED_SERVER();
        QString url;
        auto team = newTeamWorkspace(&url);
        QVERIFY(team);
        QCOMPARE(
            Importer::run(*team, exportFile(QStringLiteral("canonical_revenue.csv")), fixedClock()).status,
            ImportStatus::Imported);
        const QString database = url.section(QLatin1Char('/'), -1);
        QString error;
        test::PgTestServer::exec(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE viewer LOGIN")},
                                 &error);
        QVERIFY2(
            test::PgTestServer::exec(
                database, {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer")}, &error),
            qPrintable(error));
        auto viewer = Workspace::open(test::PgTestServer::url(database, QStringLiteral("viewer")), &error);
        QVERIFY2(viewer, qPrintable(error));
        QVERIFY(!viewer->canWrite());
        QCOMPARE(viewer->serverUser(), QStringLiteral("viewer"));
        QVERIFY(viewer->summary().at(0).rows >= 0);
        const ImportResult refused =
            Importer::run(*viewer, exportFile(QStringLiteral("canonical_accounts.csv")), fixedClock());
        QCOMPARE(refused.status, ImportStatus::Refused);
        QVERIFY2(refused.message.contains(QLatin1String("role viewer may only read it")),
                 qPrintable(refused.message));
        QVERIFY(!refused.message.contains(QLatin1Char('\n')));
        QVERIFY(!ImportBatches::remove(*viewer, 1, &error));
        QVERIFY2(error.contains(QLatin1String("may only read")), qPrintable(error));
    }

    // A role that may read everything and write only some of it imports nothing (it would fail
    // half-way, or worse, seem to succeed).
    void partialRightsAreReadOnly()
    {
        TENURE_NEED_SERVER();
        QString url;
        auto team = newTeamWorkspace(&url);
        QVERIFY(team);
        const QString database = url.section(QLatin1Char('/'), -1);
        QString error;
        test::PgTestServer::exec(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE partial LOGIN")},
                                 &error);
        QVERIFY2(test::PgTestServer::exec(
                     database,
                     {QStringLiteral(
                          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO partial"),
                      QStringLiteral("REVOKE UPDATE ON settings FROM partial")},
                     &error),
                 qPrintable(error));
        auto partial = Workspace::open(test::PgTestServer::url(database, QStringLiteral("partial")), &error);
        QVERIFY2(partial, qPrintable(error));
        QVERIFY(!partial->canWrite());
        QCOMPARE(
            Importer::run(*partial, exportFile(QStringLiteral("canonical_revenue.csv")), fixedClock()).status,
            ImportStatus::Refused);
        QCOMPARE(scalar(*team, QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
        QVERIFY(test::PgTestServer::exec(database, {QStringLiteral("GRANT UPDATE ON settings TO partial")},
                                         &error));
        auto full = Workspace::open(test::PgTestServer::url(database, QStringLiteral("partial")), &error);
        QVERIFY2(full, qPrintable(error));
        QVERIFY(full->canWrite());
        const ImportResult imported =
            Importer::run(*full, exportFile(QStringLiteral("canonical_revenue.csv")), fixedClock());
        QVERIFY2(imported.status == ImportStatus::Imported, qPrintable(imported.message));
    }

    // Two imports serialise on the advisory lock, the second is told who holds it, and a reader
    // sees the data before the batch or after it, never half of it.
    void importsSerialiseAndReadersSeeWholeBatches()
    {
        TENURE_NEED_SERVER();
        QString url;
        auto holder = newTeamWorkspace(&url);
        QVERIFY(holder);
        QString error;
        auto reader = Workspace::open(url, &error);
        QVERIFY2(reader, qPrintable(error));
        QSqlQuery lock(holder->database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY(
            lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, 1)").arg(Workspace::ApplicationId)));

        std::atomic<bool> told = false, halfway = false, release = false;
        QString notice;
        ImportResult result;
        std::thread importer([&] {
            QString openError;
            auto own = Workspace::open(url, &openError);
            if (!own)
                return;
            ImportOptions options = fixedClock();
            options.onNotice = [&](const QString& message) {
                notice = message;
                told = true;
            };
            options.progress = [&](qint64 done, qint64 total) {
                // Halfway through writing: let the test look, then go on.
                if (done > total * 3 / 4 && !halfway) {
                    halfway = true;
                    while (!release)
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                }
                return true;
            };
            result = Importer::run(*own, exportFile(QStringLiteral("canonical_revenue.csv")), options);
        });
        QTRY_VERIFY_WITH_TIMEOUT(told.load(), 20000);
        QVERIFY2(notice.contains(QLatin1String("tenure is importing into this team workspace")),
                 qPrintable(notice));
        QVERIFY(!halfway);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY_WITH_TIMEOUT(halfway.load(), 20000);
        QCOMPARE(scalar(*reader, QStringLiteral("SELECT count(*) FROM revenue")).toInt(), 0);
        QCOMPARE(scalar(*reader, QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
        release = true;
        importer.join();
        QCOMPARE(result.status, ImportStatus::Imported);
        QVERIFY(result.warnings.contains(notice));
        QCOMPARE(scalar(*reader, QStringLiteral("SELECT count(*) FROM revenue")).toLongLong(),
                 result.rowsImported);
    }
};

QTEST_GUILESS_MAIN(TstTeamWorkspace)
#include "tst_team_workspace.moc"
