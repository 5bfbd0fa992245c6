#include "CommandLine.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "kpi/Bands.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

namespace tenure::cli {

namespace {

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runKpi(const QStringList& args)
{
    CommandParser p(
        QStringLiteral("kpi"),
        QStringLiteral(
            "kpi --workspace W [--kpi ID[,ID...]] [--period month|quarter|year] [--from PERIOD] "
            "[--to PERIOD] [--segment ATTRIBUTE] [--as-of DATE] [--profile NAME] [--format csv|json|table]"));
    addAsOfOption(p);
    p.addOption(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("W"));
    p.addOption(QStringLiteral("kpi"), QStringLiteral("KPI ids, comma separated (default: all)."),
                QStringLiteral("ID"));
    p.addOption(QStringLiteral("period"), QStringLiteral("month, quarter or year (default month)."),
                QStringLiteral("GRAIN"));
    p.addOption(QStringLiteral("from"), QStringLiteral("First period: 2026-03, 2026-Q1 or 2026."),
                QStringLiteral("PERIOD"));
    p.addOption(QStringLiteral("to"), QStringLiteral("Last period."), QStringLiteral("PERIOD"));
    p.addOption(QStringLiteral("segment"),
                QStringLiteral("Split by an account attribute (plan, region, ...)."),
                QStringLiteral("ATTRIBUTE"));
    p.addOption(QStringLiteral("format"), QStringLiteral("csv (default), json or table."),
                QStringLiteral("FORMAT"));
    p.addOption(QStringLiteral("profile"),
                QStringLiteral("Formula profile: tenure, chartmogul, baremetrics or profitwell."),
                QStringLiteral("NAME"));
    if (const int code = p.parse(args); code >= 0)
        return code;
    if (!p.positional().isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "kpi: unexpected argument %1")
                        .arg(p.positional().first()),
                    Usage);

    KpiQuery query;
    if (p.isSet(QStringLiteral("kpi"))) {
        for (const QString& part :
             p.value(QStringLiteral("kpi")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed().toLower();
            if (!kpiInfo(id))
                return fail(QCoreApplication::translate("tenure::cli", "kpi: unknown KPI %1 (known: %2)")
                                .arg(part.trimmed(), kpiIds().join(QStringLiteral(", "))),
                            Usage);
            if (!query.kpis.contains(id))
                query.kpis << id;
        }
        if (query.kpis.isEmpty())
            return fail(QCoreApplication::translate("tenure::cli", "kpi: --kpi needs at least one KPI id"),
                        Usage);
    }
    if (p.isSet(QStringLiteral("period"))) {
        const auto grain = grainFromName(p.value(QStringLiteral("period")));
        if (!grain)
            return fail(
                QCoreApplication::translate("tenure::cli", "kpi: bad --period %1 (month, quarter or year)")
                    .arg(p.value(QStringLiteral("period"))),
                Usage);
        query.grain = *grain;
    }
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const auto period = Period::parse(p.value(option));
        if (!period)
            return fail(QCoreApplication::translate(
                            "tenure::cli", "kpi: bad --%1 %2 (a period such as 2026-03, 2026-Q1 or 2026)")
                            .arg(option, p.value(option)),
                        Usage);
        // A period of another grain stands for the periods of --period that cover it.
        const Period converted = Period::containing(
            query.grain, option == QLatin1String("from") ? period->firstMonth : period->lastMonth);
        (option == QLatin1String("from") ? query.from : query.to) = converted;
    }
    if (query.from && query.to && query.from->firstMonth > query.to->lastMonth)
        return fail(QCoreApplication::translate("tenure::cli", "kpi: --from %1 is after --to %2")
                        .arg(query.from->label(), query.to->label()),
                    Usage);
    const QString format = p.outputFormat();
    if (format.isEmpty())
        return Usage;
    std::optional<MonthIndex> asOf;
    if (!asOfValue(p, QStringLiteral("kpi"), &asOf))
        return Usage;

    auto workspace = openWorkspace(p, true);
    if (!workspace)
        return Failed;
    KpiEngine engine(*workspace);
    engine.setAsOf(asOf);
    if (p.isSet(QStringLiteral("profile"))) {
        const auto profile = kpiProfileFromName(p.value(QStringLiteral("profile")));
        if (!profile)
            return fail(
                QCoreApplication::translate("tenure::cli", "kpi: unknown --profile %1 (known: %2)")
                    .arg(p.value(QStringLiteral("profile")), kpiProfileNames().join(QStringLiteral(", "))),
                Usage);
        engine.setProfile(profile);
    }
    if (p.isSet(QStringLiteral("segment"))) {
        query.segmentAttribute = p.value(QStringLiteral("segment")).trimmed();
        QStringList known;
        for (const SegmentAttribute& a : engine.segmentAttributes())
            known << a.name;
        if (!known.contains(query.segmentAttribute))
            return fail(
                QCoreApplication::translate("tenure::cli", "kpi: unknown segment attribute %1 (known: %2)")
                    .arg(query.segmentAttribute, known.join(QStringLiteral(", "))),
                Usage);
    }
    const KpiTable table = engine.compute(query);
    const Bands bands(*workspace);
    auto bandOf = [&](const KpiResult& r) {
        if (!r.value)
            return QString();
        const auto match = bands.bandFor(r.kpi, *r.value);
        return match ? match->label : QString();
    };

    const QStringList header{QStringLiteral("kpi"),       QStringLiteral("period"),
                             QStringLiteral("segment"),   QStringLiteral("value"),
                             QStringLiteral("numerator"), QStringLiteral("denominator"),
                             QStringLiteral("band")};
    const QList<bool> isText{true, true, true, false, false, false, true};
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const KpiResult& r : table.rows) {
            QJsonObject o{{QStringLiteral("kpi"), r.kpi},
                          {QStringLiteral("period"), r.period.label()},
                          {QStringLiteral("segment"), r.segment},
                          {QStringLiteral("value"), jsonNumber(r.value)},
                          {QStringLiteral("numerator"), jsonNumber(r.numerator)},
                          {QStringLiteral("denominator"), jsonNumber(r.denominator)},
                          {QStringLiteral("band"),
                           r.value && !bandOf(r).isEmpty() ? QJsonValue(bandOf(r)) : QJsonValue()},
                          {QStringLiteral("partial"), r.partial}};
            if (kpiInfo(r.kpi)->survey) {
                o.insert(QStringLiteral("responses"), r.responses);
                o.insert(QStringLiteral("margin_of_error"), jsonNumber(r.marginOfError));
                o.insert(QStringLiteral("small_sample"), r.smallSample);
            }
            rows.append(o);
        }
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QList<QStringList> rows;
    for (const KpiResult& r : table.rows)
        rows << QStringList{r.kpi,
                            r.period.label(),
                            r.segment,
                            output::number(r.value),
                            output::number(r.numerator),
                            output::number(r.denominator),
                            bandOf(r)};
    out(output::formatTable(format, header, rows, isText));
    if (format == QLatin1String("table")) {
        if (const auto month = engine.asOf())
            out(QStringLiteral("as of %1 (%2)\n").arg(monthLabel(*month), engine.asOfOrigin()));
        out(QStringLiteral("profile %1\n").arg(kpiProfileName(engine.profile())));
    }
    return Ok;
}

} // namespace tenure::cli
