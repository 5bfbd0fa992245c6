#include "kpi/KpiMoney.h"

#include <QLocale>

#include <cmath>

namespace tenure {

QString currencySymbol(const QString& currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currency + QLatin1Char(' ');
}

QLocale displayLocale()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString formatMoney(double amount, const QString& currency)
{
    // English grouping, as the CLI prints numbers.
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return formatMoney(amount, currency, locale);
}

QString formatMoney(double amount, const QString& currency, const QLocale& locale)
{
    const double cents = std::round(amount * 100) / 100; // the rule applies to the amount as shown
    const bool large = std::abs(cents) >= 100;
    const double shown = large ? std::round(amount) : cents;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        // The locale places the symbol ("1.234 €"); the code for currencies without one.
        const QString symbol = currencySymbol(currency).trimmed();
        // The sign in front, never the accounting brackets some locales use ("(1 200 €)").
        const QString digits = locale.toCurrencyString(std::abs(shown), symbol, large ? 0 : 2);
        return shown < 0 ? locale.negativeSign() + digits : digits;
    }
    const QString digits = locale.toString(std::abs(shown), 'f', large ? 0 : 2);
    return (shown < 0 ? QStringLiteral("-") : QString()) + currencySymbol(currency) + digits;
}

} // namespace tenure
