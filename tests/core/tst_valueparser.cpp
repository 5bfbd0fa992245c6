#include "Period.h"
#include "import/ValueParser.h"

#include <QtTest>

using namespace tenure;
using namespace tenure::values;

Q_DECLARE_METATYPE(tenure::DateFormat)
Q_DECLARE_METATYPE(tenure::NumberFormat)
Q_DECLARE_METATYPE(tenure::ColumnType)

class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void months_data();
    void months();
    void money_data();
    void money();
    void numbers_data();
    void numbers();
    void integers_data();
    void integers();
    void percents_data();
    void percents();
    void booleans_data();
    void booleans();
    void neutralise_data();
    void neutralise();
    void detectDates_data();
    void detectDates();
    void detectNumbers_data();
    void detectNumbers();
    void detectorIgnoresEmptyCells();
    void describe();
};

void TestValueParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateFormat>("format");
    QTest::addColumn<QString>("expected"); // ISO date, empty = refused

    using F = DateFormat;
    auto add = [](const char* name, const char* text, F format, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << format << QString::fromLatin1(expected);
    };
    add("iso", "2026-03-31", F::Iso, "2026-03-31");
    add("iso-slashes", "2026/03/31", F::Iso, "2026-03-31");
    add("iso-single-digits", "2026-3-5", F::Iso, "2026-03-05");
    add("iso-basic", "20260331", F::Iso, "2026-03-31");
    add("iso-spaces", "  2026-03-31 ", F::Iso, "2026-03-31");
    add("iso-with-time", "2026-03-31T10:00:00", F::Iso, "2026-03-31");
    add("iso-leap-day", "2024-02-29", F::Iso, "2024-02-29");
    add("iso-not-leap", "2026-02-29", F::Iso, "");
    add("iso-feb-30", "2026-02-30", F::Iso, "");
    add("iso-month-13", "2026-13-01", F::Iso, "");
    add("iso-day-0", "2026-01-00", F::Iso, "");
    add("iso-1900-not-leap", "1900-02-29", F::Iso, "");
    add("iso-2000-leap", "2000-02-29", F::Iso, "2000-02-29");
    add("iso-mixed-separators", "2026-03/31", F::Iso, "");
    add("iso-trailing-junk", "2026-03-31x", F::Iso, "");
    add("iso-empty", "", F::Iso, "");
    add("iso-words", "yesterday", F::Iso, "");
    add("datetime-z", "2026-03-31T10:00:00Z", F::IsoDateTime, "2026-03-31");
    add("datetime-offset", "2026-03-31T23:30:00+02:00", F::IsoDateTime, "2026-03-31");
    add("datetime-negative-offset-not-converted", "2026-03-31T23:30:00-08:00", F::IsoDateTime, "2026-03-31");
    add("datetime-millis", "2026-03-31T10:00:00.123Z", F::IsoDateTime, "2026-03-31");
    add("datetime-space", "2026-03-31 10:00:00", F::IsoDateTime, "2026-03-31");
    add("datetime-utc-word", "2026-03-31 10:00:00 UTC", F::IsoDateTime, "2026-03-31");
    add("datetime-compact-offset", "2026-03-31T10:00+0530", F::IsoDateTime, "2026-03-31");
    add("datetime-bad-hour", "2026-03-31T25:00:00Z", F::IsoDateTime, "");
    add("datetime-date-only", "2026-03-31", F::IsoDateTime, "2026-03-31");
    add("us", "3/31/2026", F::US, "2026-03-31");
    add("us-padded", "03/31/2026", F::US, "2026-03-31");
    add("us-two-digit-year", "3/31/26", F::US, "2026-03-31");
    add("us-two-digit-year-1900s", "12/1/99", F::US, "1999-12-01");
    add("us-two-digit-year-pivot", "1/1/69", F::US, "2069-01-01");
    add("us-two-digit-year-70", "1/1/70", F::US, "1970-01-01");
    add("us-dashes", "3-31-2026", F::US, "2026-03-31");
    add("us-with-time", "3/31/2026 10:15 AM", F::US, "2026-03-31");
    add("us-salesforce-time", "3/31/2026, 4:05 PM", F::US, "2026-03-31");
    add("us-swapped", "31/3/2026", F::US, "");
    add("us-leap-day", "2/29/2024", F::US, "2024-02-29");
    add("us-three-digit-year", "3/31/202", F::US, "");
    add("eu-slash", "31/03/2026", F::EuropeanSlash, "2026-03-31");
    add("eu-slash-ambiguous", "02/03/2026", F::EuropeanSlash, "2026-03-02");
    add("eu-slash-invalid", "30/02/2026", F::EuropeanSlash, "");
    add("eu-dot", "31.03.2026", F::EuropeanDot, "2026-03-31");
    add("eu-dot-short", "1.3.26", F::EuropeanDot, "2026-03-01");
    add("eu-dot-with-time", "31.03.2026 14:30", F::EuropeanDot, "2026-03-31");
    add("eu-dot-slashes-refused", "31/03/2026", F::EuropeanDot, "");
    add("excel", "46112", F::ExcelSerial, "2026-03-31");
    add("excel-with-time", "46112.75", F::ExcelSerial, "2026-03-31");
    add("excel-1", "1", F::ExcelSerial, "1900-01-01");
    add("excel-59", "59", F::ExcelSerial, "1900-02-28");
    add("excel-60-bug", "60", F::ExcelSerial, "");
    add("excel-61", "61", F::ExcelSerial, "1900-03-01");
    add("excel-0", "0", F::ExcelSerial, "");
    add("excel-text", "46112a", F::ExcelSerial, "");
    add("unix", "1774915200", F::UnixSeconds, "2026-03-31");
    add("unix-millis", "1774915200000", F::UnixSeconds, "2026-03-31");
    add("unix-end-of-day", "1775001599", F::UnixSeconds, "2026-03-31");
    add("month-name-short", "Mar 2026", F::MonthName, "2026-03-01");
    add("month-name-long", "March 2026", F::MonthName, "2026-03-01");
    add("month-name-dash-yy", "Mar-26", F::MonthName, "2026-03-01");
    add("month-name-sept", "Sept 2026", F::MonthName, "2026-09-01");
    add("month-name-lowercase", "march 2026", F::MonthName, "2026-03-01");
    add("month-name-full-date", "Mar 31, 2026", F::MonthName, "2026-03-31");
    add("month-name-day-first", "31 Mar 2026", F::MonthName, "2026-03-31");
    add("month-name-day-first-dashes", "31-Mar-26", F::MonthName, "2026-03-31");
    add("month-name-ordinal", "March 1st 2026", F::MonthName, "2026-03-01");
    add("month-name-invalid-day", "Feb 30, 2026", F::MonthName, "");
    add("month-name-unknown", "Smarch 2026", F::MonthName, "");
    add("year-month", "2026-03", F::YearMonth, "2026-03-01");
    add("year-month-slash", "2026/03", F::YearMonth, "2026-03-01");
    add("month-year", "03/2026", F::YearMonth, "2026-03-01");
    add("year-month-13", "2026-13", F::YearMonth, "");
    add("unknown-iso", "2026-03-31", F::Unknown, "2026-03-31");
    add("unknown-ambiguous-slash", "03/04/2026", F::Unknown, "");
}

void TestValueParser::dates()
{
    QFETCH(QString, text);
    QFETCH(DateFormat, format);
    QFETCH(QString, expected);
    const auto date = parseDate(text, format);
    if (expected.isEmpty()) {
        QVERIFY2(!date, qPrintable(date ? date->toString(Qt::ISODate) : QString()));
    } else {
        QVERIFY(date.has_value());
        QCOMPARE(date->toString(Qt::ISODate), expected);
    }
}

void TestValueParser::months_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateFormat>("format");
    QTest::addColumn<QString>("expected"); // "2026-03", empty = refused
    using F = DateFormat;
    auto add = [](const char* name, const char* text, F format, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << format << QString::fromLatin1(expected);
    };
    add("year-month", "2026-03", F::YearMonth, "2026-03");
    add("month-year", "3/2026", F::YearMonth, "2026-03");
    add("month-name", "Mar 2026", F::MonthName, "2026-03");
    add("month-name-yy", "Dec-25", F::MonthName, "2025-12");
    add("iso-date", "2026-03-31", F::Iso, "2026-03");
    add("iso-column-with-year-month", "2026-03", F::Iso, "2026-03");
    add("us-date", "12/31/2025", F::US, "2025-12");
    add("eu-date", "31.12.2025", F::EuropeanDot, "2025-12");
    add("excel", "46112", F::ExcelSerial, "2026-03");
    add("invalid-date", "2026-02-30", F::Iso, "");
    add("month-0", "2026-00", F::YearMonth, "");
    add("text", "March", F::MonthName, "");
}

void TestValueParser::months()
{
    QFETCH(QString, text);
    QFETCH(DateFormat, format);
    QFETCH(QString, expected);
    const auto month = parseMonth(text, format);
    if (expected.isEmpty()) {
        QVERIFY(!month);
    } else {
        QVERIFY(month.has_value());
        QCOMPARE(monthLabel(*month), expected);
    }
}

void TestValueParser::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberFormat>("format");
    QTest::addColumn<bool>("minorUnits");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");
    using N = NumberFormat;
    auto ok = [](const char* name, const char* text, N f, qint64 cents, bool minor = false) {
        QTest::newRow(name) << QString::fromUtf8(text) << f << minor << true << cents;
    };
    auto bad = [](const char* name, const char* text, N f) {
        QTest::newRow(name) << QString::fromUtf8(text) << f << false << false << qint64(0);
    };
    ok("dollar-grouped", "$1,234.56", N::Dot, 123456);
    ok("plain-integer", "1234", N::Dot, 123400);
    ok("negative", "-120", N::Dot, -12000);
    ok("parentheses", "(120.00)", N::Dot, -12000);
    ok("parentheses-symbol", "($1,200.50)", N::Dot, -120050);
    ok("code-prefix", "USD 12.00", N::Dot, 1200);
    ok("code-suffix", "12.00 USD", N::Dot, 1200);
    ok("euro-prefix",
       "\xE2\x82\xAC"
       "12",
       N::Dot, 1200);
    ok("euro-suffix-comma", "1.234,56 \xE2\x82\xAC", N::Comma, 123456);
    ok("comma-no-grouping", "1234,5", N::Comma, 123450);
    ok("comma-space-grouping", "1 234,56", N::Comma, 123456);
    ok("comma-nbsp-grouping",
       "1\xC2\xA0"
       "234,56",
       N::Comma, 123456);
    ok("apostrophe-grouping", "1'234.56", N::Dot, 123456);
    ok("swiss-code", "CHF 1'234.50", N::Dot, 123450);
    ok("sign-after-symbol", "$-5.25", N::Dot, -525);
    ok("sign-before-symbol", "-$5.25", N::Dot, -525);
    ok("trailing-minus", "120.00-", N::Dot, -12000);
    ok("us-dollar", "US$ 7", N::Dot, 700);
    ok("pound",
       "\xC2\xA3"
       "9.99",
       N::Dot, 999);
    ok("half-up", "0.005", N::Dot, 1);
    ok("below-half", "0.00499", N::Dot, 0);
    ok("half-away-from-zero-negative", "-0.005", N::Dot, -1);
    ok("long-fraction", "10.129", N::Dot, 1013);
    ok("leading-dot", ".5", N::Dot, 50);
    ok("zero-padded", "000123.40", N::Dot, 12340);
    ok("minor-units", "1234", N::Dot, 1234, true);
    ok("minor-units-negative", "-500", N::Dot, -500, true);
    ok("minor-units-rounding", "99.5", N::Dot, 100, true);
    ok("limit", "1000000000000000", N::Dot, 100000000000000000LL);
    bad("over-limit", "1000000000000000.01", N::Dot);
    bad("way-over-limit", "99999999999999999999999", N::Dot);
    bad("empty", "", N::Dot);
    bad("only-symbol", "$", N::Dot);
    bad("only-minus", "-", N::Dot);
    bad("text", "n/a", N::Dot);
    bad("percent", "12%", N::Dot);
    bad("comma-decimal-in-dot-format", "1,5", N::Dot);
    bad("dot-decimal-in-comma-format", "1.5", N::Comma);
    bad("bad-grouping", "12,34,567.00", N::Dot);
    bad("two-decimal-points", "1.2.3", N::Dot);
    bad("unclosed-parenthesis", "(120.00", N::Dot);
    bad("word-before", "about 12", N::Dot);
}

void TestValueParser::money()
{
    QFETCH(QString, text);
    QFETCH(NumberFormat, format);
    QFETCH(bool, minorUnits);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    const auto value = parseMoneyCents(text, format, minorUnits);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, cents);
}

void TestValueParser::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberFormat>("format");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    using N = NumberFormat;
    QTest::newRow("plain") << QStringLiteral("12.5") << N::Dot << true << 12.5;
    QTest::newRow("grouped") << QStringLiteral("1,234.5") << N::Dot << true << 1234.5;
    QTest::newRow("comma") << QStringLiteral("1.234,5") << N::Comma << true << 1234.5;
    QTest::newRow("negative") << QStringLiteral("-0.25") << N::Dot << true << -0.25;
    QTest::newRow("plus") << QStringLiteral("+3") << N::Dot << true << 3.0;
    QTest::newRow("exponent") << QStringLiteral("1.5e3") << N::Dot << true << 1500.0;
    QTest::newRow("unicode-minus") << QStringLiteral("\u22127") << N::Dot << true << -7.0;
    QTest::newRow("spaces") << QStringLiteral(" 42 ") << N::Dot << true << 42.0;
    QTest::newRow("ambiguous-in-comma") << QStringLiteral("1,234") << N::Comma << true << 1.234;
    QTest::newRow("text") << QStringLiteral("abc") << N::Dot << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("nan") << N::Dot << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("inf") << N::Dot << false << 0.0;
    QTest::newRow("overflow") << QStringLiteral("1e999") << N::Dot << false << 0.0;
    QTest::newRow("percent-is-not-a-number") << QStringLiteral("5%") << N::Dot << false << 0.0;
    QTest::newRow("empty") << QString() << N::Dot << false << 0.0;
}

void TestValueParser::numbers()
{
    QFETCH(QString, text);
    QFETCH(NumberFormat, format);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const auto value = parseNumber(text, format);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestValueParser::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberFormat>("format");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");
    using N = NumberFormat;
    QTest::newRow("plain") << QStringLiteral("42") << N::Dot << true << qint64(42);
    QTest::newRow("grouped") << QStringLiteral("1,234") << N::Dot << true << qint64(1234);
    QTest::newRow("grouped-comma-format") << QStringLiteral("1.234") << N::Comma << true << qint64(1234);
    QTest::newRow("negative") << QStringLiteral("-7") << N::Dot << true << qint64(-7);
    QTest::newRow("spreadsheet-whole") << QStringLiteral("12.00") << N::Dot << true << qint64(12);
    QTest::newRow("fraction") << QStringLiteral("12.5") << N::Dot << false << qint64(0);
    QTest::newRow("big") << QStringLiteral("9007199254740993") << N::Dot << true
                         << qint64(9007199254740993LL);
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << N::Dot << false << qint64(0);
    QTest::newRow("text") << QStringLiteral("12a") << N::Dot << false << qint64(0);
    QTest::newRow("exponent-refused") << QStringLiteral("1e3") << N::Dot << false << qint64(0);
}

void TestValueParser::integers()
{
    QFETCH(QString, text);
    QFETCH(NumberFormat, format);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const auto value = parseInteger(text, format);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestValueParser::percents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberFormat>("format");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    using N = NumberFormat;
    QTest::newRow("percent") << QStringLiteral("12.5%") << N::Dot << true << 12.5;
    QTest::newRow("percent-space") << QStringLiteral("12,5 %") << N::Comma << true << 12.5;
    QTest::newRow("fraction-stays") << QStringLiteral("0.125") << N::Dot << true << 0.125;
    QTest::newRow("negative") << QStringLiteral("-3%") << N::Dot << true << -3.0;
    QTest::newRow("only-sign") << QStringLiteral("%") << N::Dot << false << 0.0;
    QTest::newRow("text") << QStringLiteral("high%") << N::Dot << false << 0.0;
}

void TestValueParser::percents()
{
    QFETCH(QString, text);
    QFETCH(NumberFormat, format);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const auto value = parsePercent(text, format);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestValueParser::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 refused
    const char* yes[] = {"yes", "YES", "Y", "true", "True", "t", "1", "on", "x", " yes "};
    const char* no[] = {"no", "No", "n", "FALSE", "f", "0", "off"};
    const char* neither[] = {"", "maybe", "2", "yess", "-", "renewed"};
    for (const char* s : yes)
        QTest::newRow(qPrintable(QStringLiteral("true-") + QString::fromLatin1(s)))
            << QString::fromLatin1(s) << 1;
    for (const char* s : no)
        QTest::newRow(qPrintable(QStringLiteral("false-") + QString::fromLatin1(s)))
            << QString::fromLatin1(s) << 0;
    for (const char* s : neither)
        QTest::newRow(qPrintable(QStringLiteral("refused-") + QString::fromLatin1(s)))
            << QString::fromLatin1(s) << -1;
}

void TestValueParser::booleans()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto value = parseBoolean(text);
    QCOMPARE(value.has_value() ? int(*value) : -1, expected);
}

void TestValueParser::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    auto add = [](const char* name, const char* cell, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(cell) << QString::fromUtf8(expected);
    };
    add("formula", "=SUM(A1:A2)", "'=SUM(A1:A2)");
    add("plus-formula", "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0");
    add("minus-formula", "-2+3", "'-2+3");
    add("at", "@SUM(1)", "'@SUM(1)");
    add("tab", "\tx", "'\tx");
    add("cr", "\rx", "'\rx");
    add("negative-number", "-120", "-120");
    add("signed-decimal", "+1.5", "+1.5");
    add("negative-grouped", "-1,234.56", "-1,234.56");
    add("minus-only", "-", "'-");
    add("plain-text", "Acme", "Acme");
    add("empty", "", "");
    add("equals-later", "a=b", "a=b");
}

void TestValueParser::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(neutraliseFormula(cell), expected);
}

void TestValueParser::detectDates_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DateFormat>("expected");
    QTest::addColumn<QString>("note"); // a note that must be present (empty: none checked)
    using F = DateFormat;
    auto list = [](const char* joined) { return QString::fromUtf8(joined).split(QLatin1Char('|')); };
    QTest::newRow("iso") << ColumnType::Date << list("2026-01-31|2026-02-28|") << F::Iso << QString();
    QTest::newRow("iso-datetime") << ColumnType::Date
                                  << list("2026-01-31T10:00:00Z|2026-02-28T11:00:00+01:00") << F::IsoDateTime
                                  << QString();
    QTest::newRow("european-decided-by-last-value")
        << ColumnType::Date << list("01/02/2026|03/04/2026|05/06/2026|13/02/2026") << F::EuropeanSlash
        << QStringLiteral("decided by \"13/02/2026\"");
    QTest::newRow("us-decided-by-second-part") << ColumnType::Date << list("01/02/2026|02/13/2026|03/04/2026")
                                               << F::US << QStringLiteral("decided by \"02/13/2026\"");
    QTest::newRow("ambiguous-prefers-us") << ColumnType::Date << list("01/02/2026|03/04/2026|11/12/2026")
                                          << F::US << QStringLiteral("both m/d/Y and d/m/Y");
    QTest::newRow("european-dot") << ColumnType::Date << list("01.02.2026|31.12.2025") << F::EuropeanDot
                                  << QString();
    QTest::newRow("excel-serial") << ColumnType::Date << list("46112|46000|45292") << F::ExcelSerial
                                  << QString();
    QTest::newRow("unix-seconds") << ColumnType::Date << list("1774915200|1767225600") << F::UnixSeconds
                                  << QString();
    QTest::newRow("iso-basic-not-unix")
        << ColumnType::Date << list("20260131|20260228") << F::Iso << QString();
    QTest::newRow("month-name") << ColumnType::Month << list("Jan 2026|Feb 2026|March 2026") << F::MonthName
                                << QString();
    QTest::newRow("year-month") << ColumnType::Month << list("2026-01|2026-02|2026-12") << F::YearMonth
                                << QString();
    QTest::newRow("majority-wins-with-note") << ColumnType::Date << list("2026-01-31|2026-02-28|garbage")
                                             << F::Iso << QStringLiteral("1 of 3 values");
    QTest::newRow("nothing-readable")
        << ColumnType::Date << list("soon|later") << F::Unknown << QStringLiteral("no date format");
}

void TestValueParser::detectDates()
{
    QFETCH(ColumnType, type);
    QFETCH(QStringList, values);
    QFETCH(DateFormat, expected);
    QFETCH(QString, note);
    ColumnFormatDetector detector(type);
    for (const QString& v : values)
        detector.add(v);
    const ColumnFormat format = detector.decide();
    QCOMPARE(format.type, type);
    QCOMPARE(format.date, expected);
    if (!note.isEmpty())
        QVERIFY2(detector.notes().join(QLatin1Char('\n')).contains(note),
                 qPrintable(detector.notes().join(u';')));
    // What was decided reads every value it counted.
    int read = 0;
    for (const QString& v : values)
        read += parseDate(v, format.date).has_value() || parseMonth(v, format.date).has_value();
    if (expected != DateFormat::Unknown)
        QVERIFY(read > 0);
}

void TestValueParser::detectNumbers_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<NumberFormat>("expected");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<QString>("note");
    using N = NumberFormat;
    auto list = [](const char* joined) { return QString::fromUtf8(joined).split(QLatin1Char('|')); };
    QTest::newRow("money-dot") << ColumnType::Money << list("$1,234.56|$99.00|(12.00)") << N::Dot << false
                               << QString();
    QTest::newRow("money-comma") << ColumnType::Money << list("1.234,56 \xE2\x82\xAC|99,00 \xE2\x82\xAC")
                                 << N::Comma << false << QStringLiteral("decimal comma decided by");
    QTest::newRow("comma-decided-late")
        << ColumnType::Number << list("1.234|2.500|3,5") << N::Comma << false << QStringLiteral("\"3,5\"");
    QTest::newRow("ambiguous-thousands")
        << ColumnType::Money << list("1,234|2,500") << N::Dot << false << QStringLiteral("fit both");
    QTest::newRow("score-percent") << ColumnType::Score << list("12.5%|80%|100%") << N::Dot << true
                                   << QString();
    QTest::newRow("integers") << ColumnType::Integer << list("1|2|3") << N::Dot << false << QString();
    QTest::newRow("unreadable-noted") << ColumnType::Number << list("1.5|n/a") << N::Dot << false
                                      << QStringLiteral("1 of 2 values are not numbers");
}

void TestValueParser::detectNumbers()
{
    QFETCH(ColumnType, type);
    QFETCH(QStringList, values);
    QFETCH(NumberFormat, expected);
    QFETCH(bool, percent);
    QFETCH(QString, note);
    ColumnFormatDetector detector(type);
    for (const QString& v : values)
        detector.add(v);
    const ColumnFormat format = detector.decide();
    QCOMPARE(format.number, expected);
    QCOMPARE(format.percent, percent);
    if (!note.isEmpty())
        QVERIFY2(detector.notes().join(QLatin1Char('\n')).contains(note),
                 qPrintable(detector.notes().join(u';')));
    QCOMPARE(detector.seen(), qint64(values.size()));
}

void TestValueParser::detectorIgnoresEmptyCells()
{
    ColumnFormatDetector detector(ColumnType::Date);
    detector.add(u"");
    detector.add(u"   ");
    detector.add(u"13/01/2026");
    QCOMPARE(detector.seen(), 1);
    QCOMPARE(detector.decide().date, DateFormat::EuropeanSlash);
}

void TestValueParser::describe()
{
    ColumnFormat f;
    f.type = ColumnType::Date;
    f.date = DateFormat::EuropeanSlash;
    QCOMPARE(f.describe(), QStringLiteral("date (d/m/Y)"));
    f.type = ColumnType::Money;
    f.number = NumberFormat::Comma;
    QCOMPARE(f.describe(), QStringLiteral("money (1.234,56)"));
    f.minorUnits = true;
    QCOMPARE(f.describe(), QStringLiteral("money (in cents)"));
    f.type = ColumnType::Boolean;
    QCOMPARE(f.describe(), QStringLiteral("boolean"));
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
