#pragma once

#include "DataKinds.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tenure {

// How a date column is written. The whole column decides (ColumnFormatDetector), never one row.
enum class DateFormat {
    Unknown,
    Iso,           // 2026-03-31, 2026/03/31, 20260331; a trailing time is allowed and ignored
    IsoDateTime,   // 2026-03-31T10:00:00Z, ...+02:00, "2026-03-31 10:00:00": the date as written in its
                   // own zone, never converted to UTC or local time
    UnixSeconds,   // 1774915200 (UTC); values of 12 digits or more are taken as milliseconds
    US,            // m/d/Y, m/d/yy, m-d-Y (a trailing time such as "10:00 AM" is ignored)
    EuropeanDot,   // d.m.Y, d.m.yy
    EuropeanSlash, // d/m/Y, d-m-Y
    ExcelSerial,   // 46112 (1900 system; 60 is Excel's non-existent 1900-02-29 and is refused)
    MonthName,     // "Mar 2026", "March 2026", "Mar-26", also "31 Mar 2026", "Mar 31, 2026"
    YearMonth,     // "2026-03", "2026/03", "03/2026"
};
// Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999.

enum class NumberFormat {
    Dot,  // 1,234.56 (also 1 234.56 and 1'234.56)
    Comma // 1.234,56 (also 1 234,56 and 1'234,56)
};

struct ColumnFormat
{
    ColumnType type = ColumnType::Text;
    DateFormat date = DateFormat::Unknown;
    NumberFormat number = NumberFormat::Dot;
    bool minorUnits =
        false;            // money given in cents (Stripe amount_in_cents); set by the caller from the header
    bool percent = false; // values carry %
    QString describe() const; // for the preview: "date (d/m/Y)", "money (1.234,56)", "boolean"
    bool operator==(const ColumnFormat&) const = default;
};

QString dateFormatName(DateFormat format);     // "d/m/Y", "ISO Y-m-d", ...
QString numberFormatName(NumberFormat format); // "1,234.56" or "1.234,56"

// Feed every value of one column (empty cells are ignored), then decide: the whole column decides.
// Dates: when every value fits both m/d/Y and d/m/Y the column is read as US (m/d/Y) and a note
// says so; one value whose first part is above 12 makes it European (d/m/Y), one whose second part
// is above 12 makes it US. Numbers: a value only one convention can read ("1,5" or "1.5") decides;
// without one the column is read with a dot decimal and a note says so when values were ambiguous.
// The number and date conventions of a whole file: a European file writes 1.234,56 and d/m/Y.
enum class FileConvention { Unknown, European, US };
QString fileConventionName(FileConvention convention); // "European (1.234,56, d/m/Y)", ...

class ColumnFormatDetector
{
public:
    explicit ColumnFormatDetector(ColumnType expected);
    void add(QStringView value);
    ColumnFormat decide() const;
    // What this column's values alone say of the file's convention: a value only one convention
    // reads ("1,5", "1.234,56", "13/02/2026", "31.03.2026"), or Unknown.
    FileConvention evidence() const;
    QString evidenceExample() const; // the value that gave the evidence
    // Values that fit both conventions with different meanings ("1.000", "05/01/2025") are read
    // by the file's convention, decided over every column (see Importer).
    void setFileConvention(FileConvention convention) { m_file = convention; }
    bool decidedByFile() const; // decide() used the file's convention for this column
    // Some value had a decimal or thousands mark, so the decimal mark decision mattered.
    bool sawNumberMarks() const { return m_dotOnly + m_commaOnly + m_ambiguous > 0; }
    QStringList notes() const; // human notes on the decision ("day/month order decided by 13/02/2026")
    qint64 seen() const { return m_seen; }

private:
    void addDate(QStringView v);
    void addNumber(QStringView v);
    DateFormat decideDate() const;
    NumberFormat decideNumber() const;

    ColumnType m_expected;
    FileConvention m_file = FileConvention::Unknown;
    qint64 m_seen = 0;
    // Dates: how many values each format reads (indexed by DateFormat).
    qint64 m_dateHits[10] = {};
    qint64 m_withTime = 0;
    qint64 m_slashDates = 0;   // a/b/Y shaped values (both US and EuropeanSlash read them)
    qint64 m_firstOver12 = 0;  // a > 12: only d/m
    qint64 m_secondOver12 = 0; // b > 12: only m/d
    QString m_firstOver12Example;
    QString m_secondOver12Example;
    QString m_dotDateExample;
    // Numbers.
    qint64 m_dotOnly = 0;
    qint64 m_commaOnly = 0;
    qint64 m_both = 0;
    qint64 m_ambiguous = 0; // both read it, with different values ("1,234")
    qint64 m_neither = 0;
    qint64 m_percent = 0;
    QString m_dotExample;
    QString m_commaExample;
    QString m_ambiguousExample;
    // Booleans and others.
    qint64 m_unreadable = 0;
    QString m_unreadableExample;
};

namespace values {

// Leading/trailing whitespace (also no-break spaces) is ignored by every parser.
std::optional<QDate> parseDate(QStringView text, DateFormat format);
// Returns a MonthIndex (core/Period.h); accepts YearMonth, MonthName and full dates (their month).
std::optional<int> parseMonth(QStringView text, DateFormat format);
// "$1,234.56" "1.234,56 €" "(120.00)"=-12000 "-120" "USD 12.00" "12.00 USD" "€12" "1234"; rounded
// half away from zero to cents; with minorUnits the value is already in cents. Above 1e15 refused.
std::optional<qint64> parseMoneyCents(QStringView text, NumberFormat format, bool minorUnits = false);
std::optional<double> parseNumber(QStringView text, NumberFormat format);
// "1,234" is 1234; "12.5" is refused; "12.0" and "12.00" are 12 (spreadsheets write whole numbers so).
std::optional<qint64> parseInteger(QStringView text, NumberFormat format);
// "12.5%" -> 12.5 ; "0.125" stays 0.125 (the caller decides)
std::optional<double> parsePercent(QStringView text, NumberFormat format);
// true: yes y true t 1 on x ; false: no n false f 0 off (case-insensitive).
std::optional<bool> parseBoolean(QStringView text);
// For CSV export: cells starting with = + - @ tab or CR get a leading apostrophe, except plain
// numbers such as -120 or +1.5.
QString neutraliseFormula(const QString& cell);

} // namespace values
} // namespace tenure
