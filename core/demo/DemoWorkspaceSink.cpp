#include "DemoWorkspaceSink.h"

#include "Workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tenure::demo {

namespace {

// Well below SQLite's limit of 32766 bound parameters per statement; a few hundred rows per
// statement is where the speed-up levels off.
constexpr int MaxRowsPerStatement = 256;

QString sqliteError(sqlite3* db, const std::string& table)
{
    return QStringLiteral("cannot write %1: %2")
        .arg(QString::fromStdString(table), QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

std::string idRowKey(const Cell& id)
{
    std::string key = "id:";
    key.append(id.text, size_t(id.size));
    return key;
}

std::string costRowKey(const CostRow& row)
{
    // The importer hashes the typed canonical cells (date text, amount in cents, category), each
    // followed by a unit separator.
    char buffer[64];
    int n = writeDate(buffer, row.date);
    buffer[n++] = '\x1f';
    n += writeInt(buffer + n, row.amount);
    buffer[n++] = '\x1f';
    QByteArray bytes(buffer, n);
    bytes += row.category;
    bytes += '\x1f';
    return "h:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().toStdString();
}

BulkInsert::BulkInsert(sqlite3* db, std::string table, std::vector<std::string> columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)), m_batchRows(MaxRowsPerStatement)
{
    m_values.resize(size_t(m_batchRows) * m_columns.size());
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

sqlite3_stmt* BulkInsert::prepare(int rowCount)
{
    std::string sql = "INSERT INTO " + m_table + " (";
    std::string row = "(";
    for (size_t i = 0; i < m_columns.size(); ++i) {
        sql += (i ? "," : "") + m_columns[i];
        row += i ? ",?" : "?";
    }
    row += ')';
    sql += ") VALUES ";
    for (int r = 0; r < rowCount; ++r) {
        if (r)
            sql += ',';
        sql += row;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        m_ok = false;
        m_error = sqliteError(m_db, m_table);
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

BulkInsert::Value& BulkInsert::next()
{
    return m_values[size_t(m_filled++)];
}

void BulkInsert::integer(long long value)
{
    Value& v = next();
    v.type = Value::Integer;
    v.integer = value;
}

void BulkInsert::text(std::string_view value)
{
    Value& v = next();
    v.type = Value::Text;
    v.text.assign(value.data(), value.size());
}

void BulkInsert::null()
{
    next().type = Value::Null;
}

void BulkInsert::date(Day day)
{
    if (day == NoDay) {
        null();
        return;
    }
    char buffer[16];
    text(std::string_view(buffer, size_t(writeDate(buffer, day))));
}

bool BulkInsert::run(sqlite3_stmt* statement, int rowCount, int firstValue)
{
    const int count = rowCount * int(m_columns.size());
    for (int i = 0; i < count; ++i) {
        const Value& v = m_values[size_t(firstValue + i)];
        int rc = SQLITE_OK;
        switch (v.type) {
        case Value::Null:
            rc = sqlite3_bind_null(statement, i + 1);
            break;
        case Value::Integer:
            rc = sqlite3_bind_int64(statement, i + 1, v.integer);
            break;
        case Value::Text:
            rc = sqlite3_bind_text(statement, i + 1, v.text.data(), int(v.text.size()), SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK)
            break;
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE) {
        m_ok = false;
        m_error = sqliteError(m_db, m_table);
        return false;
    }
    m_rows += rowCount;
    return true;
}

void BulkInsert::endRow()
{
    if (m_filled < m_batchRows * int(m_columns.size()))
        return;
    if (m_ok) {
        if (!m_batch)
            m_batch = prepare(m_batchRows);
        if (m_batch)
            run(m_batch, m_batchRows, 0);
    }
    m_filled = 0;
}

bool BulkInsert::finish(QString* error)
{
    const int columns = int(m_columns.size());
    if (m_ok && m_filled > 0) {
        if (!m_single)
            m_single = prepare(1);
        for (int first = 0; m_single && first < m_filled; first += columns) {
            if (!run(m_single, 1, first))
                break;
        }
    }
    m_filled = 0;
    if (!m_ok && error)
        *error = m_error;
    return m_ok;
}

DemoWorkspaceSink::DemoWorkspaceSink(Workspace& workspace) : m_workspace(workspace) {}

DemoWorkspaceSink::~DemoWorkspaceSink()
{
    if (m_inTransaction)
        rollback();
}

bool DemoWorkspaceSink::exec(const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QStringLiteral("cannot write workspace %1: %2")
                     .arg(m_workspace.path(), QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

bool DemoWorkspaceSink::begin(const QString& description, const QDate& asOf, QString* error)
{
    const QVariant handle = m_workspace.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("workspace %1 is not an SQLite connection").arg(m_workspace.path());
        return false;
    }
    m_db = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_db) {
        *error = QStringLiteral("workspace %1 is not open").arg(m_workspace.path());
        return false;
    }
    // Ids are assigned here and every reference is to a row written in the same run, so foreign-key
    // checks would only cost time; the setting cannot change inside a transaction.
    exec("PRAGMA foreign_keys = OFF", nullptr);
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    m_inTransaction = true;

    const QByteArray importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    const QByteArray marker = description.toUtf8();
    sqlite3_stmt* insert = nullptr;
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toUtf8();
    const char* sql =
        "INSERT INTO import_batches (file_name, file_size, sha256, kind, mapping, imported_at, as_of) "
        "VALUES (?, 0, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(m_db, sql, -1, &insert, nullptr) != SQLITE_OK) {
        *error = sqliteError(m_db, "import_batches");
        sqlite3_finalize(insert);
        return false;
    }
    for (const KindInfo& info : allKinds()) {
        if (info.kind == DataKind::FxRates) // the demo company bills in one currency
            continue;
        const QByteArray kind = info.name.toUtf8();
        const QByteArray fileName = "demo company: " + kind + ".csv"; // as if from `tenure demo --csv`
        const QByteArray sha = "demo:" + marker + ':' + kind;         // not a file hash: no file was read
        sqlite3_bind_text(insert, 1, fileName.constData(), int(fileName.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, sha.constData(), int(sha.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, kind.constData(), int(kind.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, marker.constData(), int(marker.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, importedAt.constData(), int(importedAt.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, asOfText.constData(), int(asOfText.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            *error = sqliteError(m_db, "import_batches");
            sqlite3_finalize(insert);
            return false;
        }
        sqlite3_reset(insert);
        m_batches[size_t(info.kind)] = sqlite3_last_insert_rowid(m_db);
    }
    sqlite3_finalize(insert);

    auto make = [this](const char* table, std::vector<std::string> columns) {
        return std::make_unique<BulkInsert>(m_db, table, std::move(columns));
    };
    m_accounts = make("accounts", {"id", "account_key", "name", "plan", "region", "industry", "size", "owner",
                                   "created_at", "batch_id"});
    m_attributes = make("account_attributes", {"account_id", "attribute", "value", "batch_id"});
    m_revenue = make("revenue", {"account_id", "month", "mrr", "plan", "batch_id"});
    m_subscriptions = make("subscriptions", {"row_key", "account_id", "start_date", "end_date", "amount",
                                             "interval", "quantity", "subscription_id", "batch_id"});
    m_orders =
        make("orders", {"row_key", "order_id", "account_id", "ordered_at", "amount", "type", "batch_id"});
    m_surveys = make("surveys", {"row_key", "response_id", "account_id", "responded_at", "survey", "score",
                                 "comment", "batch_id"});
    m_tickets = make("tickets", {"ticket_id", "account_id", "created_at", "resolved_at", "contacts",
                                 "channel", "batch_id"});
    m_signups = make("signups", {"signup_id", "account_id", "signed_up_at", "activated_at", "batch_id"});
    m_funnel = make("funnel", {"date", "source", "visitors", "conversions", "batch_id"});
    m_costs = make("costs", {"row_key", "date", "amount", "category", "batch_id"});
    m_renewals =
        make("renewals", {"account_id", "due_date", "renewed", "arr_before", "arr_after", "batch_id"});
    return true;
}

bool DemoWorkspaceSink::ok() const
{
    for (const auto* insert : {m_accounts.get(), m_attributes.get(), m_revenue.get(), m_subscriptions.get(),
                               m_orders.get(), m_surveys.get(), m_tickets.get(), m_signups.get(),
                               m_funnel.get(), m_costs.get(), m_renewals.get()}) {
        if (insert && !insert->ok())
            return false;
    }
    return true;
}

void DemoWorkspaceSink::rollback()
{
    if (m_inTransaction) {
        exec("ROLLBACK", nullptr);
        m_inTransaction = false;
    }
    exec("PRAGMA foreign_keys = ON", nullptr);
}

bool DemoWorkspaceSink::commit(const QList<QPair<QString, QString>>& settings, QString* error)
{
    struct Count
    {
        DataKind kind;
        BulkInsert* insert;
    };
    const Count counts[] = {
        {DataKind::Accounts, m_accounts.get()},
        {DataKind::Revenue, m_revenue.get()},
        {DataKind::Subscriptions, m_subscriptions.get()},
        {DataKind::Orders, m_orders.get()},
        {DataKind::Surveys, m_surveys.get()},
        {DataKind::Tickets, m_tickets.get()},
        {DataKind::Signups, m_signups.get()},
        {DataKind::Funnel, m_funnel.get()},
        {DataKind::Costs, m_costs.get()},
        {DataKind::Renewals, m_renewals.get()},
    };
    bool ok = m_attributes->finish(error);
    for (const Count& count : counts)
        ok = ok && count.insert->finish(error);
    if (!ok) {
        rollback();
        return false;
    }

    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(m_db, "UPDATE import_batches SET rows_read = ?1, rows_imported = ?1 WHERE id = ?2", -1,
                       &statement, nullptr);
    for (const Count& count : counts) {
        sqlite3_bind_int64(statement, 1, count.insert->rows());
        sqlite3_bind_int64(statement, 2, batch(count.kind));
        ok = ok && sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    statement = nullptr;
    sqlite3_prepare_v2(m_db,
                       "INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       -1, &statement, nullptr);
    for (const auto& [key, value] : settings) {
        const QByteArray k = key.toUtf8();
        const QByteArray v = value.toUtf8();
        sqlite3_bind_text(statement, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        ok = ok && sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    if (!ok) {
        *error = sqliteError(m_db, "settings");
        rollback();
        return false;
    }
    // Same statements as Workspace::bumpDataVersion(), inside this transaction.
    if (!exec("INSERT INTO settings(key, value) VALUES('data_version', 1) "
              "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
              error) ||
        !exec("INSERT OR REPLACE INTO settings(key, value) VALUES('data_token', lower(hex(randomblob(16))))",
              error) ||
        !exec("COMMIT", error)) {
        rollback();
        return false;
    }
    m_inTransaction = false;
    exec("PRAGMA foreign_keys = ON", nullptr);
    return true;
}

void DemoWorkspaceSink::account(const AccountRow& row)
{
    BulkInsert& a = *m_accounts;
    a.integer(row.id);
    a.text(accountKey(row.id).view());
    a.text(row.name);
    a.text(row.plan);
    a.text(row.region);
    a.text(row.industry);
    a.text(row.size);
    a.text(row.owner);
    a.date(row.createdAt);
    a.integer(batch(DataKind::Accounts));
    a.endRow();

    BulkInsert& attribute = *m_attributes;
    attribute.integer(row.id);
    attribute.text(CustomAttribute);
    attribute.text(row.leadSource);
    attribute.integer(batch(DataKind::Accounts));
    attribute.endRow();
}

void DemoWorkspaceSink::revenue(const RevenueRow& row)
{
    BulkInsert& r = *m_revenue;
    r.integer(row.account);
    r.integer(yyyymm(row.month));
    r.integer(row.mrr);
    r.text(row.plan);
    r.integer(batch(DataKind::Revenue));
    r.endRow();
}

void DemoWorkspaceSink::subscription(const SubscriptionRow& row)
{
    BulkInsert& s = *m_subscriptions;
    const Cell key = subscriptionKey(row.id);
    s.text(idRowKey(key));
    s.integer(row.account);
    s.date(row.start);
    s.date(row.end);
    s.integer(row.amount * row.quantity); // the amount per interval for all units
    s.text(row.interval);
    s.integer(row.quantity);
    s.text(key.view());
    s.integer(batch(DataKind::Subscriptions));
    s.endRow();
}

void DemoWorkspaceSink::order(const OrderRow& row)
{
    BulkInsert& o = *m_orders;
    const Cell key = orderKey(row.id);
    o.text(idRowKey(key));
    o.text(key.view());
    o.integer(row.account);
    o.date(row.orderedAt);
    o.integer(row.amount);
    o.text(row.type);
    o.integer(batch(DataKind::Orders));
    o.endRow();
}

void DemoWorkspaceSink::survey(const SurveyRow& row)
{
    BulkInsert& s = *m_surveys;
    const Cell key = responseKey(row.id);
    s.text(idRowKey(key));
    s.text(key.view());
    if (row.account)
        s.integer(row.account);
    else
        s.null();
    s.date(row.respondedAt);
    s.text(row.survey);
    s.integer(row.score);
    if (row.comment.empty())
        s.null();
    else
        s.text(row.comment);
    s.integer(batch(DataKind::Surveys));
    s.endRow();
}

void DemoWorkspaceSink::ticket(const TicketRow& row)
{
    BulkInsert& t = *m_tickets;
    t.text(ticketKey(row.id).view());
    t.integer(row.account);
    t.date(row.createdAt);
    t.date(row.resolvedAt);
    t.integer(row.contacts);
    t.text(row.channel);
    t.integer(batch(DataKind::Tickets));
    t.endRow();
}

void DemoWorkspaceSink::signup(const SignupRow& row)
{
    BulkInsert& s = *m_signups;
    s.text(signupKey(row.id).view());
    s.integer(row.account);
    s.date(row.signedUpAt);
    s.date(row.activatedAt);
    s.integer(batch(DataKind::Signups));
    s.endRow();
}

void DemoWorkspaceSink::funnel(const FunnelRow& row)
{
    BulkInsert& f = *m_funnel;
    f.date(row.date);
    f.text(row.source);
    f.integer(row.visitors);
    f.integer(row.conversions);
    f.integer(batch(DataKind::Funnel));
    f.endRow();
}

void DemoWorkspaceSink::cost(const CostRow& row)
{
    BulkInsert& c = *m_costs;
    c.text(costRowKey(row));
    c.date(row.date);
    c.integer(row.amount);
    c.text(row.category);
    c.integer(batch(DataKind::Costs));
    c.endRow();
}

void DemoWorkspaceSink::renewal(const RenewalRow& row)
{
    BulkInsert& r = *m_renewals;
    r.integer(row.account);
    r.date(row.dueDate);
    r.integer(row.renewed ? 1 : 0);
    r.integer(row.arrBefore);
    r.integer(row.arrAfter);
    r.integer(batch(DataKind::Renewals));
    r.endRow();
}

} // namespace tenure::demo
