// KpiEngine::computeCombined: several segment values taken together as one segment give, for every
// KPI, exactly what the engine computes on a copy of the workspace where those values were merged
// into one by data (accounts and revenue rows rewritten).
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <cmath>

using namespace tenure;

namespace {

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

} // namespace

class TestCombined : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // A copy of the demo workspace where `values` of `attribute` are rewritten to `merged`
    // (an empty merged: no value, i.e. "unknown").
    std::unique_ptr<Workspace> mergedCopy(const QString& attribute, const QStringList& values,
                                          const QString& merged)
    {
        const QString copy = m_dir.filePath(
            QStringLiteral("merged-%1.tenure").arg(QUuid::createUuid().toString(QUuid::Id128)));
        if (!QFile::copy(m_path, copy))
            return nullptr;
        QString error;
        auto workspace = Workspace::openExisting(copy, &error);
        if (!workspace)
            return nullptr;
        QSqlQuery query(workspace->database());
        const QVariant newValue =
            merged.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(merged);
        for (const QString& value : values) {
            QStringList tables{QStringLiteral("accounts")};
            if (attribute == QLatin1String("plan"))
                tables << QStringLiteral("revenue"); // plans on revenue rows count per month
            for (const QString& table : tables) {
                query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, attribute));
                query.addBindValue(newValue);
                query.addBindValue(value);
                if (!query.exec())
                    return nullptr;
            }
        }
        workspace->bumpDataVersion();
        return workspace;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.tenure"));
        QString error;
        auto workspace = Workspace::open(m_path, &error);
        QVERIFY2(workspace, qPrintable(error));
        demo::DemoOptions options;
        options.accounts = 150;
        options.months = 14;
        options.lastMonth = monthIndex(2026, 3);
        QVERIFY2(demo::generate(options, workspace.get(), QString(), &error), qPrintable(error));
    }

    void equalsMergedByData_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<int>("first"); // the union: values first..first+count-1 of the attribute
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("grain");
        QTest::newRow("industry, three values, month")
            << QStringLiteral("industry") << 2 << 3 << int(Grain::Month);
        QTest::newRow("industry, three values, quarter")
            << QStringLiteral("industry") << 2 << 3 << int(Grain::Quarter);
        QTest::newRow("plan (revenue rows), two values, month")
            << QStringLiteral("plan") << 0 << 2 << int(Grain::Month);
        QTest::newRow("owner, four values, quarter")
            << QStringLiteral("owner") << 1 << 4 << int(Grain::Quarter);
    }

    void equalsMergedByData()
    {
        QFETCH(QString, attribute);
        QFETCH(int, first);
        QFETCH(int, count);
        QFETCH(int, grain);
        QString error;
        auto workspace = Workspace::openExisting(m_path, &error);
        QVERIFY2(workspace, qPrintable(error));
        KpiEngine engine(*workspace);
        QStringList values = engine.segmentValues(attribute);
        values.removeAll(QStringLiteral("unknown"));
        QVERIFY2(values.size() >= first + count, qPrintable(values.join(QLatin1Char(','))));
        const QStringList combined = values.mid(first, count);

        auto merged = mergedCopy(attribute, combined, QStringLiteral("merged"));
        QVERIFY(merged);
        KpiEngine reference(*merged);
        QVERIFY(reference.segmentValues(attribute).contains(QStringLiteral("merged")));

        KpiQuery query;
        query.grain = Grain(grain);
        query.from = Period::containing(query.grain, monthIndex(2025, 4));
        query.to = Period::containing(query.grain, monthIndex(2026, 3));
        query.segmentAttribute = attribute;
        query.segmentValues = {values.last()}; // ignored by computeCombined
        const KpiTable mine = engine.computeCombined(query, combined, QStringLiteral("other"));
        query.segmentValues = {QStringLiteral("merged")};
        const KpiTable expected = reference.compute(query);
        QCOMPARE(mine.rows.size(), expected.rows.size());
        QVERIFY(mine.rows.size() >= int(kpiCatalogue().size()) * 4);
        int withValue = 0;
        for (int i = 0; i < mine.rows.size(); ++i) {
            const KpiResult& a = mine.rows.at(i);
            const KpiResult& b = expected.rows.at(i);
            const QByteArray where = (a.kpi + QLatin1Char(' ') + a.period.label()).toUtf8();
            QCOMPARE(a.kpi, b.kpi);
            QCOMPARE(a.period, b.period);
            QCOMPARE(a.segment, QStringLiteral("other"));
            QVERIFY2(same(a.value, b.value), where.constData());
            QVERIFY2(same(a.numerator, b.numerator), where.constData());
            QVERIFY2(same(a.denominator, b.denominator), where.constData());
            QVERIFY2(a.responses == b.responses, where.constData());
            withValue += a.value ? 1 : 0;
        }
        QVERIFY(withValue > mine.rows.size() / 2);
    }

    void unionWithUnknown()
    {
        QString error;
        auto workspace = Workspace::openExisting(m_path, &error);
        QVERIFY2(workspace, qPrintable(error));
        KpiEngine engine(*workspace);
        QStringList values = engine.segmentValues(QStringLiteral("industry"));
        values.removeAll(QStringLiteral("unknown"));
        const QStringList combined{values.first(), QStringLiteral("unknown")};
        // By data: the accounts of the first value lose their industry, so they are "unknown" too.
        auto merged = mergedCopy(QStringLiteral("industry"), {values.first()}, QString());
        QVERIFY(merged);
        KpiEngine reference(*merged);
        KpiQuery query;
        query.kpis = {QStringLiteral("mrr"), QStringLiteral("churn_rate"), QStringLiteral("nps"),
                      QStringLiteral("adoption_rate"), QStringLiteral("time_to_value")};
        query.from = Period::containing(Grain::Month, monthIndex(2025, 10));
        query.to = Period::containing(Grain::Month, monthIndex(2026, 3));
        query.segmentAttribute = QStringLiteral("industry");
        const KpiTable mine = engine.computeCombined(query, combined, QStringLiteral("other"));
        query.segmentValues = {QStringLiteral("unknown")};
        const KpiTable expected = reference.compute(query);
        QCOMPARE(mine.rows.size(), expected.rows.size());
        for (int i = 0; i < mine.rows.size(); ++i) {
            QVERIFY(same(mine.rows.at(i).value, expected.rows.at(i).value));
            QCOMPARE(mine.rows.at(i).responses, expected.rows.at(i).responses);
        }
    }

    void leavesOtherQueriesAlone()
    {
        QString error;
        auto workspace = Workspace::openExisting(m_path, &error);
        QVERIFY2(workspace, qPrintable(error));
        KpiEngine engine(*workspace);
        KpiQuery query;
        query.kpis = {QStringLiteral("mrr"), QStringLiteral("nps")};
        query.segmentAttribute = QStringLiteral("plan");
        const KpiTable before = engine.compute(query);
        const QStringList values = engine.segmentValues(QStringLiteral("plan"));
        QVERIFY(!engine.computeCombined(query, values.mid(0, 2), QStringLiteral("other")).rows.isEmpty());
        QCOMPARE(engine.segmentValues(QStringLiteral("plan")), values);
        const KpiTable after = engine.compute(query);
        QCOMPARE(after.rows.size(), before.rows.size());
        for (int i = 0; i < after.rows.size(); ++i) {
            QCOMPARE(after.rows.at(i).segment, before.rows.at(i).segment);
            QVERIFY(same(after.rows.at(i).value, before.rows.at(i).value));
        }
        // Nothing to combine: nothing computed.
        QVERIFY(engine.computeCombined(query, {}, QStringLiteral("other")).rows.isEmpty());
        query.segmentAttribute.clear();
        QVERIFY(engine.computeCombined(query, values, QStringLiteral("other")).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCombined)
#include "tst_combined.moc"
