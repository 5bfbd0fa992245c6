#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runImports(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("imports: not implemented yet"));
}

} // namespace tenure::cli
