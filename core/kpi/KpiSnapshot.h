#pragma once

// Internal to the KPI engine: the loaded arrays saved to a file, so a later start reads them back in
// a few tens of milliseconds instead of decoding two million workspace rows again.

#include "kpi/KpiData.h"

namespace tenure {
class Workspace;
}

namespace tenure::kpidata {

// The snapshot file of a workspace: <cache folder>/kpi/<workspace id>.snapshot (one per workspace;
// copies share it and overwrite each other's). Empty when snapshots are off
// (TENURE_KPI_SNAPSHOT=off) or the workspace has no id.
QString snapshotPath(const Workspace& workspace);

// Writes s, the data of state dataToken (Workspace::dataToken()), to path (a temporary file renamed
// over it, so a reader never sees half a snapshot).
bool saveSnapshot(const Store& s, const QString& dataToken, const QString& path);

// Reads a snapshot into s when it holds the data of state dataToken and is intact; false (and s
// untouched) otherwise. Settings (gross margin, health configuration) are not part of it; s's
// data version is set to dataVersion.
bool loadSnapshot(const QString& path, const QString& dataToken, qint64 dataVersion, Store* s);

} // namespace tenure::kpidata
