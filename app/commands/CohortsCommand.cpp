#include "CommandLine.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

namespace tenure::cli {

int runCohorts(const QStringList& args)
{
    CommandParser p(QStringLiteral("cohorts"),
                    QStringLiteral("cohorts --workspace W [--metric customers|mrr] "
                                   "[--segment ATTRIBUTE] [--format csv|json|table]"));
    p.addOption(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("W"));
    p.addOption(
        QStringLiteral("metric"),
        QStringLiteral("customers (share of the cohort's accounts still active, default) or mrr (cohort MRR "
                       "against its first month)."),
        QStringLiteral("METRIC"));
    p.addOption(QStringLiteral("segment"), QStringLiteral("One table per value of an account attribute."),
                QStringLiteral("ATTRIBUTE"));
    p.addOption(QStringLiteral("format"), QStringLiteral("csv (default), json or table."),
                QStringLiteral("FORMAT"));
    if (const int code = p.parse(args); code >= 0)
        return code;
    if (!p.positional().isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "cohorts: unexpected argument %1")
                        .arg(p.positional().first()),
                    Usage);
    const QString metricName = p.isSet(QStringLiteral("metric")) ? p.value(QStringLiteral("metric")).toLower()
                                                                 : QStringLiteral("customers");
    if (metricName != QLatin1String("customers") && metricName != QLatin1String("mrr"))
        return fail(QCoreApplication::translate("tenure::cli", "cohorts: bad --metric %1 (customers or mrr)")
                        .arg(metricName),
                    Usage);
    const CohortMetric metric =
        metricName == QLatin1String("mrr") ? CohortMetric::Mrr : CohortMetric::Customers;
    const QString format = p.outputFormat();
    if (format.isEmpty())
        return Usage;
    auto workspace = openWorkspace(p, true);
    if (!workspace)
        return Failed;
    KpiEngine engine(*workspace);

    QList<CohortTable> tables;
    if (p.isSet(QStringLiteral("segment"))) {
        const QString attribute = p.value(QStringLiteral("segment")).trimmed();
        QStringList known;
        for (const SegmentAttribute& a : engine.segmentAttributes())
            known << a.name;
        if (!known.contains(attribute))
            return fail(QCoreApplication::translate("tenure::cli",
                                                    "cohorts: unknown segment attribute %1 (known: %2)")
                            .arg(attribute, known.join(QStringLiteral(", "))),
                        Usage);
        for (const QString& value : engine.segmentValues(attribute))
            tables << engine.cohorts(metric, attribute, value);
    } else {
        tables << engine.cohorts(metric);
    }

    if (format == QLatin1String("json")) {
        QJsonArray all;
        for (const CohortTable& t : tables)
            for (const CohortRow& row : t.rows) {
                QJsonArray values;
                for (double v : row.values)
                    values.append(v);
                all.append(QJsonObject{{QStringLiteral("segment"), t.segment},
                                       {QStringLiteral("cohort"), monthLabel(row.cohort)},
                                       {QStringLiteral("accounts"), row.size},
                                       {QStringLiteral("start_mrr"), row.startMrr},
                                       {QStringLiteral("metric"), metricName},
                                       {QStringLiteral("values"), values}});
            }
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    int width = 0;
    for (const CohortTable& t : tables)
        for (const CohortRow& row : t.rows)
            width = std::max(width, int(row.values.size()));
    QStringList header{QStringLiteral("segment"), QStringLiteral("cohort"), QStringLiteral("accounts"),
                       QStringLiteral("start_mrr")};
    QList<bool> isText{true, true, false, false};
    for (int k = 0; k < width; ++k) {
        header << QStringLiteral("m%1").arg(k);
        isText << false;
    }
    QList<QStringList> rows;
    for (const CohortTable& t : tables)
        for (const CohortRow& row : t.rows) {
            QStringList cells{t.segment, monthLabel(row.cohort), QString::number(row.size),
                              output::number(row.startMrr)};
            for (double v : row.values)
                cells << (format == QLatin1String("table") ? QString::number(v, 'f', 1) : output::number(v));
            while (cells.size() < header.size())
                cells << QString(); // younger cohorts have fewer months
            rows << cells;
        }
    out(output::formatTable(format, header, rows, isText));
    return Ok;
}

} // namespace tenure::cli
