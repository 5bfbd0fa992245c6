#include "kpi/KpiCatalogue.h"
#include "kpi/KpiMoney.h"

#include <QCoreApplication>
#include <QLocale>

namespace tenure {

namespace {

using K = DataKind;
using F = KpiFamily;
using U = KpiUnit;

KpiInfo make(const char* id, const char* name, F family, U unit, bool higherIsBetter, bool isRatio,
             bool mrrBased, const char* definition, const char* numerator, const char* denominator,
             QList<DataKind> needs)
{
    // Names are shown in the GUI's language; the catalogue is built on first use, after main()
    // installed the translators (the CLI's machine output carries ids, never names).
    KpiInfo info{QString::fromUtf8(id),
                 QCoreApplication::translate("tenure::KpiCatalogue", name),
                 family,
                 unit,
                 higherIsBetter,
                 isRatio,
                 mrrBased,
                 false,
                 QCoreApplication::translate("tenure::KpiCatalogue", definition),
                 *numerator ? QCoreApplication::translate("tenure::KpiCatalogue", numerator) : QString(),
                 *denominator ? QCoreApplication::translate("tenure::KpiCatalogue", denominator) : QString(),
                 std::move(needs)};
    return info;
}

std::vector<KpiInfo> build()
{
    const QList<DataKind> mrr{K::Revenue, K::Subscriptions};
    std::vector<KpiInfo> all{
        make("mrr", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Monthly recurring revenue"), F::Revenue,
             U::Money, true, false, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Sum of account MRR in the period's last month."), "",
             "", mrr),
        make("arr", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Annual recurring revenue"), F::Revenue,
             U::Money, true, false, true, QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "12 x MRR."), "", "",
             mrr),
        make("customers", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Active customers"), F::Growth, U::Count,
             true, false, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Accounts with MRR > 0 in the period's last month (|E|)."),
             "", "", mrr),
        make("new_customers", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "New customers"), F::Growth, U::Count,
             true, false, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Accounts active at the end of the period that were "
                                                       "not active at its start (|N| = |E \\ S|), "
                                                       "new and reactivated."),
             "", "", mrr),
        make("churned_customers", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Churned customers"),
             F::Retention, U::Count, false, false, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Accounts active at the start of the period (MRR > 0 "
                                                       "in the month before it) and not at its end "
                                                       "(|S \\ E|)."),
             "", "", mrr),
        make("churn_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer churn rate"), F::Retention,
             U::Percent, false, true, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "|S \\ E| / |S|: accounts lost during the period over accounts active at its start."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts lost (S \\ E)"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts active at start (S)"), mrr),
        make("retention_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer retention rate"),
             F::Retention, U::Percent, true, true, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "(|E| - |N|) / |S|: accounts active at the end that were active at the start, over accounts "
                 "active at the start."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts retained (|E| - |N|)"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts active at start (S)"), mrr),
        make("mrr_new", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "New MRR"), F::Revenue, U::Money, true,
             false, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "MRR of accounts going 0 -> x that never paid before, summed over the period's months."),
             "", "", mrr),
        make("mrr_expansion", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Expansion MRR"), F::Revenue,
             U::Money, true, false, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Increase of accounts going x -> y > x (x > 0), summed over the period's months."),
             "", "", mrr),
        make("mrr_contraction", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Contraction MRR"), F::Revenue,
             U::Money, false, false, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Decrease of accounts going x -> y with 0 < y < x, summed over the period's months."),
             "", "", mrr),
        make("mrr_churn", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Churned MRR"), F::Retention, U::Money,
             false, false, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "MRR of accounts going x -> 0, summed over the period's months."),
             "", "", mrr),
        make("mrr_reactivation", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Reactivation MRR"), F::Revenue,
             U::Money, true, false, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "MRR of accounts going 0 -> x that paid before, summed over the period's months."),
             "", "", mrr),
        make("net_mrr_churn_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Net MRR churn"), F::Retention,
             U::Percent, false, true, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "(churn + contraction - reactivation - expansion) / MRR at the start of the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "churn + contraction - reactivation - expansion"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "MRR at start"), mrr),
        make("gross_mrr_churn_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Gross MRR churn"),
             F::Retention, U::Percent, false, true, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "(churn + contraction) / MRR at the start of the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "churn + contraction"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "MRR at start"), mrr),
        make("nrr", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Net revenue retention"), F::Retention,
             U::Percent, true, true, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "MRR at the end of the period of the accounts active "
                                                       "at its start (S) / their MRR at the start."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "end MRR of S"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "start MRR of S"), mrr),
        make("grr", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Gross revenue retention"), F::Retention,
             U::Percent, true, true, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Sum over S of min(end, start MRR) / sum over S of start MRR."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "sum over S of min(end, start)"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "start MRR of S"), mrr),
        make("arpa", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Average revenue per account"), F::Revenue,
             U::Money, true, true, true, QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "MRR / active customers."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "MRR"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "active customers"), mrr),
        make("clv", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer lifetime value"), F::Revenue,
             U::Money, true, true, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "ARPA x gross margin / m, m = mean monthly customer churn (fraction) of the up to 12 months "
                 "ending "
                 "with the period's last month that have a churn value."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "ARPA x gross margin"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "mean monthly churn (fraction)"), mrr),
        make("expansion_revenue", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Expansion revenue"), F::Growth,
             U::Money, true, false, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Expansion MRR + orders of type add-on, upsell or cross-sell in the period."),
             "", "", {K::Revenue, K::Subscriptions, K::Orders}),
        make(
            "upsell_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Upsell and cross-sell rate"), F::Growth,
            U::Percent, true, true, true,
            QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Accounts in S with an expansion in the period / |S|."),
            QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts in S with expansion"),
            QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts active at start (S)"), mrr),
        make("renewal_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Renewal rate"), F::Retention,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Renewals due in the period that were renewed / renewals due in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "renewed"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "renewals due"), {K::Renewals}),
        make("net_renewal_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Net renewal rate"), F::Retention,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Sum of ARR after of the renewals due in the period (0 when not renewed) / sum of their ARR "
                 "before."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "ARR after"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "ARR before"), {K::Renewals}),
        make("repeat_purchase_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Repeat purchase rate"),
             F::Growth, U::Percent, true, true, false,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Accounts with 2 or more orders up to the end of the period / accounts with 1 or more."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts with 2+ orders"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "accounts with 1+ orders"), {K::Orders}),
        make("average_order_value", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Average order value"),
             F::Growth, U::Money, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Order revenue in the period / orders in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "order revenue"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "orders"), {K::Orders}),
        make("purchase_frequency", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Purchase frequency"), F::Growth,
             U::Ratio, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Orders in the period / accounts ordering in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "orders"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "ordering accounts"), {K::Orders}),
        make("conversion_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Conversion rate"), F::Growth,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Conversions / visitors in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "conversions"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "visitors"), {K::Funnel}),
        make("retention_cost", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer retention cost"),
             F::Retention, U::Money, false, true, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Customer-success costs in the period / retained accounts (|E| - |N|)."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "costs"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "retained accounts"),
             {K::Costs, K::Revenue, K::Subscriptions}),
        make("nps", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Net promoter score"), F::Satisfaction,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "% of NPS answers in the period scoring 9-10 minus % scoring 0-6 (-100 to 100)."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "promoters - detractors"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "NPS answers"), {K::Surveys}),
        make("csat", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer satisfaction"), F::Satisfaction,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "CSAT answers in the period scoring 4-5 on 1-5 / CSAT answers in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "satisfied answers"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "CSAT answers"), {K::Surveys}),
        make("ces", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer effort score"), F::Satisfaction,
             U::Score, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Mean of the CES answers in the period (1-7, higher = easier)."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "sum of scores"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "CES answers"), {K::Surveys}),
        make("fcr_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "First contact resolution"), F::Support,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Tickets resolved in the period with contacts = 1 / tickets resolved in the period with "
                 "contacts >= 1."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "resolved on first contact"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "resolved by an agent"), {K::Tickets}),
        make("self_service_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Self-service rate"), F::Support,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Issues resolved in the period with contacts = 0 / all issues resolved in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "resolved by self-service"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "issues resolved"), {K::Tickets}),
        make("adoption_rate", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Product adoption rate"), F::Adoption,
             U::Percent, true, true, false,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "Signups in the period that have activated / signups in the period."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "activated signups"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "signups"), {K::Signups}),
        make(
            "time_to_value", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Time to value"), F::Adoption, U::Days,
            false, false, false,
            QT_TRANSLATE_NOOP(
                "tenure::KpiCatalogue",
                "Median days from signed_up_at to activated_at of the signups in the period that activated."),
            "", "", {K::Signups}),
        make("quick_ratio", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "SaaS quick ratio"), F::Growth,
             U::Ratio, true, true, true,
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue",
                               "(new + reactivation + expansion MRR) / (churn + contraction MRR)."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "new + reactivation + expansion"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "churn + contraction"), mrr),
        make("health_score", QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "Customer health score"), F::Retention,
             U::Score, true, true, true,
             QT_TRANSLATE_NOOP(
                 "tenure::KpiCatalogue",
                 "Per account, a weighted mean (0-100) of MRR trend, latest NPS, CSAT, ticket load, product "
                 "activation "
                 "and renewal status; components without data drop out and the weights renormalise. The "
                 "global "
                 "score "
                 "is the MRR-weighted mean over active accounts."),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "sum of score x MRR"),
             QT_TRANSLATE_NOOP("tenure::KpiCatalogue", "sum of MRR"),
             {K::Revenue, K::Subscriptions, K::Surveys, K::Tickets, K::Signups, K::Renewals}),
    };
    for (KpiInfo& info : all)
        info.survey = info.id == QLatin1String("nps") || info.id == QLatin1String("csat") ||
                      info.id == QLatin1String("ces");
    return all;
}

} // namespace

const std::vector<KpiInfo>& kpiCatalogue()
{
    static const std::vector<KpiInfo> all = build();
    return all;
}

const KpiInfo* kpiInfo(const QString& id)
{
    for (const KpiInfo& info : kpiCatalogue())
        if (info.id == id)
            return &info;
    return nullptr;
}

QStringList kpiIds()
{
    QStringList ids;
    for (const KpiInfo& info : kpiCatalogue())
        ids << info.id;
    return ids;
}

QString familyName(KpiFamily family)
{
    switch (family) {
    case KpiFamily::Revenue:
        return QCoreApplication::translate("tenure::KpiCatalogue", "Revenue");
    case KpiFamily::Retention:
        return QCoreApplication::translate("tenure::KpiCatalogue", "Retention");
    case KpiFamily::Satisfaction:
        return QCoreApplication::translate("tenure::KpiCatalogue", "Satisfaction");
    case KpiFamily::Support:
        return QCoreApplication::translate("tenure::KpiCatalogue", "Support");
    case KpiFamily::Adoption:
        return QCoreApplication::translate("tenure::KpiCatalogue", "Adoption");
    case KpiFamily::Growth:
        return QCoreApplication::translate("tenure::KpiCatalogue", "Growth");
    }
    return {};
}

QList<KpiFamily> allFamilies()
{
    return {KpiFamily::Revenue, KpiFamily::Retention, KpiFamily::Satisfaction,
            KpiFamily::Support, KpiFamily::Adoption,  KpiFamily::Growth};
}

QString unitName(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Money:
        return QStringLiteral("money");
    case KpiUnit::Percent:
        return QStringLiteral("percent");
    case KpiUnit::Count:
        return QStringLiteral("count");
    case KpiUnit::Days:
        return QStringLiteral("days");
    case KpiUnit::Ratio:
        return QStringLiteral("ratio");
    case KpiUnit::Score:
        return QStringLiteral("score");
    }
    return {};
}

QString formatKpiValue(const KpiInfo& info, double value, const QString& currency)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return formatKpiValue(info, value, currency, english);
}

QString formatKpiValue(const KpiInfo& info, double value, const QString& currency, const QLocale& locale)
{
    switch (info.unit) {
    case KpiUnit::Money:
        return formatMoney(value, currency, locale); // one rule for money everywhere (KpiMoney.h)
    case KpiUnit::Percent:
        return locale.toString(value, 'f', 1) + QStringLiteral(" %");
    case KpiUnit::Count:
        return locale.toString(qint64(std::llround(value)));
    case KpiUnit::Days:
        return QCoreApplication::translate("tenure::KpiCatalogue", "%1 days")
            .arg(locale.toString(value, 'f', 1));
    case KpiUnit::Ratio:
        return locale.toString(value, 'f', 2) + QStringLiteral("x");
    case KpiUnit::Score:
        return locale.toString(value, 'f', 1);
    }
    return QString::number(value);
}

} // namespace tenure
