#pragma once

#include "DataKinds.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <thread>

namespace tenure {

// One workspace: a `.tenure` file (SQLite) or a team workspace, a PostgreSQL database named by a
// URL (docs/team-workspace.md), holding every data kind of SPEC.md section 1, import batches and
// settings. Opening applies migrations (SQLite: PRAGMA user_version; PostgreSQL: the
// tenure_workspace table) inside one transaction; a SQLite file then switches to WAL with foreign
// keys on. Each Workspace owns its own named connection, so a worker thread opens its own Workspace
// on the same path or URL.
class Workspace
{
public:
    enum class Backend { Sqlite, Postgres };

    static constexpr int SchemaVersion = 4;
    // PRAGMA application_id, so another program's SQLite file is never mistaken for a workspace.
    static constexpr int ApplicationId = 0x54454e55; // "TENU"

    // Opens path, creating it (and its folder) when missing. Returns nullptr with a one-line reason
    // in *error when the file is not SQLite, not a workspace, from a newer Tenure, read-only or
    // locked; such a file is left untouched. A postgresql:// URL opens a team workspace, setting up
    // its tables in an empty database (the database itself must exist).
    static std::unique_ptr<Workspace> open(const QString& path, QString* error);
    // Opens an existing workspace only; a missing file is an error.
    static std::unique_ptr<Workspace> openExisting(const QString& path, QString* error);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QSqlDatabase database() const;
    // The file's absolute path, or a team workspace's URL without any password.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isTeam() const { return m_backend == Backend::Postgres; }
    // False for a team workspace whose role may only read (it views and reports, never imports).
    bool canWrite() const { return m_canWrite; }
    // The server role a team workspace is used as (empty for a file).
    QString serverUser() const { return m_serverUser; }
    // A random id made when the workspace was created (or upgraded to format 2); copies share it.
    QString workspaceId() const;
    // A random token replaced by every change of the data (with dataVersion()): caches of derived
    // data are valid exactly while it is unchanged.
    QString dataToken() const;
    // A team workspace whose server connection was lost (the server restarted, the network went)
    // connects again; true when the connection is usable. Files are always connected.
    bool ensureConnected();
    QString connectionName() const { return m_connection; }

    // A counter bumped by every change of imported data, so caches know when to recompute.
    qint64 dataVersion() const;
    // false when the change could not be recorded (inside an import: the import must fail).
    bool bumpDataVersion();
    // SQLite: after a large commit made with automatic checkpoints off, copies the write-ahead log
    // into the database file on a thread (and connection) of its own, PASSIVE (it never waits for
    // a reader or writer), so the commit returns without that write. Joined by the next call and by
    // the destructor. Nothing to do for a team workspace.
    void checkpointInBackground();

    QVariant setting(const QString& key, const QVariant& fallback = {}) const;
    bool setSetting(const QString& key, const QVariant& value);

    // Convenience settings with their documented defaults.
    QString companyName() const;
    QString currency() const; // ISO code, default USD
    // The currency the workspace's money was first imported in: amounts in it are stored without a
    // currency code (Schema version 4). The workspace currency until that changes.
    QString homeCurrency() const;
    // Makes code the workspace currency: every amount is converted into it from then on (the KPI
    // snapshot and caches start over). Refused, changing nothing, when some amount has no rate
    // into it (*error names currency and date).
    bool setCurrency(const QString& code, QString* error);
    double grossMarginPercent() const; // default 100

    struct KindSummary
    {
        DataKind kind;
        qint64 rows = 0;
        QDate first; // invalid when there are no rows or no date column
        QDate last;
    };
    QList<KindSummary> summary() const;

    // The default workspace in the user's data folder.
    static QString defaultPath();

private:
    Workspace(QString path, QString connection);
    static std::unique_ptr<Workspace> openServer(const QString& url, QString* error);
    bool initialise(QString* error);
    bool initialiseServer(QString* error);

    QString m_path;
    QString m_connection;
    Backend m_backend = Backend::Sqlite;
    bool m_canWrite = true;
    QString m_serverUser;
    QString m_serverDatabase;
    std::thread m_checkpoint;
};

// Runs one SQL statement; returns false and sets *error (if given) on failure.
bool execSql(QSqlDatabase& db, const QString& sql, QString* error = nullptr);

} // namespace tenure
