#include "DashboardPage.h"

#include "Workspace.h"

namespace tenure {

QString DashboardContext::currency() const
{
    return workspace ? workspace->currency() : QStringLiteral("USD");
}

QList<Period> DashboardContext::periods() const
{
    if (!workspace)
        return {};
    std::optional<std::pair<MonthIndex, MonthIndex>> range;
    if (engine) {
        if (const auto mrr = engine->mrrRange())
            range = std::make_pair(mrr->first, mrr->last);
    }
    if (!range)
        range = workspaceinfo::monthRange(*workspace);
    if (!range)
        return {};
    QList<Period> all = workspaceinfo::periods(filter.grain, range->first, range->second);
    const auto from = Period::parse(filter.from);
    const auto to = Period::parse(filter.to);
    QList<Period> result;
    for (const Period& period : all) {
        if (from && period.lastMonth < from->firstMonth)
            continue;
        if (to && period.firstMonth > to->lastMonth)
            continue;
        result << period;
    }
    return result;
}

std::optional<Period> DashboardContext::currentPeriod() const
{
    const QList<Period> all = periods();
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

void DashboardContext::applySegment(KpiQuery& query) const
{
    if (!filter.segmentAttribute.isEmpty() && !filter.segmentValue.isEmpty()) {
        query.segmentAttribute = filter.segmentAttribute;
        query.segmentValues = {filter.segmentValue};
    }
}

QString DashboardContext::resultSegment() const
{
    return !filter.segmentAttribute.isEmpty() && !filter.segmentValue.isEmpty() ? filter.segmentValue
                                                                                : QStringLiteral("all");
}

DashboardPage::DashboardPage(const DashboardContext* context, QWidget* parent)
    : QWidget(parent), m_context(context)
{}

void DashboardPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        ensureFresh();
}

void DashboardPage::ensureFresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
}

bool DashboardPage::setViewArgument(const QString& argument)
{
    return argument.isEmpty();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureFresh();
}

} // namespace tenure
