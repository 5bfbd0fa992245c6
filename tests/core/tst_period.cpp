#include "Period.h"

#include <QtTest>

using namespace tenure;

class TestPeriod : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void navigation();
    void monthDays();
};

void TestPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("months");
    QTest::newRow("month") << QStringLiteral("2026-03") << true << QStringLiteral("2026-03") << 1;
    QTest::newRow("quarter") << QStringLiteral("2026-Q2") << true << QStringLiteral("2026-Q2") << 3;
    QTest::newRow("quarter-lowercase") << QStringLiteral("2026-q4") << true << QStringLiteral("2026-Q4") << 3;
    QTest::newRow("year") << QStringLiteral("2025") << true << QStringLiteral("2025") << 12;
    QTest::newRow("month-13") << QStringLiteral("2026-13") << false << QString() << 0;
    QTest::newRow("quarter-5") << QStringLiteral("2026-Q5") << false << QString() << 0;
    QTest::newRow("words") << QStringLiteral("last year") << false << QString() << 0;
}

void TestPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, label);
    QFETCH(int, months);
    const auto period = Period::parse(text);
    QCOMPARE(period.has_value(), valid);
    if (valid) {
        QCOMPARE(period->label(), label);
        QCOMPARE(period->monthCount(), months);
    }
}

void TestPeriod::navigation()
{
    const Period q1 = *Period::parse(QStringLiteral("2026-Q1"));
    QCOMPARE(q1.previous().label(), QStringLiteral("2025-Q4"));
    QCOMPARE(q1.next().label(), QStringLiteral("2026-Q2"));
    QCOMPARE(q1.yearBefore().label(), QStringLiteral("2025-Q1"));
    QCOMPARE(Period::containing(Grain::Quarter, monthIndex(2026, 8)).label(), QStringLiteral("2026-Q3"));
    QCOMPARE(Period::containing(Grain::Year, monthIndex(2026, 8)).firstMonth, monthIndex(2026, 1));
    const Period jan = *Period::parse(QStringLiteral("2026-01"));
    QCOMPARE(jan.previous().label(), QStringLiteral("2025-12"));
    QCOMPARE(fromYyyymm(yyyymm(monthIndex(2024, 12))), monthIndex(2024, 12));
}

void TestPeriod::monthDays()
{
    QCOMPARE(lastDayOf(monthIndex(2024, 2)), QDate(2024, 2, 29));
    QCOMPARE(lastDayOf(monthIndex(2026, 12)), QDate(2026, 12, 31));
    QCOMPARE(firstDayOf(monthIndex(2026, 3)), QDate(2026, 3, 1));
    QCOMPARE(monthLabel(monthIndex(2026, 3)), QStringLiteral("2026-03"));
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
