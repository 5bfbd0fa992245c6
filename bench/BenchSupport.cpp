#include "Bench.h"

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

void resetPeakMemory()
{
    // "5" resets the peak RSS counter (Linux 4.0+); without permission the peak simply stays.
    if (std::FILE* clear = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", clear);
        std::fclose(clear);
    }
}

} // namespace tenure::bench
