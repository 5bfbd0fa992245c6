#pragma once

#include <QStringList>

namespace tenure::schema {

// The statements that migrate a workspace from user_version (index) to index + 1.
const QList<QStringList>& migrations();

} // namespace tenure::schema
