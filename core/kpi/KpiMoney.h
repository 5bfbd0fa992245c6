#pragma once

#include <QString>

namespace tenure {

// Money as the dashboard and the report show it, in major units (currency, not cents) with the
// currency's symbol ("$", "€", "£", else the ISO code and a space). Rule: amounts of 100 or more
// (after rounding to cents) in whole units with thousands separators ("$749", "$14,207",
// "-$1,200"); smaller ones with cents ("$42.50", "$0.75"). Never "-$0.00".
QString formatMoney(double amount, const QString& currency);
QString currencySymbol(const QString& currency);

} // namespace tenure
