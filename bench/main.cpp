// make bench: measures the targets of SPEC.md section 7. It generates the benchmark company
// (40,000 accounts x 36 months: about a million revenue rows) as canonical CSV files and straight
// into a workspace, then runs each section of Bench.h on them; each section prints its figures
// beside a reference measured in the same run.
#include "Bench.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace tenure;

namespace {

QString number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString withSeparators(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

qint64 folderBytes(const QString& path)
{
    qint64 bytes = 0;
    for (const QFileInfo& info : QDir(path).entryInfoList(QDir::Files))
        bytes += info.size();
    return bytes;
}

int parsePositive(const QCommandLineParser& parser, const QString& name, int fallback, int high)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1 || value > high) {
        std::fprintf(stderr, "tenure_bench: --%s wants a whole number from 1 to %d\n", qPrintable(name),
                     high);
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenure_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tenure performance benchmarks (SPEC.md section 7)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"),
                      QStringLiteral("Accounts of the benchmark company (default 40000)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("months"), QStringLiteral("Months of history (default 36)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the scratch folder and print its path.")});
    parser.addOption({QStringLiteral("ui-only"),
                      QStringLiteral("Run only the dashboard section, on an existing workspace."),
                      QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("kpi-only"),
                      QStringLiteral("Run only the KPI section, on an existing workspace (no generation)."),
                      QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("health-only"),
                      QStringLiteral("Run only the health score editor section, on an existing workspace."),
                      QStringLiteral("WORKSPACE")});
    parser.addOption(
        {QStringLiteral("scale-only"),
         QStringLiteral("Run only the scale section, with the 1M-row company's CSV files in DIR."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("team-only"),
         QStringLiteral("Run only the team workspace section, with the 1M-row company's CSV files in DIR."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("import-only"),
         QStringLiteral(
             "Run only the import and drop-to-numbers sections, with the 1M-row company's CSV files "
             "in DIR."),
         QStringLiteral("DIR")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("import-only"))) {
        QTextStream out(stdout);
        QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("tenure-import-XXXXXX")));
        const bench::Context context{parser.value(QStringLiteral("import-only")), {}, scratch.path(), &out};
        out << "== import (" << context.csvDir << ")\n";
        out.flush();
        int code = bench::runImportBench(context);
        out << "== drop to numbers\n";
        out.flush();
        code |= bench::runDropBench(context);
        for (const bench::Target& target : bench::targets())
            out << "  " << (target.pass() ? "PASS  " : "MISS  ") << target.name << ": " << target.value << " "
                << target.unit << "\n";
        out.flush();
        return code;
    }

    if (parser.isSet(QStringLiteral("team-only"))) {
        QTextStream out(stdout);
        out << "== team workspace (" << parser.value(QStringLiteral("team-only")) << ")\n";
        const bench::Context context{parser.value(QStringLiteral("team-only")), {}, {}, &out};
        const int code = bench::runTeamBench(context);
        for (const bench::Target& target : bench::targets())
            out << "  " << (target.pass() ? "PASS  " : "MISS  ") << target.name << "\n";
        out.flush();
        return code;
    }

    if (parser.isSet(QStringLiteral("scale-only"))) {
        QTextStream out(stdout);
        QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("tenure-scale-XXXXXX")));
        out << "== scale (" << parser.value(QStringLiteral("scale-only")) << ")\n";
        const bench::Context context{parser.value(QStringLiteral("scale-only")), {}, scratch.path(), &out};
        const int code = bench::runScaleBench(context);
        out.flush();
        return code;
    }

    if (parser.isSet(QStringLiteral("health-only"))) {
        QTextStream out(stdout);
        out << "== health (" << parser.value(QStringLiteral("health-only")) << ")\n";
        const bench::Context context{{}, parser.value(QStringLiteral("health-only")), {}, &out};
        const int code = bench::runHealthBench(context);
        out.flush();
        return code;
    }

    if (parser.isSet(QStringLiteral("ui-only"))) {
        QTextStream out(stdout);
        QTemporaryDir scratch;
        out << "== ui (" << parser.value(QStringLiteral("ui-only")) << ")\n";
        const bench::Context context{{}, parser.value(QStringLiteral("ui-only")), scratch.path(), &out};
        const int code = bench::runUiBench(context);
        out.flush();
        return code;
    }
    if (parser.isSet(QStringLiteral("kpi-only"))) {
        QTextStream out(stdout);
        out << "== kpi (" << parser.value(QStringLiteral("kpi-only")) << ")\n";
        const bench::Context context{{}, parser.value(QStringLiteral("kpi-only")), {}, &out};
        const int code = bench::runKpiBench(context);
        out.flush();
        return code;
    }

    demo::DemoOptions options;
    options.accounts = parsePositive(parser, QStringLiteral("accounts"), 40000, demo::MaxAccounts);
    options.months = parsePositive(parser, QStringLiteral("months"), 36, demo::MaxMonths);

    QTextStream out(stdout);
    QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("tenure-bench-XXXXXX")));
    if (!scratch.isValid()) {
        std::fprintf(stderr, "tenure_bench: cannot create a scratch folder in %s\n",
                     qPrintable(QDir::tempPath()));
        return 1;
    }
    scratch.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString csvDir = scratch.filePath(QStringLiteral("csv"));
    const QString workspacePath = scratch.filePath(QStringLiteral("demo.tenure"));
    const QString sectionDir = scratch.filePath(QStringLiteral("sections"));
    QDir().mkpath(sectionDir);

    out << "tenure_bench: " << options.accounts << " accounts x " << options.months << " months, scratch "
        << scratch.path() << "\n\n";
    out.flush();

    QStringList summary;
    QString error;
    QElapsedTimer timer;

    // The demo company as CSV: the import benchmark's input.
    bench::resetPeakMemory();
    timer.start();
    demo::DemoCounts csvCounts;
    if (!demo::generate(options, nullptr, csvDir, &error, &csvCounts)) {
        std::fprintf(stderr, "tenure_bench: %s\n", qPrintable(error));
        return 1;
    }
    const double csvSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double csvMb = double(folderBytes(csvDir)) / 1e6;
    out << "demo company as CSV\n";
    for (const KindInfo& info : allKinds())
        if (info.kind != DataKind::FxRates)
            out << "  " << info.name.leftJustified(14)
                << withSeparators(csvCounts.rowsOf(info.kind)).rightJustified(11) << " rows\n";
    out << "  " << withSeparators(csvCounts.total()) << " rows, " << number(csvMb, 1) << " MB in "
        << number(csvSeconds, 2) << " s (" << number(double(csvCounts.total()) / csvSeconds / 1e6, 2)
        << " M rows/s), peak memory " << number(bench::peakMemoryMb(), 0) << " MB\n\n";
    out.flush();
    summary << QStringLiteral("demo CSV:        %1 s for %2 rows (%3 revenue rows), %4 MB")
                   .arg(number(csvSeconds, 2), withSeparators(csvCounts.total()),
                        withSeparators(csvCounts.rowsOf(DataKind::Revenue)), number(csvMb, 1));

    // The same company straight into a workspace: the KPI benchmark's input.
    bench::resetPeakMemory();
    timer.restart();
    demo::DemoCounts workspaceCounts;
    {
        auto workspace = Workspace::open(workspacePath, &error);
        if (!workspace || !demo::generate(options, workspace.get(), {}, &error, &workspaceCounts)) {
            std::fprintf(stderr, "tenure_bench: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double workspaceSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double workspaceMb = double(QFileInfo(workspacePath).size()) / 1e6;
    out << "demo company into a workspace\n"
        << "  " << withSeparators(workspaceCounts.total()) << " rows in " << number(workspaceSeconds, 2)
        << " s (" << number(double(workspaceCounts.total()) / workspaceSeconds / 1e6, 2)
        << " M rows/s), file " << number(workspaceMb, 1) << " MB, peak memory "
        << number(bench::peakMemoryMb(), 0) << " MB\n\n";
    out.flush();
    summary << QStringLiteral("demo workspace:  %1 s for %2 rows, %3 MB file")
                   .arg(number(workspaceSeconds, 2), withSeparators(workspaceCounts.total()),
                        number(workspaceMb, 1));

    const bench::Context context{csvDir, workspacePath, sectionDir, &out};
    struct Section
    {
        const char* name;
        int (*run)(const bench::Context&);
    };
    const Section sections[] = {{"import", bench::runImportBench},
                                {"xlsx import", bench::runXlsxBench},
                                {"drop to numbers", bench::runDropBench},
                                {"kpi", bench::runKpiBench},
                                {"health", bench::runHealthBench},
                                {"ui", bench::runUiBench},
                                {"team workspace (PostgreSQL)", bench::runTeamBench},
                                {"scale (10x)", bench::runScaleBench}};
    int failures = 0;
    for (const Section& section : sections) {
        out << "== " << section.name << "\n";
        out.flush();
        bench::resetPeakMemory();
        timer.restart();
        const int code = section.run(context);
        out.flush();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        summary << QStringLiteral("%1 %2 (%3 s in all, peak memory %4 MB)")
                       .arg(QString::fromLatin1(section.name) + QLatin1Char(':'), -16)
                       .arg(code == 0 ? QStringLiteral("ok") : QStringLiteral("FAILED (%1)").arg(code),
                            number(seconds, 2), number(bench::peakMemoryMb(), 0));
        out << "\n";
        if (code != 0)
            ++failures;
    }

    out << "== summary\n";
    for (const QString& line : summary)
        out << "  " << line << "\n";
    int missed = 0;
    out << "== targets\n";
    for (const bench::Target& target : bench::targets()) {
        const int decimals = target.limit < 10 ? 2 : 0;
        out << "  " << (target.pass() ? "PASS  " : "MISS  ") << target.name << ": "
            << number(target.value, decimals) << " " << target.unit
            << " (target <= " << number(target.limit, decimals) << " " << target.unit << ")\n";
        missed += target.pass() ? 0 : 1;
    }
    out << "  " << bench::targets().size() - missed << " of " << bench::targets().size() << " targets met\n";
    if (parser.isSet(QStringLiteral("keep")))
        out << "  scratch kept in " << scratch.path() << "\n";
    out.flush();
    return failures == 0 ? 0 : 1;
}
