#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runKpi(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("kpi: not implemented yet"));
}

} // namespace tenure::cli
