#include "kpi/HealthLab.h"
#include "kpi/KpiCompute.h"
#include "kpi/KpiEngine.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

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
        s, s.renewals, [](const RenewalRec& r) { return !r.pending; },
        [](const RenewalRec& r) { return r.day; }, index->renewalOff, index->renewals);
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
//   attr:NAME  a numeric custom attribute on the component's scale (customScore()).

HealthCursor::HealthCursor(const Store& s, const HealthIndex& index, int account)
    : m_s(s), m_index(index), m_a(size_t(account)), m_nps(index.npsOff[m_a]), m_csatLo(index.csatOff[m_a]),
      m_csatHi(m_csatLo), m_ticketLo(index.ticketOff[m_a]), m_ticketHi(m_ticketLo),
      m_signup(index.signupOff[m_a]), m_renewal(index.renewalOff[m_a])
{}

void HealthCursor::moveTo(MonthIndex month, int endDay)
{
    const HealthIndex& x = m_index;
    const size_t a = m_a;
    m_month = month;
    m_endDay = endDay;
    while (m_nps < x.npsOff[a + 1] && x.nps[size_t(m_nps)].day <= endDay)
        ++m_nps;
    while (m_csatHi < x.csatOff[a + 1] && x.csat[size_t(m_csatHi)].day <= endDay)
        ++m_csatHi;
    while (m_csatLo < m_csatHi && x.csat[size_t(m_csatLo)].day <= endDay - 182)
        ++m_csatLo;
    while (m_ticketHi < x.ticketOff[a + 1] && x.tickets[size_t(m_ticketHi)].createdDay <= endDay)
        ++m_ticketHi;
    while (m_ticketLo < m_ticketHi && x.tickets[size_t(m_ticketLo)].createdDay <= endDay - 90)
        ++m_ticketLo;
    while (m_signup < x.signupOff[a + 1] && x.signups[size_t(m_signup)].day <= endDay)
        ++m_signup;
    while (m_renewal < x.renewalOff[a + 1] && x.renewals[size_t(m_renewal)].day <= endDay)
        ++m_renewal;
}

void HealthCursor::scores(double* out) const
{
    const HealthIndex& x = m_index;
    const size_t a = m_a;
    const int endDay = m_endDay;
    for (int i = 0; i < BuiltinComponents; ++i)
        out[i] = std::nan("");
    const MonthIndex before = m_month - 3;
    if (m_s.mrrRange.valid && before >= m_s.mrrRange.first) {
        const double b = m_s.mrrAt(int(a), before);
        if (b > 0)
            out[0] = clamp100(75.0 + 125.0 * (m_s.mrrAt(int(a), m_month) / b - 1.0));
    }
    if (m_nps > x.npsOff[a]) {
        const SurveyRec& r = x.nps[size_t(m_nps - 1)];
        if (r.day > endDay - 365)
            out[1] = clamp100(r.score * 10.0);
    }
    if (m_csatHi > m_csatLo) {
        double sum = 0;
        for (int i = m_csatLo; i < m_csatHi; ++i)
            sum += x.csat[size_t(i)].score;
        out[2] = clamp100((sum / (m_csatHi - m_csatLo) - 1.0) / 4.0 * 100.0);
    }
    if (x.ticketCreated.valid && x.ticketCreated.first <= m_month)
        out[3] = clamp100(100.0 - 20.0 * (m_ticketHi - m_ticketLo));
    if (const int total = m_signup - x.signupOff[a]; total > 0) {
        int activated = 0;
        for (int i = x.signupOff[a]; i < m_signup; ++i) {
            const SignupRec& r = x.signups[size_t(i)];
            if (r.activatedDay >= 0 && r.activatedDay <= endDay)
                ++activated;
        }
        out[4] = 100.0 * activated / total;
    }
    if (m_renewal > x.renewalOff[a]) {
        const RenewalRec& r = x.renewals[size_t(m_renewal - 1)];
        out[5] = !r.renewed ? 0.0 : (r.arrAfter >= r.arrBefore ? 100.0 : 60.0);
    }
}

QString HealthCursor::detail(int component) const
{
    const HealthIndex& x = m_index;
    const size_t a = m_a;
    const int endDay = m_endDay;
    double score[BuiltinComponents];
    scores(score);
    if (component < 0 || component >= BuiltinComponents || std::isnan(score[component]))
        return {};
    switch (component) {
    case 0:
        return QStringLiteral("MRR %1 -> %2 over 3 months")
            .arg(money(m_s.mrrAt(int(a), m_month - 3)), money(m_s.mrrAt(int(a), m_month)));
    case 1: {
        const SurveyRec& r = x.nps[size_t(m_nps - 1)];
        return QStringLiteral("NPS answer %1 on %2")
            .arg(r.score)
            .arg(QDate::fromJulianDay(r.day).toString(Qt::ISODate));
    }
    case 2: {
        double sum = 0;
        for (int i = m_csatLo; i < m_csatHi; ++i)
            sum += x.csat[size_t(i)].score;
        const int n = m_csatHi - m_csatLo;
        return QStringLiteral("mean CSAT %1 of %2 answers in 6 months").arg(sum / n, 0, 'f', 1).arg(n);
    }
    case 3:
        return QStringLiteral("%1 tickets in 90 days").arg(m_ticketHi - m_ticketLo);
    case 4: {
        int activated = 0;
        for (int i = x.signupOff[a]; i < m_signup; ++i)
            if (x.signups[size_t(i)].activatedDay >= 0 && x.signups[size_t(i)].activatedDay <= endDay)
                ++activated;
        return QStringLiteral("%1 of %2 signups activated").arg(activated).arg(m_signup - x.signupOff[a]);
    }
    default: {
        const RenewalRec& r = x.renewals[size_t(m_renewal - 1)];
        return QStringLiteral("%1 on %2")
            .arg(r.renewed ? QStringLiteral("renewed") : QStringLiteral("not renewed"),
                 QDate::fromJulianDay(r.day).toString(Qt::ISODate));
    }
    }
}

std::vector<double> attributeNumbers(const Store& s, const QString& attribute)
{
    for (const Attribute& attr : s.attributes) {
        if (!attr.custom || attr.name != attribute)
            continue;
        std::vector<double> numbers(attr.values.size());
        for (qsizetype i = 0; i < attr.values.size(); ++i) {
            bool ok = false;
            const double v = QLocale::c().toDouble(attr.values.at(i).trimmed(), &ok);
            numbers[size_t(i)] = ok && std::isfinite(v) ? v : std::nan("");
        }
        std::vector<double> out(s.accounts.size(), std::nan(""));
        for (size_t a = 0; a < out.size(); ++a)
            if (attr.value[a] >= 0)
                out[a] = numbers[size_t(attr.value[a])];
        return out;
    }
    return {};
}

double customScore(const HealthCustomComponent& c, double value)
{
    if (std::isnan(value) || !(c.high > c.low))
        return std::nan("");
    const double t = (value - c.low) / (c.high - c.low) * 100.0;
    return clamp100(c.higherIsBetter ? t : 100.0 - t);
}

HealthComponents resolveComponents(const Store& s, const HealthConfig& config)
{
    HealthComponents r;
    r.ids = config.components();
    for (const QString& id : r.ids)
        r.weights.push_back(config.effectiveWeight(id));
    for (const HealthCustomComponent& c : config.custom) {
        std::vector<double> values = attributeNumbers(s, c.attribute);
        values.resize(s.accounts.size(), std::nan(""));
        for (double& v : values)
            v = customScore(c, v);
        r.custom.push_back(std::move(values));
    }
    return r;
}

void healthSeries(const Store& s, const HealthIndex& index, int a, MonthIndex first, MonthIndex last,
                  const HealthComponents& resolved, const std::vector<int>& endDays, double* out)
{
    HealthCursor cursor(s, index, a);
    const size_t n = resolved.weights.size();
    std::vector<double> scores(n);
    for (size_t j = 0; j < resolved.custom.size(); ++j)
        scores[BuiltinComponents + j] = resolved.custom[j][size_t(a)];
    for (MonthIndex month = first; month <= last; ++month) {
        const size_t k = size_t(month - first);
        // The windows move even in inactive months, so they stay in step.
        cursor.moveTo(month, endDays[k]);
        if (s.mrrAt(a, month) <= 0) {
            out[k] = std::nan("");
            continue;
        }
        cursor.scores(scores.data());
        out[k] = weightedScore(scores.data(), resolved.weights.data(), n);
    }
}

AccountHealth accountHealth(const Store& s, const HealthIndex& index, int a, MonthIndex month,
                            const HealthConfig& config, const HealthComponents& resolved, bool withDetail)
{
    AccountHealth h;
    const AccountRec& rec = s.accounts[size_t(a)];
    h.accountId = rec.id;
    h.accountKey = rec.key;
    h.name = rec.name;
    h.mrr = s.mrrAt(a, month) / 100.0;
    HealthCursor cursor(s, index, a);
    cursor.moveTo(month, int(lastDayOf(month).toJulianDay()));
    const size_t n = resolved.weights.size();
    std::vector<double> scores(n);
    cursor.scores(scores.data());
    for (size_t j = 0; j < resolved.custom.size(); ++j)
        scores[BuiltinComponents + j] = resolved.custom[j][size_t(a)];
    double wsum = 0;
    for (size_t i = 0; i < n; ++i)
        if (!std::isnan(scores[i]) && resolved.weights[i] > 0)
            wsum += resolved.weights[i];
    for (size_t i = 0; i < n; ++i) {
        HealthComponent c;
        c.id = resolved.ids.at(qsizetype(i));
        if (!std::isnan(scores[i]))
            c.score = scores[i];
        c.weight = (c.score && resolved.weights[i] > 0 && wsum > 0) ? resolved.weights[i] / wsum : 0;
        if (withDetail && c.score) {
            if (i < size_t(BuiltinComponents)) {
                c.detail = cursor.detail(int(i));
            } else {
                const HealthCustomComponent& cc = config.custom.at(qsizetype(i) - BuiltinComponents);
                const std::vector<double> values = attributeNumbers(s, cc.attribute);
                c.detail = QStringLiteral("%1 = %2 (%3 scores 0, %4 scores 100)")
                               .arg(cc.attribute, QString::number(values[size_t(a)], 'g', 10),
                                    QString::number(cc.higherIsBetter ? cc.low : cc.high, 'g', 10),
                                    QString::number(cc.higherIsBetter ? cc.high : cc.low, 'g', 10));
            }
        }
        h.components << c;
    }
    const double score = weightedScore(scores.data(), resolved.weights.data(), n);
    if (!std::isnan(score)) {
        h.score = score;
        h.band = config.bandOf(score);
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

std::vector<quint8> backtestStates(const Store& s)
{
    const size_t months = size_t(s.months);
    std::vector<quint8> states(s.accounts.size() * months, 0);
    if (!s.mrrRange.valid)
        return states;
    for (size_t a = 0; a < s.accounts.size(); ++a) {
        const double* row = s.mrr.data() + a * months;
        for (size_t k = 0; k + 3 < months; ++k)
            if (row[k] > 0)
                states[a * months + k] = (row[k + 1] <= 0 || row[k + 2] <= 0 || row[k + 3] <= 0) ? 2 : 1;
    }
    return states;
}

BacktestSummary summarizeBacktest(size_t accounts, int months, MonthIndex first, const double* scores,
                                  const quint8* states, const int* segmentOf, const QStringList& slotNames,
                                  double redBelow, double amberBelow)
{
    // Scores compared at a hundredth of a point: a histogram per group gives the AUC in one pass.
    constexpr int Bins = 10001;
    const int groups = 1 + (segmentOf ? int(slotNames.size()) : 0);
    std::vector<int> churnHist(size_t(groups) * Bins, 0), stayHist(size_t(groups) * Bins, 0);
    std::vector<BacktestGroup> g(static_cast<size_t>(groups));
    const int rowsMonths = std::max(0, months - 3);
    std::vector<int> count(size_t(rowsMonths) * 3, 0), churned(size_t(rowsMonths) * 3, 0);
    for (size_t a = 0; a < accounts; ++a) {
        for (int k = 0; k < rowsMonths; ++k) {
            const size_t at = a * size_t(months) + size_t(k);
            const double v = scores[at];
            const quint8 st = states[at];
            if (st == 0 || std::isnan(v))
                continue;
            const bool churn = st == 2;
            const int band = v < redBelow ? 0 : (v < amberBelow ? 1 : 2);
            ++count[size_t(k) * 3 + size_t(band)];
            churned[size_t(k) * 3 + size_t(band)] += churn;
            const int bin = int(std::clamp(std::lround(v * 100.0), 0L, long(Bins - 1)));
            auto add = [&](int group) {
                BacktestGroup& x = g[size_t(group)];
                ++x.observations;
                x.churned += churn;
                if (band == 0) {
                    ++x.red;
                    x.redChurned += churn;
                } else if (band == 2) {
                    ++x.green;
                    x.greenChurned += churn;
                }
                ++(churn ? churnHist : stayHist)[size_t(group) * Bins + size_t(bin)];
            };
            add(0);
            if (segmentOf && segmentOf[at] >= 0)
                add(1 + segmentOf[at]);
        }
    }
    BacktestSummary out;
    const QStringList bands{QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")};
    for (int k = 0; k < rowsMonths; ++k)
        for (int b = 0; b < 3; ++b) {
            const int n = count[size_t(k) * 3 + size_t(b)], c = churned[size_t(k) * 3 + size_t(b)];
            BacktestRow row{first + k, bands.at(b), n, c, std::nullopt};
            if (n > 0)
                row.churnShare = 100.0 * c / n;
            out.rows << row;
        }
    for (int i = 0; i < groups; ++i) {
        BacktestGroup& x = g[size_t(i)];
        if (i > 0)
            x.segment = slotNames.at(i - 1);
        if (x.red > 0 && x.green > 0 && x.greenChurned > 0)
            x.lift = (double(x.redChurned) / x.red) / (double(x.greenChurned) / x.green);
        const double stays = x.observations - x.churned;
        if (x.churned > 0 && stays > 0) {
            // For each churner: the non-churners scoring above it, plus half of those on its score.
            double above = stays, pairs = 0;
            const int* ch = churnHist.data() + size_t(i) * Bins;
            const int* st = stayHist.data() + size_t(i) * Bins;
            for (int b = 0; b < Bins; ++b) {
                above -= st[b];
                pairs += double(ch[b]) * (above + 0.5 * st[b]);
            }
            x.auc = pairs / (double(x.churned) * stays);
        }
        out.groups << x;
    }
    return out;
}

} // namespace tenure::kpidata

namespace tenure {

using namespace kpidata;

HealthReport KpiEngine::health(std::optional<MonthIndex> month, const HealthConfig* config)
{
    const Call call(*this);
    HealthReport report;
    const Store& s = m_data->store;
    if (!s.mrrRange.valid)
        return report;
    const HealthConfig cfg = config ? *config : healthConfig();
    const HealthComponents resolved = resolveComponents(s, cfg);
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
        AccountHealth h = accountHealth(s, index, int(a), m, cfg, resolved, true);
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
    return healthBacktestSummary(config).rows;
}

BacktestSummary KpiEngine::healthBacktestSummary(const HealthConfig* config, const QString& segmentAttribute)
{
    const Call call(*this);
    const Store& s = m_data->store;
    if (!s.mrrRange.valid)
        return {};
    const HealthConfig cfg = config ? *config : healthConfig();
    const std::vector<double>& scores = m_data->healthScores(cfg);
    const std::vector<quint8> states = backtestStates(s);
    std::vector<int> segmentOf;
    Segmentation seg;
    if (!segmentAttribute.isEmpty() && makeSegmentation(s, segmentAttribute, {}, &seg)) {
        segmentOf.resize(states.size());
        for (size_t a = 0; a < s.accounts.size(); ++a)
            for (int k = 0; k < s.months; ++k)
                segmentOf[a * size_t(s.months) + size_t(k)] = seg.slotOf(int(a), s.mrrRange.first + k);
    }
    return summarizeBacktest(s.accounts.size(), s.months, s.mrrRange.first, scores.data(), states.data(),
                             segmentOf.empty() ? nullptr : segmentOf.data(), seg.names, cfg.redBelow,
                             cfg.amberBelow);
}

QString KpiEngine::healthConfigProblem(const HealthConfig& config)
{
    if (const QString p = config.problem(); !p.isEmpty())
        return p;
    const Call call(*this);
    for (const HealthCustomComponent& c : config.custom) {
        const int index = m_data->store.attributeIndex(c.attribute);
        if (index < 0 || !m_data->store.attributes[size_t(index)].custom)
            return QStringLiteral(
                       "unknown component \"%1\": the workspace has no custom account attribute %2")
                .arg(c.id(), c.attribute);
    }
    return {};
}

QStringList KpiEngine::numericAttributes()
{
    const Call call(*this);
    QStringList out;
    for (const Attribute& attr : m_data->store.attributes) {
        if (!attr.custom)
            continue;
        for (const QString& v : attr.values) {
            bool ok = false;
            QLocale::c().toDouble(v.trimmed(), &ok);
            if (ok) {
                out << attr.name;
                break;
            }
        }
    }
    return out;
}

std::unique_ptr<HealthLab> KpiEngine::healthLab(const QString& segmentAttribute)
{
    const Call call(*this);
    const Store& s = m_data->store;
    HealthLab::Data d;
    d.accounts = s.accounts.size();
    d.months = s.months;
    d.first = s.mrrRange.first;
    if (s.mrrRange.valid) {
        const size_t months = size_t(s.months);
        d.components.assign(d.accounts * months * BuiltinComponents, std::nan(""));
        d.active.assign(d.accounts * months, 0);
        const HealthIndex& idx = m_data->index();
        std::vector<int> endDays;
        for (MonthIndex k = s.mrrRange.first; k <= s.mrrRange.last; ++k)
            endDays.push_back(int(lastDayOf(k).toJulianDay()));
        auto fill = [&](size_t from, size_t to) {
            for (size_t a = from; a < to; ++a) {
                HealthCursor cursor(s, idx, int(a));
                for (size_t k = 0; k < months; ++k) {
                    cursor.moveTo(s.mrrRange.first + MonthIndex(k), endDays[k]);
                    if (s.mrr[a * months + k] <= 0)
                        continue;
                    d.active[a * months + k] = 1;
                    cursor.scores(d.components.data() + (a * months + k) * BuiltinComponents);
                }
            }
        };
        if (d.accounts >= 4096 && std::thread::hardware_concurrency() >= 2) {
            std::thread second(fill, d.accounts / 2, d.accounts);
            fill(0, d.accounts / 2);
            second.join();
        } else {
            fill(0, d.accounts);
        }
        d.states = backtestStates(s);
        Segmentation seg;
        if (!segmentAttribute.isEmpty() && makeSegmentation(s, segmentAttribute, {}, &seg)) {
            d.segmentOf.resize(d.states.size());
            for (size_t a = 0; a < d.accounts; ++a)
                for (size_t k = 0; k < months; ++k)
                    d.segmentOf[a * months + k] = seg.slotOf(int(a), s.mrrRange.first + MonthIndex(k));
            d.slotNames = seg.names;
        }
        for (const QString& name : numericAttributes())
            d.attributes.insert(name, attributeNumbers(s, name));
    }
    d.saved = healthConfig();
    return std::make_unique<HealthLab>(std::move(d));
}

// ---------------------------------------------------------------------------------------------
// HealthLab

HealthLab::HealthLab(Data data) : d(std::move(data)) {}

std::optional<MonthIndex> HealthLab::lastMonth() const
{
    if (d.months <= 0)
        return std::nullopt;
    return d.first + d.months - 1;
}

void HealthLab::score(const HealthConfig& config, bool lastOnly, std::vector<double>& out) const
{
    // lastOnly: out[a] for the last month; else out[a * months + k] for every month.
    const size_t months = size_t(d.months);
    double weights[BuiltinComponents];
    const QStringList builtins = HealthConfig::componentIds();
    for (int i = 0; i < BuiltinComponents; ++i)
        weights[i] = config.effectiveWeight(builtins.at(i));
    std::vector<double> customWeights;
    std::vector<std::vector<double>> custom;
    for (const HealthCustomComponent& c : config.custom) {
        customWeights.push_back(config.effectiveWeight(c.id()));
        std::vector<double> v = d.attributes.value(c.attribute);
        v.resize(d.accounts, std::nan(""));
        for (double& x : v)
            x = customScore(c, x);
        custom.push_back(std::move(v));
    }
    out.assign(lastOnly ? d.accounts : d.accounts * months, std::nan(""));
    if (months == 0)
        return;
    // As weightedScore() over the built-ins then the custom components, in that order, so the
    // scores are those of the engine to the last bit; without copying each account-month's row.
    auto run = [&](size_t from, size_t to) {
        for (size_t a = from; a < to; ++a) {
            for (size_t k = lastOnly ? months - 1 : 0; k < months; ++k) {
                const size_t at = a * months + k;
                if (!d.active[at])
                    continue;
                const double* c = d.components.data() + at * BuiltinComponents;
                double wsum = 0, sum = 0;
                for (int i = 0; i < BuiltinComponents; ++i)
                    if (!std::isnan(c[i]) && weights[i] > 0) {
                        wsum += weights[i];
                        sum += weights[i] * c[i];
                    }
                for (size_t j = 0; j < custom.size(); ++j) {
                    const double v = custom[j][a];
                    if (!std::isnan(v) && customWeights[j] > 0) {
                        wsum += customWeights[j];
                        sum += customWeights[j] * v;
                    }
                }
                out[lastOnly ? a : at] = wsum > 0 ? sum / wsum : std::nan("");
            }
        }
    };
    // Two threads over halves of the accounts (each writes its own rows) when it is worth it.
    if (!lastOnly && d.accounts >= 4096 && std::thread::hardware_concurrency() >= 2) {
        std::thread second(run, d.accounts / 2, d.accounts);
        run(0, d.accounts / 2);
        second.join();
    } else {
        run(0, d.accounts);
    }
}

BacktestSummary HealthLab::backtest(const HealthConfig& config) const
{
    if (d.months <= 0)
        return {};
    score(config, false, m_scores);
    return summarizeBacktest(d.accounts, d.months, d.first, m_scores.data(), d.states.data(),
                             d.segmentOf.empty() ? nullptr : d.segmentOf.data(), d.slotNames, config.redBelow,
                             config.amberBelow);
}

HealthLab::BandChanges HealthLab::bandChanges(const HealthConfig& from, const HealthConfig& to) const
{
    BandChanges out;
    if (d.months <= 0)
        return out;
    std::vector<double> before, after;
    score(from, true, before);
    score(to, true, after);
    const size_t months = size_t(d.months);
    for (size_t a = 0; a < d.accounts; ++a) {
        if (!d.active[a * months + months - 1])
            continue;
        ++out.active;
        const QString x = std::isnan(before[a]) ? QString() : from.bandOf(before[a]);
        const QString y = std::isnan(after[a]) ? QString() : to.bandOf(after[a]);
        if (x != y) {
            ++out.changed;
            out.into[y.isEmpty() ? QStringLiteral("none") : y] += 1;
        }
    }
    return out;
}

std::pair<double, double> HealthLab::attributeRange(const QString& attribute) const
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : d.attributes.value(attribute))
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!(hi > lo))
        return {0.0, 100.0};
    return {lo, hi};
}

std::vector<double> HealthLab::latestScores(const HealthConfig& config) const
{
    std::vector<double> all, out;
    if (d.months <= 0)
        return out;
    score(config, true, all);
    for (double v : all)
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

CohortTable KpiEngine::cohorts(CohortMetric metric, const QString& segmentAttribute,
                               const QString& segmentValue)
{
    const Call call(*this);
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
