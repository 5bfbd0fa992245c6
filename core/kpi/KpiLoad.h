#pragma once

#include "kpi/KpiData.h"

namespace tenure {
class Workspace;
}

namespace tenure::kpidata {

// Reads everything the engine needs from the workspace into s (replacing its contents).
void load(Workspace& workspace, Store& s);

} // namespace tenure::kpidata
