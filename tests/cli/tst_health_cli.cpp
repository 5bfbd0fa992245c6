// tenure health --config / --set-config / --backtest with lift and AUC, and tenure account, end to
// end through the executable, on the hand-worked company of tst_health_fixture.h.
#include "../core/tst_health_fixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tenure;
using test::runTenure;

class TestHealthCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backtestLiftAndAuc();
    void backtestJsonBySegment();
    void configForOneRun();
    void setConfigSaves();
    void badConfig_data();
    void badConfig();
    void accountJson();
    void accountTable();
    void accountErrors();

private:
    QString storedConfig();
    test::TempWorkspace m_temp;
    QString ws() const { return m_temp.path(); }
    QString file(const QString& name, const QByteArray& json)
    {
        return test::writeFile(m_temp.dir() + QLatin1Char('/') + name, json);
    }
};

void TestHealthCli::initTestCase()
{
    test::makeBacktestCompany(m_temp.workspace());
    m_temp.close();
}

QString TestHealthCli::storedConfig()
{
    const QString value = m_temp.workspace().setting(QStringLiteral("health_config")).toString();
    m_temp.close();
    return value;
}

void TestHealthCli::backtestLiftAndAuc()
{
    const auto r = runTenure(
        {QStringLiteral("health"), QStringLiteral("--workspace"), ws(), QStringLiteral("--backtest")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("month,band,accounts,churned_within_3_months,churn_share"));
    QCOMPARE(lines.value(1), QStringLiteral("2026-01,red,2,1,50"));
    // 9 rows, a blank line, then the lift and AUC table.
    QCOMPARE(lines.value(10), QString());
    QCOMPARE(lines.value(11),
             QStringLiteral("segment,observations,churned,red,red_churned,green,green_churned,lift,auc"));
    QCOMPARE(lines.value(12), QStringLiteral("all,14,4,5,2,6,2,1.2,0.375"));
    QCOMPARE(lines.size(), 13);
}

void TestHealthCli::backtestJsonBySegment()
{
    const auto r = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                              QStringLiteral("--backtest"), QStringLiteral("--segment"),
                              QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 9);
    const QJsonArray groups = o.value(QStringLiteral("summary")).toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("segment")).toString(), QStringLiteral("basic"));
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("auc")).toDouble(), 0.0);
    QVERIFY(groups.at(1).toObject().value(QStringLiteral("lift")).isNull());
    QVERIFY(qAbs(groups.at(2).toObject().value(QStringLiteral("auc")).toDouble() - 1.0 / 14) < 1e-12);
    const auto table =
        runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                   QStringLiteral("--backtest"), QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QLatin1String("0.375")) && table.out.contains(QLatin1String("1.20")),
             qPrintable(table.out));
    const auto bad =
        runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                   QStringLiteral("--backtest"), QStringLiteral("--segment"), QStringLiteral("colour")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("unknown --segment colour")));
}

void TestHealthCli::configForOneRun()
{
    // CSAT alone: A scores 0 in June (default weights: 62.5).
    const QString path = file(QStringLiteral("csat.json"),
                              R"({"weights": {"mrr_trend": 0, "nps": 0, "csat": 1, "tickets": 0,
                                  "activation": 0, "renewal": 0}})");
    const auto r =
        runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(), QStringLiteral("--config"),
                   path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray accounts =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 3);
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("account")).toString(), QStringLiteral("A"));
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("score")).toDouble(), 0.0);
    QCOMPARE(storedConfig(), QString()); // nothing stored
    const auto defaults = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws()});
    QVERIFY(defaults.out.contains(QLatin1String("\nA,Name of A,2026-06,100,62.5,amber,")));
    // A custom component in a file: seats, lower is better.
    const QString seats = file(QStringLiteral("seats.json"),
                               R"({"custom": [{"attribute": "seats", "direction": "lower_is_better", "low": 0,
                                   "high": 100}], "weights": {"attr:seats": 10}})");
    const auto withSeats = runTenure(
        {QStringLiteral("health"), QStringLiteral("--workspace"), ws(), QStringLiteral("--config"), seats});
    QCOMPARE(withSeats.exitCode, 0);
    QVERIFY2(withSeats.out.startsWith(QLatin1String("account,name,month,mrr,score,band,mrr_trend,nps,csat,"
                                                    "tickets,activation,renewal,attr:seats,drags")),
             qPrintable(withSeats.out));
    // A: (75x30 + 0x15 + 100x15 + 50x10) / 70 = 4250 / 70.
    QVERIFY2(
        withSeats.out.contains(
            QStringLiteral("\nA,Name of A,2026-06,100,%1,amber,").arg(QString::number(4250.0 / 70, 'g', 12))),
        qPrintable(withSeats.out));
}

void TestHealthCli::setConfigSaves()
{
    const QString path = file(QStringLiteral("cut.json"), R"({"red_below": 63, "amber_below": 90})");
    const auto r = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                              QStringLiteral("--set-config"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("health: configuration saved")));
    QVERIFY(storedConfig().contains(QLatin1String("\"red_below\":63")));
    const auto after = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws()});
    QVERIFY2(after.out.contains(QLatin1String("\nA,Name of A,2026-06,100,62.5,red,")), qPrintable(after.out));
    // Back to the defaults for the other tests.
    const QString defaults = file(QStringLiteral("defaults.json"), "{}");
    QCOMPARE(runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                        QStringLiteral("--set-config"), defaults})
                 .exitCode,
             0);
}

void TestHealthCli::badConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown component")
        << QByteArray(R"({"weights": {"speed": 1}})") << QStringLiteral("unknown component \"speed\"");
    QTest::newRow("negative weight") << QByteArray(R"({"weights": {"csat": -3}})")
                                     << QStringLiteral("weight of csat is negative (-3)");
    QTest::newRow("all weights zero")
        << QByteArray(
               R"({"weights": {"mrr_trend": 0, "nps": 0, "csat": 0, "tickets": 0, "activation": 0, "renewal": 0}})")
        << QStringLiteral("all weights are zero");
    QTest::newRow("cut-offs out of order")
        << QByteArray(R"({"red_below": 75, "amber_below": 50})") << QStringLiteral("cut-offs out of order");
    QTest::newRow("custom attribute the workspace lacks")
        << QByteArray(
               R"({"custom": [{"attribute": "height", "low": 0, "high": 2}], "weights": {"attr:height": 1}})")
        << QStringLiteral("no custom account attribute height");
    QTest::newRow("not JSON") << QByteArray("weights = 3") << QStringLiteral("is not a JSON object");
}

void TestHealthCli::badConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const QString before = storedConfig();
    const QString path = file(QStringLiteral("bad.json"), json);
    for (const char* option : {"--set-config", "--config"}) {
        const auto r = runTenure({QStringLiteral("health"), QStringLiteral("--workspace"), ws(),
                                  QString::fromLatin1(option), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }
    QCOMPARE(storedConfig(), before); // nothing saved
}

void TestHealthCli::accountJson()
{
    const auto r = runTenure({QStringLiteral("account"), QStringLiteral("--workspace"), ws(),
                              QStringLiteral("A"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("A"));
    QCOMPARE(o.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("owner")).toString(),
             QStringLiteral("ann"));
    const QJsonArray months = o.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 6);
    QCOMPARE(months.at(0).toObject().value(QStringLiteral("movement")).toString(), QStringLiteral("new"));
    QCOMPARE(months.at(0).toObject().value(QStringLiteral("score")).toDouble(), 0.0);
    QCOMPARE(months.at(5).toObject().value(QStringLiteral("score")).toDouble(), 62.5);
    const QJsonObject health = o.value(QStringLiteral("health")).toObject();
    QCOMPARE(health.value(QStringLiteral("band")).toString(), QStringLiteral("amber"));
    QCOMPARE(health.value(QStringLiteral("drags")).toArray().first().toString(), QStringLiteral("csat"));
    const QJsonArray surveys = o.value(QStringLiteral("surveys")).toArray();
    QCOMPARE(surveys.size(), 1);
    QCOMPARE(surveys.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-05"));
    QCOMPARE(surveys.at(0).toObject().value(QStringLiteral("comment")).toString(),
             QStringLiteral("Too slow"));
    QCOMPARE(o.value(QStringLiteral("tickets")).toArray().size(), 0);
    const auto d = runTenure({QStringLiteral("account"), QStringLiteral("--workspace"), ws(),
                              QStringLiteral("D"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray orders =
        QJsonDocument::fromJson(d.out.toUtf8()).object().value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("500.00"));
}

void TestHealthCli::accountTable()
{
    const auto r =
        runTenure({QStringLiteral("account"), QStringLiteral("--workspace"), ws(), QStringLiteral("C")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("C  Name of C\n")));
    QVERIFY(r.out.contains(QLatin1String("owner: bob")));
    QVERIFY(r.out.contains(QLatin1String("health 76.")) && r.out.contains(QLatin1String(" (green)")));
    QVERIFY(r.out.contains(QLatin1String("MRR and health by month")));
    QVERIFY(r.out.contains(QLatin1String("tickets (1)")));
    QVERIFY(r.out.contains(QLatin1String("2026-06-20")));
}

void TestHealthCli::accountErrors()
{
    const auto none =
        runTenure({QStringLiteral("account"), QStringLiteral("--workspace"), ws(), QStringLiteral("Z")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QLatin1String("no account Z")));
    const auto missing = runTenure({QStringLiteral("account"), QStringLiteral("--workspace"), ws()});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("which account?")));
    const auto format = runTenure({QStringLiteral("account"), QStringLiteral("--workspace"), ws(),
                                   QStringLiteral("A"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(format.exitCode, 2);
    QVERIFY(format.err.contains(QLatin1String("bad --format csv")));
}

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_health_cli.moc"
