#include "Bench.h"

namespace tenure::bench {

int runKpiBench(const Context& context)
{
    *context.out << "kpi: not measured yet\n";
    return 0;
}

} // namespace tenure::bench
