#pragma once

#include "Period.h"
#include "kpi/KpiEngine.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QToolBar>
#include <QVariantList>

#include <optional>

class QComboBox;
class QSettings;

namespace tenure {

class Workspace;

// What every dashboard view follows: the grain, the range of periods and the segment.
struct DashboardFilter
{
    Grain grain = Grain::Month;
    QString from;             // a period label of `grain`; empty = from the first period with data
    QString to;               // empty = up to the last period with data
    QString segmentAttribute; // empty = all accounts
    QString segmentValue;     // empty = every value of segmentAttribute side by side

    bool operator==(const DashboardFilter&) const = default;

    static DashboardFilter load(const QSettings& settings);
    void save(QSettings& settings) const;
};

// Facts about a workspace the filter bar and the views need before any KPI is computed.
namespace workspaceinfo {
// First and last month with any dated data (revenue months first); nullopt when empty.
std::optional<std::pair<MonthIndex, MonthIndex>> monthRange(Workspace& workspace);
// Account attributes usable as segments: the built-in columns that have values, then custom ones.
QStringList segmentAttributes(Workspace& workspace);
QStringList segmentValues(Workspace& workspace, const QString& attribute);
// The account keys whose attribute has value.
QSet<QString> accountKeysIn(Workspace& workspace, const QString& attribute, const QString& value);
// SQL condition on accounts aliased `a` for a segment, with its bind values; "1" when no segment.
QString segmentCondition(const QString& attribute, const QString& value, QVariantList* binds);
// The periods of a grain between two months, oldest first.
QList<Period> periods(Grain grain, MonthIndex first, MonthIndex last);

// The answers above, read ahead on another thread's own connection (a background load: the month
// range alone is a scan of every revenue row) and handed to the GUI thread's cache.
struct Prefetched
{
    QString dataToken;
    qint64 dataVersion = -1;
    std::optional<std::pair<MonthIndex, MonthIndex>> range;
    QStringList attributes;
    QHash<QString, QStringList> values;
};
// Any thread, on a Workspace of that thread. All but the month range: the engine's load knows the
// revenue's months (monthRange() below), where a scan would read every revenue row.
Prefetched prefetch(Workspace& workspace);
// The month range from the revenue's first and last month when they are known, else the scan.
std::optional<std::pair<MonthIndex, MonthIndex>> monthRange(Workspace& workspace,
                                                            const std::optional<MonthRange>& revenueMonths);
// GUI thread: the cache of `workspace` takes the answers when they are of its current data state.
void adopt(Workspace& workspace, const Prefetched& answers);
} // namespace workspaceinfo

// The filter toolbar: grain, from, to, segment attribute and value. Emits filterChanged() once per
// user change; setFilter() and setWorkspace() never emit.
class FilterBar : public QToolBar
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    DashboardFilter filter() const { return m_filter; }
    void setFilter(const DashboardFilter& filter);

    QComboBox* grainBox() const { return m_grain; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QComboBox* attributeBox() const { return m_attribute; }
    QComboBox* valueBox() const { return m_value; }

signals:
    void filterChanged(const tenure::DashboardFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void readWidgets();
    void retranslate();

    Workspace* m_workspace = nullptr;
    DashboardFilter m_filter;
    QComboBox* m_grain;
    QComboBox* m_from;
    QComboBox* m_to;
    QComboBox* m_attribute;
    QComboBox* m_value;
    QList<QAction*> m_labels;
    bool m_updating = false;
};

} // namespace tenure
