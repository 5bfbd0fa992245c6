#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace tenure {

// Reads a workspace's data token off the GUI thread, on a connection of its own, so a slow or
// unreachable team server never holds the window. A check is asked for with a generation number
// and answered with it, so an answer older than the window's last reload can be told apart.
class DataWatch : public QObject
{
    Q_OBJECT

public:
    explicit DataWatch(const QString& workspacePath, QObject* parent = nullptr);
    ~DataWatch() override;

    // Starts a check unless one is running (then false).
    bool requestCheck(int generation);

signals:
    // token is empty when it could not be read (the server away for a moment).
    void tokenRead(int generation, const QString& token);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
    std::atomic<bool> m_busy = false;
};

} // namespace tenure
