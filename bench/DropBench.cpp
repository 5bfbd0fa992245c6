// Drop-to-numbers benchmark (issue 13): `tenure import` of the ~1,000,000-row revenue.csv into a new
// workspace followed by `tenure kpi --period month` (every KPI, every month), two processes of the
// same build as a user would run them, timed together. The import saves the KPI snapshot of the
// data it leaves, so the kpi run should not read the rows again.
#include "Bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

namespace tenure::bench {

namespace {

QString fixed(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

// Runs the tenure binary with args; the wall-clock seconds, or < 0 with *error on failure.
double runTimed(const QString& binary, const QStringList& args, const QProcessEnvironment& env,
                QString* output, QString* error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, args);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("tenure %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(process.readAllStandardError()).simplified());
        return -1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return seconds;
}

} // namespace

int runDropBench(const Context& context)
{
    QTextStream& out = *context.out;
    const QString binary =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/tenure"));
    const QString revenue = QDir(context.csvDir).filePath(QStringLiteral("revenue.csv"));
    if (!QFileInfo::exists(binary) || !QFileInfo::exists(revenue)) {
        out << "  drop: " << binary << " or " << revenue << " is missing\n";
        return 1;
    }
    const QString workspace = QDir(context.scratchDir).filePath(QStringLiteral("drop.tenure"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(workspace + suffix);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A cache folder of its own: no snapshot of an earlier run.
    const QString cache = QDir(context.scratchDir).filePath(QStringLiteral("drop-cache"));
    QDir(cache).removeRecursively();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir(context.scratchDir).filePath(QStringLiteral("drop-config")));

    QString output, error;
    const double import =
        runTimed(binary, {QStringLiteral("import"), QStringLiteral("--workspace"), workspace, revenue}, env,
                 &output, &error);
    if (import < 0) {
        out << "  drop: " << error << "\n";
        return 1;
    }
    const double kpi = runTimed(binary,
                                {QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--period"), QStringLiteral("month")},
                                env, &output, &error);
    if (kpi < 0) {
        out << "  drop: " << error << "\n";
        return 1;
    }
    const qsizetype results = output.count(QLatin1Char('\n')) - 1;
    out << "  tenure import revenue.csv (new workspace, KPI snapshot saved): " << fixed(import, 2) << " s\n"
        << "  tenure kpi --period month (" << results << " results): " << fixed(kpi, 2) << " s\n";
    checkTarget(out, QStringLiteral("drop to numbers (import + kpi, CLI)"), import + kpi, 1.0,
                QStringLiteral("s"));
    return 0;
}

} // namespace tenure::bench
