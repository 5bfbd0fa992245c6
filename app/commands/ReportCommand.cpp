#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runReport(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("report: not implemented yet"));
}

} // namespace tenure::cli
