// The dashboard's one money formatter and the change texts: rules as documented in ui/Format.h and
// ui/models/KpiModels.h; a change that rounds to zero is neutral (no arrow, no good/bad colour).
#include "Format.h"
#include "kpi/KpiCatalogue.h"
#include "models/KpiModels.h"
#include "pages/OverviewPage.h"

#include <QtTest>

using namespace tenure;

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << QStringLiteral("USD") << QStringLiteral("$0.00");
        QTest::newRow("cents") << 0.75 << QStringLiteral("USD") << QStringLiteral("$0.75");
        QTest::newRow("below 100 keeps cents") << 42.5 << QStringLiteral("USD") << QStringLiteral("$42.50");
        QTest::newRow("99.99") << 99.99 << QStringLiteral("USD") << QStringLiteral("$99.99");
        QTest::newRow("99.996 rounds to 100, whole")
            << 99.996 << QStringLiteral("USD") << QStringLiteral("$100");
        QTest::newRow("100 whole") << 100.0 << QStringLiteral("USD") << QStringLiteral("$100");
        QTest::newRow("749 has no cents") << 749.0 << QStringLiteral("USD") << QStringLiteral("$749");
        QTest::newRow("749.50 rounds") << 749.5 << QStringLiteral("USD") << QStringLiteral("$750");
        QTest::newRow("thousands") << 14207.4 << QStringLiteral("USD") << QStringLiteral("$14,207");
        QTest::newRow("millions") << 1234567.0 << QStringLiteral("EUR") << QStringLiteral("€1,234,567");
        QTest::newRow("negative large") << -1200.0 << QStringLiteral("GBP") << QStringLiteral("-£1,200");
        QTest::newRow("negative small") << -12.3 << QStringLiteral("USD") << QStringLiteral("-$12.30");
        QTest::newRow("tiny negative is no -0") << -0.001 << QStringLiteral("USD") << QStringLiteral("$0.00");
        QTest::newRow("other currency") << 2500.0 << QStringLiteral("CHF") << QStringLiteral("CHF 2,500");
    }
    void money()
    {
        QFETCH(double, amount);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(format::money(amount, currency), expected);
    }

    void moneyKpisUseIt_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("arpa") << QStringLiteral("arpa") << 749.0 << QStringLiteral("$749");
        QTest::newRow("mrr") << QStringLiteral("mrr") << 14207.0 << QStringLiteral("$14,207");
        QTest::newRow("aov small") << QStringLiteral("average_order_value") << 45.2
                                   << QStringLiteral("$45.20");
        QTest::newRow("percent unchanged")
            << QStringLiteral("churn_rate") << 2.345 << QStringLiteral("2.3 %");
    }
    void moneyKpisUseIt()
    {
        QFETCH(QString, kpi);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(format::kpiValue(*kpiInfo(kpi), value, QStringLiteral("USD")), expected);
        QCOMPARE(kpiformat::value(*kpiInfo(kpi), value, QStringLiteral("USD")), expected);
    }

    void ratioParts()
    {
        QCOMPARE(format::ratioPart(QStringLiteral("arpa"), true, 14207, QStringLiteral("USD")),
                 QStringLiteral("$14,207"));
        QCOMPARE(format::ratioPart(QStringLiteral("arpa"), false, 19, QStringLiteral("USD")),
                 QStringLiteral("19"));
        QCOMPARE(format::ratioPart(QStringLiteral("nrr"), false, 52000.5, QStringLiteral("USD")),
                 QStringLiteral("$52,001"));
        QCOMPARE(format::ratioPart(QStringLiteral("churn_rate"), true, 5, QStringLiteral("USD")),
                 QStringLiteral("5"));
        const QStringList columns{QStringLiteral("account"), QStringLiteral("start MRR"),
                                  QStringLiteral("new"), QStringLiteral("status")};
        QVERIFY(!format::isMoneyColumn(columns, 0));
        QVERIFY(format::isMoneyColumn(columns, 1));
        QVERIFY(format::isMoneyColumn(columns, 2));
        QVERIFY(!format::isMoneyColumn({QStringLiteral("new"), QStringLiteral("visitors")}, 0));
        QVERIFY(format::isMoneyColumn({QStringLiteral("order"), QStringLiteral("amount")}, 1));
    }

    void change_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("before");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sign");
        QTest::addColumn<int>("direction");
        // churn_rate: lower is better.
        QTest::newRow("points down, good")
            << QStringLiteral("churn_rate") << 2.0 << 3.0 << QStringLiteral("-1.0 pts") << -1 << 1;
        QTest::newRow("points up, bad")
            << QStringLiteral("churn_rate") << 3.0 << 2.0 << QStringLiteral("+1.0 pts") << 1 << -1;
        QTest::newRow("exactly equal")
            << QStringLiteral("churn_rate") << 2.0 << 2.0 << QStringLiteral("= 0.0 pts") << 0 << 0;
        QTest::newRow("rounds to 0.0, down")
            << QStringLiteral("churn_rate") << 2.0 << 2.04 << QStringLiteral("= 0.0 pts") << 0 << 0;
        QTest::newRow("rounds to 0.0, up")
            << QStringLiteral("nps") << 30.03 << 30.0 << QStringLiteral("= 0.0 pts") << 0 << 0;
        QTest::newRow("rounds to 0.1")
            << QStringLiteral("nps") << 30.06 << 30.0 << QStringLiteral("+0.1 pts") << 1 << 1;
        QTest::newRow("relative up, good")
            << QStringLiteral("mrr") << 110.0 << 100.0 << QStringLiteral("+10.0 %") << 1 << 1;
        QTest::newRow("relative rounds to zero")
            << QStringLiteral("mrr") << 100000.0 << 100040.0 << QStringLiteral("= 0.0 %") << 0 << 0;
        QTest::newRow("relative from zero") << QStringLiteral("mrr") << 10.0 << 0.0 << QString() << 0 << 0;
    }
    void change()
    {
        QFETCH(QString, kpi);
        QFETCH(double, now);
        QFETCH(double, before);
        QFETCH(QString, text);
        QFETCH(int, sign);
        QFETCH(int, direction);
        const kpiformat::Change c = kpiformat::changeOf(*kpiInfo(kpi), now, before);
        QCOMPARE(c.text, text);
        QCOMPARE(c.sign, sign);
        QCOMPARE(c.direction, direction);
    }

    // A tile with a zero change shows it without an arrow in the neutral colour.
    void tileShowsZeroChangeNeutral()
    {
        struct Model : OverviewModel
        {
            using OverviewModel::setGrid;
        } model;
        QList<QList<GridModel::Cell>> rows;
        QList<GridModel::Cell> row(OverviewModel::ColumnCount);
        row[OverviewModel::NameColumn] = GridModel::text(QStringLiteral("Customer churn rate"));
        row[OverviewModel::ValueColumn] = GridModel::number(QStringLiteral("2.0 %"), 2.0);
        row[OverviewModel::ValueColumn][GridModel::KpiRole] = QStringLiteral("churn_rate");
        const auto zero = kpiformat::changeOf(*kpiInfo(QStringLiteral("churn_rate")), 2.0, 2.02);
        const auto worse = kpiformat::changeOf(*kpiInfo(QStringLiteral("churn_rate")), 2.5, 2.0);
        for (const auto& [column, c] : {std::pair{int(OverviewModel::PreviousChangeColumn), zero},
                                        std::pair{int(OverviewModel::YearChangeColumn), worse}}) {
            row[column] = GridModel::number(c.text, c.direction);
            row[column][GridModel::ExtraRole] = c.sign;
        }
        rows << row;
        model.setGrid(QStringList(OverviewModel::ColumnCount, QStringLiteral("h")), rows);
        KpiTile tile;
        tile.setRow(&model, 0);
        QCOMPARE(tile.changeText(false), QStringLiteral("= 0.0 pts"));
        QCOMPARE(tile.changeColour(false), tile.palette().color(QPalette::PlaceholderText));
        QCOMPARE(tile.changeText(true), QStringLiteral("▲ +0.5 pts"));
        QVERIFY(tile.changeColour(true) != tile.palette().color(QPalette::PlaceholderText));
        tile.resize(tile.sizeHint());
        QVERIFY(!tile.grab().isNull()); // paints without the arrow
    }
};

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
