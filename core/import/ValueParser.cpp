#include "ValueParser.h"

#include "Period.h"

#include <fast_float/fast_float.h>

#include <cmath>

// Hand-written scanners: these run about a million times per import, so no regular expressions and
// no allocation on the success path.

namespace tenure {

namespace {

using Ch = char16_t;

struct Text
{
    const Ch* p;
    const Ch* e;
    bool atEnd() const { return p >= e; }
    Ch peek() const { return p < e ? *p : Ch(0); }
};

inline bool isDigit(Ch c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isSpace(Ch c)
{
    return c == u' ' || c == u'\t' || c == 0xA0 || c == 0x202F || c == 0x2007 || c == u'\r' || c == u'\n';
}
inline Ch lower(Ch c)
{
    return (c >= u'A' && c <= u'Z') ? Ch(c + 32) : c;
}
inline bool isAsciiLetter(Ch c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

Text trimmed(QStringView view)
{
    const Ch* p = reinterpret_cast<const Ch*>(view.utf16());
    const Ch* e = p + view.size();
    while (p < e && isSpace(*p))
        ++p;
    while (e > p && isSpace(e[-1]))
        --e;
    return {p, e};
}

void skipSpaces(Text& t)
{
    while (t.p < t.e && isSpace(*t.p))
        ++t.p;
}

// Reads minDigits..maxDigits digits; returns the digit count (0 on failure, cursor unchanged).
int readNumber(Text& t, int minDigits, int maxDigits, int& value)
{
    const Ch* start = t.p;
    int v = 0;
    int n = 0;
    while (t.p < t.e && n < maxDigits && isDigit(*t.p)) {
        v = v * 10 + (*t.p - u'0');
        ++t.p;
        ++n;
    }
    if (n < minDigits || (t.p < t.e && isDigit(*t.p))) {
        t.p = start;
        return 0;
    }
    value = v;
    return n;
}

int expandYear(int value, int digits)
{
    if (digits == 4)
        return value;
    if (digits == 2)
        return value < 70 ? 2000 + value : 1900 + value;
    return -1;
}

// Gregorian validity without QCalendar's generic machinery (this runs for every date cell).
bool validDate(int y, int m, int d)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

// Julian day of a Gregorian date (Fliegel & Van Flandern); QDate(y, m, d) goes through QCalendar.
std::optional<QDate> makeDate(int y, int m, int d)
{
    if (!validDate(y, m, d))
        return std::nullopt;
    const qint64 a = (14 - m) / 12;
    const qint64 yy = y + 4800 - a;
    const qint64 mm = m + 12 * a - 3;
    const qint64 jd = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
    return QDate::fromJulianDay(jd);
}

bool matchWordCI(Text& t, const char* word)
{
    const Ch* p = t.p;
    for (const char* w = word; *w; ++w, ++p) {
        if (p >= t.e || lower(*p) != Ch(*w))
            return false;
    }
    if (p < t.e && isAsciiLetter(*p))
        return false;
    t.p = p;
    return true;
}

// A time after a date: [T| |,] H:MM[:SS[.fff]] [AM|PM] [Z|UTC|GMT|+HH[:MM]|-HHMM]. True when the
// rest of the text is such a time (or empty).
bool skipTime(Text& t, bool* hadTime)
{
    if (t.atEnd())
        return true;
    if (*t.p == u'T' || *t.p == u't') {
        ++t.p;
    } else if (*t.p == u',' || isSpace(*t.p)) {
        ++t.p;
        skipSpaces(t);
    } else {
        return false;
    }
    int h = 0, mi = 0, s = 0;
    if (!readNumber(t, 1, 2, h) || t.peek() != u':')
        return false;
    ++t.p;
    if (!readNumber(t, 2, 2, mi))
        return false;
    if (t.peek() == u':') {
        ++t.p;
        if (!readNumber(t, 2, 2, s))
            return false;
        if (t.peek() == u'.' || t.peek() == u',') {
            ++t.p;
            if (!isDigit(t.peek()))
                return false;
            while (isDigit(t.peek()))
                ++t.p;
        }
    }
    if (h > 24 || mi > 59 || s > 60)
        return false;
    skipSpaces(t);
    if (matchWordCI(t, "am") || matchWordCI(t, "pm") || matchWordCI(t, "a.m.") || matchWordCI(t, "p.m.")) {
        if (h > 12)
            return false;
        skipSpaces(t);
    }
    if (!t.atEnd()) {
        if (*t.p == u'Z' || *t.p == u'z') {
            ++t.p;
        } else if (matchWordCI(t, "utc") || matchWordCI(t, "gmt")) {
            // optionally followed by an offset
        }
        if (t.peek() == u'+' || t.peek() == u'-' || t.peek() == 0x2212) {
            ++t.p;
            int oh = 0, om = 0;
            if (readNumber(t, 4, 4, oh)) { // +0530
                om = oh % 100;
                oh /= 100;
            } else {
                if (!readNumber(t, 1, 2, oh))
                    return false;
                if (t.peek() == u':') {
                    ++t.p;
                    if (!readNumber(t, 2, 2, om))
                        return false;
                }
            }
            if (oh > 14 || om > 59)
                return false;
        }
        skipSpaces(t);
    }
    if (hadTime)
        *hadTime = true;
    return t.atEnd();
}

struct DateParts
{
    int y = 0, m = 0, d = 1;
    bool monthOnly = false;
    bool hadTime = false;
};

bool parseIso(Text t, DateParts& out)
{
    // Fast path: exactly YYYY-MM-DD.
    if (t.e - t.p == 10) {
        const Ch* s = t.p;
        if (isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) &&
            (s[4] == u'-' || s[4] == u'/') && s[7] == s[4] && isDigit(s[5]) && isDigit(s[6]) &&
            isDigit(s[8]) && isDigit(s[9])) {
            out.y = (s[0] - u'0') * 1000 + (s[1] - u'0') * 100 + (s[2] - u'0') * 10 + (s[3] - u'0');
            out.m = (s[5] - u'0') * 10 + (s[6] - u'0');
            out.d = (s[8] - u'0') * 10 + (s[9] - u'0');
            return true;
        }
    }
    int y = 0, m = 0, d = 0;
    if (t.e - t.p == 8) { // ISO basic format 20260331
        Text c = t;
        int v = 0;
        if (readNumber(c, 8, 8, v) && c.atEnd()) {
            out.y = v / 10000;
            out.m = v / 100 % 100;
            out.d = v % 100;
            return true;
        }
    }
    if (readNumber(t, 4, 4, y) == 0 || t.atEnd())
        return false;
    const Ch sep = *t.p;
    if (sep != u'-' && sep != u'/')
        return false;
    ++t.p;
    if (!readNumber(t, 1, 2, m) || t.peek() != sep)
        return false;
    ++t.p;
    if (!readNumber(t, 1, 2, d))
        return false;
    if (!skipTime(t, &out.hadTime))
        return false;
    out.y = y;
    out.m = m;
    out.d = d;
    return true;
}

// a<sep>b<sep>y with sep '/' or '-' (or '.' when dot is true); y has 2 or 4 digits.
bool parseThreePart(Text t, bool dot, int& a, int& b, int& y, bool* hadTime)
{
    if (!readNumber(t, 1, 2, a) || t.atEnd())
        return false;
    const Ch sep = *t.p;
    if (dot ? sep != u'.' : (sep != u'/' && sep != u'-'))
        return false;
    ++t.p;
    if (!readNumber(t, 1, 2, b) || t.peek() != sep)
        return false;
    ++t.p;
    int yv = 0;
    const int digits = readNumber(t, 2, 4, yv);
    y = expandYear(yv, digits);
    if (y < 0)
        return false;
    if (dot && t.peek() == u'.' && t.p + 1 == t.e)
        ++t.p; // "31.03.2026."
    return skipTime(t, hadTime);
}

int monthFromName(Text& t)
{
    static const char* const full[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
    const Ch* start = t.p;
    const Ch* p = t.p;
    while (p < t.e && isAsciiLetter(*p))
        ++p;
    const qsizetype n = p - start;
    if (n < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const char* w = full[i];
        const qsizetype len = qsizetype(strlen(w));
        if (n > len)
            continue;
        bool ok = true;
        for (qsizetype k = 0; k < n; ++k) {
            if (lower(start[k]) != Ch(w[k])) {
                ok = false;
                break;
            }
        }
        // a prefix of 3 letters or more ("Mar", "Sept", "March")
        if (ok) {
            t.p = p;
            if (t.peek() == u'.')
                ++t.p;
            return i + 1;
        }
    }
    return 0;
}

bool parseMonthName(Text t, DateParts& out)
{
    if (t.atEnd())
        return false;
    if (isAsciiLetter(*t.p)) {
        const int m = monthFromName(t);
        if (!m)
            return false;
        // separators: space, '-', '/', '.', ','
        auto skipSep = [&t] {
            const Ch* s = t.p;
            while (t.p < t.e && (isSpace(*t.p) || *t.p == u'-' || *t.p == u'/' || *t.p == u','))
                ++t.p;
            return t.p > s;
        };
        skipSep();
        int v = 0;
        const int digits = readNumber(t, 1, 4, v);
        if (!digits)
            return false;
        const Ch* afterFirst = t.p;
        // "Mar 31, 2026" / "March 31st 2026"
        if (digits <= 2) {
            Text c = t;
            if (matchWordCI(c, "st") || matchWordCI(c, "nd") || matchWordCI(c, "rd") || matchWordCI(c, "th"))
                t.p = c.p;
            const Ch* beforeSep = t.p;
            if (skipSep()) {
                int yv = 0;
                const int yd = readNumber(t, 2, 4, yv);
                const int y = expandYear(yv, yd);
                if (y > 0 && skipTime(t, &out.hadTime)) {
                    out.y = y;
                    out.m = m;
                    out.d = v;
                    return true;
                }
            }
            t.p = beforeSep;
        }
        t.p = afterFirst;
        const int y = expandYear(v, digits);
        if (y < 0 || !t.atEnd())
            return false;
        out.y = y;
        out.m = m;
        out.d = 1;
        out.monthOnly = true;
        return true;
    }
    // "31 Mar 2026", "31-Mar-26", "2026 Mar"
    int v = 0;
    const int digits = readNumber(t, 1, 4, v);
    if (!digits)
        return false;
    while (t.p < t.e && (isSpace(*t.p) || *t.p == u'-' || *t.p == u'/' || *t.p == u'.'))
        ++t.p;
    const int m = monthFromName(t);
    if (!m)
        return false;
    if (digits == 4) {
        skipSpaces(t);
        if (!t.atEnd())
            return false;
        out.y = v;
        out.m = m;
        out.d = 1;
        out.monthOnly = true;
        return true;
    }
    if (digits > 2)
        return false;
    while (t.p < t.e && (isSpace(*t.p) || *t.p == u'-' || *t.p == u'/' || *t.p == u',' || *t.p == u'.'))
        ++t.p;
    int yv = 0;
    const int yd = readNumber(t, 2, 4, yv);
    const int y = expandYear(yv, yd);
    if (y < 0 || !skipTime(t, &out.hadTime))
        return false;
    out.y = y;
    out.m = m;
    out.d = v;
    return true;
}

bool parseYearMonth(Text t, DateParts& out)
{
    if (t.e - t.p == 7) { // fast path: YYYY-MM
        const Ch* s = t.p;
        if (isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) &&
            (s[4] == u'-' || s[4] == u'/') && isDigit(s[5]) && isDigit(s[6])) {
            out.y = (s[0] - u'0') * 1000 + (s[1] - u'0') * 100 + (s[2] - u'0') * 10 + (s[3] - u'0');
            out.m = (s[5] - u'0') * 10 + (s[6] - u'0');
            out.d = 1;
            out.monthOnly = true;
            return out.m >= 1 && out.m <= 12;
        }
    }
    int a = 0, b = 0;
    const int da = readNumber(t, 1, 4, a);
    if (!da || t.atEnd() || (*t.p != u'-' && *t.p != u'/' && *t.p != u'.'))
        return false;
    ++t.p;
    const int db = readNumber(t, 1, 4, b);
    if (!db || !t.atEnd())
        return false;
    if (da == 4 && db <= 2) {
        out.y = a;
        out.m = b;
    } else if (da <= 2 && db == 4) {
        out.y = b;
        out.m = a;
    } else {
        return false;
    }
    out.d = 1;
    out.monthOnly = true;
    return out.m >= 1 && out.m <= 12;
}

// Digits with an optional fraction: returns the whole part (capped) and whether it fit.
bool readSerial(Text t, qint64& whole, int maxDigits)
{
    qint64 v = 0;
    int n = 0;
    while (t.p < t.e && isDigit(*t.p)) {
        if (++n > maxDigits)
            return false;
        v = v * 10 + (*t.p - u'0');
        ++t.p;
    }
    if (!n)
        return false;
    if (t.peek() == u'.') {
        ++t.p;
        while (t.p < t.e && isDigit(*t.p))
            ++t.p;
    }
    if (!t.atEnd())
        return false;
    whole = v;
    return true;
}

std::optional<QDate> excelDate(qint64 serial)
{
    if (serial < 1 || serial > 2958465 || serial == 60)
        return std::nullopt;
    // Excel counts 1900-02-29, which never existed: serials after it are one day ahead.
    return serial < 60 ? QDate(1899, 12, 31).addDays(serial) : QDate(1899, 12, 30).addDays(serial);
}

std::optional<QDate> unixDate(Text t)
{
    qint64 v = 0;
    if (!readSerial(t, v, 15))
        return std::nullopt;
    if (t.e - t.p >= 12 && isDigit(t.p[11]))
        v /= 1000; // milliseconds
    if (v > 253402300799LL)
        return std::nullopt;
    return QDate(1970, 1, 1).addDays(v / 86400);
}

bool parseParts(Text t, DateFormat format, DateParts& out)
{
    int a = 0, b = 0, y = 0;
    switch (format) {
    case DateFormat::Iso:
    case DateFormat::IsoDateTime:
        return parseIso(t, out);
    case DateFormat::US:
        if (!parseThreePart(t, false, a, b, y, &out.hadTime))
            return false;
        out.y = y;
        out.m = a;
        out.d = b;
        return true;
    case DateFormat::EuropeanSlash:
    case DateFormat::EuropeanDot:
        if (!parseThreePart(t, format == DateFormat::EuropeanDot, a, b, y, &out.hadTime))
            return false;
        out.y = y;
        out.m = b;
        out.d = a;
        return true;
    case DateFormat::MonthName:
        return parseMonthName(t, out);
    case DateFormat::YearMonth:
        return parseYearMonth(t, out);
    case DateFormat::ExcelSerial:
    case DateFormat::UnixSeconds: {
        const auto date = format == DateFormat::ExcelSerial ? [&]() -> std::optional<QDate> {
            qint64 v = 0;
            return readSerial(t, v, 7) ? excelDate(v) : std::nullopt;
        }()
            : unixDate(t);
        if (!date)
            return false;
        out.y = date->year();
        out.m = date->month();
        out.d = date->day();
        return true;
    }
    case DateFormat::Unknown:
        return parseIso(t, out) || parseMonthName(t, out) || parseParts(t, DateFormat::EuropeanDot, out);
    }
    return false;
}

// --- numbers ---------------------------------------------------------------------------------

inline bool isGroupSep(Ch c, NumberFormat f)
{
    switch (c) {
    case u' ':
    case 0xA0:
    case 0x202F:
    case 0x2009:
    case u'\'':
    case 0x2019:
        return true;
    case u',':
        return f == NumberFormat::Dot;
    case u'.':
        return f == NumberFormat::Comma;
    default:
        return false;
    }
}

struct Digits
{
    char buf[80]; // integer digits, then fraction digits
    int intCount = 0;
    int fracCount = 0;
    bool grouped = false;
};

// The body of a number: digits with valid thousands grouping and one decimal separator.
bool scanBody(Text& t, NumberFormat f, Digits& out)
{
    const Ch dec = f == NumberFormat::Dot ? u'.' : u',';
    int n = 0;
    auto take = [&](Ch c) {
        if (n >= int(sizeof(out.buf)) - 1)
            return false;
        out.buf[n++] = char(c);
        return true;
    };
    // Leading zeros are dropped so long zero-padded values still fit.
    int run = 0;
    bool any = false;
    while (t.p < t.e && isDigit(*t.p)) {
        any = true;
        if (!(n == 0 && *t.p == u'0') && !take(*t.p))
            return false;
        ++run;
        ++t.p;
    }
    while (run > 0 && t.p + 1 < t.e && isGroupSep(*t.p, f) && isDigit(t.p[1])) {
        if (!out.grouped && run > 3)
            return false;
        const Ch* save = t.p;
        ++t.p;
        int g = 0;
        while (t.p < t.e && isDigit(*t.p)) {
            if (!(n == 0 && *t.p == u'0') && !take(*t.p))
                return false;
            ++g;
            ++t.p;
        }
        if (g != 3) {
            t.p = save;
            return false;
        }
        out.grouped = true;
    }
    out.intCount = n;
    if (t.p < t.e && *t.p == dec) {
        ++t.p;
        while (t.p < t.e && isDigit(*t.p)) {
            any = true;
            if (!take(*t.p))
                return false;
            ++t.p;
        }
    }
    out.fracCount = n - out.intCount;
    return any;
}

inline bool isMinus(Ch c)
{
    return c == u'-' || c == 0x2212;
}

bool readSign(Text& t, bool& negative)
{
    if (t.atEnd())
        return false;
    if (isMinus(*t.p)) {
        negative = true;
        ++t.p;
        return true;
    }
    if (*t.p == u'+') {
        ++t.p;
        return true;
    }
    return false;
}

inline bool isCurrencySymbol(Ch c)
{
    return c < 0x80 ? c == u'$' : QChar::category(char32_t(c)) == QChar::Symbol_Currency;
}

// A currency symbol or code: up to 3 upper-case letters optionally followed by symbols ("USD",
// "US$", "R$", "CHF"), or symbols alone ("$", "€").
bool skipCurrency(Text& t)
{
    if (t.p >= t.e || isDigit(*t.p))
        return false;
    const Ch* start = t.p;
    int letters = 0;
    while (t.p < t.e && *t.p >= u'A' && *t.p <= u'Z' && letters < 4) {
        ++t.p;
        ++letters;
    }
    if (letters > 3) {
        t.p = start;
        return false;
    }
    int symbols = 0;
    while (t.p < t.e && isCurrencySymbol(*t.p)) {
        ++t.p;
        ++symbols;
    }
    if (letters == 0 && symbols == 0)
        return false;
    if (t.p < t.e && isAsciiLetter(*t.p)) { // part of a word, not a code
        t.p = start;
        return false;
    }
    return true;
}

qint64 digitsValue(const char* s, int n, bool& overflow)
{
    qint64 v = 0;
    for (int i = 0; i < n; ++i) {
        if (v > (std::numeric_limits<qint64>::max() - 9) / 10) {
            overflow = true;
            return 0;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// sign, number body, optional exponent; copies the number as ASCII into ascii (for fast_float).
bool scanPlainNumber(Text t, NumberFormat f, Digits& digits, bool& negative, int& exponent,
                     bool allowExponent)
{
    negative = false;
    exponent = 0;
    readSign(t, negative);
    if (!scanBody(t, f, digits))
        return false;
    if (allowExponent && t.p < t.e && (*t.p == u'e' || *t.p == u'E')) {
        ++t.p;
        bool expNeg = false;
        readSign(t, expNeg);
        int e = 0;
        if (!readNumber(t, 1, 4, e))
            return false;
        exponent = expNeg ? -e : e;
    }
    return t.atEnd();
}

} // namespace

// --- public ----------------------------------------------------------------------------------

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Unknown:
        return QStringLiteral("unknown");
    case DateFormat::Iso:
        return QStringLiteral("Y-m-d");
    case DateFormat::IsoDateTime:
        return QStringLiteral("ISO date-time");
    case DateFormat::UnixSeconds:
        return QStringLiteral("Unix seconds");
    case DateFormat::US:
        return QStringLiteral("m/d/Y");
    case DateFormat::EuropeanDot:
        return QStringLiteral("d.m.Y");
    case DateFormat::EuropeanSlash:
        return QStringLiteral("d/m/Y");
    case DateFormat::ExcelSerial:
        return QStringLiteral("Excel serial");
    case DateFormat::MonthName:
        return QStringLiteral("Mar 2026");
    case DateFormat::YearMonth:
        return QStringLiteral("Y-m");
    }
    return {};
}

QString numberFormatName(NumberFormat format)
{
    return format == NumberFormat::Dot ? QStringLiteral("1,234.56") : QStringLiteral("1.234,56");
}

QString ColumnFormat::describe() const
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Key:
        return QStringLiteral("key");
    case ColumnType::Date:
        return QStringLiteral("date (%1)").arg(dateFormatName(date));
    case ColumnType::Month:
        return QStringLiteral("month (%1)").arg(dateFormatName(date));
    case ColumnType::Money:
        return minorUnits ? QStringLiteral("money (in cents)")
                          : QStringLiteral("money (%1)").arg(numberFormatName(number));
    case ColumnType::Integer:
        return QStringLiteral("integer (%1)").arg(numberFormatName(number).left(5));
    case ColumnType::Number:
    case ColumnType::Score:
        return QStringLiteral("%1 (%2%3)")
            .arg(type == ColumnType::Score ? QStringLiteral("score") : QStringLiteral("number"),
                 numberFormatName(number), percent ? QStringLiteral(", %") : QString());
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

namespace values {

std::optional<QDate> parseDate(QStringView text, DateFormat format)
{
    DateParts parts;
    if (!parseParts(trimmed(text), format, parts))
        return std::nullopt;
    return makeDate(parts.y, parts.m, parts.d);
}

std::optional<int> parseMonth(QStringView text, DateFormat format)
{
    const Text t = trimmed(text);
    DateParts parts;
    if (!parseParts(t, format, parts)) {
        // "2026-03" or "03/2026" in a column of full dates is still unambiguous
        parts = {};
        if (format == DateFormat::YearMonth || !parseYearMonth(t, parts))
            return std::nullopt;
    }
    if (!validDate(parts.y, parts.m, parts.d))
        return std::nullopt;
    return monthIndex(parts.y, parts.m);
}

// [-]digits[<dec>digits] with at most 15 integer digits: the common case, read in one pass.
// Returns false when the text has any other shape (the general scanner then decides).
bool plainDecimal(Text t, Ch dec, qint64& whole, int& frac2, int& frac3, int& fracDigits, bool& negative)
{
    negative = false;
    if (t.p < t.e && *t.p == u'-') {
        negative = true;
        ++t.p;
    }
    qint64 v = 0;
    int n = 0;
    while (t.p < t.e && isDigit(*t.p)) {
        v = v * 10 + (*t.p++ - u'0');
        if (++n > 15)
            return false;
    }
    frac2 = 0;
    frac3 = 0;
    fracDigits = 0;
    if (t.p < t.e && *t.p == dec) {
        ++t.p;
        while (t.p < t.e && isDigit(*t.p)) {
            const int digit = *t.p++ - u'0';
            if (fracDigits < 2)
                frac2 = frac2 * 10 + digit;
            else if (fracDigits == 2)
                frac3 = digit;
            ++fracDigits;
        }
    }
    if (t.p != t.e || (n == 0 && fracDigits == 0))
        return false;
    if (fracDigits == 1)
        frac2 *= 10;
    whole = v;
    return true;
}

std::optional<qint64> parseMoneyCents(QStringView text, NumberFormat format, bool minorUnits)
{
    Text t = trimmed(text);
    {
        qint64 whole = 0;
        int frac2 = 0, frac3 = 0, fracDigits = 0;
        bool negative = false;
        if (plainDecimal(t, format == NumberFormat::Dot ? u'.' : u',', whole, frac2, frac3, fracDigits,
                         negative)) {
            qint64 cents = minorUnits ? whole + (fracDigits > 0 && frac2 >= 50 ? 1 : 0)
                                      : whole * 100 + frac2 + (frac3 >= 5 ? 1 : 0);
            return negative ? -cents : cents;
        }
    }
    bool negative = false;
    bool paren = false;
    if (t.peek() == u'(') {
        paren = true;
        ++t.p;
        skipSpaces(t);
    }
    bool signed_ = readSign(t, negative);
    skipSpaces(t);
    if (skipCurrency(t))
        skipSpaces(t);
    if (!signed_) {
        signed_ = readSign(t, negative);
        skipSpaces(t);
    }
    Digits digits;
    if (!scanBody(t, format, digits))
        return std::nullopt;
    skipSpaces(t);
    if (skipCurrency(t))
        skipSpaces(t);
    if (!signed_ && !paren && t.p < t.e && isMinus(*t.p)) { // "120-"
        negative = true;
        ++t.p;
        skipSpaces(t);
    }
    if (paren) {
        if (t.peek() != u')')
            return std::nullopt;
        ++t.p;
        skipSpaces(t);
        negative = true;
    }
    if (!t.atEnd())
        return std::nullopt;
    bool overflow = false;
    const qint64 whole = digitsValue(digits.buf, digits.intCount, overflow);
    const char* frac = digits.buf + digits.intCount;
    qint64 cents = 0;
    if (minorUnits) {
        if (overflow || whole > 100'000'000'000'000'000LL)
            return std::nullopt;
        cents = whole + (digits.fracCount > 0 && frac[0] >= '5' ? 1 : 0);
    } else {
        if (overflow || whole > 1'000'000'000'000'000LL)
            return std::nullopt;
        const int f1 = digits.fracCount > 0 ? frac[0] - '0' : 0;
        const int f2 = digits.fracCount > 1 ? frac[1] - '0' : 0;
        const int f3 = digits.fracCount > 2 ? frac[2] - '0' : 0;
        cents = whole * 100 + f1 * 10 + f2 + (f3 >= 5 ? 1 : 0);
        if (whole == 1'000'000'000'000'000LL && cents > whole * 100)
            return std::nullopt;
    }
    return negative ? -cents : cents;
}

std::optional<double> parseNumber(QStringView text, NumberFormat format)
{
    {
        // Fast path: short plain ASCII numbers go straight to fast_float.
        const Text t = trimmed(text);
        const qsizetype n = t.e - t.p;
        if (n > 0 && n < 32) {
            char ascii[32];
            bool plain = true;
            bool digit = false;
            const Ch dec = format == NumberFormat::Dot ? u'.' : u',';
            for (qsizetype i = 0; i < n && plain; ++i) {
                const Ch c = t.p[i];
                if (isDigit(c)) {
                    digit = true;
                    ascii[i] = char(c);
                } else if (c == dec) {
                    ascii[i] = '.';
                } else if (c == u'-' && i == 0) {
                    ascii[i] = '-';
                } else {
                    plain = false;
                }
            }
            if (plain && digit) {
                double value = 0;
                const auto result = fast_float::from_chars(ascii, ascii + n, value);
                if (result.ec == std::errc() && result.ptr == ascii + n)
                    return value;
                // odd shapes such as "1." or ".5" or "1.2.3": the general scanner decides
            }
        }
    }
    Digits digits;
    bool negative = false;
    int exponent = 0;
    if (!scanPlainNumber(trimmed(text), format, digits, negative, exponent, true))
        return std::nullopt;
    char ascii[112];
    int n = 0;
    if (negative)
        ascii[n++] = '-';
    if (digits.intCount == 0)
        ascii[n++] = '0';
    for (int i = 0; i < digits.intCount; ++i)
        ascii[n++] = digits.buf[i];
    if (digits.fracCount > 0) {
        ascii[n++] = '.';
        for (int i = 0; i < digits.fracCount; ++i)
            ascii[n++] = digits.buf[digits.intCount + i];
    }
    if (exponent != 0)
        n += snprintf(ascii + n, sizeof(ascii) - size_t(n), "e%d", exponent);
    double value = 0;
    const auto result = fast_float::from_chars(ascii, ascii + n, value);
    if (result.ec != std::errc() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(QStringView text, NumberFormat format)
{
    {
        qint64 whole = 0;
        int frac2 = 0, frac3 = 0, fracDigits = 0;
        bool negative = false;
        if (plainDecimal(trimmed(text), format == NumberFormat::Dot ? u'.' : u',', whole, frac2, frac3,
                         fracDigits, negative) &&
            fracDigits == 0)
            return negative ? -whole : whole;
    }
    Digits digits;
    bool negative = false;
    int exponent = 0;
    if (!scanPlainNumber(trimmed(text), format, digits, negative, exponent, false))
        return std::nullopt;
    for (int i = 0; i < digits.fracCount; ++i) {
        if (digits.buf[digits.intCount + i] != '0')
            return std::nullopt;
    }
    if (digits.intCount > 18)
        return std::nullopt;
    bool overflow = false;
    const qint64 v = digitsValue(digits.buf, digits.intCount, overflow);
    if (overflow)
        return std::nullopt;
    return negative ? -v : v;
}

std::optional<double> parsePercent(QStringView text, NumberFormat format)
{
    Text t = trimmed(text);
    if (t.p < t.e && (t.e[-1] == u'%' || t.e[-1] == 0x066A)) {
        --t.e;
        while (t.e > t.p && isSpace(t.e[-1]))
            --t.e;
    }
    return parseNumber(QStringView(t.p, t.e), format);
}

std::optional<bool> parseBoolean(QStringView text)
{
    const Text t = trimmed(text);
    const qsizetype n = t.e - t.p;
    if (n == 0 || n > 5)
        return std::nullopt;
    char word[6] = {};
    for (qsizetype i = 0; i < n; ++i) {
        const Ch c = lower(t.p[i]);
        if (c > 127)
            return std::nullopt;
        word[i] = char(c);
    }
    static const char* const yes[] = {"yes", "y", "true", "t", "1", "on", "x"};
    static const char* const no[] = {"no", "n", "false", "f", "0", "off"};
    for (const char* w : yes) {
        if (strcmp(word, w) == 0)
            return true;
    }
    for (const char* w : no) {
        if (strcmp(word, w) == 0)
            return false;
    }
    return std::nullopt;
}

QString neutraliseFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return cell;
    if (first == u'+' || first == u'-') {
        // plain numbers such as -120 or +1.5 stay as they are
        bool digit = false;
        bool plain = cell.size() > 1;
        for (qsizetype i = 1; i < cell.size() && plain; ++i) {
            const QChar c = cell.at(i);
            if (c.isDigit() && c.unicode() < 128)
                digit = true;
            else if (c != u'.' && c != u',')
                plain = false;
        }
        if (plain && digit && cell.back().isDigit())
            return cell;
    }
    return QLatin1Char('\'') + cell;
}

} // namespace values

// --- ColumnFormatDetector ----------------------------------------------------------------------

ColumnFormatDetector::ColumnFormatDetector(ColumnType expected) : m_expected(expected) {}

void ColumnFormatDetector::add(QStringView value)
{
    const Text t = trimmed(value);
    if (t.atEnd())
        return;
    ++m_seen;
    const QStringView v(t.p, t.e);
    switch (m_expected) {
    case ColumnType::Date:
    case ColumnType::Month:
        addDate(v);
        break;
    case ColumnType::Money:
    case ColumnType::Integer:
    case ColumnType::Number:
    case ColumnType::Score:
        addNumber(v);
        break;
    case ColumnType::Boolean:
        if (!values::parseBoolean(v)) {
            if (m_unreadable++ == 0)
                m_unreadableExample = v.toString();
        }
        break;
    case ColumnType::Text:
    case ColumnType::Key:
        break;
    }
}

void ColumnFormatDetector::addDate(QStringView v)
{
    const Text t{reinterpret_cast<const Ch*>(v.utf16()), reinterpret_cast<const Ch*>(v.utf16()) + v.size()};
    auto hit = [this](DateFormat f) { ++m_dateHits[int(f)]; };
    auto valid = [](const DateParts& p) { return makeDate(p.y, p.m, p.d).has_value(); };
    bool any = false;
    DateParts p;
    if (parseIso(t, p) && valid(p)) {
        hit(DateFormat::Iso);
        if (p.hadTime)
            ++m_withTime;
        any = true;
    }
    int a = 0, b = 0, y = 0;
    bool hadTime = false;
    if (parseThreePart(t, false, a, b, y, &hadTime)) {
        ++m_slashDates;
        any = true;
        if (a > 12 && m_firstOver12++ == 0)
            m_firstOver12Example = v.toString();
        if (b > 12 && m_secondOver12++ == 0)
            m_secondOver12Example = v.toString();
        if (makeDate(y, a, b))
            hit(DateFormat::US);
        if (makeDate(y, b, a))
            hit(DateFormat::EuropeanSlash);
    } else if (parseThreePart(t, true, a, b, y, &hadTime)) {
        any = true;
        if (makeDate(y, b, a)) {
            hit(DateFormat::EuropeanDot);
            if (m_dotDateExample.isEmpty())
                m_dotDateExample = v.toString();
        }
    }
    if (!any) {
        p = {};
        if (parseYearMonth(t, p))
            hit(DateFormat::YearMonth);
        else if (isAsciiLetter(t.peek()) || (t.e - t.p > 4 && isAsciiLetter(t.e[-1]))) {
            p = {};
            if (parseMonthName(t, p) && valid(p))
                hit(DateFormat::MonthName);
        } else if (isDigit(t.peek())) {
            p = {};
            if (parseMonthName(t, p) && valid(p)) {
                hit(DateFormat::MonthName);
            } else {
                qint64 serial = 0;
                if (readSerial(t, serial, 7) && excelDate(serial))
                    hit(DateFormat::ExcelSerial);
                if (readSerial(t, serial, 15) && serial >= 100'000'000 && unixDate(t))
                    hit(DateFormat::UnixSeconds);
            }
        }
    }
}

void ColumnFormatDetector::addNumber(QStringView v)
{
    if (v.endsWith(u'%'))
        ++m_percent;
    std::optional<double> dot;
    std::optional<double> comma;
    if (m_expected == ColumnType::Money) {
        const auto d = values::parseMoneyCents(v, NumberFormat::Dot);
        const auto c = values::parseMoneyCents(v, NumberFormat::Comma);
        if (d)
            dot = double(*d);
        if (c)
            comma = double(*c);
    } else {
        dot = values::parsePercent(v, NumberFormat::Dot);
        comma = values::parsePercent(v, NumberFormat::Comma);
    }
    if (dot && comma) {
        if (*dot == *comma) {
            ++m_both;
        } else if (m_ambiguous++ == 0) {
            m_ambiguousExample = v.toString();
        }
    } else if (dot) {
        if (m_dotOnly++ == 0)
            m_dotExample = v.toString();
    } else if (comma) {
        if (m_commaOnly++ == 0)
            m_commaExample = v.toString();
    } else if (m_neither++ == 0) {
        m_unreadableExample = v.toString();
    }
}

DateFormat ColumnFormatDetector::decideDate() const
{
    // Ties go to the first in this order.
    static const DateFormat order[] = {
        DateFormat::Iso, DateFormat::YearMonth,     DateFormat::MonthName,   DateFormat::EuropeanDot,
        DateFormat::US,  DateFormat::EuropeanSlash, DateFormat::ExcelSerial, DateFormat::UnixSeconds};
    DateFormat best = DateFormat::Unknown;
    qint64 bestHits = 0;
    for (DateFormat f : order) {
        if (m_dateHits[int(f)] > bestHits) {
            best = f;
            bestHits = m_dateHits[int(f)];
        }
    }
    if (best == DateFormat::Iso && m_withTime > 0)
        best = DateFormat::IsoDateTime;
    // Every value fits both m/d/Y and d/m/Y: the file's convention decides.
    if (best == DateFormat::US && m_firstOver12 == 0 && m_secondOver12 == 0 &&
        m_file == FileConvention::European && m_dateHits[int(DateFormat::EuropeanSlash)] == bestHits)
        best = DateFormat::EuropeanSlash;
    return best;
}

NumberFormat ColumnFormatDetector::decideNumber() const
{
    if (m_commaOnly == 0 && m_dotOnly == 0 && m_ambiguous > 0 && m_file == FileConvention::European)
        return NumberFormat::Comma;
    return m_commaOnly > m_dotOnly ? NumberFormat::Comma : NumberFormat::Dot;
}

FileConvention ColumnFormatDetector::evidence() const
{
    switch (m_expected) {
    case ColumnType::Date:
    case ColumnType::Month: {
        const DateFormat f = decideDate();
        if (f == DateFormat::EuropeanDot)
            return FileConvention::European;
        if (m_firstOver12 > 0 && m_secondOver12 == 0)
            return FileConvention::European;
        if (m_secondOver12 > 0 && m_firstOver12 == 0)
            return FileConvention::US;
        return FileConvention::Unknown;
    }
    case ColumnType::Money:
    case ColumnType::Integer:
    case ColumnType::Number:
    case ColumnType::Score:
        if (m_commaOnly > 0 && m_dotOnly == 0)
            return FileConvention::European;
        if (m_dotOnly > 0 && m_commaOnly == 0)
            return FileConvention::US;
        return FileConvention::Unknown;
    default:
        return FileConvention::Unknown;
    }
}

QString ColumnFormatDetector::evidenceExample() const
{
    switch (m_expected) {
    case ColumnType::Date:
    case ColumnType::Month:
        if (m_firstOver12 > 0)
            return m_firstOver12Example;
        if (m_secondOver12 > 0)
            return m_secondOver12Example;
        return m_dotDateExample;
    default:
        return m_commaOnly > 0 ? m_commaExample : m_dotExample;
    }
}

bool ColumnFormatDetector::decidedByFile() const
{
    if (m_file != FileConvention::European)
        return false;
    if (m_expected == ColumnType::Date || m_expected == ColumnType::Month)
        return decideDate() == DateFormat::EuropeanSlash && m_firstOver12 == 0;
    return m_commaOnly == 0 && m_dotOnly == 0 && m_ambiguous > 0;
}

QString fileConventionName(FileConvention convention)
{
    switch (convention) {
    case FileConvention::European:
        return QStringLiteral("European (1.234,56 and day before month)");
    case FileConvention::US:
        return QStringLiteral("US (1,234.56 and month before day)");
    case FileConvention::Unknown:
        break;
    }
    return QStringLiteral("not decided");
}

ColumnFormat ColumnFormatDetector::decide() const
{
    ColumnFormat format;
    format.type = m_expected;
    switch (m_expected) {
    case ColumnType::Date:
    case ColumnType::Month:
        format.date = decideDate();
        break;
    case ColumnType::Money:
    case ColumnType::Integer:
    case ColumnType::Number:
    case ColumnType::Score:
        format.number = decideNumber();
        format.percent = m_percent > 0 && m_percent * 2 >= m_seen;
        break;
    default:
        break;
    }
    return format;
}

QStringList ColumnFormatDetector::notes() const
{
    QStringList notes;
    if (m_seen == 0)
        return {QStringLiteral("no values")};
    const ColumnFormat f = decide();
    auto quote = [](const QString& s) -> QString { return QLatin1Char('"') + s + QLatin1Char('"'); };
    if (m_expected == ColumnType::Date || m_expected == ColumnType::Month) {
        if (f.date == DateFormat::Unknown) {
            notes << QStringLiteral("no date format reads these values");
            return notes;
        }
        if (f.date == DateFormat::EuropeanSlash && m_firstOver12 > 0)
            notes << QStringLiteral("day/month order decided by %1").arg(quote(m_firstOver12Example));
        else if (f.date == DateFormat::US && m_secondOver12 > 0)
            notes << QStringLiteral("month/day order decided by %1").arg(quote(m_secondOver12Example));
        else if (f.date == DateFormat::US)
            notes << QStringLiteral("every value fits both m/d/Y and d/m/Y: read as m/d/Y (US); "
                                    "choose d/m/Y if the file is European");
        else if (f.date == DateFormat::EuropeanSlash)
            notes << QStringLiteral("every value fits both m/d/Y and d/m/Y: read as d/m/Y, as the rest of "
                                    "this European file");
        if (m_firstOver12 > 0 && m_secondOver12 > 0)
            notes << QStringLiteral("mixed orders: %1 and %2 cannot both be right")
                         .arg(quote(m_firstOver12Example), quote(m_secondOver12Example));
        const qint64 bad =
            m_seen - m_dateHits[int(f.date == DateFormat::IsoDateTime ? DateFormat::Iso : f.date)];
        if (bad > 0)
            notes << QStringLiteral("%1 of %2 values are not dates in this format").arg(bad).arg(m_seen);
    } else if (m_expected == ColumnType::Boolean) {
        if (m_unreadable > 0)
            notes << QStringLiteral("%1 of %2 values are not yes/no values (e.g. %3)")
                         .arg(m_unreadable)
                         .arg(m_seen)
                         .arg(quote(m_unreadableExample));
    } else if (m_expected != ColumnType::Text && m_expected != ColumnType::Key) {
        if (f.number == NumberFormat::Comma && m_commaOnly == 0)
            notes << QStringLiteral("values such as %1 fit both 1,234.56 and 1.234,56: read as 1.234,56, as "
                                    "the rest of this European file")
                         .arg(quote(m_ambiguousExample));
        else if (f.number == NumberFormat::Comma)
            notes << QStringLiteral("decimal comma decided by %1").arg(quote(m_commaExample));
        else if (m_dotOnly > 0 && m_ambiguous > 0)
            notes << QStringLiteral("decimal point decided by %1").arg(quote(m_dotExample));
        else if (m_ambiguous > 0)
            notes << QStringLiteral("values such as %1 fit both 1,234.56 and 1.234,56: read with a decimal "
                                    "point")
                         .arg(quote(m_ambiguousExample));
        if (m_dotOnly > 0 && m_commaOnly > 0)
            notes << QStringLiteral("mixed conventions: %1 and %2")
                         .arg(quote(m_dotExample), quote(m_commaExample));
        if (m_neither > 0)
            notes << QStringLiteral("%1 of %2 values are not numbers (e.g. %3)")
                         .arg(m_neither)
                         .arg(m_seen)
                         .arg(quote(m_unreadableExample));
    }
    return notes;
}

} // namespace tenure
