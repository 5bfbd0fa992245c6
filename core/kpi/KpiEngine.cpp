#include "kpi/KpiEngine.h"

#include "Workspace.h"

namespace tenure {

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

HealthConfig HealthConfig::defaults()
{
    HealthConfig c;
    c.weights = {{QStringLiteral("mrr_trend"), 30},  {QStringLiteral("nps"), 20},
                 {QStringLiteral("csat"), 15},       {QStringLiteral("tickets"), 15},
                 {QStringLiteral("activation"), 10}, {QStringLiteral("renewal"), 10}};
    return c;
}

QStringList HealthConfig::componentIds()
{
    return {QStringLiteral("mrr_trend"), QStringLiteral("nps"),        QStringLiteral("csat"),
            QStringLiteral("tickets"),   QStringLiteral("activation"), QStringLiteral("renewal")};
}

QString HealthConfig::componentName(const QString& id)
{
    if (id == QLatin1String("mrr_trend"))
        return QStringLiteral("MRR trend");
    if (id == QLatin1String("nps"))
        return QStringLiteral("Latest NPS");
    if (id == QLatin1String("csat"))
        return QStringLiteral("CSAT");
    if (id == QLatin1String("tickets"))
        return QStringLiteral("Ticket load");
    if (id == QLatin1String("activation"))
        return QStringLiteral("Product activation");
    if (id == QLatin1String("renewal"))
        return QStringLiteral("Renewal status");
    return id;
}

QJsonObject HealthConfig::toJson() const
{
    return {};
}

HealthConfig HealthConfig::fromJson(const QJsonObject&)
{
    return defaults();
}

QString HealthConfig::bandOf(double score) const
{
    if (score < redBelow)
        return QStringLiteral("red");
    if (score < amberBelow)
        return QStringLiteral("amber");
    return QStringLiteral("green");
}

struct KpiEngine::Data
{};

KpiEngine::KpiEngine(Workspace& workspace) : m_workspace(workspace) {}

KpiEngine::~KpiEngine() = default;

bool KpiEngine::refresh()
{
    return false;
}

void KpiEngine::invalidate() {}

KpiTable KpiEngine::compute(const KpiQuery&)
{
    return {};
}

KpiResult KpiEngine::value(const QString& kpi, const Period& period, const QString&,
                           const QString& segmentValue)
{
    KpiResult r;
    r.kpi = kpi;
    r.period = period;
    r.segment = segmentValue.isEmpty() ? QStringLiteral("all") : segmentValue;
    return r;
}

QList<SegmentAttribute> KpiEngine::segmentAttributes()
{
    return {};
}

QStringList KpiEngine::segmentValues(const QString&)
{
    return {};
}

std::optional<MonthRange> KpiEngine::dataRange(const QString&)
{
    return std::nullopt;
}

std::optional<MonthRange> KpiEngine::mrrRange()
{
    return std::nullopt;
}

QList<Period> KpiEngine::periods(const QString&, Grain)
{
    return {};
}

Explanation KpiEngine::explain(const QString& kpi, const Period& period, const QString& segmentAttribute,
                               const QString& segmentValue)
{
    Explanation e;
    e.result = value(kpi, period, segmentAttribute, segmentValue);
    return e;
}

CohortTable KpiEngine::cohorts(CohortMetric metric, const QString&, const QString&)
{
    CohortTable t;
    t.metric = metric;
    return t;
}

HealthConfig KpiEngine::healthConfig()
{
    return HealthConfig::defaults();
}

void KpiEngine::setHealthConfig(const HealthConfig&) {}

HealthReport KpiEngine::health(std::optional<MonthIndex>, const HealthConfig*)
{
    return {};
}

QList<AccountHealth> KpiEngine::atRisk(std::optional<MonthIndex>, int, const HealthConfig*)
{
    return {};
}

QList<BacktestRow> KpiEngine::healthBacktest(const HealthConfig*)
{
    return {};
}

QList<SurveyComment> KpiEngine::comments(std::optional<Period>, const QString&, const QString&,
                                         const QString&)
{
    return {};
}

QList<AccountInfo> KpiEngine::accounts()
{
    return {};
}

std::optional<AccountInfo> KpiEngine::account(const QString&)
{
    return std::nullopt;
}

} // namespace tenure
