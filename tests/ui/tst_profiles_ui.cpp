// Formula profiles in the window (docs/user-guide.md): a profile chosen in Settings changes the
// numbers at the next refresh; the explain dialog shows the value under every profile for the KPIs
// they define differently, and one line for the others. The workspace is tst_profiles' company.
#include "../core/tst_profiles_fixture.h"
#include "ExplainDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "models/KpiModels.h"
#include "pages/OverviewPage.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

using namespace tenure;

class TestProfilesUi : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_temp;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        if (!window->openWorkspace(m_temp.path(), &error))
            qWarning("%s", qPrintable(error));
        return window;
    }

    static QVariant overviewValue(MainWindow& window, const QString& kpi)
    {
        auto* page = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
        if (!page)
            return {};
        page->ensureFresh();
        OverviewModel* model = page->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, OverviewModel::ValueColumn).data(GridModel::KpiRole).toString() == kpi)
                return model->index(r, OverviewModel::ValueColumn).data(GridModel::RawValueRole);
        return {};
    }

    static void setProfile(MainWindow& window, const QString& name)
    {
        SettingsDialog dialog(*window.workspace(), &window);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("kpiProfile"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(name));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        window.dataChanged(); // what MainWindow::editSettings() does after OK
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiles_ui"));
        test::makeProfilesCompany(m_temp.workspace());
        m_temp.close();
    }
    void init() { QSettings().clear(); }

    // The overview's July LTV follows the profile chosen in Settings, through the same engine.
    void settingsProfileRecomputes()
    {
        auto window = openWindow();
        QCOMPARE(overviewValue(*window, QStringLiteral("clv")).toDouble(), 1920.0);
        setProfile(*window, QStringLiteral("chartmogul"));
        QCOMPARE(window->engine()->profile(), KpiProfile::ChartMogul);
        QCOMPARE(overviewValue(*window, QStringLiteral("clv")).toDouble(), 3000.0);
        setProfile(*window, QStringLiteral("baremetrics"));
        QCOMPARE(overviewValue(*window, QStringLiteral("clv")).toDouble(), 1200.0);
        QCOMPARE(overviewValue(*window, QStringLiteral("net_mrr_churn_rate")).toDouble(), 13.0);
        setProfile(*window, QStringLiteral("tenure"));
        QCOMPARE(overviewValue(*window, QStringLiteral("clv")).toDouble(), 1920.0);
        QCOMPARE(overviewValue(*window, QStringLiteral("net_mrr_churn_rate")).toDouble(), 3.0);
    }

    // Net MRR churn in July: 3 % under tenure, chartmogul and profitwell, 13 % under baremetrics
    // (reactivation does not offset churn there); the active profile is marked and the dialog's own
    // value is the active profile's.
    void explainShowsEveryProfile()
    {
        auto window = openWindow();
        setProfile(*window, QStringLiteral("baremetrics"));
        window->explain(QStringLiteral("net_mrr_churn_rate"), QStringLiteral("2026-07"), QString(),
                        QString());
        ExplainDialog* dialog = window->explainDialog();
        QVERIFY(dialog);
        QCOMPARE(*dialog->explanation().result.value, 13.0);
        QTableWidget* table = dialog->profileTable();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 4);
        const double expected[] = {3, 3, 13, 3};
        for (int row = 0; row < 4; ++row) {
            const KpiProfile profile = KpiProfile(row);
            QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toDouble(), expected[row]);
            QCOMPARE(table->item(row, 0)->data(Qt::UserRole + 1).toString(), kpiProfileName(profile));
            QCOMPARE(table->item(row, 1)->text(),
                     kpiformat::value(*kpiInfo(QStringLiteral("net_mrr_churn_rate")), expected[row],
                                      window->workspace()->currency()));
            QCOMPARE(table->item(row, 2)->text(),
                     kpiProfileDefinition(profile, QStringLiteral("net_mrr_churn_rate")));
            const bool active = profile == KpiProfile::Baremetrics;
            QCOMPARE(table->item(row, 0)->font().bold(), active);
            QCOMPARE(table->item(row, 0)->text().contains(kpiProfileTitle(profile)), true);
            QCOMPARE(table->item(row, 0)->text() != kpiProfileTitle(profile), active);
        }
        QVERIFY(table->item(0, 2)->text() != table->item(2, 2)->text());
        // Under another profile than Tenure's the dialog says which definition its value follows.
        auto* note = dialog->findChild<QLabel*>(QStringLiteral("profileDefinition"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QLatin1String("Baremetrics")));
        // The window's engine still computes under the workspace's profile.
        QCOMPARE(window->engine()->profile(), KpiProfile::Baremetrics);
        QCOMPARE(*window->engine()
                      ->value(QStringLiteral("net_mrr_churn_rate"), *Period::parse(QStringLiteral("2026-07")))
                      .value,
                 13.0);
        dialog->close();
        setProfile(*window, QStringLiteral("tenure"));
    }

    void explainLtvAndAgreement()
    {
        auto window = openWindow();
        window->explain(QStringLiteral("clv"), QStringLiteral("2026-07"), QString(), QString());
        ExplainDialog* dialog = window->explainDialog();
        QVERIFY(dialog && dialog->profileTable());
        QTableWidget* table = dialog->profileTable();
        QCOMPARE(table->item(0, 1)->data(Qt::UserRole).toDouble(), 1920.0);
        QCOMPARE(table->item(1, 1)->data(Qt::UserRole).toDouble(), 3000.0);
        QCOMPARE(table->item(2, 1)->data(Qt::UserRole).toDouble(), 1200.0);
        QVERIFY(std::abs(table->item(3, 1)->data(Qt::UserRole).toDouble() - 120 / 0.13) < 1e-9);
        QVERIFY(table->item(0, 0)->font().bold()); // tenure, the default
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("profileDefinition")));
        // All rows visible: the table is as tall as its rows.
        QVERIFY(table->height() >= table->rowHeight(0) * 4);

        // Customer churn rate: every profile agrees, one line and no table.
        window->explain(QStringLiteral("churn_rate"), QStringLiteral("2026-07"), QString(), QString());
        dialog = window->explainDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->profileTable());
        QVERIFY(dialog->profileNote());
        QVERIFY(dialog->profileNote()->text().contains(kpiInfo(QStringLiteral("churn_rate"))->name));
    }
};

QTEST_MAIN(TestProfilesUi)
#include "tst_profiles_ui.moc"
