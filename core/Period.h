#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tenure {

// A calendar month as one integer: year * 12 + (month - 1). Consecutive months differ by one.
using MonthIndex = int;

constexpr MonthIndex monthIndex(int year, int month)
{
    return year * 12 + (month - 1);
}
constexpr int yearOf(MonthIndex m)
{
    return m / 12;
}
constexpr int monthOf(MonthIndex m)
{
    return m % 12 + 1;
}
inline MonthIndex monthIndexOf(const QDate& date)
{
    return monthIndex(date.year(), date.month());
}
// yyyymm as stored in the revenue table.
constexpr int yyyymm(MonthIndex m)
{
    return yearOf(m) * 100 + monthOf(m);
}
constexpr MonthIndex fromYyyymm(int value)
{
    return monthIndex(value / 100, value % 100);
}
QDate firstDayOf(MonthIndex m);
QDate lastDayOf(MonthIndex m);
QString monthLabel(MonthIndex m); // "2026-03"

enum class Grain { Month, Quarter, Year };
QString grainName(Grain grain);
std::optional<Grain> grainFromName(const QString& name);

// A month, quarter or year: the months firstMonth..lastMonth inclusive.
struct Period
{
    Grain grain = Grain::Month;
    MonthIndex firstMonth = 0;
    MonthIndex lastMonth = 0;

    static Period containing(Grain grain, MonthIndex month);
    // "2026-03", "2026-Q1", "2026"; nullopt when the text is none of them.
    static std::optional<Period> parse(const QString& text);

    QString label() const;
    Period previous() const;
    Period next() const;
    Period yearBefore() const;
    int monthCount() const { return lastMonth - firstMonth + 1; }
    bool contains(MonthIndex m) const { return m >= firstMonth && m <= lastMonth; }
    bool operator==(const Period&) const = default;
};

} // namespace tenure
