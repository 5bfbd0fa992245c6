#include "Format.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiMoney.h"

#include <QLocale>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tenure::format {

QString currencySymbol(const QString& currency)
{
    return tenure::currencySymbol(currency);
}

QString money(double amount, const QString& currency)
{
    return formatMoney(amount, currency);
}

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 2);
}

QString ratioPart(const QString& kpi, bool numerator, double value, const QString& currency)
{
    // From the catalogue's numerator and denominator labels.
    static const QSet<QString> both{QStringLiteral("net_mrr_churn_rate"),
                                    QStringLiteral("gross_mrr_churn_rate"),
                                    QStringLiteral("nrr"),
                                    QStringLiteral("grr"),
                                    QStringLiteral("net_renewal_rate"),
                                    QStringLiteral("quick_ratio")};
    static const QSet<QString> numeratorOnly{QStringLiteral("arpa"), QStringLiteral("clv"),
                                             QStringLiteral("average_order_value"),
                                             QStringLiteral("retention_cost")};
    static const QSet<QString> denominatorOnly{QStringLiteral("health_score")};
    const bool money = both.contains(kpi) || (numerator ? numeratorOnly : denominatorOnly).contains(kpi);
    return money ? format::money(value, currency) : number(value);
}

bool isMoneyColumn(const QStringList& columns, int column)
{
    const QString name = columns.value(column);
    static const QRegularExpression money(QStringLiteral("\\b(MRR|ARR|amount|revenue|cost|costs)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (money.match(name).hasMatch())
        return true;
    static const QStringList movements{QStringLiteral("new"), QStringLiteral("reactivation"),
                                       QStringLiteral("expansion"), QStringLiteral("contraction"),
                                       QStringLiteral("churn")};
    return movements.contains(name) && std::any_of(columns.begin(), columns.end(), [](const QString& c) {
               return money.match(c).hasMatch();
           });
}

QString kpiValue(const KpiInfo& info, double value, const QString& currency)
{
    return info.unit == KpiUnit::Money ? money(value, currency) : formatKpiValue(info, value, currency);
}

} // namespace tenure::format
