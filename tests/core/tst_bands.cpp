// Benchmark bands (SPEC.md section 3) and targets: defaults with their seed source, user edits,
// band packs, targets per KPI and segment.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/Bands.h"

#include <QtTest>

using namespace tenure;

class TestBands : public QObject
{
    Q_OBJECT

private slots:
    void defaults_data();
    void defaults();
    void everyDefaultHasASource();
    void userEditsPersist();
    void packRoundTrip();
    void badPacksAreRefused_data();
    void badPacksAreRefused();
    void targets();
};

void TestBands::defaults_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("label");
    auto row = [](const char* name, const char* kpi, double value, const char* label) {
        QTest::newRow(name) << QString::fromLatin1(kpi) << value << QString::fromLatin1(label);
    };
    row("nps below 0", "nps", -5, "needs attention");
    row("nps 0", "nps", 0, "acceptable");
    row("nps 45", "nps", 45, "great");
    row("nps 60", "nps", 60, "amazing");
    row("nps 80", "nps", 80, "outstanding");
    row("csat 70", "csat", 70, "below benchmark");
    row("csat 75", "csat", 75, "good (ACSI)");
    row("csat 80", "csat", 80, "above benchmark");
    row("fcr 40 (seed: low)", "fcr_rate", 40, "low");
    row("fcr 80", "fcr_rate", 80, "satisfactory");
    row("fcr 95", "fcr_rate", 95, "high");
    row("churn 2", "churn_rate", 2, "excellent");
    row("churn 4", "churn_rate", 4, "healthy");
    row("churn 6", "churn_rate", 6, "too high");
    row("net mrr churn -1 (seed example)", "net_mrr_churn_rate", -1, "net expansion (good)");
    row("net mrr churn 2", "net_mrr_churn_rate", 2, "losing revenue");
    row("conversion 0.5 (seed example)", "conversion_rate", 0.5, "low");
    row("conversion 3", "conversion_rate", 3, "target range");
    row("conversion 5: no band", "conversion_rate", 5, "");
    row("repeat purchase 27", "repeat_purchase_rate", 27, "e-commerce benchmark");
    row("mrr has no bands", "mrr", 1000, "");
}

void TestBands::defaults()
{
    QFETCH(QString, kpi);
    QFETCH(double, value);
    QFETCH(QString, label);
    test::TempWorkspace temp;
    const Bands bands(temp.workspace());
    const auto match = bands.bandFor(kpi, value);
    QCOMPARE(match ? match->label : QString(), label);
    if (match)
        QVERIFY(match->colour.startsWith(QLatin1Char('#')));
}

void TestBands::everyDefaultHasASource()
{
    const auto all = Bands::defaults();
    QCOMPARE(all.size(), 7);
    for (auto it = all.begin(); it != all.end(); ++it)
        for (const Band& b : it.value())
            QVERIFY2(b.source.startsWith(QLatin1String("seeds/")), qPrintable(it.key()));
}

void TestBands::userEditsPersist()
{
    test::TempWorkspace temp;
    {
        Bands bands(temp.workspace());
        QList<Band> mine{
            {QStringLiteral("bad"), std::nullopt, 20.0, QStringLiteral("#ff0000"), QStringLiteral("ours")},
            {QStringLiteral("good"), 20.0, std::nullopt, QStringLiteral("#00ff00"), QStringLiteral("ours")}};
        QVERIFY(bands.setBands(QStringLiteral("nps"), mine));
        QVERIFY(!bands.setBands(QStringLiteral("no_such_kpi"), mine));
    }
    {
        Bands bands(temp.workspace());
        QVERIFY(bands.isCustomised(QStringLiteral("nps")));
        QCOMPARE(bands.bandsFor(QStringLiteral("nps")).size(), 2);
        QCOMPARE(bands.bandFor(QStringLiteral("nps"), 45)->label, QStringLiteral("good"));
        QCOMPARE(bands.bandFor(QStringLiteral("nps"), 19.9)->label, QStringLiteral("bad"));
        bands.resetBands(QStringLiteral("nps"));
        QVERIFY(!bands.isCustomised(QStringLiteral("nps")));
        QCOMPARE(bands.bandFor(QStringLiteral("nps"), 45)->label, QStringLiteral("great"));
    }
}

void TestBands::packRoundTrip()
{
    test::TempWorkspace first, second;
    Bands a(first.workspace());
    QVERIFY(a.setBands(
        QStringLiteral("ces"),
        {{QStringLiteral("hard"), std::nullopt, 4.0, QStringLiteral("#c62828"), QStringLiteral("team")},
         {QStringLiteral("easy"), 4.0, std::nullopt, QStringLiteral("#2e7d32"), QStringLiteral("team")}}));
    const QByteArray pack = a.exportPack();
    QVERIFY(pack.contains("tenure-bands"));
    Bands b(second.workspace());
    QString error;
    QVERIFY2(b.importPack(pack, &error), qPrintable(error));
    QCOMPARE(b.bandFor(QStringLiteral("ces"), 5)->label, QStringLiteral("easy"));
    QCOMPARE(b.bandsFor(QStringLiteral("nps")).size(), 5);
    QCOMPARE(b.bandsFor(QStringLiteral("ces")).first().source, QStringLiteral("team"));
}

void TestBands::badPacksAreRefused_data()
{
    QTest::addColumn<QByteArray>("pack");
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("no kpis") << QByteArray(R"({"format": "tenure-bands"})");
    QTest::newRow("unknown kpi") << QByteArray(R"({"kpis": {"nope": [{"label": "x"}]}})");
    QTest::newRow("band without label") << QByteArray(R"({"kpis": {"nps": [{"lower": 1}]}})");
    QTest::newRow("lower above upper")
        << QByteArray(R"({"kpis": {"nps": [{"label": "x", "lower": 5, "upper": 1}]}})");
    QTest::newRow("bound not a number")
        << QByteArray(R"({"kpis": {"nps": [{"label": "x", "lower": "five"}]}})");
}

void TestBands::badPacksAreRefused()
{
    QFETCH(QByteArray, pack);
    test::TempWorkspace temp;
    Bands bands(temp.workspace());
    QString error;
    QVERIFY(!bands.importPack(pack, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!bands.isCustomised(QStringLiteral("nps")));
}

void TestBands::targets()
{
    test::TempWorkspace temp;
    {
        Bands bands(temp.workspace());
        QVERIFY(bands.setTarget({QStringLiteral("nps"), {}, {}, 40, QDate(2026, 12, 31)}));
        QVERIFY(
            bands.setTarget({QStringLiteral("nps"), QStringLiteral("plan"), QStringLiteral("pro"), 55, {}}));
        QVERIFY(!bands.setTarget({QStringLiteral("nope"), {}, {}, 1, {}}));
    }
    Bands bands(temp.workspace());
    QCOMPARE(bands.targets().size(), 2);
    QCOMPARE(bands.targetFor(QStringLiteral("nps"))->value, 40.0);
    QCOMPARE(bands.targetFor(QStringLiteral("nps"))->due, QDate(2026, 12, 31));
    QCOMPARE(bands.targetFor(QStringLiteral("nps"), QStringLiteral("plan"), QStringLiteral("pro"))->value,
             55.0);
    QCOMPARE(bands.targetFor(QStringLiteral("nps"), QStringLiteral("plan"), QStringLiteral("basic"))->value,
             40.0);
    QVERIFY(!bands.targetFor(QStringLiteral("csat")));
    QVERIFY(bands.setTarget({QStringLiteral("nps"), {}, {}, 45, {}})); // replaces
    QCOMPARE(bands.targetFor(QStringLiteral("nps"))->value, 45.0);
    bands.removeTarget(QStringLiteral("nps"));
    QCOMPARE(bands.targets().size(), 1);
}

QTEST_GUILESS_MAIN(TestBands)
#include "tst_bands.moc"
