#pragma once

#include "kpi/KpiData.h"

namespace tenure {
class Workspace;
}

namespace tenure::kpidata {

// Reads everything the engine needs from the workspace into s (replacing its contents): from the
// snapshot of this state of the data when there is one, else from the rows (then it saves one).
// Returns true when it came from the snapshot.
bool load(Workspace& workspace, Store& s);

} // namespace tenure::kpidata
