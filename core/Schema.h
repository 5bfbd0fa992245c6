#pragma once

#include <QStringList>

namespace tenure::schema {

// The statements that migrate a workspace from user_version (index) to index + 1.
const QList<QStringList>& migrations();
// The same for a team workspace on PostgreSQL (which starts at version 4: indexes 0-2 are empty).
const QList<QStringList>& postgresMigrations();

} // namespace tenure::schema
