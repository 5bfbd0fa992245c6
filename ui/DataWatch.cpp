#include "DataWatch.h"

#include "Workspace.h"

#include <memory>

namespace tenure {

class DataWatch::Worker : public QObject
{
public:
    Worker(QString path, DataWatch* watch) : m_path(std::move(path)), m_watch(watch) {}

    // In the watch's thread: its own Workspace, opened on first use, lives and dies there.
    void check(int generation)
    {
        QString token;
        if (!m_workspace) {
            QString error;
            m_workspace = Workspace::openExisting(m_path, &error);
        }
        if (m_workspace && m_workspace->ensureConnected())
            token = m_workspace->dataToken();
        m_watch->m_busy = false;
        emit m_watch->tokenRead(generation, token);
    }

private:
    QString m_path;
    DataWatch* m_watch;
    std::unique_ptr<Workspace> m_workspace;
};

DataWatch::DataWatch(const QString& workspacePath, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("tenure-data-watch"));
    m_worker = new Worker(workspacePath, this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DataWatch::~DataWatch()
{
    m_thread.quit();
    m_thread.wait();
}

bool DataWatch::requestCheck(int generation)
{
    if (m_busy.exchange(true))
        return false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation] { worker->check(generation); }, Qt::QueuedConnection);
    return true;
}

} // namespace tenure
