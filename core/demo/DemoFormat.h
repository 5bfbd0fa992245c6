#pragma once

#include "Period.h"

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

// Allocation-free formatting of the demo's values: millions of rows go through these, and QString
// or QDate conversions per cell would dominate the generation time.
namespace tenure::demo {

// Days since 1970-01-01 (proleptic Gregorian). NoDay marks an empty date.
using Day = int;
constexpr Day NoDay = INT_MIN;

// Howard Hinnant's civil-date algorithms.
constexpr Day daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    int year;
    int month;
    int day;
};

constexpr Civil civilFromDays(Day z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = yoe + era * 400;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

constexpr Day firstDayOfMonth(MonthIndex m)
{
    return daysFromCivil(yearOf(m), monthOf(m), 1);
}
constexpr int daysInMonth(MonthIndex m)
{
    return firstDayOfMonth(m + 1) - firstDayOfMonth(m);
}
constexpr Day lastDayOfMonth(MonthIndex m)
{
    return firstDayOfMonth(m + 1) - 1;
}
constexpr MonthIndex monthOfDay(Day day)
{
    const Civil c = civilFromDays(day);
    return monthIndex(c.year, c.month);
}

// Writers into a caller's buffer; each returns the number of characters written.
inline int writeUnsignedPadded(char* out, std::uint64_t value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    int written = 0;
    for (int i = n; i < width; ++i)
        out[written++] = '0';
    while (n)
        out[written++] = digits[--n];
    return written;
}

inline int writeInt(char* out, long long value)
{
    if (value < 0) {
        out[0] = '-';
        return 1 + writeUnsignedPadded(out + 1, std::uint64_t(-(value + 1)) + 1, 1);
    }
    return writeUnsignedPadded(out, std::uint64_t(value), 1);
}

// "2026-03-31"
inline int writeDate(char* out, Day day)
{
    const Civil c = civilFromDays(day);
    writeUnsignedPadded(out, std::uint64_t(c.year), 4);
    out[4] = '-';
    writeUnsignedPadded(out + 5, std::uint64_t(c.month), 2);
    out[7] = '-';
    writeUnsignedPadded(out + 8, std::uint64_t(c.day), 2);
    return 10;
}

// "2026-03"
inline int writeMonth(char* out, MonthIndex m)
{
    writeUnsignedPadded(out, std::uint64_t(yearOf(m)), 4);
    out[4] = '-';
    writeUnsignedPadded(out + 5, std::uint64_t(monthOf(m)), 2);
    return 7;
}

// Cents as a plain decimal: 123456 -> "1234.56", -5 -> "-0.05".
inline int writeMoney(char* out, long long cents)
{
    int n = 0;
    std::uint64_t magnitude = std::uint64_t(cents);
    if (cents < 0) {
        out[n++] = '-';
        magnitude = std::uint64_t(-(cents + 1)) + 1;
    }
    n += writeUnsignedPadded(out + n, magnitude / 100, 1);
    out[n++] = '.';
    n += writeUnsignedPadded(out + n, magnitude % 100, 2);
    return n;
}

// "ACC-000123": a prefix and a zero-padded number.
inline int writeCode(char* out, const char* prefix, long long number, int width)
{
    int n = 0;
    while (*prefix)
        out[n++] = *prefix++;
    return n + writeUnsignedPadded(out + n, std::uint64_t(number), width);
}

// A small fixed buffer holding one formatted cell.
struct Cell
{
    char text[48];
    int size = 0;
    std::string_view view() const { return {text, size_t(size)}; }
};

inline Cell dateCell(Day day)
{
    Cell c;
    c.size = writeDate(c.text, day);
    return c;
}
inline Cell codeCell(const char* prefix, long long number, int width)
{
    Cell c;
    c.size = writeCode(c.text, prefix, number, width);
    return c;
}

} // namespace tenure::demo
