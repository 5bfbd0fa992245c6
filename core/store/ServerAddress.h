#pragma once

#include <QString>

// A team workspace's address: a PostgreSQL URL such as postgresql://user@host:5432/dbname or a
// libpq service, postgresql:///?service=tenure. libpq reads it (and ~/.pgpass, PGPASSWORD, the
// service file); a password typed at a prompt is kept in this process's memory only.
namespace tenure::server {

// True for "postgresql://..." and "postgres://...": a team workspace rather than a file.
bool isServerUrl(const QString& location);

struct Address
{
    // Keyword/value pairs for the Qt PostgreSQL driver's connect options (and libpq).
    QString connectOptions;
    QString database; // the database name, for a default company name; may be empty
    QString user;     // may be empty: libpq's default (the login name)
    QString host;     // may be empty (the local socket)
    // The URL with any password removed, as shown in the window title and the recent list.
    QString display;
};

// Parses location with libpq; false with a one-line *error when it is not a URL libpq accepts.
bool parse(const QString& location, Address* address, QString* error);

// A password the user typed for display, kept for the rest of the process (worker threads reopen
// the workspace by its URL).
void rememberPassword(const QString& display, const QString& password);
QString rememberedPassword(const QString& display);

// True when a failed connection's message says the server wants a password (the caller may ask).
bool needsPassword(const QString& message);

} // namespace tenure::server
