#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tenure {

struct KpiInfo;

// The one place the dashboard formats money and KPI values (tiles, tables, tooltips, chart labels,
// explain, report), so $749 never sits next to $14,207.00.
namespace format {

// Money in major units (currency, not cents) with the currency's symbol ("$", "€", "£", else the
// ISO code and a space). Rule (core/kpi/KpiMoney.h, shared with the report tests): amounts of 100
// or more in whole units with thousands separators ("$749", "$14,207", "-$1,200"); smaller amounts
// with cents ("$42.50", "$0.75"). Never "-$0".
QString money(double amount, const QString& currency);
QString currencySymbol(const QString& currency); // "$"; the ISO code and a space when unknown

// A KPI value in its unit: money() for money KPIs, formatKpiValue() for the others.
QString kpiValue(const KpiInfo& info, double value, const QString& currency);

// Numbers and money follow displayLocale() (core/kpi/KpiMoney.h): the language chosen in Settings
// or the system's, en_US under the C locale.
// A number that is no KPI value: thousands separators, no decimals when whole, else two.
QString number(double value);
// A ratio KPI's numerator or denominator: money() when that part is an amount of money (the MRR
// parts of the MRR churn rates, nrr, grr, quick_ratio; ARPA's MRR; order revenue; costs; ARR), else
// number().
QString ratioPart(const QString& kpi, bool numerator, double value, const QString& currency);

// A date in the display locale's short form with a four-digit year ("31.03.2026", "3/31/2026");
// ISO (2026-03-31) in the C locale.
QString date(const QDate& date);
// A percentage in the display locale: "3.2 %", "3,2 %".
QString percent(double value, int decimals = 1);

// A band's label in the user's language: the labels of the default bands (core/kpi/bands.json) are
// translated, labels a user typed are shown as typed.
QString bandLabel(const QString& label);

// Whether a column of an explain-a-number table holds money (in currency): "start MRR", "end MRR",
// "ARR before", "amount", ...; in a table with MRR columns also the movements (new, reactivation,
// expansion, contraction, churn).
bool isMoneyColumn(const QStringList& columns, int column);

} // namespace format
} // namespace tenure
