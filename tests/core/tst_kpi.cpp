// The KPI engine against SPEC.md section 4: the worked examples, a small hand-checked company for
// every KPI (month, quarter, year, segments), invariants and zero denominators.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "tst_kpi_fixture.h"

#include <QtTest>

using namespace tenure;
using tenure::test::Company;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

#define COMPARE_OPT(actual, expected)                                                                        \
    do {                                                                                                     \
        const std::optional<double> a_ = (actual);                                                           \
        const std::optional<double> e_ = (expected);                                                         \
        if (e_.has_value() != a_.has_value() || (e_ && !near(*a_, *e_)))                                     \
            QFAIL(qPrintable(QStringLiteral("%1: got %2, expected %3")                                       \
                                 .arg(QLatin1String(#actual),                                                \
                                      a_ ? QString::number(*a_, 'g', 12) : QStringLiteral("none"),           \
                                      e_ ? QString::number(*e_, 'g', 12) : QStringLiteral("none"))));        \
    } while (false)

Period P(const char* text)
{
    return *Period::parse(QString::fromLatin1(text));
}

} // namespace

class TestKpi : public QObject
{
    Q_OBJECT

private slots:
    void workedExamples_data();
    void workedExamples();
    void smallCompany_data();
    void smallCompany();
    void surveyMargins();
    void periodsAndRanges();
    void segmentsAddUp();
    void movementIdentity();
    void planChangeMovesSegments();
    void zeroDenominators();
    void reloadsOnDataVersion();
    void catalogueComplete();
    void explainChurn();
    void explainRows();
    void comments();
};

void TestKpi::workedExamples_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("numerator");
    QTest::addColumn<double>("denominator");
    QTest::newRow("churn: 5 lost of 500 at start = 1 %")
        << QStringLiteral("churn") << QStringLiteral("churn_rate") << 1.0 << 5.0 << 500.0;
    QTest::newRow("retention: S 25, N 10, 4 lost, E 31 = 84 %")
        << QStringLiteral("retention") << QStringLiteral("retention_rate") << 84.0 << 21.0 << 25.0;
    QTest::newRow(
        "net MRR churn: 100,000, churn 2,000, contraction 1,000, reactivation 2,000, expansion 2,000 = -1 %")
        << QStringLiteral("netchurn") << QStringLiteral("net_mrr_churn_rate") << -1.0 << -1000.0 << 100000.0;
    QTest::newRow("arpa: 33,000 over 11 accounts = 3,000")
        << QStringLiteral("arpa") << QStringLiteral("arpa") << 3000.0 << 33000.0 << 11.0;
    QTest::newRow("conversion: 5 of 1,000 visitors = 0.5 %")
        << QStringLiteral("conversion") << QStringLiteral("conversion_rate") << 0.5 << 5.0 << 1000.0;
    QTest::newRow("fcr: 200 of 500 = 40 %")
        << QStringLiteral("fcr") << QStringLiteral("fcr_rate") << 40.0 << 200.0 << 500.0;
    QTest::newRow("self-service: 150 of 200 = 75 %")
        << QStringLiteral("selfservice") << QStringLiteral("self_service_rate") << 75.0 << 150.0 << 200.0;
    QTest::newRow("adoption: 5 of 50 = 10 %")
        << QStringLiteral("adoption") << QStringLiteral("adoption_rate") << 10.0 << 5.0 << 50.0;
}

void TestKpi::workedExamples()
{
    QFETCH(QString, example);
    QFETCH(QString, kpi);
    QFETCH(double, value);
    QFETCH(double, numerator);
    QFETCH(double, denominator);
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        if (example == QLatin1String("churn")) {
            for (int i = 0; i < 500; ++i) {
                const qint64 id = c.account(QStringLiteral("a%1").arg(i));
                c.revenue(id, 202601, 1000);
                if (i >= 5)
                    c.revenue(id, 202602, 1000);
            }
        } else if (example == QLatin1String("retention")) {
            // 25 at the start, 4 of them lost, 10 new: 31 at the end.
            for (int i = 0; i < 35; ++i) {
                const qint64 id = c.account(QStringLiteral("a%1").arg(i));
                if (i < 25)
                    c.revenue(id, 202601, 1000);
                if (i >= 4)
                    c.revenue(id, 202602, 1000);
            }
        } else if (example == QLatin1String("netchurn")) {
            const qint64 b = c.account(QStringLiteral("churns")), cc = c.account(QStringLiteral("contracts"));
            const qint64 d = c.account(QStringLiteral("expands")),
                         e = c.account(QStringLiteral("reactivates"));
            const qint64 f = c.account(QStringLiteral("stays"));
            c.revenue(e, 202512, 200000);
            c.revenue(b, 202601, 200000);
            c.revenue(cc, 202601, 1000000);
            c.revenue(cc, 202602, 900000);
            c.revenue(d, 202601, 3800000);
            c.revenue(d, 202602, 4000000);
            c.revenue(e, 202602, 200000);
            c.revenue(f, 202601, 5000000);
            c.revenue(f, 202602, 5000000);
        } else if (example == QLatin1String("arpa")) {
            for (int i = 0; i < 11; ++i)
                c.revenue(c.account(QStringLiteral("a%1").arg(i)), 202602, 300000);
        } else if (example == QLatin1String("conversion")) {
            c.funnel(QStringLiteral("2026-02-01"), 600, 2);
            c.funnel(QStringLiteral("2026-02-15"), 400, 3);
        } else if (example == QLatin1String("fcr") || example == QLatin1String("selfservice")) {
            const bool fcr = example == QLatin1String("fcr");
            for (int i = 0; i < (fcr ? 500 : 200); ++i)
                c.ticket(0, QStringLiteral("2026-01-30"), QStringLiteral("2026-02-03"),
                         fcr ? (i < 200 ? 1 : 2) : (i < 150 ? 0 : 1));
        } else if (example == QLatin1String("adoption")) {
            for (int i = 0; i < 50; ++i)
                c.signup(0, QStringLiteral("2026-02-05"), i < 5 ? QStringLiteral("2026-02-09") : QString());
        }
        c.done();
    }
    KpiEngine engine(temp.workspace());
    const KpiResult r = engine.value(kpi, P("2026-02"));
    COMPARE_OPT(r.value, value);
    COMPARE_OPT(r.numerator, numerator);
    COMPARE_OPT(r.denominator, denominator);
    QCOMPARE(r.segment, QStringLiteral("all"));
}

void TestKpi::smallCompany_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<std::optional<double>>("numerator");
    QTest::addColumn<std::optional<double>>("denominator");
    using O = std::optional<double>;
    const O none;
    auto row = [](const char* name, const char* kpi, const char* period, O value, O num = {}, O den = {},
                  const char* attribute = "", const char* segment = "all") {
        QTest::newRow(name) << QString::fromLatin1(kpi) << QString::fromLatin1(period)
                            << QString::fromLatin1(attribute) << QString::fromLatin1(segment) << value << num
                            << den;
    };
    // March: S = {A, B, C, E}, E = {A, C, E}, B lost; A expands 50, C contracts 20, B churns 50.
    row("mrr Mar", "mrr", "2026-03", 310);
    row("arr Mar", "arr", "2026-03", 3720);
    row("customers Mar", "customers", "2026-03", 3);
    row("new customers Mar", "new_customers", "2026-03", 0);
    row("new customers Feb (C, E)", "new_customers", "2026-02", 2);
    row("churned customers Mar", "churned_customers", "2026-03", 1);
    row("churn rate Mar", "churn_rate", "2026-03", 25, 1, 4);
    row("retention rate Mar", "retention_rate", "2026-03", 75, 3, 4);
    row("mrr new Feb", "mrr_new", "2026-02", 180);
    row("mrr expansion Mar", "mrr_expansion", "2026-03", 50);
    row("mrr contraction Mar", "mrr_contraction", "2026-03", 20);
    row("mrr churn Mar", "mrr_churn", "2026-03", 50);
    row("mrr churn Apr (subscription ended)", "mrr_churn", "2026-04", 100);
    row("mrr reactivation Apr", "mrr_reactivation", "2026-04", 120);
    row("net mrr churn Mar", "net_mrr_churn_rate", "2026-03", 100.0 * 20 / 330, 20, 330);
    row("gross mrr churn Mar", "gross_mrr_churn_rate", "2026-03", 100.0 * 70 / 330, 70, 330);
    row("nrr Mar", "nrr", "2026-03", 100.0 * 310 / 330, 310, 330);
    row("grr Mar", "grr", "2026-03", 100.0 * 260 / 330, 260, 330);
    row("arpa Mar", "arpa", "2026-03", 310.0 / 3, 310, 3);
    // Monthly churn: Feb 1/3 (D of A, B, D), Mar 1/4; Jan has no start accounts.
    row("clv Mar", "clv", "2026-03", (310.0 / 3) / ((1.0 / 3 + 1.0 / 4) / 2), 310.0 / 3,
        (1.0 / 3 + 1.0 / 4) / 2);
    row("clv Jan (no churn value)", "clv", "2026-01", none);
    row("expansion revenue Mar (MRR + add-on order)", "expansion_revenue", "2026-03", 100);
    row("upsell rate Mar", "upsell_rate", "2026-03", 25, 1, 4);
    row("renewal rate Mar", "renewal_rate", "2026-03", 50, 1, 2);
    row("net renewal rate Mar (not renewed counts 0)", "net_renewal_rate", "2026-03", 100, 1800, 1800);
    row("repeat purchase rate Mar", "repeat_purchase_rate", "2026-03", 100.0 / 3, 1, 3);
    row("repeat purchase rate Feb", "repeat_purchase_rate", "2026-02", 0, 0, 2);
    row("average order value Mar", "average_order_value", "2026-03", 40, 80, 2);
    row("purchase frequency Mar", "purchase_frequency", "2026-03", 1, 2, 2);
    row("conversion rate Mar", "conversion_rate", "2026-03", 3, 45, 1500);
    row("retention cost Mar", "retention_cost", "2026-03", 150, 450, 3);
    row("nps Mar", "nps", "2026-03", 0, 0, 5);
    row("nps Feb", "nps", "2026-02", 100, 1, 1);
    row("csat Mar", "csat", "2026-03", 50, 2, 4);
    row("ces Mar", "ces", "2026-03", 5, 15, 3);
    row("fcr Mar (resolved in Mar)", "fcr_rate", "2026-03", 200.0 / 3, 2, 3);
    row("self service Mar", "self_service_rate", "2026-03", 40, 2, 5);
    row("adoption Mar", "adoption_rate", "2026-03", 75, 3, 4);
    row("time to value Mar (median of 10, 20, 30)", "time_to_value", "2026-03", 20);
    row("quick ratio Mar", "quick_ratio", "2026-03", 50.0 / 70, 50, 70);
    // Quarters and years.
    row("mrr Q1", "mrr", "2026-Q1", 310);
    row("churn rate Q1 (no start accounts)", "churn_rate", "2026-Q1", none, 0, 0);
    row("new customers Q1", "new_customers", "2026-Q1", 3);
    row("mrr new Q1 (sum of months)", "mrr_new", "2026-Q1", 530);
    row("mrr churn Q1", "mrr_churn", "2026-Q1", 250);
    row("mrr Q2 (clipped at Apr)", "mrr", "2026-Q2", 330);
    row("churn rate Q2", "churn_rate", "2026-Q2", 100.0 / 3, 1, 3);
    row("new customers Q2 (D back)", "new_customers", "2026-Q2", 1);
    row("nrr Q2", "nrr", "2026-Q2", 100.0 * 210 / 310, 210, 310);
    row("mrr year 2026", "mrr", "2026", 330);
    row("nps Q1", "nps", "2026-Q1", 100.0 * 1 / 6, 1, 6);
    row("mrr Q3 (after the data)", "mrr", "2026-Q3", none);
    // Segments.
    row("churn rate Mar basic", "churn_rate", "2026-03", 100.0 / 3, 1, 3, "plan", "basic");
    row("churn rate Mar pro", "churn_rate", "2026-03", 0, 0, 1, "plan", "pro");
    row("mrr Mar basic", "mrr", "2026-03", 160, none, none, "plan", "basic");
    row("nps Mar unknown region (no account + E)", "nps", "2026-03", -50, -1, 2, "region", "unknown");
    row("nps Mar eu", "nps", "2026-03", 100, 2, 2, "region", "eu");
    row("conversion rate pro (no funnel rows)", "conversion_rate", "2026-03", none, 0, 0, "plan", "pro");
    row("conversion rate unknown plan (funnel has no account)", "conversion_rate", "2026-03", 3, 45, 1500,
        "plan", "unknown");
    row("ttv region eu", "time_to_value", "2026-03", 15, none, none, "region", "eu");
}

void TestKpi::smallCompany()
{
    QFETCH(QString, kpi);
    QFETCH(QString, period);
    QFETCH(QString, attribute);
    QFETCH(QString, segment);
    QFETCH(std::optional<double>, value);
    QFETCH(std::optional<double>, numerator);
    QFETCH(std::optional<double>, denominator);
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    const KpiResult r =
        engine.value(kpi, *Period::parse(period), attribute, attribute.isEmpty() ? QString() : segment);
    QCOMPARE(r.segment, segment);
    COMPARE_OPT(r.value, value);
    if (numerator || denominator) {
        COMPARE_OPT(r.numerator, numerator);
        COMPARE_OPT(r.denominator, denominator);
    }
}

void TestKpi::surveyMargins()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    const KpiResult nps = engine.value(QStringLiteral("nps"), P("2026-03"));
    QCOMPARE(nps.responses, 5);
    QVERIFY(nps.smallSample);
    COMPARE_OPT(nps.marginOfError, 1.96 * std::sqrt(0.8 / 5) * 100);
    const KpiResult csat = engine.value(QStringLiteral("csat"), P("2026-03"));
    QCOMPARE(csat.responses, 4);
    COMPARE_OPT(csat.marginOfError, 49.0);
    const KpiResult ces = engine.value(QStringLiteral("ces"), P("2026-03"));
    COMPARE_OPT(ces.marginOfError, 1.96 * std::sqrt(8.0 / 3) / std::sqrt(3.0));
    const KpiResult mrr = engine.value(QStringLiteral("mrr"), P("2026-03"));
    QCOMPARE(mrr.responses, 0);
    QVERIFY(!mrr.marginOfError);

    // 30 answers or more: not a small sample.
    {
        Company c(temp.workspace());
        for (int i = 0; i < 30; ++i)
            c.survey(0, QStringLiteral("2026-05-02"), QStringLiteral("csat"), 5);
        c.done();
    }
    const KpiResult many = engine.value(QStringLiteral("csat"), P("2026-05"));
    QCOMPARE(many.responses, 30);
    QVERIFY(!many.smallSample);
    COMPARE_OPT(many.value, 100.0);
}

void TestKpi::periodsAndRanges()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    const auto mrr = engine.mrrRange();
    QVERIFY(mrr);
    QCOMPARE(monthLabel(mrr->first), QStringLiteral("2026-01"));
    QCOMPARE(monthLabel(mrr->last), QStringLiteral("2026-04"));
    QCOMPARE(engine.periods(QStringLiteral("mrr"), Grain::Month).size(), 4);
    QCOMPARE(engine.periods(QStringLiteral("mrr"), Grain::Quarter).size(), 2);
    const QList<Period> nps = engine.periods(QStringLiteral("nps"), Grain::Month);
    QCOMPARE(nps.size(), 2);
    QCOMPARE(nps.first().label(), QStringLiteral("2026-02"));
    QVERIFY(engine.periods(QStringLiteral("fcr_rate"), Grain::Month).size() == 2); // resolved in Mar and Apr

    KpiQuery q;
    q.kpis = {QStringLiteral("mrr"), QStringLiteral("nps")};
    q.grain = Grain::Quarter;
    const KpiTable t = engine.compute(q);
    QCOMPARE(t.series(QStringLiteral("mrr")).size(), 2);
    QVERIFY(!t.find(QStringLiteral("mrr"), P("2026-Q1"))->partial);
    QVERIFY(t.find(QStringLiteral("mrr"), P("2026-Q2"))->partial);
    QCOMPARE(t.series(QStringLiteral("nps")).size(), 1);

    q.from = P("2025-Q4");
    q.to = P("2026-Q2");
    const KpiTable ranged = engine.compute(q);
    QCOMPARE(ranged.series(QStringLiteral("mrr")).size(), 3);
    QVERIFY(!ranged.find(QStringLiteral("mrr"), P("2025-Q4"))->value);
    QCOMPARE(ranged.series(QStringLiteral("nps")).size(), 3);
}

void TestKpi::segmentsAddUp()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    for (const QString& attribute : {QStringLiteral("plan"), QStringLiteral("region")}) {
        KpiQuery q;
        q.kpis = {QStringLiteral("customers"), QStringLiteral("mrr"), QStringLiteral("nps"),
                  QStringLiteral("csat")};
        const KpiTable all = engine.compute(q);
        q.segmentAttribute = attribute;
        const KpiTable split = engine.compute(q);
        for (const KpiResult& whole : all.rows) {
            double sum = 0;
            for (const QString& value : engine.segmentValues(attribute)) {
                const KpiResult* part = split.find(whole.kpi, whole.period, value);
                QVERIFY(part);
                sum += whole.kpi.startsWith(QLatin1Char('c')) && whole.kpi != QLatin1String("customers")
                           ? part->denominator.value_or(0)
                           : (whole.kpi == QLatin1String("nps") ? part->denominator.value_or(0)
                                                                : part->value.value_or(0));
            }
            const double expected = whole.kpi == QLatin1String("nps") || whole.kpi == QLatin1String("csat")
                                        ? whole.denominator.value_or(0)
                                        : whole.value.value_or(0);
            QVERIFY2(near(sum, expected), qPrintable(whole.kpi + QLatin1Char(' ') + whole.period.label()));
        }
    }
    QCOMPARE(engine.segmentValues(QStringLiteral("region")),
             (QStringList{QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("unknown")}));
    QList<SegmentAttribute> attributes = engine.segmentAttributes();
    QCOMPARE(attributes.first().name, QStringLiteral("plan"));
}

void TestKpi::movementIdentity()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    for (const Grain grain : {Grain::Month, Grain::Quarter, Grain::Year}) {
        for (const QString& attribute : {QString(), QStringLiteral("plan")}) {
            KpiQuery q;
            q.grain = grain;
            q.segmentAttribute = attribute;
            const KpiTable t = engine.compute(q);
            for (const KpiResult& r : t.rows) {
                if (r.kpi != QLatin1String("mrr") || !r.value)
                    continue;
                auto v = [&](const char* id) {
                    const KpiResult* x = t.find(QString::fromLatin1(id), r.period, r.segment);
                    return x && x->value ? *x->value : 0.0;
                };
                const Period before = Period::containing(Grain::Month, r.period.firstMonth - 1);
                const double start = engine
                                         .value(QStringLiteral("mrr"), before, attribute,
                                                attribute.isEmpty() ? QString() : r.segment)
                                         .value.value_or(0);
                const double end = start + v("mrr_new") + v("mrr_reactivation") + v("mrr_expansion") -
                                   v("mrr_contraction") - v("mrr_churn");
                QVERIFY2(near(*r.value, end), qPrintable(r.period.label() + QLatin1Char(' ') + r.segment));
                const KpiResult* churn = t.find(QStringLiteral("churn_rate"), r.period, r.segment);
                const KpiResult* retention = t.find(QStringLiteral("retention_rate"), r.period, r.segment);
                if (churn && churn->value)
                    QVERIFY(near(*churn->value + *retention->value, 100));
                const KpiResult* nrr = t.find(QStringLiteral("nrr"), r.period, r.segment);
                const KpiResult* grr = t.find(QStringLiteral("grr"), r.period, r.segment);
                if (nrr && nrr->value)
                    QVERIFY(*nrr->value >= *grr->value - 1e-9);
            }
        }
    }
}

void TestKpi::planChangeMovesSegments()
{
    // An account upgrading from basic to pro (plan in revenue rows) churns from basic and joins pro;
    // for "all" it only expands.
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        const qint64 a = c.account(QStringLiteral("A"), QStringLiteral("basic"));
        c.revenue(a, 202601, 10000, QStringLiteral("basic"));
        c.revenue(a, 202602, 30000, QStringLiteral("pro"));
        c.revenue(a, 202603, 30000); // no plan in the row: the account's plan (basic) counts
        c.done();
    }
    KpiEngine engine(temp.workspace());
    const QString plan = QStringLiteral("plan");
    COMPARE_OPT(engine.value(QStringLiteral("mrr_expansion"), P("2026-02")).value, 200.0);
    COMPARE_OPT(engine.value(QStringLiteral("mrr_churn"), P("2026-02"), plan, QStringLiteral("basic")).value,
                100.0);
    COMPARE_OPT(engine.value(QStringLiteral("mrr_new"), P("2026-02"), plan, QStringLiteral("pro")).value,
                300.0);
    COMPARE_OPT(engine.value(QStringLiteral("churn_rate"), P("2026-02"), plan, QStringLiteral("basic")).value,
                100.0);
    // Back in basic in March: a reactivation there (it paid in basic before), churn in pro.
    COMPARE_OPT(
        engine.value(QStringLiteral("mrr_reactivation"), P("2026-03"), plan, QStringLiteral("basic")).value,
        300.0);
    COMPARE_OPT(engine.value(QStringLiteral("mrr_churn"), P("2026-03"), plan, QStringLiteral("pro")).value,
                300.0);
    COMPARE_OPT(engine.value(QStringLiteral("mrr_expansion"), P("2026-Q1")).value, 200.0);
    QCOMPARE(engine.segmentValues(plan), (QStringList{QStringLiteral("basic"), QStringLiteral("pro")}));
}

void TestKpi::zeroDenominators()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        const qint64 a = c.account(QStringLiteral("A"));
        c.revenue(a, 202601, 10000);
        c.revenue(a, 202602, 10000);
        c.ticket(a, QStringLiteral("2026-02-01"), QStringLiteral("2026-02-02"), 0);
        c.done();
    }
    KpiEngine engine(temp.workspace());
    const KpiResult churn = engine.value(QStringLiteral("churn_rate"), P("2026-01"));
    QVERIFY(!churn.value);
    COMPARE_OPT(churn.denominator, 0.0);
    QVERIFY(!engine.value(QStringLiteral("quick_ratio"), P("2026-02")).value); // no churn or contraction
    QVERIFY(!engine.value(QStringLiteral("fcr_rate"), P("2026-02")).value);    // only self-service
    COMPARE_OPT(engine.value(QStringLiteral("self_service_rate"), P("2026-02")).value, 100.0);
    QVERIFY(!engine.value(QStringLiteral("clv"), P("2026-02")).value); // churn 0 -> m = 0
    QVERIFY(!engine.value(QStringLiteral("nps"), P("2026-02")).value);
    COMPARE_OPT(engine.value(QStringLiteral("churn_rate"), P("2026-02")).value, 0.0);
}

void TestKpi::reloadsOnDataVersion()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        c.revenue(c.account(QStringLiteral("A")), 202601, 10000);
        c.done();
    }
    KpiEngine engine(temp.workspace());
    COMPARE_OPT(engine.value(QStringLiteral("mrr"), P("2026-01")).value, 100.0);
    QVERIFY(!engine.refresh());
    {
        Company c(temp.workspace());
        c.revenue(c.account(QStringLiteral("B")), 202601, 5000);
        c.done();
    }
    COMPARE_OPT(engine.value(QStringLiteral("mrr"), P("2026-01")).value, 150.0);
    temp.workspace().setSetting(QStringLiteral("gross_margin"), 50);
    QVERIFY(engine.refresh());
}

void TestKpi::catalogueComplete()
{
    const char* const names[] = {"mrr",
                                 "arr",
                                 "customers",
                                 "new_customers",
                                 "churned_customers",
                                 "churn_rate",
                                 "retention_rate",
                                 "mrr_new",
                                 "mrr_expansion",
                                 "mrr_contraction",
                                 "mrr_churn",
                                 "mrr_reactivation",
                                 "net_mrr_churn_rate",
                                 "gross_mrr_churn_rate",
                                 "nrr",
                                 "grr",
                                 "arpa",
                                 "clv",
                                 "expansion_revenue",
                                 "upsell_rate",
                                 "renewal_rate",
                                 "net_renewal_rate",
                                 "repeat_purchase_rate",
                                 "average_order_value",
                                 "purchase_frequency",
                                 "conversion_rate",
                                 "retention_cost",
                                 "nps",
                                 "csat",
                                 "ces",
                                 "fcr_rate",
                                 "self_service_rate",
                                 "adoption_rate",
                                 "time_to_value",
                                 "quick_ratio",
                                 "health_score"};
    QStringList expected;
    for (const char* name : names)
        expected << QString::fromLatin1(name);
    QCOMPARE(kpiIds(), expected);
    for (const KpiInfo& info : kpiCatalogue()) {
        QVERIFY(!info.name.isEmpty());
        QVERIFY(!info.definition.isEmpty());
        QVERIFY(!info.needs.isEmpty());
        QCOMPARE(info.isRatio, !info.numeratorLabel.isEmpty());
    }
}

void TestKpi::explainChurn()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    const Explanation e = engine.explain(QStringLiteral("churn_rate"), P("2026-03"));
    COMPARE_OPT(e.result.value, 25.0);
    QVERIFY(e.text.contains(QLatin1String("1 / accounts active at start (S) 4")));
    QVERIFY(e.definition.contains(QLatin1String("|S \\ E|")));
    const int status = int(e.rows.columns.indexOf(QStringLiteral("status")));
    const int countsIn = int(e.rows.columns.indexOf(QStringLiteral("counts in")));
    const int start = int(e.rows.columns.indexOf(QStringLiteral("start MRR")));
    QCOMPARE(e.rows.rows.size(), 4); // S: A, B, C, E
    // The lost account first, with its lost MRR.
    QCOMPARE(e.rows.rows.first().at(0).toString(), QStringLiteral("B"));
    QCOMPARE(e.rows.rows.first().at(status).toString(), QStringLiteral("churned"));
    QCOMPARE(e.rows.rows.first().at(countsIn).toString(), QStringLiteral("numerator and denominator"));
    QCOMPARE(e.rows.rows.first().at(start).toDouble(), 50.0);
    QCOMPARE(e.rows.rows.at(1).at(countsIn).toString(), QStringLiteral("denominator"));

    const Explanation basic = engine.explain(QStringLiteral("churned_customers"), P("2026-03"),
                                             QStringLiteral("plan"), QStringLiteral("basic"));
    QCOMPARE(basic.rows.rows.size(), 1);
    const Explanation movement = engine.explain(QStringLiteral("mrr_reactivation"), P("2026-04"));
    QCOMPARE(movement.rows.rows.size(), 1);
    QCOMPARE(movement.rows.rows.first().at(0).toString(), QStringLiteral("D"));
}

void TestKpi::explainRows()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    const Explanation nps = engine.explain(QStringLiteral("nps"), P("2026-03"));
    QCOMPARE(nps.rows.rows.size(), 5);
    QVERIFY(nps.rows.columns.contains(QStringLiteral("category")));
    const Explanation fcr = engine.explain(QStringLiteral("fcr_rate"), P("2026-03"));
    QCOMPARE(fcr.rows.rows.size(), 5); // resolved in March
    const Explanation eu =
        engine.explain(QStringLiteral("nps"), P("2026-03"), QStringLiteral("region"), QStringLiteral("eu"));
    QCOMPARE(eu.rows.rows.size(), 2);
    const Explanation renewals = engine.explain(QStringLiteral("net_renewal_rate"), P("2026-03"));
    QCOMPARE(renewals.rows.rows.size(), 2);
    const Explanation none = engine.explain(QStringLiteral("churn_rate"), P("2026-01"));
    QVERIFY(none.text.contains(QLatin1String("no value")));
}

void TestKpi::comments()
{
    test::TempWorkspace temp;
    {
        Company c(temp.workspace());
        test::buildSmallCompany(c);
    }
    KpiEngine engine(temp.workspace());
    const QList<SurveyComment> all = engine.comments();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().comment, QStringLiteral("Too slow")); // newest first
    QCOMPARE(all.first().category, QStringLiteral("detractor"));
    QCOMPARE(all.first().accountKey, QStringLiteral("B"));
    QCOMPARE(engine.comments(std::nullopt, {}, QStringLiteral("region"), QStringLiteral("eu")).size(), 1);
    QCOMPARE(engine.comments(P("2026-02")).size(), 0);
    QCOMPARE(engine.comments(std::nullopt, QStringLiteral("csat")).size(), 0);
}

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
