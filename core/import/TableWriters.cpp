#include "TableWriters.h"

#include "Workspace.h"

#include <QSet>
#include <QThread>

#include <charconv>
#include <cstring>
#include <sqlite3.h>

namespace tenure::importing {

namespace {

// Rows the SQLite writer holds before it writes them: one statement per batch, so its overhead
// is spread over many rows.
constexpr size_t RowsPerStatement = 1024;
// Columns the row source offers (the widest table plan has 15).
constexpr int MaxSourceColumns = 32;
constexpr const char* PendingRowsType = "tenure_pending_rows";

QString updateList(const QStringList& columns, const QStringList& keys)
{
    QStringList updates;
    for (const QString& column : columns) {
        if (!keys.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    updates << QStringLiteral("batch_id = excluded.batch_id");
    return updates.join(QStringLiteral(", "));
}

// The rows a SQLite writer is about to write, read by the tenure_rows table-valued function.
struct PendingRows
{
    const Cell* const* rows = nullptr;
    size_t count = 0;
    size_t width = 0;
};

// tenure_rows(pointer): an eponymous virtual table whose rows are a PendingRows (passed with
// sqlite3_bind_pointer), columns c0..c31. One INSERT ... SELECT ... FROM tenure_rows(?) then writes
// a whole batch with no bind call per value: a third of SQLite's time on the benchmark's revenue.
namespace pending_rows {

struct Cursor
{
    sqlite3_vtab_cursor base;
    const PendingRows* rows;
    size_t row;
};

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
{
    QByteArray schema = "CREATE TABLE x(";
    for (int c = 0; c < MaxSourceColumns; ++c)
        schema += "c" + QByteArray::number(c) + ", ";
    schema += "source HIDDEN)";
    const int rc = sqlite3_declare_vtab(db, schema.constData());
    if (rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab*>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    std::memset(*table, 0, sizeof(sqlite3_vtab));
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

// Only usable with its argument: source = ? becomes xFilter's one value.
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& constraint = info->aConstraint[i];
        if (constraint.iColumn == MaxSourceColumns && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!constraint.usable)
                return SQLITE_CONSTRAINT;
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            info->estimatedRows = 1024;
            info->idxNum = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    auto* c = static_cast<Cursor*>(sqlite3_malloc(sizeof(Cursor)));
    if (!c)
        return SQLITE_NOMEM;
    std::memset(c, 0, sizeof(Cursor));
    *cursor = &c->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int argc, sqlite3_value** argv)
{
    auto* c = reinterpret_cast<Cursor*>(cursor);
    c->rows = argc == 1 ? static_cast<const PendingRows*>(sqlite3_value_pointer(argv[0], PendingRowsType))
                        : nullptr;
    c->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor)
{
    ++reinterpret_cast<Cursor*>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor)
{
    const auto* c = reinterpret_cast<Cursor*>(cursor);
    return !c->rows || c->row >= c->rows->count;
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int index)
{
    const auto* c = reinterpret_cast<Cursor*>(cursor);
    if (size_t(index) >= c->rows->width)
        return SQLITE_OK; // NULL
    const Cell& cell = c->rows->rows[c->row][index];
    switch (cell.type) {
    case Cell::Null:
        break;
    case Cell::Int:
        sqlite3_result_int64(context, cell.i);
        break;
    case Cell::Real:
        sqlite3_result_double(context, cell.d);
        break;
    case Cell::Text: // the row stays as it is until the statement is done
        sqlite3_result_text(context, cell.s.constData(), int(cell.s.size()), SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* id)
{
    *id = sqlite3_int64(reinterpret_cast<Cursor*>(cursor)->row);
    return SQLITE_OK;
}

const sqlite3_module Module = [] {
    sqlite3_module module{};
    module.iVersion = 0;
    module.xCreate = nullptr; // eponymous only: no CREATE VIRTUAL TABLE
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    return module;
}();

// Prepares sql, registering tenure_rows on the connection first when it does not know it yet.
sqlite3_stmt* prepare(sqlite3* db, const QByteArray& sql, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) == SQLITE_OK)
        return statement;
    sqlite3_finalize(statement);
    statement = nullptr;
    if (sqlite3_create_module_v2(db, "tenure_rows", &Module, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

} // namespace pending_rows

class SqliteBulkWriter : public TableWriter
{
public:
    SqliteBulkWriter(const db::Connection& connection, QString table, QStringList columns, QStringList keys,
                     qint64 batchId)
        : m_connection(connection), m_table(std::move(table)), m_columns(std::move(columns)),
          m_keys(std::move(keys)), m_batchId(batchId), m_width(size_t(m_columns.size()))
    {
        m_copies.resize(RowsPerStatement * m_width);
        m_rows.reserve(RowsPerStatement);
    }

    ~SqliteBulkWriter() override { sqlite3_finalize(m_statement); }

    // Copies the row into the writer's own cells (their text buffers are reused from statement to
    // statement, and the caller's row stays intact for its next use).
    bool add(Cell* row) override
    {
        Cell* to = m_copies.data() + m_copied * m_width;
        for (size_t i = 0; i < m_width; ++i) {
            const Cell& from = row[i];
            to[i].type = from.type;
            to[i].i = from.i;
            to[i].d = from.d;
            if (from.type == Cell::Text) {
                to[i].s.resize(from.s.size());
                std::memcpy(to[i].s.data(), from.s.constData(), size_t(from.s.size()));
            }
        }
        ++m_copied;
        m_rows.push_back(to);
        return m_rows.size() < RowsPerStatement && m_copied < RowsPerStatement ? true : flush();
    }

    bool addInPlace(Cell* row) override
    {
        m_rows.push_back(row);
        return m_rows.size() < RowsPerStatement || flush();
    }

    bool sync() override { return flush(); }
    bool finish() override { return flush(); }
    QString error() const override { return m_error; }

private:
    bool flush()
    {
        if (m_rows.empty())
            return true;
        if (!m_statement) {
            if (m_width > size_t(MaxSourceColumns)) {
                m_error = QStringLiteral("%1 columns, more than the %2 a batch can carry")
                              .arg(m_width)
                              .arg(MaxSourceColumns);
                return failed();
            }
            m_statement = pending_rows::prepare(m_connection.sqlite(), sql(), &m_error);
            if (!m_statement)
                return failed();
        }
        PendingRows pending{m_rows.data(), m_rows.size(), m_width};
        sqlite3_bind_pointer(m_statement, 1, &pending, PendingRowsType, nullptr);
        db::clearUpperVectorState();
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE) // read before the reset and unbind below clear it
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection.sqlite()));
        sqlite3_reset(m_statement);
        sqlite3_bind_null(m_statement, 1);
        m_rows.clear();
        m_copied = 0;
        return rc == SQLITE_DONE || failed();
    }

    QByteArray sql() const
    {
        QStringList values;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            values << QStringLiteral("c%1").arg(i);
        values << QString::number(m_batchId);
        // WHERE true: SQLite's parser would otherwise read ON CONFLICT as a join's ON.
        return QStringLiteral("INSERT INTO %1(%2, batch_id) SELECT %3 FROM tenure_rows(?) WHERE true "
                              "ON CONFLICT(%4) DO UPDATE SET %5")
            .arg(m_table, m_columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')),
                 m_keys.join(QLatin1Char(',')), updateList(m_columns, m_keys))
            .toUtf8();
    }

    bool failed()
    {
        m_error = QStringLiteral("cannot write %1: %2").arg(m_table, m_error);
        m_rows.clear();
        m_copied = 0;
        return false;
    }

    db::Connection m_connection;
    QString m_table;
    QStringList m_columns;
    QStringList m_keys;
    qint64 m_batchId;
    size_t m_width;
    sqlite3_stmt* m_statement = nullptr;
    std::vector<Cell> m_copies; // RowsPerStatement rows for add(), the first m_copied in use
    size_t m_copied = 0;
    std::vector<const Cell*> m_rows; // the rows of the next statement, in order
    QString m_error;
};

// COPY's text format: tab between columns, \N for NULL, backslash escapes in text.
void appendCopyValue(QByteArray& out, const Cell& cell)
{
    switch (cell.type) {
    case Cell::Null:
        out += "\\N";
        return;
    case Cell::Int: {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, cell.i).ptr;
        out.append(buffer, int(end - buffer));
        return;
    }
    case Cell::Real:
        out += db::exactText(cell.d);
        return;
    case Cell::Text:
        for (const char c : cell.s) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\0':
                break; // PostgreSQL text cannot hold NUL
            default:
                out += c;
            }
        }
        return;
    }
}

// PostgreSQL: rows go by COPY. Into a table that is empty when the import starts, straight into
// the table, segment by segment, each under a savepoint: the cheapest way in. Otherwise (and when a
// segment meets a key twice, which COPY cannot upsert) into a temporary staging table (no WAL, no
// index), from which one INSERT ... SELECT ... ON CONFLICT DO UPDATE upserts them in file order. A
// key that occurs twice in the file is written once, its last row winning at its first row's place,
// as SQLite's row-by-row upsert does.
class PostgresCopyWriter : public TableWriter
{
public:
    PostgresCopyWriter(const db::Connection& connection, QString table, QStringList columns, QStringList keys,
                       qint64 batchId)
        : m_connection(connection), m_table(std::move(table)), m_columns(std::move(columns)),
          m_keys(std::move(keys)), m_batchTail('\t' + QByteArray::number(batchId) + '\n'),
          m_copyColumns(m_columns.join(QLatin1Char(',')).toUtf8() + ",batch_id")
    {
        // Tables whose rows get an id from a sequence: new rows are written in file order, so the
        // ids come out as a .tenure file's do.
        static const QStringList withIds{QStringLiteral("accounts"), QStringLiteral("subscriptions"),
                                         QStringLiteral("orders"),   QStringLiteral("surveys"),
                                         QStringLiteral("tickets"),  QStringLiteral("signups"),
                                         QStringLiteral("costs")};
        m_ordered = withIds.contains(m_table);
        m_stage = "tenure_stage_" + m_table.toUtf8(); // an import stages accounts and attributes both
        m_pending.reserve(SendBytes + 4096);
    }

    ~PostgresCopyWriter() override
    {
        if (m_copying)
            PQputCopyEnd(m_connection.pg(), "import abandoned");
        drainResults();
    }

    bool add(Cell* row) override
    {
        if (m_mode == Mode::Undecided && !decide())
            return false;
        if (!m_copying && !startCopy())
            return false;
        QByteArray& out = m_mode == Mode::Direct ? m_segment : m_pending;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i)
                out += '\t';
            appendCopyValue(out, row[i]);
        }
        out += m_batchTail;
        if (m_mode == Mode::Direct)
            return m_segment.size() < SegmentBytes ? sendSegment(false) : pause();
        return m_pending.size() < SendBytes || send(m_pending);
    }

    bool finish() override
    {
        if (m_mode == Mode::Undecided)
            return true;
        return pause() && (m_mode == Mode::Direct || merge());
    }

    bool pause() override
    {
        if (!m_copying)
            return true;
        if (m_mode == Mode::Staged)
            return send(m_pending) && endCopy(nullptr);
        // A direct segment: kept until the table took it, to go the staged way when it did not.
        if (!sendSegment(true))
            return false;
        QByteArray state;
        QString error;
        if (endCopy(&state)) {
            m_segment.clear();
            m_sent = 0;
            return m_connection.exec("RELEASE SAVEPOINT tenure_copy", &error) || failed(error);
        }
        if (state != "23505") // not a unique violation: a real failure
            return false;
        m_error.clear();
        if (!m_connection.exec("ROLLBACK TO SAVEPOINT tenure_copy", &error) ||
            !m_connection.exec("RELEASE SAVEPOINT tenure_copy", &error))
            return failed(error);
        if (!createStage() || !startCopy())
            return false;
        const bool sent = send(m_segment);
        m_segment.clear();
        m_sent = 0;
        return sent && endCopy(nullptr);
    }

    QString error() const override { return m_error; }

private:
    enum class Mode { Undecided, Direct, Staged };
    static constexpr qsizetype SendBytes = 1 << 20;
    static constexpr qsizetype SegmentBytes = 64 << 20;

    bool decide()
    {
        db::Statement empty(m_connection,
                            QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(m_table));
        if (!empty.exec() || !empty.next())
            return failed(empty.error());
        if (empty.string(0) == QLatin1String("t")) {
            m_mode = Mode::Direct;
            return true;
        }
        return createStage();
    }

    bool createStage()
    {
        m_mode = Mode::Staged;
        QString error;
        if (!m_connection.exec("CREATE TEMPORARY TABLE " + m_stage + " ON COMMIT DROP AS SELECT " +
                                   m_copyColumns + " FROM " + m_table.toUtf8() + " WITH NO DATA",
                               &error) ||
            !m_connection.exec(
                "ALTER TABLE " + m_stage + " ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY", &error))
            return failed(error);
        return true;
    }

    bool startCopy()
    {
        QString error;
        if (m_mode == Mode::Direct && !m_connection.exec("SAVEPOINT tenure_copy", &error))
            return failed(error);
        const QByteArray target = m_mode == Mode::Direct ? m_table.toUtf8() : m_stage;
        const QByteArray sql = "COPY " + target + " (" + m_copyColumns + ") FROM STDIN";
        PGresult* result = PQexec(m_connection.pg(), sql.constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!ok)
            return failed(m_connection.lastError());
        m_copying = true;
        return true;
    }

    // Ends the COPY in progress; *state gets the SQLSTATE of a failure.
    bool endCopy(QByteArray* state)
    {
        m_copying = false;
        if (PQputCopyEnd(m_connection.pg(), nullptr) != 1)
            return failed(m_connection.lastError());
        PGresult* result = PQgetResult(m_connection.pg());
        const bool copied = PQresultStatus(result) == PGRES_COMMAND_OK;
        const QString message =
            copied ? QString() : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        if (state)
            *state = db::sqlState(result);
        PQclear(result);
        drainResults();
        return copied || failed(message);
    }

    bool send(QByteArray& bytes)
    {
        if (bytes.isEmpty())
            return true;
        const bool ok = PQputCopyData(m_connection.pg(), bytes.constData(), int(bytes.size())) == 1;
        bytes.clear();
        return ok || failed(m_connection.lastError());
    }

    // Sends the direct segment's unsent part once it is large enough (or all of it).
    bool sendSegment(bool all)
    {
        const qsizetype unsent = m_segment.size() - m_sent;
        if (unsent == 0 || (!all && unsent < SendBytes))
            return true;
        if (PQputCopyData(m_connection.pg(), m_segment.constData() + m_sent, int(unsent)) != 1)
            return failed(m_connection.lastError());
        m_sent = m_segment.size();
        return true;
    }

    void drainResults()
    {
        while (PGresult* result = PQgetResult(m_connection.pg()))
            PQclear(result);
    }

    bool merge()
    {
        const QString columns = m_columns.join(QLatin1Char(','));
        const QString keys = m_keys.join(QLatin1Char(','));
        const QString conflict =
            QStringLiteral("ON CONFLICT (%1) DO UPDATE SET %2").arg(keys, updateList(m_columns, m_keys));
        const QString direct =
            QStringLiteral("INSERT INTO %1 (%2, batch_id) SELECT %2, batch_id FROM %5 %3 %4")
                .arg(m_table, columns, m_ordered ? QStringLiteral("ORDER BY seq") : QString(), conflict,
                     QString::fromUtf8(m_stage));
        QString error;
        if (!m_connection.exec("SAVEPOINT tenure_merge", &error))
            return failed(error);
        PGresult* result = PQexec(m_connection.pg(), direct.toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        const QByteArray state = db::sqlState(result);
        error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (ok)
            return m_connection.exec("RELEASE SAVEPOINT tenure_merge", &error) || failed(error);
        if (state != "21000") // not "ON CONFLICT DO UPDATE command cannot affect row a second time"
            return failed(error);
        // The file repeats a key: each key once, with its last row's values at its first row's place.
        const QString deduplicated =
            QStringLiteral(
                "INSERT INTO %1 (%2, batch_id) SELECT %2, batch_id FROM (SELECT DISTINCT ON (%4) *, "
                "min(seq) OVER (PARTITION BY %4) AS first_seq FROM %5 ORDER BY %4, seq "
                "DESC) last_rows ORDER BY first_seq %3")
                .arg(m_table, columns, conflict, keys, QString::fromUtf8(m_stage));
        if (!m_connection.exec("ROLLBACK TO SAVEPOINT tenure_merge", &error) ||
            !m_connection.exec(deduplicated.toUtf8(), &error) ||
            !m_connection.exec("RELEASE SAVEPOINT tenure_merge", &error))
            return failed(error);
        return true;
    }

    bool failed(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("cannot write %1: %2").arg(m_table, message);
        m_pending.clear();
        return false;
    }

    db::Connection m_connection;
    QString m_table;
    QStringList m_columns;
    QStringList m_keys;
    QByteArray m_batchTail;   // "\t<batch id>\n" after each row's values
    QByteArray m_copyColumns; // "col,col,...,batch_id"
    QByteArray m_stage;       // the staging table's name
    bool m_ordered = false;
    Mode m_mode = Mode::Undecided;
    QByteArray m_pending; // staged rows not sent yet
    QByteArray m_segment; // the direct segment's rows (sent up to m_sent), kept until it is taken
    qsizetype m_sent = 0;
    bool m_copying = false;
    QString m_error;
};

// A PostgreSQL text[] literal of keys.
QByteArray textArray(const std::vector<QByteArray>& keys)
{
    QByteArray out = "{";
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (const char c : keys[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (c != '\0')
                out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace

std::unique_ptr<TableWriter> TableWriter::create(const db::Connection& connection, const QString& table,
                                                 const QStringList& columns, const QStringList& keys,
                                                 qint64 batchId)
{
    if (connection.isPostgres())
        return std::make_unique<PostgresCopyWriter>(connection, table, columns, keys, batchId);
    return std::make_unique<SqliteBulkWriter>(connection, table, columns, keys, batchId);
}

bool AccountIds::load(QString* error)
{
    db::Cursor select(m_connection, "SELECT account_key, id FROM accounts");
    while (select.next()) {
        const qint64 id = select.int64(1);
        m_ids.insert(select.bytes(0), id);
        m_maxId = std::max(m_maxId, id);
    }
    if (!select.ok()) {
        *error = select.error();
        return false;
    }
    return true;
}

bool AccountIds::createMissing(const Cell* rows, int count, size_t width, size_t column,
                               const std::function<bool()>& beforeInsert, QString* error)
{
    if (!m_connection.isPostgres())
        return true; // SQLite creates each stub as it is met (idOf): a local insert costs a microsecond
    std::vector<QByteArray> missing;
    QSet<QByteArray> seen;
    QByteArrayView previous;
    for (int r = 0; r < count; ++r) {
        const Cell& key = rows[size_t(r) * width + column];
        if (key.isNull() || (r > 0 && QByteArrayView(key.s) == previous)) // an account's rows run together
            continue;
        previous = QByteArrayView(key.s);
        if (m_ids.contains(key.s) || seen.contains(key.s))
            continue;
        seen.insert(key.s);
        missing.push_back(key.s);
    }
    if (missing.empty())
        return true;
    if (beforeInsert && !beforeInsert())
        return false;
    db::Statement insert(
        m_connection, QStringLiteral("INSERT INTO accounts(account_key, batch_id) SELECT key, %1 FROM "
                                     "unnest(CAST(? AS text[])) WITH ORDINALITY AS new_keys(key, position) "
                                     "ORDER BY position RETURNING account_key, id")
                          .arg(m_batchId));
    insert.bindText(1, textArray(missing));
    if (!insert.exec()) {
        *error = QStringLiteral("cannot add accounts: %1").arg(insert.error());
        return false;
    }
    while (insert.next()) {
        m_ids.insert(insert.bytes(0), insert.int64(1));
        ++m_stubs;
    }
    return true;
}

bool AccountIds::createStub(const QByteArray& key, qint64 id, QString* error)
{
    if (!m_insertWithId.isPrepared() &&
        !m_insertWithId.prepare(
            m_connection, QStringLiteral("INSERT INTO accounts(id, account_key, batch_id) VALUES(?, ?, %1)")
                              .arg(m_batchId))) {
        *error = m_insertWithId.error();
        return false;
    }
    m_insertWithId.bindInt(1, id);
    m_insertWithId.bindText(2, key);
    if (!m_insertWithId.exec()) {
        *error =
            QStringLiteral("cannot add account '%1': %2").arg(QString::fromUtf8(key), m_insertWithId.error());
        return false;
    }
    ++m_stubs;
    m_maxId = std::max(m_maxId, id);
    remember(key, id);
    return true;
}

qint64 AccountIds::idOf(const QByteArray& key, QString* error)
{
    if (key == m_lastKey && m_lastId)
        return m_lastId;
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd()) {
        m_lastKey = key;
        m_lastId = it.value();
        return m_lastId;
    }
    // SQLite: the id it would give the row itself, as the reading thread of an import does.
    if (!m_connection.isPostgres())
        return createStub(key, nextStubId(), error) ? m_lastId : 0;
    if (!m_insert.isPrepared() &&
        !m_insert.prepare(
            m_connection,
            QStringLiteral("INSERT INTO accounts(account_key, batch_id) VALUES(?, %1) RETURNING id")
                .arg(m_batchId))) {
        *error = m_insert.error();
        return 0;
    }
    m_insert.bindText(1, key);
    if (!m_insert.exec() || !m_insert.next()) {
        *error = QStringLiteral("cannot add account '%1': %2").arg(QString::fromUtf8(key), m_insert.error());
        return 0;
    }
    const qint64 id = m_insert.int64(0);
    ++m_stubs;
    m_maxId = std::max(m_maxId, id);
    remember(key, id);
    return id;
}

bool lockImports(const db::Connection& connection, const std::function<bool(const QString&)>& wait,
                 QString* error)
{
    const QByteArray tryLock =
        "SELECT pg_try_advisory_xact_lock(" + QByteArray::number(Workspace::ApplicationId) + ", 1)";
    bool told = false;
    QString message;
    for (;;) {
        db::Statement attempt(connection, QString::fromUtf8(tryLock));
        if (!attempt.exec() || !attempt.next()) {
            *error = attempt.error();
            return false;
        }
        if (attempt.string(0) == QLatin1String("t"))
            return true;
        if (!told) {
            // Another role's session shows its name; its host and start only to roles with
            // pg_read_all_stats (docs/team-workspace.md), so the parts PostgreSQL hides are left out.
            db::Statement holder(
                connection,
                QStringLiteral(
                    "SELECT a.usename, nullif(a.application_name, ''), host(a.client_addr), "
                    "to_char(a.xact_start, 'YYYY-MM-DD HH24:MI') FROM pg_locks l JOIN pg_stat_activity a "
                    "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1 "
                    "AND l.objid = 1 AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE "
                    "datname = "
                    "current_database())")
                    .arg(Workspace::ApplicationId));
            if (holder.exec() && holder.next() && !holder.isNull(0)) {
                QStringList details;
                if (!holder.isNull(1))
                    details << holder.string(1);
                if (!holder.isNull(2))
                    details << QStringLiteral("on %1").arg(holder.string(2));
                if (!holder.isNull(3))
                    details << QStringLiteral("since %1").arg(holder.string(3));
                message =
                    QStringLiteral("%1 is importing into this team workspace%2; waiting for that import "
                                   "to finish")
                        .arg(holder.string(0),
                             details.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(details.join(QLatin1Char(' '))));
            } else {
                message =
                    QStringLiteral("another user is importing into this team workspace; waiting for that "
                                   "import to finish");
            }
            told = true;
        }
        if (wait && !wait(message)) {
            *error = QStringLiteral("cancelled while %1").arg(message);
            return false;
        }
        QThread::msleep(200);
    }
}

} // namespace tenure::importing
