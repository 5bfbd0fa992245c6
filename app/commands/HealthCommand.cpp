#include "CommandLine.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiOutput.h"

#include <QFile>
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

int printBacktest(KpiEngine& engine, const HealthConfig& config, const QString& segment,
                  const QString& format)
{
    const BacktestSummary summary = engine.healthBacktestSummary(&config, segment);
    const QList<BacktestRow>& rows = summary.rows;
    auto groupCells = [&](const BacktestGroup& g, bool table) {
        auto num = [table](std::optional<double> v, int decimals) {
            return table && v ? QString::number(*v, 'f', decimals) : output::number(v);
        };
        return QStringList{g.segment,
                           QString::number(g.observations),
                           QString::number(g.churned),
                           QString::number(g.red),
                           QString::number(g.redChurned),
                           QString::number(g.green),
                           QString::number(g.greenChurned),
                           num(g.lift, 2),
                           num(g.auc, 3)};
    };
    const QStringList groupHeader{
        QStringLiteral("segment"),       QStringLiteral("observations"), QStringLiteral("churned"),
        QStringLiteral("red"),           QStringLiteral("red_churned"),  QStringLiteral("green"),
        QStringLiteral("green_churned"), QStringLiteral("lift"),         QStringLiteral("auc")};
    if (format == QLatin1String("json")) {
        QJsonArray groups;
        for (const BacktestGroup& g : summary.groups)
            groups.append(QJsonObject{{QStringLiteral("segment"), g.segment},
                                      {QStringLiteral("observations"), g.observations},
                                      {QStringLiteral("churned"), g.churned},
                                      {QStringLiteral("red"), g.red},
                                      {QStringLiteral("red_churned"), g.redChurned},
                                      {QStringLiteral("green"), g.green},
                                      {QStringLiteral("green_churned"), g.greenChurned},
                                      {QStringLiteral("lift"), jsonNumber(g.lift)},
                                      {QStringLiteral("auc"), jsonNumber(g.auc)}});
        QJsonArray all;
        for (const BacktestRow& r : rows)
            all.append(QJsonObject{{QStringLiteral("month"), monthLabel(r.month)},
                                   {QStringLiteral("band"), r.band},
                                   {QStringLiteral("accounts"), r.accounts},
                                   {QStringLiteral("churned_within_3_months"), r.churned},
                                   {QStringLiteral("churn_share"), jsonNumber(r.churnShare)}});
        const QJsonObject root{{QStringLiteral("rows"), all}, {QStringLiteral("summary"), groups}};
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    const QStringList header{QStringLiteral("month"), QStringLiteral("band"), QStringLiteral("accounts"),
                             QStringLiteral("churned_within_3_months"), QStringLiteral("churn_share")};
    const QList<bool> isText{true, true, false, false, false};
    QList<QStringList> cells;
    for (const BacktestRow& r : rows)
        cells << QStringList{
            monthLabel(r.month), r.band, QString::number(r.accounts), QString::number(r.churned),
            format == QLatin1String("table") && r.churnShare ? QString::number(*r.churnShare, 'f', 1)
                                                             : output::number(r.churnShare)};
    // The lift and AUC after a blank line: a second table, in all and per segment.
    QList<QStringList> groupRows;
    for (const BacktestGroup& g : summary.groups)
        groupRows << groupCells(g, format == QLatin1String("table"));
    const QList<bool> groupText{true, false, false, false, false, false, false, false, false};
    out(output::formatTable(format, header, cells, isText) + QLatin1Char('\n') +
        output::formatTable(format, groupHeader, groupRows, groupText));
    return Ok;
}

// Reads a configuration file strictly; nullopt after printing the one-line reason.
std::optional<HealthConfig> readConfig(KpiEngine& engine, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("health: cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(QStringLiteral("health: %1 is not a JSON object%2")
                 .arg(path, parseError.error != QJsonParseError::NoError
                                ? QStringLiteral(" (%1 at offset %2)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                : QString()));
        return std::nullopt;
    }
    QString error;
    std::optional<HealthConfig> config = HealthConfig::parse(doc.object(), &error);
    if (config)
        error = engine.healthConfigProblem(*config);
    if (!error.isEmpty()) {
        fail(QStringLiteral("health: %1: %2").arg(path, error));
        return std::nullopt;
    }
    return config;
}

} // namespace

int runHealth(const QStringList& args)
{
    CommandParser p(
        QStringLiteral("health"),
        QStringLiteral(
            "health --workspace W [--period PERIOD] [--config FILE.json | --set-config FILE.json]\n"
            "       [--backtest [--segment ATTRIBUTE]] [--as-of DATE] [--format csv|json|table]"));
    addAsOfOption(p);
    p.addOption(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("W"));
    p.addOption(
        QStringLiteral("period"),
        QStringLiteral("Score as of the last month of this period (default: the last month of MRR data)."),
        QStringLiteral("PERIOD"));
    p.addOption(
        QStringLiteral("backtest"),
        QStringLiteral("For each past month: accounts per band and the share that churned within 3 months."));
    p.addOption(QStringLiteral("segment"),
                QStringLiteral("With --backtest: the lift and AUC per value of this attribute too."),
                QStringLiteral("ATTRIBUTE"));
    p.addOption(
        QStringLiteral("config"),
        QStringLiteral("Weights and cut-offs for this run (docs/kpis.md); the workspace keeps its own."),
        QStringLiteral("FILE.json"));
    p.addOption(QStringLiteral("set-config"),
                QStringLiteral("Check the configuration file and save it in the workspace."),
                QStringLiteral("FILE.json"));
    p.addOption(QStringLiteral("format"), QStringLiteral("csv (default), json or table."),
                QStringLiteral("FORMAT"));
    if (const int code = p.parse(args); code >= 0)
        return code;
    if (!p.positional().isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "health: unexpected argument %1")
                        .arg(p.positional().first()),
                    Usage);
    const QString format = p.outputFormat();
    if (format.isEmpty())
        return Usage;
    std::optional<Period> period;
    if (p.isSet(QStringLiteral("period"))) {
        period = Period::parse(p.value(QStringLiteral("period")));
        if (!period)
            return fail(
                QCoreApplication::translate(
                    "tenure::cli", "health: bad --period %1 (a period such as 2026-03, 2026-Q1 or 2026)")
                    .arg(p.value(QStringLiteral("period"))),
                Usage);
    }
    if (p.isSet(QStringLiteral("config")) && p.isSet(QStringLiteral("set-config")))
        return fail(QStringLiteral("health: --config and --set-config do not go together"), Usage);
    if (p.isSet(QStringLiteral("segment")) && !p.isSet(QStringLiteral("backtest")))
        return fail(QStringLiteral("health: --segment goes with --backtest"), Usage);
    std::optional<MonthIndex> asOf;
    if (!asOfValue(p, QStringLiteral("health"), &asOf))
        return Usage;
    auto workspace = openWorkspace(p, true);
    if (!workspace)
        return Failed;
    KpiEngine engine(*workspace);
    engine.setAsOf(asOf);
    if (p.isSet(QStringLiteral("set-config"))) {
        const auto config = readConfig(engine, p.value(QStringLiteral("set-config")));
        if (!config)
            return Failed;
        engine.setHealthConfig(*config);
        out(QStringLiteral("health: configuration saved in %1\n").arg(workspace->path()));
        return Ok;
    }
    HealthConfig config = engine.healthConfig();
    if (p.isSet(QStringLiteral("config"))) {
        const auto read = readConfig(engine, p.value(QStringLiteral("config")));
        if (!read)
            return Failed;
        config = *read;
    }
    const auto range = engine.mrrRange();
    if (!range)
        return fail(QCoreApplication::translate("tenure::cli",
                                                "health: the workspace has no revenue or subscription data"));
    if (p.isSet(QStringLiteral("backtest"))) {
        const QString segment = p.value(QStringLiteral("segment"));
        if (!segment.isEmpty()) {
            QStringList names;
            for (const SegmentAttribute& a : engine.segmentAttributes())
                names << a.name;
            if (!names.contains(segment))
                return fail(QStringLiteral("health: unknown --segment %1 (%2)")
                                .arg(segment, names.join(QStringLiteral(", "))),
                            Usage);
        }
        return printBacktest(engine, config, segment, format);
    }

    MonthIndex month = range->last;
    if (period) {
        if (period->lastMonth < range->first || period->firstMonth > range->last)
            return fail(
                QCoreApplication::translate("tenure::cli", "health: no MRR data in %1 (data from %2 to %3)")
                    .arg(period->label(), monthLabel(range->first), monthLabel(range->last)));
        month = std::min(period->lastMonth, range->last);
    }
    const HealthReport report = engine.health(month, &config);
    const QStringList components = config.components();

    if (format == QLatin1String("json")) {
        QJsonArray accounts;
        for (const AccountHealth& h : report.accounts) {
            QJsonObject comps;
            for (const HealthComponent& c : h.components)
                comps.insert(c.id, QJsonObject{{QStringLiteral("score"), jsonNumber(c.score)},
                                               {QStringLiteral("weight"), c.weight},
                                               {QStringLiteral("detail"), c.detail}});
            accounts.append(QJsonObject{{QStringLiteral("account"), h.accountKey},
                                        {QStringLiteral("name"), h.name},
                                        {QStringLiteral("mrr"), h.mrr},
                                        {QStringLiteral("score"), jsonNumber(h.score)},
                                        {QStringLiteral("band"), h.band},
                                        {QStringLiteral("components"), comps},
                                        {QStringLiteral("drags"), QJsonArray::fromStringList(h.drags)}});
        }
        QJsonObject bands;
        for (auto it = report.bandCounts.begin(); it != report.bandCounts.end(); ++it)
            bands.insert(it.key(), it.value());
        const QJsonObject root{{QStringLiteral("month"), monthLabel(report.month)},
                               {QStringLiteral("score"), jsonNumber(report.globalScore)},
                               {QStringLiteral("bands"), bands},
                               {QStringLiteral("accounts"), accounts}};
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }

    QStringList header{QStringLiteral("account"), QStringLiteral("name"),  QStringLiteral("month"),
                       QStringLiteral("mrr"),     QStringLiteral("score"), QStringLiteral("band")};
    QList<bool> isText{true, true, true, false, false, true};
    for (const QString& c : components) {
        header << c;
        isText << false;
    }
    header << QStringLiteral("drags");
    isText << true;
    const bool table = format == QLatin1String("table");
    auto num = [table](std::optional<double> v) {
        return table && v ? QString::number(*v, 'f', 1) : output::number(v);
    };
    QList<QStringList> rows;
    // The first row is the portfolio: the MRR-weighted mean over active accounts.
    double total = 0;
    for (const AccountHealth& h : report.accounts)
        total += h.mrr;
    QStringList first{QStringLiteral("all"),
                      QStringLiteral("(MRR-weighted mean)"),
                      monthLabel(report.month),
                      num(total),
                      num(report.globalScore),
                      report.globalScore ? HealthConfig().bandOf(*report.globalScore) : QString()};
    if (report.globalScore)
        first[5] = config.bandOf(*report.globalScore);
    for (int i = 0; i < components.size(); ++i)
        first << QString();
    first << QString();
    rows << first;
    for (const AccountHealth& h : report.accounts) {
        QStringList cells{h.accountKey, h.name, monthLabel(report.month), num(h.mrr), num(h.score), h.band};
        for (const QString& c : components) {
            std::optional<double> score;
            for (const HealthComponent& hc : h.components)
                if (hc.id == c)
                    score = hc.score;
            cells << num(score);
        }
        cells << h.drags.join(QLatin1Char(' '));
        rows << cells;
    }
    if (table) {
        out(output::textTable(header, rows, isText));
        return Ok;
    }
    QString text = output::csvLine(header);
    for (const QStringList& row : rows)
        text += output::csvLine(row, isText);
    out(text);
    return Ok;
}

} // namespace tenure::cli
