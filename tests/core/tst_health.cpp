// Health score: components, renormalised weights, MRR-weighted global score, bands, at-risk list,
// the stored configuration, and the backtest.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/HealthLab.h"
#include "kpi/KpiEngine.h"
#include "tst_health_fixture.h"
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
    void parseConfig_data();
    void parseConfig();
    void configProblemInWorkspace();
    void liftAndAuc();
    void customComponent();
    void accountStory();

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

void TestHealth::parseConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("empty object: the defaults") << QByteArray("{}") << QString();
    QTest::newRow("every key")
        << QByteArray(R"({"weights": {"nps": 5, "attr:seats": 2}, "off": ["csat"], "custom": [{"attribute":
            "seats", "direction": "lower_is_better", "low": 0, "high": 50}], "red_below": 30, "amber_below": 60})")
        << QString();
    QTest::newRow("unknown component") << QByteArray(R"({"weights": {"happiness": 1}})")
                                       << QStringLiteral("unknown component \"happiness\"");
    QTest::newRow("weight of an undeclared custom component")
        << QByteArray(R"({"weights": {"attr:seats": 1}})")
        << QStringLiteral("unknown component \"attr:seats\"");
    QTest::newRow("negative weight") << QByteArray(R"({"weights": {"nps": -1}})")
                                     << QStringLiteral("weight of nps is negative (-1)");
    QTest::newRow("weight not a number")
        << QByteArray(R"({"weights": {"nps": "high"}})") << QStringLiteral("weight of nps is not a number");
    QTest::newRow("all weights zero")
        << QByteArray(R"({"weights": {"mrr_trend": 0, "nps": 0, "csat": 0, "tickets": 0, "activation": 0,
            "renewal": 0}})")
        << QStringLiteral("all weights are zero");
    QTest::newRow("every component off")
        << QByteArray(R"({"off": ["mrr_trend", "nps", "csat", "tickets", "activation", "renewal"]})")
        << QStringLiteral("all weights are zero");
    QTest::newRow("cut-offs out of order")
        << QByteArray(R"({"red_below": 80, "amber_below": 70})")
        << QStringLiteral("cut-offs out of order: red_below 80 is above amber_below 70");
    QTest::newRow("cut-off below 0") << QByteArray(R"({"red_below": -5})")
                                     << QStringLiteral("cut-offs must be between 0 and 100");
    QTest::newRow("unknown key") << QByteArray(R"({"colour": "red"})")
                                 << QStringLiteral("unknown key \"colour\"");
    QTest::newRow("unknown off") << QByteArray(R"({"off": ["speed"]})")
                                 << QStringLiteral("unknown component \"speed\" in off");
    QTest::newRow("custom scale upside down")
        << QByteArray(R"({"custom": [{"attribute": "seats", "low": 10, "high": 5}]})")
        << QStringLiteral("custom component seats: low 10 must be below high 5");
    QTest::newRow("custom direction")
        << QByteArray(R"({"custom": [{"attribute": "seats", "direction": "up", "low": 0,
            "high": 1}]})")
        << QStringLiteral("direction \"up\"");
    QTest::newRow("custom twice") << QByteArray(R"({"custom": [{"attribute": "seats", "low": 0, "high": 1},
            {"attribute": "seats", "low": 0, "high": 2}]})")
                                  << QStringLiteral("listed twice");
}

void TestHealth::parseConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    const auto config = HealthConfig::parse(QJsonDocument::fromJson(json).object(), &why);
    if (!error.isEmpty()) {
        QVERIFY(!config);
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY(!why.contains(QLatin1Char('\n')));
        return;
    }
    QVERIFY2(config, qPrintable(why));
    QCOMPARE(config->problem(), QString());
    // What it reads is what it writes.
    QCOMPARE(HealthConfig::fromJson(config->toJson()), *config);
    QCOMPARE(*HealthConfig::parse(config->toJson(), &why), *config);
    if (json.contains("seats")) {
        QCOMPARE(config->weights.value(QStringLiteral("nps")), 5.0);
        QCOMPARE(config->weights.value(QStringLiteral("mrr_trend")), 30.0); // missing: the default
        QCOMPARE(config->off, QStringList{QStringLiteral("csat")});
        QCOMPARE(config->effectiveWeight(QStringLiteral("csat")), 0.0);
        QCOMPARE(config->custom.size(), 1);
        QVERIFY(!config->custom.first().higherIsBetter);
        QCOMPARE(config->custom.first().high, 50.0);
        QCOMPARE(config->components().last(), QStringLiteral("attr:seats"));
        QCOMPARE(config->redBelow, 30.0);
    } else {
        QCOMPARE(*config, HealthConfig::defaults());
    }
}

void TestHealth::configProblemInWorkspace()
{
    KpiEngine engine(m_temp->workspace());
    HealthConfig c = HealthConfig::defaults();
    QCOMPARE(engine.healthConfigProblem(c), QString());
    c.custom << HealthCustomComponent{QStringLiteral("seats"), true, 0, 10};
    QCOMPARE(engine.healthConfigProblem(c),
             QStringLiteral(
                 "unknown component \"attr:seats\": the workspace has no custom account attribute seats"));
    c.custom.clear();
    c.weights[QStringLiteral("nps")] = -2;
    QCOMPARE(engine.healthConfigProblem(c), QStringLiteral("weight of nps is negative (-2)"));
}

void TestHealth::liftAndAuc()
{
    test::TempWorkspace temp;
    test::makeBacktestCompany(temp.workspace());
    KpiEngine engine(temp.workspace());
    const BacktestSummary s = engine.healthBacktestSummary(nullptr, QStringLiteral("plan"));
    QCOMPARE(s.rows.size(), 9);
    QCOMPARE(s.groups.size(), 3); // all, basic, pro
    const BacktestGroup& all = s.groups.at(0);
    QCOMPARE(all.segment, QStringLiteral("all"));
    QCOMPARE(all.observations, 14);
    QCOMPARE(all.churned, 4);
    QCOMPARE(all.red, 5);
    QCOMPARE(all.redChurned, 2);
    QCOMPARE(all.green, 6);
    QCOMPARE(all.greenChurned, 2);
    QVERIFY(near(*all.lift, 1.2));
    QVERIFY(near(*all.auc, 0.375));
    const BacktestGroup& basic = s.groups.at(1);
    QCOMPARE(basic.segment, QStringLiteral("basic"));
    QCOMPARE(basic.observations, 5);
    QVERIFY(!basic.lift); // no green account-month
    QVERIFY(near(*basic.auc, 0));
    const BacktestGroup& pro = s.groups.at(2);
    QCOMPARE(pro.observations, 9);
    QVERIFY(!pro.lift); // no red account-month
    QVERIFY(near(*pro.auc, 1.0 / 14));
    // The editor's lab answers the same.
    const std::unique_ptr<HealthLab> lab = engine.healthLab(QStringLiteral("plan"));
    const BacktestSummary l = lab->backtest(HealthConfig::defaults());
    QCOMPARE(l.groups.size(), 3);
    QVERIFY(near(*l.groups.at(0).auc, 0.375));
    QVERIFY(near(*l.groups.at(0).lift, 1.2));
    // Red below 20: B (25) is amber, red churns 0 of 3: lift 0.
    HealthConfig c = HealthConfig::defaults();
    c.redBelow = 20;
    QVERIFY(near(*lab->backtest(c).groups.at(0).lift, 0));
    // Without churners or without non-churners there is no AUC: CSAT off leaves nothing scored.
    c = HealthConfig::defaults();
    c.off << QStringLiteral("csat");
    QCOMPARE(lab->backtest(c).groups.at(0).observations, 0);
    QVERIFY(!lab->backtest(c).groups.at(0).auc);
    // June under the defaults: A 62.5 amber, C 76.25 green, E 75 green; amber below 76 moves E.
    c = HealthConfig::defaults();
    c.amberBelow = 76;
    const HealthLab::BandChanges changes = lab->bandChanges(HealthConfig::defaults(), c);
    QCOMPARE(changes.active, 3);
    QCOMPARE(changes.changed, 1);
    QCOMPARE(changes.into.value(QStringLiteral("amber")), 1);
}

void TestHealth::customComponent()
{
    test::TempWorkspace temp;
    test::makeBacktestCompany(temp.workspace());
    KpiEngine engine(temp.workspace());
    QCOMPARE(engine.numericAttributes(), QStringList{QStringLiteral("seats")});
    // CSAT and seats (0 -> 0, 100 -> 100) at weight 1 each, nothing else.
    HealthConfig c;
    c.weights = {{QStringLiteral("csat"), 1}, {QStringLiteral("attr:seats"), 1}};
    c.custom << HealthCustomComponent{QStringLiteral("seats"), true, 0, 100};
    QCOMPARE(engine.healthConfigProblem(c), QString());
    const HealthReport r = engine.health(monthIndex(2026, 2), &c);
    auto score = [&](const char* key) { return find(r.accounts, QLatin1String(key))->score; };
    QVERIFY(near(*score("A"), (0 + 50) / 2.0));
    QVERIFY(near(*score("B"), (25 + 100) / 2.0)); // 200 seats: clamped at 100
    QVERIFY(near(*score("C"), (75 + 10) / 2.0));
    QVERIFY(near(*score("D"), 100)); // "many" is not a number: seats drops out
    QVERIFY(near(*score("E"), 50));  // no seats
    const AccountHealth* a = find(r.accounts, QStringLiteral("A"));
    QCOMPARE(a->components.last().id, QStringLiteral("attr:seats"));
    QVERIFY(near(a->components.last().weight, 0.5));
    QVERIFY(a->components.last().detail.contains(QLatin1String("seats = 50")));
    // Lower is better from 0 to 200: A 50 seats -> 75.
    c.custom.first() = HealthCustomComponent{QStringLiteral("seats"), false, 0, 200};
    QVERIFY(near(*find(engine.health(monthIndex(2026, 2), &c).accounts, QStringLiteral("A"))->score,
                 (0 + 75) / 2.0));
    // Switched off, it keeps its weight and counts for nothing.
    c.off << QStringLiteral("attr:seats");
    QVERIFY(near(*find(engine.health(monthIndex(2026, 2), &c).accounts, QStringLiteral("A"))->score, 0));
    QCOMPARE(c.weights.value(QStringLiteral("attr:seats")), 1.0);
}

void TestHealth::accountStory()
{
    test::TempWorkspace temp;
    test::makeBacktestCompany(temp.workspace());
    KpiEngine engine(temp.workspace());
    QVERIFY(!engine.accountStory(QStringLiteral("nobody")));
    const auto d = engine.accountStory(QStringLiteral("D"));
    QVERIFY(d);
    QCOMPARE(d->attributes.value(QStringLiteral("owner")), QStringLiteral("bob"));
    QCOMPARE(d->attributes.value(QStringLiteral("seats")), QStringLiteral("many"));
    QCOMPARE(d->months.size(), 6);
    QCOMPARE(d->months.at(0).movement, QStringLiteral("new"));
    QCOMPARE(d->months.at(1).movement, QString());
    QCOMPARE(d->months.at(4).movement, QStringLiteral("churn"));
    QVERIFY(near(d->months.at(4).change, -100));
    QVERIFY(near(*d->months.at(0).score, 100)); // CSAT 5 alone
    QCOMPARE(d->months.at(0).band, QStringLiteral("green"));
    QVERIFY(!d->months.at(4).score); // not active
    QVERIFY(d->latest);
    QCOMPARE(d->latest->accountKey, QStringLiteral("D"));
    QCOMPARE(d->surveys.size(), 1);
    QCOMPARE(d->surveys.first().cells.first(), QStringLiteral("csat"));
    QCOMPARE(d->orders.size(), 1);
    QCOMPARE(d->orders.first().cells.at(1), QStringLiteral("500.00"));
    QCOMPARE(d->tickets.size(), 0);
    const auto a = engine.accountStory(QStringLiteral("A"));
    QCOMPARE(a->surveys.first().cells.at(2), QStringLiteral("Too slow"));
    QVERIFY(near(*a->latest->score, 62.5)); // June
    QCOMPARE(a->latest->drags, (QStringList{QStringLiteral("csat")}));
    const auto c = engine.accountStory(QStringLiteral("C"));
    QCOMPARE(c->tickets.size(), 1);
    QCOMPARE(c->tickets.first().cells.at(1), QStringLiteral("2026-06-20"));
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
