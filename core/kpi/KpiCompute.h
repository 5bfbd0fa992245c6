#pragma once

// Internal to the KPI engine: segmentations and the per-query computation.

#include "kpi/KpiData.h"

#include <array>
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

// Health of one account as of a month (components, weighted score); see KpiHealth.cpp.
struct HealthIndex; // per-account event lists, built once per load
std::shared_ptr<HealthIndex> buildHealthIndex(const Store& s);
AccountHealth accountHealth(const Store& s, const HealthIndex& index, int account, MonthIndex month,
                            const HealthConfig& config, bool withDetail);
// The weighted score alone (no strings): for every account and month of the KPI and the backtest.
std::array<double, 6> healthWeights(const HealthConfig& config);
std::optional<double> healthScore(const Store& s, const HealthIndex& index, int account, MonthIndex month,
                                  const std::array<double, 6>& weights);
// The same score for every month first..last at once (out[k] for month first + k; NaN: inactive or
// no component with data). endDays[k]: the julian day of that month's last day.
void healthSeries(const Store& s, const HealthIndex& index, int account, MonthIndex first, MonthIndex last,
                  const std::array<double, 6>& weights, const std::vector<int>& endDays, double* out);

} // namespace tenure::kpidata

namespace tenure {

struct KpiEngine::Data
{
    kpidata::Store store;
    bool loaded = false;
    bool fromSnapshot = false;
    std::optional<MonthIndex> asOfOverride; // KpiEngine::setAsOf
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
};

} // namespace tenure
