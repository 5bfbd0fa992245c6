#pragma once

#include <QDate>

#include "DemoRows.h"

#include <array>
#include <memory>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tenure {
class Workspace;
}

namespace tenure::demo {

// Appends rows to one table through multi-row INSERT statements of a few hundred rows each, bound
// through the sqlite3 C API: QSqlQuery's per-value QVariant round trips cost more than SQLite's work.
class BulkInsert
{
public:
    BulkInsert(sqlite3* db, std::string table, std::vector<std::string> columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    void integer(long long value);
    void text(std::string_view value);
    void null();
    void date(Day day); // NoDay -> NULL
    // Completes the current row; runs the statement when a batch is full.
    void endRow();
    // Writes the rows still buffered. False with *error on failure.
    bool finish(QString* error);
    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    struct Value
    {
        enum Type { Null, Integer, Text } type = Null;
        long long integer = 0;
        std::string text;
    };
    sqlite3_stmt* prepare(int rowCount);
    bool run(sqlite3_stmt* statement, int rowCount, int firstValue);
    Value& next();

    sqlite3* m_db;
    std::string m_table;
    std::vector<std::string> m_columns;
    int m_batchRows;
    std::vector<Value> m_values;
    int m_filled = 0; // values in the current batch
    sqlite3_stmt* m_batch = nullptr;
    sqlite3_stmt* m_single = nullptr;
    qint64 m_rows = 0;
    bool m_ok = true;
    QString m_error;
};

// Writes the rows straight into an empty workspace inside one transaction. Each kind gets an
// import batch of its own (so the imports history lists the demo and it can be removed like any
// import); accounts keep the generator's ids 1..N.
class DemoWorkspaceSink : public DemoSink
{
public:
    explicit DemoWorkspaceSink(Workspace& workspace);
    ~DemoWorkspaceSink() override;

    // Starts the transaction and creates the batches; description goes into each batch's record.
    // asOf: the day the demo's exports are taken (each batch's as-of date).
    bool begin(const QString& description, const QDate& asOf, QString* error);
    // Writes settings, bumps the data version and commits; rolls back on failure.
    bool commit(const QList<QPair<QString, QString>>& settings, QString* error);
    // Undoes everything written since begin().
    void rollback();

    void account(const AccountRow& row) override;
    void revenue(const RevenueRow& row) override;
    void subscription(const SubscriptionRow& row) override;
    void order(const OrderRow& row) override;
    void survey(const SurveyRow& row) override;
    void ticket(const TicketRow& row) override;
    void signup(const SignupRow& row) override;
    void funnel(const FunnelRow& row) override;
    void cost(const CostRow& row) override;
    void renewal(const RenewalRow& row) override;
    bool ok() const override;

private:
    bool exec(const char* sql, QString* error);
    long long batch(DataKind kind) const { return m_batches[size_t(kind)]; }

    Workspace& m_workspace;
    sqlite3* m_db = nullptr;
    bool m_inTransaction = false;
    std::array<long long, 11> m_batches{};
    std::unique_ptr<BulkInsert> m_accounts, m_attributes, m_revenue, m_subscriptions, m_orders, m_surveys,
        m_tickets, m_signups, m_funnel, m_costs, m_renewals;
};

// row_key values as the importer writes them, so re-importing the demo's CSV files replaces rows
// instead of adding them: "id:<id>" for rows with an id, else "h:" + SHA-1 of all typed cells.
std::string idRowKey(const Cell& id);
std::string costRowKey(const CostRow& row);

} // namespace tenure::demo
