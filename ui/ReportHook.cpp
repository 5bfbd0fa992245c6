#include "ReportHook.h"

namespace tenure {

namespace {
ReportExporter& storage()
{
    static ReportExporter exporter;
    return exporter;
}
} // namespace

void setReportExporter(ReportExporter exporter)
{
    storage() = std::move(exporter);
}

const ReportExporter& reportExporter()
{
    return storage();
}

} // namespace tenure
