#pragma once

#include "kpi/KpiEngine.h"

#include <vector>

namespace tenure {

// The health score editor's engine. KpiEngine::healthLab() computes every built-in component of
// every account and month once (the slow part, through the same HealthCursor as every other health
// number); after that a configuration costs one weighted pass over those arrays, so the backtest can
// follow a slider. Holds copies, not references into the engine: it stays valid after a reload.
class HealthLab
{
public:
    struct Data
    {
        size_t accounts = 0;
        int months = 0;
        MonthIndex first = 0;
        std::vector<double> components; // [(a * months + k) * 6 + c], NaN: no data
        std::vector<quint8> active;     // [a * months + k]: MRR > 0
        std::vector<quint8> states;     // backtest: 0 not counted, 1 stayed, 2 churned within 3 months
        std::vector<int> segmentOf;     // [a * months + k] -> segment (empty: no segments)
        QStringList slotNames;
        QMap<QString, std::vector<double>> attributes; // numeric custom attributes per account (NaN)
        HealthConfig saved;                            // the workspace's configuration when built
    };

    explicit HealthLab(Data data);

    // The backtest of a configuration, with the lift and AUC in all and per segment.
    BacktestSummary backtest(const HealthConfig& config) const;

    // Accounts active in the last month, and how many of them are in another band (or lose or gain a
    // score) under `to` than under `from`; into: the band they move to ("none": no score).
    struct BandChanges
    {
        int active = 0;
        int changed = 0;
        QMap<QString, int> into;
    };
    BandChanges bandChanges(const HealthConfig& from, const HealthConfig& to) const;
    // The scores of the accounts active (and scored) in the last month.
    std::vector<double> latestScores(const HealthConfig& config) const;

    std::optional<MonthIndex> lastMonth() const;
    const HealthConfig& saved() const { return d.saved; }
    QStringList numericAttributes() const { return d.attributes.keys(); }
    // The smallest and largest number of a numeric attribute (0, 100 when it has none).
    std::pair<double, double> attributeRange(const QString& attribute) const;
    QStringList segments() const { return d.slotNames; }

private:
    void score(const HealthConfig& config, bool lastOnly, std::vector<double>& out) const;
    Data d;
    mutable std::vector<double> m_scores;
};

} // namespace tenure
