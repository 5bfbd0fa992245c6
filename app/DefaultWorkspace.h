#pragma once

#include <QString>

// The workspace opened when none is given: the demo company in the user's data folder, generated
// on first launch. Returns its path, or an empty string with *error set.
QString ensureDefaultWorkspace(QString* error);
