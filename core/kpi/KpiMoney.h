#pragma once

#include <QLocale>
#include <QString>

namespace tenure {

// Money as the dashboard and the report show it, in major units (currency, not cents) with the
// currency's symbol ("$", "€", "£", else the ISO code and a space). Rule: amounts of 100 or more
// (after rounding to cents) in whole units with thousands separators ("$749", "$14,207",
// "-$1,200"); smaller ones with cents ("$42.50", "$0.75"). Never "-$0.00".
// This form always uses English grouping: the CLI's tables and every machine output.
QString formatMoney(double amount, const QString& currency);
// The same rule in a locale's digits, separators and symbol placement ("1.234 €", "42,50 €",
// "1 234 €"); en_US gives exactly the form above.
QString formatMoney(double amount, const QString& currency, const QLocale& locale);
// The locale the GUI and the report show numbers and dates in: the default locale (the language
// chosen in Settings, else the system's), or en_US when that is the C locale (tests, CI, scripts).
QLocale displayLocale();
QString currencySymbol(const QString& currency);

} // namespace tenure
