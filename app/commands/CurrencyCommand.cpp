#include "CommandLine.h"
#include "Fx.h"
#include "Workspace.h"
#include "commands/Commands.h"

#include <QCoreApplication>

namespace tenure::cli {

// Shows the workspace currency, the currencies its money is in and those it has rates for; with a
// code, makes that the workspace currency (every amount converted into it), or refuses naming the
// first amount without a rate.
int runCurrency(const QStringList& args)
{
    CommandParser command(QStringLiteral("currency"), QStringLiteral("currency --workspace W [CODE]"));
    command.addOption(QStringLiteral("workspace"), QStringLiteral("Workspace file."), QStringLiteral("W"));
    command.parser().addPositionalArgument(QStringLiteral("CODE"),
                                           QStringLiteral("new workspace currency (ISO code such as EUR)"));
    if (const int code = command.parse(args); code >= 0)
        return code;
    const QStringList positional = command.positional();
    if (positional.size() > 1)
        return fail(QCoreApplication::translate("tenure::cli", "currency: give at most one CODE"), Usage);
    auto workspace = openWorkspace(command, true);
    if (!workspace)
        return Failed;
    if (!positional.isEmpty()) {
        const QString before = workspace->currency();
        QString error;
        if (!workspace->setCurrency(positional.first(), &error))
            return fail(QCoreApplication::translate("tenure::cli", "currency: %1").arg(error), Failed);
        if (workspace->currency() != before)
            out(QStringLiteral("workspace currency %1 (was %2): every amount is converted into it\n")
                    .arg(workspace->currency(), before));
    }
    out(QStringLiteral("currency %1\n").arg(workspace->currency()));
    out(QStringLiteral("home currency %1\n").arg(workspace->homeCurrency()));
    out(QStringLiteral("money in %1\n")
            .arg(fx::currenciesInUse(workspace->database(), workspace->homeCurrency())
                     .join(QStringLiteral(", "))));
    out(QStringLiteral("rates for %1\n")
            .arg(fx::FxRates::load(workspace->database()).currencies().join(QStringLiteral(", "))));
    return Ok;
}

} // namespace tenure::cli
