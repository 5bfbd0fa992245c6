#pragma once

#include "Filters.h"
#include "kpi/KpiEngine.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QThread;

namespace tenure {

// What a background load hands to the window: the engine's loaded arrays (with the computations
// of the queries it was asked to warm) and the filter bar's answers.
struct LoadedWorkspace
{
    std::shared_ptr<KpiEngine::Loaded> engine;
    workspaceinfo::Prefetched answers;
    QString error; // the workspace could not be opened on the loader's connection
    // The data token of the state loaded; empty when an import committed during the load (which
    // state was read is not known: the window's data watch then offers a Refresh).
    QString dataToken;
};

// Loads a workspace's KPI engine on a thread of its own, on its own connection (a Workspace is
// never shared between threads), and runs the first page's queries there, so the window stays
// responsive while millions of rows or the snapshot are read. Also used after an import: the
// import's thread builds the engine of the new data the same way (loadNow()).
class EngineLoader : public QObject
{
    Q_OBJECT

public:
    explicit EngineLoader(QObject* parent = nullptr);
    ~EngineLoader() override; // waits for the loads still running

    // Starts a load; the result of a load started earlier and still running is dropped.
    void start(const QString& workspacePath, const QList<KpiQuery>& warm);
    bool isRunning() const;
    // The answers of the loads running now are dropped (the window took newer data elsewhere).
    void cancel() { ++m_generation; }
    // The load itself, on the calling thread's own Workspace.
    static LoadedWorkspace loadNow(Workspace& workspace, const QList<KpiQuery>& warm);

signals:
    void loaded(const tenure::LoadedWorkspace& result);

private:
    std::vector<QThread*> m_threads;
    int m_generation = 0;
};

} // namespace tenure

Q_DECLARE_METATYPE(tenure::LoadedWorkspace)
