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

namespace {

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

int printBacktest(KpiEngine& engine, const QString& format)
{
    const QList<BacktestRow> rows = engine.healthBacktest();
    if (format == QLatin1String("json")) {
        QJsonArray all;
        for (const BacktestRow& r : rows)
            all.append(QJsonObject{{QStringLiteral("month"), monthLabel(r.month)},
                                   {QStringLiteral("band"), r.band},
                                   {QStringLiteral("accounts"), r.accounts},
                                   {QStringLiteral("churned_within_3_months"), r.churned},
                                   {QStringLiteral("churn_share"), jsonNumber(r.churnShare)}});
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
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
    out(output::formatTable(format, header, cells, isText));
    return Ok;
}

} // namespace

int runHealth(const QStringList& args)
{
    CommandParser p(
        QStringLiteral("health"),
        QStringLiteral("health --workspace W [--period PERIOD] [--backtest] [--format csv|json|table]"));
    p.addOption(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("W"));
    p.addOption(
        QStringLiteral("period"),
        QStringLiteral("Score as of the last month of this period (default: the last month of MRR data)."),
        QStringLiteral("PERIOD"));
    p.addOption(
        QStringLiteral("backtest"),
        QStringLiteral("For each past month: accounts per band and the share that churned within 3 months."));
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
    auto workspace = openWorkspace(p, true);
    if (!workspace)
        return Failed;
    KpiEngine engine(*workspace);
    const auto range = engine.mrrRange();
    if (!range)
        return fail(QCoreApplication::translate("tenure::cli",
                                                "health: the workspace has no revenue or subscription data"));
    if (p.isSet(QStringLiteral("backtest")))
        return printBacktest(engine, format);

    MonthIndex month = range->last;
    if (period) {
        if (period->lastMonth < range->first || period->firstMonth > range->last)
            return fail(
                QCoreApplication::translate("tenure::cli", "health: no MRR data in %1 (data from %2 to %3)")
                    .arg(period->label(), monthLabel(range->first), monthLabel(range->last)));
        month = std::min(period->lastMonth, range->last);
    }
    const HealthReport report = engine.health(month);
    const QStringList components = HealthConfig::componentIds();

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
        first[5] = engine.healthConfig().bandOf(*report.globalScore);
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
