#pragma once

#include "GridModel.h"
#include "kpi/KpiEngine.h"

#include <QSortFilterProxyModel>

namespace tenure {

struct DashboardContext;
struct KpiInfo;

// Number formatting shared by models and views.
namespace kpiformat {
QString value(const KpiInfo& info, const std::optional<double>& value, const QString& currency);
// A change against an earlier value: text "+1.2 pts" for percentages and scores, "+3.4 %" (relative)
// otherwise, "= 0.0 pts" / "= 0.0 %" when it rounds to zero at the one decimal shown; empty when
// either side has no value (or the relative change divides by zero). sign: +1 up, -1 down, 0 (as
// shown); direction: +1 good, -1 bad, 0 neutral for the KPI.
struct Change
{
    QString text;
    int sign = 0;
    int direction = 0;
};
Change changeOf(const KpiInfo& info, const std::optional<double>& now, const std::optional<double>& before);
// changeOf(...).text
QString change(const KpiInfo& info, const std::optional<double>& now, const std::optional<double>& before);
// changeOf(...).direction
int changeDirection(const KpiInfo& info, const std::optional<double>& now,
                    const std::optional<double>& before);
QString plain(double value, int decimals = 2);
} // namespace kpiformat

// Overview: one row per KPI (catalogue order) for the current period of the filter.
class OverviewModel : public GridModel
{
    Q_OBJECT
public:
    enum Column {
        FamilyColumn,
        NameColumn,
        ValueColumn, // KpiRole, PeriodRole, SegmentRole, SparklineRole, BandColourRole, ExtraRole = small
                     // sample
        PreviousChangeColumn, // RawValueRole: +1 good, -1 bad, 0 neutral; ExtraRole: +1 up, -1 down; ToolTip:
                              // earlier value
        YearChangeColumn,
        BandColumn,
        TargetColumn, // RawValueRole: progress to target 0..100; ExtraRole: target met
        ResponsesColumn,
        ColumnCount
    };
    explicit OverviewModel(QObject* parent = nullptr);
    void load(const DashboardContext& context);
    QString periodLabel() const { return m_period; }

private:
    QString m_period;
};

// Trend of one KPI: one row per period, one value column per series ("all", or segment values).
class TrendModel : public GridModel
{
    Q_OBJECT
public:
    enum Column { PeriodColumn, FirstSeriesColumn };
    static constexpr int MaxSegments = 5;
    explicit TrendModel(QObject* parent = nullptr);
    void load(const DashboardContext& context, const QString& kpi);
    QString kpi() const { return m_kpi; }
    int seriesCount() const { return columnCount() - FirstSeriesColumn; }
    // Segments beyond the largest MaxSegments, drawn together as one "other" series.
    int hiddenSegments() const { return m_hidden; }
    // The column of the "other" series (segment OtherSegment), -1 when there is none.
    int otherColumn() const { return m_otherColumn; }
    static inline const QString OtherSegment = QStringLiteral("\x1fother");

    // The n largest values of an attribute for a KPI in a period, largest first; the remaining values
    // go to *rest. Size: the KPI's denominator in the period (answers for survey KPIs); when no segment
    // has one (KPIs that are no ratio, or no data), the segment's MRR. Ties by name. With at most n + 1
    // values, all of them and no rest.
    static QStringList largestSegments(KpiEngine& engine, const QString& kpi, const Period& period,
                                       const QString& attribute, int n, QStringList* rest = nullptr);

private:
    QString m_kpi;
    int m_hidden = 0;
    int m_otherColumn = -1;
};

// MRR movements per period.
class MovementsModel : public GridModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        NewColumn,
        ReactivationColumn,
        ExpansionColumn,
        ContractionColumn, // positive amounts; the chart draws them below zero
        ChurnColumn,
        NetColumn,
        MrrColumn,
        ColumnCount
    };
    explicit MovementsModel(QObject* parent = nullptr);
    void load(const DashboardContext& context);
    static QString kpiOf(int column);
};

// Cohorts heat map: one row per cohort, one column per month since its first month.
class CohortModel : public GridModel
{
    Q_OBJECT
public:
    enum Column { CohortColumn, SizeColumn, FirstMonthColumn };
    explicit CohortModel(QObject* parent = nullptr);
    void load(const DashboardContext& context, CohortMetric metric);
};

// Every KPI by segment value in the current period; the first row is all accounts.
class SegmentModel : public GridModel
{
    Q_OBJECT
public:
    enum Column { SegmentColumn, AccountsColumn, FirstKpiColumn };
    explicit SegmentModel(QObject* parent = nullptr);
    void load(const DashboardContext& context);
    QString attribute() const { return m_attribute; }
    static QStringList kpis();

private:
    QString m_attribute;
};

// NPS answers per period: promoters, passives, detractors.
class NpsDistributionModel : public GridModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        PromotersColumn,
        PassivesColumn,
        DetractorsColumn,
        ResponsesColumn,
        NpsColumn,
        ColumnCount
    };
    explicit NpsDistributionModel(QObject* parent = nullptr);
    void load(const DashboardContext& context);
};

// Survey comments in the filter's range and segment.
class CommentsModel : public GridModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        SurveyColumn,
        ScoreColumn,
        GroupColumn,
        AccountColumn,
        CommentColumn,
        ColumnCount
    };
    explicit CommentsModel(QObject* parent = nullptr);
    void load(const DashboardContext& context);
};

// Filters comments by group (promoter, passive, ...) and text.
class CommentsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CommentsFilterModel(QObject* parent = nullptr);
    void setGroup(const QString& group); // empty = every group
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_group;
    QString m_text;
};

// At-risk accounts (red band) sorted by MRR, with the components pulling each down.
class HealthModel : public GridModel
{
    Q_OBJECT
public:
    enum Column {
        AccountColumn,
        NameColumn,
        MrrColumn,
        ScoreColumn,
        BandColumn,
        DragsColumn,
        RenewalColumn, // the next renewal due (or upcoming, from a pipeline), with its ARR
        ColumnCount
    };
    explicit HealthModel(QObject* parent = nullptr);
    // owner: only that owner's accounts (empty: every owner), besides the filter's segment.
    void load(const DashboardContext& context, const QString& owner = {});
    const HealthReport& report() const { return m_report; }
    // The report's accounts that pass the segment and owner filter (every band).
    const QList<AccountHealth>& filtered() const { return m_filtered; }

private:
    HealthReport m_report;
    QList<AccountHealth> m_filtered;
};

// Any DataTable (explain-a-number rows).
class DataTableModel : public GridModel
{
    Q_OBJECT
public:
    explicit DataTableModel(QObject* parent = nullptr);
    // With a currency, the money columns (format::isMoneyColumn) show as money; CSV keeps raw numbers.
    void setTable(const DataTable& table, const QString& currency = {});
};

// Writes a table model as CSV. Cells that start with = + - @ get a leading apostrophe, so a
// spreadsheet never runs them as formulas.
QByteArray toCsv(const QAbstractItemModel& model);
QString neutralisedCsvCell(const QString& text);

} // namespace tenure
