#pragma once

#include "Period.h"
#include "kpi/KpiCatalogue.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace tenure {

class Workspace;
class HealthLab;

// Formula profiles (docs/kpis.md "Formula profiles"): which published conventions churn rate, net and
// gross MRR churn, NRR, ARPA and LTV follow. Tenure (SPEC section 4) is the default.
enum class KpiProfile { Tenure = 0, ChartMogul = 1, Baremetrics = 2, ProfitWell = 3 };
QStringList kpiProfileNames(); // tenure, chartmogul, baremetrics, profitwell
QString kpiProfileName(KpiProfile profile);
std::optional<KpiProfile> kpiProfileFromName(const QString& name); // case-insensitive
// The profile as users see it: Tenure, ChartMogul, Baremetrics, ProfitWell (names, not translated).
QString kpiProfileTitle(KpiProfile profile);
// One translated line: what the profile changes against tenure (docs/kpis.md "Formula profiles").
QString kpiProfileSummary(KpiProfile profile);
// The KPIs on which some profile gives another value than tenure: net_mrr_churn_rate, nrr, clv.
// (Churn rate, gross MRR churn and ARPA are on every profile's list, but all define them alike.)
QStringList kpiProfileKpis();
// How `profile` defines one of kpiProfileKpis(), short and translated; empty for other KPIs.
QString kpiProfileDefinition(KpiProfile profile, const QString& kpi);

// What to compute. Periods run from..to (inclusive, at `grain`); without from/to each KPI runs over
// its own data range (MRR KPIs: first to last month of MRR data; others: where their data fall).
struct KpiQuery
{
    QStringList kpis; // empty = all in catalogue order
    Grain grain = Grain::Month;
    std::optional<Period> from;
    std::optional<Period> to;
    QString segmentAttribute; // empty = no split (segment "all"); "plan", "region", ..., custom, or "account"
    QStringList segmentValues; // with an attribute: only these values (empty = every value)
};

struct KpiResult
{
    QString kpi;
    Period period;        // as asked (the full quarter/year even when partial)
    bool partial = false; // the period reaches beyond the KPI's data (MRR KPIs: clipped at the last month)
    QString segment;      // "all", a segment value, or "unknown"
    std::optional<double> value;       // no value: a zero denominator or no data
    std::optional<double> numerator;   // ratios only, in the KPI's natural units (money: currency)
    std::optional<double> denominator; // ratios only
    // Survey KPIs (nps, csat, ces):
    int responses = 0;
    std::optional<double> marginOfError; // 95 %, in the KPI's unit
    bool smallSample = false;            // fewer than 30 responses
};

struct KpiTable
{
    QList<KpiResult> rows; // ordered by kpi (query order), then segment, then period
    const KpiResult* find(const QString& kpi, const Period& period,
                          const QString& segment = QStringLiteral("all")) const;
    QList<KpiResult> series(const QString& kpi, const QString& segment = QStringLiteral("all")) const;
};

struct SegmentAttribute
{
    QString name; // "plan", or a custom attribute as imported
    bool custom = false;
    QStringList values; // sorted; "unknown" last when some accounts or rows have none
};

struct MonthRange
{
    MonthIndex first = 0;
    MonthIndex last = 0;
};

// A table for drill-down and lists.
struct DataTable
{
    QStringList columns;
    QList<QVariantList> rows;
};

// Explain a number: the definition with the numbers filled in and the rows behind them.
struct Explanation
{
    KpiResult result;
    QString definition; // the catalogue text
    QString text;       // e.g. "5 accounts lost of 500 active at the start of 2026-03 = 1 %"
    QString numeratorLabel;
    QString denominatorLabel;
    DataTable rows; // accounts or rows behind numerator and denominator; a column "counts in" says which
    // The exchange rates behind the amounts of the period (empty when all money is in the workspace
    // currency): "2026-03-31: 1 EUR = 1.0823 USD (rate of 2026-03-31)".
    QStringList rates;
    KpiProfile profile = KpiProfile::Tenure; // the profile `result` was computed under
    // For the KPIs of kpiProfileKpis(): the value under every profile, in KpiProfile order (the
    // engine's own profile is left as it was); empty for the other KPIs.
    QList<KpiResult> byProfile;
};

enum class CohortMetric { Customers, Mrr };

struct CohortRow
{
    MonthIndex cohort = 0; // month of first MRR
    int size = 0;          // accounts in the cohort
    double startMrr = 0;   // cohort MRR in its first month (currency)
    // values[k] = month cohort+k: share of accounts active (%), or cohort MRR / start MRR (%).
    QList<double> values;
};

struct CohortTable
{
    CohortMetric metric = CohortMetric::Customers;
    QString segment = QStringLiteral("all");
    QList<CohortRow> rows; // oldest cohort first
};

// A component from a numeric custom account attribute: `low` scores 0 and `high` 100 when higher is
// better (the other way round when lower is better), linear in between and clamped; an account without
// a number for the attribute has no value (the component drops out).
struct HealthCustomComponent
{
    QString attribute;
    bool higherIsBetter = true;
    double low = 0;
    double high = 100;
    QString id() const { return QStringLiteral("attr:") + attribute; }
    bool operator==(const HealthCustomComponent&) const = default;
};

// Health score configuration, stored as JSON in the workspace setting "health_config" (docs/kpis.md).
struct HealthConfig
{
    // Component id -> weight (any positive scale, normalised over the components that have data).
    // Ids: mrr_trend, nps, csat, tickets, activation, renewal, and "attr:NAME" for a custom component.
    QMap<QString, double> weights;
    QStringList off; // components switched off: they keep their weight but count as 0
    QList<HealthCustomComponent> custom;
    double redBelow = 40;   // score < redBelow: "red"
    double amberBelow = 70; // score < amberBelow: "amber", else "green"

    static HealthConfig defaults();
    static QStringList componentIds(); // the six built-in components
    static QString componentName(const QString& id);
    // The built-in components, then the custom ones in their order.
    QStringList components() const;
    // The weight that counts: 0 when switched off.
    double effectiveWeight(const QString& id) const;
    QJsonObject toJson() const;
    static HealthConfig fromJson(const QJsonObject& json); // missing keys take the defaults
    // Strict reading for a file the user wrote: nullopt with a one-line reason on an unknown key or
    // component, a negative weight, all weights zero, cut-offs out of order or outside 0-100.
    static std::optional<HealthConfig> parse(const QJsonObject& json, QString* error);
    // The same checks on a configuration built in code; empty when it is fine.
    QString problem() const;
    QString bandOf(double score) const; // "red", "amber", "green"
    bool operator==(const HealthConfig&) const = default;
};

struct HealthComponent
{
    QString id;
    std::optional<double> score; // 0-100; nullopt: no data (drops out)
    double weight = 0;           // effective weight after renormalisation (0 when dropped)
    QString detail;              // "MRR 1,200 -> 900 over 3 months"
};

struct AccountHealth
{
    qint64 accountId = 0;
    QString accountKey;
    QString name;
    double mrr = 0; // in the month scored (currency)
    std::optional<double> score;
    QString band;
    QList<HealthComponent> components;
    QStringList drags; // component ids pulling the score down, worst first
};

// A renewal coming up for an account: due after the month asked about, or with no outcome yet
// (a renewal pipeline export).
struct UpcomingRenewal
{
    QDate due;
    double arr = 0; // ARR before, in currency
    bool pending = false;
};

struct HealthReport
{
    MonthIndex month = 0;
    std::optional<double> globalScore; // MRR-weighted mean over active accounts
    QList<AccountHealth> accounts;     // active accounts, lowest score first
    QMap<QString, int> bandCounts;     // "red"/"amber"/"green" -> accounts
};

struct BacktestRow
{
    MonthIndex month = 0;
    QString band;
    int accounts = 0;
    int churned = 0;                  // of them, MRR 0 in some month of the next 3
    std::optional<double> churnShare; // percent
};

// How well the score ordered churners before the others, over every (account, month) of the backtest
// (docs/kpis.md "Backtest"): in all, or in one segment (the account's segment in that month).
struct BacktestGroup
{
    QString segment = QStringLiteral("all");
    int observations = 0; // scored active account-months with 3 later months of data
    int churned = 0;      // of them, churned within the next 3 months
    int red = 0, redChurned = 0, green = 0, greenChurned = 0;
    std::optional<double> lift; // red churn share / green churn share
    // P(a churner scores below a non-churner), ties half; 0.5 = no better than chance, 1 = perfect.
    std::optional<double> auc;
};

struct BacktestSummary
{
    QList<BacktestRow> rows;     // as healthBacktest()
    QList<BacktestGroup> groups; // "all" first, then each segment value
};

// One account's whole story (the account page, `tenure account`).
struct AccountStory
{
    struct Month
    {
        MonthIndex month = 0;
        double mrr = 0;    // currency
        QString movement;  // new, expansion, contraction, churn, reactivation; empty: none
        double change = 0; // MRR change from the month before (currency)
        std::optional<double> score;
        QString band;
        QList<HealthComponent> components; // empty in inactive months
    };
    struct Row
    {
        QDate date;
        QString kind;      // ticket, survey, renewal, order
        QStringList cells; // kind-specific, see KpiEngine::accountStory()
    };
    qint64 id = 0;
    QString key;
    QString name;
    QMap<QString, QString> attributes;   // plan, region, industry, size, owner, custom
    QList<Month> months;                 // every MRR month of the workspace, oldest first
    std::optional<AccountHealth> latest; // health in the last month it was active
    QList<Row> tickets;                  // cells: ticket id, created, resolved, contacts, channel
    QList<Row> surveys;                  // cells: survey, score, comment
    QList<Row> renewals;                 // cells: due, renewed (yes/no), ARR before, ARR after
    QList<Row> orders;                   // cells: order id, amount, type
};

struct SurveyComment
{
    QDate date;
    QString survey; // nps, csat, ces
    double score = 0;
    QString category; // nps: promoter/passive/detractor; csat: satisfied/neutral/dissatisfied; ces:
                      // easy/neutral/hard
    QString comment;
    QString accountKey; // empty: no account
    QString accountName;
    QString segment;
};

struct AccountInfo
{
    qint64 id = 0;
    QString key;
    QString name;
    QMap<QString, QString> attributes; // plan, region, ..., custom
};

// The KPI engine. Reads what it needs from the workspace once into compact arrays and recomputes
// only when Workspace::dataVersion() (or a setting it uses) changed. Not thread-safe: use one engine
// per thread (each on its own Workspace).
class KpiEngine
{
public:
    explicit KpiEngine(Workspace& workspace);
    ~KpiEngine();
    KpiEngine(const KpiEngine&) = delete;
    KpiEngine& operator=(const KpiEngine&) = delete;

    // Reloads when the data version or settings changed; returns true when it reloaded. Every query
    // calls it, so callers rarely need to.
    bool refresh();
    void invalidate(); // forces a reload at the next query
    // Whether the last load read the arrays from the snapshot file (see docs/kpis.md) rather than
    // from the workspace rows.
    bool loadedFromSnapshot() const;
    // Loads the workspace's current data and saves its snapshot (when snapshots are on), so the
    // next start, in this process or another, reads the snapshot. `tenure import` calls it after
    // an import: the first dashboard after an import then starts as fast as every later one.
    static void prepareSnapshot(Workspace& workspace);

    // What a load produced (the arrays and the computations made on them), to hand from an engine
    // on another thread's own Workspace to this one: the window loads on a thread of its own and
    // its engine adopts the result, so the GUI thread never reads the rows itself.
    class Loaded;
    // Loads if needed and gives the result away; this engine is unloaded afterwards.
    std::shared_ptr<Loaded> takeLoaded();
    // Takes over what another engine of the same workspace loaded (its as-of and profile overrides
    // stay this engine's own); a null or empty one changes nothing.
    void adopt(const std::shared_ptr<Loaded>& loaded);
    bool isLoaded() const;
    // Off: once loaded, queries keep using the loaded data when the workspace's data changes (the
    // settings are still followed) until invalidate() or adopt(); the window turns this off and
    // loads new data in the background, showing the old numbers meanwhile. On by default.
    void setFollowData(bool follow);
    // Whether the loaded arrays are not those of the workspace's data and as-of month now (or none
    // are loaded): what a following engine would load again for.
    bool needsLoad();

    // The as-of month (see docs/kpis.md): active subscriptions count through it and no MRR value
    // comes after it. setAsOf() asks for one for this engine only (the command line's --as-of);
    // nullopt goes back to the workspace's setting or what the data says.
    void setAsOf(std::optional<MonthIndex> month);
    // Per account key: its first renewal due after `month`'s last day or without an outcome.
    QHash<QString, UpcomingRenewal> upcomingRenewals(MonthIndex month);
    std::optional<MonthIndex> asOf();
    // The formula profile: setProfile() asks for one for this engine only (the command line's
    // --profile); nullopt goes back to the workspace setting "kpi_profile" (default tenure).
    void setProfile(std::optional<KpiProfile> profile);
    KpiProfile profile();
    // value() under every profile, in KpiProfile order, without changing the engine's profile (the
    // loaded data and caches serve all four).
    QList<KpiResult> valueByProfile(const QString& kpi, const Period& period,
                                    const QString& segmentAttribute = {}, const QString& segmentValue = {});
    // "data" (the latest billing import or data month), "setting" or "command line".
    QString asOfOrigin();

    KpiTable compute(const KpiQuery& query);
    // One value; segmentAttribute empty = "all".
    KpiResult value(const QString& kpi, const Period& period, const QString& segmentAttribute = {},
                    const QString& segmentValue = {});

    QList<SegmentAttribute> segmentAttributes(); // plan, region, industry, size, owner, then custom
    QStringList segmentValues(const QString& attribute);
    // Months in which a KPI has data (MRR KPIs: the MRR range); nullopt when none.
    std::optional<MonthRange> dataRange(const QString& kpi);
    std::optional<MonthRange> mrrRange();
    // The first and last month of the revenue rows (every row, also those the KPIs leave out);
    // nullopt when there are none.
    std::optional<MonthRange> revenueMonths();
    // The periods of `grain` a KPI exists for.
    QList<Period> periods(const QString& kpi, Grain grain);

    Explanation explain(const QString& kpi, const Period& period, const QString& segmentAttribute = {},
                        const QString& segmentValue = {});
    // The month-end exchange rates amounts of a period are converted at (from the end of the month
    // before, the period's start), one line per currency and month; empty when all money is in the
    // workspace currency. Orders, costs and renewals use the rate of their own day.
    QStringList exchangeRates(const Period& period);

    // Cohorts by month of first MRR; with a segment, the accounts whose segment in their first month is it.
    CohortTable cohorts(CohortMetric metric, const QString& segmentAttribute = {},
                        const QString& segmentValue = {});

    HealthConfig healthConfig();
    void setHealthConfig(const HealthConfig& config); // stores it in the workspace
    // Health as of a month (default: the last MRR month). config overrides the stored one (try weights).
    HealthReport health(std::optional<MonthIndex> month = {}, const HealthConfig* config = nullptr);
    // Red-band accounts, highest MRR first.
    QList<AccountHealth> atRisk(std::optional<MonthIndex> month = {}, int limit = -1,
                                const HealthConfig* config = nullptr);
    // For each month with 3 later months of MRR data: accounts per band and the share that churned.
    QList<BacktestRow> healthBacktest(const HealthConfig* config = nullptr);
    // The same with the lift and the AUC, in all and per value of segmentAttribute (empty: all only).
    BacktestSummary healthBacktestSummary(const HealthConfig* config = nullptr,
                                          const QString& segmentAttribute = {});
    // Why a configuration cannot be used here (empty: it can): HealthConfig::problem(), and custom
    // components on attributes the workspace does not have.
    QString healthConfigProblem(const HealthConfig& config);
    // The custom account attributes with at least one numeric value (candidates for components).
    QStringList numericAttributes();
    // Every component of every account and month, once, for the health score editor (HealthLab.h).
    std::unique_ptr<HealthLab> healthLab(const QString& segmentAttribute = {});
    // One account's story; nullopt when the key is unknown. config: as health().
    std::optional<AccountStory> accountStory(const QString& accountKey, const HealthConfig* config = nullptr);

    // Survey answers with a comment, newest first; period/segment optional; survey empty = all.
    QList<SurveyComment> comments(std::optional<Period> period = {}, const QString& survey = {},
                                  const QString& segmentAttribute = {}, const QString& segmentValue = {});

    QList<AccountInfo> accounts();
    std::optional<AccountInfo> account(const QString& accountKey);

    // Several values of query.segmentAttribute taken together as ONE segment (e.g. "other" beside the
    // largest segments): every KPI is computed over the union, never averaged from the parts. Periods
    // as in compute(); the rows carry `label` as their segment. Empty without an attribute ("account"
    // is not supported) or values. KpiCombined.cpp.
    KpiTable computeCombined(const KpiQuery& query, const QStringList& values, const QString& label);

    // Survey answers per period by category: nps promoters (9-10) / passives (7-8) / detractors (0-6);
    // csat satisfied (4-5) / neutral (3) / dissatisfied (1-2); ces easy (5+) / neutral (4) / hard.
    // Each answer counts in the period and segment of its month, as the survey KPIs count it.
    struct SurveyCounts
    {
        Period period;
        int high = 0, middle = 0, low = 0; // nps: promoters, passives, detractors
        int responses() const { return high + middle + low; }
    };
    // One row per period of `grain` from..to (inclusive). KpiSurveys.cpp.
    QList<SurveyCounts> surveyDistribution(const QString& survey, Grain grain, const Period& from,
                                           const Period& to, const QString& segmentAttribute = {},
                                           const QString& segmentValue = {});

private:
    struct Data;
    // One public call: loads first when needed, then keeps the loaded arrays until it returns, so
    // an import committed meanwhile (another process, another connection) is loaded by the next
    // call and never replaces the arrays under a computation halfway through.
    class Call;
    // The as-of month asked for: this engine's override, else the workspace's setting.
    std::optional<MonthIndex> wantedAsOf() const;
    Workspace& m_workspace;
    std::unique_ptr<Data> m_data;
};

} // namespace tenure
