#pragma once

#include "DashboardPage.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace tenure {

class TrendModel;

// Trend of any KPI: a line per series over the filter's range, the benchmark bands as shaded
// areas, the target line, tooltips; the numbers in a table below.
class TrendPage : public DashboardPage
{
    Q_OBJECT
public:
    TrendPage(const DashboardContext* context, QWidget* parent = nullptr);

    QString viewName() const override { return QStringLiteral("trend"); }
    QString title() const override { return tr("Trend"); }
    bool setViewArgument(const QString& argument) override; // trend:KPI
    TrendModel* model() const { return m_model; }
    QChartView* chartView() const { return m_chartView; }
    QComboBox* kpiBox() const { return m_kpiBox; }

protected:
    void refresh() override;

private:
    void rebuildChart();
    void explainCell(const QModelIndex& index);

    TrendModel* m_model;
    QComboBox* m_kpiBox;
    QLabel* m_note;
    QChartView* m_chartView;
    QTableView* m_table;
};

} // namespace tenure
