// Formula profiles (docs/kpis.md "Formula profiles"): one small company, every profile's value of the
// KPIs the profiles differ on, worked out by hand in tst_profiles_fixture.h.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "tst_profiles_fixture.h"

#include <QtTest>

#include <cmath>

using namespace tenure;
using tenure::test::makeProfilesCompany;

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void july_data();
    void july();
    void setting();
    void byProfile();
    void profileKpisAreTheOnesThatDiffer();
    void texts();
};

void TestProfiles::names()
{
    QCOMPARE(kpiProfileNames(), (QStringList{QStringLiteral("tenure"), QStringLiteral("chartmogul"),
                                             QStringLiteral("baremetrics"), QStringLiteral("profitwell")}));
    QCOMPARE(kpiProfileFromName(QStringLiteral("ChartMogul")), std::optional(KpiProfile::ChartMogul));
    QCOMPARE(kpiProfileFromName(QStringLiteral("stripe")), std::nullopt);
    QCOMPARE(kpiProfileName(KpiProfile::ProfitWell), QStringLiteral("profitwell"));
}

void TestProfiles::july_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("value");
    struct Row
    {
        const char* kpi;
        double tenure, chartmogul, baremetrics, profitwell;
    };
    const Row rows[] = {
        {"churn_rate", 10, 10, 10, 10},      {"gross_mrr_churn_rate", 18, 18, 18, 18},
        {"net_mrr_churn_rate", 3, 3, 13, 3}, {"nrr", 87, 87, 87, 87},
        {"arpa", 120, 120, 120, 120},        {"clv", 1920, 3000, 1200, 120 / 0.13},
        {"mrr", 1320, 1320, 1320, 1320},
    };
    for (const Row& r : rows) {
        const double values[] = {r.tenure, r.chartmogul, r.baremetrics, r.profitwell};
        for (int p = 0; p < 4; ++p) {
            const QString profile = kpiProfileNames().at(p);
            QTest::addRow("%s-%s", r.kpi, qPrintable(profile))
                << profile << QString::fromLatin1(r.kpi) << values[p];
        }
    }
}

void TestProfiles::july()
{
    QFETCH(QString, profile);
    QFETCH(QString, kpi);
    QFETCH(double, value);
    test::TempWorkspace temp;
    makeProfilesCompany(temp.workspace());
    KpiEngine engine(temp.workspace());
    engine.setProfile(kpiProfileFromName(profile));
    QCOMPARE(engine.profile(), *kpiProfileFromName(profile));
    const KpiResult r = engine.value(kpi, Period::containing(Grain::Month, monthIndex(2026, 7)));
    QVERIFY2(r.value.has_value(), qPrintable(kpi));
    QVERIFY2(std::abs(*r.value - value) < 1e-9,
             qPrintable(QStringLiteral("%1 = %2").arg(*r.value).arg(value)));
}

void TestProfiles::setting()
{
    test::TempWorkspace temp;
    makeProfilesCompany(temp.workspace());
    KpiEngine engine(temp.workspace());
    QCOMPARE(engine.profile(), KpiProfile::Tenure);
    QCOMPARE(
        *engine.value(QStringLiteral("clv"), Period::containing(Grain::Month, monthIndex(2026, 7))).value,
        1920.0);
    temp.workspace().setSetting(QStringLiteral("kpi_profile"), QStringLiteral("chartmogul"));
    QCOMPARE(engine.profile(), KpiProfile::ChartMogul);
    QCOMPARE(
        *engine.value(QStringLiteral("clv"), Period::containing(Grain::Month, monthIndex(2026, 7))).value,
        3000.0);
    engine.setProfile(KpiProfile::Baremetrics); // the command line wins over the setting
    QCOMPARE(
        *engine.value(QStringLiteral("clv"), Period::containing(Grain::Month, monthIndex(2026, 7))).value,
        1200.0);
    engine.setProfile(std::nullopt);
    temp.workspace().setSetting(QStringLiteral("kpi_profile"), QStringLiteral("nonsense"));
    QCOMPARE(engine.profile(), KpiProfile::Tenure);
}

// Every profile's value at once (the explain dialog's table), and the engine keeps its own profile.
void TestProfiles::byProfile()
{
    test::TempWorkspace temp;
    makeProfilesCompany(temp.workspace());
    temp.workspace().setSetting(QStringLiteral("kpi_profile"), QStringLiteral("profitwell"));
    KpiEngine engine(temp.workspace());
    const Period july = Period::containing(Grain::Month, monthIndex(2026, 7));
    const QList<KpiResult> clv = engine.valueByProfile(QStringLiteral("clv"), july);
    QCOMPARE(clv.size(), 4);
    QCOMPARE(*clv.at(int(KpiProfile::Tenure)).value, 1920.0);
    QCOMPARE(*clv.at(int(KpiProfile::ChartMogul)).value, 3000.0);
    QCOMPARE(*clv.at(int(KpiProfile::Baremetrics)).value, 1200.0);
    QVERIFY(std::abs(*clv.at(int(KpiProfile::ProfitWell)).value - 120 / 0.13) < 1e-9);
    QCOMPARE(engine.profile(), KpiProfile::ProfitWell);
    QVERIFY(std::abs(*engine.value(QStringLiteral("clv"), july).value - 120 / 0.13) < 1e-9);
    engine.setProfile(KpiProfile::Baremetrics);
    QCOMPARE(engine.valueByProfile(QStringLiteral("net_mrr_churn_rate"), july).at(0).value, 3.0);
    QCOMPARE(engine.profile(), KpiProfile::Baremetrics);
    QCOMPARE(*engine.value(QStringLiteral("net_mrr_churn_rate"), july).value, 13.0);

    const Explanation e = engine.explain(QStringLiteral("net_mrr_churn_rate"), july);
    QCOMPARE(e.profile, KpiProfile::Baremetrics);
    QCOMPARE(*e.result.value, 13.0);
    QCOMPARE(e.byProfile.size(), 4);
    QCOMPARE(*e.byProfile.at(int(KpiProfile::Tenure)).value, 3.0);
    QCOMPARE(*e.byProfile.at(int(KpiProfile::Baremetrics)).value, 13.0);
    // The labels follow the profile: Baremetrics' numerator has no reactivation.
    QCOMPARE(e.numeratorLabel, QStringLiteral("churn + contraction - expansion"));
    QVERIFY2(e.text.contains(QLatin1String("churn + contraction - expansion 130 / MRR at start 1,000 = 13")),
             qPrintable(e.text));
    QVERIFY(engine.explain(QStringLiteral("churn_rate"), july).byProfile.isEmpty());
    engine.setProfile(KpiProfile::ChartMogul); // LTV: ARPA / mean churn of Jan..Jun, no gross margin
    const Explanation ltv = engine.explain(QStringLiteral("clv"), july);
    QCOMPARE(ltv.numeratorLabel, QStringLiteral("ARPA"));
    QCOMPARE(*ltv.result.numerator, 120.0);
    QVERIFY(std::abs(*ltv.result.denominator - 0.04) < 1e-12);
    engine.setProfile(KpiProfile::Tenure);
    QCOMPARE(engine.explain(QStringLiteral("clv"), july).numeratorLabel,
             kpiInfo(QStringLiteral("clv"))->numeratorLabel);
}

// No KPI outside kpiProfileKpis() moves with the profile (the explain dialog says "all profiles
// agree" for them). NRR parts only over a quarter with movements this company does not have.
void TestProfiles::profileKpisAreTheOnesThatDiffer()
{
    test::TempWorkspace temp;
    makeProfilesCompany(temp.workspace());
    KpiEngine engine(temp.workspace());
    QStringList differ;
    for (const Period& p : {Period::containing(Grain::Month, monthIndex(2026, 7)),
                            Period::containing(Grain::Quarter, monthIndex(2026, 7)),
                            Period::containing(Grain::Quarter, monthIndex(2026, 4))}) {
        for (const KpiInfo& info : kpiCatalogue()) {
            const QList<KpiResult> values = engine.valueByProfile(info.id, p);
            for (const KpiResult& r : values)
                if (r.value != values.first().value && !differ.contains(info.id))
                    differ << info.id;
        }
    }
    differ.sort();
    QCOMPARE(differ, (QStringList{QStringLiteral("clv"), QStringLiteral("net_mrr_churn_rate")}));
    for (const QString& kpi : differ)
        QVERIFY(kpiProfileKpis().contains(kpi));
}

void TestProfiles::texts()
{
    for (const QString& name : kpiProfileNames()) {
        const KpiProfile profile = *kpiProfileFromName(name);
        QVERIFY(!kpiProfileSummary(profile).isEmpty());
        QCOMPARE(kpiProfileTitle(profile).toLower(), name);
        for (const QString& kpi : kpiProfileKpis())
            QVERIFY(!kpiProfileDefinition(profile, kpi).isEmpty());
        QVERIFY(kpiProfileDefinition(profile, QStringLiteral("churn_rate")).isEmpty());
    }
    // Baremetrics is the one that parts on net MRR churn.
    QVERIFY(kpiProfileDefinition(KpiProfile::Baremetrics, QStringLiteral("net_mrr_churn_rate")) !=
            kpiProfileDefinition(KpiProfile::Tenure, QStringLiteral("net_mrr_churn_rate")));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
