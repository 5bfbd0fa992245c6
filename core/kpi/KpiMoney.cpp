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

QString formatMoney(double amount, const QString& currency)
{
    // English grouping, as the CLI and the report print numbers.
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double cents = std::round(amount * 100) / 100; // the rule applies to the amount as shown
    const bool large = std::abs(cents) >= 100;
    const double shown = large ? std::round(amount) : cents;
    const QString digits = locale.toString(std::abs(shown), 'f', large ? 0 : 2);
    return (shown < 0 ? QStringLiteral("-") : QString()) + currencySymbol(currency) + digits;
}

} // namespace tenure
