#include "Commands.h"

#include <QCoreApplication>

#include <iterator>

namespace tenure::cli {

namespace {

const Command commands[] = {
    {"import", QT_TRANSLATE_NOOP("tenure::cli", "import CSV files into a workspace"), runImport, false},
    {"imports", QT_TRANSLATE_NOOP("tenure::cli", "list or remove import batches"), runImports, false},
    {"inspect", QT_TRANSLATE_NOOP("tenure::cli", "show what the importer sees in a file, without importing"),
     runInspect, false},
    {"template", QT_TRANSLATE_NOOP("tenure::cli", "print the canonical CSV header of a data kind"),
     runTemplate, false},
    {"kpi", QT_TRANSLATE_NOOP("tenure::cli", "compute KPIs per period and segment"), runKpi, false},
    {"cohorts", QT_TRANSLATE_NOOP("tenure::cli", "customer or revenue retention by cohort"), runCohorts,
     false},
    {"health", QT_TRANSLATE_NOOP("tenure::cli", "customer health scores and their backtest"), runHealth,
     false},
    {"account",
     QT_TRANSLATE_NOOP("tenure::cli", "one account's MRR, health, tickets, surveys, renewals and orders"),
     runAccount, false},
    {"currency",
     QT_TRANSLATE_NOOP("tenure::cli",
                       "show or change the workspace currency (amounts converted at imported rates)"),
     runCurrency, false},
    {"report", QT_TRANSLATE_NOOP("tenure::cli", "write a QBR report as PDF"), runReport, true},
    {"demo", QT_TRANSLATE_NOOP("tenure::cli", "generate a demo company"), runDemo, false},
};

} // namespace

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

const Command* commandTable(int* count)
{
    *count = int(std::size(commands));
    return commands;
}

} // namespace tenure::cli
