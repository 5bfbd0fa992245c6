#include "CommandLine.h"
#include "commands/Commands.h"

namespace tenure::cli {

int runImport(const QStringList& args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("import: not implemented yet"));
}

} // namespace tenure::cli
