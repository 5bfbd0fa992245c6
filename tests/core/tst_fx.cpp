// Several currencies: exchange rates (plain and ECB layout), money that keeps its currency, the
// conversion at the month's last rate (MRR) or the day's (orders), rejects without a rate, and a
// change of the workspace currency. Every expected value is worked out by hand in the comments.

#include "Fx.h"
#include "Period.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

ImportResult importFile(Workspace& w, const QString& path, std::optional<DataKind> kind = std::nullopt)
{
    ImportOptions options;
    options.kind = kind;
    return Importer::run(w, path, options);
}

double valueOf(KpiEngine& engine, const QString& kpi, const QString& period)
{
    const KpiResult r = engine.value(kpi, *Period::parse(period));
    return r.value ? *r.value : -1;
}

qint64 scalar(Workspace& w, const QString& sql)
{
    QSqlQuery q(w.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList reasons(const ImportResult& r)
{
    QStringList out;
    for (const ImportReject& reject : r.rejects)
        out << reject.reason;
    return out;
}

// Rates into USD. 2026-01-31 and 2026-02-28 are Saturdays: the rate on or before the month's last
// day is Friday's.
const QByteArray plainRates = "date,currency,rate\n"
                              "2026-01-30,EUR,1.10\n"
                              "2026-02-27,EUR,1.20\n"
                              "2026-03-31,EUR,1.25\n"
                              "2026-01-30,JPY,0.0070\n"
                              "2026-02-27,JPY,0.0065\n";

// A USD workspace with plainRates imported.
bool usdWithRates(Workspace& w, const QTemporaryDir& dir)
{
    QString error;
    return w.setCurrency(QStringLiteral("USD"), &error) &&
           importFile(w, writeFile(dir, QStringLiteral("rates.csv"), plainRates)).ok();
}

} // namespace

class TestFx : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void marks_data();
    void marks();
    void applyRounds_data();
    void applyRounds();
    void crossRates();
    void convertedKpis();
    void missingRatesAreRejects();
    void ecbLayout();
    void changingCurrencyRecomputes();
    void minorUnitsInTheWorkspaceCurrency();
    void ratesFileDoesNotSetTheCurrency();
};

void TestFx::codes_data()
{
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "usd"
                          << "EUR"
                          << "USD";
    QTest::newRow("euro") << "€"
                          << "USD"
                          << "EUR";
    QTest::newRow("dollar, USD workspace") << "$"
                                           << "USD"
                                           << "USD";
    QTest::newRow("dollar, CAD workspace") << "$"
                                           << "CAD"
                                           << "CAD";
    QTest::newRow("dollar, EUR workspace") << "$"
                                           << "EUR"
                                           << "USD";
    QTest::newRow("yen") << "¥"
                         << "USD"
                         << "JPY";
    QTest::newRow("yuan workspace") << "¥"
                                    << "CNY"
                                    << "CNY";
    QTest::newRow("US$") << "US$"
                         << "EUR"
                         << "USD";
    QTest::newRow("C$") << "C$"
                        << "USD"
                        << "CAD";
    QTest::newRow("pound") << "£"
                           << "USD"
                           << "GBP";
    QTest::newRow("renminbi") << "RMB"
                              << "USD"
                              << "CNY";
    QTest::newRow("franc") << "CHF"
                           << "USD"
                           << "CHF";
    QTest::newRow("kr, SEK workspace") << "kr"
                                       << "SEK"
                                       << "SEK";
    QTest::newRow("kr, USD workspace: ambiguous") << "kr"
                                                  << "USD"
                                                  << "";
    QTest::newRow("word") << "total"
                          << "USD"
                          << "";
}

void TestFx::codes()
{
    QFETCH(QString, mark);
    QFETCH(QString, workspace);
    QFETCH(QString, code);
    QCOMPARE(fx::codeOf(mark, workspace), code);
}

void TestFx::marks_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mark");
    QTest::newRow("euro prefix") << "€1.234,56"
                                 << "€";
    QTest::newRow("code prefix") << "USD 12.00"
                                 << "USD";
    QTest::newRow("yen") << "¥25,000,000"
                         << "¥";
    QTest::newRow("suffix") << "12,00 €"
                            << "€";
    QTest::newRow("code suffix") << "12.00 EUR"
                                 << "EUR";
    QTest::newRow("negative") << "-$5"
                              << "$";
    QTest::newRow("brackets") << "(¥25,000)"
                              << "¥";
    QTest::newRow("plain") << "1234.56"
                           << "";
    QTest::newRow("plain negative") << "-12"
                                    << "";
}

void TestFx::marks()
{
    QFETCH(QString, value);
    QFETCH(QString, mark);
    QCOMPARE(fx::markIn(value).toString(), mark);
}

void TestFx::applyRounds_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("expected");
    // 1,000.00 EUR x 1.1 = 1,100.00 USD.
    QTest::newRow("eur to usd") << qint64(100000) << 1.1 << "USD" << qint64(110000);
    // 100.00 USD / 1.1 = 90.9090... EUR: 90.91.
    QTest::newRow("rounded to the cent") << qint64(10000) << 1.0 / 1.1 << "EUR" << qint64(9091);
    // 123.45 USD x 1 in yen: no fraction of a yen, 123.
    QTest::newRow("zero-decimal target") << qint64(12345) << 1.0 << "JPY" << qint64(12300);
    // 10.00 USD x 150.5 = 1,505 JPY exactly.
    QTest::newRow("usd to jpy") << qint64(1000) << 150.5 << "JPY" << qint64(150500);
    // -20.00 EUR x 1.1 = -22.00.
    QTest::newRow("negative") << qint64(-2000) << 1.1 << "USD" << qint64(-2200);
}

void TestFx::applyRounds()
{
    QFETCH(qint64, hundredths);
    QFETCH(double, factor);
    QFETCH(QString, to);
    QFETCH(qint64, expected);
    QCOMPARE(fx::FxRates::apply(hundredths, factor, to), expected);
}

void TestFx::crossRates()
{
    // ECB rates: 1 EUR = 1.08 USD = 162 JPY on 2026-03-31.
    fx::FxRates rates;
    const int day = int(QDate(2026, 3, 31).toJulianDay());
    rates.add({day, QStringLiteral("USD"), QStringLiteral("EUR"), 1.08, true});
    rates.add({day, QStringLiteral("JPY"), QStringLiteral("EUR"), 162.0, true});
    const auto eurUsd = rates.convert(QStringLiteral("EUR"), QStringLiteral("USD"), day);
    QVERIFY(eurUsd);
    QCOMPARE(eurUsd->factor, 1.08);
    // 16,200 JPY = 100 EUR = 108 USD: 1 JPY = 1.08 / 162 USD.
    const auto jpyUsd = rates.convert(QStringLiteral("JPY"), QStringLiteral("USD"), day);
    QVERIFY(jpyUsd);
    QCOMPARE(jpyUsd->base, QStringLiteral("EUR"));
    QCOMPARE(fx::FxRates::apply(1620000, jpyUsd->factor, u"USD"), qint64(10800));
    // USD to EUR (the other way): 108 USD = 100 EUR.
    const auto usdEur = rates.convert(QStringLiteral("USD"), QStringLiteral("EUR"), day);
    QVERIFY(usdEur);
    QCOMPARE(fx::FxRates::apply(10800, usdEur->factor, u"EUR"), qint64(10000));
    // A later day uses the latest rate on or before it; an earlier one has none.
    QVERIFY(rates.convert(QStringLiteral("EUR"), QStringLiteral("USD"), day + 40));
    QVERIFY(!rates.convert(QStringLiteral("EUR"), QStringLiteral("USD"), day - 1));
    QVERIFY(!rates.convert(QStringLiteral("GBP"), QStringLiteral("USD"), day));
}

void TestFx::convertedKpis()
{
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& w = temp.workspace();
    QVERIFY(usdWithRates(w, dir));

    // A in USD, B in EUR (currency column).
    const ImportResult revenue = importFile(w, writeFile(dir, QStringLiteral("revenue.csv"),
                                                         "account_id,month,mrr,currency\n"
                                                         "A,2026-01,100.00,USD\n"
                                                         "A,2026-02,100.00,USD\n"
                                                         "A,2026-03,100.00,USD\n"
                                                         "B,2026-01,1000.00,EUR\n"
                                                         "B,2026-02,1000.00,EUR\n"
                                                         "B,2026-03,1000.00,eur\n"));
    QVERIFY2(revenue.ok() && revenue.rowsImported == 6, qPrintable(revenue.message));
    QVERIFY2(revenue.decisions.join(QLatin1Char('\n'))
                 .contains(QLatin1String("3 row(s) in EUR, converted to USD")),
             qPrintable(revenue.decisions.join(QLatin1Char('\n'))));
    // C in yen, the mark in the value.
    const ImportResult yen = importFile(w, writeFile(dir, QStringLiteral("yen.csv"),
                                                     "account_id,month,mrr\n"
                                                     "C,2026-01,\"¥25,000,000\"\n"
                                                     "C,2026-02,\"¥25,000,000\"\n"
                                                     "C,2026-03,\"¥25,000,000\"\n"));
    QVERIFY2(yen.ok() && yen.rowsImported == 3,
             qPrintable(yen.message + reasons(yen).join(QLatin1Char(';'))));
    // D: a European file, euro mark and decimal comma.
    const ImportResult eu = importFile(w, writeFile(dir, QStringLiteral("eu.csv"),
                                                    "account_id;month;mrr\n"
                                                    "D;2026-03;€1.234,56\n"));
    QVERIFY2(eu.ok() && eu.rowsImported == 1, qPrintable(eu.message + reasons(eu).join(QLatin1Char(';'))));
    // Stored in their own currency, hundredths of a unit: 25,000,000 yen is 2,500,000,000.
    QCOMPARE(scalar(w, QStringLiteral("SELECT mrr FROM revenue r JOIN accounts a ON a.id = r.account_id "
                                      "WHERE a.account_key = 'C' AND month = 202601")),
             qint64(2500000000));
    QCOMPARE(scalar(w, QStringLiteral("SELECT count(*) FROM revenue WHERE currency IS NULL")), qint64(3));

    KpiEngine engine(w);
    // January, rates of 2026-01-30: 100 + 1,000 x 1.10 + 25,000,000 x 0.0070 = 100 + 1,100 + 175,000.
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-01")), 176200.0);
    // February, rates of 2026-02-27: 100 + 1,200 + 162,500.
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-02")), 163800.0);
    // March: EUR of 2026-03-31 (1.25), JPY still of 2026-02-27 (0.0065), the latest on or before:
    // 100 + 1,250 + 162,500 + 1,234.56 x 1.25 (= 1,543.20).
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-03")), 165393.2);

    // Explain says which rates.
    const Explanation e = engine.explain(QStringLiteral("mrr"), *Period::parse(QStringLiteral("2026-03")));
    const QString rates = e.rates.join(QLatin1Char('\n'));
    QVERIFY2(rates.contains(QLatin1String("2026-03-31: 1 EUR = 1.25 USD (rate of 2026-03-31)")),
             qPrintable(rates));
    QVERIFY2(rates.contains(QLatin1String("2026-03-31: 1 JPY = 0.0065 USD (rate of 2026-02-27)")),
             qPrintable(rates));

    // Orders at the rate of their day: 200 EUR on 2026-02-15 (rate of 2026-01-30, 1.10) = 220 USD;
    // 200 EUR on 2026-03-31 (1.25) = 250 USD.
    QVERIFY(importFile(w, writeFile(dir, QStringLiteral("orders.csv"),
                                    "order_id,account_id,ordered_at,amount,currency\n"
                                    "o1,A,2026-02-15,200.00,EUR\n"
                                    "o2,A,2026-03-31,200.00,EUR\n"))
                .ok());
    // Zero-decimal minor units: Stripe writes yen amounts in yen, so amount_in_cents 25000 is
    // 25,000 yen (not 250), at 0.0065 = 162.50 USD.
    const ImportResult stripe =
        importFile(w, writeFile(dir, QStringLiteral("stripe.csv"),
                                "order_id,account_id,ordered_at,amount_in_cents,currency\n"
                                "o3,C,2026-03-10,25000,jpy\n"));
    QVERIFY2(stripe.ok() && stripe.rowsImported == 1, qPrintable(reasons(stripe).join(QLatin1Char(';'))));
    QCOMPARE(scalar(w, QStringLiteral("SELECT amount FROM orders WHERE order_id = 'o3'")), qint64(2500000));
    KpiEngine after(w);
    QCOMPARE(valueOf(after, QStringLiteral("average_order_value"), QStringLiteral("2026-02")), 220.0);
    // March: (250 + 162.50) / 2.
    QCOMPARE(valueOf(after, QStringLiteral("average_order_value"), QStringLiteral("2026-03")), 206.25);
}

void TestFx::missingRatesAreRejects()
{
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& w = temp.workspace();
    QVERIFY(usdWithRates(w, dir));
    const ImportResult r = importFile(w, writeFile(dir, QStringLiteral("revenue.csv"),
                                                   "account_id,month,mrr,currency\n"
                                                   "A,2026-01,100.00,USD\n"
                                                   "B,2026-01,80.00,GBP\n"
                                                   "C,2025-12,500.00,EUR\n"
                                                   "D,2026-01,10.00,XX1\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.rowsImported, qint64(1));
    QCOMPARE(r.rowsRejected, qint64(3));
    const QStringList why = reasons(r);
    QVERIFY2(
        why.contains(QLatin1String("no exchange rate from GBP to USD on or before 2026-01-31 (import the "
                                   "rates as fx_rates first)")),
        qPrintable(why.join(QLatin1Char('\n'))));
    // Before the first EUR rate (2026-01-30) there is none.
    QVERIFY2(
        why.contains(QLatin1String("no exchange rate from EUR to USD on or before 2025-12-31 (import the "
                                   "rates as fx_rates first)")),
        qPrintable(why.join(QLatin1Char('\n'))));
    QVERIFY(why.contains(QLatin1String("not a currency code")));
    QCOMPARE(r.rejects.at(0).column, QStringLiteral("currency"));
    QCOMPARE(r.rejects.at(0).value, QStringLiteral("GBP"));
    QCOMPARE(r.rejects.at(0).row, qint64(2));
    // Never summed unconverted: only A's 100.
    KpiEngine engine(w);
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-01")), 100.0);
}

void TestFx::ecbLayout()
{
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& w = temp.workspace();
    QString error;
    QVERIFY(w.setCurrency(QStringLiteral("USD"), &error));
    // The ECB's eurofxref-hist.csv: units of each currency per 1 EUR, N/A where not quoted, a
    // trailing comma on every line.
    const ImportResult rates = importFile(w, writeFile(dir, QStringLiteral("eurofxref-hist.csv"),
                                                       "Date,USD,JPY,BGN,\n"
                                                       "2026-03-31,1.0800,162.00,1.9558,\n"
                                                       "2026-02-27,1.0500,N/A,1.9558,\n"));
    QCOMPARE(rates.kind, std::optional<DataKind>(DataKind::FxRates));
    QVERIFY2(rates.ok(), qPrintable(rates.message));
    QCOMPARE(rates.rowsImported, qint64(5));
    QCOMPARE(rates.rowsSkipped, qint64(1));
    QCOMPARE(scalar(w, QStringLiteral("SELECT count(*) FROM fx_rates WHERE base = 'EUR' AND per_base = 1")),
             qint64(5));

    const ImportResult revenue = importFile(w, writeFile(dir, QStringLiteral("revenue.csv"),
                                                         "account_id,month,mrr,currency\n"
                                                         "E,2026-02,1000.00,EUR\n"
                                                         "E,2026-03,1000.00,EUR\n"
                                                         "J,2026-02,16200,JPY\n"
                                                         "J,2026-03,16200,JPY\n"));
    // No JPY rate on or before 2026-02-28 (N/A that day).
    QCOMPARE(revenue.rowsImported, qint64(3));
    QVERIFY2(
        reasons(revenue).contains(QLatin1String("no exchange rate from JPY to USD on or before 2026-02-28 "
                                                "(import the rates as fx_rates first)")),
        qPrintable(reasons(revenue).join(QLatin1Char('\n'))));
    KpiEngine engine(w);
    // February: 1,000 EUR x 1.05. March: 1,000 x 1.08 + 16,200 JPY (= 100 EUR) x 1.08 = 1,080 + 108.
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-02")), 1050.0);
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-03")), 1188.0);
}

void TestFx::changingCurrencyRecomputes()
{
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& w = temp.workspace();
    QString error;
    QVERIFY(usdWithRates(w, dir));
    QVERIFY(importFile(w, writeFile(dir, QStringLiteral("revenue.csv"),
                                    "account_id,month,mrr,currency\n"
                                    "A,2026-01,100.00,USD\n"
                                    "A,2026-02,100.00,USD\n"
                                    "B,2026-01,1000.00,EUR\n"
                                    "B,2026-02,1000.00,EUR\n"
                                    "C,2026-01,25000000,JPY\n"
                                    "C,2026-02,25000000,JPY\n"))
                .ok());
    {
        KpiEngine engine(w);
        QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-02")), 163800.0);
    }
    // No rate into GBP: refused, nothing changes.
    QVERIFY(!w.setCurrency(QStringLiteral("GBP"), &error));
    QVERIFY2(error.contains(QLatin1String("no rate from")) && error.contains(QLatin1String("GBP")),
             qPrintable(error));
    QCOMPARE(w.currency(), QStringLiteral("USD"));

    const qint64 version = w.dataVersion();
    QVERIFY2(w.setCurrency(QStringLiteral("EUR"), &error), qPrintable(error));
    QCOMPARE(w.currency(), QStringLiteral("EUR"));
    QCOMPARE(w.homeCurrency(), QStringLiteral("USD")); // the rows without a code stay dollars
    QVERIFY(w.dataVersion() != version);
    KpiEngine engine(w);
    // January in EUR (through USD, rates of 2026-01-30): A 100 / 1.10 = 90.91; B 1,000;
    // C 25,000,000 x 0.0070 / 1.10 = 159,090.909... = 159,090.91. Sum 160,181.82.
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-01")), 160181.82);
    // February (2026-02-27): A 100 / 1.20 = 83.33; B 1,000; C 25,000,000 x 0.0065 / 1.20 =
    // 135,416.666... = 135,416.67. Sum 136,500.
    QCOMPARE(valueOf(engine, QStringLiteral("mrr"), QStringLiteral("2026-02")), 136500.0);
}

void TestFx::minorUnitsInTheWorkspaceCurrency()
{
    // A yen workspace and Stripe's minor units: 25000 is ¥25,000 (2,500,000 hundredths), whether
    // the row says JPY or nothing; in a dinar workspace 12340 fils are 12.340 KWD (1,234 hundredths).
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& w = temp.workspace();
    QString error;
    QVERIFY(w.setCurrency(QStringLiteral("JPY"), &error));
    const ImportResult r = importFile(w, writeFile(dir, QStringLiteral("stripe.csv"),
                                                   "order_id,account_id,ordered_at,amount_in_cents,currency\n"
                                                   "o1,A,2026-03-10,25000,jpy\n"
                                                   "o2,A,2026-03-11,25000,\n"));
    QVERIFY2(r.ok() && r.rowsImported == 2, qPrintable(reasons(r).join(QLatin1Char(';'))));
    QCOMPARE(scalar(w, QStringLiteral("SELECT amount FROM orders WHERE order_id = 'o1'")), qint64(2500000));
    QCOMPARE(scalar(w, QStringLiteral("SELECT amount FROM orders WHERE order_id = 'o2'")), qint64(2500000));
    KpiEngine engine(w);
    QCOMPARE(valueOf(engine, QStringLiteral("average_order_value"), QStringLiteral("2026-03")), 25000.0);

    test::TempWorkspace dinars;
    QVERIFY(dinars.workspace().setCurrency(QStringLiteral("KWD"), &error));
    QVERIFY(importFile(dinars.workspace(), writeFile(dir, QStringLiteral("kwd.csv"),
                                                     "order_id,account_id,ordered_at,amount_in_cents\n"
                                                     "k1,A,2026-03-10,12340\n"))
                .ok());
    QCOMPARE(scalar(dinars.workspace(), QStringLiteral("SELECT amount FROM orders")), qint64(1234));
    QCOMPARE(fx::decimals(u"KWD"), 3);
}

void TestFx::ratesFileDoesNotSetTheCurrency()
{
    // A new workspace takes the currency of its first file with money in one currency, never the
    // currency of a rates file: the rates go into the default USD, and the dollar revenue needs none.
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& w = temp.workspace();
    const ImportResult rates = importFile(
        w, writeFile(dir, QStringLiteral("rates.csv"), "date,currency,rate\n2026-03-31,EUR,1.0823\n"));
    QVERIFY2(rates.ok() && rates.rowsImported == 1, qPrintable(reasons(rates).join(QLatin1Char(';'))));
    QVERIFY(!w.setting(QStringLiteral("currency")).isValid());
    QCOMPARE(w.currency(), QStringLiteral("USD"));
    QCOMPARE(scalar(w, QStringLiteral("SELECT count(*) FROM fx_rates WHERE base = 'USD'")), qint64(1));
}

QTEST_GUILESS_MAIN(TestFx)
#include "tst_fx.moc"
