// Cohorts by month of first MRR: customer and revenue retention, per segment.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "tst_kpi_fixture.h"

#include <QtTest>

using namespace tenure;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

void compareValues(const QList<double>& actual, const QList<double>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i)
        QVERIFY2(
            near(actual.at(i), expected.at(i)),
            qPrintable(QStringLiteral("month %1: %2 vs %3").arg(i).arg(actual.at(i)).arg(expected.at(i))));
}

} // namespace

class TestCohorts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempWorkspace>();
        test::Company c(m_temp->workspace());
        test::buildSmallCompany(c);
    }
    void customers();
    void revenue();
    void bySegment();
    void empty();

private:
    std::unique_ptr<test::TempWorkspace> m_temp;
};

void TestCohorts::customers()
{
    KpiEngine engine(m_temp->workspace());
    const CohortTable t = engine.cohorts(CohortMetric::Customers);
    QCOMPARE(t.segment, QStringLiteral("all"));
    QCOMPARE(t.rows.size(), 2);
    // Jan cohort: A, B, D. Feb: A, B; Mar: A; Apr: A, D (D came back).
    QCOMPARE(monthLabel(t.rows.at(0).cohort), QStringLiteral("2026-01"));
    QCOMPARE(t.rows.at(0).size, 3);
    compareValues(t.rows.at(0).values, {100, 200.0 / 3, 100.0 / 3, 200.0 / 3});
    // Feb cohort: C, E. Apr: C.
    QCOMPARE(t.rows.at(1).size, 2);
    compareValues(t.rows.at(1).values, {100, 100, 50});
}

void TestCohorts::revenue()
{
    KpiEngine engine(m_temp->workspace());
    const CohortTable t = engine.cohorts(CohortMetric::Mrr);
    QVERIFY(near(t.rows.at(0).startMrr, 350));
    compareValues(t.rows.at(0).values, {100, 100.0 * 150 / 350, 100.0 * 150 / 350, 100.0 * 270 / 350});
    QVERIFY(near(t.rows.at(1).startMrr, 180));
    compareValues(t.rows.at(1).values, {100, 100.0 * 160 / 180, 100.0 * 60 / 180});
}

void TestCohorts::bySegment()
{
    KpiEngine engine(m_temp->workspace());
    const CohortTable basic =
        engine.cohorts(CohortMetric::Customers, QStringLiteral("plan"), QStringLiteral("basic"));
    QCOMPARE(basic.segment, QStringLiteral("basic"));
    QCOMPARE(basic.rows.size(), 2);
    QCOMPARE(basic.rows.at(0).size, 1); // B
    compareValues(basic.rows.at(0).values, {100, 100, 0, 0});
    QCOMPARE(basic.rows.at(1).size, 2); // C, E
    const CohortTable pro = engine.cohorts(CohortMetric::Mrr, QStringLiteral("plan"), QStringLiteral("pro"));
    QCOMPARE(pro.rows.size(), 1);
    QCOMPARE(pro.rows.at(0).size, 2); // A, D
    // Revenue retention can exceed 100 %: A 100 + D 200 = 300 in Jan; Apr A 150 + D 120 = 270.
    compareValues(pro.rows.at(0).values, {100, 100.0 * 100 / 300, 50, 90});
}

void TestCohorts::empty()
{
    test::TempWorkspace temp;
    KpiEngine engine(temp.workspace());
    QVERIFY(engine.cohorts(CohortMetric::Customers).rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
