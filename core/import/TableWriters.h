#pragma once

#include "RowConverter.h"
#include "store/Db.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

// Where the importer's converted rows go: one writer per backend, both upserting on the table's
// natural key, the last row of a key winning, inside the import's one transaction.
namespace tenure::importing {

class TableWriter
{
public:
    virtual ~TableWriter() = default;
    // Takes one row (columns.size() cells); the cells may be moved from.
    virtual bool add(Cell* row) = 0;
    // Takes one row that stays as it is until the next sync() or finish() (SQLite reads it in place
    // then, with no copy).
    virtual bool addInPlace(Cell* row) { return add(row); }
    // Writes the rows taken in place so far; the caller may change them afterwards.
    virtual bool sync() { return true; }
    // Writes whatever is buffered; the table holds every added row afterwards.
    virtual bool finish() = 0;
    // Lets the connection run another statement (PostgreSQL: ends the COPY in progress; the next
    // add() starts another). SQLite has nothing to do.
    virtual bool pause() { return true; }
    virtual QString error() const = 0;

    // SQLite: INSERT ... SELECT ... ON CONFLICT DO UPDATE from the tenure_rows table-valued function
    // over the rows held (1,024 per statement). PostgreSQL: COPY into a temporary table,
    // then one INSERT ... SELECT ... ON CONFLICT DO UPDATE.
    static std::unique_ptr<TableWriter> create(const db::Connection& connection, const QString& table,
                                               const QStringList& columns, const QStringList& keys,
                                               qint64 batchId);
};

// account_key -> accounts.id, creating stub accounts (attributes NULL) for keys not seen before, in
// the order they are first met (ids ascend as in a file imported row by row).
class AccountIds
{
public:
    AccountIds(const db::Connection& connection, qint64 batchId)
        : m_connection(connection), m_batchId(batchId)
    {}

    bool load(QString* error);
    // Creates the accounts of the keys among rows (each row has width cells, the key in column) not
    // known yet with one statement (PostgreSQL: one round trip per chunk rather than per account;
    // SQLite needs nothing: idOf creates each stub as it is met).
    // beforeInsert runs first when there is something to create (the writer pauses its COPY).
    bool createMissing(const Cell* rows, int count, size_t width, size_t column,
                       const std::function<bool()>& beforeInsert, QString* error);
    // The id of key, creating a stub when unknown; 0 on failure.
    qint64 idOf(const QByteArray& key, QString* error);
    qint64 stubs() const { return m_stubs; }

    // SQLite: the ids known when loaded (a copy for another thread) and the id the next stub gets
    // (one more than the largest, as SQLite gives a row without one), so the reading thread of an
    // import can name every row's account; createStub then writes a stub with that id.
    QHash<QByteArray, qint64> knownIds() const { return m_ids; }
    qint64 nextStubId() const { return m_maxId + 1; }
    bool createStub(const QByteArray& key, qint64 id, QString* error);

private:
    void remember(const QByteArray& key, qint64 id) { m_ids.insert(key, id), m_lastKey = key, m_lastId = id; }

    db::Connection m_connection;
    qint64 m_batchId;
    QHash<QByteArray, qint64> m_ids;
    QByteArray m_lastKey;
    qint64 m_lastId = 0;
    qint64 m_maxId = 0;
    db::Statement m_insert;       // PostgreSQL: a stub, its id from the sequence
    db::Statement m_insertWithId; // SQLite: a stub with the id it would get (createStub)
    qint64 m_stubs = 0;
};

// PostgreSQL: the advisory lock that serialises imports into one team workspace (taken inside the
// import's transaction, released by its end). While another session holds it, wait(message) is
// told who is importing, once, and asked every poll whether to go on waiting (false cancels).
bool lockImports(const db::Connection& connection, const std::function<bool(const QString&)>& wait,
                 QString* error);

} // namespace tenure::importing
