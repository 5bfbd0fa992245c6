#pragma once

#include "Filters.h"

#include <functional>

class QWidget;

namespace tenure {

class Workspace;

// File > Export report... calls this hook. The report code (ui/report/) registers it at start-up;
// until it does, the menu item is disabled. Kept as a hook so the window does not depend on the
// report renderer.
using ReportExporter =
    std::function<void(QWidget* parent, Workspace& workspace, const DashboardFilter& filter)>;
void setReportExporter(ReportExporter exporter);
const ReportExporter& reportExporter();

// The account page's Export PDF...: the same dialog set to one account's report.
using AccountReportExporter =
    std::function<void(QWidget* parent, Workspace& workspace, const QString& accountKey)>;
void setAccountReportExporter(AccountReportExporter exporter);
const AccountReportExporter& accountReportExporter();

} // namespace tenure
