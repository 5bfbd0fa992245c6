#include "ReportHook.h"

namespace tenure {

namespace {
ReportExporter& storage()
{
    static ReportExporter exporter;
    return exporter;
}
AccountReportExporter& accountStorage()
{
    static AccountReportExporter exporter;
    return exporter;
}
} // namespace

void setAccountReportExporter(AccountReportExporter exporter)
{
    accountStorage() = std::move(exporter);
}

const AccountReportExporter& accountReportExporter()
{
    return accountStorage();
}

void setReportExporter(ReportExporter exporter)
{
    storage() = std::move(exporter);
}

const ReportExporter& reportExporter()
{
    return storage();
}

} // namespace tenure
