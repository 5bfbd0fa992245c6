// The health score configuration: defaults, JSON (docs/kpis.md "Health score configuration"), checks.
#include "kpi/KpiEngine.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace tenure {

namespace {

const QString WeightsKey = QStringLiteral("weights");
const QString OffKey = QStringLiteral("off");
const QString CustomKey = QStringLiteral("custom");
const QString RedKey = QStringLiteral("red_below");
const QString AmberKey = QStringLiteral("amber_below");
const QString HigherIsBetter = QStringLiteral("higher_is_better");
const QString LowerIsBetter = QStringLiteral("lower_is_better");

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

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
        return QCoreApplication::translate("tenure::HealthConfig", "MRR trend");
    if (id == QLatin1String("nps"))
        return QCoreApplication::translate("tenure::HealthConfig", "Latest NPS");
    if (id == QLatin1String("csat"))
        return QCoreApplication::translate("tenure::HealthConfig", "CSAT");
    if (id == QLatin1String("tickets"))
        return QCoreApplication::translate("tenure::HealthConfig", "Ticket load");
    if (id == QLatin1String("activation"))
        return QCoreApplication::translate("tenure::HealthConfig", "Product activation");
    if (id == QLatin1String("renewal"))
        return QCoreApplication::translate("tenure::HealthConfig", "Renewal status");
    if (id.startsWith(QLatin1String("attr:")))
        return id.mid(5);
    return id;
}

QStringList HealthConfig::components() const
{
    QStringList ids = componentIds();
    for (const HealthCustomComponent& c : custom)
        ids << c.id();
    return ids;
}

double HealthConfig::effectiveWeight(const QString& id) const
{
    return off.contains(id) ? 0.0 : std::max(0.0, weights.value(id, 0));
}

QJsonObject HealthConfig::toJson() const
{
    QJsonObject w;
    for (auto it = weights.begin(); it != weights.end(); ++it)
        w.insert(it.key(), it.value());
    QJsonObject json{{WeightsKey, w}, {RedKey, redBelow}, {AmberKey, amberBelow}};
    // Only when used, so a configuration of the six built-in weights reads as it always did.
    if (!off.isEmpty())
        json.insert(OffKey, QJsonArray::fromStringList(off));
    if (!custom.isEmpty()) {
        QJsonArray list;
        for (const HealthCustomComponent& c : custom)
            list.append(
                QJsonObject{{QStringLiteral("attribute"), c.attribute},
                            {QStringLiteral("direction"), c.higherIsBetter ? HigherIsBetter : LowerIsBetter},
                            {QStringLiteral("low"), c.low},
                            {QStringLiteral("high"), c.high}});
        json.insert(CustomKey, list);
    }
    return json;
}

HealthConfig HealthConfig::fromJson(const QJsonObject& json)
{
    HealthConfig c = defaults();
    for (const QJsonValue& v : json.value(CustomKey).toArray()) {
        const QJsonObject o = v.toObject();
        HealthCustomComponent cc;
        cc.attribute = o.value(QStringLiteral("attribute")).toString();
        cc.higherIsBetter = o.value(QStringLiteral("direction")).toString() != LowerIsBetter;
        cc.low = o.value(QStringLiteral("low")).toDouble(0);
        cc.high = o.value(QStringLiteral("high")).toDouble(100);
        if (!cc.attribute.isEmpty() && cc.high > cc.low && !c.components().contains(cc.id()))
            c.custom << cc;
    }
    const QStringList known = c.components();
    const QJsonObject w = json.value(WeightsKey).toObject();
    for (const QString& id : known)
        if (w.contains(id))
            c.weights[id] = std::max(0.0, w.value(id).toDouble());
    for (const QJsonValue& v : json.value(OffKey).toArray())
        if (known.contains(v.toString()) && !c.off.contains(v.toString()))
            c.off << v.toString();
    if (json.contains(RedKey))
        c.redBelow = json.value(RedKey).toDouble();
    if (json.contains(AmberKey))
        c.amberBelow = json.value(AmberKey).toDouble();
    return c;
}

std::optional<HealthConfig> HealthConfig::parse(const QJsonObject& json, QString* error)
{
    auto refuse = [error](const QString& reason) -> std::optional<HealthConfig> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QSet<QString> keys{WeightsKey, OffKey, CustomKey, RedKey, AmberKey};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!keys.contains(it.key()))
            return refuse(QStringLiteral("unknown key \"%1\" (weights, off, custom, red_below, amber_below)")
                              .arg(it.key()));
    HealthConfig c = defaults();
    if (json.contains(CustomKey) && !json.value(CustomKey).isArray())
        return refuse(QStringLiteral("\"custom\" must be a list of components"));
    for (const QJsonValue& v : json.value(CustomKey).toArray()) {
        const QJsonObject o = v.toObject();
        HealthCustomComponent cc;
        cc.attribute = o.value(QStringLiteral("attribute")).toString().trimmed();
        if (!v.isObject() || cc.attribute.isEmpty())
            return refuse(QStringLiteral("a custom component needs an \"attribute\""));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{QStringLiteral("attribute"), QStringLiteral("direction"), QStringLiteral("low"),
                             QStringLiteral("high")}
                     .contains(it.key()))
                return refuse(
                    QStringLiteral("unknown key \"%1\" in custom component %2 (attribute, direction, "
                                   "low, high)")
                        .arg(it.key(), cc.attribute));
        const QString direction = o.value(QStringLiteral("direction")).toString(HigherIsBetter);
        if (direction != HigherIsBetter && direction != LowerIsBetter)
            return refuse(QStringLiteral("custom component %1: direction \"%2\" (higher_is_better or "
                                         "lower_is_better)")
                              .arg(cc.attribute, direction));
        cc.higherIsBetter = direction == HigherIsBetter;
        const QJsonValue low = o.value(QStringLiteral("low")), high = o.value(QStringLiteral("high"));
        if (!low.isDouble() || !high.isDouble())
            return refuse(
                QStringLiteral("custom component %1 needs numbers \"low\" and \"high\"").arg(cc.attribute));
        cc.low = low.toDouble();
        cc.high = high.toDouble();
        if (c.components().contains(cc.id()))
            return refuse(QStringLiteral("custom component %1 is listed twice").arg(cc.attribute));
        c.custom << cc;
    }
    const QStringList known = c.components();
    if (json.contains(WeightsKey) && !json.value(WeightsKey).isObject())
        return refuse(QStringLiteral("\"weights\" must be an object of component: weight"));
    const QJsonObject w = json.value(WeightsKey).toObject();
    for (auto it = w.begin(); it != w.end(); ++it) {
        if (!known.contains(it.key()))
            return refuse(QStringLiteral("unknown component \"%1\" (%2)")
                              .arg(it.key(), known.join(QStringLiteral(", "))));
        if (!it.value().isDouble())
            return refuse(QStringLiteral("weight of %1 is not a number").arg(it.key()));
        c.weights[it.key()] = it.value().toDouble();
    }
    if (json.contains(OffKey) && !json.value(OffKey).isArray())
        return refuse(QStringLiteral("\"off\" must be a list of component ids"));
    for (const QJsonValue& v : json.value(OffKey).toArray()) {
        if (!known.contains(v.toString()))
            return refuse(QStringLiteral("unknown component \"%1\" in off (%2)")
                              .arg(v.toString(), known.join(QStringLiteral(", "))));
        if (!c.off.contains(v.toString()))
            c.off << v.toString();
    }
    for (const QString& key : {RedKey, AmberKey}) {
        if (!json.contains(key))
            continue;
        if (!json.value(key).isDouble())
            return refuse(QStringLiteral("%1 is not a number").arg(key));
        (key == RedKey ? c.redBelow : c.amberBelow) = json.value(key).toDouble();
    }
    if (const QString p = c.problem(); !p.isEmpty())
        return refuse(p);
    return c;
}

QString HealthConfig::problem() const
{
    const QStringList known = components();
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown component \"%1\" (%2)")
                .arg(it.key(), known.join(QStringLiteral(", ")));
        if (!(it.value() >= 0) || !std::isfinite(it.value()))
            return QStringLiteral("weight of %1 is negative (%2)").arg(it.key(), number(it.value()));
    }
    for (const HealthCustomComponent& c : custom)
        if (!(c.high > c.low))
            return QStringLiteral("custom component %1: low %2 must be below high %3")
                .arg(c.attribute, number(c.low), number(c.high));
    double total = 0;
    for (const QString& id : known)
        total += effectiveWeight(id);
    if (!(total > 0))
        return QStringLiteral("all weights are zero (or their components switched off)");
    if (!(redBelow >= 0 && redBelow <= 100) || !(amberBelow >= 0 && amberBelow <= 100))
        return QStringLiteral("cut-offs must be between 0 and 100 (red_below %1, amber_below %2)")
            .arg(number(redBelow), number(amberBelow));
    if (redBelow > amberBelow)
        return QStringLiteral("cut-offs out of order: red_below %1 is above amber_below %2")
            .arg(number(redBelow), number(amberBelow));
    return {};
}

QString HealthConfig::bandOf(double score) const
{
    if (score < redBelow)
        return QStringLiteral("red");
    if (score < amberBelow)
        return QStringLiteral("amber");
    return QStringLiteral("green");
}

} // namespace tenure
