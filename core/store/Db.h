#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <fast_float/fast_float.h>

#include <vector>

namespace tenure {
struct Cell;
}

// The raw driver handle behind a workspace's Qt connection, for the bulk paths (the importer's
// writes, the KPI loader's reads) that QSqlQuery's per-value QVariants would slow down several
// times. One API over both backends: SQLite (a .tenure file) and PostgreSQL (a team workspace).
namespace tenure::db {

enum class Backend { Sqlite, Postgres };

// Marks the upper halves of this thread's vector registers clean (x86-64 with AVX: vzeroupper;
// elsewhere nothing). Qt's string hashing runs AVX code that leaves them dirty and glibc's
// memmove does not clear them, after which every legacy-SSE instruction in libsqlite3 can pay the
// SSE/AVX transition penalty: 895,000 upserts took 0.35 s instead of 0.23 s on an Intel machine.
// Called before each SQLite step of the bulk paths, where it costs one instruction.
void clearUpperVectorState();

class Connection
{
public:
    Connection() = default;
    explicit Connection(const QSqlDatabase& database);
    explicit Connection(sqlite3* handle) : m_sqlite(handle) {}
    explicit Connection(PGconn* handle) : m_pg(handle) {}

    bool isValid() const { return m_sqlite || m_pg; }
    Backend backend() const { return m_pg ? Backend::Postgres : Backend::Sqlite; }
    bool isPostgres() const { return m_pg != nullptr; }
    sqlite3* sqlite() const { return m_sqlite; }
    PGconn* pg() const { return m_pg; }

    // Runs statements without parameters or results; false with *error on failure.
    bool exec(const QByteArray& sql, QString* error = nullptr) const;
    // The backend's last error message.
    QString lastError() const;
    bool inTransaction() const;
    // PostgreSQL: a statement of the open transaction failed, so every further one fails until it
    // is rolled back.
    bool isAborted() const;
    // SQLite takes its write lock; PostgreSQL begins a read-committed transaction.
    bool beginWrite(QString* error) const;

private:
    sqlite3* m_sqlite = nullptr;
    PGconn* m_pg = nullptr;
};

// A double as the shortest text that reads back as the same double (PostgreSQL's parameters and
// COPY rows carry numbers as text; SQLite binds them as they are).
QByteArray exactText(double value);

// PostgreSQL's SQLSTATE of a failed result ("42501" insufficient privilege, ...).
QByteArray sqlState(const PGresult* result);
// "?" placeholders (SQLite's, Qt's) as PostgreSQL's "$1", "$2", ..., outside quoted text.
// *count (if given) gets the number of parameters.
QByteArray numberedPlaceholders(const QByteArray& sql, int* count = nullptr);

// The current row of a result, on either backend. Integer and real accessors read PostgreSQL's
// text form exactly as SQLite's column functions convert (a real's text round-trips exactly).
class Row
{
public:
    enum Type { Null, Integer, Real, Text };

    bool isNull(int i) const
    {
        return m_result ? PQgetisnull(m_result, m_row, i) != 0
                        : sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
    }
    qint64 int64(int i) const
    {
        if (!m_result)
            return sqlite3_column_int64(m_stmt, i);
        const char* t = PQgetvalue(m_result, m_row, i);
        const bool negative = *t == '-';
        t += negative || *t == '+';
        qint64 v = 0;
        for (; *t >= '0' && *t <= '9'; ++t)
            v = v * 10 + (*t - '0');
        return negative ? -v : v;
    }
    double real(int i) const
    {
        if (!m_result)
            return sqlite3_column_double(m_stmt, i);
        const char* t = PQgetvalue(m_result, m_row, i);
        double v = 0;
        fast_float::from_chars(t, t + PQgetlength(m_result, m_row, i), v);
        return v;
    }
    const char* text(int i, int* size) const
    {
        if (m_result) {
            *size = PQgetlength(m_result, m_row, i);
            return PQgetvalue(m_result, m_row, i);
        }
        const char* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        *size = sqlite3_column_bytes(m_stmt, i);
        return t ? t : "";
    }
    QByteArray bytes(int i) const
    {
        int size = 0;
        const char* t = text(i, &size);
        return QByteArray(t, size);
    }
    QString string(int i) const
    {
        int size = 0;
        const char* t = text(i, &size);
        return QString::fromUtf8(t, size);
    }
    Type type(int i) const;

protected:
    sqlite3_stmt* m_stmt = nullptr;
    PGresult* m_result = nullptr;
    int m_row = -1;
};

// A forward-only read of a query's rows. On PostgreSQL the rows come through a server-side cursor
// in blocks, so a million rows never sit in memory at once (it needs a transaction: without one
// the cursor opens and ends its own).
class Cursor : public Row
{
public:
    Cursor(const Connection& connection, const char* sql);
    ~Cursor();
    Cursor(const Cursor&) = delete;
    Cursor& operator=(const Cursor&) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    bool next();

private:
    bool fetch();

    Connection m_connection;
    QByteArray m_name;
    int m_rows = 0;
    bool m_ok = false;
    bool m_ownTransaction = false;
    bool m_done = false;
    QString m_error;
};

// A prepared statement with ? parameters, executed any number of times; rows it returns
// (RETURNING) are read with next() after exec().
class Statement : public Row
{
public:
    Statement() = default;
    Statement(const Connection& connection, const QString& sql) { prepare(connection, sql); }
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(const Connection& connection, const QString& sql);
    bool isPrepared() const { return m_stmt || !m_sql.isEmpty(); }
    void bind(int index, const Cell& cell); // 1-based
    void bindInt(int index, qint64 value);
    void bindText(int index, const QByteArray& utf8);
    void bindNull(int index);
    bool exec();
    bool next();
    QString error() const { return m_error; }

private:
    void clearResult();
    void rewind();
    QByteArray& param(int index);

    Connection m_connection;
    QByteArray m_sql; // PostgreSQL: the text with $n parameters
    int m_params = 0;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    int m_rows = 0;
    bool m_stepped = false;
    bool m_hasRow = false;
    bool m_done = false;
    QString m_error;
};

} // namespace tenure::db
