#include "GuiLauncher.h"

#include "CommandLine.h"
#include "DefaultWorkspace.h"
#include "EventWait.h"
#include "ExplainDialog.h"
#include "HealthConfigDialog.h"
#include "ImportDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "store/ServerAddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <ctime>
#include <memory>
#include <optional>
#include <thread>

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

// How long the GUI thread kept its events waiting: a thread of its own posts a time stamp to it
// every 5 ms, and the longest wait from a post to its delivery is the longest call the GUI thread
// made (to within 5 ms), also before the event loop first ran.
class GuiThreadProbe
{
public:
    explicit GuiThreadProbe(QObject* guiObject) : m_state(std::make_shared<State>())
    {
        m_thread = std::thread([state = m_state, target = QPointer<QObject>(guiObject)] {
            while (!state->stop.load()) {
                const auto posted = std::chrono::steady_clock::now();
                QMetaObject::invokeMethod(
                    target.data(),
                    [state, posted] {
                        const qint64 waited = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                  std::chrono::steady_clock::now() - posted)
                                                  .count();
                        if (waited > state->longestNs.load())
                            state->longestNs.store(waited);
                    },
                    Qt::QueuedConnection);
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }
    ~GuiThreadProbe() { stop(); }
    // No more stamps (they would cost the figures measured after the start-up a little).
    void stop()
    {
        m_state->stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    // Delivers what is posted, then the longest wait so far in ms.
    double longestMs()
    {
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return double(m_state->longestNs.load()) / 1e6;
    }
    void reset()
    {
        longestMs();
        m_state->longestNs.store(0);
    }

private:
    struct State
    {
        std::atomic<bool> stop = false;
        std::atomic<qint64> longestNs = 0;
    };
    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

// The window as a user first sees it with numbers: the workspace's load (on its own thread)
// taken over, the page refreshed and painted.
void showLoaded(MainWindow& window)
{
    window.show();
    window.waitUntilLoaded(600000);
    window.repaint(); // paints synchronously, with the page's refresh
}

// --bench-ui: start-up to a drawn dashboard, then filter changes redrawn, in milliseconds.
int benchUi(MainWindow& window, const QElapsedTimer& sinceStart, const QString& view,
            std::optional<GuiThreadProbe>& probe)
{
    window.resize(1280, 800);
    window.setKeepGeometry(false);
    window.showView(view.isEmpty() ? QStringLiteral("overview") : view);
    showLoaded(window);
    const qint64 startup = sinceStart.elapsed();
    const double startupCpu = cpuMs();
    const double longestWhileLoading = probe ? probe->longestMs() : -1;
    if (probe)
        probe->stop();
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
                            "longest call on the GUI thread while it loads: %8 ms\n"
                            "filter change redrawn (%3 changes: grain, plan, a plan, region, a region, year, "
                            "back): median %4 ms wall (max %5), median %6 ms CPU; each: %7 ms\n")
                 .arg(startup)
                 .arg(startupCpu, 0, 'f', 0)
                 .arg(steps.size())
                 .arg(sorted.at(sorted.size() / 2), 0, 'f', 1)
                 .arg(sorted.last(), 0, 'f', 1)
                 .arg(sortedCpu.at(sortedCpu.size() / 2), 0, 'f', 1)
                 .arg(each.join(QLatin1Char(' ')))
                 .arg(longestWhileLoading, 0, 'f', 0));
    return cli::Ok;
}

// --bench-drop FILE: the window on an (empty) workspace; FILE dropped on it, Import pressed at once,
// until the overview's tiles are drawn with the new numbers.
int benchDrop(MainWindow& window, const QString& file, std::optional<GuiThreadProbe>& probe)
{
    window.resize(1280, 800);
    window.setKeepGeometry(false);
    window.showView(QStringLiteral("overview"));
    showLoaded(window);
    if (probe)
        probe->reset();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMs();
    window.importFiles({file}); // what a drop does, after the drop event returned
    ImportDialog* dialog = window.importDialogWidget();
    if (!dialog)
        return cli::fail(QStringLiteral("bench-drop: no import dialog"));
    const qint64 shownMs = timer.elapsed();
    dialog->waitForPreview(600000); // a big file's preview is read on a thread of its own
    const qint64 previewMs = timer.elapsed();
    // The bar as the user sees it: its value at every paint-sized step of 20 ms.
    QList<int> seen;
    QTimer sample;
    QObject::connect(&sample, &QTimer::timeout, &window, [&] {
        if (window.importDialogWidget() && (seen.isEmpty() || seen.last() != dialog->progressBar()->value()))
            seen << dialog->progressBar()->value();
    });
    sample.start(20);
    dialog->startImport();
    // The event loop idles until the window has the new numbers, as the app's own would.
    runUntil(&window, &MainWindow::dataLoaded, 600000);
    sample.stop();
    if (dialog->results().isEmpty() || !dialog->results().first().ok())
        return cli::fail(
            QStringLiteral("bench-drop: the import failed: %1")
                .arg(dialog->results().isEmpty() ? QString() : dialog->results().first().message));
    const qint64 importedMs = timer.elapsed();
    window.repaint();
    const qint64 drawnMs = timer.elapsed();
    const double cpu = cpuMs() - cpuBefore;
    const double longest = probe ? probe->longestMs() : -1;
    QStringList steps;
    for (const int value : seen)
        steps << QString::number(value / 10);
    cli::out(QStringLiteral("drop to KPI tiles drawn: %1 ms wall, %2 ms CPU (dialog shown %9 ms, its preview "
                            "read %3 ms, import and load %4 ms, refresh and paint %5 ms)\n"
                            "progress bar seen at (percent): %6\n"
                            "longest call on the GUI thread: %7 ms\n"
                            "%8 rows imported\n")
                 .arg(drawnMs)
                 .arg(cpu, 0, 'f', 0)
                 .arg(previewMs)
                 .arg(importedMs - previewMs)
                 .arg(drawnMs - importedMs)
                 .arg(steps.join(QLatin1Char(' ')))
                 .arg(longest, 0, 'f', 0)
                 .arg(dialog->results().first().rowsImported)
                 .arg(shownMs));
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
        const bool benchArgument =
            qstrcmp(argv[i], "--bench-ui") == 0 || qstrcmp(argv[i], "--bench-drop") == 0;
        const bool offscreen = qstrcmp(argv[i], "--screenshot") == 0 || benchArgument;
        bench = bench || benchArgument;
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
    QCommandLineOption benchDropOption(QStringLiteral("bench-drop"),
                                       QStringLiteral("measure a drop of FILE to the tiles drawn"),
                                       QStringLiteral("FILE"));
    benchDropOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, size, view, benchOption, benchDropOption});
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

    std::optional<GuiThreadProbe> probe;
    if (bench && !qEnvironmentVariableIsSet("TENURE_NO_PROBE"))
        probe.emplace(&app);
    MainWindow window;
    // The engine loads on a thread of its own: the window is up and answering at once.
    window.setBackgroundLoading(!qEnvironmentVariableIsSet("TENURE_SYNC_LOAD"));
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
    if (parser.isSet(benchDropOption))
        return benchDrop(window, parser.value(benchDropOption), probe);
    if (bench)
        return benchUi(window, sinceStart, parser.value(view), probe);
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
        showLoaded(window);
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
