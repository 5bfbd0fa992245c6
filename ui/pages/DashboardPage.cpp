#include "DashboardPage.h"

namespace tenure {

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
