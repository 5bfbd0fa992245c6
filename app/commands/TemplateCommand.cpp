#include "CommandLine.h"
#include "DataKinds.h"
#include "commands/Commands.h"

#include <QCoreApplication>

namespace tenure::cli {

int runTemplate(const QStringList& args)
{
    CommandParser command(QStringLiteral("template"), QStringLiteral("template KIND"));
    command.parser().addPositionalArgument(QStringLiteral("KIND"),
                                           QStringLiteral("accounts, revenue, subscriptions, "
                                                          "orders, surveys, tickets, signups, "
                                                          "funnel, costs, renewals or fx_rates"));
    if (const int code = command.parse(args); code >= 0)
        return code;
    const QStringList kinds = command.positional();
    if (kinds.size() != 1)
        return fail(QCoreApplication::translate("tenure::cli", "template: give exactly one KIND"), Usage);
    const auto kind = kindFromName(kinds.first());
    if (!kind) {
        QStringList names;
        for (const KindInfo& info : allKinds())
            names << info.name;
        return fail(QCoreApplication::translate("tenure::cli", "template: unknown kind '%1' (one of %2)")
                        .arg(kinds.first(), names.join(QStringLiteral(", "))),
                    Usage);
    }
    out(templateHeader(*kind) + QLatin1Char('\n'));
    return Ok;
}

} // namespace tenure::cli
