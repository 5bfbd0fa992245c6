#pragma once

#include "DataKinds.h"

#include <QString>

namespace tenure {

// The words the GUI uses for a data kind, in the user's language (core's KindInfo::title is the
// English label of the CLI and the importer).
QString kindTitle(DataKind kind);   // "Revenue"
QString kindPurpose(DataKind kind); // what a row is and where such a file comes from
QString kindEnables(DataKind kind); // the KPIs and pages it feeds

} // namespace tenure
