#pragma once

#include <QString>
#include <QStringList>

// A team workspace's address: a PostgreSQL URL such as postgresql://user@host:5432/dbname or a
// libpq service, postgresql:///?service=tenure. libpq reads it (and ~/.pgpass, PGPASSWORD, the
// service file); a password typed at a prompt is kept in this process's memory only.
namespace tenure::server {

// True for "postgresql://..." and "postgres://...": a team workspace rather than a file.
bool isServerUrl(const QString& location);

struct Address
{
    // Keyword/value pairs for the Qt PostgreSQL driver's connect options (and libpq), all but the
    // password: the driver turns every ';' in them into a space, so the password goes on its own.
    QString connectOptions;
    QString password;     // from the URL or typed at a prompt; empty: libpq's own places
    QStringList keywords; // connectOptions as libpq keywords and values, for a direct libpq check
    QStringList values;
    QString database; // the database name, for a default company name; may be empty
    // The URL with any password removed, as shown in the window title and the recent list.
    QString display;
};

// Parses location with libpq; false with a one-line *error when it is not a URL libpq accepts.
bool parse(const QString& location, Address* address, QString* error);

// A password the user typed for display, kept for the rest of the process (worker threads reopen
// the workspace by its URL).
void rememberPassword(const QString& display, const QString& password);
QString rememberedPassword(const QString& display);

// location without any password (user info or a password= parameter): what messages show.
QString withoutPassword(const QString& location);

// The phrase Workspace::open puts in its error when the server asked for a password libpq did not
// find; needsPassword() looks for it (the server's own words come in the server's language).
QString passwordWantedPhrase();
bool needsPassword(const QString& message);

} // namespace tenure::server
