#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace tenure {

// Runs the event loop until sender emits signal or msecs pass (for the waits tests and the
// benchmarks use: the app itself never blocks on one).
template <typename Sender, typename Signal> void runUntil(const Sender* sender, Signal signal, int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace tenure
