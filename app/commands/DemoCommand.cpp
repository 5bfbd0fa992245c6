#include "CommandLine.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "demo/DemoCompany.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <limits>

#include <QCoreApplication>

namespace tenure::cli {

namespace {

// Parses a whole number option within [low, high]; on error returns false with a one-line reason.
bool numberOption(const CommandParser& command, const char* name, long long low, long long high,
                  long long* value, QString* error)
{
    const QString key = QString::fromLatin1(name);
    if (!command.isSet(key))
        return true;
    bool ok = false;
    const QString text = command.value(key).trimmed();
    const long long parsed = text.toLongLong(&ok);
    if (!ok || parsed < low || parsed > high) {
        *error = QStringLiteral("demo: --%1 wants a whole number from %2 to %3, not '%4'")
                     .arg(key)
                     .arg(low)
                     .arg(high)
                     .arg(command.value(key));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int runDemo(const QStringList& args)
{
    CommandParser command(
        QStringLiteral("demo"),
        QStringLiteral("demo --workspace W [--accounts N] [--months M] [--seed S] [--csv DIR]"));
    command.addOption(QStringLiteral("workspace"), QStringLiteral("Workspace to fill (new or empty)."),
                      QStringLiteral("W"));
    command.addOption(QStringLiteral("accounts"), QStringLiteral("Number of accounts (default 2000)."),
                      QStringLiteral("N"));
    command.addOption(QStringLiteral("months"), QStringLiteral("Months of history (default 36)."),
                      QStringLiteral("M"));
    command.addOption(QStringLiteral("seed"),
                      QStringLiteral("Random seed (default 42); the same seed gives the same "
                                     "company."),
                      QStringLiteral("S"));
    command.addOption(QStringLiteral("csv"),
                      QStringLiteral("Also write the company as canonical CSV files into DIR."),
                      QStringLiteral("DIR"));
    command.addOption(QStringLiteral("last-month"),
                      QStringLiteral("Last month of data, e.g. 2026-03 (default: the last complete month)."),
                      QStringLiteral("YYYY-MM"));
    if (const int code = command.parse(args); code >= 0)
        return code;
    if (!command.positional().isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "demo: unexpected argument '%1'")
                        .arg(command.positional().first()),
                    Usage);

    demo::DemoOptions options;
    QString error;
    long long accounts = options.accounts;
    long long months = options.months;
    long long seed = 42;
    if (!numberOption(command, "accounts", 1, demo::MaxAccounts, &accounts, &error) ||
        !numberOption(command, "months", 1, demo::MaxMonths, &months, &error) ||
        !numberOption(command, "seed", 0, std::numeric_limits<long long>::max(), &seed, &error))
        return fail(error, Usage);
    options.accounts = int(accounts);
    options.months = int(months);
    options.seed = std::uint64_t(seed);
    if (command.isSet(QStringLiteral("last-month"))) {
        const auto period = Period::parse(command.value(QStringLiteral("last-month")));
        if (!period || period->grain != Grain::Month)
            return fail(QCoreApplication::translate(
                            "tenure::cli", "demo: --last-month wants a month such as 2026-03, not '%1'")
                            .arg(command.value(QStringLiteral("last-month"))),
                        Usage);
        options.lastMonth = period->lastMonth;
    }

    const QString path = command.value(QStringLiteral("workspace"));
    const QString csvDir = command.value(QStringLiteral("csv"));
    if (path.isEmpty() && csvDir.isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "demo: --workspace (or --csv) is required"),
                    Usage);

    std::unique_ptr<Workspace> workspace;
    const bool existed = !path.isEmpty() && QFileInfo::exists(path);
    if (!path.isEmpty()) {
        workspace = Workspace::open(path, &error);
        if (!workspace)
            return fail(error);
    }

    QElapsedTimer timer;
    timer.start();
    demo::DemoCounts counts;
    if (!demo::generate(options, workspace.get(), csvDir, &error, &counts)) {
        workspace.reset();
        if (!existed && !path.isEmpty())
            QFile::remove(path); // do not leave an empty workspace behind
        return fail(QStringLiteral("demo: ") + error);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;

    const QLocale c = QLocale::c();
    const MonthIndex last = options.lastMonth == -1 ? demo::defaultLastMonth() : options.lastMonth;
    QString text = QStringLiteral("Demo company: %1 accounts, %2 months (%3 to %4), seed %5\n")
                       .arg(options.accounts)
                       .arg(options.months)
                       .arg(monthLabel(last - options.months + 1), monthLabel(last))
                       .arg(options.seed);
    for (const KindInfo& info : allKinds())
        if (info.kind != DataKind::FxRates)
            text += QStringLiteral("  %1 %2 rows\n")
                        .arg(info.name.leftJustified(14))
                        .arg(counts.rowsOf(info.kind), 9);
    if (workspace)
        text += QStringLiteral("Wrote %1\n").arg(workspace->path());
    if (!csvDir.isEmpty())
        text += QStringLiteral("Wrote %1 CSV files (%2 MB) into %3\n")
                    .arg(allKinds().size())
                    .arg(c.toString(double(counts.csvBytes) / 1e6, 'f', 1), csvDir);
    text += QStringLiteral("%1 rows in %2 s\n").arg(counts.total()).arg(c.toString(seconds, 'f', 2));
    out(text);
    return Ok;
}

} // namespace tenure::cli
