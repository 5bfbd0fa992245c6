// libFuzzer target: every value parser and the column detector on arbitrary text, with checks of
// properties that must hold for any input.
#include "Fx.h"
#include "import/ValueParser.h"

#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tenure;
    using namespace tenure::values;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const DateFormat dates[] = {DateFormat::Unknown,       DateFormat::Iso,         DateFormat::IsoDateTime,
                                DateFormat::UnixSeconds,   DateFormat::US,          DateFormat::EuropeanDot,
                                DateFormat::EuropeanSlash, DateFormat::ExcelSerial, DateFormat::MonthName,
                                DateFormat::YearMonth};
    for (DateFormat f : dates) {
        if (const auto date = parseDate(text, f); date && !date->isValid())
            __builtin_trap();
        if (const auto month = parseMonth(text, f); month && (*month < 0 || *month > 10000 * 12))
            __builtin_trap();
    }
    for (NumberFormat f : {NumberFormat::Dot, NumberFormat::Comma}) {
        for (bool minor : {false, true}) {
            if (const auto cents = parseMoneyCents(text, f, minor);
                cents && (*cents > 100'000'000'000'000'000LL || *cents < -100'000'000'000'000'000LL))
                __builtin_trap();
        }
        if (const auto n = parseNumber(text, f); n && !std::isfinite(*n))
            __builtin_trap();
        if (const auto i = parseInteger(text, f); i && !parseNumber(text, f))
            __builtin_trap(); // every integer is a number too
        if (const auto p = parsePercent(text, f); p && !std::isfinite(*p))
            __builtin_trap();
    }
    (void)parseBoolean(text);
    // Currency marks: a view into the value, and a code of three capital letters or none.
    const QStringView mark = fx::markIn(text);
    if (!mark.isEmpty() &&
        (mark.data() < text.constData() || mark.data() + mark.size() > text.constData() + text.size()))
        __builtin_trap();
    if (const QString code = fx::codeOf(mark, QStringLiteral("USD")); !code.isEmpty() && code.size() != 3)
        __builtin_trap();
    const QString safe = neutraliseFormula(text);
    if (safe.size() < text.size() || (!safe.isEmpty() && safe.front() == u'='))
        __builtin_trap();
    for (ColumnType type : {ColumnType::Date, ColumnType::Money, ColumnType::Number, ColumnType::Boolean}) {
        ColumnFormatDetector detector(type);
        for (const QString& part : text.split(QLatin1Char('\n')))
            detector.add(part);
        (void)detector.decide().describe();
        (void)detector.notes();
    }
    return 0;
}
