#include "Period.h"

#include <QRegularExpression>

namespace tenure {

QDate firstDayOf(MonthIndex m)
{
    return QDate(yearOf(m), monthOf(m), 1);
}

QDate lastDayOf(MonthIndex m)
{
    const QDate first = firstDayOf(m);
    return first.addDays(first.daysInMonth() - 1);
}

QString monthLabel(MonthIndex m)
{
    return QStringLiteral("%1-%2")
        .arg(yearOf(m), 4, 10, QLatin1Char('0'))
        .arg(monthOf(m), 2, 10, QLatin1Char('0'));
}

QString grainName(Grain grain)
{
    switch (grain) {
    case Grain::Month:
        return QStringLiteral("month");
    case Grain::Quarter:
        return QStringLiteral("quarter");
    case Grain::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("month");
}

std::optional<Grain> grainFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("month"))
        return Grain::Month;
    if (n == QLatin1String("quarter"))
        return Grain::Quarter;
    if (n == QLatin1String("year"))
        return Grain::Year;
    return std::nullopt;
}

Period Period::containing(Grain grain, MonthIndex month)
{
    switch (grain) {
    case Grain::Month:
        return {grain, month, month};
    case Grain::Quarter: {
        const MonthIndex first = month - (monthOf(month) - 1) % 3;
        return {grain, first, first + 2};
    }
    case Grain::Year: {
        const MonthIndex first = monthIndex(yearOf(month), 1);
        return {grain, first, first + 11};
    }
    }
    return {grain, month, month};
}

std::optional<Period> Period::parse(const QString& text)
{
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    const QString t = text.trimmed();
    if (auto m = monthRe.match(t); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return containing(Grain::Month, monthIndex(m.captured(1).toInt(), month));
    }
    if (auto m = quarterRe.match(t); m.hasMatch())
        return containing(Grain::Quarter,
                          monthIndex(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1));
    if (auto m = yearRe.match(t); m.hasMatch())
        return containing(Grain::Year, monthIndex(m.captured(1).toInt(), 1));
    return std::nullopt;
}

QString Period::label() const
{
    switch (grain) {
    case Grain::Month:
        return monthLabel(firstMonth);
    case Grain::Quarter:
        return QStringLiteral("%1-Q%2").arg(yearOf(firstMonth)).arg((monthOf(firstMonth) - 1) / 3 + 1);
    case Grain::Year:
        return QString::number(yearOf(firstMonth));
    }
    return monthLabel(firstMonth);
}

Period Period::previous() const
{
    return containing(grain, firstMonth - 1);
}

Period Period::next() const
{
    return containing(grain, lastMonth + 1);
}

Period Period::yearBefore() const
{
    return containing(grain, firstMonth - 12);
}

} // namespace tenure
