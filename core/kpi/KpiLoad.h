#pragma once

#include "kpi/KpiData.h"

namespace tenure {
class Workspace;
}

namespace tenure::kpidata {

// Reads everything the engine needs from the workspace into s (replacing its contents): from the
// snapshot of this state of the data when there is one, else from the rows (then it saves one).
// Returns true when it came from the snapshot.
// asOfOverride: an as-of month for this load only (the command line's --as-of).
bool load(Workspace& workspace, Store& s, std::optional<MonthIndex> asOfOverride = std::nullopt);
// The as-of month the workspace's settings ask for ("as_of": YYYY-MM-DD or YYYY-MM), if any.
std::optional<MonthIndex> asOfSetting(const Workspace& workspace);
// "2026-03-31" or "2026-03" -> its month; nullopt when neither.
std::optional<MonthIndex> parseAsOf(const QString& text);

} // namespace tenure::kpidata
