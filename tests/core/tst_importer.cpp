#include "TestSupport.h"
#include "Workspace.h"
#include "import/ColumnMapper.h"
#include "import/Importer.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace tenure;

namespace {

QVariant scalar(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

qint64 count(Workspace& workspace, const char* table)
{
    return scalar(workspace, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

QString exportFile(const char* name)
{
    return test::dataFile(QStringLiteral("exports/") + QLatin1String(name));
}

ImportOptions fixedClock()
{
    ImportOptions options;
    options.clock = [] { return QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC); };
    return options;
}

// Every row of every data table, to compare a workspace before and after.
QString snapshot(Workspace& workspace)
{
    QString text;
    QSqlQuery query(workspace.database());
    for (const char* table :
         {"accounts", "account_attributes", "revenue", "subscriptions", "orders", "surveys", "tickets",
          "signups", "funnel", "costs", "renewals", "import_batches"}) {
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

QString bigRevenueFile(const QString& dir, int rows)
{
    QByteArray bytes("account_id,month,mrr\n");
    for (int i = 0; i < rows; ++i)
        bytes += "ACC-" + QByteArray::number(i / 24) + ',' + QByteArray::number(2020 + (i % 24) / 12) + '-' +
                 QByteArray::number((i % 12) + 1).rightJustified(2, '0') + ',' +
                 QByteArray::number(100 + i % 1000) + ".50\n";
    return test::writeFile(dir + QStringLiteral("/big_revenue.csv"), bytes);
}

// What an import leaves and says, for comparing two ways of importing one file.
QString outcome(Workspace& workspace, const ImportResult& result)
{
    QStringList lines{importStatusName(result.status),      result.message,
                      QString::number(result.rowsRead),     QString::number(result.rowsImported),
                      QString::number(result.rowsRejected), QString::number(result.stubAccounts)};
    for (const ColumnFormat& format : result.formats)
        lines << format.describe();
    for (const ImportReject& reject : result.rejects)
        lines << reject.describe();
    lines << result.warnings << result.decisions;
    lines << workspace.setting(QStringLiteral("currency")).toString()
          << workspace.setting(QStringLiteral("home_currency")).toString();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + snapshot(workspace);
}

// The same file imported into a new workspace in two passes and in one (its formats from the
// first `sample` rows).
struct TwoWays
{
    ImportResult twoPasses, onePass;
    QString twoPassesOutcome, onePassOutcome;
    QList<ImportReject> twoPassesStreamed, onePassStreamed;
};

TwoWays importBothWays(const QString& file, qint64 sample)
{
    TwoWays both;
    for (const bool single : {false, true}) {
        test::TempWorkspace temp;
        ImportOptions options = fixedClock();
        options.formatSample = single ? sample : 0;
        QList<ImportReject>& streamed = single ? both.onePassStreamed : both.twoPassesStreamed;
        options.onReject = [&streamed](const ImportReject& reject) { streamed << reject; };
        const ImportResult result = Importer::run(temp.workspace(), file, options);
        (single ? both.onePass : both.twoPasses) = result;
        (single ? both.onePassOutcome : both.twoPassesOutcome) = outcome(temp.workspace(), result);
    }
    return both;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void fileConvention_data();
    void fileConvention();
    void removingALaterSnapshotRestoresTheEarlier();
    void importsEveryExport_data();
    void importsEveryExport();
    void singlePassEqualsTwoPasses_data();
    void singlePassEqualsTwoPasses();
    void singlePassReadsAgainWhenTheSampleMisleads_data();
    void singlePassReadsAgainWhenTheSampleMisleads();
    void singlePassStreamsEachRejectOnce();
    void singlePassSkipsOnlyTheSameContent();
    void reimportUpserts();
    void sameFileIsSkippedUnlessForced();
    void rejectsCarryRowColumnValueReason();
    void strictAbortsWithNothingWritten();
    void dryRunWritesNothing();
    void rollsBackOnWriteError();
    void singlePassFailuresAndDryRuns();
    void cancelRollsBack_data();
    void cancelRollsBack();
    void refusesUnreadableFiles_data();
    void refusesUnreadableFiles();
    void refusesUnknownKind();
    void batchesAreListedAndRemoved();
    void removingAccountsKeepsReferencedOnes();
    void customAttributesAndFormulaCells();
    void stubAccountsForUnknownIds();
    void stubIdsAscendInFileOrder();
    void logIsCheckpointedAfterTheImport();
    void rememberedMappingIsUsed();
    void previewShowsDecisions();
    void previewFromASample_data();
    void previewFromASample();
    void mappingOverride();
};

void TestImporter::importsEveryExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* name, const char* file, const char* kind, qint64 imported, const char* sql,
                  const char* expected) {
        QTest::newRow(name) << exportFile(file) << QString::fromLatin1(kind) << imported
                            << QString::fromUtf8(sql) << QString::fromUtf8(expected);
    };
    row("canonical-accounts", "canonical_accounts.csv", "accounts", 3,
        "SELECT group_concat(account_key||':'||name||':'||region||':'||created_at, ';') FROM (SELECT * FROM "
        "accounts ORDER BY account_key)",
        "A001:Acme Corp:EMEA:2024-01-15;A002:Globex:NA:2024-02-01;A003:Initech:APAC:2024-03-10");
    row("canonical-revenue", "canonical_revenue.csv", "revenue", 5,
        "SELECT group_concat(a.account_key||':'||r.month||':'||r.mrr, ';') FROM (SELECT * FROM revenue ORDER "
        "BY account_id, month) r JOIN "
        "accounts a ON a.id = r.account_id",
        "A001:202401:120000;A001:202402:125050;A002:202401:30000;A002:202402:30000;A004:202402:9999");
    row("canonical-subscriptions", "canonical_subscriptions.csv", "subscriptions", 3,
        "SELECT "
        "group_concat(start_date||':'||coalesce(end_date,'-')||':'||amount||':'||interval||':'||quantity, "
        "';') FROM (SELECT * FROM "
        "subscriptions ORDER BY start_date)",
        "2024-01-01:-:30000:month:3.0;2024-01-15:2024-06-15:120000:year:1.0;2024-02-01:-:4900:month:1.0");
    row("canonical-orders", "canonical_orders.csv", "orders", 2,
        "SELECT group_concat(coalesce(order_id,'-')||':'||ordered_at||':'||amount||':'||type, ';') FROM "
        "(SELECT * FROM orders ORDER BY ordered_at)",
        "O1:2024-03-02:50000:add-on;-:2024-03-05:7550:services");
    row("canonical-surveys", "canonical_surveys.csv", "surveys", 4,
        "SELECT group_concat(response_id||':'||survey||':'||score, ';') FROM (SELECT * FROM surveys ORDER BY "
        "response_id)",
        "R1:nps:9.0;R2:csat:4.0;R3:ces:6.0;R5:csat:5.0");
    row("canonical-tickets", "canonical_tickets.csv", "tickets", 2,
        "SELECT group_concat(ticket_id||':'||coalesce(resolved_at,'-')||':'||contacts||':'||channel, ';') "
        "FROM (SELECT * FROM tickets ORDER BY "
        "ticket_id)",
        "T1:2024-02-02:1:email;T2:-:0:help center");
    row("canonical-signups", "canonical_signups.csv", "signups", 2,
        "SELECT group_concat(signup_id||':'||coalesce(account_id,'-')||':'||coalesce(activated_at,'-'), ';') "
        "FROM (SELECT * FROM signups ORDER "
        "BY signup_id)",
        "U1:1:2024-01-05;U2:-:-");
    row("canonical-funnel", "canonical_funnel.csv", "funnel", 3,
        "SELECT group_concat(date||':'||source||':'||visitors||':'||conversions, ';') FROM (SELECT * FROM "
        "funnel ORDER BY date, source)",
        "2024-01-01::400:5;2024-01-01:google:1000:25;2024-01-02:google:900:20");
    row("canonical-costs", "canonical_costs.csv", "costs", 2,
        "SELECT group_concat(date||':'||amount||':'||category, ';') FROM (SELECT * FROM costs ORDER BY "
        "amount)",
        "2024-01-31:80000:tools;2024-01-31:1200000:salaries");
    row("canonical-renewals", "canonical_renewals.csv", "renewals", 2,
        "SELECT "
        "group_concat(due_date||':'||renewed||':'||coalesce(arr_before,'-')||':'||coalesce(arr_after,'-'), "
        "';') FROM (SELECT * FROM "
        "renewals ORDER BY due_date)",
        "2024-06-30:0:360000:-;2024-12-31:1:1440000:1500000");
    row("stripe-customers", "stripe_customers.csv", "accounts", 3,
        "SELECT group_concat(account_key||':'||name||':'||plan||':'||created_at, ';') FROM (SELECT * FROM "
        "accounts ORDER BY account_key)",
        "cus_P1aa:Acme "
        "Corp:pro-monthly:2023-04-12;cus_P2bb:Globex:starter-monthly:2023-05-02;cus_P3cc:Initech:enterprise-"
        "annual:2023-06-20");
    // Subscription amounts are stored per billing interval for all units (unit price x quantity).
    row("stripe-subscriptions", "stripe_subscriptions.csv", "subscriptions", 3,
        "SELECT "
        "group_concat(subscription_id||':'||start_date||':'||coalesce(end_date,'-')||':'||amount||':'||"
        "interval||':'||quantity, ';') "
        "FROM (SELECT * FROM subscriptions ORDER BY subscription_id)",
        "sub_1Aa:2023-04-12:-:14700:month:3.0;sub_2Bb:2023-05-02:2024-02-02:1900:month:1.0;sub_3Cc:2023-06-"
        "20:"
        "-:9900000:year:10.0");
    row("chargebee", "chargebee_subscriptions.csv", "subscriptions", 2,
        "SELECT "
        "group_concat(subscription_id||':'||start_date||':'||coalesce(end_date,'-')||':'||amount||':'||"
        "interval||':'||quantity, ';') "
        "FROM (SELECT * FROM subscriptions ORDER BY subscription_id)",
        "cb_sub_01:2024-01-15:-:19800:month:2.0;cb_sub_02:2023-11-01:2024-03-01:99000:year:1.0");
    row("baremetrics", "baremetrics_subscriptions.csv", "subscriptions", 2,
        "SELECT "
        "group_concat(subscription_id||':'||start_date||':'||coalesce(end_date,'-')||':'||amount||':'||"
        "interval||':'||quantity, ';') "
        "FROM (SELECT * FROM subscriptions ORDER BY subscription_id)",
        "bm_s1:2024-01-01:-:2900:month:1.0;bm_s2:2024-02-01:2024-07-01:245000:year:5.0");
    row("chartmogul-customers", "chartmogul_customers.csv", "accounts", 2,
        "SELECT group_concat(account_key||':'||name||':'||region||':'||created_at, ';') FROM (SELECT * FROM "
        "accounts ORDER BY account_key)",
        "cm_cus_1:Umbrella Corp:GB:2023-09-01;cm_cus_2:Hooli:US:2023-10-11");
    row("chartmogul-invoices", "chartmogul_invoices.csv", "orders", 2,
        "SELECT group_concat(order_id||':'||ordered_at||':'||amount||':'||type, ';') FROM (SELECT * FROM "
        "orders ORDER BY order_id)",
        "inv_001:2024-01-01:15000:subscription;inv_002:2024-01-15:50000:one_time");
    row("hubspot-companies", "hubspot_companies.csv", "accounts", 2,
        "SELECT "
        "group_concat(account_key||':'||name||':'||owner||':'||industry||':'||region||':'||size||':'||"
        "created_at, ';') FROM (SELECT * "
        "FROM accounts ORDER BY account_key)",
        "5012345601:Stark Industries:Pepper Potts:Defense:United States:5000:2023-02-14;5012345602:Wayne "
        "Enterprises:Lucius "
        "Fox:Conglomerate:United States:10000:2023-03-01");
    row("hubspot-deals", "hubspot_deals.csv", "orders", 2,
        "SELECT group_concat(o.order_id||':'||a.account_key||':'||o.ordered_at||':'||o.amount||':'||o.type, "
        "';') FROM (SELECT * FROM orders "
        "ORDER BY order_id) o JOIN accounts a ON a.id = o.account_id",
        "9001:5012345601:2024-03-15:12000000:existingbusiness;9002:5012345602:2024-04-02:4500050:"
        "newbusiness");
    row("salesforce-accounts", "salesforce_accounts.csv", "accounts", 2,
        "SELECT group_concat(account_key||':'||name||':'||owner||':'||region||':'||created_at, ';') FROM "
        "(SELECT * FROM accounts ORDER BY "
        "account_key)",
        "0015g00000A1xYzAAB:Cyberdyne Systems:Miles Dyson:USA:2023-03-15;0015g00000A2xYzAAB:Tyrell "
        "Corp:Eldon Tyrell:Japan:2023-11-02");
    row("salesforce-opportunities", "salesforce_opportunities.csv", "orders", 2,
        "SELECT group_concat(order_id||':'||ordered_at||':'||amount, ';') FROM (SELECT * FROM orders ORDER "
        "BY order_id)",
        "0065g00000Z1aaaAAA:2024-03-31:1200000;0065g00000Z2bbbAAA:2024-04-15:345025");
    row("zendesk", "zendesk_tickets.csv", "tickets", 3,
        "SELECT "
        "group_concat(t.ticket_id||':'||a.account_key||':'||t.created_at||':'||coalesce(t.resolved_at,'-')||'"
        ":'||t.contacts||':'||t."
        "channel, ';') FROM (SELECT * FROM tickets ORDER BY ticket_id) t JOIN accounts a ON a.id = "
        "t.account_id",
        "1001:Acme Corp:2024-02-01:2024-02-01:1:Mail;1002:Globex:2024-02-02:2024-02-02:0:Web form;1003:Acme "
        "Corp:2024-02-03:-:2:Chat");
    row("freshdesk", "freshdesk_tickets.csv", "tickets", 2,
        "SELECT group_concat(ticket_id||':'||created_at||':'||resolved_at||':'||contacts||':'||channel, ';') "
        "FROM (SELECT * FROM tickets ORDER "
        "BY ticket_id)",
        "501:2024-03-01:2024-03-01:1:Email;502:2024-03-02:2024-03-04:3:Portal");
    row("intercom", "intercom_conversations.csv", "tickets", 2,
        "SELECT "
        "group_concat(t.ticket_id||':'||a.account_key||':'||coalesce(t.resolved_at,'-')||':'||t.contacts||':'"
        "||t.channel, ';') FROM "
        "(SELECT * FROM tickets ORDER BY ticket_id) t JOIN accounts a ON a.id = t.account_id",
        "215468791:acme-1:2024-02-05:1:Messenger;215468792:hooli-7:-:0:Email");
    row("delighted", "delighted_responses.csv", "surveys", 3,
        "SELECT "
        "group_concat(response_id||':'||survey||':'||score||':'||responded_at||':'||coalesce(comment,'-'), "
        "';') FROM (SELECT * FROM "
        "surveys ORDER BY response_id)",
        "d_101:nps:10.0:2024-02-10:Love it;d_102:nps:6.0:2024-02-11:Slow exports,\nneeds "
        "work;d_103:nps:3.0:2024-02-12:-");
    row("surveymonkey", "surveymonkey_responses.csv", "surveys", 2,
        "SELECT group_concat(response_id||':'||survey||':'||score||':'||responded_at||':'||comment, ';') "
        "FROM (SELECT * FROM surveys ORDER BY "
        "response_id)",
        "11400001:nps:9.0:2024-02-10:Fast support;11400002:nps:4.0:2024-02-13:Too expensive");
    row("typeform", "typeform_responses.csv", "surveys", 2,
        "SELECT group_concat(response_id||':'||survey||':'||score||':'||responded_at||':'||comment, ';') "
        "FROM (SELECT * FROM surveys ORDER BY "
        "response_id)",
        "k2j3h4g5:nps:8.0:2024-03-01:Good value;l3k4j5h6:nps:10.0:2024-03-02:Support team");
    row("google-analytics", "google_analytics.csv", "funnel", 3,
        "SELECT group_concat(date||':'||source||':'||visitors||':'||conversions, ';') FROM (SELECT * FROM "
        "funnel ORDER BY date, source)",
        "2024-01-01:(direct) / (none):400:8;2024-01-01:google / organic:1200:30;2024-01-02:google / "
        "organic:1100:27");
}

void TestImporter::importsEveryExport()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(qint64, imported);
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    test::TempWorkspace temp;
    const qint64 version = temp.workspace().dataVersion();
    const ImportResult result = Importer::run(temp.workspace(), file, fixedClock());
    QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
    QCOMPARE(kindName(*result.kind), kind);
    QCOMPARE(result.rowsImported, imported);
    // The real-export samples are clean; the canonical ones hold deliberate rejects.
    if (!QFileInfo(file).fileName().startsWith(QLatin1String("canonical_")))
        QCOMPARE(result.rowsRejected, 0);
    QCOMPARE(scalar(temp.workspace(), sql).toString(), expected);
    QCOMPARE(temp.workspace().dataVersion(), version + 1);

    const auto batches = ImportBatches::list(temp.workspace());
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().fileName, QFileInfo(file).fileName());
    QCOMPARE(batches.first().kind, kind);
    QCOMPARE(batches.first().rowsImported, imported);
    QCOMPARE(batches.first().importedAt, QStringLiteral("2026-03-31T12:00:00Z"));
    QCOMPARE(batches.first().sha256.size(), 64);
    QCOMPARE(batches.first().fileSize, QFileInfo(file).size());
    QVERIFY(QJsonDocument::fromJson(batches.first().mapping.toUtf8())
                .object()
                .contains(QStringLiteral("columns")));
    // Every row of the data table carries the batch id.
    const QString table = kindInfo(*result.kind).table;
    QCOMPARE(
        scalar(
            temp.workspace(),
            QStringLiteral("SELECT count(*) FROM %1 WHERE batch_id IS NOT %2").arg(table).arg(result.batchId))
            .toLongLong(),
        0);
}

// Every export, read once with its formats from its first row, comes out exactly as read in two
// passes (the single pass either holds or reads the file again).
void TestImporter::singlePassEqualsTwoPasses_data()
{
    importsEveryExport_data();
}

void TestImporter::singlePassEqualsTwoPasses()
{
    QFETCH(QString, file);
    const TwoWays both = importBothWays(file, 1);
    QVERIFY2(both.twoPasses.status == ImportStatus::Imported, qPrintable(both.twoPasses.message));
    QVERIFY(!both.twoPasses.secondLook);
    QCOMPARE(both.onePassOutcome, both.twoPassesOutcome);
    QCOMPARE(both.onePassStreamed.size(), both.twoPassesStreamed.size());
}

void TestImporter::singlePassReadsAgainWhenTheSampleMisleads_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("readsAgain");
    auto rows = [](const char* header, const char* row, int count, const char* last) -> QByteArray {
        QByteArray bytes = QByteArray(header) + '\n';
        for (int i = 0; i < count; ++i)
            bytes += QByteArray(row).replace("#", QByteArray::number(i)) + '\n';
        return bytes + last + '\n';
    };
    QTest::newRow("the sample's formats hold")
        << rows("account_id,month,mrr", "A#,2025-01,10.50", 200, "B,2025-02,11.25") << false;
    QTest::newRow("a day above 12 after the sample makes the dates d/m/Y")
        << rows("account_id,ordered_at,amount", "A#,05/01/2025,10", 200, "B,13/01/2025,10") << true;
    QTest::newRow("a decimal comma after the sample makes 1.000 a thousand")
        << rows("account_id,month,mrr", "A#,2025-01,1.000", 200, "B,2025-02,\"2,5\"") << true;
    QTest::newRow("a second currency after the sample")
        << rows("account_id,month,mrr,currency", "A#,2025-01,10,USD", 200, "B,2025-01,10,EUR") << true;
    QTest::newRow("more than a thousand rejects")
        << rows("account_id,month,mrr", "A#,2025-01,lots", 1100, "B,2025-02,10") << true;
}

void TestImporter::singlePassReadsAgainWhenTheSampleMisleads()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, readsAgain);
    QTemporaryDir dir;
    const QString file = test::writeFile(dir.path() + QStringLiteral("/f.csv"), csv);
    const TwoWays both = importBothWays(file, 50);
    QVERIFY2(both.twoPasses.status == ImportStatus::Imported, qPrintable(both.twoPasses.message));
    QCOMPARE(both.onePass.secondLook, readsAgain);
    QCOMPARE(both.onePassOutcome, both.twoPassesOutcome);
    QCOMPARE(both.onePassStreamed.size(), both.twoPassesStreamed.size());
}

// Rejects found in a single pass reach onReject once, after the whole file confirmed the formats
// they were found with; those of a pass read again never do.
void TestImporter::singlePassStreamsEachRejectOnce()
{
    QTemporaryDir dir;
    QByteArray bytes("account_id,ordered_at,amount\n");
    for (int i = 0; i < 100; ++i)
        bytes +=
            "A" + QByteArray::number(i) + (i == 60 || i == 80 ? ",05/01/2025,lots\n" : ",05/01/2025,10\n");
    const QString holds = test::writeFile(dir.path() + QStringLiteral("/holds.csv"), bytes);
    const QString misleads =
        test::writeFile(dir.path() + QStringLiteral("/misleads.csv"), bytes + "B,13/01/2025,10\n");
    for (const QString& file : {holds, misleads}) {
        test::TempWorkspace temp;
        ImportOptions options;
        options.formatSample = 10;
        QList<ImportReject> streamed;
        options.onReject = [&streamed](const ImportReject& reject) { streamed << reject; };
        const ImportResult result = Importer::run(temp.workspace(), file, options);
        QCOMPARE(result.status, ImportStatus::Imported);
        QCOMPARE(result.secondLook, file == misleads);
        QCOMPARE(result.rowsRejected, 2);
        QCOMPARE(streamed.size(), 2);
        QCOMPARE(streamed.at(0).line, 62);
        QCOMPARE(streamed.at(1).line, 82);
        QCOMPARE(streamed.at(1).value, QStringLiteral("lots"));
    }
}

// A single pass hashes the file while it writes it when no batch of its size could hold the same
// content; the same content is still skipped, and other content of the same size is not.
void TestImporter::singlePassSkipsOnlyTheSameContent()
{
    test::TempWorkspace temp;
    const QString file = bigRevenueFile(temp.dir(), 300);
    QFile read(file);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QByteArray bytes = read.readAll();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    ImportOptions options;
    options.formatSample = 10;
    const ImportResult first = Importer::run(temp.workspace(), file, options);
    QCOMPARE(first.status, ImportStatus::Imported);
    QVERIFY(!first.secondLook);
    QCOMPARE(first.sha256, sha);
    QCOMPARE(ImportBatches::list(temp.workspace()).first().sha256, sha);

    const ImportResult again = Importer::run(temp.workspace(), file, options);
    QCOMPARE(again.status, ImportStatus::Skipped);
    QCOMPARE(again.batchId, first.batchId);

    bytes.replace("ACC-0,2020-01,100.50", "ACC-0,2020-01,101.50"); // same size, other content
    const QString other = test::writeFile(temp.dir() + QStringLiteral("/other.csv"), bytes);
    const ImportResult different = Importer::run(temp.workspace(), other, options);
    QCOMPARE(different.status, ImportStatus::Imported);
    QCOMPARE(
        scalar(temp.workspace(), QStringLiteral("SELECT count(DISTINCT sha256) FROM import_batches")).toInt(),
        2);
    QCOMPARE(Importer::run(temp.workspace(), other, options).status, ImportStatus::Skipped);
    QCOMPARE(count(temp.workspace(), "import_batches"), 2);
}

void TestImporter::reimportUpserts()
{
    test::TempWorkspace temp;
    const QString first = test::writeFile(temp.dir() + QStringLiteral("/a.csv"),
                                          "account_id,month,mrr\nA1,2024-01,100\nA1,2024-02,110\n");
    QCOMPARE(Importer::run(temp.workspace(), first).rowsImported, 2);
    // Same keys, new values, one new month: replaced, not doubled.
    const QString second = test::writeFile(temp.dir() + QStringLiteral("/b.csv"),
                                           "account_id,month,mrr\nA1,2024-02,120\nA1,2024-03,130\n");
    const ImportResult result = Importer::run(temp.workspace(), second);
    QCOMPARE(result.status, ImportStatus::Imported);
    QCOMPARE(count(temp.workspace(), "revenue"), 3);
    QCOMPARE(
        scalar(temp.workspace(), QStringLiteral("SELECT mrr FROM revenue WHERE month = 202402")).toLongLong(),
        12000);
    QCOMPARE(count(temp.workspace(), "accounts"), 1);

    // Keyless kinds: the same row again is the same row.
    const QString costs =
        test::writeFile(temp.dir() + QStringLiteral("/c.csv"), "date,amount,category\n2024-01-31,10,tools\n");
    const QString costsAgain = test::writeFile(temp.dir() + QStringLiteral("/d.csv"),
                                               "date,category,amount\n2024-01-31,tools,10.00\n");
    QCOMPARE(Importer::run(temp.workspace(), costs).status, ImportStatus::Imported);
    QCOMPARE(Importer::run(temp.workspace(), costsAgain).status, ImportStatus::Imported);
    QCOMPARE(count(temp.workspace(), "costs"), 1);
}

void TestImporter::sameFileIsSkippedUnlessForced()
{
    test::TempWorkspace temp;
    const QString file = exportFile("canonical_revenue.csv");
    const ImportResult first = Importer::run(temp.workspace(), file);
    QCOMPARE(first.status, ImportStatus::Imported);
    const qint64 version = temp.workspace().dataVersion();

    const ImportResult again = Importer::run(temp.workspace(), file);
    QCOMPARE(again.status, ImportStatus::Skipped);
    QVERIFY(again.ok());
    QCOMPARE(again.batchId, first.batchId);
    QVERIFY(again.message.contains(QLatin1String("already imported")));
    QCOMPARE(ImportBatches::list(temp.workspace()).size(), 1);
    QCOMPARE(temp.workspace().dataVersion(), version);

    ImportOptions options;
    options.force = true;
    const ImportResult forced = Importer::run(temp.workspace(), file, options);
    QCOMPARE(forced.status, ImportStatus::Imported);
    QCOMPARE(ImportBatches::list(temp.workspace()).size(), 2);
    QCOMPARE(count(temp.workspace(), "revenue"), 5); // replaced, not doubled
    QCOMPARE(
        scalar(temp.workspace(), QStringLiteral("SELECT count(DISTINCT batch_id) FROM revenue")).toLongLong(),
        1);
}

void TestImporter::rejectsCarryRowColumnValueReason()
{
    test::TempWorkspace temp;
    const QString file =
        test::writeFile(temp.dir() + QStringLiteral("/r.csv"), "account_id,Month,MRR\n"
                                                               "A1,2024-01,100\n"
                                                               "A1,not a month,100\n"
                                                               ",2024-02,100\n"
                                                               "A2,2024-02,lots\n"
                                                               "\"A3\",\"2024-03\",\"=1+2\"\n"
                                                               "A4,2024-04,50\n");
    QList<ImportReject> streamed;
    ImportOptions options;
    options.onReject = [&streamed](const ImportReject& reject) { streamed << reject; };
    const ImportResult result = Importer::run(temp.workspace(), file, options);
    QCOMPARE(result.status, ImportStatus::Imported);
    QCOMPARE(result.rowsRead, 6);
    QCOMPARE(result.rowsImported, 2);
    QCOMPARE(result.rowsRejected, 4);
    QCOMPARE(streamed.size(), 4);
    QCOMPARE(result.rejects.size(), 4);

    const ImportReject& month = result.rejects.at(0);
    QCOMPARE(month.row, 2);
    QCOMPARE(month.line, 3);
    QCOMPARE(month.column, QStringLiteral("Month"));
    QCOMPARE(month.value, QStringLiteral("not a month"));
    QVERIFY2(month.reason.contains(QLatin1String("not a month")), qPrintable(month.reason));
    QCOMPARE(month.describe(),
             QStringLiteral("line 3 (row 2): column 'Month' value 'not a month': ") + month.reason);

    QCOMPARE(result.rejects.at(1).column, QStringLiteral("account_id"));
    QVERIFY(result.rejects.at(1).reason.contains(QLatin1String("missing required value")));
    QCOMPARE(result.rejects.at(2).column, QStringLiteral("MRR"));
    QCOMPARE(result.rejects.at(2).value, QStringLiteral("lots"));
    QCOMPARE(result.rejects.at(3).value, QStringLiteral("=1+2"));
    QCOMPARE(result.rejects.at(3).line, 6);

    const auto batch = ImportBatches::list(temp.workspace()).first();
    QCOMPARE(batch.rowsRead, 6);
    QCOMPARE(batch.rowsRejected, 4);
    QCOMPARE(count(temp.workspace(), "revenue"), 2);
}

void TestImporter::strictAbortsWithNothingWritten()
{
    test::TempWorkspace temp;
    QVERIFY(Importer::run(temp.workspace(), exportFile("canonical_accounts.csv")).ok());
    const QString before = snapshot(temp.workspace());
    const qint64 version = temp.workspace().dataVersion();
    ImportOptions options;
    options.strict = true;
    const ImportResult result = Importer::run(temp.workspace(), exportFile("canonical_tickets.csv"), options);
    QCOMPARE(result.status, ImportStatus::Aborted);
    QVERIFY(!result.ok());
    QCOMPARE(result.rowsRejected, 1);
    QVERIFY2(result.message.contains(QLatin1String("column 'resolved_at' value '2024-02-04'")),
             qPrintable(result.message));
    QCOMPARE(count(temp.workspace(), "tickets"), 0);
    QCOMPARE(snapshot(temp.workspace()), before);
    QCOMPARE(temp.workspace().dataVersion(), version);
}

void TestImporter::dryRunWritesNothing()
{
    test::TempWorkspace temp;
    const QString before = snapshot(temp.workspace());
    ImportOptions options;
    options.dryRun = true;
    const ImportResult result = Importer::run(temp.workspace(), exportFile("canonical_revenue.csv"), options);
    QCOMPARE(result.status, ImportStatus::DryRun);
    QVERIFY(result.ok());
    QCOMPARE(result.rowsRead, 5);
    QCOMPARE(result.rowsImported, 5);
    QCOMPARE(result.stubAccounts, 3);
    QCOMPARE(result.batchId, 0);
    QCOMPARE(snapshot(temp.workspace()), before);
    QCOMPARE(temp.workspace().dataVersion(), 0);
    // A dry run does not count as an import of the file.
    QCOMPARE(Importer::run(temp.workspace(), exportFile("canonical_revenue.csv")).status,
             ImportStatus::Imported);
}

void TestImporter::rollsBackOnWriteError()
{
    test::TempWorkspace temp;
    QVERIFY(Importer::run(temp.workspace(), exportFile("canonical_accounts.csv")).ok());
    // A trigger makes the database refuse one row in the middle of the import.
    QSqlQuery query(temp.workspace().database());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON revenue WHEN NEW.mrr = 9999 "
                                      "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    const QString before = snapshot(temp.workspace());
    const qint64 version = temp.workspace().dataVersion();
    const ImportResult result = Importer::run(temp.workspace(), exportFile("canonical_revenue.csv"));
    QCOMPARE(result.status, ImportStatus::Failed);
    QVERIFY2(result.message.contains(QLatin1String("disk on fire")), qPrintable(result.message));
    QVERIFY(result.message.contains(QLatin1String("nothing was written")));
    QCOMPARE(snapshot(temp.workspace()), before);
    QCOMPARE(temp.workspace().dataVersion(), version);
    QCOMPARE(scalar(temp.workspace(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

// A single pass that fails (here: the database refuses a row) or is a dry run ends as two passes
// would: the failure read again in two passes, nothing written.
void TestImporter::singlePassFailuresAndDryRuns()
{
    test::TempWorkspace temp;
    const QString file = bigRevenueFile(temp.dir(), 3000);
    const QString before = snapshot(temp.workspace());
    ImportOptions options;
    options.formatSample = 100;
    options.dryRun = true;
    const ImportResult dry = Importer::run(temp.workspace(), file, options);
    QCOMPARE(dry.status, ImportStatus::DryRun);
    QVERIFY(!dry.secondLook);
    QCOMPARE(dry.rowsImported, 3000);
    QCOMPARE(snapshot(temp.workspace()), before);

    QSqlQuery query(temp.workspace().database());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON revenue WHEN NEW.mrr = 99950 "
                                      "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    options.dryRun = false;
    const ImportResult failed = Importer::run(temp.workspace(), file, options);
    QCOMPARE(failed.status, ImportStatus::Failed);
    QVERIFY(failed.secondLook);
    QVERIFY2(failed.message.contains(QLatin1String("disk on fire")), qPrintable(failed.message));
    QCOMPARE(snapshot(temp.workspace()), before);
    QCOMPARE(temp.workspace().dataVersion(), 0);
}

void TestImporter::cancelRollsBack_data()
{
    QTest::addColumn<bool>("inSecondPass");
    QTest::addColumn<bool>("singlePass");
    QTest::newRow("first-pass") << false << false;
    QTest::newRow("second-pass") << true << false;
    QTest::newRow("single-pass") << true << true;
}

void TestImporter::cancelRollsBack()
{
    QFETCH(bool, inSecondPass);
    QFETCH(bool, singlePass);
    test::TempWorkspace temp;
    const QString file = bigRevenueFile(temp.dir(), 60000); // ~1.5 MB: several progress calls per pass
    const qint64 size = QFileInfo(file).size();
    const QString before = snapshot(temp.workspace());
    ImportOptions options;
    options.formatSample = singlePass ? 1000 : 0;
    qint64 calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        if (total != 2 * size)
            return true;
        if (singlePass) // the one pass counts for both
            return done < size;
        return inSecondPass ? done < size + size / 2 : false;
    };
    const ImportResult result = Importer::run(temp.workspace(), file, options);
    QCOMPARE(result.status, ImportStatus::Cancelled);
    QVERIFY(!result.secondLook); // a cancel is not read again
    QVERIFY(result.message.contains(QLatin1String("cancelled")));
    QVERIFY(calls > 0);
    QCOMPARE(snapshot(temp.workspace()), before);
    QCOMPARE(count(temp.workspace(), "import_batches"), 0);
    QCOMPARE(temp.workspace().dataVersion(), 0);
    // Not cancelled, it imports.
    options.progress = {};
    QCOMPARE(Importer::run(temp.workspace(), file, options).rowsImported, 60000);
}

void TestImporter::refusesUnreadableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    static const char png[] =
        "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66\0\0\0\0IEND";
    QTest::newRow("binary") << QByteArray(png, sizeof(png) - 1);
    QTest::newRow("blank-lines") << QByteArray("\n\n\n");
}

void TestImporter::refusesUnreadableFiles()
{
    QFETCH(QByteArray, bytes);
    test::TempWorkspace temp;
    const QString file = test::writeFile(temp.dir() + QStringLiteral("/bad.csv"), bytes);
    const QString before = snapshot(temp.workspace());
    const ImportResult result = Importer::run(temp.workspace(), file);
    QCOMPARE(result.status, ImportStatus::Refused);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(QLatin1Char('\n')));
    QCOMPARE(snapshot(temp.workspace()), before);
}

void TestImporter::refusesUnknownKind()
{
    test::TempWorkspace temp;
    const QString file = test::writeFile(temp.dir() + QStringLiteral("/x.csv"), "foo,bar\n1,2\n");
    const ImportResult result = Importer::run(temp.workspace(), file);
    QCOMPARE(result.status, ImportStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("--kind")), qPrintable(result.message));
    ImportOptions options;
    options.kind = DataKind::Revenue;
    const ImportResult named = Importer::run(temp.workspace(), file, options);
    QCOMPARE(named.status, ImportStatus::Refused);
    QVERIFY2(named.message.contains(QLatin1String("account_id, month, mrr")), qPrintable(named.message));
    QCOMPARE(count(temp.workspace(), "import_batches"), 0);

    const ImportResult plans = Importer::run(temp.workspace(), exportFile("chartmogul_plans.csv"));
    QCOMPARE(plans.status, ImportStatus::Refused);
    QVERIFY2(plans.message.contains(QLatin1String("ChartMogul plans")), qPrintable(plans.message));
}

void TestImporter::batchesAreListedAndRemoved()
{
    test::TempWorkspace temp;
    const ImportResult accounts = Importer::run(temp.workspace(), exportFile("canonical_accounts.csv"));
    const ImportResult revenue = Importer::run(temp.workspace(), exportFile("canonical_revenue.csv"));
    const ImportResult surveys = Importer::run(temp.workspace(), exportFile("canonical_surveys.csv"));
    QVERIFY(accounts.ok() && revenue.ok() && surveys.ok());
    QCOMPARE(revenue.stubAccounts, 1); // A004
    const QList<BatchInfo> batches = ImportBatches::list(temp.workspace());
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(1).id, revenue.batchId);
    QCOMPARE(batches.at(1).kind, QStringLiteral("revenue"));
    QCOMPARE(batches.at(2).rowsRejected, 1);

    const qint64 version = temp.workspace().dataVersion();
    QString error;
    QVERIFY2(ImportBatches::remove(temp.workspace(), revenue.batchId, &error), qPrintable(error));
    QCOMPARE(count(temp.workspace(), "revenue"), 0);
    QCOMPARE(count(temp.workspace(), "surveys"), 4);
    // The stub account the revenue batch created went with it; the imported accounts stay.
    QCOMPARE(count(temp.workspace(), "accounts"), 3);
    QCOMPARE(
        scalar(temp.workspace(), QStringLiteral("SELECT count(*) FROM accounts WHERE account_key = 'A004'"))
            .toInt(),
        0);
    QCOMPARE(ImportBatches::list(temp.workspace()).size(), 2);
    QCOMPARE(temp.workspace().dataVersion(), version + 1);

    QVERIFY(!ImportBatches::remove(temp.workspace(), 999, &error));
    QVERIFY(error.contains(QLatin1String("999")));

    // The file can be imported again once its batch is gone.
    QCOMPARE(Importer::run(temp.workspace(), exportFile("canonical_revenue.csv")).status,
             ImportStatus::Imported);
}

void TestImporter::removingAccountsKeepsReferencedOnes()
{
    test::TempWorkspace temp;
    const ImportResult accounts = Importer::run(temp.workspace(), exportFile("canonical_accounts.csv"));
    QVERIFY(
        Importer::run(temp.workspace(), exportFile("canonical_revenue.csv")).ok()); // references A001, A002
    QString error;
    QVERIFY2(ImportBatches::remove(temp.workspace(), accounts.batchId, &error), qPrintable(error));
    // A003 had no other rows: gone. A001 and A002 stay as stubs, attributes cleared.
    QCOMPARE(
        scalar(
            temp.workspace(),
            QStringLiteral(
                "SELECT group_concat(account_key, ',') FROM (SELECT * FROM accounts ORDER BY account_key)"))
            .toString(),
        QStringLiteral("A001,A002,A004"));
    QCOMPARE(
        scalar(temp.workspace(),
               QStringLiteral("SELECT count(*) FROM accounts WHERE name IS NOT NULL OR plan IS NOT NULL"))
            .toInt(),
        0);
    QCOMPARE(count(temp.workspace(), "account_attributes"), 0);
    QCOMPARE(count(temp.workspace(), "revenue"), 5);
    QCOMPARE(scalar(temp.workspace(), QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
}

void TestImporter::customAttributesAndFormulaCells()
{
    test::TempWorkspace temp;
    QVERIFY(Importer::run(temp.workspace(), exportFile("canonical_accounts.csv")).ok());
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral(
                        "SELECT value FROM account_attributes aa JOIN accounts a ON a.id = aa.account_id "
                        "WHERE a.account_key = 'A001' AND attribute = 'tier_code'"))
                 .toString(),
             QStringLiteral("007"));
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral(
                        "SELECT value FROM account_attributes aa JOIN accounts a ON a.id = aa.account_id "
                        "WHERE a.account_key = 'A001' AND attribute = 'health_note'"))
                 .toString(),
             QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral(
                        "SELECT typeof(value) FROM account_attributes WHERE attribute = 'tier_code' LIMIT 1"))
                 .toString(),
             QStringLiteral("text"));

    // Formula-looking cells of other kinds stay text as they are.
    const QString file =
        test::writeFile(temp.dir() + QStringLiteral("/t.csv"),
                        "ticket_id,created_at,contacts,channel\n=cmd|' /C calc'!A0,2024-01-01,1,@SUM(1)\n");
    QCOMPARE(Importer::run(temp.workspace(), file).rowsImported, 1);
    QCOMPARE(
        scalar(temp.workspace(), QStringLiteral("SELECT ticket_id||'|'||channel FROM tickets")).toString(),
        QStringLiteral("=cmd|' /C calc'!A0|@SUM(1)"));

    // Re-importing accounts without a column keeps what an earlier import set there.
    const QString partial =
        test::writeFile(temp.dir() + QStringLiteral("/p.csv"), "account_id,owner\nA001,Zoe\n");
    QVERIFY(Importer::run(temp.workspace(), partial).ok());
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral("SELECT name||'/'||owner FROM accounts WHERE account_key = 'A001'"))
                 .toString(),
             QStringLiteral("Acme Corp/Zoe"));
}

void TestImporter::stubAccountsForUnknownIds()
{
    test::TempWorkspace temp;
    const ImportResult result = Importer::run(temp.workspace(), exportFile("zendesk_tickets.csv"));
    QCOMPARE(result.status, ImportStatus::Imported);
    QCOMPARE(result.stubAccounts, 2);
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral("SELECT count(*) FROM accounts WHERE name IS NULL AND batch_id = %1")
                        .arg(result.batchId))
                 .toInt(),
             2);
    // A later accounts import fills the stub in place: same id, the tickets still point at it.
    const qint64 id =
        scalar(temp.workspace(), QStringLiteral("SELECT id FROM accounts WHERE account_key = 'Globex'"))
            .toLongLong();
    const QString accounts = test::writeFile(temp.dir() + QStringLiteral("/a.csv"),
                                             "account_id,name,plan\nGlobex,Globex Inc,Pro\n");
    QVERIFY(Importer::run(temp.workspace(), accounts).ok());
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral("SELECT id||':'||name FROM accounts WHERE account_key = 'Globex'"))
                 .toString(),
             QStringLiteral("%1:Globex Inc").arg(id));
    QCOMPARE(count(temp.workspace(), "accounts"), 2);
}

// Stubs are created as their rows are written: ids ascend in the order the file first names the
// accounts, also across the importer's chunks of rows.
void TestImporter::stubIdsAscendInFileOrder()
{
    test::TempWorkspace temp;
    QByteArray csv = "account_id,month,mrr\n";
    QStringList order;
    for (int i = 0; i < 3000; ++i) {
        const QString key = QStringLiteral("K%1").arg((i * 7919) % 3000, 4, 10, QLatin1Char('0'));
        order << key;
        csv += key.toUtf8() + ",2024-01,10.00\n" + key.toUtf8() + ",2024-02,12.00\n";
    }
    const QString file = test::writeFile(temp.dir() + QStringLiteral("/revenue.csv"), csv);
    const ImportResult result = Importer::run(temp.workspace(), file);
    QCOMPARE(result.status, ImportStatus::Imported);
    QCOMPARE(result.stubAccounts, 3000);
    QCOMPARE(result.rowsImported, 6000);
    QSqlQuery query(temp.workspace().database());
    QVERIFY(query.exec(QStringLiteral("SELECT account_key FROM accounts ORDER BY id")));
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    QCOMPARE(keys, order);
    QCOMPARE(scalar(temp.workspace(), QStringLiteral("SELECT count(*) FROM revenue r JOIN accounts a ON "
                                                     "a.id = r.account_id"))
                 .toInt(),
             6000);
}

// The import commits with automatic checkpoints off and copies the log into the database file on
// another thread; the workspace waits for that copy when it closes, so no log is left behind and
// a fresh connection reads every row from the file.
void TestImporter::logIsCheckpointedAfterTheImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.tenure"));
    QByteArray csv = "account_id,month,mrr\n";
    for (int i = 0; i < 20000; ++i)
        csv += "A" + QByteArray::number(i % 500) + ",20" + QByteArray::number(10 + i / 6000) + "-" +
               QByteArray::number(1 + (i / 500) % 12).rightJustified(2, '0') + ",5.00\n";
    const QString file = test::writeFile(dir.filePath(QStringLiteral("revenue.csv")), csv);
    qint64 rows = 0;
    {
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        const ImportResult result = Importer::run(*workspace, file);
        QCOMPARE(result.status, ImportStatus::Imported);
        rows = result.rowsImported;
        QVERIFY(rows > 10000);
        // Still consistent while the copy may be running: the log is part of the database.
        QCOMPARE(count(*workspace, "revenue"), rows);
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    QString error;
    auto reopened = Workspace::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(count(*reopened, "revenue"), rows);
}

void TestImporter::rememberedMappingIsUsed()
{
    test::TempWorkspace temp;
    const QString file =
        test::writeFile(temp.dir() + QStringLiteral("/k.csv"), "Kunde,Monat,Umsatz\nK1,2024-01,10\n");
    QCOMPARE(Importer::run(temp.workspace(), file).status, ImportStatus::Refused);

    ColumnMapping confirmed = ColumnMapper::instance().map(
        {QStringLiteral("Kunde"), QStringLiteral("Monat"), QStringLiteral("Umsatz")}, DataKind::Revenue);
    confirmed.columns[0].canonical = QStringLiteral("account_id");
    confirmed.columns[1].canonical = QStringLiteral("month");
    confirmed.columns[2].canonical = QStringLiteral("mrr");
    QVERIFY(ColumnMapper::saveMapping(
        temp.workspace(), {QStringLiteral("Kunde"), QStringLiteral("Monat"), QStringLiteral("Umsatz")},
        confirmed));
    const ImportResult result = Importer::run(temp.workspace(), file);
    QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
    QVERIFY(result.mapping.remembered);
    QCOMPARE(scalar(temp.workspace(), QStringLiteral("SELECT mrr FROM revenue")).toLongLong(), 1000);
}

void TestImporter::previewShowsDecisions()
{
    const QString file = exportFile("salesforce_opportunities.csv");
    PreviewOptions options;
    options.rows = 1;
    const ImportPreview preview = Importer::preview(file, options);
    QVERIFY2(preview.ok, qPrintable(preview.error));
    QCOMPARE(preview.kind, std::optional<DataKind>(DataKind::Orders));
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rowsInFile, 3); // the report's footer lines are not rows
    QCOMPARE(preview.rows.first().at(4), QStringLiteral("$12,000.00"));
    const int closeDate = preview.mapping.columnFor(QStringLiteral("ordered_at"));
    QCOMPARE(preview.formats.at(closeDate).date, DateFormat::US);
    QVERIFY(!preview.formats.at(closeDate).describe().isEmpty());
    QVERIFY(preview.rejects.isEmpty());
    QVERIFY(preview.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Opportunity Name")));

    // Rejects among the previewed rows are shown before anything is written.
    const ImportPreview tickets = Importer::preview(exportFile("canonical_tickets.csv"));
    QCOMPARE(tickets.rows.size(), 4);
    QCOMPARE(tickets.rejects.size(), 2);
    QCOMPARE(tickets.rejects.first().line, 4);

    const ImportPreview missing = Importer::preview(QStringLiteral("/nonexistent/file.csv"));
    QVERIFY(!missing.ok);
    QVERIFY(!missing.error.isEmpty());
}

void TestImporter::previewFromASample_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("estimated");
    QTest::newRow("fewer rows than the sample") << 60 << false;
    QTest::newRow("exactly the sample") << 100 << false;
    QTest::newRow("one more") << 101 << true;
    QTest::newRow("thirty times the sample") << 3000 << true;
}

// A preview from the first rows decides what the whole file decides here, and estimates the rows
// from their length.
void TestImporter::previewFromASample()
{
    QFETCH(int, rows);
    QFETCH(bool, estimated);
    QTemporaryDir dir;
    const QString file = bigRevenueFile(dir.path(), rows);
    PreviewOptions options;
    options.formatSample = 100;
    const ImportPreview sampled = Importer::preview(file, options);
    const ImportPreview whole = Importer::preview(file);
    QVERIFY2(sampled.ok, qPrintable(sampled.error));
    QVERIFY(!whole.rowsEstimated);
    QCOMPARE(whole.rowsInFile, qint64(rows));
    QCOMPARE(sampled.rowsEstimated, estimated);
    if (estimated)
        QVERIFY2(qAbs(sampled.rowsInFile - rows) <= rows / 10,
                 qPrintable(QString::number(sampled.rowsInFile)));
    else
        QCOMPARE(sampled.rowsInFile, qint64(rows));
    QCOMPARE(sampled.formats.size(), whole.formats.size());
    for (qsizetype i = 0; i < whole.formats.size(); ++i)
        QCOMPARE(sampled.formats.at(i).describe(), whole.formats.at(i).describe());
    QCOMPARE(sampled.rows, whole.rows);
}

void TestImporter::mappingOverride()
{
    test::TempWorkspace temp;
    // The user says 'Start (UTC)' is not the start; 'Created (UTC)' is.
    const QString file = exportFile("stripe_subscriptions.csv");
    ImportPreview preview = Importer::preview(file);
    ColumnMapping mapping = preview.mapping;
    mapping.columns[mapping.columnFor(QStringLiteral("start_date"))].canonical.clear();
    mapping.columns[preview.headers.indexOf(QStringLiteral("Current Period Start (UTC)"))].canonical =
        QStringLiteral("start_date");
    ImportOptions options;
    options.mapping = mapping;
    const ImportResult result = Importer::run(temp.workspace(), file, options);
    QCOMPARE(result.status, ImportStatus::Imported);
    QCOMPARE(scalar(temp.workspace(),
                    QStringLiteral("SELECT start_date FROM subscriptions WHERE subscription_id = 'sub_1Aa'"))
                 .toString(),
             QStringLiteral("2024-03-12"));
}

// The decimal mark and the date order of a whole file are decided together, from every column.
void TestImporter::fileConvention_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected"); // ColumnFormat::describe()
    QTest::newRow("d.m.Y dates make 1.000 a thousand")
        << QByteArray("account_id;month;mrr\nK1;01.01.2025;1.000 \xe2\x82\xac\n") << QStringLiteral("mrr")
        << QStringLiteral("money (1.234,56)");
    QTest::newRow("a decimal comma elsewhere makes 05/01/2025 the fifth of January")
        << QByteArray("account_id,ordered_at,amount\nA,05/01/2025,\"12,50\"\n")
        << QStringLiteral("ordered_at") << QStringLiteral("date (d/m/Y)");
    QTest::newRow("one date column decides for another")
        << QByteArray("account_id,start_date,end_date,amount\nA,05/01/2025,20/03/2025,10\n")
        << QStringLiteral("start_date") << QStringLiteral("date (d/m/Y)");
    QTest::newRow("an unmapped column counts too")
        << QByteArray("account_id,month,mrr,Last login\nA,2025-01,1.500,25/01/2025\n")
        << QStringLiteral("mrr") << QStringLiteral("money (1.234,56)");
    QTest::newRow("US file: 1,500.00 keeps 05/01/2025 in May")
        << QByteArray("account_id,ordered_at,amount\nA,05/01/2025,\"1,500.00\"\n")
        << QStringLiteral("ordered_at") << QStringLiteral("date (m/d/Y)");
    QTest::newRow("semicolon alone tips 1.000")
        << QByteArray("account_id;month;mrr\nA;2025-01;1.000\n") << QStringLiteral("mrr")
        << QStringLiteral("money (1.234,56)");
    QTest::newRow("nothing European: 1.000 is one")
        << QByteArray("account_id,month,mrr\nA,2025-01,1.000\n") << QStringLiteral("mrr")
        << QStringLiteral("money (1,234.56)");
}

void TestImporter::fileConvention()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = test::writeFile(dir.path() + QStringLiteral("/f.csv"), csv);
    const ImportPreview preview = Importer::preview(file);
    QVERIFY2(preview.ok, qPrintable(preview.error));
    const int index = int(preview.headers.indexOf(column));
    QVERIFY(index >= 0);
    QCOMPARE(preview.formats.at(index).describe(), expected);
}

// Removing the batch of a later snapshot brings back what the earlier export said.
void TestImporter::removingALaterSnapshotRestoresTheEarlier()
{
    test::TempWorkspace temp;
    QTemporaryDir dir;
    const QByteArray header = "subscription_id,account_id,start_date,end_date,amount\n";
    const QString first =
        test::writeFile(dir.path() + QStringLiteral("/1.csv"), header + "s1,A,2026-01-01,,100\n");
    const QString second =
        test::writeFile(dir.path() + QStringLiteral("/2.csv"), header + "s1,A,2026-01-01,2026-05-10,150\n");
    ImportOptions options;
    options.asOf = QDate(2026, 2, 1);
    QCOMPARE(Importer::run(temp.workspace(), first, options).status, ImportStatus::Imported);
    options.asOf = QDate(2026, 4, 1);
    const ImportResult later = Importer::run(temp.workspace(), second, options);
    QCOMPARE(later.status, ImportStatus::Imported);
    auto versions = [&] {
        QSqlQuery q(temp.workspace().database());
        q.exec(QStringLiteral(
            "SELECT group_concat(valid_from||':'||amount||':'||coalesce(end_date,'-'), ';') FROM "
            "(SELECT * FROM subscriptions ORDER BY valid_from)"));
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(versions(), QStringLiteral(":10000:-;2026-04-01:15000:2026-05-10"));
    // The same snapshot again (forced) changes nothing; an older export changes nothing either.
    options.force = true;
    QCOMPARE(Importer::run(temp.workspace(), second, options).status, ImportStatus::Imported);
    options.asOf = QDate(2026, 1, 15);
    QCOMPARE(Importer::run(temp.workspace(), first, options).status, ImportStatus::Imported);
    QCOMPARE(versions(), QStringLiteral(":10000:-;2026-04-01:15000:2026-05-10"));
    QString error;
    QVERIFY2(ImportBatches::remove(temp.workspace(), later.batchId, &error), qPrintable(error));
    QCOMPARE(versions(), QStringLiteral(":10000:-"));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
