#pragma once

#include "DashboardPage.h"

class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tenure {

class AccountMonthsModel;
class TextTableModel;

// One account: MRR over time with its movements, the health score over time with its components,
// tickets, survey answers with comments, renewals and orders, owner and attributes
// (KpiEngine::accountStory). Opened by a double-click on an account anywhere, or with --view
// account:KEY; "Export PDF..." writes the account report.
class AccountPage : public DashboardPage
{
    Q_OBJECT
public:
    AccountPage(const DashboardContext* context, QWidget* parent = nullptr);
    QString viewName() const override { return QStringLiteral("account"); }
    QString title() const override { return tr("Account"); }
    bool setViewArgument(const QString& argument) override; // account:KEY

    void setAccount(const QString& key);
    QString account() const { return m_key; }
    bool hasStory() const { return m_found; }

    QLineEdit* accountEdit() const { return m_edit; }
    QLabel* titleLabel() const { return m_title; }
    QPushButton* exportButton() const { return m_export; }
    AccountMonthsModel* monthsModel() const { return m_months; }
    TextTableModel* componentsModel() const { return m_components; }
    TextTableModel* ticketsModel() const { return m_tickets; }
    TextTableModel* surveysModel() const { return m_surveys; }
    TextTableModel* renewalsModel() const { return m_renewals; }
    TextTableModel* ordersModel() const { return m_orders; }
    TextTableModel* attributesModel() const { return m_attributes; }
    QChartView* mrrView() const { return m_mrrChart; }
    QChartView* healthView() const { return m_healthChart; }

signals:
    // The user chose another account in the page's own box (the window records it for Back).
    void accountChosen(const QString& key);
    void exportRequested(const QString& key);

protected:
    void refresh() override;

private:
    void drawCharts(const AccountStory& story, const HealthConfig& config);

    QString m_key;
    bool m_found = false;
    QLineEdit* m_edit;
    QLabel* m_title;
    QPushButton* m_export;
    QChartView* m_mrrChart;
    QChartView* m_healthChart;
    QTabWidget* m_tabs;
    AccountMonthsModel* m_months;
    TextTableModel* m_components;
    TextTableModel* m_tickets;
    TextTableModel* m_surveys;
    TextTableModel* m_renewals;
    TextTableModel* m_orders;
    TextTableModel* m_attributes;
};

} // namespace tenure
