// Scale benchmark (issue 13): the same steps on the 40,000-account company and on one of 250,000
// accounts x 40 months (about ten times the revenue rows, with proportionate tickets, surveys and
// the other kinds), each step a process of its own so its peak memory is its own: import of every
// file, the first `tenure kpi --period month` after it, a later KPI start with warm segmentation
// (tenure_bench --kpi-only), and the dashboard's start-up (tenure --screenshot). Printed side by
// side with the ratio, so growth is visible; every step's peak RSS is checked against 1.5 GB.
#include "Bench.h"

#include "DataKinds.h"
#include "demo/DemoCompany.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <vector>

namespace tenure::bench {

namespace {

QString fixed(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

struct ChildRun
{
    bool ok = false;
    double seconds = 0;
    double peakMb = 0; // the child's own peak resident memory
    QByteArray output; // standard output
};

// Runs a program with its standard output in a file, waits for it with wait4() for its own rusage.
ChildRun runChild(const QString& program, const QStringList& args, const QStringList& env,
                  const QString& outputFile)
{
    ChildRun run;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString& e : env)
        envStorage.push_back(e.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(outputFile);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    clock_gettime(CLOCK_MONOTONIC, &end);
    run.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    QFile file(outputFile);
    if (file.open(QIODevice::ReadOnly))
        run.output = file.readAll();
    return run;
}

struct Step
{
    QString name;
    double value = -1; // seconds, or ms for the warm step
    double peakMb = -1;
    QString unit;
};

struct ScaleRun
{
    QString label;
    qint64 revenueRows = 0;
    qint64 rows = 0;
    QList<Step> steps;
    QString error;
};

// Every step on the company whose CSV files are in csvDir.
ScaleRun measure(const QString& label, const QString& csvDir, const QString& folder, qint64 revenueRows,
                 qint64 rows)
{
    ScaleRun result{label, revenueRows, rows, {}, {}};
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString tenure = QDir(appDir).filePath(QStringLiteral("../app/tenure"));
    const QString bench = QCoreApplication::applicationFilePath();
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString workspace = QDir(folder).filePath(QStringLiteral("scale.tenure"));
    const QString output = QDir(folder).filePath(QStringLiteral("output.txt"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(folder).filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(folder).filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList env = environment.toStringList();

    QStringList files;
    for (const KindInfo& info : allKinds())
        if (const QString file = QDir(csvDir).filePath(info.name + QStringLiteral(".csv"));
            QFileInfo::exists(file))
            files << file;
    ChildRun run = runChild(
        tenure, QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace} + files, env,
        output);
    if (!run.ok) {
        result.error = QStringLiteral("tenure import failed");
        return result;
    }
    result.steps << Step{QStringLiteral("import (every file)"), run.seconds, run.peakMb, QStringLiteral("s")};

    run = runChild(tenure,
                   {QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--period"), QStringLiteral("month")},
                   env, output);
    if (!run.ok) {
        result.error = QStringLiteral("tenure kpi failed");
        return result;
    }
    result.steps << Step{QStringLiteral("first tenure kpi --period month"), run.seconds, run.peakMb,
                         QStringLiteral("s")};

    run = runChild(bench, {QStringLiteral("--kpi-only"), workspace}, env, output);
    const QString text = QString::fromUtf8(run.output);
    const auto cold = QRegularExpression(QStringLiteral("cold total (\\d+) ms")).match(text);
    const auto warm = QRegularExpression(QStringLiteral("median [0-9.]+ ms \\(max ([0-9.]+)\\)")).match(text);
    if (!cold.hasMatch() || !warm.hasMatch()) {
        result.error = QStringLiteral("tenure_bench --kpi-only failed");
        return result;
    }
    result.steps << Step{QStringLiteral("later KPI start: open, load, every KPI x month, by plan"),
                         cold.captured(1).toDouble() / 1000, run.peakMb, QStringLiteral("s")};
    result.steps << Step{QStringLiteral("warm: every KPI x month by a new segment attribute (max)"),
                         warm.captured(1).toDouble(), -1, QStringLiteral("ms")};

    run = runChild(
        tenure,
        {QStringLiteral("--screenshot"), QDir(folder).filePath(QStringLiteral("dashboard.png")), workspace},
        env, output);
    if (!run.ok) {
        result.error = QStringLiteral("tenure --screenshot failed");
        return result;
    }
    result.steps << Step{QStringLiteral("dashboard start-up to a drawn window (screenshot written)"),
                         run.seconds, run.peakMb, QStringLiteral("s")};

    // The window as a user starts it: is the GUI thread ever held while the workspace loads?
    run = runChild(tenure, {QStringLiteral("--bench-ui"), workspace}, env, output);
    const auto longest =
        QRegularExpression(QStringLiteral("longest call on the GUI thread while it loads: (\\d+) ms"))
            .match(QString::fromUtf8(run.output));
    if (!run.ok || !longest.hasMatch()) {
        result.error = QStringLiteral("tenure --bench-ui failed");
        return result;
    }
    result.steps << Step{QStringLiteral("dashboard start-up: longest call on the GUI thread while it loads"),
                         longest.captured(1).toDouble(), run.peakMb, QStringLiteral("ms")};
    return result;
}

} // namespace

int runScaleBench(const Context& context)
{
    QTextStream& out = *context.out;
    // The 1,000,000-row company's counts come from its CSV files.
    auto countRows = [](const QString& dir, qint64* revenue) {
        qint64 total = 0;
        for (const KindInfo& info : allKinds()) {
            QFile file(QDir(dir).filePath(info.name + QStringLiteral(".csv")));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            qint64 lines = -1; // the header
            while (!file.atEnd()) {
                const QByteArray chunk = file.read(1 << 20);
                lines += chunk.count('\n');
            }
            total += lines;
            if (info.kind == DataKind::Revenue)
                *revenue = lines;
        }
        return total;
    };
    qint64 smallRevenue = 0;
    const qint64 smallRows = countRows(context.csvDir, &smallRevenue);
    const ScaleRun small =
        measure(QStringLiteral("40,000 x 36"), context.csvDir,
                QDir(context.scratchDir).filePath(QStringLiteral("scale-1m")), smallRevenue, smallRows);
    if (!small.error.isEmpty()) {
        out << "  scale: " << small.error << "\n";
        return 1;
    }

    demo::DemoOptions options;
    options.accounts = 250000;
    options.months = 40;
    const QString bigCsv = QDir(context.scratchDir).filePath(QStringLiteral("scale-csv"));
    QString error;
    demo::DemoCounts counts;
    if (!demo::generate(options, nullptr, bigCsv, &error, &counts)) {
        out << "  scale: " << error << "\n";
        return 1;
    }
    const ScaleRun big = measure(QStringLiteral("250,000 x 40"), bigCsv,
                                 QDir(context.scratchDir).filePath(QStringLiteral("scale-10m")),
                                 counts.rowsOf(DataKind::Revenue), counts.total());
    QDir(bigCsv).removeRecursively();
    if (!big.error.isEmpty()) {
        out << "  scale: " << big.error << "\n";
        return 1;
    }

    const QLocale c = QLocale::c();
    out << "  companies: " << small.label << " (" << c.toString(small.revenueRows) << " revenue rows, "
        << c.toString(small.rows) << " rows in all) and " << big.label << " (" << c.toString(big.revenueRows)
        << " revenue rows, " << c.toString(big.rows) << " rows in all): x"
        << fixed(double(big.rows) / double(small.rows), 1) << " rows\n";
    double worstMb = 0;
    for (qsizetype i = 0; i < small.steps.size(); ++i) {
        const Step& a = small.steps.at(i);
        const Step& b = big.steps.at(i);
        const int decimals = a.unit == QLatin1String("ms") ? 1 : 2;
        out << "  " << a.name << ": " << fixed(a.value, decimals) << " " << a.unit << " -> "
            << fixed(b.value, decimals) << " " << b.unit << " (x" << fixed(b.value / a.value, 1) << ")";
        if (a.peakMb >= 0)
            out << ", peak " << fixed(a.peakMb, 0) << " -> " << fixed(b.peakMb, 0) << " MB";
        out << "\n";
        worstMb = std::max(worstMb, b.peakMb);
    }
    out << "  (a ratio at or below the row ratio is linear or better)\n";
    checkTarget(out, QStringLiteral("10M rows: longest call on the GUI thread while the dashboard loads"),
                big.steps.last().value, 100, QStringLiteral("ms"));
    checkTarget(out, QStringLiteral("10M rows: peak memory of the largest step"), worstMb, 1536,
                QStringLiteral("MB"));
    return 0;
}

} // namespace tenure::bench
