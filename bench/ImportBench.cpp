#include "Bench.h"

namespace tenure::bench {

int runImportBench(const Context& context)
{
    *context.out << "import: not measured yet\n";
    return 0;
}

} // namespace tenure::bench
