// tenure kpi / cohorts / health end to end (SPEC.md section 5): formats and errors.

#include "../core/tst_kpi_fixture.h"
#include "../core/tst_profiles_fixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;
using test::runTenure;

class TestKpiCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kpiCsv();
    void kpiSegmentsAndQuarters();
    void kpiJsonAndTable();
    void errors_data();
    void errors();
    void cohorts();
    void health();
    void snapshotAcrossRuns();
    void profiles();
    void unknownProfile();

private:
    test::TempWorkspace m_temp;
    test::TempWorkspace m_profiles; // tst_profiles' company, worked out by hand under every profile
    QString ws() const { return m_temp.path(); }
};

void TestKpiCli::initTestCase()
{
    {
        test::Company c(m_temp.workspace());
        test::buildSmallCompany(c);
    }
    m_temp.close();
    test::makeProfilesCompany(m_profiles.workspace());
    m_profiles.close();
}

void TestKpiCli::kpiCsv()
{
    const auto r = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(),
                              QStringLiteral("--kpi"), QStringLiteral("churn_rate,mrr,nps")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("kpi,period,segment,value,numerator,denominator,band"));
    QVERIFY(lines.contains(QStringLiteral("churn_rate,2026-01,all,,0,0,")));
    QVERIFY(lines.contains(QStringLiteral("churn_rate,2026-03,all,25,1,4,too high")));
    QVERIFY(lines.contains(QStringLiteral("mrr,2026-03,all,310,,,")));
    QVERIFY(lines.contains(QStringLiteral("nps,2026-03,all,0,0,5,acceptable")));
    // Unrounded: at least 6 significant digits.
    const auto nrr =
        runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(), QStringLiteral("--kpi"),
                   QStringLiteral("nrr"), QStringLiteral("--from"), QStringLiteral("2026-03"),
                   QStringLiteral("--to"), QStringLiteral("2026-03")});
    QCOMPARE(nrr.out.trimmed().split(QLatin1Char('\n')).value(1),
             QStringLiteral("nrr,2026-03,all,93.9393939394,310,330,"));
    // mrr runs Jan..Apr, nps only Feb..Mar (its own data).
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^mrr,"))).size(), 4);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^nps,"))).size(), 2);
}

void TestKpiCli::kpiSegmentsAndQuarters()
{
    const auto r =
        runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(), QStringLiteral("--kpi"),
                   QStringLiteral("customers"), QStringLiteral("--period"), QStringLiteral("quarter"),
                   QStringLiteral("--segment"), QStringLiteral("plan")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("customers,2026-Q1,basic,2,,,")));
    QVERIFY(lines.contains(QStringLiteral("customers,2026-Q1,pro,1,,,")));
    QVERIFY(lines.contains(QStringLiteral("customers,2026-Q2,pro,2,,,")));
    // Funnel and cost rows have no account, so "unknown" is a segment value too.
    QVERIFY(lines.contains(QStringLiteral("customers,2026-Q1,unknown,0,,,")));
    QCOMPARE(lines.size(), 1 + 2 * 3);
}

void TestKpiCli::kpiJsonAndTable()
{
    const auto r =
        runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(), QStringLiteral("--kpi"),
                   QStringLiteral("csat"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject o = rows.first().toObject();
    QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 50.0);
    QCOMPARE(o.value(QStringLiteral("responses")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("small_sample")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("margin_of_error")).toDouble(), 49.0);
    QCOMPARE(o.value(QStringLiteral("band")).toString(), QStringLiteral("below benchmark"));

    const auto t =
        runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(), QStringLiteral("--kpi"),
                   QStringLiteral("mrr"), QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(t.exitCode, 0);
    QVERIFY(t.out.startsWith(QStringLiteral("kpi  period")));
    QVERIFY(t.out.contains(QStringLiteral("2026-04")));
}

void TestKpiCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString missing = m_temp.dir() + QStringLiteral("/missing.tenure");
    QTest::newRow("kpi: missing workspace")
        << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), missing};
    QTest::newRow("kpi: no workspace option") << QStringList{QStringLiteral("kpi")};
    QTest::newRow("kpi: unknown KPI")
        << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(), QStringLiteral("--kpi"),
                       QStringLiteral("mrr,happiness")};
    QTest::newRow("kpi: bad period") << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"),
                                                    ws(), QStringLiteral("--period"), QStringLiteral("week")};
    QTest::newRow("kpi: bad from") << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(),
                                                  QStringLiteral("--from"), QStringLiteral("2026-13")};
    QTest::newRow("kpi: unknown segment")
        << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(),
                       QStringLiteral("--segment"), QStringLiteral("colour")};
    QTest::newRow("kpi: bad format") << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"),
                                                    ws(), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("kpi: unknown option") << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"),
                                                        ws(), QStringLiteral("--colour")};
    QTest::newRow("cohorts: bad metric")
        << QStringList{QStringLiteral("cohorts"), QStringLiteral("--workspace"), ws(),
                       QStringLiteral("--metric"), QStringLiteral("nps")};
    QTest::newRow("cohorts: missing workspace")
        << QStringList{QStringLiteral("cohorts"), QStringLiteral("--workspace"), missing};
    QTest::newRow("health: bad period")
        << QStringList{QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                       QStringLiteral("--period"), QStringLiteral("soon")};
    QTest::newRow("health: period without data")
        << QStringList{QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                       QStringLiteral("--period"), QStringLiteral("2020")};
}

void TestKpiCli::errors()
{
    QFETCH(QStringList, args);
    const auto r = runTenure(args);
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("tenure: ")));
}

void TestKpiCli::cohorts()
{
    const auto r = runTenure({QStringLiteral("cohorts"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("segment,cohort,accounts,start_mrr,m0,m1,m2,m3"));
    QCOMPARE(lines.value(1),
             QStringLiteral("all,2026-01,3,350,100,66.6666666667,33.3333333333,66.6666666667"));
    QCOMPARE(lines.value(2), QStringLiteral("all,2026-02,2,180,100,100,50,"));
    const auto mrr =
        runTenure({QStringLiteral("cohorts"), QStringLiteral("--workspace"), ws(), QStringLiteral("--metric"),
                   QStringLiteral("mrr"), QStringLiteral("--segment"), QStringLiteral("plan"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(mrr.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(mrr.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3); // basic Jan, basic Feb, pro Jan
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("segment")).toString(), QStringLiteral("pro"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("values")).toArray().at(3).toDouble(), 90.0);
    const auto table = runTenure({QStringLiteral("cohorts"), QStringLiteral("--workspace"), ws(),
                                  QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY(table.out.contains(QStringLiteral("66.7")));
}

void TestKpiCli::health()
{
    const auto r = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(),
             QStringLiteral(
                 "account,name,month,mrr,score,band,mrr_trend,nps,csat,tickets,activation,renewal,drags"));
    QVERIFY(lines.value(1).startsWith(QStringLiteral("all,(MRR-weighted mean),2026-04,330,")));
    QCOMPARE(lines.size(), 1 + 1 + 3); // all + A, C, D active in April
    const auto json =
        runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(), QStringLiteral("--period"),
                   QStringLiteral("2026-Q1"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("month")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(o.value(QStringLiteral("accounts")).toArray().size(), 3);
    const auto backtest = runTenure(
        {QStringLiteral("health"), QStringLiteral("--workspace"), ws(), QStringLiteral("--backtest")});
    QCOMPARE(backtest.exitCode, 0);
    const QStringList bt = backtest.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(bt.first(), QStringLiteral("month,band,accounts,churned_within_3_months,churn_share"));
    // Jan only has 3 later months (Feb..Apr); then a blank line and the lift and AUC table.
    QCOMPARE(bt.indexOf(QString()), 1 + 3);
    QCOMPARE(bt.value(5).section(QLatin1Char(','), 0, 0), QStringLiteral("segment"));
}

void TestKpiCli::snapshotAcrossRuns()
{
    // The first run reads the workspace rows and saves the snapshot; the next run, another process,
    // reads the snapshot and prints the same numbers.
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    qputenv("TENURE_KPI_TRACE", "1");
    const QStringList args{QStringLiteral("kpi"), QStringLiteral("--workspace"), ws(),
                           QStringLiteral("--segment"), QStringLiteral("plan")};
    const auto first = runTenure(args);
    const auto second = runTenure(args);
    qunsetenv("TENURE_KPI_TRACE");
    qunsetenv("XDG_CACHE_HOME");
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(first.err.contains(QLatin1String("kpi load: snapshot saved")), qPrintable(first.err));
    QVERIFY2(second.err.contains(QLatin1String("kpi load: snapshot ")) &&
                 !second.err.contains(QLatin1String("snapshot saved")),
             qPrintable(second.err));
    QVERIFY(first.out.count(QLatin1Char('\n')) > 10);
    QCOMPARE(second.out, first.out);
}

// --profile: July's LTV of the profiles company is 1,920 under tenure and 3,000 under chartmogul
// (tst_profiles_fixture.h); the table names the profile used; the setting kpi_profile is the default
// and the command line wins over it.
void TestKpiCli::profiles()
{
    auto run = [this](const QStringList& more) {
        return runTenure(QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), m_profiles.path(),
                                     QStringLiteral("--kpi"), QStringLiteral("clv,churn_rate"),
                                     QStringLiteral("--from"), QStringLiteral("2026-07"),
                                     QStringLiteral("--to"), QStringLiteral("2026-07")} +
                         more);
    };
    const auto tenure = run({QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY2(tenure.exitCode == 0, qPrintable(tenure.err));
    QVERIFY2(tenure.out.contains(QRegularExpression(QStringLiteral("\\bclv\\s+2026-07\\s+all\\s+1920\\b"))),
             qPrintable(tenure.out));
    QVERIFY(tenure.out.contains(QLatin1String("\nprofile tenure\n")));

    const auto chartmogul = run({QStringLiteral("--format"), QStringLiteral("table"),
                                 QStringLiteral("--profile"), QStringLiteral("ChartMogul")});
    QVERIFY2(chartmogul.exitCode == 0, qPrintable(chartmogul.err));
    QVERIFY2(
        chartmogul.out.contains(QRegularExpression(QStringLiteral("\\bclv\\s+2026-07\\s+all\\s+3000\\b"))),
        qPrintable(chartmogul.out));
    QVERIFY(chartmogul.out.contains(QLatin1String("\nprofile chartmogul\n")));
    // Customer churn rate is the same under every profile.
    const QRegularExpression churn(QStringLiteral("\\bchurn_rate\\s+2026-07\\s+all\\s+10\\b"));
    QVERIFY(tenure.out.contains(churn));
    QVERIFY(chartmogul.out.contains(churn));

    const auto csv = run({QStringLiteral("--profile"), QStringLiteral("baremetrics")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.split(QLatin1Char('\n')).filter(QStringLiteral("clv,2026-07,all,1200,")).size() == 1,
             qPrintable(csv.out));

    {
        QString error;
        auto workspace = Workspace::open(m_profiles.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        workspace->setSetting(QStringLiteral("kpi_profile"), QStringLiteral("chartmogul"));
    }
    const auto setting = run({QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY(setting.out.contains(QLatin1String("\nprofile chartmogul\n")));
    QVERIFY(setting.out.contains(QRegularExpression(QStringLiteral("\\bclv\\s+2026-07\\s+all\\s+3000\\b"))));
    const auto wins = run({QStringLiteral("--format"), QStringLiteral("table"), QStringLiteral("--profile"),
                           QStringLiteral("tenure")});
    QVERIFY(wins.out.contains(QLatin1String("\nprofile tenure\n")));
    QVERIFY(wins.out.contains(QRegularExpression(QStringLiteral("\\bclv\\s+2026-07\\s+all\\s+1920\\b"))));
    {
        QString error;
        auto workspace = Workspace::open(m_profiles.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        workspace->setSetting(QStringLiteral("kpi_profile"), QStringLiteral("tenure"));
    }
}

void TestKpiCli::unknownProfile()
{
    const auto r = runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), m_profiles.path(),
                              QStringLiteral("--profile"), QStringLiteral("foo")});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("unknown --profile foo")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("tenure, chartmogul, baremetrics, profitwell")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestKpiCli)
#include "tst_kpi_cli.moc"
