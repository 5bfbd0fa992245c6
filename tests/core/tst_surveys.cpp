// KpiEngine::surveyDistribution: the answers per period and category are the ones the survey KPIs
// count: promoters + passives + detractors = the nps KPI's responses, and (P - D) / N * 100 = nps.
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "kpi/KpiEngine.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tenure;

class TestSurveys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<KpiEngine> m_engine;

private slots:
    void initTestCase()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("demo.tenure")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        demo::DemoOptions options;
        options.accounts = 200;
        options.months = 14;
        options.lastMonth = monthIndex(2026, 3);
        QVERIFY2(demo::generate(options, m_workspace.get(), QString(), &error), qPrintable(error));
        m_engine = std::make_unique<KpiEngine>(*m_workspace);
    }

    void npsEqualsTheKpi_data()
    {
        QTest::addColumn<int>("grain");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<int>("valueIndex"); // index into the attribute's values
        QTest::newRow("month, all") << int(Grain::Month) << QString() << 0;
        QTest::newRow("quarter, all") << int(Grain::Quarter) << QString() << 0;
        QTest::newRow("year, all") << int(Grain::Year) << QString() << 0;
        QTest::newRow("month, first plan") << int(Grain::Month) << QStringLiteral("plan") << 0;
        QTest::newRow("quarter, second plan") << int(Grain::Quarter) << QStringLiteral("plan") << 1;
        QTest::newRow("month, a region") << int(Grain::Month) << QStringLiteral("region") << 1;
        QTest::newRow("quarter, an industry") << int(Grain::Quarter) << QStringLiteral("industry") << 2;
    }

    void npsEqualsTheKpi()
    {
        QFETCH(int, grain);
        QFETCH(QString, attribute);
        QFETCH(int, valueIndex);
        const QString value =
            attribute.isEmpty() ? QString() : m_engine->segmentValues(attribute).value(valueIndex);
        QVERIFY(attribute.isEmpty() || !value.isEmpty());
        const Grain g = Grain(grain);
        const Period from = Period::containing(g, monthIndex(2025, 2));
        const Period to = Period::containing(g, monthIndex(2026, 3));
        const auto rows = m_engine->surveyDistribution(QStringLiteral("nps"), g, from, to, attribute, value);
        KpiQuery query;
        query.kpis = {QStringLiteral("nps")};
        query.grain = g;
        query.from = from;
        query.to = to;
        if (!attribute.isEmpty()) {
            query.segmentAttribute = attribute;
            query.segmentValues = {value};
        }
        const KpiTable table = m_engine->compute(query);
        QCOMPARE(rows.size(), table.rows.size());
        QCOMPARE(rows.first().period, from);
        QCOMPARE(rows.last().period, to);
        int total = 0;
        for (const auto& row : rows) {
            const KpiResult* r = table.find(QStringLiteral("nps"), row.period,
                                            attribute.isEmpty() ? QStringLiteral("all") : value);
            QVERIFY(r);
            const QByteArray where = row.period.label().toUtf8();
            QVERIFY2(row.responses() == r->responses, where.constData());
            total += row.responses();
            if (row.responses() == 0) {
                QVERIFY2(!r->value, where.constData());
                continue;
            }
            QVERIFY2(r->value, where.constData());
            const double nps = 100.0 * (row.high - row.low) / row.responses();
            QVERIFY2(std::abs(nps - *r->value) < 1e-9, where.constData());
        }
        QVERIFY(total > 0);
    }

    void otherSurveysAndBadInput()
    {
        const Period from = Period::containing(Grain::Quarter, monthIndex(2025, 4));
        const Period to = Period::containing(Grain::Quarter, monthIndex(2026, 3));
        const auto csat = m_engine->surveyDistribution(QStringLiteral("csat"), Grain::Quarter, from, to);
        QCOMPARE(csat.size(), 4);
        KpiQuery query;
        query.kpis = {QStringLiteral("csat")};
        query.grain = Grain::Quarter;
        query.from = from;
        query.to = to;
        const KpiTable table = m_engine->compute(query);
        for (const auto& row : csat) {
            const KpiResult* r = table.find(QStringLiteral("csat"), row.period);
            QVERIFY(r);
            QCOMPARE(row.responses(), r->responses);
            if (r->value) // csat: satisfied share in percent
                QVERIFY(std::abs(100.0 * row.high / row.responses() - *r->value) < 1e-9);
        }
        QVERIFY(m_engine->surveyDistribution(QStringLiteral("xyz"), Grain::Month, from, to).isEmpty());
        QVERIFY(m_engine->surveyDistribution(QStringLiteral("nps"), Grain::Month, to, from).isEmpty());
        const auto none =
            m_engine->surveyDistribution(QStringLiteral("nps"), Grain::Month, from, to,
                                         QStringLiteral("plan"), QStringLiteral("no such plan"));
        QCOMPARE(none.size(), 12);
        for (const auto& row : none)
            QCOMPARE(row.responses(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSurveys)
#include "tst_surveys.moc"
