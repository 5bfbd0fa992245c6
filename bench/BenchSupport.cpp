#include "Bench.h"

#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tenure::bench {

double peakMemoryMb()
{
    // procfs files report a size of 0, so read them as a stream.
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    double kb = 0;
    char line[256];
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmHWM:", 6) == 0) {
            kb = std::strtod(line + 6, nullptr);
            break;
        }
    }
    std::fclose(status);
    return kb / 1024.0;
}

namespace {
QList<Target>& targetList()
{
    static QList<Target> list;
    return list;
}
} // namespace

void checkTarget(QTextStream& out, const QString& name, double value, double limit, const QString& unit)
{
    const Target target{name, value, limit, unit};
    targetList() << target;
    const int decimals = limit < 10 ? 2 : 0;
    out << "  -> " << (target.pass() ? "PASS " : "MISS ") << name << ": "
        << QLocale::c().toString(value, 'f', decimals) << " " << unit
        << " (target <= " << QLocale::c().toString(limit, 'f', decimals) << " " << unit << ")\n";
}

const QList<Target>& targets()
{
    return targetList();
}

void resetPeakMemory()
{
    // "5" resets the peak RSS counter (Linux 4.0+); without permission the peak simply stays.
    if (std::FILE* clear = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", clear);
        std::fclose(clear);
    }
}

} // namespace tenure::bench
