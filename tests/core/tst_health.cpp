// Health score: components, renormalised weights, MRR-weighted global score, bands, at-risk list,
// the stored configuration, and the backtest.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "tst_kpi_fixture.h"

#include <QJsonDocument>
#include <QtTest>

using namespace tenure;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

const AccountHealth* find(const QList<AccountHealth>& list, const QString& key)
{
    for (const AccountHealth& h : list)
        if (h.accountKey == key)
            return &h;
    return nullptr;
}

std::optional<double> component(const AccountHealth& h, const QString& id)
{
    for (const HealthComponent& c : h.components)
        if (c.id == id)
            return c.score;
    return std::nullopt;
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void components();
    void globalScoreAndKpi();
    void atRisk();
    void configIsStoredAndUsed();
    void configJson();
    void backtest();

private:
    std::unique_ptr<test::TempWorkspace> m_temp;
};

// Jan..Jun 2026 (MRR in currency):
//   H1 100 every month, NPS 10 in May                  -> trend 75, nps 100: (75x30 + 100x20) / 50 = 85
//   H2 400 Jan-Apr, 100 May-Jun, NPS 2 in Jun          -> trend 0 (400 -> 100), nps 20: 8 (red)
//   H3 200 Apr-Jun, renewed in May at more ARR         -> only renewal: 100
//   H4 50 Jan-Mar, CSAT 1 in Feb                       -> red in Feb and Mar, churns in Apr
void TestHealth::init()
{
    m_temp = std::make_unique<test::TempWorkspace>();
    test::Company c(m_temp->workspace());
    const qint64 h1 = c.account(QStringLiteral("H1")), h2 = c.account(QStringLiteral("H2"));
    const qint64 h3 = c.account(QStringLiteral("H3")), h4 = c.account(QStringLiteral("H4"));
    for (int m = 1; m <= 6; ++m) {
        c.revenue(h1, 202600 + m, 10000);
        c.revenue(h2, 202600 + m, m <= 4 ? 40000 : 10000);
        if (m >= 4)
            c.revenue(h3, 202600 + m, 20000);
        if (m <= 3)
            c.revenue(h4, 202600 + m, 5000);
    }
    c.survey(h1, QStringLiteral("2026-05-10"), QStringLiteral("nps"), 10);
    c.survey(h2, QStringLiteral("2026-06-10"), QStringLiteral("nps"), 2);
    c.survey(h4, QStringLiteral("2026-02-10"), QStringLiteral("csat"), 1);
    c.renewal(h3, QStringLiteral("2026-05-01"), true, 200000, 240000);
    c.done();
}

void TestHealth::components()
{
    KpiEngine engine(m_temp->workspace());
    const HealthReport r = engine.health();
    QCOMPARE(monthLabel(r.month), QStringLiteral("2026-06"));
    QCOMPARE(r.accounts.size(), 3); // H4 is no longer active
    const AccountHealth* h1 = find(r.accounts, QStringLiteral("H1"));
    QVERIFY(h1);
    QVERIFY(near(*component(*h1, QStringLiteral("mrr_trend")), 75));
    QVERIFY(near(*component(*h1, QStringLiteral("nps")), 100));
    QVERIFY(!component(*h1, QStringLiteral("csat"))); // no data: drops out
    QVERIFY(near(*h1->score, 85));
    QCOMPARE(h1->band, QStringLiteral("green"));
    double weights = 0;
    for (const HealthComponent& c : h1->components)
        weights += c.weight;
    QVERIFY(near(weights, 1));
    const AccountHealth* h2 = find(r.accounts, QStringLiteral("H2"));
    QVERIFY(near(*h2->score, 8));
    QCOMPARE(h2->band, QStringLiteral("red"));
    QCOMPARE(h2->drags, (QStringList{QStringLiteral("mrr_trend"), QStringLiteral("nps")}));
    const AccountHealth* h3 = find(r.accounts, QStringLiteral("H3"));
    QVERIFY(!component(*h3, QStringLiteral("mrr_trend"))); // no MRR 3 months before
    QVERIFY(near(*h3->score, 100));
    // Lowest first.
    QCOMPARE(r.accounts.first().accountKey, QStringLiteral("H2"));
}

void TestHealth::globalScoreAndKpi()
{
    KpiEngine engine(m_temp->workspace());
    const HealthReport r = engine.health();
    const double expected = (85.0 * 100 + 8.0 * 100 + 100.0 * 200) / 400;
    QVERIFY(near(*r.globalScore, expected));
    QCOMPARE(r.bandCounts.value(QStringLiteral("red")), 1);
    QCOMPARE(r.bandCounts.value(QStringLiteral("green")), 2);
    const KpiResult kpi =
        engine.value(QStringLiteral("health_score"), *Period::parse(QStringLiteral("2026-06")));
    QVERIFY(kpi.value);
    QVERIFY(near(*kpi.value, expected));
    QVERIFY(near(*kpi.denominator, 400));
}

void TestHealth::atRisk()
{
    KpiEngine engine(m_temp->workspace());
    const QList<AccountHealth> risk = engine.atRisk();
    QCOMPARE(risk.size(), 1);
    QCOMPARE(risk.first().accountKey, QStringLiteral("H2"));
    QVERIFY(!risk.first().components.first().detail.isEmpty());
    // Red in March: H4 (CSAT 1).
    const QList<AccountHealth> march = engine.atRisk(monthIndex(2026, 3));
    QCOMPARE(march.size(), 1);
    QCOMPARE(march.first().accountKey, QStringLiteral("H4"));
}

void TestHealth::configIsStoredAndUsed()
{
    KpiEngine engine(m_temp->workspace());
    HealthConfig config = HealthConfig::defaults();
    config.weights[QStringLiteral("nps")] = 0; // NPS no longer counts: H1 is its trend alone
    config.amberBelow = 80;
    engine.setHealthConfig(config);
    QVERIFY(m_temp->workspace()
                .setting(QStringLiteral("health_config"))
                .toString()
                .contains(QLatin1String("amber_below")));
    KpiEngine other(m_temp->workspace());
    QCOMPARE(other.healthConfig().amberBelow, 80.0);
    const HealthReport r = other.health();
    const AccountHealth* h1 = find(r.accounts, QStringLiteral("H1"));
    QVERIFY(near(*h1->score, 75));
    QCOMPARE(h1->band, QStringLiteral("amber"));
    // A config passed in overrides the stored one without storing it.
    HealthConfig trial = HealthConfig::defaults();
    QVERIFY(near(*find(other.health(std::nullopt, &trial).accounts, QStringLiteral("H1"))->score, 85));
    QCOMPARE(other.healthConfig().amberBelow, 80.0);
}

void TestHealth::configJson()
{
    HealthConfig c = HealthConfig::defaults();
    c.weights[QStringLiteral("csat")] = 3;
    c.redBelow = 30;
    const HealthConfig back = HealthConfig::fromJson(c.toJson());
    QCOMPARE(back.weights, c.weights);
    QCOMPARE(back.redBelow, 30.0);
    const HealthConfig partial =
        HealthConfig::fromJson(QJsonDocument::fromJson(R"({"weights": {"nps": 5}})").object());
    QCOMPARE(partial.weights.value(QStringLiteral("nps")), 5.0);
    QCOMPARE(partial.weights.value(QStringLiteral("mrr_trend")), 30.0);
    QCOMPARE(partial.amberBelow, 70.0);
    QCOMPARE(c.bandOf(29.9), QStringLiteral("red"));
    QCOMPARE(c.bandOf(69.9), QStringLiteral("amber"));
    QCOMPARE(c.bandOf(70), QStringLiteral("green"));
}

void TestHealth::backtest()
{
    KpiEngine engine(m_temp->workspace());
    const QList<BacktestRow> rows = engine.healthBacktest();
    QCOMPARE(rows.size(), 3 * 3); // Jan, Feb, Mar have 3 later months; 3 bands each
    auto at = [&](const char* month, const char* band) -> const BacktestRow* {
        for (const BacktestRow& r : rows)
            if (monthLabel(r.month) == QLatin1String(month) && r.band == QLatin1String(band))
                return &r;
        return nullptr;
    };
    QCOMPARE(at("2026-02", "red")->accounts, 1);
    QCOMPARE(at("2026-02", "red")->churned, 1);
    QVERIFY(near(*at("2026-02", "red")->churnShare, 100));
    QCOMPARE(at("2026-01", "red")->accounts, 0);
    QVERIFY(!at("2026-01", "red")->churnShare);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
