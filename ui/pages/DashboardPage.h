#pragma once

#include "Filters.h"
#include "kpi/KpiEngine.h"

#include <QWidget>

namespace tenure {

class Bands;
class Workspace;

// What every page sees: the open workspace, its KPI engine and bands, and the filter. Owned by the
// main window.
struct DashboardContext
{
    Workspace* workspace = nullptr;
    KpiEngine* engine = nullptr;
    Bands* bands = nullptr;
    DashboardFilter filter;

    QString currency() const;
    // The periods the filter selects, within the workspace's data (MRR months first); oldest first.
    QList<Period> periods() const;
    // The last selected period, or nullopt when there is no data.
    std::optional<Period> currentPeriod() const;
    // Restricts a query to the filter's segment value (a split by attribute is up to each page).
    void applySegment(KpiQuery& query) const;
    // The segment name the results of applySegment() carry: "all" or the value.
    QString resultSegment() const;
};

// One page of the dashboard. A page recomputes only when it is visible and stale, so a filter
// change costs one page's refresh, not eight.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const DashboardContext* context, QWidget* parent = nullptr);

    virtual QString viewName() const = 0; // "overview", as in --view
    virtual QString title() const = 0;    // translated, for the sidebar and View menu

    // Marks the page stale; refreshes now when it is visible.
    void invalidate();
    // Refreshes now if stale (visible or not): used before a screenshot.
    void ensureFresh();
    // Some pages take an argument from --view (trend:KPI); false when it is not understood.
    virtual bool setViewArgument(const QString& argument);

signals:
    // Double-click on a value: open the explanation of kpi in period (a period label).
    void explainRequested(const QString& kpi, const QString& period, const QString& segmentAttribute,
                          const QString& segmentValue);
    void statusMessage(const QString& message);

protected:
    virtual void refresh() = 0;
    void showEvent(QShowEvent* event) override;
    const DashboardContext& context() const { return *m_context; }

private:
    const DashboardContext* m_context;
    bool m_stale = true;
};

} // namespace tenure
