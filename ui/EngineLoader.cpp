#include "EngineLoader.h"

#include "Workspace.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <future>

namespace tenure {

EngineLoader::EngineLoader(QObject* parent) : QObject(parent) {}

EngineLoader::~EngineLoader()
{
    for (QThread* thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

LoadedWorkspace EngineLoader::loadNow(Workspace& workspace, const QList<KpiQuery>& warm)
{
    QElapsedTimer timer;
    timer.start();
    LoadedWorkspace result;
    // The filter bar's segment answers on the other core, on a connection of that thread's own,
    // while this one loads the engine; the month range comes from the engine's load (the revenue's
    // months) instead of a scan of every revenue row.
    double answersMs = 0;
    auto answers = std::async(std::launch::async, [path = workspace.path(), &answersMs] {
        QElapsedTimer answersTimer;
        answersTimer.start();
        QString error;
        workspaceinfo::Prefetched prefetched;
        if (auto own = Workspace::openExisting(path, &error))
            prefetched = workspaceinfo::prefetch(*own);
        answersMs = double(answersTimer.nsecsElapsed()) / 1e6;
        return prefetched;
    });
    const QString tokenBefore = workspace.dataToken();
    KpiEngine engine(workspace);
    engine.refresh();
    const double refreshMs = double(timer.nsecsElapsed()) / 1e6;
    for (const KpiQuery& query : warm)
        engine.compute(query);
    const std::optional<MonthRange> revenueMonths = engine.revenueMonths();
    result.engine = engine.takeLoaded();
    const double queriesMs = double(timer.nsecsElapsed()) / 1e6 - refreshMs;
    result.answers = answers.get();
    // The engine's months answer for the state the other answers are of (an import in between:
    // the scan).
    const bool unchanged = workspace.dataToken() == tokenBefore;
    const bool sameState = unchanged && tokenBefore == result.answers.dataToken;
    result.dataToken = unchanged ? tokenBefore : QString();
    result.answers.range =
        workspaceinfo::monthRange(workspace, sameState ? revenueMonths : std::optional<MonthRange>());
    if (qEnvironmentVariableIsSet("TENURE_LOAD_TRACE"))
        qInfo("engine load: engine %.1f ms, first queries %.1f ms, filter answers %.1f ms beside them, "
              "all %.1f ms",
              refreshMs, queriesMs, answersMs, double(timer.nsecsElapsed()) / 1e6);
    return result;
}

void EngineLoader::start(const QString& workspacePath, const QList<KpiQuery>& warm)
{
    // Threads that are done go; a running one finishes on its own and its answer is dropped.
    std::erase_if(m_threads, [](QThread* thread) {
        if (!thread->isFinished())
            return false;
        delete thread;
        return true;
    });
    const int generation = ++m_generation;
    QPointer<EngineLoader> self(this);
    QThread* thread = QThread::create([self, generation, workspacePath, warm] {
        LoadedWorkspace result;
        QString error;
        if (auto workspace = Workspace::openExisting(workspacePath, &error))
            result = loadNow(*workspace, warm);
        else
            result.error = error;
        // Delivered in the loader's thread; dropped when the loader is gone or a newer load began.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result] {
                if (self && self->m_generation == generation)
                    emit self->loaded(result);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("tenure-engine-loader"));
    m_threads.push_back(thread);
    thread->start();
}

bool EngineLoader::isRunning() const
{
    for (QThread* thread : m_threads)
        if (!thread->isFinished())
            return true;
    return false;
}

} // namespace tenure
