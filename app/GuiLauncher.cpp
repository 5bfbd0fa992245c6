#include "GuiLauncher.h"

#include "CommandLine.h"
#include "DefaultWorkspace.h"
#include "ExplainDialog.h"
#include "HealthConfigDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "store/ServerAddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>

#include <ctime>

#include <QCoreApplication>

using namespace tenure;

namespace {

// CPU time of the whole process, in ms: on a shared, busy machine wall time mostly measures waiting.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// --bench-ui: start-up to a drawn dashboard, then filter changes redrawn, in milliseconds.
int benchUi(MainWindow& window, const QElapsedTimer& sinceStart, const QString& view)
{
    window.resize(1280, 800);
    window.setKeepGeometry(false);
    window.showView(view.isEmpty() ? QStringLiteral("overview") : view);
    window.show();
    window.repaint(); // paints synchronously, with the page's refresh
    const qint64 startup = sinceStart.elapsed();
    const double startupCpu = cpuMs();
    // The filter changes of a Monday morning: grain, a segment attribute (new to the engine), one of
    // its values, a shorter range, back to all accounts, and the same again.
    QList<DashboardFilter> steps;
    const DashboardFilter original = window.filter();
    DashboardFilter f = original;
    f.grain = Grain::Quarter;
    steps << f;
    f.grain = Grain::Month;
    steps << f;
    for (const char* attribute : {"plan", "region"}) {
        f.segmentAttribute = QString::fromLatin1(attribute);
        f.segmentValue.clear();
        steps << f;
        if (window.engine()) {
            f.segmentValue = window.engine()->segmentValues(f.segmentAttribute).value(0);
            steps << f;
        }
    }
    f.segmentAttribute.clear();
    f.segmentValue.clear();
    f.grain = Grain::Year;
    steps << f;
    steps << original;
    QList<double> changes, changesCpu;
    QStringList each;
    for (const DashboardFilter& filter : steps) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs();
        window.setFilter(filter);
        window.repaint();
        changes << timer.nsecsElapsed() / 1e6;
        changesCpu << cpuMs() - cpuBefore;
        each << QString::number(changes.last(), 'f', 0);
    }
    QList<double> sorted = changes, sortedCpu = changesCpu;
    std::sort(sorted.begin(), sorted.end());
    std::sort(sortedCpu.begin(), sortedCpu.end());
    cli::out(QStringLiteral("start-up to drawn dashboard: %1 ms wall, %2 ms CPU\n"
                            "filter change redrawn (%3 changes: grain, plan, a plan, region, a region, year, "
                            "back): median %4 ms wall (max %5), median %6 ms CPU; each: %7 ms\n")
                 .arg(startup)
                 .arg(startupCpu, 0, 'f', 0)
                 .arg(steps.size())
                 .arg(sorted.at(sorted.size() / 2), 0, 'f', 1)
                 .arg(sorted.last(), 0, 'f', 1)
                 .arg(sortedCpu.at(sortedCpu.size() / 2), 0, 'f', 1)
                 .arg(each.join(QLatin1Char(' '))));
    return cli::Ok;
}

} // namespace

int runGui(int argc, char* argv[], void (*setApplicationNames)())
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    bool bench = false;
    // --screenshot renders offscreen, so it works without a display.
    for (int i = 1; i < argc; ++i) {
        const bool offscreen = qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--bench-ui") == 0;
        bench = bench || qstrcmp(argv[i], "--bench-ui") == 0;
        if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tenure: customer-success KPIs on your desktop"));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("workspace file to open"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("render the window to FILE.png and exit"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size for --screenshot"),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("view to show first"),
                                  QStringLiteral("VIEW"));
    QCommandLineOption benchOption(QStringLiteral("bench-ui"),
                                   QStringLiteral("measure start-up and filter changes"));
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, size, view, benchOption});
    // Options are checked before QApplication exists, so a typo never opens a window.
    if (!parser.parse(arguments))
        return cli::fail(parser.errorText() + QStringLiteral(" (see tenure --help)"), cli::Usage);
    if (parser.positionalArguments().size() > 1)
        return cli::fail(QCoreApplication::translate("tenure::cli", "give at most one workspace"),
                         cli::Usage);

    QApplication app(argc, argv);
    setApplicationNames();
    // Qt's own strings and Tenure's, in the language chosen in Settings or the system's.
    language::apply(app);

    // A workspace opens; a data file (a double-click on a CSV or XLSX) is imported into the
    // workspace used last. Without an argument: the workspace used last, else the demo.
    QString path = parser.positionalArguments().value(0);
    QString dataFile;
    static const QStringList dataSuffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                          QStringLiteral("xlsx")};
    if (dataSuffixes.contains(QFileInfo(path).suffix().toLower())) {
        dataFile = QFileInfo(path).absoluteFilePath();
        path.clear();
    }
    bool teamFromRecent = false;
    if (path.isEmpty() && !parser.isSet(screenshot) && !bench) {
        const QString last = MainWindow::lastWorkspace();
        if (!last.isEmpty())
            path = last;
        teamFromRecent = server::isServerUrl(last);
    }
    if (path.isEmpty()) {
        QString error;
        path = ensureDefaultWorkspace(&error);
        if (path.isEmpty())
            return cli::fail(error);
    }

    MainWindow window;
    QString error;
    // A team workspace used last may be away, or want a password typed in: start on the default
    // workspace instead and say why (File > Open recent connects again, asking for the password).
    QString teamError;
    if (teamFromRecent && !window.openWorkspace(path, &error)) {
        teamError =
            QCoreApplication::translate("tenure::cli", "The team workspace %1 could not be opened: %2\n"
                                                       "The default workspace is open instead.")
                .arg(path, error);
        error.clear();
        path = ensureDefaultWorkspace(&error);
        if (path.isEmpty())
            return cli::fail(error);
    }
    if (!window.workspace() && !window.openWorkspace(path, &error))
        return cli::fail(error);
    if (bench)
        return benchUi(window, sinceStart, parser.value(view));
    // Screenshots of dialogs: "health-editor" (Edit > Health score... over the health page),
    // "settings" (Edit > Settings...) and "explain:KPI[:PERIOD]" (the explain dialog of a value, by
    // default in the last month of MRR data), over the overview.
    const bool editor = parser.value(view) == QLatin1String("health-editor");
    const bool settings = parser.value(view) == QLatin1String("settings");
    QStringList explain;
    if (parser.value(view).startsWith(QLatin1String("explain:"))) {
        explain = parser.value(view).split(QLatin1Char(':')).mid(1);
        if (explain.size() > 2 || !kpiInfo(explain.value(0)) ||
            (explain.size() == 2 && !Period::parse(explain.value(1))))
            explain = {QString()};
    }
    const QString firstView = editor                           ? QStringLiteral("health")
                              : settings || !explain.isEmpty() ? QStringLiteral("overview")
                                                               : parser.value(view);
    if ((parser.isSet(view) && !window.showView(firstView)) ||
        (!explain.isEmpty() && explain.first().isEmpty()))
        return cli::fail(
            QCoreApplication::translate("tenure::cli", "unknown view '%1'").arg(parser.value(view)),
            cli::Usage);

    if (parser.isSet(screenshot)) {
        static const QRegularExpression sizeRe(QStringLiteral("^(\\d+)x(\\d+)$"));
        const auto match = sizeRe.match(parser.value(size));
        if (!match.hasMatch())
            return cli::fail(QCoreApplication::translate("tenure::cli", "--size wants WxH, e.g. 1280x800"),
                             cli::Usage);
        window.resize(match.captured(1).toInt(), match.captured(2).toInt());
        window.setKeepGeometry(false);
        window.show();
        if (editor && window.engine()) {
            HealthConfigDialog dialog(*window.engine(), &window);
            dialog.resize(window.size());
            dialog.show();
            dialog.recomputeNow();
            QApplication::processEvents();
            if (!dialog.grab().save(parser.value(screenshot), "PNG"))
                return cli::fail(QStringLiteral("cannot write screenshot %1").arg(parser.value(screenshot)));
            return cli::Ok;
        }
        if (settings && window.workspace()) {
            SettingsDialog dialog(*window.workspace(), &window);
            dialog.show();
            QApplication::processEvents();
            if (!dialog.grab().save(parser.value(screenshot), "PNG"))
                return cli::fail(QStringLiteral("cannot write screenshot %1").arg(parser.value(screenshot)));
            return cli::Ok;
        }
        if (!explain.isEmpty() && window.engine()) {
            QString period = explain.value(1);
            if (period.isEmpty()) {
                const auto range = window.engine()->mrrRange();
                period = Period::containing(Grain::Month, range ? range->last : monthIndex(2026, 1)).label();
            }
            window.explain(explain.first(), period, QString(), QString());
            ExplainDialog* dialog = window.explainDialog();
            QApplication::processEvents();
            if (!dialog || !dialog->grab().save(parser.value(screenshot), "PNG"))
                return cli::fail(QStringLiteral("cannot write screenshot %1").arg(parser.value(screenshot)));
            return cli::Ok;
        }
        if (!window.saveScreenshot(parser.value(screenshot), &error))
            return cli::fail(error);
        return cli::Ok;
    }
    window.show();
    if (!teamError.isEmpty())
        QTimer::singleShot(0, &window, [&window, teamError] {
            QMessageBox::warning(&window, QCoreApplication::translate("tenure::cli", "Team workspace"),
                                 teamError);
        });
    if (!dataFile.isEmpty())
        QTimer::singleShot(0, &window, [&window, dataFile] { window.importFiles({dataFile}); });
    else
        QTimer::singleShot(0, &window, [&window] { window.showWelcomeIfFirstRun(); });
    return app.exec();
}
