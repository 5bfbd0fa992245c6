#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

class QDate;
class QSqlDatabase;
class QVariant;

namespace tenure::fx {

// Digits after the decimal mark (ISO 4217): 0 for JPY, KRW and the other zero-decimal currencies,
// 3 for KWD, BHD, OMR, JOD, TND, LYD, IQD, else 2. Money is stored as hundredths of a unit for every currency
// (so a yen is 100), which keeps the engine's arithmetic one; this only says what "minor units" and rounding
// mean.
int decimals(QStringView code);
// How many stored hundredths one minor unit is (1 for cents, 100 for yen); amounts are rounded to
// it, and to the hundredth for three-decimal currencies.
qint64 hundredthsPerMinorUnit(QStringView code);

// The ISO 4217 code a currency mark stands for: "usd", "USD", "$", "US$", "€", "£", "¥", "JP¥",
// "C$", "A$", "CHF", "R$", "₹", "₩". "$" (and "¥") mean the workspace's currency when that is a
// dollar (a yen or yuan), else USD (JPY). Empty when the mark is no currency.
QString codeOf(QStringView mark, const QString& workspaceCurrency = QString());
// The currency mark written in a money value: "€1.234,56" -> "€", "USD 12.00" -> "USD",
// "12,00 €" -> "€", "-$5" -> "$", "(¥25,000)" -> "¥". Empty when the value carries none.
QStringView markIn(QStringView value);

// One rate as imported: 1 unit of `currency` is worth rate units of `base` (perBase false), or
// rate units of `currency` make 1 `base` (perBase true: the ECB's "1 EUR = 1.0823 USD" is
// currency USD, base EUR, rate 1.0823).
struct RateRow
{
    int day = 0; // Julian day
    QString currency;
    QString base;
    double rate = 0;
    bool perBase = false;
};

// What a conversion used: the factor and the dated rates behind it.
struct Conversion
{
    double factor = 1;               // amount in `to` = amount in `from` x factor
    QString base;                    // the currency both rates are quoted against (empty: same currency)
    int fromDay = -1;                // Julian day of the rate of `from` (-1: none needed, from is the base)
    int toDay = -1;                  // Julian day of the rate of `to` (-1: none needed, to is the base)
    double fromRate = 0, toRate = 0; // as imported
};

// The fx_rates table in memory: for each currency and base, its rates sorted by day. A value is
// converted at the latest rate on or before its date (the month's last day for MRR, the day for
// orders); through a common base when neither side is the other's base (ECB rates are all
// against EUR: JPY to USD is JPY->EUR->USD on the same rule). A direct quote (to or from is the
// base) is preferred over a cross rate whenever it has a rate on or before the day, however old:
// explain shows the rate's date, so a stale one is visible.
class FxRates
{
public:
    // Reads fx_rates of the workspace database (an empty table, or none, gives no rates).
    static FxRates load(const QSqlDatabase& db);
    void add(const RateRow& row);
    bool isEmpty() const { return m_series.isEmpty(); }
    QStringList currencies() const; // every currency and base with a rate, sorted

    // nullopt: no rate on or before that day for one of the two sides.
    std::optional<Conversion> convert(const QString& from, const QString& to, int julianDay) const;
    // Hundredths of `from` to hundredths of `to`, rounded half away from zero to `to`'s minor unit.
    static qint64 apply(qint64 hundredths, double factor, QStringView to);
    // "EUR 1.0823 on 2026-03-31" style description of what a conversion used.
    static QString describe(const QString& from, const QString& to, const Conversion& c);

private:
    struct Point
    {
        int day;
        double rate;
        bool perBase;
    };
    // Value of one unit of `currency` in `base` as num / den at the latest rate on or before day.
    bool valueIn(const QString& currency, const QString& base, int day, double* num, double* den,
                 int* rateDay, double* rate) const;
    QHash<QString, std::vector<Point>> m_series; // "CUR>BASE" -> points sorted by day
    QStringList m_bases;                         // sorted
};

// Why the workspace's money cannot all be converted into `to`: one line per currency whose
// earliest amount has no rate on or before its date ("JPY revenue from 2024-01-31"); empty when it
// can. home: the currency of amounts stored without one.
QStringList missingRates(const QSqlDatabase& db, const QString& home, const QString& to,
                         const FxRates& rates);

// The tables that hold money, each with a currency column (Schema version 4).
const QStringList& moneyTables();
// Every currency the workspace's money is in (home: the currency of amounts stored without one).
QStringList currenciesInUse(const QSqlDatabase& db, const QString& home);
// Whether the workspace holds any money yet.
bool hasMoney(const QSqlDatabase& db);

// Stored amounts (hundredths, with their currency code or NULL for the home currency) in the
// workspace currency at the rate of a day, for the screens that show single rows.
class AmountConverter
{
public:
    AmountConverter(const QSqlDatabase& db, QString home, QString to);
    // nullopt when the amount is null or there is no rate.
    std::optional<double> convert(const QVariant& hundredths, const QVariant& currency, const QDate& day);

private:
    FxRates m_rates;
    QString m_home, m_to;
};

} // namespace tenure::fx
