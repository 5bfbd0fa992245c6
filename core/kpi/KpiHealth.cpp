#include "kpi/KpiCompute.h"
#include "kpi/KpiEngine.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace tenure::kpidata {

// Per-account event lists (indices into the store's vectors), sorted by day, in CSR form.
struct HealthIndex
{
    // Copies, not indices: each account's rows sit together, so scoring all accounts for every
    // month stays in cache.
    std::vector<int> npsOff, csatOff, ticketOff, signupOff, renewalOff;
    std::vector<SurveyRec> nps, csat;
    std::vector<TicketRec> tickets;
    std::vector<SignupRec> signups;
    std::vector<RenewalRec> renewals;
    Range ticketCreated;
};

namespace {

template <typename Rec, typename Pred, typename Day>
void buildCsr(const Store& s, const std::vector<Rec>& rows, Pred keep, Day day, std::vector<int>& off,
              std::vector<Rec>& items)
{
    off.assign(s.accounts.size() + 1, 0);
    for (const Rec& r : rows)
        if (r.account >= 0 && keep(r))
            ++off[size_t(r.account) + 1];
    for (size_t i = 1; i < off.size(); ++i)
        off[i] += off[i - 1];
    items.assign(size_t(off.back()), Rec());
    std::vector<int> fill(off.begin(), off.end() - 1);
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].account >= 0 && keep(rows[i]))
            items[size_t(fill[size_t(rows[i].account)]++)] = rows[i];
    for (size_t a = 0; a < s.accounts.size(); ++a)
        std::stable_sort(items.begin() + off[a], items.begin() + off[a + 1],
                         [&](const Rec& x, const Rec& y) { return day(x) < day(y); });
}

double clamp100(double v)
{
    return std::clamp(v, 0.0, 100.0);
}

QString money(double cents)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(cents / 100.0, 'f', 0);
}

} // namespace

std::shared_ptr<HealthIndex> buildHealthIndex(const Store& s)
{
    auto index = std::make_shared<HealthIndex>();
    auto surveyDay = [](const SurveyRec& r) { return r.day; };
    buildCsr(
        s, s.surveys, [](const SurveyRec& r) { return r.type == Nps; }, surveyDay, index->npsOff, index->nps);
    buildCsr(
        s, s.surveys, [](const SurveyRec& r) { return r.type == Csat; }, surveyDay, index->csatOff,
        index->csat);
    buildCsr(
        s, s.tickets, [](const TicketRec&) { return true; }, [](const TicketRec& r) { return r.createdDay; },
        index->ticketOff, index->tickets);
    buildCsr(
        s, s.signups, [](const SignupRec&) { return true; }, [](const SignupRec& r) { return r.day; },
        index->signupOff, index->signups);
    buildCsr(
        s, s.renewals, [](const RenewalRec& r) { return !r.pending; }, [](const RenewalRec& r) { return r.day; },
        index->renewalOff, index->renewals);
    for (const TicketRec& t : s.tickets)
        index->ticketCreated.add(t.createdMonth);
    return index;
}

// Components (each 0-100):
//   mrr_trend  MRR now against 3 months before: 75 when flat, +-12.5 per 10 % change (clamped);
//              no value when the account had no MRR 3 months before (new accounts).
//   nps        the latest NPS answer of the last 12 months x 10.
//   csat       mean CSAT answer of the last 6 months, 1 -> 0 and 5 -> 100.
//   tickets    100 - 20 per ticket opened in the last 90 days; no value when the workspace has no
//              tickets up to that month.
//   activation share of the account's signups up to then that had activated by then.
//   renewal    the latest renewal due up to then: renewed at the same or more ARR 100, renewed at
//              less 60, not renewed 0.
namespace {

// The six component scores of an account as of a month (nullopt: no data), in componentIds() order;
// details only when asked (the dashboard), not for the bulk scores of the KPI and the backtest.
void componentScores(const Store& s, const HealthIndex& index, int a, MonthIndex month,
                     std::array<std::optional<double>, 6>& scores, std::array<QString, 6>* details)
{
    const bool withDetail = details != nullptr;
    const int endDay = int(lastDayOf(month).toJulianDay());
    int slot = 0;
    auto add = [&](const char*, std::optional<double> score, QString detail) {
        scores[size_t(slot)] = score;
        if (details)
            (*details)[size_t(slot)] = std::move(detail);
        ++slot;
    };

    // MRR trend
    {
        std::optional<double> score;
        QString detail;
        const MonthIndex before = month - 3;
        if (s.mrrRange.valid && before >= s.mrrRange.first) {
            const double x = s.mrrAt(a, before), y = s.mrrAt(a, month);
            if (x > 0) {
                score = clamp100(75.0 + 125.0 * (y / x - 1.0));
                if (withDetail)
                    detail = QStringLiteral("MRR %1 -> %2 over 3 months").arg(money(x), money(y));
            }
        }
        add("mrr_trend", score, detail);
    }
    // Latest NPS of the last 12 months
    {
        std::optional<double> score;
        QString detail;
        for (int i = index.npsOff[size_t(a) + 1] - 1; i >= index.npsOff[size_t(a)]; --i) {
            const SurveyRec& r = index.nps[size_t(i)];
            if (r.day > endDay)
                continue;
            if (r.day > endDay - 365) {
                score = clamp100(r.score * 10.0);
                if (withDetail)
                    detail = QStringLiteral("NPS answer %1 on %2")
                                 .arg(r.score)
                                 .arg(QDate::fromJulianDay(r.day).toString(Qt::ISODate));
            }
            break;
        }
        add("nps", score, detail);
    }
    // CSAT of the last 6 months
    {
        double sum = 0;
        int n = 0;
        for (int i = index.csatOff[size_t(a)]; i < index.csatOff[size_t(a) + 1]; ++i) {
            const SurveyRec& r = index.csat[size_t(i)];
            if (r.day <= endDay && r.day > endDay - 182) {
                sum += r.score;
                ++n;
            }
        }
        std::optional<double> score;
        if (n > 0)
            score = clamp100((sum / n - 1.0) / 4.0 * 100.0);
        add("csat", score,
            n && withDetail
                ? QStringLiteral("mean CSAT %1 of %2 answers in 6 months").arg(sum / n, 0, 'f', 1).arg(n)
                : QString());
    }
    // Ticket load of the last 90 days
    {
        std::optional<double> score;
        int n = 0;
        if (index.ticketCreated.valid && index.ticketCreated.first <= month) {
            for (int i = index.ticketOff[size_t(a)]; i < index.ticketOff[size_t(a) + 1]; ++i) {
                const TicketRec& r = index.tickets[size_t(i)];
                if (r.createdDay <= endDay && r.createdDay > endDay - 90)
                    ++n;
            }
            score = clamp100(100.0 - 20.0 * n);
        }
        add("tickets", score,
            score && withDetail ? QStringLiteral("%1 tickets in 90 days").arg(n) : QString());
    }
    // Product activation
    {
        int total = 0, activated = 0;
        for (int i = index.signupOff[size_t(a)]; i < index.signupOff[size_t(a) + 1]; ++i) {
            const SignupRec& r = index.signups[size_t(i)];
            if (r.day > endDay)
                break;
            ++total;
            if (r.activatedDay >= 0 && r.activatedDay <= endDay)
                ++activated;
        }
        std::optional<double> score;
        if (total > 0)
            score = 100.0 * activated / total;
        add("activation", score,
            total && withDetail ? QStringLiteral("%1 of %2 signups activated").arg(activated).arg(total)
                                : QString());
    }
    // Renewal status
    {
        std::optional<double> score;
        QString detail;
        for (int i = index.renewalOff[size_t(a) + 1] - 1; i >= index.renewalOff[size_t(a)]; --i) {
            const RenewalRec& r = index.renewals[size_t(i)];
            if (r.day > endDay)
                continue;
            score = !r.renewed ? 0.0 : (r.arrAfter >= r.arrBefore ? 100.0 : 60.0);
            if (withDetail)
                detail = QStringLiteral("%1 on %2")
                             .arg(r.renewed ? QStringLiteral("renewed") : QStringLiteral("not renewed"),
                                  QDate::fromJulianDay(r.day).toString(Qt::ISODate));
            break;
        }
        add("renewal", score, detail);
    }
}

} // namespace

std::optional<double> healthScore(const Store& s, const HealthIndex& index, int a, MonthIndex month,
                                  const std::array<double, 6>& weights)
{
    std::array<std::optional<double>, 6> scores;
    componentScores(s, index, a, month, scores, nullptr);
    double wsum = 0, sum = 0;
    for (size_t i = 0; i < 6; ++i)
        if (scores[i] && weights[i] > 0) {
            wsum += weights[i];
            sum += weights[i] * *scores[i];
        }
    if (wsum <= 0)
        return std::nullopt;
    return sum / wsum;
}

void healthSeries(const Store& s, const HealthIndex& index, int a, MonthIndex first, MonthIndex last,
                  const std::array<double, 6>& weights, const std::vector<int>& endDays, double* out)
{
    // The same components as componentScores(), month after month: each window's bounds only move
    // forward, so each of the account's rows is passed a bounded number of times.
    const size_t ua = size_t(a);
    int nps = index.npsOff[ua];
    int csatLo = index.csatOff[ua], csatHi = csatLo;
    int ticketLo = index.ticketOff[ua], ticketHi = ticketLo;
    int signup = index.signupOff[ua];
    int renewal = index.renewalOff[ua];
    for (MonthIndex month = first; month <= last; ++month) {
        const size_t k = size_t(month - first);
        out[k] = std::nan("");
        const int endDay = endDays[k];
        // The windows move even in inactive months, so they stay in step.
        while (nps < index.npsOff[ua + 1] && index.nps[size_t(nps)].day <= endDay)
            ++nps;
        while (csatHi < index.csatOff[ua + 1] && index.csat[size_t(csatHi)].day <= endDay)
            ++csatHi;
        while (csatLo < csatHi && index.csat[size_t(csatLo)].day <= endDay - 182)
            ++csatLo;
        while (ticketHi < index.ticketOff[ua + 1] && index.tickets[size_t(ticketHi)].createdDay <= endDay)
            ++ticketHi;
        while (ticketLo < ticketHi && index.tickets[size_t(ticketLo)].createdDay <= endDay - 90)
            ++ticketLo;
        while (signup < index.signupOff[ua + 1] && index.signups[size_t(signup)].day <= endDay)
            ++signup;
        while (renewal < index.renewalOff[ua + 1] && index.renewals[size_t(renewal)].day <= endDay)
            ++renewal;
        const double y = s.mrrAt(a, month);
        if (y <= 0)
            continue;

        std::array<std::optional<double>, 6> scores;
        const MonthIndex before = month - 3;
        if (s.mrrRange.valid && before >= s.mrrRange.first) {
            const double x = s.mrrAt(a, before);
            if (x > 0)
                scores[0] = clamp100(75.0 + 125.0 * (y / x - 1.0));
        }
        if (nps > index.npsOff[ua]) {
            const SurveyRec& r = index.nps[size_t(nps - 1)];
            if (r.day > endDay - 365)
                scores[1] = clamp100(r.score * 10.0);
        }
        if (csatHi > csatLo) {
            double sum = 0;
            for (int i = csatLo; i < csatHi; ++i)
                sum += index.csat[size_t(i)].score;
            scores[2] = clamp100((sum / (csatHi - csatLo) - 1.0) / 4.0 * 100.0);
        }
        if (index.ticketCreated.valid && index.ticketCreated.first <= month)
            scores[3] = clamp100(100.0 - 20.0 * (ticketHi - ticketLo));
        if (const int total = signup - index.signupOff[ua]; total > 0) {
            int activated = 0;
            for (int i = index.signupOff[ua]; i < signup; ++i) {
                const SignupRec& r = index.signups[size_t(i)];
                if (r.activatedDay >= 0 && r.activatedDay <= endDay)
                    ++activated;
            }
            scores[4] = 100.0 * activated / total;
        }
        if (renewal > index.renewalOff[ua]) {
            const RenewalRec& r = index.renewals[size_t(renewal - 1)];
            scores[5] = !r.renewed ? 0.0 : (r.arrAfter >= r.arrBefore ? 100.0 : 60.0);
        }
        double wsum = 0, sum = 0;
        for (size_t i = 0; i < 6; ++i)
            if (scores[i] && weights[i] > 0) {
                wsum += weights[i];
                sum += weights[i] * *scores[i];
            }
        if (wsum > 0)
            out[k] = sum / wsum;
    }
}

std::array<double, 6> healthWeights(const HealthConfig& config)
{
    std::array<double, 6> w{};
    const QStringList ids = HealthConfig::componentIds();
    for (int i = 0; i < 6; ++i)
        w[size_t(i)] = config.weights.value(ids.at(i), 0);
    return w;
}

AccountHealth accountHealth(const Store& s, const HealthIndex& index, int a, MonthIndex month,
                            const HealthConfig& config, bool withDetail)
{
    AccountHealth h;
    const AccountRec& rec = s.accounts[size_t(a)];
    h.accountId = rec.id;
    h.accountKey = rec.key;
    h.name = rec.name;
    h.mrr = s.mrrAt(a, month) / 100.0;
    std::array<std::optional<double>, 6> scores;
    std::array<QString, 6> details;
    componentScores(s, index, a, month, scores, withDetail ? &details : nullptr);
    const QStringList ids = HealthConfig::componentIds();
    const std::array<double, 6> weights = healthWeights(config);
    double wsum = 0, sum = 0;
    for (size_t i = 0; i < 6; ++i)
        if (scores[i] && weights[i] > 0) {
            wsum += weights[i];
            sum += weights[i] * *scores[i];
        }
    for (size_t i = 0; i < 6; ++i) {
        HealthComponent c;
        c.id = ids.at(int(i));
        c.score = scores[i];
        c.weight = (scores[i] && weights[i] > 0 && wsum > 0) ? weights[i] / wsum : 0;
        c.detail = details[i];
        h.components << c;
    }
    if (wsum > 0) {
        h.score = sum / wsum;
        h.band = config.bandOf(*h.score);
    }
    if (withDetail) {
        QList<const HealthComponent*> low;
        for (const HealthComponent& c : h.components)
            if (c.score && c.weight > 0 && *c.score < config.amberBelow)
                low << &c;
        std::sort(low.begin(), low.end(), [](auto* x, auto* y) { return *x->score < *y->score; });
        for (auto* c : low)
            h.drags << c->id;
    }
    return h;
}

} // namespace tenure::kpidata

namespace tenure {

using namespace kpidata;

HealthReport KpiEngine::health(std::optional<MonthIndex> month, const HealthConfig* config)
{
    refresh();
    HealthReport report;
    const Store& s = m_data->store;
    if (!s.mrrRange.valid)
        return report;
    const HealthConfig cfg = config ? *config : healthConfig();
    const MonthIndex m = month.value_or(s.mrrRange.last);
    report.month = m;
    report.bandCounts = {
        {QStringLiteral("red"), 0}, {QStringLiteral("amber"), 0}, {QStringLiteral("green"), 0}};
    const HealthIndex& index = m_data->index();
    double num = 0, den = 0;
    for (size_t a = 0; a < s.accounts.size(); ++a) {
        const double y = s.mrrAt(int(a), m);
        if (y <= 0)
            continue;
        AccountHealth h = accountHealth(s, index, int(a), m, cfg, true);
        if (h.score) {
            num += *h.score * y;
            den += y;
            report.bandCounts[h.band] += 1;
        }
        report.accounts << h;
    }
    if (den > 0)
        report.globalScore = num / den;
    std::stable_sort(report.accounts.begin(), report.accounts.end(),
                     [](const AccountHealth& x, const AccountHealth& y) {
                         return x.score.value_or(101) < y.score.value_or(101);
                     });
    return report;
}

QList<AccountHealth> KpiEngine::atRisk(std::optional<MonthIndex> month, int limit, const HealthConfig* config)
{
    const HealthReport report = health(month, config);
    QList<AccountHealth> red;
    for (const AccountHealth& h : report.accounts)
        if (h.band == QLatin1String("red"))
            red << h;
    std::stable_sort(red.begin(), red.end(),
                     [](const AccountHealth& x, const AccountHealth& y) { return x.mrr > y.mrr; });
    if (limit >= 0 && red.size() > limit)
        red = red.mid(0, limit);
    return red;
}

QList<BacktestRow> KpiEngine::healthBacktest(const HealthConfig* config)
{
    refresh();
    QList<BacktestRow> rows;
    const Store& s = m_data->store;
    if (!s.mrrRange.valid)
        return rows;
    const HealthConfig cfg = config ? *config : healthConfig();
    const QStringList bands{QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")};
    for (MonthIndex m = s.mrrRange.first; m + 3 <= s.mrrRange.last; ++m) {
        const std::vector<double>& matrix = m_data->healthScores(cfg);
        auto score = [&](size_t a) { return matrix[a * size_t(s.months) + size_t(m - s.mrrRange.first)]; };
        int accounts[3] = {0, 0, 0}, churned[3] = {0, 0, 0};
        for (size_t a = 0; a < s.accounts.size(); ++a) {
            const double value = score(a);
            if (std::isnan(value))
                continue;
            // As HealthConfig::bandOf(), without a string per account and month.
            const int b = value < cfg.redBelow ? 0 : (value < cfg.amberBelow ? 1 : 2);
            ++accounts[b];
            for (MonthIndex k = m + 1; k <= m + 3; ++k) {
                if (s.mrrAt(int(a), k) <= 0) {
                    ++churned[b];
                    break;
                }
            }
        }
        for (int b = 0; b < 3; ++b) {
            BacktestRow row{m, bands.at(b), accounts[b], churned[b], std::nullopt};
            if (accounts[b] > 0)
                row.churnShare = 100.0 * churned[b] / accounts[b];
            rows << row;
        }
    }
    return rows;
}

CohortTable KpiEngine::cohorts(CohortMetric metric, const QString& segmentAttribute,
                               const QString& segmentValue)
{
    refresh();
    CohortTable table;
    table.metric = metric;
    const Store& s = m_data->store;
    if (!segmentAttribute.isEmpty())
        table.segment = segmentValue;
    if (!s.mrrRange.valid)
        return table;
    Segmentation seg;
    if (!makeSegmentation(s, segmentAttribute,
                          segmentAttribute.isEmpty() ? QStringList() : QStringList{segmentValue}, &seg))
        return table;
    const int months = s.months;
    // Per cohort month: accounts, and per month since start the active accounts and MRR.
    std::vector<int> size(size_t(months), 0);
    std::vector<double> active(size_t(months) * size_t(months), 0), mrr(size_t(months) * size_t(months), 0);
    for (size_t a = 0; a < s.accounts.size(); ++a) {
        const double* row = s.mrr.data() + a * size_t(months);
        int first = -1;
        for (int k = 0; k < months; ++k)
            if (row[k] > 0) {
                first = k;
                break;
            }
        if (first < 0 || seg.slotOf(int(a), s.mrrRange.first + first) != 0)
            continue;
        ++size[size_t(first)];
        for (int k = first; k < months; ++k) {
            const size_t at = size_t(first) * size_t(months) + size_t(k - first);
            if (row[k] > 0)
                active[at] += 1;
            mrr[at] += row[k];
        }
    }
    for (int c = 0; c < months; ++c) {
        if (size[size_t(c)] == 0)
            continue;
        CohortRow row;
        row.cohort = s.mrrRange.first + c;
        row.size = size[size_t(c)];
        const double start = mrr[size_t(c) * size_t(months)];
        row.startMrr = start / 100.0;
        for (int k = 0; c + k < months; ++k) {
            const size_t at = size_t(c) * size_t(months) + size_t(k);
            row.values << (metric == CohortMetric::Customers ? 100.0 * active[at] / row.size
                                                             : (start > 0 ? 100.0 * mrr[at] / start : 0.0));
        }
        table.rows << row;
    }
    return table;
}

} // namespace tenure
