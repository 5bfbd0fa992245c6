#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runHealth(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("health: not implemented yet"));
}

} // namespace tenure::cli
