// Real exports mean what their tools mean (issues 10 and 16): every sample under
// tests/data/exports/semantics is imported through `tenure import` and its KPIs read back through
// `tenure kpi --format csv`. The expected values are worked out by hand in the comments of each row.

#include "TestSupport.h"
#include "kpi/KpiEngine.h"

#include <QRegularExpression>
#include <QtTest>

#include <cmath>

using namespace tenure;
using test::runTenure;

namespace {

QString sample(const QString& name)
{
    return test::dataFile(QStringLiteral("exports/semantics/") + name);
}

// "2026-01=100;2026-02=100" -> {period: value}; an empty value is written as "-".
QMap<QString, QString> expectedValues(const QString& spec)
{
    QMap<QString, QString> values;
    for (const QString& pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        values.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return values;
}

// One import command: its files and options, written "file.csv[ --option value ...]".
QStringList importArgs(const QString& workspace, const QString& step)
{
    QStringList parts = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList args{QStringLiteral("import"), QStringLiteral("--workspace"), workspace};
    for (const QString& part : parts)
        args << (part.endsWith(QLatin1String(".csv")) ? sample(part) : part);
    return args;
}

} // namespace

class TestExportSemantics : public QObject
{
    Q_OBJECT

private slots:
    void kpis_data();
    void kpis();
    void importSummarySaysHowTheFileWasRead();
    void reportFootersAreDropped();
    void dealsNotWonAreSkippedAndCounted();
    void otherCurrenciesAreRejected();
    void firstFileSetsTheWorkspaceCurrency();
    void asOfIsShownAndChecked();
    void inspectShowsDecisionsAndCentsSwitch();
    void upcomingRenewalsForTheAtRiskList();
};

void TestExportSemantics::kpis_data()
{
    QTest::addColumn<QStringList>("imports"); // one import command each
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QStringList>("kpiArgs");
    QTest::addColumn<QString>("expected"); // every period of the output, period=value

    const QStringList none;
    // 1200 a year from 2026-01-10 is 100 a month, through the as-of month (the export's day).
    QTest::newRow("yearly subscription in units, open through the as-of month")
        << QStringList{QStringLiteral("yearly_subscription.csv --as-of 2026-06-15")} << QStringLiteral("mrr")
        << none << QStringLiteral("2026-01=100;2026-02=100;2026-03=100;2026-04=100;2026-05=100;2026-06=100");
    // The user says the column is cents: 1200 cents a year is 1.00 a month.
    QTest::newRow("--cents flips the unit")
        << QStringList{QStringLiteral("yearly_subscription.csv --as-of 2026-02-01 --cents")}
        << QStringLiteral("mrr") << none << QStringLiteral("2026-01=1;2026-02=1");
    // --as-of on kpi ends the months there.
    QTest::newRow("kpi --as-of bounds the months")
        << QStringList{QStringLiteral("yearly_subscription.csv --as-of 2026-06-15")} << QStringLiteral("mrr")
        << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-03")}
        << QStringLiteral("2026-01=100;2026-02=100;2026-03=100");
    // amount_in_cents: 49.00 + 99.00.
    QTest::newRow("header that says cents")
        << QStringList{QStringLiteral("price_list_cents.csv --as-of 2026-01-31")} << QStringLiteral("mrr")
        << none << QStringLiteral("2026-01=148");
    // The Total row is a footer, not an account: 100 + 250 in each month, two customers.
    QTest::newRow("trailing total row")
        << QStringList{QStringLiteral("revenue_with_total_row.csv")} << QStringLiteral("customers") << none
        << QStringLiteral("2026-01=2;2026-02=2");
    QTest::newRow("trailing total row, mrr")
        << QStringList{QStringLiteral("revenue_with_total_row.csv")} << QStringLiteral("mrr") << none
        << QStringLiteral("2026-01=350;2026-02=350");
    // 1.000 € and 2.500 € in a ';' file with d.m.Y months: 1000 + 2500.
    QTest::newRow("European file: decimal comma decided by the date column")
        << QStringList{QStringLiteral("european_revenue.csv")} << QStringLiteral("mrr") << none
        << QStringLiteral("2025-01=3500");
    // 05/01/2025 is 5 January in a file whose 20/03/2025 is d/m/Y. S1 49,00 from 5 Jan to 20 Mar
    // (active on 31 Jan and 28 Feb), S2 1.200,00 from 5 Jan, open through April.
    QTest::newRow("European file: day before month in every date column")
        << QStringList{QStringLiteral("european_subscriptions.csv --as-of 2025-04-30")}
        << QStringLiteral("mrr") << none
        << QStringLiteral("2025-01=1249;2025-02=1249;2025-03=1200;2025-04=1200");
    QTest::newRow("European file: the subscription that ended churns in March")
        << QStringList{QStringLiteral("european_subscriptions.csv --as-of 2025-04-30")}
        << QStringLiteral("churned_customers") << none
        << QStringLiteral("2025-01=0;2025-02=0;2025-03=1;2025-04=0");
    // Chargebee: plan_amount is already 2 x 99.50 = 199.00 a month; 450.00 every 3 months is 150;
    // the trial is no MRR. 199 + 150 = 349, what Chargebee's own mrr column sums to.
    QTest::newRow("Chargebee plan_amount and billing_period")
        << QStringList{QStringLiteral("chargebee_quarterly.csv --as-of 2026-03-31")} << QStringLiteral("mrr")
        << none << QStringLiteral("2026-01=349;2026-02=349;2026-03=349");
    // Stripe statuses: a 100 active, b 2 x 100 past due, c trialing (none), d incomplete_expired
    // (none), e 2,400 a year = 200 canceled on 15 Mar (Jan and Feb), f paused (none), g 300 every
    // 3 months = 100 from its trial end on 15 Feb. Jan 100+200+200, Feb +100, Mar and Apr without e.
    QTest::newRow("Stripe statuses, interval count and trial end")
        << QStringList{QStringLiteral("stripe_statuses.csv --as-of 2026-04-30")} << QStringLiteral("mrr")
        << none << QStringLiteral("2026-01=500;2026-02=600;2026-03=400;2026-04=400");
    QTest::newRow("Stripe statuses, customers")
        << QStringList{QStringLiteral("stripe_statuses.csv --as-of 2026-04-30")}
        << QStringLiteral("customers") << none << QStringLiteral("2026-01=3;2026-02=4;2026-03=3;2026-04=3");
    // quarter, quarterly, 3 months, every 3 months: 300 / 3 = 100 each; semiannual 600 / 6 = 100;
    // biweekly 130 x 52 / 12 / 2 = 281.666...; fortnightly 100 x 52 / 24 = 216.666...
    QTest::newRow("interval words") << QStringList{QStringLiteral("intervals.csv --as-of 2026-01-31")}
                                    << QStringLiteral("mrr") << none
                                    << QStringLiteral("2026-01=998.3333333333");
    // Without ids the second export's end date ends the same subscription (account, start, plan):
    // N1 50 + N2 80 in Jan and Feb, N1 churns in March (ended 10 Mar), nothing doubles.
    QTest::newRow("subscriptions without ids, a later export with an end date")
        << QStringList{QStringLiteral("subscriptions_no_id_1.csv --as-of 2026-02-15"),
                       QStringLiteral("subscriptions_no_id_2.csv --as-of 2026-03-20")}
        << QStringLiteral("mrr") << none << QStringLiteral("2026-01=130;2026-02=130;2026-03=80");
    QTest::newRow("subscriptions without ids, churn")
        << QStringList{QStringLiteral("subscriptions_no_id_1.csv --as-of 2026-02-15"),
                       QStringLiteral("subscriptions_no_id_2.csv --as-of 2026-03-20")}
        << QStringLiteral("churned_customers") << none << QStringLiteral("2026-01=0;2026-02=0;2026-03=1");
    // The second snapshot (5 Mar) triples s1's quantity: 300 from March on; January and February
    // keep what the first snapshot said (100 + 200). s2 ends 20 Apr, after the as-of month.
    QTest::newRow("a later snapshot changes a subscription from its date on")
        << QStringList{QStringLiteral("subscriptions_snapshot_1.csv --as-of 2026-01-31"),
                       QStringLiteral("subscriptions_snapshot_2.csv --as-of 2026-03-05")}
        << QStringLiteral("mrr") << none << QStringLiteral("2026-01=300;2026-02=300;2026-03=500");
    QTest::newRow("a later snapshot is an expansion, not a rewrite")
        << QStringList{QStringLiteral("subscriptions_snapshot_1.csv --as-of 2026-01-31"),
                       QStringLiteral("subscriptions_snapshot_2.csv --as-of 2026-03-05")}
        << QStringLiteral("mrr_expansion") << none << QStringLiteral("2026-01=0;2026-02=0;2026-03=200");
    // Renewals due in June: R1 renewed (10,000 -> 12,000), R2 not (6,000 -> 0), R3 pending (no
    // outcome): 1 of 2 renewed, 12,000 of 16,000 ARR. The pipeline (September, October) has no
    // outcome yet, so no renewal-rate value for its months.
    QTest::newRow("renewal rate counts outcomes only")
        << QStringList{QStringLiteral("renewals_outcomes.csv"), QStringLiteral("renewal_pipeline.csv")}
        << QStringLiteral("renewal_rate") << none << QStringLiteral("2026-06=50");
    QTest::newRow("net renewal rate counts outcomes only")
        << QStringList{QStringLiteral("renewals_outcomes.csv"), QStringLiteral("renewal_pipeline.csv")}
        << QStringLiteral("net_renewal_rate") << none << QStringLiteral("2026-06=75");
    // Zendesk ratings: Good (5), Bad (1), Good (5) solved in March; Offered and Unoffered are no
    // answer. 2 satisfied of 3.
    QTest::newRow("ticket satisfaction feeds CSAT")
        << QStringList{QStringLiteral("zendesk_tickets_satisfaction.csv")} << QStringLiteral("csat") << none
        << QStringLiteral("2026-03=66.6666666667");
}

void TestExportSemantics::kpis()
{
    QFETCH(QStringList, imports);
    QFETCH(QString, kpi);
    QFETCH(QStringList, kpiArgs);
    QFETCH(QString, expected);
    test::TempWorkspace temp;
    for (const QString& step : imports) {
        const auto r = runTenure(importArgs(temp.path(), step));
        QVERIFY2(r.exitCode == 0, qPrintable(step + QLatin1Char('\n') + r.out + r.err));
    }
    const auto r = runTenure(QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(),
                                         QStringLiteral("--kpi"), kpi} +
                             kpiArgs);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QMap<QString, QString> got;
    for (const QString& line : r.out.trimmed().split(QLatin1Char('\n')).mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        QCOMPARE(cells.value(2), QStringLiteral("all"));
        got.insert(cells.value(1), cells.value(3).isEmpty() ? QStringLiteral("-") : cells.value(3));
    }
    const QMap<QString, QString> want = expectedValues(expected);
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const double a = got.value(it.key()).toDouble(), b = it.value().toDouble();
        QVERIFY2(std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)),
                 qPrintable(QStringLiteral("%1 %2: got %3, expected %4")
                                .arg(kpi, it.key(), got.value(it.key()), it.value())));
    }
}

void TestExportSemantics::importSummarySaysHowTheFileWasRead()
{
    test::TempWorkspace temp;
    const auto units = runTenure(importArgs(temp.path(), QStringLiteral("yearly_subscription.csv")));
    QCOMPARE(units.exitCode, 0);
    QVERIFY2(units.out.contains(QLatin1String("'amount' read as currency units, not cents")),
             qPrintable(units.out));

    test::TempWorkspace european;
    const auto eu = runTenure(importArgs(european.path(), QStringLiteral("european_subscriptions.csv")));
    QCOMPARE(eu.exitCode, 0);
    QVERIFY2(eu.out.contains(QLatin1String("file convention European")), qPrintable(eu.out));
    QVERIFY(eu.out.contains(QLatin1String("'start_date': dates read as d/m/Y")));
    QVERIFY(eu.out.contains(QLatin1String("'amount': decimal mark comma")));
    QVERIFY(eu.out.contains(QLatin1String("2 imported, 0 rejected")));
}

void TestExportSemantics::reportFootersAreDropped()
{
    test::TempWorkspace temp;
    const auto r = runTenure(importArgs(temp.path(), QStringLiteral("salesforce_accounts_report.csv")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("accounts batch 1: 3 rows read, 3 imported, 0 rejected")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("title block")));
    QVERIFY(r.out.contains(QLatin1String("report footer \"Grand Totals (3 records)\"")));
    QVERIFY(r.out.contains(QLatin1String("Confidential Information")));
    // inspect shows the same: three rows, none of them a footer.
    const auto inspect =
        runTenure({QStringLiteral("inspect"), sample(QStringLiteral("salesforce_accounts_report.csv")),
                   QStringLiteral("--rows"), QStringLiteral("all"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    QCOMPARE(inspect.exitCode, 0);
    QVERIFY(inspect.out.contains(QLatin1String("\"kind\": \"accounts\"")));
    QCOMPARE(inspect.out.count(QLatin1String("\"Account ID\":")), 3);
    QVERIFY(!inspect.out.contains(QLatin1String("\"Account ID\": \"Grand Totals")));

    test::TempWorkspace totals;
    const auto t = runTenure(importArgs(totals.path(), QStringLiteral("revenue_with_total_row.csv")));
    QCOMPARE(t.exitCode, 0);
    QVERIFY2(t.out.contains(QLatin1String("4 rows read, 4 imported, 0 rejected")), qPrintable(t.out));
    QVERIFY(t.out.contains(QLatin1String("line 6: report footer \"Total 700.00\"")));
}

void TestExportSemantics::dealsNotWonAreSkippedAndCounted()
{
    test::TempWorkspace temp;
    const auto r = runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), temp.path(),
                              test::dataFile(QStringLiteral("exports/hubspot_deals.csv"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 QLatin1String("4 rows read, 2 imported, 0 rejected, 2 skipped (2 deals not closed-won)")),
             qPrintable(r.out));
    // 120,000 + 45,000.50 closed-won in March and April; the lost deal and the open one are not bookings.
    const auto kpi = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(),
                                QStringLiteral("--kpi"), QStringLiteral("average_order_value")});
    QVERIFY(kpi.out.contains(QLatin1String("average_order_value,2024-03,all,120000,120000,1,")));
    QVERIFY(kpi.out.contains(QLatin1String("average_order_value,2024-04,all,45000.5,45000.5,1,")));
    QVERIFY2(!kpi.out.contains(QLatin1String("2024-05")), qPrintable(kpi.out));
}

void TestExportSemantics::otherCurrenciesAreRejected()
{
    test::TempWorkspace temp;
    const auto r = runTenure(importArgs(temp.path(), QStringLiteral("orders_currencies.csv")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("4 rows read, 2 imported, 2 rejected")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("1 row(s) in EUR rejected: no exchange rate from EUR to USD")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("1 row(s) in JPY rejected")));
    QVERIFY2(
        r.err.contains(QLatin1String("column 'currency' value 'EUR': no exchange rate from EUR to USD on or "
                                     "before 2026-03-05")),
        qPrintable(r.err));
    // 100.00 + 50.00 in USD over two orders; the euro and yen amounts are never added in.
    const auto kpi = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(),
                                QStringLiteral("--kpi"), QStringLiteral("average_order_value")});
    QVERIFY2(kpi.out.contains(QLatin1String("average_order_value,2026-03,all,75,150,2,")),
             qPrintable(kpi.out));

    // With rates (into USD, of 2026-03-01) the same file imports whole: 100 + 250 EUR x 1.10 (275) +
    // 50 + 25,000 JPY x 0.0070 (175) = 600 over 4 orders.
    const QString rates = test::writeFile(temp.dir() + QStringLiteral("/rates.csv"),
                                          "date,currency,rate\n2026-03-01,EUR,1.10\n2026-03-01,JPY,0.0070\n");
    const auto ratesImport =
        runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), temp.path(), rates});
    QVERIFY2(ratesImport.exitCode == 0 && ratesImport.out.contains(QLatin1String("fx_rates")),
             qPrintable(ratesImport.out + ratesImport.err));
    const auto again =
        runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), temp.path(),
                   QStringLiteral("--force"), sample(QStringLiteral("orders_currencies.csv"))});
    QVERIFY2(again.out.contains(QLatin1String("4 rows read, 4 imported, 0 rejected")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("1 row(s) in EUR, converted to USD")), qPrintable(again.out));
    const auto converted = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(),
                                      QStringLiteral("--kpi"), QStringLiteral("average_order_value")});
    QVERIFY2(converted.out.contains(QLatin1String("average_order_value,2026-03,all,150,600,4,")),
             qPrintable(converted.out));

    // No rate into GBP: refused, named; EUR: everything converted (USD / 1.10, JPY x 0.0070 / 1.10):
    // 90.91 + 250 + 45.45 + 159.09 = 545.45 over 4 = 136.3625.
    const auto gbp = runTenure(
        {QStringLiteral("currency"), QStringLiteral("--workspace"), temp.path(), QStringLiteral("GBP")});
    QVERIFY(gbp.exitCode != 0);
    QVERIFY2(gbp.err.contains(QLatin1String("no rate from")), qPrintable(gbp.err));
    const auto eur = runTenure(
        {QStringLiteral("currency"), QStringLiteral("--workspace"), temp.path(), QStringLiteral("EUR")});
    QVERIFY2(eur.exitCode == 0 && eur.out.contains(QLatin1String("currency EUR")),
             qPrintable(eur.out + eur.err));
    const auto inEuro = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(),
                                   QStringLiteral("--kpi"), QStringLiteral("average_order_value")});
    QVERIFY2(inEuro.out.contains(QLatin1String("average_order_value,2026-03,all,136.3625,545.45,4,")),
             qPrintable(inEuro.out));
}

void TestExportSemantics::firstFileSetsTheWorkspaceCurrency()
{
    test::TempWorkspace temp;
    const QString file = test::writeFile(temp.dir() + QStringLiteral("/eur.csv"),
                                         "order_id,account_id,ordered_at,amount,currency\n"
                                         "e1,A1,2026-03-02,100.00,EUR\ne2,A2,2026-03-05,300.00,eur\n");
    const auto r = runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), temp.path(), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("workspace currency set to EUR")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("2 imported, 0 rejected")));
    // A later USD file is rejected row by row: the workspace is in euros now.
    const QString usd =
        test::writeFile(temp.dir() + QStringLiteral("/usd.csv"),
                        "order_id,account_id,ordered_at,amount,currency\nu1,A1,2026-04-02,10,USD\n");
    const auto second =
        runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), temp.path(), usd});
    QVERIFY2(second.out.contains(QLatin1String("1 rows read, 0 imported, 1 rejected")),
             qPrintable(second.out));
}

void TestExportSemantics::asOfIsShownAndChecked()
{
    test::TempWorkspace temp;
    QCOMPARE(runTenure(importArgs(temp.path(), QStringLiteral("yearly_subscription.csv --as-of 2026-04-02")))
                 .exitCode,
             0);
    const auto table =
        runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(), QStringLiteral("--kpi"),
                   QStringLiteral("mrr"), QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY2(table.out.contains(QLatin1String("as of 2026-04 (data)")), qPrintable(table.out));
    for (const QString& bad : {QStringLiteral("2026-13"), QStringLiteral("soon")}) {
        const auto r = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), temp.path(),
                                  QStringLiteral("--as-of"), bad});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("--as-of")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
    const auto badImport =
        runTenure(importArgs(temp.path(), QStringLiteral("yearly_subscription.csv --as-of 2026-02-30")));
    QVERIFY(badImport.exitCode != 0);
    QVERIFY(badImport.err.contains(QLatin1String("is not a date")));
}

void TestExportSemantics::inspectShowsDecisionsAndCentsSwitch()
{
    const QString file = sample(QStringLiteral("yearly_subscription.csv"));
    const auto plain =
        runTenure({QStringLiteral("inspect"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains(QLatin1String("\"read: 'amount' read as currency units, not cents")));
    const auto cents = runTenure({QStringLiteral("inspect"), file, QStringLiteral("--cents")});
    QCOMPARE(cents.exitCode, 0);
    QVERIFY2(cents.out.contains(QLatin1String("money (in cents)")), qPrintable(cents.out));
    QVERIFY(cents.out.contains(QLatin1String("'amount' read as cents (as you said)")));
}

// The at-risk list shows each account's next renewal: due after the month, or without an outcome.
void TestExportSemantics::upcomingRenewalsForTheAtRiskList()
{
    test::TempWorkspace temp;
    for (const QString& file :
         {QStringLiteral("renewals_outcomes.csv"), QStringLiteral("renewal_pipeline.csv")})
        QCOMPARE(runTenure(importArgs(temp.path(), file)).exitCode, 0);
    KpiEngine engine(temp.workspace());
    const QHash<QString, UpcomingRenewal> next = engine.upcomingRenewals(monthIndex(2026, 6));
    QCOMPARE(next.size(), 3);
    // R1 renewed in June (not upcoming); its pipeline renewal on 30 Sep is next.
    QCOMPARE(next.value(QStringLiteral("R1")).due, QDate(2026, 9, 30));
    QCOMPARE(next.value(QStringLiteral("R1")).arr, 12000.0);
    QVERIFY(next.value(QStringLiteral("R1")).pending);
    QCOMPARE(next.value(QStringLiteral("R2")).due, QDate(2026, 10, 15));
    // R3 was due in June and has no outcome yet: still upcoming.
    QCOMPARE(next.value(QStringLiteral("R3")).due, QDate(2026, 6, 20));
    QCOMPARE(next.value(QStringLiteral("R3")).arr, 3000.0);
    // health takes --as-of like kpi and report.
    const auto bad = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), temp.path(),
                                QStringLiteral("--as-of"), QStringLiteral("soon")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.err.contains(QLatin1String("health: --as-of 'soon'")));
}

QTEST_GUILESS_MAIN(TestExportSemantics)
#include "tst_export_semantics.moc"
