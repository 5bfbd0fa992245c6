#include "kpi/Bands.h"

#include "Workspace.h"
#include "kpi/KpiCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

// Q_INIT_RESOURCE cannot be used inside a namespace; the resources live in a static library.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace tenure {

namespace {

QJsonObject bandToJson(const Band& b)
{
    QJsonObject o{{QStringLiteral("label"), b.label}};
    if (b.lower)
        o.insert(QStringLiteral("lower"), *b.lower);
    if (b.upper)
        o.insert(QStringLiteral("upper"), *b.upper);
    if (!b.colour.isEmpty())
        o.insert(QStringLiteral("colour"), b.colour);
    if (!b.source.isEmpty())
        o.insert(QStringLiteral("source"), b.source);
    return o;
}

// Parses {"kpis": {id: [band, ...]}}; returns false with a reason on the first problem.
bool parsePack(const QByteArray& json, QMap<QString, QList<Band>>* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = QStringLiteral("not a band pack (JSON: %1)").arg(parseError.errorString());
        return false;
    }
    const QJsonValue kpis = doc.object().value(QStringLiteral("kpis"));
    if (!kpis.isObject()) {
        *error = QStringLiteral("not a band pack: no \"kpis\" object");
        return false;
    }
    const QJsonObject all = kpis.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!kpiInfo(it.key())) {
            *error = QStringLiteral("band pack: unknown KPI %1").arg(it.key());
            return false;
        }
        if (!it.value().isArray()) {
            *error = QStringLiteral("band pack: the bands of %1 are not a list").arg(it.key());
            return false;
        }
        QList<Band> bands;
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            Band b;
            b.label = o.value(QStringLiteral("label")).toString().trimmed();
            if (b.label.isEmpty()) {
                *error = QStringLiteral("band pack: a band of %1 has no label").arg(it.key());
                return false;
            }
            for (const char* bound : {"lower", "upper"}) {
                const QJsonValue x = o.value(QLatin1String(bound));
                if (x.isUndefined() || x.isNull())
                    continue;
                if (!x.isDouble()) {
                    *error = QStringLiteral("band pack: %1 of band %2 of %3 is not a number")
                                 .arg(QLatin1String(bound), b.label, it.key());
                    return false;
                }
                (qstrcmp(bound, "lower") == 0 ? b.lower : b.upper) = x.toDouble();
            }
            if (b.lower && b.upper && *b.lower > *b.upper) {
                *error = QStringLiteral("band pack: band %1 of %2 has lower > upper").arg(b.label, it.key());
                return false;
            }
            b.colour = o.value(QStringLiteral("colour")).toString();
            b.source = o.value(QStringLiteral("source")).toString();
            bands << b;
        }
        out->insert(it.key(), bands);
    }
    return true;
}

} // namespace

bool Band::contains(double value) const
{
    return (!lower || value >= *lower) && (!upper || value < *upper);
}

Bands::Bands(Workspace& workspace) : m_workspace(workspace)
{
    reload();
}

QMap<QString, QList<Band>> Bands::defaults()
{
    static const QMap<QString, QList<Band>> all = [] {
        initCoreResources();
        QFile file(QStringLiteral(":/core/kpi/bands.json"));
        QMap<QString, QList<Band>> bands;
        QString error;
        if (file.open(QIODevice::ReadOnly))
            parsePack(file.readAll(), &bands, &error);
        return bands;
    }();
    return all;
}

QList<Band> Bands::defaultsFor(const QString& kpi)
{
    return defaults().value(kpi);
}

void Bands::reload()
{
    m_user.clear();
    m_targets.clear();
    QSqlQuery q(m_workspace.database());
    q.exec(
        QStringLiteral("SELECT kpi, label, lower, upper, colour, source FROM bands ORDER BY kpi, position"));
    while (q.next()) {
        Band b;
        b.label = q.value(1).toString();
        if (!q.value(2).isNull())
            b.lower = q.value(2).toDouble();
        if (!q.value(3).isNull())
            b.upper = q.value(3).toDouble();
        b.colour = q.value(4).toString();
        b.source = q.value(5).toString();
        m_user[q.value(0).toString()] << b;
    }
    q.exec(QStringLiteral("SELECT kpi, segment_attribute, segment_value, value, due_date FROM targets "
                          "ORDER BY kpi, segment_attribute, segment_value"));
    while (q.next())
        m_targets << Target{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toDouble(), QDate::fromString(q.value(4).toString(), Qt::ISODate)};
}

QList<Band> Bands::bandsFor(const QString& kpi) const
{
    return m_user.contains(kpi) ? m_user.value(kpi) : defaultsFor(kpi);
}

bool Bands::isCustomised(const QString& kpi) const
{
    return m_user.contains(kpi);
}

std::optional<BandMatch> Bands::bandFor(const QString& kpi, double value) const
{
    for (const Band& band : bandsFor(kpi))
        if (band.contains(value))
            return BandMatch{band.label, band.colour};
    return std::nullopt;
}

bool Bands::setBands(const QString& kpi, const QList<Band>& bands, QString* error)
{
    if (!kpiInfo(kpi)) {
        if (error)
            *error = QStringLiteral("unknown KPI %1").arg(kpi);
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bands WHERE kpi = ?"));
    q.addBindValue(kpi);
    bool ok = q.exec();
    for (int i = 0; ok && i < bands.size(); ++i) {
        const Band& b = bands.at(i);
        q.prepare(QStringLiteral("INSERT INTO bands(kpi, position, label, lower, upper, colour, source) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(kpi);
        q.addBindValue(i);
        q.addBindValue(b.label);
        q.addBindValue(b.lower ? QVariant(*b.lower) : QVariant());
        q.addBindValue(b.upper ? QVariant(*b.upper) : QVariant());
        q.addBindValue(b.colour);
        q.addBindValue(b.source);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("cannot store the bands of %1").arg(kpi);
        db.rollback();
        return false;
    }
    db.commit();
    reload();
    return true;
}

void Bands::resetBands(const QString& kpi)
{
    setBands(kpi, {});
}

QByteArray Bands::exportPack() const
{
    QJsonObject kpis;
    for (const KpiInfo& info : kpiCatalogue()) {
        const QList<Band> bands = bandsFor(info.id);
        if (bands.isEmpty())
            continue;
        QJsonArray list;
        for (const Band& b : bands)
            list.append(bandToJson(b));
        kpis.insert(info.id, list);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tenure-bands")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("kpis"), kpis}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Bands::importPack(const QByteArray& json, QString* error)
{
    QMap<QString, QList<Band>> pack;
    QString reason;
    if (!parsePack(json, &pack, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    for (auto it = pack.begin(); it != pack.end(); ++it)
        if (!setBands(it.key(), it.value(), error))
            return false;
    return true;
}

QList<Target> Bands::targets() const
{
    return m_targets;
}

std::optional<Target> Bands::targetFor(const QString& kpi, const QString& segmentAttribute,
                                       const QString& segmentValue) const
{
    std::optional<Target> overall;
    for (const Target& t : m_targets) {
        if (t.kpi != kpi)
            continue;
        if (!segmentAttribute.isEmpty() && t.segmentAttribute == segmentAttribute &&
            t.segmentValue == segmentValue)
            return t;
        if (t.segmentAttribute.isEmpty())
            overall = t;
    }
    return overall;
}

bool Bands::setTarget(const Target& target, QString* error)
{
    if (!kpiInfo(target.kpi)) {
        if (error)
            *error = QStringLiteral("unknown KPI %1").arg(target.kpi);
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("INSERT INTO targets(kpi, segment_attribute, segment_value, value, due_date) "
                             "VALUES(?, ?, ?, ?, ?) ON CONFLICT(kpi, segment_attribute, segment_value) "
                             "DO UPDATE SET value = excluded.value, due_date = excluded.due_date"));
    // NOT NULL columns: a null QString would bind as NULL.
    q.addBindValue(target.kpi);
    q.addBindValue(QString(target.segmentAttribute.isNull() ? QStringLiteral("") : target.segmentAttribute));
    q.addBindValue(QString(target.segmentValue.isNull() ? QStringLiteral("") : target.segmentValue));
    q.addBindValue(target.value);
    q.addBindValue(target.due.isValid() ? QVariant(target.due.toString(Qt::ISODate)) : QVariant());
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("cannot store the target of %1").arg(target.kpi);
        return false;
    }
    reload();
    return true;
}

void Bands::removeTarget(const QString& kpi, const QString& segmentAttribute, const QString& segmentValue)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        QStringLiteral("DELETE FROM targets WHERE kpi = ? AND segment_attribute = ? AND segment_value = ?"));
    q.addBindValue(kpi);
    q.addBindValue(QString(segmentAttribute.isNull() ? QStringLiteral("") : segmentAttribute));
    q.addBindValue(QString(segmentValue.isNull() ? QStringLiteral("") : segmentValue));
    q.exec();
    reload();
}

} // namespace tenure
