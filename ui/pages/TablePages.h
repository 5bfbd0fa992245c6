#pragma once

#include "DashboardPage.h"
#include "kpi/KpiEngine.h"

#include <QStyledItemDelegate>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tenure {

class CohortModel;
class CommentsFilterModel;
class CommentsModel;
class HealthModel;
class MovementsModel;
class NpsDistributionModel;
class SegmentModel;

// MRR movements: stacked bars (new, reactivation, expansion above zero; contraction, churn below)
// with the net change as a line; the numbers in a table.
class MovementsPage : public DashboardPage
{
    Q_OBJECT
public:
    MovementsPage(const DashboardContext* context, QWidget* parent = nullptr);
    QString viewName() const override { return QStringLiteral("movements"); }
    QString title() const override { return tr("MRR movements"); }
    MovementsModel* model() const { return m_model; }

protected:
    void refresh() override;

private:
    MovementsModel* m_model;
    QChartView* m_chartView;
    QTableView* m_table;
};

// Paints a heat-map cell: the background from the value, the text in the colour that reads on it.
class HeatDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

// Cohorts: customer or revenue retention by month of first MRR, as a heat map.
class CohortsPage : public DashboardPage
{
    Q_OBJECT
public:
    CohortsPage(const DashboardContext* context, QWidget* parent = nullptr);
    QString viewName() const override { return QStringLiteral("cohorts"); }
    QString title() const override { return tr("Cohorts"); }
    CohortModel* model() const { return m_model; }
    QComboBox* metricBox() const { return m_metric; }

protected:
    void refresh() override;

private:
    CohortModel* m_model;
    QComboBox* m_metric;
    QLabel* m_note;
    QTableView* m_table;
};

// Segments: every KPI by segment value in the current period, sortable, with band colours.
class SegmentsPage : public DashboardPage
{
    Q_OBJECT
public:
    SegmentsPage(const DashboardContext* context, QWidget* parent = nullptr);
    QString viewName() const override { return QStringLiteral("segments"); }
    QString title() const override { return tr("Segments"); }
    SegmentModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

protected:
    void refresh() override;

private:
    SegmentModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_note;
    QTableView* m_table;
};

// Surveys: NPS promoters, passives and detractors over time; the comments, filterable.
class SurveysPage : public DashboardPage
{
    Q_OBJECT
public:
    SurveysPage(const DashboardContext* context, QWidget* parent = nullptr);
    QString viewName() const override { return QStringLiteral("surveys"); }
    QString title() const override { return tr("Surveys"); }
    NpsDistributionModel* distribution() const { return m_distribution; }
    CommentsModel* comments() const { return m_comments; }
    CommentsFilterModel* commentsFilter() const { return m_filter; }
    QComboBox* groupBox() const { return m_group; }
    QLineEdit* searchEdit() const { return m_search; }

protected:
    void refresh() override;

private:
    NpsDistributionModel* m_distribution;
    CommentsModel* m_comments;
    CommentsFilterModel* m_filter;
    QChartView* m_chartView;
    QComboBox* m_group;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
};

// Health: the score distribution, the backtest (churn share by band over time), and the at-risk
// accounts (red band) by MRR with the components pulling each down, filterable by owner (and by the
// filter bar's segment). Double-click an account to open it.
class HealthPage : public DashboardPage
{
    Q_OBJECT
public:
    HealthPage(const DashboardContext* context, QWidget* parent = nullptr);
    QString viewName() const override { return QStringLiteral("health"); }
    QString title() const override { return tr("Health"); }
    HealthModel* model() const { return m_model; }
    QComboBox* ownerBox() const { return m_owner; }
    QTableView* table() const { return m_table; }
    QChartView* distributionView() const { return m_distribution; }
    QChartView* backtestView() const { return m_backtest; }

signals:
    void editRequested(); // "Edit weights..."

protected:
    void refresh() override;

private:
    void drawDistribution();
    void drawBacktest();

    HealthModel* m_model;
    QLabel* m_summary;
    QComboBox* m_owner;
    QChartView* m_distribution;
    QChartView* m_backtest;
    QTableView* m_table;
};

} // namespace tenure
