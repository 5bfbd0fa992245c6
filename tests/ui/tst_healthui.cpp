// The health score editor (Edit > Health score...), the health page, the account page and the
// back/forward navigation, offscreen, on the hand-worked company of tst_health_fixture.h.
#include "../core/tst_health_fixture.h"
#include "ExplainDialog.h"
#include "HealthConfigDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "models/HealthModels.h"
#include "models/KpiModels.h"
#include "pages/AccountPage.h"
#include "pages/DataPage.h"
#include "pages/TablePages.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace tenure;

namespace {

double raw(const QAbstractItemModel* m, int row, int column)
{
    return m->index(row, column).data(GridModel::RawValueRole).toDouble();
}

// Account-months in the backtest table (every month and band).
int backtestAccounts(const BacktestModel* m)
{
    int n = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        n += int(raw(m, r, BacktestModel::Accounts));
    return n;
}

} // namespace

class TestHealthUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_healthui"));
    }
    void init()
    {
        QSettings().clear();
        m_temp = std::make_unique<test::TempWorkspace>();
        test::makeBacktestCompany(m_temp->workspace());
    }
    void cleanup() { m_temp.reset(); }

    void editorShowsTheBacktest()
    {
        KpiEngine engine(m_temp->workspace());
        HealthConfigDialog dialog(engine);
        QAbstractItemModelTester groupsTester(dialog.groupModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rowsTester(dialog.backtestModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.segmentBox()->currentData().toString(), QStringLiteral("plan"));
        QCOMPARE(dialog.groupModel()->rowCount(), 3); // all, basic, pro
        QCOMPARE(dialog.groupModel()->index(0, BacktestGroupModel::Segment).data().toString(),
                 QStringLiteral("all"));
        QCOMPARE(raw(dialog.groupModel(), 0, BacktestGroupModel::Observations), 14.0);
        QVERIFY(qAbs(raw(dialog.groupModel(), 0, BacktestGroupModel::Lift) - 1.2) < 1e-12);
        QVERIFY(qAbs(raw(dialog.groupModel(), 0, BacktestGroupModel::Auc) - 0.375) < 1e-12);
        QVERIFY(qAbs(raw(dialog.groupModel(), 0, BacktestGroupModel::RedShare) - 40) < 1e-12);
        QCOMPARE(dialog.backtestModel()->rowCount(), 9);
        QCOMPARE(backtestAccounts(dialog.backtestModel()), 14);
        QVERIFY(dialog.changesLabel()->text().contains(QLatin1String("no account changes band")));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.undoButton()->isEnabled());
    }

    void editorFollowsTheWeights()
    {
        KpiEngine engine(m_temp->workspace());
        HealthConfigDialog dialog(engine);
        // CSAT's weight to 0: nothing else has data in Jan-Mar, the backtest empties.
        dialog.weightSlider(QStringLiteral("csat"))->setValue(0);
        QCOMPARE(dialog.config().weights.value(QStringLiteral("csat")), 0.0);
        QCOMPARE(dialog.weightBox(QStringLiteral("csat"))->value(), 0.0);
        dialog.recomputeNow();
        QCOMPARE(backtestAccounts(dialog.backtestModel()), 0);
        QCOMPARE(raw(dialog.groupModel(), 0, BacktestGroupModel::Observations), 0.0);
        // Undo brings it back.
        QVERIFY(dialog.undoButton()->isEnabled());
        dialog.undoButton()->click();
        dialog.recomputeNow();
        QCOMPARE(dialog.config().weights.value(QStringLiteral("csat")), 15.0);
        QCOMPARE(dialog.weightSlider(QStringLiteral("csat"))->value(), 15);
        QCOMPARE(backtestAccounts(dialog.backtestModel()), 14);
        // Switched off: the same as weight 0, and the weight is kept.
        dialog.enabledBox(QStringLiteral("csat"))->setChecked(false);
        dialog.recomputeNow();
        QCOMPARE(backtestAccounts(dialog.backtestModel()), 0);
        QCOMPARE(dialog.config().weights.value(QStringLiteral("csat")), 15.0);
        dialog.enabledBox(QStringLiteral("csat"))->setChecked(true);
        // Red below 20: B (25) turns amber, red churns 0 of 3: lift 0.
        dialog.redBox()->setValue(20);
        dialog.recomputeNow();
        QCOMPARE(raw(dialog.groupModel(), 0, BacktestGroupModel::Lift), 0.0);
        // Amber below 76 moves E (75 in June) to amber: one account of three changes band.
        dialog.amberBox()->setValue(76);
        dialog.recomputeNow();
        QVERIFY2(dialog.changesLabel()->text().contains(QLatin1String("1 of 3 active accounts change band")),
                 qPrintable(dialog.changesLabel()->text()));
        QVERIFY(dialog.changesLabel()->text().contains(QLatin1String("1 into amber")));
        // Reset to defaults, then undo the reset.
        dialog.resetButton()->click();
        QCOMPARE(dialog.config(), HealthConfig::defaults());
        dialog.undo();
        QCOMPARE(dialog.config().amberBelow, 76.0);
    }

    void dragIsOneChange()
    {
        KpiEngine engine(m_temp->workspace());
        HealthConfigDialog dialog(engine);
        QSlider* slider = dialog.weightSlider(QStringLiteral("nps"));
        slider->setSliderDown(true); // as a mouse drag does: sliderPressed()
        for (int v : {25, 30, 35, 40})
            slider->setValue(v);
        slider->setSliderDown(false); // sliderReleased()
        QCOMPARE(dialog.config().weights.value(QStringLiteral("nps")), 40.0);
        const int before = dialog.recomputeCount();
        QTRY_VERIFY(dialog.recomputeCount() > before); // recomputed at the next turn of the loop
        dialog.undo();
        QCOMPARE(dialog.config().weights.value(QStringLiteral("nps")), 20.0);
        QVERIFY(!dialog.canUndo());
    }

    void editorRefusesABadConfiguration()
    {
        KpiEngine engine(m_temp->workspace());
        HealthConfigDialog dialog(engine);
        for (const QString& id : HealthConfig::componentIds())
            dialog.weightBox(id)->setValue(0);
        dialog.recomputeNow();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("all weights are zero")));
        QVERIFY(!dialog.save());
        QCOMPARE(m_temp->workspace().setting(QStringLiteral("health_config")).toString(), QString());
        dialog.weightBox(QStringLiteral("csat"))->setValue(1);
        dialog.redBox()->setValue(90);
        dialog.recomputeNow();
        QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("cut-offs out of order")));
        dialog.redBox()->setValue(40);
        dialog.recomputeNow();
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void editorAddsACustomComponentAndSaves()
    {
        KpiEngine engine(m_temp->workspace());
        HealthConfigDialog dialog(engine);
        QCOMPARE(dialog.attributeBox()->count(), 1);
        QCOMPARE(dialog.attributeBox()->itemText(0), QStringLiteral("seats"));
        QVERIFY(dialog.addCustom(QStringLiteral("seats")));
        QVERIFY(dialog.weightSlider(QStringLiteral("attr:seats")));
        QCOMPARE(dialog.config().custom.size(), 1);
        QCOMPARE(dialog.config().custom.first().low, 10.0); // the attribute's range: 10..200
        QCOMPARE(dialog.config().custom.first().high, 200.0);
        QCOMPARE(dialog.attributeBox()->count(), 0);
        QVERIFY(!dialog.addCustom(QStringLiteral("seats"))); // once
        dialog.weightBox(QStringLiteral("attr:seats"))->setValue(15);
        QVERIFY(dialog.save());
        KpiEngine other(m_temp->workspace());
        QCOMPARE(other.healthConfig(), dialog.config());
        QCOMPARE(other.healthConfig().weights.value(QStringLiteral("attr:seats")), 15.0);
    }

    void modelsPassTheTester()
    {
        KpiEngine engine(m_temp->workspace());
        AccountMonthsModel months;
        TextTableModel rows;
        QAbstractItemModelTester t1(&months, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto story = engine.accountStory(QStringLiteral("B"));
        months.load(*story, QStringLiteral("USD"));
        QCOMPARE(months.rowCount(), 3); // Jan, Feb and the churn in Mar
        QCOMPARE(months.index(2, AccountMonthsModel::Movement).data().toString(), QStringLiteral("churn"));
        QCOMPARE(raw(&months, 0, AccountMonthsModel::Score), 25.0);
        QCOMPARE(months.index(0, AccountMonthsModel::Band).data(GridModel::BandColourRole).toString(),
                 bandColour(QStringLiteral("red")));
        rows.load({QStringLiteral("a"), QStringLiteral("b")}, {{QStringLiteral("x"), QStringLiteral("2")}},
                  {1});
        QCOMPARE(rows.index(0, 1).data(GridModel::RawValueRole).toDouble(), 2.0);
    }

    void healthPageAndAccountPage()
    {
        m_temp->close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_temp->path(), &error), qPrintable(error));
        window.show();
        QVERIFY(window.showView(QStringLiteral("health")));
        auto* health = qobject_cast<HealthPage*>(window.page(QStringLiteral("health")));
        health->ensureFresh();
        QAbstractItemModelTester tester(health->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // June: A 62.5 amber, C 76.25 and E 75 green: nobody at risk; the owner filter lists ann and bob.
        QCOMPARE(health->model()->rowCount(), 0);
        QCOMPARE(health->model()->filtered().size(), 3);
        QCOMPARE(health->ownerBox()->count(), 3);
        health->ownerBox()->setCurrentIndex(health->ownerBox()->findData(QStringLiteral("ann")));
        emit health->ownerBox()->activated(health->ownerBox()->currentIndex());
        health->ensureFresh();
        QCOMPARE(health->model()->filtered().size(), 1); // A
        QVERIFY(!health->distributionView()->chart()->series().isEmpty());
        QCOMPARE(health->backtestView()->chart()->series().size(), 3);

        // Red below 65 puts A at risk; a double-click on it opens its page.
        KpiEngine* engine = window.engine();
        HealthConfig c = HealthConfig::defaults();
        c.redBelow = 65;
        engine->setHealthConfig(c);
        window.dataChanged();
        health->ensureFresh();
        QCOMPARE(health->model()->rowCount(), 1);
        QTableView* table = health->table();
        const QModelIndex cell = table->model()->index(0, HealthModel::NameColumn);
        emit table->doubleClicked(cell);
        QTRY_COMPARE(window.currentView(), QStringLiteral("account"));
        AccountPage* account = window.accountPage();
        QCOMPARE(account->account(), QStringLiteral("A"));
        account->ensureFresh();
        QVERIFY(account->hasStory());
        QVERIFY(account->titleLabel()->text().contains(QLatin1String("Name of A")));
        QVERIFY(account->titleLabel()->text().contains(QLatin1String("ann")));
        QCOMPARE(account->surveysModel()->rowCount(), 1);
        QCOMPARE(account->surveysModel()->index(0, 3).data().toString(), QStringLiteral("Too slow"));
        QCOMPARE(account->monthsModel()->rowCount(), 6);
        QVERIFY(account->exportButton()->isEnabled());
        QVERIFY(!account->mrrView()->chart()->series().isEmpty());

        // Back to the health page, forward to the account again; another account by its key.
        QVERIFY(window.canGoBack());
        window.goBack();
        QCOMPARE(window.currentView(), QStringLiteral("health"));
        QVERIFY(window.canGoForward());
        window.goForward();
        QCOMPARE(window.currentView(), QStringLiteral("account"));
        QVERIFY(window.openAccount(QStringLiteral("D")));
        QVERIFY(!window.openAccount(QStringLiteral("nobody")));
        window.goBack();
        QCOMPARE(window.accountPage()->account(), QStringLiteral("A"));
        QCOMPARE(window.history().mid(window.history().size() - 3),
                 (QStringList{QStringLiteral("health"), QStringLiteral("account:A"),
                              QStringLiteral("account:D")}));
        // --view account:KEY
        QVERIFY(window.showView(QStringLiteral("account:C")));
        window.accountPage()->ensureFresh();
        QCOMPARE(window.accountPage()->ticketsModel()->rowCount(), 1);
    }

    void explainAndDataRowsOpenAccounts()
    {
        m_temp->close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_temp->path(), &error), qPrintable(error));
        window.show();
        // The accounts behind health_score in June: A, C, E.
        window.explain(QStringLiteral("health_score"), QStringLiteral("2026-06"), {}, {});
        QVERIFY(window.explainDialog());
        auto* rows = window.explainDialog()->findChild<QTableView*>();
        QVERIFY(rows && rows->model()->rowCount() > 0);
        int accountColumn = -1;
        for (int c = 0; c < rows->model()->columnCount(); ++c)
            if (rows->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("account"))
                accountColumn = c;
        QVERIFY(accountColumn >= 0);
        const QString key = rows->model()->index(0, accountColumn).data().toString();
        emit rows->doubleClicked(rows->model()->index(0, 0));
        QTRY_COMPARE(window.currentView(), QStringLiteral("account"));
        QCOMPARE(window.accountPage()->account(), key);
        QTRY_VERIFY(!window.explainDialog());
        // The data page's survey rows: their account_id column.
        QVERIFY(window.showView(QStringLiteral("data:surveys")));
        window.dataPage()->ensureFresh();
        QAbstractItemModel* data = window.dataPage()->rowsView()->model();
        QVERIFY(data->rowCount() == 5);
        int column = -1;
        for (int c = 0; c < data->columnCount(); ++c)
            if (data->headerData(c, Qt::Horizontal).toString() == QLatin1String("account_id"))
                column = c;
        QVERIFY(column >= 0);
        int row = 0;
        while (row < data->rowCount() && data->index(row, column).data().toString() == key)
            ++row;
        QVERIFY(row < data->rowCount());
        const QString other = data->index(row, column).data().toString();
        emit window.dataPage()->rowsView()->doubleClicked(data->index(row, 0));
        QTRY_COMPARE(window.accountPage()->account(), other);
        QCOMPARE(window.currentView(), QStringLiteral("account"));
    }

private:
    std::unique_ptr<test::TempWorkspace> m_temp;
};

QTEST_MAIN(TestHealthUi)
#include "tst_healthui.moc"
