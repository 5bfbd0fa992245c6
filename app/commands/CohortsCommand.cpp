#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runCohorts(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("cohorts: not implemented yet"));
}

} // namespace tenure::cli
