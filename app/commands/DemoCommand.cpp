#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runDemo(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("demo: not implemented yet"));
}

} // namespace tenure::cli
