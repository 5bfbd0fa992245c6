#include "Format.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiMoney.h"

#include <QCoreApplication>
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
    return formatMoney(amount, currency, displayLocale());
}

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return displayLocale().toString(value, 'f', whole ? 0 : 2);
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

QString date(const QDate& date)
{
    if (!date.isValid())
        return {};
    // Tests and scripts run in the C locale: ISO dates there, as the CLI prints them.
    if (QLocale().language() == QLocale::C)
        return date.toString(Qt::ISODate);
    // The short format with a four-digit year: 31.03.2026, 31/03/2026, 3/31/2026.
    QString pattern = displayLocale().dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return displayLocale().toString(date, pattern);
}

QString percent(double value, int decimals)
{
    return displayLocale().toString(value, 'f', decimals) + QStringLiteral(" %");
}

namespace {
// The labels of core/kpi/bands.json, for lupdate; keep in step with that file.
[[maybe_unused]] const char* const defaultBandLabels[] = {
    QT_TRANSLATE_NOOP("tenure::Bands", "low"),
    QT_TRANSLATE_NOOP("tenure::Bands", "too high"),
    QT_TRANSLATE_NOOP("tenure::Bands", "target range"),
    QT_TRANSLATE_NOOP("tenure::Bands", "satisfactory"),
    QT_TRANSLATE_NOOP("tenure::Bands", "outstanding"),
    QT_TRANSLATE_NOOP("tenure::Bands", "net expansion (good)"),
    QT_TRANSLATE_NOOP("tenure::Bands", "needs attention"),
    QT_TRANSLATE_NOOP("tenure::Bands", "losing revenue"),
    QT_TRANSLATE_NOOP("tenure::Bands", "high"),
    QT_TRANSLATE_NOOP("tenure::Bands", "healthy"),
    QT_TRANSLATE_NOOP("tenure::Bands", "great"),
    QT_TRANSLATE_NOOP("tenure::Bands", "good (ACSI)"),
    QT_TRANSLATE_NOOP("tenure::Bands", "excellent"),
    QT_TRANSLATE_NOOP("tenure::Bands", "e-commerce benchmark"),
    QT_TRANSLATE_NOOP("tenure::Bands", "below benchmark"),
    QT_TRANSLATE_NOOP("tenure::Bands", "amazing"),
    QT_TRANSLATE_NOOP("tenure::Bands", "acceptable"),
    QT_TRANSLATE_NOOP("tenure::Bands", "above benchmark"),
};
} // namespace

QString bandLabel(const QString& label)
{
    return QCoreApplication::translate("tenure::Bands", label.toUtf8().constData());
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
    return info.unit == KpiUnit::Money ? money(value, currency)
                                       : formatKpiValue(info, value, currency, displayLocale());
}

} // namespace tenure::format
