#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runInspect(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("inspect: not implemented yet"));
}

} // namespace tenure::cli
