#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace tenure {

// The data kinds of SPEC.md section 1. One CSV holds one kind.
enum class DataKind {
    Accounts,
    Revenue,
    Subscriptions,
    Orders,
    Surveys,
    Tickets,
    Signups,
    Funnel,
    Costs,
    Renewals,
    FxRates // exchange rates into the workspace currency (SPEC.md section 8)
};

// How a canonical column's cells are parsed and stored.
enum class ColumnType {
    Text,    // stored as is
    Key,     // an identifier such as account_id; stored as text, never as a number
    Date,    // ISO date text 'YYYY-MM-DD'
    Month,   // a calendar month, stored as integer yyyymm
    Money,   // integer minor units (cents)
    Integer, // whole number
    Number,  // real number (quantity)
    Score,   // survey score, real
    Boolean, // yes/no, stored 1/0
};

struct CanonicalColumn
{
    QString name;
    ColumnType type;
    bool required = false;
    // false for the columns real exports carry beyond SPEC.md's canonical ones (status, interval
    // count, stage, currency, ...): recognised and used, but not written into the template CSV.
    bool canonical = true;
};

struct KindInfo
{
    DataKind kind;
    QString name;  // as used on the command line and in templates: "revenue"
    QString table; // workspace table
    QString title; // human label: "Revenue"
    std::vector<CanonicalColumn> columns;
    QString dateColumn; // column whose range the dashboard shows (empty: none)
};

const std::vector<KindInfo>& allKinds();
const KindInfo& kindInfo(DataKind kind);
std::optional<DataKind> kindFromName(const QString& name);
QString kindName(DataKind kind);
// The canonical CSV header of a kind, comma separated.
QString templateHeader(DataKind kind);
QString columnTypeName(ColumnType type);
// Months per billing-interval unit as SPEC.md section 1 normalises them: an amount billed every
// `unit` is this many times that amount a month (year 1/12, week 52/12, day 365/12, else 1).
double monthlyFactor(QStringView unit);

} // namespace tenure
