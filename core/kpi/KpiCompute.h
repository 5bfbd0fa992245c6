#pragma once

// Internal to the KPI engine: segmentations and the per-query computation.

#include "kpi/KpiData.h"

#include <array>
#include <cmath>
#include <map>
#include <memory>

namespace tenure::kpidata {

// Maps accounts (and rows without one) to result slots: one slot for "all", else one per segment value.
struct Segmentation
{
    QStringList names;
    int attribute = -1; // -1: all
    bool byAccount = false;
    int unknownSlot = -1;           // slot of "unknown" (-1: not asked for)
    std::vector<int> accountSlot;   // per account, from the accounts table
    std::vector<int> planValueSlot; // plan value index -> slot (revenue-row plans)
    const Store* store = nullptr;

    [[gnu::always_inline]] int slotOf(int account, MonthIndex month) const
    {
        if (attribute < 0 && !byAccount)
            return 0;
        if (account < 0)
            return unknownSlot;
        if (attribute == 0 && !store->revenuePlan.empty() && store->mrrRange.valid &&
            month >= store->mrrRange.first && month <= store->mrrRange.last) {
            const int p = store->revenuePlan[size_t(account) * size_t(store->months) +
                                             size_t(month - store->mrrRange.first)];
            if (p >= 0)
                return planValueSlot[size_t(p)];
        }
        return accountSlot[size_t(account)];
    }
};

// Builds the segmentation for an attribute (empty: all; "account": one slot per account key in
// values). values restricts the slots (empty: every value, "unknown" last when it occurs).
// Returns false when the attribute is unknown.
bool makeSegmentation(const Store& s, const QString& attribute, const QStringList& values, Segmentation* out);
// The segment values of an attribute ("unknown" last when some account or row has none).
QStringList segmentValuesOf(const Store& s, int attribute);

} // namespace tenure::kpidata

namespace tenure::kpidata {

struct CalcEntry; // a segmentation with its computation (KpiEngine.cpp)

// An activated signup: its account, month and days from signup to activation.
struct TimeToValue
{
    int account;
    MonthIndex month;
    int days;
};

// Health (KpiHealth.cpp). The component rules live in one place, HealthCursor; the one-month scores
// with their details, the every-month matrix of the KPI and the backtest, and the editor's HealthLab
// all read them from it.
struct HealthIndex; // per-account event lists, built once per load
std::shared_ptr<HealthIndex> buildHealthIndex(const Store& s);

constexpr int BuiltinComponents = 6; // HealthConfig::componentIds() order

// One account's six built-in components, month after month: the windows (12 months of NPS, 6 of
// CSAT, 90 days of tickets, signups and renewals up to the month) only move forward, so each of the
// account's rows is passed a bounded number of times.
class HealthCursor
{
public:
    HealthCursor(const Store& s, const HealthIndex& index, int account);
    // Moves to a month at or after the last one; endDay is the julian day of its last day.
    void moveTo(MonthIndex month, int endDay);
    // The six scores (0-100; NaN: no data) as of the month moved to.
    void scores(double* out) const;
    // What a score is made of ("MRR 1,200 -> 900 over 3 months"); empty without data.
    QString detail(int component) const;

private:
    const Store& m_s;
    const HealthIndex& m_index;
    size_t m_a;
    MonthIndex m_month = 0;
    int m_endDay = 0;
    int m_nps, m_csatLo, m_csatHi, m_ticketLo, m_ticketHi, m_signup, m_renewal;
};

// A configuration resolved against the store: the effective weight of each component (built-ins then
// custom, as HealthConfig::components()) and each custom component's score per account.
struct HealthComponents
{
    QStringList ids;
    std::vector<double> weights;
    std::vector<std::vector<double>> custom; // [custom component][account], NaN: no value
};
HealthComponents resolveComponents(const Store& s, const HealthConfig& config);
// The numbers of a custom attribute per account (NaN: none or not a number); empty when unknown.
std::vector<double> attributeNumbers(const Store& s, const QString& attribute);
// A custom component's score for a value (NaN in, NaN out).
double customScore(const HealthCustomComponent& component, double value);
// The weighted mean of the scores that have data and a positive weight; NaN when none.
inline double weightedScore(const double* scores, const double* weights, size_t n)
{
    double wsum = 0, sum = 0;
    for (size_t i = 0; i < n; ++i)
        if (!std::isnan(scores[i]) && weights[i] > 0) {
            wsum += weights[i];
            sum += weights[i] * scores[i];
        }
    return wsum > 0 ? sum / wsum : std::nan("");
}

AccountHealth accountHealth(const Store& s, const HealthIndex& index, int account, MonthIndex month,
                            const HealthConfig& config, const HealthComponents& resolved, bool withDetail);
// The score for every month first..last at once (out[k] for month first + k; NaN: inactive or no
// component with data). endDays[k]: the julian day of that month's last day.
void healthSeries(const Store& s, const HealthIndex& index, int account, MonthIndex first, MonthIndex last,
                  const HealthComponents& resolved, const std::vector<int>& endDays, double* out);

// Per account-month [a * months + k]: 0 inactive (or no 3 later months), 1 active, 2 active and
// churned (MRR 0 in some month of the next 3). Only months with 3 later months of data count.
std::vector<quint8> backtestStates(const Store& s);
// The backtest of scores [a * months + k] (NaN: not scored): rows per month and band, and the groups
// (all, then per slot when segmentOf is not null: [a * months + k] -> index into slotNames, -1 none).
BacktestSummary summarizeBacktest(size_t accounts, int months, MonthIndex first, const double* scores,
                                  const quint8* states, const int* segmentOf, const QStringList& slotNames,
                                  double redBelow, double amberBelow);

} // namespace tenure::kpidata

namespace tenure {

struct KpiEngine::Data
{
    kpidata::Store store;
    bool loaded = false;
    bool fromSnapshot = false;
    bool followData = true;                    // KpiEngine::setFollowData
    int calls = 0;                             // public calls running (KpiEngine::Call): no reload meanwhile
    std::optional<MonthIndex> asOfOverride;    // KpiEngine::setAsOf
    std::optional<KpiProfile> profileOverride; // KpiEngine::setProfile
    std::shared_ptr<kpidata::HealthIndex> healthIndex;
    QByteArray healthCacheKey;
    std::vector<double> healthCache; // account-major: [a * store.months + (m - mrrRange.first)]

    // Health score per account and MRR month (NaN: inactive or no component with data), account by
    // account like the MRR rows, computed once per configuration and data.
    const std::vector<double>& healthScores(const HealthConfig& config);
    const kpidata::HealthIndex& index();
    // The activated signups sorted by (month, days), built once per load.
    bool timeToValueReady = false;
    std::vector<kpidata::TimeToValue> timeToValueList;
    const std::vector<kpidata::TimeToValue>& timeToValue();
    // The computations of the last few segmentations (the per-month aggregates behind every KPI),
    // most recent first: a filter change that comes back to one of them reuses it. Cleared when
    // the data or a setting changes.
    std::vector<std::pair<QString, std::shared_ptr<kpidata::CalcEntry>>> calcs;
    void clearCaches();
    void takeChoicesOf(const Data& other);
};

// See KpiEngine.h.
class KpiEngine::Call
{
public:
    explicit Call(KpiEngine& engine) : m_data(nullptr)
    {
        engine.refresh();
        m_data = engine.m_data.get();
        ++m_data->calls;
    }
    ~Call() { --m_data->calls; }
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;

private:
    Data* m_data;
};

} // namespace tenure
