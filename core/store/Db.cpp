#include "store/Db.h"

#include "import/RowConverter.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QVariant>

#include <charconv>

namespace tenure::db {

namespace {
// vzeroupper is an AVX instruction: a CPU without AVX would fault on it.
const bool hasAvx =
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_cpu_supports("avx");
#else
    false;
#endif
} // namespace

void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (hasAvx)
        asm volatile("vzeroupper" ::: "memory");
#endif
}

namespace {

QAtomicInt nameCounter;

QByteArray uniqueName(const char* prefix)
{
    return QByteArray(prefix) + QByteArray::number(nameCounter.fetchAndAddRelaxed(1));
}

QString pgError(PGconn* pg, const PGresult* result = nullptr)
{
    const char* message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(pg);
    return QString::fromUtf8(message).trimmed();
}

// A result that must be a success of one of the given kinds; cleared otherwise.
bool resultOk(PGresult* result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

Connection::Connection(const QSqlDatabase& database)
{
    if (!database.isValid() || !database.driver())
        return;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid())
        return;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3* const*>(handle.constData());
    else if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
        m_pg = *static_cast<PGconn* const*>(handle.constData());
}

bool Connection::exec(const QByteArray& sql, QString* error) const
{
    if (m_pg) {
        PGresult* result = PQexec(m_pg, sql.constData());
        bool ok = resultOk(result);
        if (!ok && error)
            *error = pgError(m_pg, result);
        // A COMMIT of a transaction a failed statement aborted "succeeds" as a ROLLBACK.
        if (ok && qstrcmp(PQcmdStatus(result), "ROLLBACK") == 0 &&
            sql.trimmed().toUpper().startsWith("COMMIT")) {
            ok = false;
            if (error)
                *error = QStringLiteral("the transaction was rolled back: an earlier statement in it failed");
        }
        PQclear(result);
        return ok;
    }
    if (!m_sqlite) {
        if (error)
            *error = QStringLiteral("the workspace is not open");
        return false;
    }
    char* message = nullptr;
    if (sqlite3_exec(m_sqlite, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_sqlite));
    sqlite3_free(message);
    return false;
}

QString Connection::lastError() const
{
    if (m_pg)
        return pgError(m_pg);
    return m_sqlite ? QString::fromUtf8(sqlite3_errmsg(m_sqlite)) : QString();
}

bool Connection::isAborted() const
{
    return m_pg && PQtransactionStatus(m_pg) == PQTRANS_INERROR;
}

bool Connection::inTransaction() const
{
    if (m_pg)
        return PQtransactionStatus(m_pg) != PQTRANS_IDLE;
    return m_sqlite && sqlite3_get_autocommit(m_sqlite) == 0;
}

bool Connection::beginWrite(QString* error) const
{
    return exec(m_pg ? QByteArrayLiteral("BEGIN") : QByteArrayLiteral("BEGIN IMMEDIATE"), error);
}

QByteArray exactText(double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return QByteArray(buffer, int(end - buffer));
}

QByteArray sqlState(const PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QByteArray(state) : QByteArray();
}

QByteArray numberedPlaceholders(const QByteArray& sql, int* count)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int number = 0;
    char quote = 0;
    for (const char c : sql) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++number);
        } else {
            out += c;
        }
    }
    if (count)
        *count = number;
    return out;
}

Row::Type Row::type(int i) const
{
    if (!m_result) {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_NULL:
            return Null;
        case SQLITE_INTEGER:
            return Integer;
        case SQLITE_FLOAT:
            return Real;
        default:
            return Text;
        }
    }
    if (PQgetisnull(m_result, m_row, i))
        return Null;
    switch (PQftype(m_result, i)) {
    case 20: // int8
    case 21: // int2
    case 23: // int4
        return Integer;
    case 700: // float4
    case 701: // float8
        return Real;
    default:
        return Text;
    }
}

Cursor::Cursor(const Connection& connection, const char* sql) : m_connection(connection)
{
    if (sqlite3* db = connection.sqlite()) {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
        if (!m_ok) {
            m_error = connection.lastError();
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
        return;
    }
    if (!connection.pg()) {
        m_error = QStringLiteral("the workspace is not open");
        return;
    }
    if (!connection.inTransaction()) {
        if (!connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &m_error))
            return;
        m_ownTransaction = true;
    }
    m_name = uniqueName("tenure_cursor_");
    m_ok = connection.exec("DECLARE " + m_name + " NO SCROLL CURSOR FOR " + sql, &m_error);
    if (!m_ok)
        m_name.clear();
}

Cursor::~Cursor()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    PQclear(m_result);
    if (!m_name.isEmpty() && PQtransactionStatus(m_connection.pg()) == PQTRANS_INTRANS)
        m_connection.exec("CLOSE " + m_name);
    if (m_ownTransaction)
        m_connection.exec("COMMIT");
}

bool Cursor::fetch()
{
    PQclear(m_result);
    m_result = PQexec(m_connection.pg(), QByteArray("FETCH FORWARD 20000 FROM " + m_name).constData());
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
        m_error = pgError(m_connection.pg(), m_result);
        m_ok = false;
        PQclear(m_result);
        m_result = nullptr;
        return false;
    }
    m_rows = PQntuples(m_result);
    m_row = -1;
    return m_rows > 0;
}

bool Cursor::next()
{
    if (!m_ok || m_done)
        return false;
    if (m_stmt) {
        clearUpperVectorState();
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE) {
            m_error = m_connection.lastError();
            m_ok = false;
        }
        m_done = true;
        return false;
    }
    if (m_result && m_row + 1 < m_rows) {
        ++m_row;
        return true;
    }
    if (!fetch()) {
        m_done = true;
        return false;
    }
    m_row = 0;
    return true;
}

Statement::~Statement()
{
    clearResult();
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool Statement::prepare(const Connection& connection, const QString& sql)
{
    m_connection = connection;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3* db = connection.sqlite()) {
        if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                               nullptr) == SQLITE_OK)
            return true;
        m_error = connection.lastError();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    if (!connection.pg()) {
        m_error = QStringLiteral("the workspace is not open");
        return false;
    }
    // PostgreSQL runs the text with its parameters each time (PQexecParams): nothing is left on the
    // server when an import fails half-way.
    m_sql = numberedPlaceholders(utf8, &m_params);
    m_values.assign(size_t(m_params), QByteArray());
    m_null.assign(size_t(m_params), true);
    return true;
}

void Statement::rewind()
{
    // SQLite binds only on a reset statement: the previous execution's row is done with.
    if (m_stmt && m_stepped) {
        sqlite3_reset(m_stmt);
        m_stepped = false;
        m_hasRow = false;
    }
}

QByteArray& Statement::param(int index)
{
    m_null[size_t(index - 1)] = false;
    return m_values[size_t(index - 1)];
}

void Statement::bindInt(int index, qint64 value)
{
    rewind();
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    else if (index >= 1 && index <= m_params)
        param(index).setNum(value);
}

void Statement::bindText(int index, const QByteArray& utf8)
{
    rewind();
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    else if (index >= 1 && index <= m_params)
        param(index) = utf8;
}

void Statement::bindNull(int index)
{
    rewind();
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    else if (index >= 1 && index <= m_params)
        m_null[size_t(index - 1)] = true;
}

void Statement::bind(int index, const Cell& cell)
{
    rewind();
    switch (cell.type) {
    case Cell::Null:
        bindNull(index);
        return;
    case Cell::Int:
        bindInt(index, cell.i);
        return;
    case Cell::Real:
        if (m_stmt) {
            sqlite3_bind_double(m_stmt, index, cell.d);
        } else if (index >= 1 && index <= m_params) {
            param(index) = exactText(cell.d);
        }
        return;
    case Cell::Text:
        if (m_stmt)
            sqlite3_bind_text(m_stmt, index, cell.s.constData(), int(cell.s.size()), SQLITE_STATIC);
        else if (index >= 1 && index <= m_params)
            param(index) = cell.s;
        return;
    }
}

void Statement::clearResult()
{
    PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_row = -1;
    rewind();
    m_done = false;
}

bool Statement::exec()
{
    clearResult();
    if (m_stmt) {
        m_stepped = true;
        clearUpperVectorState();
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_hasRow = true;
            return true;
        }
        if (rc == SQLITE_DONE) {
            m_done = true;
            return true;
        }
        m_error = m_connection.lastError();
        sqlite3_reset(m_stmt);
        m_stepped = false;
        return false;
    }
    if (m_sql.isEmpty())
        return false;
    std::vector<const char*> values(static_cast<size_t>(m_params));
    std::vector<int> lengths(static_cast<size_t>(m_params));
    for (size_t i = 0; i < size_t(m_params); ++i) {
        values[i] = m_null[i] ? nullptr : m_values[i].constData();
        lengths[i] = int(m_values[i].size());
    }
    m_result = PQexecParams(m_connection.pg(), m_sql.constData(), m_params, nullptr, values.data(),
                            lengths.data(), nullptr, 0);
    if (!resultOk(m_result)) {
        m_error = pgError(m_connection.pg(), m_result);
        PQclear(m_result);
        m_result = nullptr;
        return false;
    }
    m_rows = PQntuples(m_result);
    return true;
}

bool Statement::next()
{
    if (m_stmt) {
        if (m_hasRow) {
            m_hasRow = false;
            return true;
        }
        if (!m_stepped || m_done)
            return false;
        if (sqlite3_step(m_stmt) == SQLITE_ROW)
            return true;
        m_done = true; // stepping again would run the statement again
        return false;
    }
    if (m_result && m_row + 1 < m_rows) {
        ++m_row;
        return true;
    }
    return false;
}

} // namespace tenure::db
