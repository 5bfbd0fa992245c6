#include "Commands.h"

#include <iterator>

namespace tenure::cli {

namespace {

const Command commands[] = {
    {"import", "import CSV files into a workspace", runImport, false},
    {"imports", "list or remove import batches", runImports, false},
    {"inspect", "show what the importer sees in a file, without importing", runInspect, false},
    {"template", "print the canonical CSV header of a data kind", runTemplate, false},
    {"kpi", "compute KPIs per period and segment", runKpi, false},
    {"cohorts", "customer or revenue retention by cohort", runCohorts, false},
    {"health", "customer health scores and their backtest", runHealth, false},
    {"account", "one account's MRR, health, tickets, surveys, renewals and orders", runAccount, false},
    {"report", "write a QBR report as PDF", runReport, true},
    {"demo", "generate a demo company", runDemo, false},
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
