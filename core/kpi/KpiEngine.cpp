#include "kpi/KpiEngine.h"

#include "Workspace.h"
#include "kpi/KpiCompute.h"
#include "kpi/KpiLoad.h"
#include "kpi/KpiSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <thread>
#include <tuple>

namespace tenure {

using namespace kpidata;

// ---------------------------------------------------------------------------------------------
// Small public types

const KpiResult* KpiTable::find(const QString& kpi, const Period& period, const QString& segment) const
{
    for (const KpiResult& r : rows)
        if (r.kpi == kpi && r.period == period && r.segment == segment)
            return &r;
    return nullptr;
}

QList<KpiResult> KpiTable::series(const QString& kpi, const QString& segment) const
{
    QList<KpiResult> out;
    for (const KpiResult& r : rows)
        if (r.kpi == kpi && r.segment == segment)
            out << r;
    return out;
}

QStringList kpiProfileNames()
{
    return {QStringLiteral("tenure"), QStringLiteral("chartmogul"), QStringLiteral("baremetrics"),
            QStringLiteral("profitwell")};
}

QString kpiProfileName(KpiProfile profile)
{
    return kpiProfileNames().value(int(profile), QStringLiteral("tenure"));
}

std::optional<KpiProfile> kpiProfileFromName(const QString& name)
{
    const qsizetype i = kpiProfileNames().indexOf(name.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return KpiProfile(i);
}

QString kpiProfileTitle(KpiProfile profile)
{
    switch (profile) {
    case KpiProfile::ChartMogul:
        return QStringLiteral("ChartMogul");
    case KpiProfile::Baremetrics:
        return QStringLiteral("Baremetrics");
    case KpiProfile::ProfitWell:
        return QStringLiteral("ProfitWell");
    default:
        return QStringLiteral("Tenure");
    }
}

QString kpiProfileSummary(KpiProfile profile)
{
    switch (profile) {
    case KpiProfile::ChartMogul:
        return QCoreApplication::translate(
            "tenure::KpiProfile",
            "LTV = ARPA / mean churn of the six months before the current one, without gross margin.");
    case KpiProfile::Baremetrics:
        return QCoreApplication::translate("tenure::KpiProfile",
                                           "Reactivation does not offset churn in net MRR churn and NRR; "
                                           "LTV = ARPA / the last month's churn.");
    case KpiProfile::ProfitWell:
        return QCoreApplication::translate("tenure::KpiProfile",
                                           "LTV = ARPA / (1 - the last month's revenue retention).");
    default:
        return QCoreApplication::translate("tenure::KpiProfile",
                                           "Tenure's own definitions (SPEC.md section 4): LTV = ARPA x gross "
                                           "margin / mean churn of up to 12 months.");
    }
}

QStringList kpiProfileKpis()
{
    return {QStringLiteral("net_mrr_churn_rate"), QStringLiteral("nrr"), QStringLiteral("clv")};
}

QString kpiProfileDefinition(KpiProfile profile, const QString& kpi)
{
    if (kpi == QLatin1String("net_mrr_churn_rate"))
        return profile == KpiProfile::Baremetrics
                   ? QCoreApplication::translate("tenure::KpiProfile",
                                                 "(churn + contraction - expansion) / MRR at start: "
                                                 "reactivation does not offset churn")
                   : QCoreApplication::translate(
                         "tenure::KpiProfile",
                         "(churn + contraction - reactivation - expansion) / MRR at start");
    if (kpi == QLatin1String("nrr"))
        return profile == KpiProfile::Baremetrics
                   ? QCoreApplication::translate("tenure::KpiProfile",
                                                 "100 % - net MRR churn without reactivation; over a "
                                                 "quarter it also counts accounts that joined during it")
                   : QCoreApplication::translate("tenure::KpiProfile",
                                                 "End MRR of the accounts active at the start / "
                                                 "their start MRR");
    if (kpi == QLatin1String("clv")) {
        switch (profile) {
        case KpiProfile::ChartMogul:
            return QCoreApplication::translate(
                "tenure::KpiProfile",
                "ARPA / mean churn of the 6 months before the last one, no gross margin");
        case KpiProfile::Baremetrics:
            return QCoreApplication::translate("tenure::KpiProfile",
                                               "ARPA / churn of the last month, no gross margin");
        case KpiProfile::ProfitWell:
            return QCoreApplication::translate("tenure::KpiProfile",
                                               "ARPA / (1 - revenue retention of the last month)");
        default:
            return QCoreApplication::translate(
                "tenure::KpiProfile", "ARPA x gross margin / mean churn of the 12 months up to the last one");
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Segmentation

namespace kpidata {

QStringList segmentValuesOf(const Store& s, int attribute)
{
    const Attribute& a = s.attributes[size_t(attribute)];
    QStringList values = a.values;
    bool unknown = std::find(a.value.begin(), a.value.end(), -1) != a.value.end();
    // Rows that have no account fall into "unknown" too.
    auto noAccount = [](const auto& rows) {
        return std::any_of(rows.begin(), rows.end(), [](const auto& r) { return r.account < 0; });
    };
    unknown = unknown || noAccount(s.surveys) || noAccount(s.tickets) || noAccount(s.signups) ||
              !s.funnel.empty() || !s.costs.empty();
    if (unknown)
        values << QStringLiteral("unknown");
    return values;
}

bool makeSegmentation(const Store& s, const QString& attribute, const QStringList& wanted, Segmentation* out)
{
    Segmentation seg;
    seg.store = &s;
    if (attribute.isEmpty()) {
        seg.names << QStringLiteral("all");
        *out = seg;
        return true;
    }
    if (attribute == QLatin1String("account")) {
        seg.byAccount = true;
        seg.accountSlot.assign(s.accounts.size(), -1);
        for (const QString& key : wanted) {
            if (seg.names.contains(key))
                continue;
            const int slot = int(seg.names.size());
            seg.names << key;
            if (key == QLatin1String("unknown"))
                seg.unknownSlot = slot;
            else if (const int a = s.accountOfKey(key); a >= 0)
                seg.accountSlot[size_t(a)] = slot;
        }
        *out = seg;
        return true;
    }
    const int index = s.attributeIndex(attribute);
    if (index < 0)
        return false;
    seg.attribute = index;
    const Attribute& a = s.attributes[size_t(index)];
    const QStringList all = segmentValuesOf(s, index);
    for (const QString& v : wanted.isEmpty() ? all : wanted)
        if (!seg.names.contains(v))
            seg.names << v;
    if (!wanted.isEmpty() && !seg.names.contains(QStringLiteral("unknown")))
        seg.unknownSlot = -1;
    seg.unknownSlot = int(seg.names.indexOf(QStringLiteral("unknown")));
    std::vector<int> valueSlot(size_t(a.values.size()));
    for (int i = 0; i < a.values.size(); ++i)
        valueSlot[size_t(i)] = int(seg.names.indexOf(a.values.at(i)));
    seg.accountSlot.resize(a.value.size());
    for (size_t i = 0; i < a.value.size(); ++i)
        seg.accountSlot[i] = a.value[i] < 0 ? seg.unknownSlot : valueSlot[size_t(a.value[i])];
    if (index == 0)
        seg.planValueSlot = valueSlot;
    *out = seg;
    return true;
}

} // namespace kpidata

// ---------------------------------------------------------------------------------------------
// The computation of one query

namespace {

enum class Id {
    mrr,
    arr,
    customers,
    new_customers,
    churned_customers,
    churn_rate,
    retention_rate,
    mrr_new,
    mrr_expansion,
    mrr_contraction,
    mrr_churn,
    mrr_reactivation,
    net_mrr_churn_rate,
    gross_mrr_churn_rate,
    nrr,
    grr,
    arpa,
    clv,
    expansion_revenue,
    upsell_rate,
    renewal_rate,
    net_renewal_rate,
    repeat_purchase_rate,
    average_order_value,
    purchase_frequency,
    conversion_rate,
    retention_cost,
    nps,
    csat,
    ces,
    fcr_rate,
    self_service_rate,
    adoption_rate,
    time_to_value,
    quick_ratio,
    health_score,
};

std::optional<Id> idOf(const QString& kpi)
{
    const auto& all = kpiCatalogue();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == kpi)
            return Id(i);
    return std::nullopt;
}

struct MonthAgg
{
    double mrr = 0, customers = 0, newM = 0, react = 0, exp = 0, contr = 0, churn = 0;
};

struct PeriodStats
{
    double S = 0, E = 0, retained = 0, churned = 0, startMrr = 0, nrrNum = 0, grrNum = 0, upsell = 0;
    // An account of S: MRR x at the start, yin at the end in the same segment (0 when it left it).
    void addStart(double x, double yin)
    {
        S += 1;
        startMrr += x;
        nrrNum += yin;
        grrNum += std::min(x, yin);
        if (yin > 0)
            retained += 1;
        else
            churned += 1;
    }
};

struct EventAgg
{
    double npsN = 0, npsP = 0, npsD = 0;
    double csatN = 0, csatS = 0;
    double cesN = 0, cesSum = 0, cesSq = 0;
    double resolved = 0, agentResolved = 0, firstContact = 0, selfService = 0;
    double signups = 0, activated = 0;
    double due = 0, renewed = 0, arrBefore = 0, arrAfter = 0;
    double orders = 0, orderRevenue = 0, addOn = 0;
    double visitors = 0, conversions = 0, costs = 0;
    void add(const EventAgg& o)
    {
        npsN += o.npsN, npsP += o.npsP, npsD += o.npsD, csatN += o.csatN, csatS += o.csatS, cesN += o.cesN;
        cesSum += o.cesSum, cesSq += o.cesSq, resolved += o.resolved, agentResolved += o.agentResolved;
        firstContact += o.firstContact, selfService += o.selfService, signups += o.signups;
        activated += o.activated, due += o.due, renewed += o.renewed, arrBefore += o.arrBefore;
        arrAfter += o.arrAfter, orders += o.orders, orderRevenue += o.orderRevenue, addOn += o.addOn;
        visitors += o.visitors, conversions += o.conversions, costs += o.costs;
    }
};

Range unionRange(const Store& s)
{
    Range r;
    auto merge = [&r](const Range& o) {
        if (o.valid) {
            r.add(o.first);
            r.add(o.last);
        }
    };
    merge(s.mrrRange);
    for (const Range& x : s.surveyRange)
        merge(x);
    merge(s.resolvedRange);
    merge(s.signupRange);
    merge(s.orderRange);
    merge(s.funnelRange);
    merge(s.costRange);
    merge(s.renewalRange);
    // Tickets are dated by resolution, but a ticket created earlier still has months on the axis.
    return r;
}

class Calc
{
public:
    Calc(const Store& s, const Segmentation& seg, std::function<const std::vector<double>&()> health,
         std::function<const std::vector<TimeToValue>&()> timeToValue)
        : m_s(s), m_seg(seg), m_health(std::move(health)), m_slots(int(seg.names.size())),
          m_timeToValue(std::move(timeToValue))
    {}

    // --- MRR --------------------------------------------------------------------------------
    // The slot of account a in every MRR month: out[0] for the month before the first, out[k + 1]
    // for month first + k. Constant for every attribute but a plan carried by revenue rows.
    void slotRow(size_t a, int* out) const
    {
        const int months = m_s.months;
        const MonthIndex F = m_s.mrrRange.first;
        if (m_seg.attribute < 0 && !m_seg.byAccount) {
            std::fill(out, out + months + 1, 0);
            return;
        }
        const int fixed = m_seg.accountSlot[a];
        if (m_seg.attribute != 0 || m_s.revenuePlan.empty()) {
            std::fill(out, out + months + 1, fixed);
            return;
        }
        out[0] = m_seg.slotOf(int(a), F - 1);
        const int* plan = m_s.revenuePlan.data() + a * size_t(months);
        for (int k = 0; k < months; ++k)
            out[k + 1] = plan[k] >= 0 ? m_seg.planValueSlot[size_t(plan[k])] : fixed;
    }

    void ensureMrr()
    {
        if (m_mrrDone)
            return;
        m_mrrDone = true;
        const int months = m_s.months;
        if (months == 0)
            return;
        m_agg.assign(size_t(m_slots) * size_t(months), MonthAgg());
        m_expFlag.assign(m_s.accounts.size() * size_t(months), 0);
        // The S/E stats of every single month (m - 1, m) come out of the same pass.
        std::vector<PeriodStats> monthly(size_t(months) * size_t(m_slots));
        std::vector<int> paidIn; // slots in which the account has paid before
        std::vector<int> rowSlots(size_t(months) + 1);
        // An attribute of the account (not a plan carried by revenue rows) keeps each account in one
        // slot: the same sums in the same order as below, without the moves between slots.
        const bool fixedSlots =
            m_seg.attribute < 0 || m_seg.byAccount || m_seg.attribute != 0 || m_s.revenuePlan.empty();
        for (size_t a = 0; fixedSlots && a < m_s.accounts.size(); ++a) {
            const int slot = m_seg.attribute < 0 && !m_seg.byAccount ? 0 : m_seg.accountSlot[a];
            if (slot < 0)
                continue;
            const double* row = m_s.mrr.data() + a * size_t(months);
            quint8* expanded = m_expFlag.data() + a * size_t(months);
            MonthAgg* aggs = m_agg.data() + size_t(slot) * size_t(months);
            bool paid = false; // in this slot before
            double x = 0;
            for (int k = 0; k < months; ++k) {
                const double y = row[k];
                if (y <= 0 && x <= 0)
                    continue;
                MonthAgg& g = aggs[k];
                if (y > 0) {
                    g.mrr += y;
                    g.customers += 1;
                }
                if (x <= 0 && y > 0) {
                    if (paid)
                        g.react += y;
                    else
                        g.newM += y;
                } else if (x > 0 && y <= 0) {
                    g.churn += x;
                } else if (x > 0 && y > x) {
                    g.exp += y - x;
                    expanded[k] = 1;
                } else if (x > 0 && y < x) {
                    g.contr += x - y;
                }
                if (y > 0)
                    paid = true;
                PeriodStats& p = monthly[size_t(k) * size_t(m_slots) + size_t(slot)];
                if (y > 0)
                    p.E += 1;
                if (x > 0) {
                    p.addStart(x, y);
                    if (expanded[k])
                        p.upsell += 1;
                }
                x = y;
            }
        }
        for (size_t a = 0; !fixedSlots && a < m_s.accounts.size(); ++a) {
            const double* row = m_s.mrr.data() + a * size_t(months);
            slotRow(a, rowSlots.data());
            paidIn.clear();
            double x = 0;
            int sx = rowSlots[0];
            for (int k = 0; k < months; ++k) {
                const double y = row[k];
                const int sy = rowSlots[size_t(k) + 1];
                if (y <= 0 && x <= 0) { // inactive before and now: nothing moves
                    sx = sy;
                    continue;
                }
                if (sy >= 0) {
                    MonthAgg& g = m_agg[size_t(sy) * size_t(months) + size_t(k)];
                    if (y > 0) {
                        g.mrr += y;
                        g.customers += 1;
                    }
                    // The segment is its own company: an account's MRR counts in it only in the months
                    // it belongs to it, so moving between segments is churn in one and new (or
                    // reactivation) in the other, and the movement identity holds per segment.
                    const double xin = sx == sy ? x : 0;
                    if (xin <= 0 && y > 0) {
                        if (std::find(paidIn.begin(), paidIn.end(), sy) != paidIn.end())
                            g.react += y;
                        else
                            g.newM += y;
                    } else if (xin > 0 && y <= 0) {
                        g.churn += xin;
                    } else if (xin > 0 && y > xin) {
                        g.exp += y - xin;
                        m_expFlag[a * size_t(months) + size_t(k)] = 1;
                    } else if (xin > 0 && y < xin) {
                        g.contr += xin - y;
                    }
                }
                if (sx >= 0 && sx != sy && x > 0)
                    m_agg[size_t(sx) * size_t(months) + size_t(k)].churn += x;
                if (y > 0 && sy >= 0 && std::find(paidIn.begin(), paidIn.end(), sy) == paidIn.end())
                    paidIn.push_back(sy);
                // As prepareStats() for the period of month k alone.
                PeriodStats* st = monthly.data() + size_t(k) * size_t(m_slots);
                if (y > 0 && sy >= 0)
                    st[sy].E += 1;
                if (x > 0 && sx >= 0) {
                    PeriodStats& p = st[sx];
                    p.addStart(x, sy == sx ? y : 0);
                    if (m_expFlag[a * size_t(months) + size_t(k)]) // set above only when sx == sy
                        p.upsell += 1;
                }
                x = y;
                sx = sy;
            }
        }
        const MonthIndex F = m_s.mrrRange.first;
        for (int k = 0; k < months; ++k)
            m_stats.emplace(std::make_pair(F + k - 1, F + k),
                            std::vector<PeriodStats>(monthly.begin() + ptrdiff_t(k) * m_slots,
                                                     monthly.begin() + ptrdiff_t(k + 1) * m_slots));
    }

    bool mrrExists(const Period& p) const
    {
        return m_s.mrrRange.valid && p.lastMonth >= m_s.mrrRange.first && p.firstMonth <= m_s.mrrRange.last;
    }
    bool mrrPartial(const Period& p) const
    {
        return p.firstMonth < m_s.mrrRange.first || p.lastMonth > m_s.mrrRange.last;
    }
    MonthIndex mrrEnd(const Period& p) const { return std::min(p.lastMonth, m_s.mrrRange.last); }

    const MonthAgg& agg(int slot, MonthIndex m) const
    {
        return m_agg[size_t(slot) * size_t(m_s.months) + size_t(m - m_s.mrrRange.first)];
    }
    MonthAgg sumAgg(int slot, MonthIndex from, MonthIndex to) const
    {
        MonthAgg sum;
        for (MonthIndex m = std::max(from, m_s.mrrRange.first); m <= to; ++m) {
            const MonthAgg& g = agg(slot, m);
            sum.newM += g.newM, sum.react += g.react, sum.exp += g.exp, sum.contr += g.contr,
                sum.churn += g.churn;
        }
        return sum;
    }

    // S, E and what follows from them, per slot, for start month `start` and end month `end`.
    const std::vector<PeriodStats>& stats(MonthIndex start, MonthIndex end)
    {
        auto it = m_stats.find(std::make_pair(start, end));
        if (it != m_stats.end())
            return it->second;
        prepareStats({std::make_pair(start, end)});
        return m_stats.find(std::make_pair(start, end))->second;
    }

    // Computes the stats of many (start, end) pairs in one pass over the accounts: each account's
    // MRR row is read once for all periods instead of once per period (cache misses dominate).
    void prepareStats(std::vector<std::pair<MonthIndex, MonthIndex>> keys)
    {
        ensureMrr();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        keys.erase(
            std::remove_if(keys.begin(), keys.end(), [this](const auto& k) { return m_stats.count(k) > 0; }),
            keys.end());
        if (keys.empty())
            return;
        std::vector<std::vector<PeriodStats>> all(keys.size(),
                                                  std::vector<PeriodStats>(static_cast<size_t>(m_slots)));
        const int months = m_s.months;
        const MonthIndex F = m_s.mrrRange.first;
        std::vector<int> rowSlots(size_t(months) + 1);
        auto mrrAt = [months](const double* row, int k) { return k >= 0 && k < months ? row[k] : 0.0; };
        auto slotAt = [months, &rowSlots](int k) {
            return rowSlots[size_t(std::clamp(k, -1, months - 1) + 1)];
        };
        for (size_t a = 0; a < m_s.accounts.size(); ++a) {
            const double* row = m_s.mrr.data() + a * size_t(months);
            const quint8* expanded = m_expFlag.data() + a * size_t(months);
            slotRow(a, rowSlots.data());
            for (size_t ki = 0; ki < keys.size(); ++ki) {
                const int ks = keys[ki].first - F, ke = keys[ki].second - F;
                const double x = mrrAt(row, ks);
                const double y = mrrAt(row, ke);
                if (x <= 0 && y <= 0)
                    continue;
                std::vector<PeriodStats>& st = all[ki];
                const int sy = y > 0 ? slotAt(ke) : -1;
                if (sy >= 0)
                    st[size_t(sy)].E += 1;
                if (x <= 0)
                    continue;
                const int sx = slotAt(ks);
                if (sx < 0)
                    continue;
                PeriodStats& p = st[size_t(sx)];
                p.addStart(x, sy == sx ? y : 0);
                for (int k = std::max(ks + 1, 0); k <= std::min(ke, months - 1); ++k) {
                    if (expanded[k] && rowSlots[size_t(k) + 1] == sx) {
                        p.upsell += 1;
                        break;
                    }
                }
            }
        }
        for (size_t ki = 0; ki < keys.size(); ++ki)
            m_stats.emplace(keys[ki], std::move(all[ki]));
    }

    // --- Events -------------------------------------------------------------------------------
    void ensureEvents()
    {
        if (m_eventsDone)
            return;
        m_eventsDone = true;
        m_axis = unionRange(m_s);
        if (!m_axis.valid)
            return;
        m_axisMonths = m_axis.last - m_axis.first + 1;
        m_events.assign(size_t(m_slots) * size_t(m_axisMonths), EventAgg());
        auto at = [this](int account, MonthIndex month) -> EventAgg* {
            const int slot = m_seg.slotOf(account, month);
            if (slot < 0 || month < m_axis.first || month > m_axis.last)
                return nullptr;
            return &m_events[size_t(slot) * size_t(m_axisMonths) + size_t(month - m_axis.first)];
        };
        for (const SurveyRec& r : m_s.surveys) {
            EventAgg* g = at(r.account, r.month);
            if (!g)
                continue;
            switch (r.type) {
            case Nps:
                g->npsN += 1;
                g->npsP += r.score >= 9 ? 1 : 0;
                g->npsD += r.score <= 6 ? 1 : 0;
                break;
            case Csat:
                g->csatN += 1;
                g->csatS += r.score >= 4 ? 1 : 0;
                break;
            case Ces:
                g->cesN += 1;
                g->cesSum += r.score;
                g->cesSq += r.score * r.score;
                break;
            }
        }
        for (const TicketRec& r : m_s.tickets) {
            if (r.resolvedDay < 0)
                continue;
            EventAgg* g = at(r.account, r.resolvedMonth);
            if (!g)
                continue;
            g->resolved += 1;
            g->selfService += r.contacts == 0 ? 1 : 0;
            g->agentResolved += r.contacts >= 1 ? 1 : 0;
            g->firstContact += r.contacts == 1 ? 1 : 0;
        }
        for (const SignupRec& r : m_s.signups) {
            if (EventAgg* g = at(r.account, r.month)) {
                g->signups += 1;
                g->activated += r.activatedDay >= 0 ? 1 : 0;
            }
        }
        for (const RenewalRec& r : m_s.renewals) {
            if (r.pending)
                continue; // upcoming: no outcome yet, so no renewal-rate value
            if (EventAgg* g = at(r.account, r.month)) {
                g->due += 1;
                g->renewed += r.renewed ? 1 : 0;
                g->arrBefore += r.arrBefore;
                g->arrAfter += r.arrAfter;
            }
        }
        for (const OrderRec& r : m_s.orders) {
            if (EventAgg* g = at(r.account, r.month)) {
                g->orders += 1;
                g->orderRevenue += r.amount;
                g->addOn += r.addOn ? r.amount : 0;
            }
        }
        for (const FunnelRec& r : m_s.funnel) {
            if (EventAgg* g = at(-1, r.month)) {
                g->visitors += r.visitors;
                g->conversions += r.conversions;
            }
        }
        for (const CostRec& r : m_s.costs)
            if (EventAgg* g = at(-1, r.month))
                g->costs += r.amount;
    }

    EventAgg events(int slot, MonthIndex from, MonthIndex to)
    {
        ensureEvents();
        EventAgg sum;
        if (!m_axis.valid)
            return sum;
        for (MonthIndex m = std::max(from, m_axis.first); m <= std::min(to, m_axis.last); ++m)
            sum.add(m_events[size_t(slot) * size_t(m_axisMonths) + size_t(m - m_axis.first)]);
        return sum;
    }

    // The orders as (month, slot, account), sorted, once per segmentation.
    void ensureOrders()
    {
        if (m_ordersDone)
            return;
        m_ordersDone = true;
        m_orderKeys.reserve(m_s.orders.size());
        for (const OrderRec& r : m_s.orders)
            if (const int sl = m_seg.slotOf(r.account, r.month); sl >= 0)
                m_orderKeys.push_back({r.month, sl, r.account});
        std::sort(m_orderKeys.begin(), m_orderKeys.end());
        // First and second order of each (slot, account) as cumulative counts per slot and month.
        if (m_orderKeys.empty())
            return;
        m_orderFirst = m_orderKeys.front().month;
        m_orderMonths = m_orderKeys.back().month - m_orderFirst + 1;
        m_oneOrMore.assign(size_t(m_slots) * size_t(m_orderMonths), 0);
        m_twoOrMore.assign(size_t(m_slots) * size_t(m_orderMonths), 0);
        std::vector<OrderKey> byAccount = m_orderKeys;
        std::sort(byAccount.begin(), byAccount.end(), [](const OrderKey& x, const OrderKey& y) {
            return std::tie(x.slot, x.account, x.month) < std::tie(y.slot, y.account, y.month);
        });
        for (size_t i = 0; i < byAccount.size();) {
            size_t j = i;
            while (j < byAccount.size() && byAccount[j].slot == byAccount[i].slot &&
                   byAccount[j].account == byAccount[i].account)
                ++j;
            const size_t row = size_t(byAccount[i].slot) * size_t(m_orderMonths);
            m_oneOrMore[row + size_t(byAccount[i].month - m_orderFirst)] += 1;
            if (j - i >= 2)
                m_twoOrMore[row + size_t(byAccount[i + 1].month - m_orderFirst)] += 1;
            i = j;
        }
        for (int sl = 0; sl < m_slots; ++sl)
            for (int k = 1; k < m_orderMonths; ++k) {
                const size_t at = size_t(sl) * size_t(m_orderMonths) + size_t(k);
                m_oneOrMore[at] += m_oneOrMore[at - 1];
                m_twoOrMore[at] += m_twoOrMore[at - 1];
            }
    }

    // Distinct ordering accounts per slot in [from, to] (an account counts in each slot it ordered in).
    double orderingAccounts(int slot, MonthIndex from, MonthIndex to)
    {
        ensureOrders();
        const auto key = std::make_pair(from, to);
        auto it = m_ordering.find(key);
        if (it == m_ordering.end()) {
            const auto lo =
                std::lower_bound(m_orderKeys.begin(), m_orderKeys.end(), OrderKey{from, INT_MIN, INT_MIN});
            const auto hi = std::lower_bound(lo, m_orderKeys.end(), OrderKey{to + 1, INT_MIN, INT_MIN});
            std::vector<std::pair<int, int>> seen; // (slot, account)
            seen.reserve(size_t(hi - lo));
            for (auto o = lo; o != hi; ++o)
                seen.emplace_back(o->slot, o->account);
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
            std::vector<double> counts(static_cast<size_t>(m_slots), 0.0);
            for (const auto& p : seen)
                counts[size_t(p.first)] += 1;
            it = m_ordering.emplace(key, std::move(counts)).first;
        }
        return it->second[size_t(slot)];
    }

    // Accounts with >= 2 and >= 1 orders (counted in the segment of each order's month) up to `end`.
    std::pair<double, double> repeatBuyers(int slot, MonthIndex end)
    {
        ensureOrders();
        if (m_orderKeys.empty() || end < m_orderFirst)
            return {0.0, 0.0};
        const size_t at =
            size_t(slot) * size_t(m_orderMonths) + size_t(std::min(end - m_orderFirst, m_orderMonths - 1));
        return {m_twoOrMore[at], m_oneOrMore[at]};
    }

    void ensureTimeToValue()
    {
        if (m_ttvDone)
            return;
        // The activated signups come sorted by (month, days) from the store's list, so one pass
        // that files them by slot keeps each slot's list sorted the same way: no sort per query.
        m_ttvDone = true;
        m_ttv.assign(size_t(m_slots), {});
        for (const TimeToValue& r : m_timeToValue())
            if (const int sl = m_seg.slotOf(r.account, r.month); sl >= 0)
                m_ttv[size_t(sl)].push_back({r.month, r.days});
    }

    std::optional<double> medianTimeToValue(int slot, MonthIndex from, MonthIndex to)
    {
        ensureTimeToValue();
        const std::vector<MonthDays>& list = m_ttv[size_t(slot)];
        const auto byMonth = [](const MonthDays& x, MonthIndex m) { return x.month < m; };
        const auto lo = std::lower_bound(list.begin(), list.end(), from, byMonth);
        const auto hi = std::lower_bound(lo, list.end(), to + 1, byMonth);
        const size_t n = size_t(hi - lo);
        if (n == 0)
            return std::nullopt;
        if (from == to) // one month: already sorted by days
            return n % 2 ? double(lo[n / 2].days)
                         : (double(lo[n / 2 - 1].days) + double(lo[n / 2].days)) / 2.0;
        std::vector<int> days;
        days.reserve(n);
        for (auto it = lo; it != hi; ++it)
            days.push_back(it->days);
        std::nth_element(days.begin(), days.begin() + n / 2, days.end());
        const double upper = days[n / 2];
        if (n % 2)
            return upper;
        const double lower = *std::max_element(days.begin(), days.begin() + n / 2);
        return (lower + upper) / 2.0;
    }

    // Monthly churn fraction of month m in a slot; nullopt when |S| = 0 or m is outside the MRR data.
    std::optional<double> monthlyChurn(int slot, MonthIndex m)
    {
        if (!m_s.mrrRange.valid || m < m_s.mrrRange.first || m > m_s.mrrRange.last)
            return std::nullopt;
        const PeriodStats& st = stats(m - 1, m)[size_t(slot)];
        if (st.S <= 0)
            return std::nullopt;
        return st.churned / st.S;
    }

    // Sum of score x MRR and of MRR over the scored accounts active in month m, for one slot. Every
    // slot and month comes from one pass over the accounts' rows.
    std::pair<double, double> healthSums(int slot, MonthIndex m)
    {
        const int months = m_s.months;
        if (!m_s.mrrRange.valid || m < m_s.mrrRange.first || m > m_s.mrrRange.last)
            return {0.0, 0.0};
        ensureHealthSums();
        return m_healthSums[size_t(slot) * size_t(months) + size_t(m - m_s.mrrRange.first)];
    }

    void ensureHealthSums()
    {
        const int months = m_s.months;
        if (m_healthSums.empty() && months > 0) {
            const std::vector<double>& scores = m_health();
            m_healthSums.assign(size_t(m_slots) * size_t(months), {0.0, 0.0});
            for (size_t a = 0; a < m_s.accounts.size(); ++a) {
                const double* row = m_s.mrr.data() + a * size_t(months);
                const double* score = scores.data() + a * size_t(months);
                for (int k = 0; k < months; ++k) {
                    if (row[k] <= 0 || std::isnan(score[k]))
                        continue;
                    const int sl = m_seg.slotOf(int(a), m_s.mrrRange.first + k);
                    if (sl < 0)
                        continue;
                    auto& sum = m_healthSums[size_t(sl) * size_t(months) + size_t(k)];
                    sum.first += score[k] * row[k];
                    sum.second += row[k];
                }
            }
        }
    }

    // What a query for these KPIs will need, computed before it in two halves on two threads: the
    // MRR movements and monthly S/E on this one; events, orders, time to value and health on the
    // other. The halves write separate members.
    void prepare(const std::vector<Id>& ids)
    {
        bool mrr = false, events = false, orders = false, ttv = false, health = false;
        for (const Id id : ids) {
            const KpiInfo& info = kpiCatalogue()[size_t(id)];
            mrr = mrr || info.mrrBased;
            events = events || !info.mrrBased || id == Id::expansion_revenue || id == Id::retention_cost;
            orders = orders || id == Id::repeat_purchase_rate || id == Id::purchase_frequency;
            ttv = ttv || id == Id::time_to_value;
            health = health || id == Id::health_score;
        }
        // The events pass is the longest now that the MRR pass of an account attribute is a plain
        // one; the health sums and the time to value (their own members, reading only the store and
        // the engine's lists) go with the MRR, which balances the two halves.
        auto monthly = [&] {
            ensureMrr(); // with the stats of every month
            if (health)
                ensureHealthSums();
            if (ttv)
                ensureTimeToValue();
        };
        const bool trace = qEnvironmentVariableIsSet("TENURE_KPI_TRACE");
        auto rest = [&] {
            QElapsedTimer step;
            step.start();
            double ms[2] = {0, 0};
            auto lap = [&](int i) { ms[i] = double(step.nsecsElapsed()) / 1e6, step.restart(); };
            if (events)
                ensureEvents();
            lap(0);
            if (orders)
                ensureOrders();
            lap(1);
            if (trace)
                qInfo("kpi prepare: events %.1f ms, orders %.1f ms", ms[0], ms[1]);
        };
        const bool split = mrr && (events || orders || ttv || health) && m_s.accounts.size() >= 2048 &&
                           std::thread::hardware_concurrency() >= 2;
        if (!split)
            return; // computed on demand
        QElapsedTimer timer;
        timer.start();
        double restMs = 0;
        std::thread other([&] {
            QElapsedTimer t;
            t.start();
            rest();
            restMs = double(t.nsecsElapsed()) / 1e6;
        });
        monthly();
        const double monthlyMs = double(timer.nsecsElapsed()) / 1e6;
        other.join();
        if (trace)
            qInfo("kpi prepare: MRR half %.1f ms, events half %.1f ms, both %.1f ms", monthlyMs, restMs,
                  double(timer.nsecsElapsed()) / 1e6);
    }

    const Range& axis()
    {
        ensureEvents();
        return m_axis;
    }

private:
    const Store& m_s;
    const Segmentation& m_seg;
    std::function<const std::vector<double>&()> m_health;
    std::vector<std::pair<double, double>> m_healthSums; // [slot * months + k]
    int m_slots;
    bool m_mrrDone = false;
    std::vector<MonthAgg> m_agg;
    std::vector<quint8> m_expFlag;
    std::map<std::pair<MonthIndex, MonthIndex>, std::vector<PeriodStats>> m_stats;
    bool m_eventsDone = false;
    Range m_axis;
    int m_axisMonths = 0;
    std::vector<EventAgg> m_events;
    std::map<std::pair<MonthIndex, MonthIndex>, std::vector<double>> m_ordering;
    struct OrderKey
    {
        MonthIndex month;
        int slot;
        int account;
        bool operator<(const OrderKey& o) const
        {
            return std::tie(month, slot, account) < std::tie(o.month, o.slot, o.account);
        }
    };
    bool m_ordersDone = false;
    std::vector<OrderKey> m_orderKeys;
    MonthIndex m_orderFirst = 0;
    int m_orderMonths = 0;
    std::vector<double> m_oneOrMore, m_twoOrMore; // [slot * m_orderMonths + k], cumulative
    struct MonthDays
    {
        MonthIndex month;
        int days;
    };
    std::function<const std::vector<TimeToValue>&()> m_timeToValue;
    bool m_ttvDone = false;
    std::vector<std::vector<MonthDays>> m_ttv; // per slot, sorted by (month, days)
};

// The months a KPI has data in.
Range kpiRange(const Store& s, Id id)
{
    switch (id) {
    case Id::nps:
        return s.surveyRange[Nps];
    case Id::csat:
        return s.surveyRange[Csat];
    case Id::ces:
        return s.surveyRange[Ces];
    case Id::fcr_rate:
    case Id::self_service_rate:
        return s.resolvedRange;
    case Id::adoption_rate:
    case Id::time_to_value:
        return s.signupRange;
    case Id::renewal_rate:
    case Id::net_renewal_rate:
        return s.renewalRange;
    case Id::repeat_purchase_rate:
    case Id::average_order_value:
    case Id::purchase_frequency:
        return s.orderRange;
    case Id::conversion_rate:
        return s.funnelRange;
    case Id::retention_cost: {
        // Needs both costs and MRR (retained accounts): the months where both have data.
        Range r;
        if (s.costRange.valid && s.mrrRange.valid) {
            const MonthIndex first = std::max(s.costRange.first, s.mrrRange.first);
            const MonthIndex last = std::min(s.costRange.last, s.mrrRange.last);
            if (first <= last) {
                r.add(first);
                r.add(last);
            }
        }
        return r;
    }
    default:
        return s.mrrRange;
    }
}

void setRatio(KpiResult& r, double num, double den, double scale)
{
    r.numerator = num;
    r.denominator = den;
    if (den != 0)
        r.value = scale * num / den;
}

KpiResult computeOne(Calc& c, const Store& s, Id id, const QString& kpi, const Period& p, int slot,
                     const QString& segment)
{
    KpiResult r;
    r.kpi = kpi;
    r.period = p;
    r.segment = segment;
    const KpiInfo& info = kpiCatalogue()[size_t(id)];
    const KpiProfile profile = KpiProfile(s.profile);
    const Range range = kpiRange(s, id);
    if (!range.valid || p.lastMonth < range.first || p.firstMonth > range.last) {
        r.partial = true; // outside the KPI's data: no value
        return r;
    }
    r.partial = p.firstMonth < range.first || p.lastMonth > range.last;

    if (info.mrrBased) {
        if (!c.mrrExists(p)) {
            r.partial = true;
            return r;
        }
        r.partial = r.partial || c.mrrPartial(p);
        c.ensureMrr();
        const MonthIndex end = c.mrrEnd(p);
        const MonthIndex start = p.firstMonth - 1;
        const MonthAgg& e = c.agg(slot, end);
        const MonthAgg mv = c.sumAgg(slot, p.firstMonth, end);
        const PeriodStats& st = c.stats(start, end)[size_t(slot)];
        switch (id) {
        case Id::mrr:
            r.value = e.mrr / 100.0;
            break;
        case Id::arr:
            r.value = 12.0 * e.mrr / 100.0;
            break;
        case Id::customers:
            r.value = st.E;
            break;
        case Id::new_customers:
            r.value = st.E - st.retained;
            break;
        case Id::churned_customers:
            r.value = st.churned;
            break;
        case Id::churn_rate:
            setRatio(r, st.churned, st.S, 100);
            break;
        case Id::retention_rate:
            setRatio(r, st.E - (st.E - st.retained), st.S, 100);
            break;
        case Id::mrr_new:
            r.value = mv.newM / 100.0;
            break;
        case Id::mrr_expansion:
            r.value = mv.exp / 100.0;
            break;
        case Id::mrr_contraction:
            r.value = mv.contr / 100.0;
            break;
        case Id::mrr_churn:
            r.value = mv.churn / 100.0;
            break;
        case Id::mrr_reactivation:
            r.value = mv.react / 100.0;
            break;
        case Id::net_mrr_churn_rate:
            if (profile == KpiProfile::Baremetrics) // reactivation does not offset churn
                setRatio(r, (mv.churn + mv.contr - mv.exp) / 100.0, st.startMrr / 100.0, 100);
            else
                setRatio(r, (mv.churn + mv.contr - mv.react - mv.exp) / 100.0, st.startMrr / 100.0, 100);
            break;
        case Id::gross_mrr_churn_rate:
            setRatio(r, (mv.churn + mv.contr) / 100.0, st.startMrr / 100.0, 100);
            break;
        case Id::nrr:
            if (profile == KpiProfile::Baremetrics) // 100 % - (churn + contraction - expansion) / start
                setRatio(r, (st.startMrr - mv.churn - mv.contr + mv.exp) / 100.0, st.startMrr / 100.0, 100);
            else
                setRatio(r, st.nrrNum / 100.0, st.startMrr / 100.0, 100);
            break;
        case Id::grr:
            setRatio(r, st.grrNum / 100.0, st.startMrr / 100.0, 100);
            break;
        case Id::arpa:
            setRatio(r, e.mrr / 100.0, st.E, 1);
            break;
        case Id::clv: {
            if (st.E <= 0)
                break;
            const double arpa = e.mrr / 100.0 / st.E;
            if (profile == KpiProfile::Baremetrics) { // ARPA / customer churn of the last month
                if (const auto churn = c.monthlyChurn(slot, end))
                    setRatio(r, arpa, *churn, 1);
                break;
            }
            if (profile == KpiProfile::ProfitWell) { // ARPA / (1 - revenue retention of the last month)
                // No value when nothing was lost (net expansion): a lifetime without end.
                const PeriodStats& last = c.stats(end - 1, end)[size_t(slot)];
                if (last.startMrr > 0 && last.nrrNum < last.startMrr)
                    setRatio(r, arpa, 1.0 - last.nrrNum / last.startMrr, 1);
                break;
            }
            // ChartMogul: the trailing six months before the last one, without gross margin.
            const bool chartMogul = profile == KpiProfile::ChartMogul;
            const MonthIndex from = chartMogul ? end - 6 : end - 11;
            const MonthIndex to = chartMogul ? end - 1 : end;
            double sum = 0;
            int n = 0;
            for (MonthIndex m = from; m <= to; ++m) {
                if (const auto churn = c.monthlyChurn(slot, m)) {
                    sum += *churn;
                    ++n;
                }
            }
            if (n == 0)
                break;
            setRatio(r, chartMogul ? arpa : arpa * s.grossMargin / 100.0, sum / n, 1);
            break;
        }
        case Id::expansion_revenue: {
            const EventAgg ev = c.events(slot, p.firstMonth, end);
            r.value = (mv.exp + ev.addOn) / 100.0;
            break;
        }
        case Id::upsell_rate:
            setRatio(r, st.upsell, st.S, 100);
            break;
        case Id::retention_cost: {
            const EventAgg ev = c.events(slot, p.firstMonth, end);
            setRatio(r, ev.costs / 100.0, st.retained, 1);
            break;
        }
        case Id::quick_ratio:
            setRatio(r, (mv.newM + mv.react + mv.exp) / 100.0, (mv.churn + mv.contr) / 100.0, 1);
            break;
        case Id::health_score: {
            const auto [num, den] = c.healthSums(slot, end);
            setRatio(r, num / 100.0, den / 100.0, 1);
            break;
        }
        default:
            break;
        }
        return r;
    }

    const EventAgg ev = c.events(slot, p.firstMonth, p.lastMonth);
    switch (id) {
    case Id::renewal_rate:
        setRatio(r, ev.renewed, ev.due, 100);
        break;
    case Id::net_renewal_rate:
        setRatio(r, ev.arrAfter / 100.0, ev.arrBefore / 100.0, 100);
        break;
    case Id::repeat_purchase_rate: {
        const auto [two, one] = c.repeatBuyers(slot, p.lastMonth);
        setRatio(r, two, one, 100);
        break;
    }
    case Id::average_order_value:
        setRatio(r, ev.orderRevenue / 100.0, ev.orders, 1);
        break;
    case Id::purchase_frequency:
        setRatio(r, ev.orders, c.orderingAccounts(slot, p.firstMonth, p.lastMonth), 1);
        break;
    case Id::conversion_rate:
        setRatio(r, ev.conversions, ev.visitors, 100);
        break;
    case Id::nps: {
        setRatio(r, ev.npsP - ev.npsD, ev.npsN, 100);
        r.responses = int(ev.npsN);
        if (ev.npsN > 0) {
            const double mean = (ev.npsP - ev.npsD) / ev.npsN;
            const double var = (ev.npsP + ev.npsD) / ev.npsN - mean * mean;
            r.marginOfError = 1.96 * std::sqrt(std::max(0.0, var) / ev.npsN) * 100.0;
        }
        break;
    }
    case Id::csat: {
        setRatio(r, ev.csatS, ev.csatN, 100);
        r.responses = int(ev.csatN);
        if (ev.csatN > 0) {
            const double q = ev.csatS / ev.csatN;
            r.marginOfError = 1.96 * std::sqrt(q * (1 - q) / ev.csatN) * 100.0;
        }
        break;
    }
    case Id::ces: {
        setRatio(r, ev.cesSum, ev.cesN, 1);
        r.responses = int(ev.cesN);
        if (ev.cesN > 0) {
            const double mean = ev.cesSum / ev.cesN;
            const double var = std::max(0.0, ev.cesSq / ev.cesN - mean * mean);
            r.marginOfError = 1.96 * std::sqrt(var) / std::sqrt(ev.cesN);
        }
        break;
    }
    case Id::fcr_rate:
        setRatio(r, ev.firstContact, ev.agentResolved, 100);
        break;
    case Id::self_service_rate:
        setRatio(r, ev.selfService, ev.resolved, 100);
        break;
    case Id::adoption_rate:
        setRatio(r, ev.activated, ev.signups, 100);
        break;
    case Id::time_to_value:
        r.value = c.medianTimeToValue(slot, p.firstMonth, p.lastMonth);
        break;
    default:
        break;
    }
    if (info.survey)
        r.smallSample = r.responses < 30;
    return r;
}

QList<Period> periodsBetween(Grain grain, MonthIndex first, MonthIndex last)
{
    QList<Period> out;
    for (Period p = Period::containing(grain, first); p.firstMonth <= last; p = p.next())
        out << p;
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// KpiEngine

KpiEngine::KpiEngine(Workspace& workspace) : m_workspace(workspace), m_data(std::make_unique<Data>()) {}

KpiEngine::~KpiEngine() = default;

bool KpiEngine::refresh()
{
    Data& d = *m_data;
    if (d.loaded && d.calls > 0)
        return false; // inside a call: its arrays stay (the next call loads what is new)
    // Another as-of month changes the MRR arrays themselves: load again.
    if (d.loaded && d.store.requestedAsOf != wantedAsOf() && d.followData)
        d.loaded = false; // not following: the new as-of month comes with the next adopt()
    // Not following the data: the version loaded counts as current (no read of it either).
    const qint64 version = d.loaded && !d.followData ? d.store.dataVersion : m_workspace.dataVersion();
    if (d.loaded && d.store.dataVersion == version &&
        d.store.grossMargin == m_workspace.grossMarginPercent() &&
        d.store.healthConfigJson == m_workspace.setting(QStringLiteral("health_config")).toString())
        return false;
    // Settings alone changed: keep the arrays, refresh the settings.
    if (d.loaded && d.store.dataVersion == version) {
        d.store.grossMargin = m_workspace.grossMarginPercent();
        d.store.healthConfigJson = m_workspace.setting(QStringLiteral("health_config")).toString();
        d.calcs.clear();
        return true;
    }
    d.clearCaches();
    d.fromSnapshot = load(m_workspace, d.store, d.asOfOverride);
    d.loaded = true;
    return true;
}

QHash<QString, UpcomingRenewal> KpiEngine::upcomingRenewals(MonthIndex month)
{
    const Call call(*this);
    const Store& s = m_data->store;
    const int after = int(lastDayOf(month).toJulianDay());
    QHash<QString, UpcomingRenewal> next;
    for (const RenewalRec& r : s.renewals) {
        if (r.account < 0 || (!r.pending && r.day <= after))
            continue;
        const QString& key = s.accounts[size_t(r.account)].key;
        const QDate due = QDate::fromJulianDay(r.day);
        auto it = next.find(key);
        if (it == next.end() || due < it->due)
            next.insert(key, UpcomingRenewal{due, r.arrBefore / 100.0, r.pending});
    }
    return next;
}

void KpiEngine::setAsOf(std::optional<MonthIndex> month)
{
    if (m_data->asOfOverride != month)
        m_data->loaded = false;
    m_data->asOfOverride = month;
}

void KpiEngine::setProfile(std::optional<KpiProfile> profile)
{
    m_data->profileOverride = profile;
}

KpiProfile KpiEngine::profile()
{
    if (m_data->profileOverride)
        return *m_data->profileOverride;
    return kpiProfileFromName(m_workspace.setting(QStringLiteral("kpi_profile")).toString())
        .value_or(KpiProfile::Tenure);
}

QList<KpiResult> KpiEngine::valueByProfile(const QString& kpi, const Period& period,
                                           const QString& segmentAttribute, const QString& segmentValue)
{
    // compute() sets the store's profile from profile() each time; the calculators do not depend
    // on it, so the four values share the loaded arrays and the cached statistics.
    const std::optional<KpiProfile> saved = m_data->profileOverride;
    QList<KpiResult> out;
    for (qsizetype i = 0; i < kpiProfileNames().size(); ++i) {
        m_data->profileOverride = KpiProfile(i);
        out << value(kpi, period, segmentAttribute, segmentValue);
    }
    m_data->profileOverride = saved;
    return out;
}

std::optional<MonthIndex> KpiEngine::asOf()
{
    const Call call(*this);
    if (!m_data->store.hasAsOf)
        return std::nullopt;
    return m_data->store.asOf;
}

QString KpiEngine::asOfOrigin()
{
    const Call call(*this);
    switch (m_data->store.asOfOrigin) {
    case AsOfFromSetting:
        return QStringLiteral("setting");
    case AsOfFromCommandLine:
        return QStringLiteral("command line");
    default:
        return QStringLiteral("data");
    }
}

void KpiEngine::prepareSnapshot(Workspace& workspace)
{
    if (snapshotPath(workspace).isEmpty())
        return;
    KpiEngine engine(workspace);
    engine.refresh(); // a load of rows saves the snapshot; a valid snapshot is only read
}

bool KpiEngine::loadedFromSnapshot() const
{
    return m_data->loaded && m_data->fromSnapshot;
}

void KpiEngine::invalidate()
{
    m_data->loaded = false;
}

class KpiEngine::Loaded
{
public:
    std::unique_ptr<Data> data;
};

// What an engine was told (its as-of and profile overrides, whether it follows the data) stays
// with the engine when its loaded data goes to another.
void KpiEngine::Data::takeChoicesOf(const Data& other)
{
    asOfOverride = other.asOfOverride;
    profileOverride = other.profileOverride;
    followData = other.followData;
}

std::shared_ptr<KpiEngine::Loaded> KpiEngine::takeLoaded()
{
    const Call call(*this);
    auto loaded = std::make_shared<Loaded>();
    loaded->data = std::exchange(m_data, std::make_unique<Data>());
    m_data->takeChoicesOf(*loaded->data);
    return loaded;
}

void KpiEngine::adopt(const std::shared_ptr<Loaded>& loaded)
{
    if (!loaded || !loaded->data)
        return;
    std::unique_ptr<Data> data = std::move(loaded->data);
    data->takeChoicesOf(*m_data);
    // The computations cached on the data keep pointing into it: it moves as a whole.
    m_data = std::move(data);
}

bool KpiEngine::isLoaded() const
{
    return m_data->loaded;
}

void KpiEngine::setFollowData(bool follow)
{
    m_data->followData = follow;
}

bool KpiEngine::needsLoad()
{
    const Data& d = *m_data;
    return !d.loaded || d.store.dataVersion != m_workspace.dataVersion() ||
           d.store.requestedAsOf != wantedAsOf();
}

std::optional<MonthIndex> KpiEngine::wantedAsOf() const
{
    return m_data->asOfOverride ? m_data->asOfOverride : asOfSetting(m_workspace);
}

const std::vector<double>& KpiEngine::Data::healthScores(const HealthConfig& config)
{
    const QByteArray key = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
    if (key == healthCacheKey && healthCache.size() == store.mrr.size())
        return healthCache;
    healthCacheKey = key;
    const size_t accounts = store.accounts.size();
    const size_t months = size_t(store.months);
    healthCache.assign(accounts * months, std::nan(""));
    if (!store.mrrRange.valid)
        return healthCache;
    // The accounts split over two threads: each writes only its own accounts' rows.
    const MonthIndex first = store.mrrRange.first, last = store.mrrRange.last;
    const HealthComponents resolved = resolveComponents(store, config);
    const HealthIndex& idx = index();
    std::vector<int> endDays;
    for (MonthIndex k = first; k <= last; ++k)
        endDays.push_back(int(lastDayOf(k).toJulianDay()));
    auto score = [&](size_t from, size_t to) {
        for (size_t a = from; a < to; ++a)
            healthSeries(store, idx, int(a), first, last, resolved, endDays, healthCache.data() + a * months);
    };
    if (accounts >= 4096 && std::thread::hardware_concurrency() >= 2) {
        std::thread second(score, accounts / 2, accounts);
        score(0, accounts / 2);
        second.join();
    } else {
        score(0, accounts);
    }
    return healthCache;
}

const std::vector<TimeToValue>& KpiEngine::Data::timeToValue()
{
    if (!timeToValueReady) {
        timeToValueReady = true;
        timeToValueList.clear();
        for (const SignupRec& r : store.signups)
            if (r.activatedDay >= 0)
                timeToValueList.push_back({r.account, r.month, r.activatedDay - r.day});
        std::sort(timeToValueList.begin(), timeToValueList.end(),
                  [](const TimeToValue& x, const TimeToValue& y) {
                      return std::tie(x.month, x.days) < std::tie(y.month, y.days);
                  });
    }
    return timeToValueList;
}

const HealthIndex& KpiEngine::Data::index()
{
    if (!healthIndex)
        healthIndex = buildHealthIndex(store);
    return *healthIndex;
}

namespace kpidata {
struct CalcEntry
{
    Segmentation segmentation;
    std::unique_ptr<Calc> calc;
};
} // namespace kpidata

void KpiEngine::Data::clearCaches()
{
    healthIndex.reset();
    healthCache.clear();
    healthCacheKey.clear();
    timeToValueReady = false;
    timeToValueList.clear();
    calcs.clear();
}

KpiTable KpiEngine::compute(const KpiQuery& query)
{
    const Call call(*this);
    KpiTable table;
    const Store& s = m_data->store;
    Data& d = *m_data;
    const HealthConfig config = healthConfig();
    m_data->store.profile = int(profile());
    // Every value of the attribute is computed (one pass serves all slots), then only the values
    // asked for are reported; a value the attribute does not have gets a computation of its own.
    QStringList wanted = query.segmentValues;
    bool whole = !query.segmentAttribute.isEmpty() && query.segmentAttribute != QLatin1String("account");
    QStringList all;
    if (whole) {
        const int index = s.attributeIndex(query.segmentAttribute);
        if (index < 0)
            return table;
        all = segmentValuesOf(s, index);
        for (const QString& value : wanted)
            whole = whole && all.contains(value);
        if (wanted.isEmpty())
            wanted = all;
    }
    // The key names the slots by value: computeCombined() renames values for one query.
    const QString key =
        QStringLiteral("%1\n%2\n%3\n%4")
            .arg(query.segmentAttribute, whole ? QStringLiteral("whole") : QStringLiteral("some"),
                 (whole ? all : query.segmentValues).join(QLatin1Char('\n')),
                 QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)));
    std::shared_ptr<CalcEntry> entry;
    static const bool noCache = qEnvironmentVariableIsSet("TENURE_KPI_NO_CACHE"); // for profiling
    if (noCache)
        d.calcs.clear();
    for (size_t i = 0; i < d.calcs.size(); ++i)
        if (d.calcs[i].first == key) {
            entry = d.calcs[i].second;
            d.calcs.erase(d.calcs.begin() + qsizetype(i));
            break;
        }
    if (!entry) {
        entry = std::make_shared<CalcEntry>();
        if (!makeSegmentation(s, query.segmentAttribute, whole ? QStringList() : query.segmentValues,
                              &entry->segmentation))
            return table;
        entry->calc = std::make_unique<Calc>(
            s, entry->segmentation,
            [&d, config]() -> const std::vector<double>& { return d.healthScores(config); },
            [&d]() -> const std::vector<TimeToValue>& { return d.timeToValue(); });
    }
    d.calcs.insert(d.calcs.begin(), {key, entry});
    if (d.calcs.size() > 8)
        d.calcs.pop_back();
    const Segmentation& seg = entry->segmentation;
    Calc& calc = *entry->calc;
    if (seg.byAccount && seg.names.isEmpty())
        return table;
    // The slots reported, in the order asked for.
    QList<int> reported;
    if (whole) {
        for (const QString& value : wanted)
            if (!reported.contains(int(seg.names.indexOf(value))))
                reported << int(seg.names.indexOf(value));
    } else {
        for (int slot = 0; slot < seg.names.size(); ++slot)
            reported << slot;
    }
    const QStringList kpis = query.kpis.isEmpty() ? kpiIds() : query.kpis;
    {
        std::vector<Id> ids;
        for (const QString& kpi : kpis)
            if (const auto id = idOf(kpi))
                ids.push_back(*id);
        calc.prepare(ids);
    }
    const bool trace = qEnvironmentVariableIsSet("TENURE_KPI_TRACE");
    QElapsedTimer timer;
    timer.start();
    QString previous;
    auto traceStep = [&](const QString& next) {
        if (trace && !previous.isEmpty() && timer.nsecsElapsed() > 500000)
            qInfo("kpi compute: %s %.1f ms", qPrintable(previous), double(timer.nsecsElapsed()) / 1e6);
        previous = next;
        timer.restart();
    };
    for (const QString& kpi : kpis) {
        traceStep(kpi);
        const auto id = idOf(kpi);
        if (!id)
            continue;
        QList<Period> list;
        if (query.from || query.to) {
            const Range range = kpiRange(s, *id);
            const MonthIndex first = query.from ? query.from->firstMonth : (range.valid ? range.first : 0);
            const MonthIndex last = query.to ? query.to->lastMonth : (range.valid ? range.last : -1);
            if ((query.from || range.valid) && (query.to || range.valid))
                list = periodsBetween(query.grain, first, last);
        } else {
            list = periods(kpi, query.grain);
        }
        if (kpiCatalogue()[size_t(*id)].mrrBased && s.mrrRange.valid) {
            std::vector<std::pair<MonthIndex, MonthIndex>> keys;
            for (const Period& p : list)
                if (p.lastMonth >= s.mrrRange.first && p.firstMonth <= s.mrrRange.last)
                    keys.emplace_back(p.firstMonth - 1, std::min(p.lastMonth, s.mrrRange.last));
            if (*id == Id::clv) // monthly churn of every month
                for (MonthIndex m = s.mrrRange.first; m <= s.mrrRange.last; ++m)
                    keys.emplace_back(m - 1, m);
            calc.prepareStats(keys);
        }
        for (const Period& p : list)
            for (const int slot : reported)
                table.rows << computeOne(calc, s, *id, kpi, p, slot, seg.names.at(slot));
    }
    traceStep({});
    return table;
}

KpiResult KpiEngine::value(const QString& kpi, const Period& period, const QString& segmentAttribute,
                           const QString& segmentValue)
{
    KpiQuery q;
    q.kpis = {kpi};
    q.grain = period.grain;
    q.from = period;
    q.to = period;
    q.segmentAttribute = segmentAttribute;
    if (!segmentAttribute.isEmpty())
        q.segmentValues = {segmentValue};
    const KpiTable t = compute(q);
    if (!t.rows.isEmpty())
        return t.rows.first();
    KpiResult r;
    r.kpi = kpi;
    r.period = period;
    r.segment = segmentAttribute.isEmpty() ? QStringLiteral("all") : segmentValue;
    return r;
}

QList<SegmentAttribute> KpiEngine::segmentAttributes()
{
    const Call call(*this);
    QList<SegmentAttribute> out;
    const Store& s = m_data->store;
    for (size_t i = 0; i < s.attributes.size(); ++i)
        out << SegmentAttribute{s.attributes[i].name, s.attributes[i].custom, segmentValuesOf(s, int(i))};
    return out;
}

QStringList KpiEngine::segmentValues(const QString& attribute)
{
    const Call call(*this);
    const Store& s = m_data->store;
    if (attribute == QLatin1String("account")) {
        QStringList keys;
        for (const AccountRec& a : s.accounts)
            keys << a.key;
        return keys;
    }
    const int index = s.attributeIndex(attribute);
    return index < 0 ? QStringList() : segmentValuesOf(s, index);
}

std::optional<MonthRange> KpiEngine::dataRange(const QString& kpi)
{
    const Call call(*this);
    const auto id = idOf(kpi);
    if (!id)
        return std::nullopt;
    const Range r = kpiRange(m_data->store, *id);
    if (!r.valid)
        return std::nullopt;
    return MonthRange{r.first, r.last};
}

std::optional<MonthRange> KpiEngine::mrrRange()
{
    const Call call(*this);
    const Range& r = m_data->store.mrrRange;
    if (!r.valid)
        return std::nullopt;
    return MonthRange{r.first, r.last};
}

std::optional<MonthRange> KpiEngine::revenueMonths()
{
    const Call call(*this);
    const Range& r = m_data->store.revenueMonths;
    if (!r.valid)
        return std::nullopt;
    return MonthRange{r.first, r.last};
}

QList<Period> KpiEngine::periods(const QString& kpi, Grain grain)
{
    const auto range = dataRange(kpi);
    if (!range)
        return {};
    return periodsBetween(grain, range->first, range->last);
}

HealthConfig KpiEngine::healthConfig()
{
    const Call call(*this);
    const QString json = m_data->store.healthConfigJson;
    if (json.isEmpty())
        return HealthConfig::defaults();
    return HealthConfig::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

void KpiEngine::setHealthConfig(const HealthConfig& config)
{
    m_workspace.setSetting(QStringLiteral("health_config"),
                           QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)));
    refresh();
}

QList<AccountInfo> KpiEngine::accounts()
{
    const Call call(*this);
    QList<AccountInfo> out;
    const Store& s = m_data->store;
    for (size_t a = 0; a < s.accounts.size(); ++a) {
        AccountInfo info{s.accounts[a].id, s.accounts[a].key, s.accounts[a].name, {}};
        for (const Attribute& attr : s.attributes)
            if (attr.value[a] >= 0)
                info.attributes.insert(attr.name, attr.values.at(attr.value[a]));
        out << info;
    }
    return out;
}

std::optional<AccountInfo> KpiEngine::account(const QString& accountKey)
{
    const Call call(*this);
    const Store& s = m_data->store;
    const int a = s.accountOfKey(accountKey);
    if (a < 0)
        return std::nullopt;
    AccountInfo info{s.accounts[size_t(a)].id, s.accounts[size_t(a)].key, s.accounts[size_t(a)].name, {}};
    for (const Attribute& attr : s.attributes)
        if (attr.value[size_t(a)] >= 0)
            info.attributes.insert(attr.name, attr.values.at(attr.value[size_t(a)]));
    return info;
}

} // namespace tenure
