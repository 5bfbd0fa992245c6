// What the values of real exports mean (issues 10 and 16): billing intervals, subscription
// statuses, deal stages, ticket ratings, currency codes, and RowConverter's row rules built on them.

#include "TestSupport.h"
#include "import/ColumnMapper.h"
#include "import/CsvReader.h"
#include "import/RowConverter.h"

#include <QtTest>

using namespace tenure;

class TestRowConverter : public QObject
{
    Q_OBJECT

private slots:
    void cellTextReusesOnlyItsOwnBuffer_data();
    void cellTextReusesOnlyItsOwnBuffer();
    void intervals_data();
    void intervals();
    void statuses_data();
    void statuses();
    void stages_data();
    void stages();
    void satisfaction_data();
    void satisfaction();
    void currencies_data();
    void currencies();
    void subscriptionRows_data();
    void subscriptionRows();
};

void TestRowConverter::intervals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit"); // empty: refused
    QTest::addColumn<int>("count");
    auto ok = [](const char* text, const char* unit, int count) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(unit) << count;
    };
    ok("month", "month", 1);
    ok("Monthly", "month", 1);
    ok("months", "month", 1);
    ok("year", "year", 1);
    ok("annually", "year", 1);
    ok("week", "week", 1);
    ok("day", "day", 1);
    ok("quarter", "month", 3);
    ok("quarterly", "month", 3);
    ok("Quarterly", "month", 3);
    ok("3 months", "month", 3);
    ok("every 3 months", "month", 3);
    ok("every-3-months", "month", 3);
    ok("6 months", "month", 6);
    ok("semiannual", "month", 6);
    ok("semi-annually", "month", 6);
    ok("biweekly", "week", 2);
    ok("bi-weekly", "week", 2);
    ok("fortnightly", "week", 2);
    ok("2 weeks", "week", 2);
    ok("every 2 years", "year", 2);
    ok("P3M", "month", 3);
    ok("P1Y", "year", 1);
    ok("P2W", "week", 2);
    ok("every quarter", "month", 3);
    QTest::newRow("refused: lunar") << QStringLiteral("lunar") << QString() << 0;
    QTest::newRow("refused: 0 months") << QStringLiteral("0 months") << QString() << 0;
    QTest::newRow("refused: empty") << QString() << QString() << 0;
}

void TestRowConverter::intervals()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    QFETCH(int, count);
    const auto parsed = parseBillingInterval(text);
    if (unit.isEmpty()) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->first, unit);
    QCOMPARE(parsed->second, count);
}

void TestRowConverter::statuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("mrr");
    auto row = [](const char* text, const char* normalised, bool mrr) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(normalised) << mrr;
    };
    row("active", "active", true);
    row("past_due", "active", true);
    row("unpaid", "active", true);
    row("non_renewing", "active", true); // Chargebee: active until the term ends
    row("canceled", "canceled", true);   // MRR until its end date
    row("Cancelled", "canceled", true);
    row("trialing", "trialing", false);
    row("in_trial", "trialing", false);
    row("incomplete", "incomplete", false);
    row("incomplete_expired", "incomplete", false);
    row("paused", "paused", false);
    row("future", "future", false);
    row("whatever", "", true); // unknown: the row is rejected, never guessed
}

void TestRowConverter::statuses()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(bool, mrr);
    QCOMPARE(normaliseSubscriptionStatus(text), normalised);
    QCOMPARE(statusIsMrr(normalised), mrr);
}

void TestRowConverter::stages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("won");
    QTest::newRow("Closed Won") << QStringLiteral("Closed Won") << true;
    QTest::newRow("closedwon (HubSpot id)") << QStringLiteral("closedwon") << true;
    QTest::newRow("Won") << QStringLiteral("Won") << true;
    QTest::newRow("true (Salesforce IsWon)") << QStringLiteral("true") << true;
    QTest::newRow("Closed Lost") << QStringLiteral("Closed Lost") << false;
    QTest::newRow("closedlost") << QStringLiteral("closedlost") << false;
    QTest::newRow("Negotiation/Review") << QStringLiteral("Negotiation/Review") << false;
    QTest::newRow("appointmentscheduled") << QStringLiteral("appointmentscheduled") << false;
    QTest::newRow("false") << QStringLiteral("false") << false;
}

void TestRowConverter::stages()
{
    QFETCH(QString, text);
    QFETCH(bool, won);
    QCOMPARE(stageIsWon(text), won);
}

void TestRowConverter::satisfaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("score"); // -1: no rating
    QTest::newRow("Good") << QStringLiteral("Good") << 5.0;
    QTest::newRow("bad") << QStringLiteral("bad") << 1.0;
    QTest::newRow("4") << QStringLiteral("4") << 4.0;
    QTest::newRow("1") << QStringLiteral("1") << 1.0;
    QTest::newRow("Offered") << QStringLiteral("Offered") << -1.0;
    QTest::newRow("Unoffered") << QStringLiteral("Unoffered") << -1.0;
    QTest::newRow("Not Offered") << QStringLiteral("Not Offered") << -1.0;
    QTest::newRow("7 is no 1-5 rating") << QStringLiteral("7") << -1.0;
    QTest::newRow("2.5 is no rating") << QStringLiteral("2.5") << -1.0;
}

void TestRowConverter::satisfaction()
{
    QFETCH(QString, text);
    QFETCH(double, score);
    const auto parsed = parseSatisfaction(text);
    if (score < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, score);
    }
}

void TestRowConverter::currencies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("USD") << QStringLiteral("USD") << QStringLiteral("USD");
    QTest::newRow("eur") << QStringLiteral(" eur ") << QStringLiteral("EUR");
    QTest::newRow("$") << QStringLiteral("$") << QStringLiteral("USD");
    QTest::newRow("euro sign") << QStringLiteral("\u20ac") << QStringLiteral("EUR");
    QTest::newRow("yen sign") << QStringLiteral("\u00a5") << QStringLiteral("JPY");
    QTest::newRow("not a code") << QStringLiteral("dollars") << QString();
}

void TestRowConverter::currencies()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(normaliseCurrency(text), code);
}

// One subscription row through the converter: the amount stored is per interval for all units,
// the interval is a unit and a count.
void TestRowConverter::subscriptionRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // amount|interval|count|status, or "reject: <reason part>"
    const QByteArray header =
        "subscription_id,account_id,start_date,end_date,amount,interval,quantity,status\n";
    QTest::newRow("unit price x quantity") << header + "s,A,2026-01-01,,49.00,month,3,active\n"
                                           << QStringLiteral("14700|month|1|active");
    QTest::newRow("quarterly") << header + "s,A,2026-01-01,,300,quarterly,,\n"
                               << QStringLiteral("30000|month|3|");
    QTest::newRow("trial kept, not MRR") << header + "s,A,2026-01-01,,10,month,1,trialing\n"
                                         << QStringLiteral("1000|month|1|trialing");
    QTest::newRow("canceled without an end date") << header + "s,A,2026-01-01,,10,month,1,canceled\n"
                                                  << QStringLiteral("reject: no end date");
    QTest::newRow("unknown status") << header + "s,A,2026-01-01,,10,month,1,zombie\n"
                                    << QStringLiteral("reject: unknown subscription status");
    QTest::newRow("unknown interval") << header + "s,A,2026-01-01,,10,lunar,1,\n"
                                      << QStringLiteral("reject: unknown interval");
    QTest::newRow("Chargebee total and billing period")
        << QByteArray(
               "subscription_id,customer_id,plan_quantity,plan_amount,billing_period,billing_period_unit,"
               "started_at\ns,A,2,198.00,3,month,2026-01-01\n")
        << QStringLiteral("19800|month|3|");
}

void TestRowConverter::subscriptionRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    CsvReader reader;
    QVERIFY(reader.openData(csv));
    const ColumnMapping mapping = ColumnMapper::instance().map(reader.header(), DataKind::Subscriptions);
    QVERIFY2(mapping.isComplete(), qPrintable(mapping.missingRequired().join(QLatin1Char(','))));
    QList<ColumnFormat> formats;
    for (const MappedColumn& column : mapping.columns) {
        ColumnFormat f;
        for (const CanonicalColumn& c : kindInfo(DataKind::Subscriptions).columns)
            if (c.name == column.canonical)
                f.type = c.type;
        f.date = DateFormat::Iso;
        formats << f;
    }
    RowConverter converter(mapping, formats, reader.header());
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    std::vector<Cell> cells;
    ImportReject reject;
    const bool ok = converter.convert(record, cells, &reject);
    if (expected.startsWith(QLatin1String("reject: "))) {
        QVERIFY(!ok);
        QVERIFY2(reject.reason.contains(expected.mid(8)), qPrintable(reject.reason));
        QVERIFY(!reject.skipped);
        return;
    }
    QVERIFY2(ok, qPrintable(reject.describe()));
    auto cell = [&](const char* name) { return cells[size_t(converter.slotOf(QLatin1String(name)))]; };
    const QString got = QStringLiteral("%1|%2|%3|%4")
                            .arg(cell("amount").i)
                            .arg(cell("interval").text())
                            .arg(cell("interval_count").i)
                            .arg(cell("status").text());
    QCOMPARE(got, expected);
}

// The importer recycles cells: a cell writes ASCII text into its own buffer, but never into one it
// shares (a copy kept elsewhere, such as an account key the writer remembered).
void TestRowConverter::cellTextReusesOnlyItsOwnBuffer_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("longer then shorter") << QStringList{QStringLiteral("Starter"), QStringLiteral("Scale"),
                                                        QStringLiteral("Enterprise"), QString()};
    QTest::newRow("non-ASCII in between") << QStringList{QStringLiteral("Zurich"), QStringLiteral("Zürich"),
                                                         QStringLiteral("Köln"), QStringLiteral("Bonn")};
    QTest::newRow("emoji") << QStringList{QStringLiteral("a"), QStringLiteral("🙂 ok"),
                                          QStringLiteral("b")};
}

void TestRowConverter::cellTextReusesOnlyItsOwnBuffer()
{
    QFETCH(QStringList, texts);
    Cell cell;
    QList<QByteArray> kept;
    for (const QString& text : texts) {
        cell.setText(QStringView(text));
        QCOMPARE(cell.type, Cell::Text);
        QCOMPARE(cell.s, text.toUtf8());
        kept << cell.s; // shares the buffer: the next setText must not write into it
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(kept.at(i), texts.at(i).toUtf8());
    // A cell that owns its buffer alone keeps using it.
    Cell own;
    own.setText(QStringView(u"Growth"));
    const char* buffer = own.s.constData();
    own.setText(QStringView(u"Scale"));
    QCOMPARE(own.s, QByteArray("Scale"));
    QCOMPARE(own.s.constData(), buffer);
}

QTEST_GUILESS_MAIN(TestRowConverter)
#include "tst_rowconverter.moc"
