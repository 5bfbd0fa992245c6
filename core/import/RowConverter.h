#pragma once

#include "ColumnMapper.h"
#include "CsvReader.h"
#include "Fx.h"
#include "Importer.h"
#include "ValueParser.h"

#include <QMap>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace tenure {

// One typed value on its way into SQLite.
struct Cell
{
    enum Type : quint8 { Null, Int, Real, Text };
    Type type = Null;
    qint64 i = 0;
    double d = 0;
    QByteArray s; // UTF-8: bound to SQLite as is

    void setNull() { type = Null; }
    void setInt(qint64 v) { type = Int, i = v; }
    void setReal(double v) { type = Real, d = v; }
    void setText(QByteArray v) { type = Text, s = std::move(v); }
    // Reuses the cell's own buffer for ASCII text (the importer recycles its cells: no allocation
    // per value in the steady state).
    void setText(QStringView v);
    bool isNull() const { return type == Null; }
    QString text() const { return QString::fromUtf8(s); }
    QByteArray toBytes() const; // for row hashes
};

// What a file's rows say beyond their values, counted while converting (for the import summary).
struct ConvertTallies
{
    qint64 notMrr = 0;                // subscriptions in trial, incomplete, paused, future: not MRR
    QMap<QString, qint64> skipped;    // reason -> rows left out on purpose
    QMap<QString, qint64> currencies; // rows rejected per foreign currency (no exchange rate)
    QMap<QString, qint64> converted;  // rows per foreign currency, converted at the imported rates
    qint64 noRateQuoted = 0;          // ECB layout: cells with no rate that day (N/A, empty)
    qint64 mrrDisagreements = 0;      // the export's own mrr column disagrees with amount and interval
    QString mrrExample;               // the first of them, described
    qint64 unreadRatings = 0;         // ticket satisfaction values that are no rating ("offered")
};

// The currencies an import checks money against.
struct CurrencyContext
{
    CurrencyContext() = default;
    CurrencyContext(const QString& workspaceCurrency) : workspace(workspaceCurrency), home(workspaceCurrency)
    {}
    QString workspace;                  // amounts must be convertible into it; empty: no checks
    QString home;                       // stored as NULL (see Schema version 4)
    const fx::FxRates* rates = nullptr; // the workspace's exchange rates
};

// Converts the records of one file into the typed canonical values of its kind (one Cell per
// canonical column, in DataKinds order) and validates them. Needs no workspace, so the preview
// finds the same rejects as the import.
class RowConverter
{
public:
    // formats: one per file column (see Importer), decided over the whole column. currency: the
    // workspace's currencies and rates. A row's currency is its currency column's, else the one
    // written in its amounts ("€1.234,56"), else the workspace's; a row in another currency is
    // kept in that currency (converted when the KPIs are computed) when a rate for its date
    // exists, else rejected naming currency and date.
    RowConverter(const ColumnMapping& mapping, const QList<ColumnFormat>& formats, const QStringList& headers,
                 const CurrencyContext& currency = CurrencyContext());
    const ConvertTallies& tallies() const { return m_tallies; }
    DataKind kind() const { return m_kind; }
    int columnCount() const { return int(m_slots.size()); }
    int slotOf(const QString& canonical) const; // index of a canonical column, -1 when unknown
    // A SPEC.md column rather than an extra one real exports carry (status, currency, ...): only
    // these make the row key of rows without an id, so keys stay what earlier versions wrote.
    bool isCanonicalSlot(int slot) const { return m_slots[size_t(slot)].column.canonical; }
    // Rows one record makes: 1, or one per currency column of an ECB-layout rates file.
    int rowsPerRecord() const { return m_rateColumns.isEmpty() ? 1 : int(m_rateColumns.size()); }
    // false: the row is rejected and *reject says why (row and line filled in). part: which of the
    // record's rows (see rowsPerRecord()).
    bool convert(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject, int part = 0) const;

private:
    struct Slot
    {
        CanonicalColumn column;
        int fileColumn = -1; // -1: not in the file
        ColumnFormat format;
        QString header;
        QString fallback; // default value when not in the file (or empty in it)
        bool hasFallback = false;
    };
    bool convertCell(const Slot& slot, QStringView text, Cell& cell, QString* reason) const;
    // Required columns a row may leave empty: a renewal without an outcome is upcoming, and a
    // subscription may give its total amount instead of a unit price.
    bool mayBeEmpty(const QString& column) const
    {
        return (m_kind == DataKind::Renewals && column == QLatin1String("renewed")) ||
               (m_kind == DataKind::Subscriptions && column == QLatin1String("amount"));
    }
    bool validate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const;
    bool resolveCurrency(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const;
    bool validateRate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const;
    bool convertWideRate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject,
                         int part) const;
    int rateCheckDay(const std::vector<Cell>& cells) const; // Julian day a foreign amount needs a rate on
    bool rejectAt(const CsvRecord& record, int slot, ImportReject* reject, const QString& reason) const;

    bool validateSubscription(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const;
    bool skip(const CsvRecord& record, int slot, ImportReject* reject, const QString& reason) const;

    DataKind m_kind;
    std::vector<Slot> m_slots;
    CurrencyContext m_money;
    std::vector<int> m_moneySlots;
    int m_currencySlot = -1;
    QList<int> m_rateColumns; // ECB layout: file columns of the currencies
    QStringList m_headers;
    mutable ConvertTallies m_tallies; // convert() runs on one thread at a time
    // The decimals of the last currency looked up (nearly every row of a file has the same).
    mutable QString m_decimalsCode;
    mutable int m_decimals = 2;
};

// Billing intervals as exports write them: month, monthly, quarterly, "every 3 months", biweekly,
// P3M. Returns the unit (month, year, week, day) and how many units make one interval.
std::optional<QPair<QString, int>> parseBillingInterval(QStringView text);
// Subscription states as billing tools write them, normalised: active (MRR), canceled (MRR until
// its end date), trialing, incomplete, paused, future (none of them MRR). Empty when unknown.
QString normaliseSubscriptionStatus(QStringView text);
bool statusIsMrr(const QString& normalised);
// A CRM deal stage or won flag that means the deal was won ("Closed Won", "closedwon", true).
bool stageIsWon(QStringView text);
// Ticket satisfaction as help desks export it: good/bad (Zendesk), 1-5 (Intercom), satisfied...
// Returns a CSAT score on 1-5, or nullopt for no rating ("offered", "unoffered").
std::optional<double> parseSatisfaction(QStringView text);
// ISO 4217 code of a currency cell ("usd", "$", "€", "EUR") or empty when not a currency.
QString normaliseCurrency(QStringView text);

} // namespace tenure
