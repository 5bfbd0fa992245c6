#include "ReportBuilder.h"

#include "Fx.h"

#include "Format.h"
#include "Workspace.h"
#include "kpi/Bands.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiMoney.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

namespace tenure::report {

// The report's words, in the reader's language (tenure_*.ts, context tenure::report::Report; the
// member functions of ReportBuilder name the context, lupdate cannot place them). Counts
// pick a singular or plural sentence in code, so the English stays right without a translator (tests,
// the C locale).
class Report
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::Report)
};

namespace {

// Where the as-of month came from, for a reader of the report.
QString asOfOriginText(const QString& origin)
{
    if (origin == QLatin1String("setting"))
        return QCoreApplication::translate("tenure::report::Report", "set in the workspace");
    if (origin == QLatin1String("command line"))
        return QCoreApplication::translate("tenure::report::Report", "chosen for this report");
    return QCoreApplication::translate("tenure::report::Report", "the latest billing export");
}

// Digits in the reader's language (the one chosen in the GUI, the system's for the CLI; en_US
// under the C locale).
QLocale numbers()
{
    return displayLocale();
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Periods of the same grain ending with `last`, oldest first.
QList<Period> window(const Period& last, int count)
{
    QList<Period> periods{last};
    while (periods.size() < count)
        periods.prepend(periods.first().previous());
    return periods;
}

int trendLength(Grain grain)
{
    switch (grain) {
    case Grain::Month:
        return 12;
    case Grain::Quarter:
        return 8;
    case Grain::Year:
        return 5;
    }
    return 8;
}

QString grainWord(Grain grain)
{
    switch (grain) {
    case Grain::Month:
        return Report::tr("month");
    case Grain::Quarter:
        return Report::tr("quarter");
    case Grain::Year:
        return Report::tr("year");
    }
    return {};
}

// Axis labels: short, so narrow charts stay readable.
std::function<QString(double)> axisFormat(KpiUnit unit, const QString& currency)
{
    const QString symbol = currency == QLatin1String("USD")   ? QStringLiteral("$")
                           : currency == QLatin1String("EUR") ? QStringLiteral("€")
                           : currency == QLatin1String("GBP") ? QStringLiteral("£")
                                                              : QString();
    return [unit, symbol](double v) -> QString {
        const double a = std::abs(v);
        switch (unit) {
        case KpiUnit::Money: {
            QString s;
            if (a >= 1e6)
                s = numbers().toString(a / 1e6, 'g', 3) + QLatin1Char('M');
            else if (a >= 1e3)
                s = numbers().toString(a / 1e3, 'g', 3) + QLatin1Char('k');
            else
                s = numbers().toString(a, 'g', 3);
            return (v < 0 ? QStringLiteral("-") : QString()) + symbol + s;
        }
        case KpiUnit::Percent:
            return numbers().toString(v, 'g', 4) + QStringLiteral(" %");
        case KpiUnit::Ratio:
            return numbers().toString(v, 'g', 3) + QLatin1Char('x');
        default:
            return numbers().toString(v, 'g', 4);
        }
    };
}

QColor bandColour(const QString& colour)
{
    QColor c(colour);
    return c.isValid() ? c : QColor(0x9e, 0x9e, 0x9e);
}

// KPIs drawn elsewhere (movements chart) or redundant in a trend page.
bool inTrendPages(const QString& id)
{
    static const QStringList skip{QStringLiteral("arr"),           QStringLiteral("mrr_new"),
                                  QStringLiteral("mrr_expansion"), QStringLiteral("mrr_contraction"),
                                  QStringLiteral("mrr_churn"),     QStringLiteral("mrr_reactivation")};
    return !skip.contains(id);
}

const QStringList& movementIds()
{
    static const QStringList ids{QStringLiteral("mrr_new"), QStringLiteral("mrr_expansion"),
                                 QStringLiteral("mrr_reactivation"), QStringLiteral("mrr_contraction"),
                                 QStringLiteral("mrr_churn")};
    return ids;
}

QString reviewName(Grain grain)
{
    switch (grain) {
    case Grain::Month:
        return Report::tr("Monthly business review");
    case Grain::Quarter:
        return Report::tr("Quarterly business review");
    case Grain::Year:
        return Report::tr("Annual business review");
    }
    return {};
}

// "lead_source" -> "Lead source".
QString attributeTitle(const QString& attribute)
{
    QString title = attribute;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    return title.left(1).toUpper() + title.mid(1);
}

// "The 4 most recent tickets up to ..." / "The only ticket up to ...".
QString ticketsText(int count, const QString& until)
{
    if (count == 1)
        return Report::tr("The only ticket up to %1.").arg(until);
    return Report::tr("The %1 most recent tickets up to %2.").arg(count).arg(until);
}

QString answersText(int count, const QString& until)
{
    if (count == 1)
        return Report::tr("The only answer up to %1.").arg(until);
    return Report::tr("The %1 most recent answers up to %2.").arg(count).arg(until);
}

// The health bands as words of the reader ("red" is the key kept in the engine).
QString bandWord(const QString& band)
{
    if (band == QLatin1String("red"))
        return Report::tr("red");
    if (band == QLatin1String("amber"))
        return Report::tr("amber");
    if (band == QLatin1String("green"))
        return Report::tr("green");
    return band;
}

QColor heat(double percent)
{
    // White at 0 %, the accent blue at 100 %, capped, so numbers stay readable on it.
    const double t = std::clamp(percent / 100.0, 0.0, 1.0) * 0.55;
    return QColor::fromRgbF(float(1 - t * 0.88), float(1 - t * 0.62), float(1 - t * 0.34));
}

} // namespace

struct ReportBuilder::Private
{
    QString currency;
    // Cached across account reports (`--account all`).
    std::optional<HealthReport> health;
    MonthIndex healthMonth = -1;
    std::map<MonthIndex, double> medianMrr; // per month, over active accounts
    MonthIndex medianFrom = 0, medianTo = -1;
    std::map<qint64, int> ticketCounts; // tickets created in the report period, per account id
    std::optional<Period> ticketPeriod;
};

ReportBuilder::ReportBuilder() : d(std::make_unique<Private>()) {}
ReportBuilder::~ReportBuilder()
{
    // The engine and bands refer to the workspace: release them first.
    m_bands.reset();
    m_engine.reset();
    m_workspace.reset();
}

std::unique_ptr<ReportBuilder> ReportBuilder::open(const QString& workspacePath, QString* error)
{
    auto workspace = Workspace::openExisting(workspacePath, error);
    if (!workspace)
        return nullptr;
    std::unique_ptr<ReportBuilder> builder(new ReportBuilder);
    builder->m_workspace = std::move(workspace);
    builder->m_engine = std::make_unique<KpiEngine>(*builder->m_workspace);
    builder->m_bands = std::make_unique<Bands>(*builder->m_workspace);
    builder->d->currency = builder->m_workspace->currency();
    return builder;
}

std::optional<Period> ReportBuilder::defaultPeriod()
{
    if (const auto range = m_engine->mrrRange()) {
        Period q = Period::containing(Grain::Quarter, range->last);
        if (q.lastMonth > range->last && q.previous().lastMonth >= range->first)
            q = q.previous();
        return q;
    }
    std::optional<QDate> last;
    // Renewals are due in the future: they never make a period "the latest with data".
    for (const Workspace::KindSummary& kind : m_workspace->summary())
        if (kind.kind != DataKind::Renewals && kind.last.isValid() && (!last || kind.last > *last))
            last = kind.last;
    if (!last)
        return std::nullopt;
    return Period::containing(Grain::Quarter, monthIndexOf(*last));
}

QStringList ReportBuilder::accountKeys()
{
    QStringList keys;
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT account_key FROM accounts ORDER BY account_key"));
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

QString ReportBuilder::validate(const ReportOptions& options)
{
    m_engine->setAsOf(options.asOf);
    m_engine->setProfile(options.profile);
    std::optional<Period> period;
    if (options.period.isEmpty()) {
        period = defaultPeriod();
        if (!period)
            return QCoreApplication::translate("tenure::report::Report",
                                               "the workspace has no data to report on");
    } else {
        period = Period::parse(options.period);
        if (!period)
            return QCoreApplication::translate("tenure::report::Report",
                                               "unknown period '%1' (use 2026-03, 2026-Q1 or 2026)")
                .arg(options.period);
        // The period must overlap some data.
        std::optional<MonthIndex> first, last;
        if (const auto range = m_engine->mrrRange()) {
            first = range->first;
            last = range->last;
        }
        for (const Workspace::KindSummary& kind : m_workspace->summary()) {
            if (kind.first.isValid())
                first = std::min(first.value_or(monthIndexOf(kind.first)), monthIndexOf(kind.first));
            if (kind.last.isValid())
                last = std::max(last.value_or(monthIndexOf(kind.last)), monthIndexOf(kind.last));
        }
        if (!first)
            return QCoreApplication::translate("tenure::report::Report",
                                               "the workspace has no data to report on");
        if (period->lastMonth < *first || period->firstMonth > *last)
            return QCoreApplication::translate("tenure::report::Report",
                                               "no data in period %1 (data runs from %2 to %3)")
                .arg(period->label(), monthLabel(*first), monthLabel(*last));
    }
    if (!options.account.isEmpty() && !m_engine->account(options.account))
        return QCoreApplication::translate("tenure::report::Report", "unknown account '%1'")
            .arg(options.account);
    if (options.account.isEmpty() && (options.sections & SegmentsSection)) {
        QStringList names;
        for (const SegmentAttribute& attribute : m_engine->segmentAttributes())
            names << attribute.name;
        if (!names.contains(options.segment))
            return QCoreApplication::translate("tenure::report::Report",
                                               "unknown segment attribute '%1' (known: %2)")
                .arg(options.segment, names.join(QStringLiteral(", ")));
    }
    return {};
}

namespace {

// Everything a section needs, so the section functions stay small.
struct Context
{
    KpiEngine& engine;
    Bands& bands;
    Workspace& workspace;
    const ReportOptions& options;
    QString currency;
    Period period;
    KpiTable table; // every KPI, same grain, from the trend start (or a year before) to the period

    QString format(const QString& kpi, double value) const
    {
        const KpiInfo* info = kpiInfo(kpi);
        return info ? format::kpiValue(*info, value, currency) : QString::number(value);
    }
    std::optional<double> value(const QString& kpi, const Period& p) const
    {
        const KpiResult* r = table.find(kpi, p);
        return r ? r->value : std::nullopt;
    }
    const KpiResult* result(const QString& kpi, const Period& p) const { return table.find(kpi, p); }
    // The month health and lists are taken at: the period's last month, clipped to the MRR data.
    MonthIndex lastMonth() const
    {
        if (const auto range = engine.mrrRange())
            return std::min(period.lastMonth, range->last);
        return period.lastMonth;
    }
};

QString changeText(const KpiInfo& info, std::optional<double> current, std::optional<double> before)
{
    if (!current || !before)
        return QStringLiteral("–");
    const double diff = *current - *before;
    // The sign follows the rounded number, so a tiny change never prints as "-0.0".
    const auto signed1 = [](double value) -> QString {
        const QString digits = numbers().toString(std::abs(value), 'f', 1);
        if (digits == numbers().toString(0.0, 'f', 1))
            return digits;
        return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits;
    };
    if (info.unit == KpiUnit::Percent)
        return signed1(diff) + Report::tr(" pts");
    if (info.unit == KpiUnit::Score)
        return signed1(diff);
    if (*before == 0)
        return QStringLiteral("–");
    return signed1(diff / *before * 100) + QStringLiteral(" %");
}

// One factual sentence: "Net revenue retention rose from 98.1 % to 103.4 %, above the 100.0 % target."
QString sentence(const Context& ctx, const QString& kpi, const Period& before,
                 const QString& segmentAttribute = {})
{
    const KpiInfo* info = kpiInfo(kpi);
    const auto current = ctx.value(kpi, ctx.period);
    if (!info || !current)
        return {};
    const auto previous = ctx.value(kpi, before);
    QString s;
    const QString now = ctx.format(kpi, *current);
    if (!previous) {
        s = Report::tr("%1 was %2 in %3").arg(info->name, now, ctx.period.label());
    } else {
        const QString then = ctx.format(kpi, *previous);
        if (now == then)
            s = Report::tr("%1 held at %2").arg(info->name, now);
        else
            s = (*current > *previous ? Report::tr("%1 rose from %2 to %3")
                                      : Report::tr("%1 fell from %2 to %3"))
                    .arg(info->name, then, now);
    }
    if (const auto target = ctx.bands.targetFor(kpi, segmentAttribute)) {
        const QString t = ctx.format(kpi, target->value);
        if (now == t)
            s += Report::tr(", on the %1 target").arg(t);
        else
            s += (*current > target->value ? Report::tr(", above the %1 target")
                                           : Report::tr(", below the %1 target"))
                     .arg(t);
    }
    if (const auto band = ctx.bands.bandFor(kpi, *current))
        s += QStringLiteral(" (%1)").arg(format::bandLabel(band->label));
    return s + QLatin1Char('.');
}

ChartSpec trendChart(const Context& ctx, const KpiInfo& info, const QList<Period>& periods)
{
    ChartSpec chart;
    chart.title = info.name;
    chart.format = axisFormat(info.unit, ctx.currency);
    chart.integerAxis = info.unit == KpiUnit::Count;
    ChartSeries series;
    series.name = info.name;
    series.colour = palette::series(0);
    QStringList notes;
    for (const Period& p : periods) {
        chart.xLabels << p.label();
        const KpiResult* r = ctx.result(info.id, p);
        series.values << (r ? r->value : std::nullopt);
        if (r && r->value && r->partial && p == ctx.period)
            notes << Report::tr("partial");
        if (r && r->value && r->smallSample && p == ctx.period)
            notes << (r->responses == 1 ? Report::tr("small sample: 1 answer")
                                        : Report::tr("small sample: %1 answers").arg(r->responses));
    }
    chart.series << series;
    for (const Band& band : ctx.bands.bandsFor(info.id))
        chart.bands << ChartBand{format::bandLabel(band.label), band.lower, band.upper,
                                 bandColour(band.colour)};
    if (const auto target = ctx.bands.targetFor(info.id))
        chart.target = target->value;
    // "2025-Q4: 41.7 % (partial, small sample: 12 answers)"
    if (const auto v = ctx.value(info.id, ctx.period)) {
        const QString flags =
            notes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
        notes =
            QStringList{QStringLiteral("%1: %2%3").arg(ctx.period.label(), ctx.format(info.id, *v), flags)};
    } else {
        notes = QStringList{Report::tr("%1: no value").arg(ctx.period.label())};
    }
    chart.note = notes.join(QStringLiteral(" · "));
    return chart;
}

void addSummary(Document& doc, const Context& ctx)
{
    const Period prev = ctx.period.previous();
    const Period yearAgo = ctx.period.yearBefore();
    doc.addHeading(Report::tr("Executive summary"));
    QStringList facts;
    for (const char* id :
         {"mrr", "customers", "nrr", "churn_rate", "nps", "csat", "fcr_rate", "adoption_rate"}) {
        const QString s = sentence(ctx, QString::fromLatin1(id), prev);
        if (!s.isEmpty())
            facts << s;
    }
    if (facts.isEmpty())
        facts << Report::tr("No KPI has a value in %1.").arg(ctx.period.label());
    doc.addParagraph(facts.join(QLatin1Char(' ')));

    Table table;
    table.header = {Report::tr("KPI"),
                    ctx.period.label(),
                    Report::tr("vs %1").arg(prev.label()),
                    Report::tr("vs %1").arg(yearAgo.label()),
                    Report::tr("Band"),
                    Report::tr("Target")};
    table.rightAligned = {false, true, true, true, false, true};
    QStringList missing;
    QStringList surveyNotes;
    bool partial = false;
    for (const KpiInfo& info : kpiCatalogue()) {
        const KpiResult* r = ctx.result(info.id, ctx.period);
        const auto current = r ? r->value : std::nullopt;
        const auto before = ctx.value(info.id, prev);
        const auto yearBefore = ctx.value(info.id, yearAgo);
        if (!current && !before && !yearBefore) {
            missing << info.name;
            continue;
        }
        partial = partial || (r && r->partial);
        std::vector<TableCell> row;
        row.push_back(TableCell(info.name));
        row.push_back(TableCell(current ? ctx.format(info.id, *current) : Report::tr("no value")));
        row.back().bold = true;
        row.push_back(TableCell(changeText(info, current, before)));
        row.push_back(TableCell(changeText(info, current, yearBefore)));
        TableCell band;
        if (current)
            if (const auto match = ctx.bands.bandFor(info.id, *current)) {
                band.text = format::bandLabel(match->label);
                QColor c = bandColour(match->colour);
                c.setAlphaF(0.25);
                band.background = c;
            }
        row.push_back(band);
        QString target;
        if (const auto t = ctx.bands.targetFor(info.id)) {
            target = ctx.format(info.id, t->value);
            if (t->due.isValid())
                target += Report::tr(" by ") + format::date(t->due);
        }
        row.push_back(TableCell(target));
        table.rows.push_back(std::move(row));
        if (info.survey && r && current)
            surveyNotes << (r->responses == 1 ? Report::tr("%1 from %2 answer (± %3)%4")
                                              : Report::tr("%1 from %2 answers (± %3)%4"))
                               .arg(info.name)
                               .arg(r->responses)
                               .arg(r->marginOfError ? numbers().toString(*r->marginOfError, 'f', 1)
                                                     : QStringLiteral("?"),
                                    r->smallSample ? Report::tr(", small sample") : QString());
    }
    doc.addTable(table);
    if (!surveyNotes.isEmpty())
        doc.addNote(Report::tr("Survey scores: %1; margins of error at 95 %.")
                        .arg(surveyNotes.join(QStringLiteral("; "))));
    if (partial)
        if (const auto range = ctx.engine.mrrRange())
            doc.addNote(
                Report::tr("%1 is partial: MRR data ends in %2, so MRR-based KPIs cover %3 to %2.")
                    .arg(ctx.period.label(), monthLabel(range->last), monthLabel(ctx.period.firstMonth)));
    doc.addNote(
        Report::tr("Changes of rates are in percentage points (pts); of amounts and counts, in per cent."));
    if (!missing.isEmpty())
        doc.addNote(Report::tr("No data for: %1.").arg(missing.join(QStringLiteral(", "))));
}

void addTrends(Document& doc, const Context& ctx, const QList<Period>& periods)
{
    for (KpiFamily family : allFamilies()) {
        QList<ChartSpec> charts;
        QStringList facts;
        for (const KpiInfo& info : kpiCatalogue()) {
            if (info.family != family || !inTrendPages(info.id))
                continue;
            bool any = false;
            for (const Period& p : periods)
                any = any || ctx.value(info.id, p).has_value();
            if (!any)
                continue;
            charts << trendChart(ctx, info, periods);
            const QString s = sentence(ctx, info.id, ctx.period.previous());
            if (!s.isEmpty() && facts.size() < 4)
                facts << s;
        }
        if (charts.isEmpty())
            continue;
        doc.addPageBreak();
        doc.addHeading(Report::tr("%1 trends").arg(familyName(family)));
        doc.addParagraph(facts.isEmpty()
                             ? Report::tr("No %1 KPI has a value in %2.")
                                   .arg(numbers().language() == QLocale::English
                                            ? familyName(family).toLower() // German nouns keep their capital
                                            : familyName(family),
                                        ctx.period.label())
                             : facts.join(QLatin1Char(' ')));
        // One page per family: three columns when there are many charts, heights that fit the page.
        const int columns = charts.size() > 6 ? 3 : 2;
        const int rows = int((charts.size() + columns - 1) / columns);
        doc.addCharts(charts, columns, std::min(160.0, 540.0 / rows - 12));
    }
}

void addMovements(Document& doc, const Context& ctx)
{
    const auto range = ctx.engine.mrrRange();
    if (!range)
        return;
    doc.addPageBreak();
    doc.addHeading(Report::tr("MRR movements"));
    const MonthIndex last = ctx.lastMonth();
    const MonthIndex first = std::max(range->first, last - 11);
    KpiQuery query;
    query.kpis = movementIds();
    query.kpis << QStringLiteral("mrr");
    query.grain = Grain::Month;
    query.from = Period::containing(Grain::Month, first);
    query.to = Period::containing(Grain::Month, last);
    const KpiTable months = ctx.engine.compute(query);

    const auto v = [&](const QString& kpi, const Period& p) {
        const KpiResult* r = ctx.result(kpi, p);
        return r && r->value ? *r->value : 0.0;
    };
    const Period p = ctx.period;
    const double added = v(QStringLiteral("mrr_new"), p) + v(QStringLiteral("mrr_expansion"), p) +
                         v(QStringLiteral("mrr_reactivation"), p);
    const double lost = v(QStringLiteral("mrr_contraction"), p) + v(QStringLiteral("mrr_churn"), p);
    const QString money = QStringLiteral("mrr");
    QString text =
        Report::tr("In %1, new customers added %2 of MRR, expansion %3 and reactivation %4; contraction "
                   "removed %5 and churn %6, a net change of %7.")
            .arg(p.label(), ctx.format(money, v(QStringLiteral("mrr_new"), p)),
                 ctx.format(money, v(QStringLiteral("mrr_expansion"), p)),
                 ctx.format(money, v(QStringLiteral("mrr_reactivation"), p)),
                 ctx.format(money, v(QStringLiteral("mrr_contraction"), p)),
                 ctx.format(money, v(QStringLiteral("mrr_churn"), p)),
                 (added - lost >= 0 ? QStringLiteral("+") : QString()) + ctx.format(money, added - lost));
    if (const auto quick = ctx.value(QStringLiteral("quick_ratio"), p))
        text += Report::tr(" The quick ratio was %1.").arg(ctx.format(QStringLiteral("quick_ratio"), *quick));
    doc.addParagraph(text);

    ChartSpec chart;
    chart.kind = ChartSpec::Kind::StackedBars;
    chart.title = Report::tr("Monthly MRR movements, %1 to %2").arg(monthLabel(first), monthLabel(last));
    chart.format = axisFormat(KpiUnit::Money, ctx.currency);
    const QStringList names{Report::tr("New"), Report::tr("Expansion"), Report::tr("Reactivation"),
                            Report::tr("Contraction"), Report::tr("Churn")};
    const QList<QColor> colours{QColor(0x2e, 0x8b, 0x57), QColor(0x7c, 0xc4, 0x7f), QColor(0x4f, 0x9d, 0xd6),
                                QColor(0xf0, 0xa0, 0x4b), QColor(0xc0, 0x39, 0x2b)};
    for (int i = 0; i < movementIds().size(); ++i)
        chart.series << ChartSeries{names[i], colours[i], {}, false};
    ChartSeries net{Report::tr("Net change"), palette::text(), {}, false};
    for (MonthIndex m = first; m <= last; ++m) {
        const Period month = Period::containing(Grain::Month, m);
        chart.xLabels << monthLabel(m);
        double sum = 0;
        for (int i = 0; i < movementIds().size(); ++i) {
            const KpiResult* r = months.find(movementIds()[i], month);
            double value = r && r->value ? *r->value : 0;
            if (i >= 3)
                value = -value;
            sum += value;
            chart.series[i].values << value;
        }
        net.values << sum;
    }
    chart.netLine = net;
    doc.addCharts({chart}, 1, 230);

    Table table;
    table.header = {Report::tr("Movement"), p.label(), p.previous().label()};
    const auto row = [&](const QString& label, const QString& kpi, double sign, bool start) {
        std::vector<TableCell> cells{TableCell(label)};
        for (const Period& q : {p, p.previous()}) {
            const auto value = start ? ctx.value(QStringLiteral("mrr"), q.previous()) : ctx.value(kpi, q);
            cells.push_back(TableCell(value ? ctx.format(money, sign * *value) : QStringLiteral("–")));
        }
        table.rows.push_back(cells);
    };
    row(Report::tr("MRR at start"), {}, 1, true);
    for (int i = 0; i < movementIds().size(); ++i)
        row(names[i], movementIds()[i], i >= 3 ? -1 : 1, false);
    row(Report::tr("MRR at end"), QStringLiteral("mrr"), 1, false);
    table.rows.front()[0].bold = table.rows.back()[0].bold = true;
    table.columnWeights = {3, 2, 2};
    doc.addTable(table);
}

Table cohortTable(const Context& ctx, const CohortTable& cohorts, int maxCohorts, int maxMonths, bool money)
{
    QList<CohortRow> rows;
    for (const CohortRow& row : cohorts.rows)
        if (row.cohort <= ctx.lastMonth())
            rows << row;
    rows = rows.mid(std::max<qsizetype>(0, rows.size() - maxCohorts));
    Table table;
    table.fontPointSize = 6.8;
    table.header = {Report::tr("Cohort"), money ? Report::tr("Start MRR") : Report::tr("Accounts")};
    for (int k = 0; k < maxMonths; ++k)
        table.header << QStringLiteral("M%1").arg(k);
    for (const CohortRow& row : rows) {
        std::vector<TableCell> cells{TableCell(monthLabel(row.cohort)),
                                     TableCell(money ? ctx.format(QStringLiteral("mrr"), row.startMrr)
                                                     : numbers().toString(row.size))};
        for (int k = 0; k < maxMonths; ++k) {
            TableCell cell;
            if (k < row.values.size() && row.cohort + k <= ctx.lastMonth()) {
                cell.text = numbers().toString(row.values[k], 'f', 0);
                cell.background = heat(row.values[k]);
            }
            cells.push_back(cell);
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

void addCohorts(Document& doc, const Context& ctx)
{
    const CohortTable customers = ctx.engine.cohorts(CohortMetric::Customers);
    const CohortTable revenue = ctx.engine.cohorts(CohortMetric::Mrr);
    if (customers.rows.isEmpty())
        return;
    doc.addPageBreak();
    doc.addHeading(Report::tr("Cohorts"));
    // The most recent cohort with six months of history, and its revenue retention.
    QString text;
    for (auto it = customers.rows.crbegin(); it != customers.rows.crend(); ++it) {
        if (it->cohort + 6 > ctx.lastMonth() || it->values.size() <= 6)
            continue;
        const QString month = monthLabel(it->cohort);
        const QString share = numbers().toString(it->values[6], 'f', 0);
        text = it->size == 1
                   ? Report::tr("Of the one account that started paying in %1, %2 % was still active "
                                "six months later")
                         .arg(month, share)
                   : Report::tr("Of the %1 accounts that started paying in %2, %3 % were still active "
                                "six months later")
                         .arg(numbers().toString(it->size), month, share);
        for (const CohortRow& r : revenue.rows)
            if (r.cohort == it->cohort && r.values.size() > 6)
                text += Report::tr(", and the cohort's MRR was %1 % of its first month")
                            .arg(numbers().toString(r.values[6], 'f', 0));
        text += QLatin1Char('.');
        break;
    }
    if (text.isEmpty())
        text = Report::tr("No cohort has six months of history yet.");
    doc.addParagraph(text +
                     Report::tr(" Each cell is the share of a cohort (accounts grouped by the month of their "
                                "first MRR) still active k months later (M0 = first month)."));
    doc.addHeading(Report::tr("Customer retention by cohort (%)"), 2);
    doc.addTable(cohortTable(ctx, customers, 12, 12, false));
    doc.addHeading(Report::tr("Revenue retention by cohort (% of first-month MRR)"), 2);
    doc.addTable(cohortTable(ctx, revenue, 12, 12, true));
}

void addSegments(Document& doc, const Context& ctx)
{
    const QString attribute = ctx.options.segment;
    KpiQuery query;
    query.kpis = {QStringLiteral("customers"),  QStringLiteral("mrr"), QStringLiteral("arpa"),
                  QStringLiteral("churn_rate"), QStringLiteral("nrr"), QStringLiteral("nps"),
                  QStringLiteral("csat")};
    query.grain = ctx.period.grain;
    query.from = ctx.period;
    query.to = ctx.period;
    query.segmentAttribute = attribute;
    const KpiTable table = ctx.engine.compute(query);
    doc.addPageBreak();
    doc.addHeading(Report::tr("Segments by %1").arg(attributeTitle(attribute).toLower()));

    QStringList segments;
    for (const KpiResult& r : table.rows)
        if (!segments.contains(r.segment))
            segments << r.segment;
    Table out;
    out.header = {attributeTitle(attribute)};
    out.header << Report::tr("Customers") << Report::tr("MRR") << Report::tr("ARPA")
               << Report::tr("Churn rate") << Report::tr("NRR") << Report::tr("NPS") << Report::tr("CSAT");
    double totalMrr = 0;
    QString topSegment, worstChurn;
    double topMrr = -1, worstChurnValue = -1;
    for (const QString& segment : segments) {
        std::vector<TableCell> cells{TableCell(segment)};
        for (const QString& kpi : query.kpis) {
            const KpiResult* r = table.find(kpi, ctx.period, segment);
            cells.push_back(TableCell(r && r->value ? ctx.format(kpi, *r->value) : QStringLiteral("–")));
            if (r && r->value && kpi == QLatin1String("mrr")) {
                totalMrr += *r->value;
                if (*r->value > topMrr) {
                    topMrr = *r->value;
                    topSegment = segment;
                }
            }
            if (r && r->value && kpi == QLatin1String("churn_rate") && *r->value > worstChurnValue) {
                worstChurnValue = *r->value;
                worstChurn = segment;
            }
        }
        out.rows.push_back(std::move(cells));
    }
    QString text;
    if (segments.isEmpty()) {
        text = Report::tr("No account has a value for %1 in %2.").arg(attribute, ctx.period.label());
    } else {
        text = (segments.size() == 1 ? Report::tr("One segment by %1.").arg(attribute)
                                     : Report::tr("%1 segments by %2.").arg(segments.size()).arg(attribute));
        if (topMrr > 0 && totalMrr > 0)
            text += Report::tr(" %1 has the most MRR: %2, %3 % of the total.")
                        .arg(topSegment, ctx.format(QStringLiteral("mrr"), topMrr),
                             numbers().toString(topMrr / totalMrr * 100, 'f', 1));
        if (worstChurnValue == 0)
            text += Report::tr(" No segment lost customers.");
        else if (worstChurnValue > 0)
            text += Report::tr(" Customer churn was highest in %1 (%2).")
                        .arg(worstChurn, ctx.format(QStringLiteral("churn_rate"), worstChurnValue));
    }
    doc.addParagraph(text);
    out.fontPointSize = 7.5;
    doc.addTable(out);
}

// Component names, "MRR trend, Latest NPS"; inSentence lowers the first letter ("latest NPS").
QString componentNames(const QStringList& ids, bool inSentence = false)
{
    QStringList names;
    for (const QString& id : ids) {
        QString name = HealthConfig::componentName(id);
        if (inSentence && name.size() > 1 && name[1].isLower())
            name[0] = name[0].toLower();
        names << name;
    }
    return names.join(QStringLiteral(", "));
}

void addAtRisk(Document& doc, const Context& ctx)
{
    const HealthReport health = ctx.engine.health(ctx.lastMonth());
    if (health.accounts.isEmpty())
        return;
    QList<AccountHealth> risky = ctx.engine.atRisk(ctx.lastMonth(), 25);
    doc.addHeading(Report::tr("At-risk accounts"));
    double riskyMrr = 0, total = 0;
    for (const AccountHealth& a : health.accounts)
        total += a.mrr;
    const int red = health.bandCounts.value(QStringLiteral("red"));
    for (const AccountHealth& a : health.accounts)
        if (a.band == QLatin1String("red"))
            riskyMrr += a.mrr;
    QString text = Report::tr("Health as of %1: ").arg(monthLabel(health.month));
    if (health.globalScore)
        text += Report::tr("the MRR-weighted health score is %1; ")
                    .arg(numbers().toString(*health.globalScore, 'f', 1));
    text += Report::tr("%1 of %2 active accounts are red, %3 amber and %4 green.")
                .arg(red)
                .arg(health.accounts.size())
                .arg(health.bandCounts.value(QStringLiteral("amber")))
                .arg(health.bandCounts.value(QStringLiteral("green")));
    if (red > 0 && total > 0)
        text += Report::tr(" The red accounts hold %1 of MRR (%2 %).")
                    .arg(ctx.format(QStringLiteral("mrr"), riskyMrr),
                         numbers().toString(riskyMrr / total * 100, 'f', 1));
    if (risky.isEmpty()) {
        text += Report::tr(" No account is red; the table lists the ten lowest scores.");
        risky = health.accounts.mid(0, 10);
    } else if (red > risky.size()) {
        text += Report::tr(" The table lists the %1 red accounts with the most MRR.").arg(risky.size());
    }
    doc.addParagraph(text);
    Table table;
    table.header = {Report::tr("Account"), Report::tr("Name"), Report::tr("MRR"),
                    Report::tr("Health"),  Report::tr("Band"), Report::tr("Pulling the score down")};
    table.rightAligned = {false, false, true, true, false, false};
    for (const AccountHealth& a : risky) {
        TableCell band(bandWord(a.band));
        if (a.band == QLatin1String("red"))
            band.background = QColor(0xf6, 0xc9, 0xc4);
        else if (a.band == QLatin1String("amber"))
            band.background = QColor(0xfb, 0xe3, 0xb8);
        table.rows.push_back({TableCell(a.accountKey), TableCell(a.name),
                              TableCell(ctx.format(QStringLiteral("mrr"), a.mrr)),
                              TableCell(a.score ? numbers().toString(*a.score, 'f', 1) : QStringLiteral("–")),
                              band, TableCell(componentNames(a.drags))});
    }
    doc.addTable(table);
}

void addComments(Document& doc, const Context& ctx)
{
    const QList<SurveyComment> comments = ctx.engine.comments(ctx.period, QStringLiteral("nps"));
    const KpiResult* nps = ctx.result(QStringLiteral("nps"), ctx.period);
    if (comments.isEmpty() && !(nps && nps->value))
        return;
    doc.addHeading(Report::tr("What customers said"));
    QList<SurveyComment> detractors, promoters;
    for (const SurveyComment& c : comments) {
        if (c.category == QLatin1String("detractor") && detractors.size() < 6)
            detractors << c;
        if (c.category == QLatin1String("promoter") && promoters.size() < 6)
            promoters << c;
    }
    QString text;
    if (nps && nps->value)
        text = (nps->responses == 1 ? Report::tr("NPS in %1 was %2 from %3 answer. ")
                                    : Report::tr("NPS in %1 was %2 from %3 answers. "))
                   .arg(ctx.period.label(), ctx.format(QStringLiteral("nps"), *nps->value))
                   .arg(nps->responses);
    text += (comments.size() == 1 ? Report::tr("%1 answer came with a comment; below are the most recent "
                                               "detractors (0-6) and promoters (9-10).")
                                  : Report::tr("%1 answers came with a comment; below are the most recent "
                                               "detractors (0-6) and promoters (9-10)."))
                .arg(comments.size());
    doc.addParagraph(text);
    const auto table = [&](const QString& title, const QList<SurveyComment>& list) {
        doc.addHeading(title, 2);
        if (list.isEmpty()) {
            doc.addNote(Report::tr("None in %1.").arg(ctx.period.label()));
            return;
        }
        Table t;
        t.header = {Report::tr("Date"), Report::tr("Account"), Report::tr("Score"), Report::tr("Comment")};
        t.rightAligned = {false, false, true, false};
        t.columnWeights = {1.3, 2.2, 0.8, 7};
        for (const SurveyComment& c : list)
            t.rows.push_back({TableCell(format::date(c.date)),
                              TableCell(!c.accountName.isEmpty()  ? c.accountName
                                        : !c.accountKey.isEmpty() ? c.accountKey
                                                                  : QStringLiteral("–")),
                              TableCell(numbers().toString(c.score, 'f', 0)), TableCell(c.comment)});
        doc.addTable(t);
    };
    table(Report::tr("Detractors"), detractors);
    table(Report::tr("Promoters"), promoters);
}

void addAppendix(Document& doc, const Context& ctx)
{
    doc.addPageBreak();
    doc.addHeading(Report::tr("Appendix: definitions"));
    doc.addParagraph(
        Report::tr("S = accounts active at the start of the period (MRR > 0 in the month before it); E = "
                   "accounts active at its end; N = E \\ S (new and reactivated). A ratio with a zero "
                   "denominator has no value."));
    Table defs;
    defs.header = {Report::tr("KPI"), Report::tr("Definition"), Report::tr("Bands")};
    defs.rightAligned = {false, false, false};
    defs.columnWeights = {2.2, 5, 2.8};
    defs.fontPointSize = 7.2;
    for (const KpiInfo& info : kpiCatalogue()) {
        QStringList bands;
        for (const Band& band : ctx.bands.bandsFor(info.id)) {
            QString range;
            if (band.lower && band.upper)
                range = Report::tr("%1 to %2")
                            .arg(numbers().toString(*band.lower), numbers().toString(*band.upper));
            else if (band.lower)
                range = Report::tr("%1 and above").arg(numbers().toString(*band.lower));
            else if (band.upper)
                range = Report::tr("below %1").arg(numbers().toString(*band.upper));
            bands << QStringLiteral("%1: %2").arg(format::bandLabel(band.label), range);
        }
        defs.rows.push_back({TableCell(QStringLiteral("%1 (%2)").arg(info.name, info.id)),
                             TableCell(info.definition), TableCell(bands.join(QStringLiteral("; ")))});
    }
    doc.addTable(defs);

    doc.addHeading(Report::tr("Appendix: imported files"));
    doc.addParagraph(
        Report::tr("The numbers in this report come from these imports; the SHA-256 content hash "
                   "identifies each file, so the report can be reproduced from the same files."));
    Table files;
    files.header = {Report::tr("File"), Report::tr("Kind"), Report::tr("Rows"), Report::tr("SHA-256")};
    files.rightAligned = {false, false, true, false};
    // Column widths from the content, so the 64-digit hash stays on one line.
    files.fontPointSize = 6.5;
    QSqlQuery query(ctx.workspace.database());
    query.exec(
        QStringLiteral("SELECT file_name, kind, rows_imported, sha256 FROM import_batches ORDER BY id"));
    while (query.next())
        files.rows.push_back({TableCell(query.value(0).toString()), TableCell(query.value(1).toString()),
                              TableCell(numbers().toString(query.value(2).toLongLong())),
                              TableCell(query.value(3).toString())});
    if (files.rows.empty())
        doc.addNote(Report::tr("No import batches: the data was generated or written directly."));
    else
        doc.addTable(files);

    // Amounts in other currencies: the rates they were converted at, so the numbers can be checked.
    const QStringList rates = ctx.engine.exchangeRates(ctx.period);
    if (!rates.isEmpty()) {
        doc.addHeading(Report::tr("Appendix: exchange rates"));
        doc.addParagraph(Report::tr("Amounts in other currencies are converted into %1: MRR at the rate of "
                                    "the month's last day (the latest rate on or before it), orders, costs "
                                    "and renewals at the rate of their day. Month-end rates of this period:")
                             .arg(ctx.currency));
        Table table;
        table.header = {Report::tr("Month end"), Report::tr("Rate")};
        table.rightAligned = {false, false};
        table.columnWeights = {1.5, 8.5};
        table.fontPointSize = 7.2;
        for (const QString& line : rates)
            table.rows.push_back({TableCell(line.section(QStringLiteral(": "), 0, 0)),
                                  TableCell(line.section(QStringLiteral(": "), 1))});
        doc.addTable(table);
    }
}

} // namespace

std::unique_ptr<Document> ReportBuilder::build(const ReportOptions& options, QString* error,
                                               const ProgressCallback& progress)
{
    const QString problem = validate(options);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    const Period period = options.period.isEmpty() ? *defaultPeriod() : *Period::parse(options.period);
    if (!options.account.isEmpty())
        return buildAccount(options, period, error, progress);

    int step = 0;
    const int steps = 8;
    const auto advance = [&](const QString& what) {
        if (progress && !progress(step++, steps, what)) {
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
        return true;
    };

    auto doc = std::make_unique<Document>();
    doc->setPageSize(options.pageSize);
    const QString company = m_workspace->companyName();
    const QString logo = m_workspace->setting(QStringLiteral("logo_path")).toString();
    const QString review = reviewName(period.grain);
    const QString title = QStringLiteral("%1 · %2").arg(review, period.label());
    doc->setHeader(company, title, QFileInfo::exists(logo) ? logo : QString());
    doc->setTitle(QStringLiteral("%1 – %2").arg(company, title));
    doc->setFooterText(QStringLiteral("%1 · %2 · Tenure").arg(company, period.label()));

    if (!advance(QCoreApplication::translate("tenure::report::Report", "computing KPIs")))
        return nullptr;
    const QList<Period> trend = window(period, trendLength(period.grain));
    KpiQuery query;
    query.grain = period.grain;
    query.from =
        std::min(trend.first().firstMonth, period.yearBefore().firstMonth) == trend.first().firstMonth
            ? trend.first()
            : period.yearBefore();
    query.to = period;
    Context ctx{*m_engine, *m_bands, *m_workspace, options, d->currency, period, m_engine->compute(query)};

    QList<QPair<QString, QString>> facts;
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Period"),
                       QCoreApplication::translate("tenure::report::Report", "%1, %4 (%2 to %3)")
                           .arg(period.label(), format::date(firstDayOf(period.firstMonth)),
                                format::date(lastDayOf(period.lastMonth)), grainWord(period.grain)));
    if (const auto range = m_engine->mrrRange(); range && range->last < period.lastMonth)
        facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Partial"),
                           QCoreApplication::translate("tenure::report::Report", "MRR data ends in %1")
                               .arg(monthLabel(range->last)));
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Compared with"),
                       QCoreApplication::translate("tenure::report::Report", "%1 and %2")
                           .arg(period.previous().label(), period.yearBefore().label()));
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Currency"), d->currency);
    if (const auto asOf = m_engine->asOf())
        facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Data as of"),
                           QCoreApplication::translate("tenure::report::Report", "%1 (%2)")
                               .arg(monthLabel(*asOf), asOfOriginText(m_engine->asOfOrigin())));
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Formula profile"),
                       kpiProfileName(m_engine->profile()));
    const QDate date = options.generatedOn.isValid() ? options.generatedOn : QDate::currentDate();
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Generated"),
                       format::date(date));
    doc->addCover(company, QStringLiteral("%1\n%2").arg(review, period.label()), facts);

    if ((options.sections & SummarySection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "summary")))
        addSummary(*doc, ctx);
    if ((options.sections & TrendsSection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "trends")))
        addTrends(*doc, ctx, trend);
    if ((options.sections & MovementsSection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "MRR movements")))
        addMovements(*doc, ctx);
    if ((options.sections & CohortsSection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "cohorts")))
        addCohorts(*doc, ctx);
    if ((options.sections & SegmentsSection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "segments")))
        addSegments(*doc, ctx);
    if ((options.sections & AtRiskSection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "health")))
        addAtRisk(*doc, ctx);
    if ((options.sections & CommentsSection) &&
        advance(QCoreApplication::translate("tenure::report::Report", "comments")))
        addComments(*doc, ctx);
    if (options.sections & AppendixSection)
        addAppendix(*doc, ctx);
    if (error && !error->isEmpty() && *error == QLatin1String("cancelled"))
        return nullptr;
    if (progress)
        progress(steps, steps, QCoreApplication::translate("tenure::report::Report", "done"));
    return doc;
}

std::unique_ptr<Document> ReportBuilder::buildAccount(const ReportOptions& options, const Period& period,
                                                      QString* error, const ProgressCallback& progress)
{
    const std::optional<AccountInfo> account = m_engine->account(options.account);
    if (!account) {
        if (error)
            *error = QCoreApplication::translate("tenure::report::Report", "unknown account '%1'")
                         .arg(options.account);
        return nullptr;
    }
    if (progress &&
        !progress(0, 3,
                  QCoreApplication::translate("tenure::report::Report", "account %1").arg(account->key))) {
        if (error)
            *error = QStringLiteral("cancelled");
        return nullptr;
    }
    const QString name = account->name.isEmpty() ? account->key : account->name;
    const QString company = m_workspace->companyName();
    auto doc = std::make_unique<Document>();
    doc->setPageSize(options.pageSize);
    const QString logo = m_workspace->setting(QStringLiteral("logo_path")).toString();
    const QString title = QCoreApplication::translate("tenure::report::Report", "Account review · %1 · %2")
                              .arg(name, period.label());
    doc->setHeader(company, title, QFileInfo::exists(logo) ? logo : QString());
    doc->setTitle(QStringLiteral("%1 – %2").arg(company, title));
    doc->setFooterText(QCoreApplication::translate("tenure::report::Report", "%1 · %2 · %3 · Tenure")
                           .arg(company, account->key, period.label()));

    Context ctx{*m_engine, *m_bands, *m_workspace, options, d->currency, period, {}};
    const MonthIndex last = ctx.lastMonth();
    const auto range = m_engine->mrrRange();
    const QString money = QStringLiteral("mrr");

    // The account's MRR month by month, and the portfolio's median over active accounts.
    std::map<MonthIndex, double> mrr;
    const MonthIndex historyFrom = std::max(range ? range->first : last, last - 23);
    if (range) {
        KpiQuery query;
        query.kpis = {QStringLiteral("mrr")};
        query.grain = Grain::Month;
        query.from = Period::containing(Grain::Month, range->first);
        query.to = Period::containing(Grain::Month, last);
        query.segmentAttribute = QStringLiteral("account");
        query.segmentValues = {account->key};
        for (const KpiResult& r : m_engine->compute(query).rows)
            if (r.segment == account->key && r.value)
                mrr[r.period.firstMonth] = *r.value;
        if (d->medianFrom != historyFrom || d->medianTo != last) {
            d->medianMrr.clear();
            // The engine splits by account only for the keys asked for: ask for all of them.
            query.segmentValues = accountKeys();
            query.from = Period::containing(Grain::Month, historyFrom);
            std::map<MonthIndex, QList<double>> all;
            for (const KpiResult& r : m_engine->compute(query).rows)
                if (r.value && *r.value > 0)
                    all[r.period.firstMonth] << *r.value;
            for (const auto& [m, values] : all)
                d->medianMrr[m] = *median(values);
            d->medianFrom = historyFrom;
            d->medianTo = last;
        }
    }
    if (d->healthMonth != last || !d->health) {
        d->health = m_engine->health(last);
        d->healthMonth = last;
    }
    const AccountHealth* health = nullptr;
    for (const AccountHealth& a : d->health->accounts)
        if (a.accountKey == account->key)
            health = &a;
    if (!d->ticketPeriod || !(*d->ticketPeriod == period)) {
        d->ticketCounts.clear();
        QSqlQuery q(m_workspace->database());
        q.prepare(QStringLiteral(
            "SELECT account_id, COUNT(*) FROM tickets WHERE account_id IS NOT NULL AND created_at >= ? "
            "AND created_at <= ? GROUP BY account_id"));
        q.addBindValue(firstDayOf(period.firstMonth).toString(Qt::ISODate));
        q.addBindValue(lastDayOf(period.lastMonth).toString(Qt::ISODate));
        q.exec();
        while (q.next())
            d->ticketCounts[q.value(0).toLongLong()] = q.value(1).toInt();
        d->ticketPeriod = period;
    }

    // Cover.
    QList<QPair<QString, QString>> facts;
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Account"), account->key);
    for (auto it = account->attributes.cbegin(); it != account->attributes.cend(); ++it)
        if (!it.value().isEmpty())
            facts << qMakePair(attributeTitle(it.key()), it.value());
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Period"),
                       QCoreApplication::translate("tenure::report::Report", "%1 (%2 to %3)")
                           .arg(period.label(), format::date(firstDayOf(period.firstMonth)),
                                format::date(lastDayOf(period.lastMonth))));
    const QDate date = options.generatedOn.isValid() ? options.generatedOn : QDate::currentDate();
    facts << qMakePair(QCoreApplication::translate("tenure::report::Report", "Generated"),
                       format::date(date));
    doc->addCover(name,
                  QCoreApplication::translate("tenure::report::Report", "Account review\n%1 of %2")
                      .arg(period.label(), company),
                  facts);

    // Overview against the portfolio.
    const auto mrrAt = [&](MonthIndex m) { return mrr.count(m) ? mrr[m] : 0.0; };
    QList<double> healthScores;
    for (const AccountHealth& a : d->health->accounts)
        if (a.score)
            healthScores << *a.score;
    QList<double> ticketLoad;
    for (const AccountHealth& a : d->health->accounts)
        ticketLoad << (d->ticketCounts.count(a.accountId) ? d->ticketCounts[a.accountId] : 0);
    const int tickets = d->ticketCounts.count(account->id) ? d->ticketCounts[account->id] : 0;

    struct Renewal
    {
        QString due;
        bool renewed;
        bool pending; // upcoming, from a renewal pipeline: no outcome yet
        std::optional<double> before, after;
    };
    QList<Renewal> renewals;
    {
        QSqlQuery q(m_workspace->database());
        q.prepare(QStringLiteral("SELECT due_date, renewed, arr_before, arr_after, currency FROM renewals "
                                 "WHERE account_id = ? ORDER BY due_date"));
        q.addBindValue(account->id);
        q.exec();
        // In the workspace currency at the rate of the due date, as the KPIs count them.
        fx::AmountConverter fx(m_workspace->database(), m_workspace->homeCurrency(), m_workspace->currency());
        auto major = [&](int column) -> std::optional<double> {
            const QDate due = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
            const auto cents = fx.convert(q.value(column), q.value(4), due);
            return cents ? std::optional<double>(*cents / 100) : std::nullopt;
        };
        while (q.next())
            renewals << Renewal{q.value(0).toString(), q.value(1).toInt() != 0, q.value(1).isNull(), major(2),
                                major(3)};
    }
    QString nextRenewal;
    const QString periodEnd = lastDayOf(period.lastMonth).toString(Qt::ISODate);
    for (const Renewal& r : renewals)
        if (r.due > periodEnd) {
            nextRenewal = r.due;
            break;
        }

    doc->addHeading(QCoreApplication::translate("tenure::report::Report", "Overview"));
    const double endMrr = mrrAt(last);
    const double startMrr = mrrAt(period.firstMonth - 1);
    QString text = QCoreApplication::translate("tenure::report::Report", "%1 paid %2 of MRR in %3")
                       .arg(name, ctx.format(money, endMrr), monthLabel(last));
    std::optional<MonthIndex> lastPaid;
    for (const auto& [m, value] : mrr)
        if (value > 0 && m <= last)
            lastPaid = m;
    if (endMrr == 0 && lastPaid && startMrr == 0)
        text = QCoreApplication::translate("tenure::report::Report",
                                           "%1 has paid no MRR since %2 (its last paying month)")
                   .arg(name, monthLabel(*lastPaid));
    else if (endMrr == 0 && !lastPaid)
        text = QCoreApplication::translate("tenure::report::Report", "%1 has no MRR up to %2")
                   .arg(name, monthLabel(last));
    else if (startMrr != endMrr)
        text +=
            (endMrr > startMrr
                 ? QCoreApplication::translate("tenure::report::Report", ", up from %1 at the start of %2")
                 : QCoreApplication::translate("tenure::report::Report", ", down from %1 at the start of %2"))
                .arg(ctx.format(money, startMrr), period.label());
    else
        text +=
            QCoreApplication::translate("tenure::report::Report", ", unchanged over %1").arg(period.label());
    if (d->medianMrr.count(last))
        text += QCoreApplication::translate("tenure::report::Report", "; the portfolio median is %1")
                    .arg(ctx.format(money, d->medianMrr[last]));
    text += QLatin1Char('.');
    if (health && health->score)
        text += QCoreApplication::translate("tenure::report::Report", " Its health score is %1 (%2)%3.")
                    .arg(numbers().toString(*health->score, 'f', 1), bandWord(health->band),
                         health->drags.isEmpty()
                             ? QString()
                             : QCoreApplication::translate("tenure::report::Report", ", pulled down by ") +
                                   componentNames(health->drags, true));
    else
        text += QCoreApplication::translate("tenure::report::Report",
                                            " It has no health score for %1 (not active).")
                    .arg(monthLabel(last));
    text +=
        tickets == 0
            ? QCoreApplication::translate("tenure::report::Report", " It opened no support ticket in %1.")
                  .arg(period.label())
        : tickets == 1
            ? QCoreApplication::translate("tenure::report::Report", " It opened one support ticket in %1.")
                  .arg(period.label())
            : QCoreApplication::translate("tenure::report::Report", " It opened %1 support tickets in %2.")
                  .arg(tickets)
                  .arg(period.label());
    if (!nextRenewal.isEmpty())
        text += QCoreApplication::translate("tenure::report::Report", " Next renewal: %1.").arg(nextRenewal);
    doc->addParagraph(text);

    Table overview;
    overview.header = {QCoreApplication::translate("tenure::report::Report", "Measure"),
                       QCoreApplication::translate("tenure::report::Report", "This account"),
                       QCoreApplication::translate("tenure::report::Report", "Portfolio median")};
    overview.columnWeights = {3, 2, 2};
    const auto medianText = [&](const QList<double>& values, int decimals) {
        const auto m = median(values);
        return m ? numbers().toString(*m, 'f', decimals) : QStringLiteral("–");
    };
    overview.rows.push_back(
        {TableCell(QCoreApplication::translate("tenure::report::Report", "MRR, %1").arg(monthLabel(last))),
         TableCell(ctx.format(money, endMrr)),
         TableCell(d->medianMrr.count(last) ? ctx.format(money, d->medianMrr[last]) : QStringLiteral("–"))});
    overview.rows.push_back({TableCell(QCoreApplication::translate("tenure::report::Report", "Health score")),
                             TableCell(health && health->score ? numbers().toString(*health->score, 'f', 1)
                                                               : QStringLiteral("–")),
                             TableCell(medianText(healthScores, 1))});
    overview.rows.push_back(
        {TableCell(QCoreApplication::translate("tenure::report::Report", "Tickets opened in %1")
                       .arg(period.label())),
         TableCell(numbers().toString(tickets)), TableCell(medianText(ticketLoad, 1))});
    overview.rows.push_back(
        {TableCell(QCoreApplication::translate("tenure::report::Report", "Next renewal")),
         TableCell(nextRenewal.isEmpty() ? QCoreApplication::translate("tenure::report::Report", "none due")
                                         : nextRenewal),
         TableCell(QStringLiteral("–"))});
    doc->addTable(overview);

    // MRR history.
    doc->addHeading(QCoreApplication::translate("tenure::report::Report", "MRR history"));
    ChartSpec chart;
    chart.title = QCoreApplication::translate("tenure::report::Report", "Monthly MRR, %1 to %2")
                      .arg(monthLabel(historyFrom), monthLabel(last));
    chart.format = axisFormat(KpiUnit::Money, d->currency);
    ChartSeries mine{name, palette::series(0), {}, false};
    ChartSeries med{QCoreApplication::translate("tenure::report::Report", "portfolio median"),
                    palette::muted(),
                    {},
                    true};
    for (MonthIndex m = historyFrom; m <= last; ++m) {
        chart.xLabels << monthLabel(m);
        mine.values << mrrAt(m);
        med.values << (d->medianMrr.count(m) ? std::optional<double>(d->medianMrr[m]) : std::nullopt);
    }
    chart.series << mine << med;
    doc->addCharts({chart}, 1, 190);

    Table movements;
    movements.header = {QCoreApplication::translate("tenure::report::Report", "Month"),
                        QCoreApplication::translate("tenure::report::Report", "MRR"),
                        QCoreApplication::translate("tenure::report::Report", "Change"),
                        QCoreApplication::translate("tenure::report::Report", "Movement")};
    movements.rightAligned = {false, true, true, false};
    movements.columnWeights = {1.5, 2, 2, 2.5};
    bool paidBefore = false;
    if (range)
        for (MonthIndex m = range->first; m <= last; ++m) {
            const double before = m > range->first ? mrrAt(m - 1) : 0;
            const double now = mrrAt(m);
            QString kind;
            if (before == 0 && now > 0)
                kind = paidBefore ? QCoreApplication::translate("tenure::report::Report", "reactivation")
                                  : QCoreApplication::translate("tenure::report::Report", "new");
            else if (before > 0 && now == 0)
                kind = QCoreApplication::translate("tenure::report::Report", "churn");
            else if (now > before)
                kind = QCoreApplication::translate("tenure::report::Report", "expansion");
            else if (now < before)
                kind = QCoreApplication::translate("tenure::report::Report", "contraction");
            paidBefore = paidBefore || now > 0;
            if (kind.isEmpty() || m < historyFrom)
                continue;
            movements.rows.push_back({TableCell(monthLabel(m)), TableCell(ctx.format(money, now)),
                                      TableCell((now > before ? QStringLiteral("+") : QStringLiteral("−")) +
                                                ctx.format(money, std::abs(now - before))),
                                      TableCell(kind)});
        }
    if (movements.rows.empty())
        doc->addNote(QCoreApplication::translate("tenure::report::Report", "No MRR movement from %1 to %2.")
                         .arg(monthLabel(historyFrom), monthLabel(last)));
    else
        doc->addTable(movements);

    if (progress && !progress(1, 3, QCoreApplication::translate("tenure::report::Report", "health"))) {
        if (error)
            *error = QStringLiteral("cancelled");
        return nullptr;
    }
    // Health components against the portfolio.
    doc->addHeading(QCoreApplication::translate("tenure::report::Report", "Health score"));
    if (!health) {
        doc->addParagraph(
            QCoreApplication::translate("tenure::report::Report",
                                        "The account is not active in %1, so it has no health score.")
                .arg(monthLabel(last)));
    } else {
        doc->addParagraph(QCoreApplication::translate(
                              "tenure::report::Report",
                              "Health as of %1: %2 (%3). A component without data drops out and the other "
                              "weights are renormalised.")
                              .arg(monthLabel(last),
                                   health->score
                                       ? numbers().toString(*health->score, 'f', 1)
                                       : QCoreApplication::translate("tenure::report::Report", "no score"),
                                   health->band));
        Table components;
        components.header = {QCoreApplication::translate("tenure::report::Report", "Component"),
                             QCoreApplication::translate("tenure::report::Report", "Score"),
                             QCoreApplication::translate("tenure::report::Report", "Weight"),
                             QCoreApplication::translate("tenure::report::Report", "Portfolio median"),
                             QCoreApplication::translate("tenure::report::Report", "Detail")};
        components.rightAligned = {false, true, true, true, false};
        for (const HealthComponent& c : health->components) {
            QList<double> others;
            for (const AccountHealth& a : d->health->accounts)
                for (const HealthComponent& o : a.components)
                    if (o.id == c.id && o.score)
                        others << *o.score;
            components.rows.push_back(
                {TableCell(HealthConfig::componentName(c.id)),
                 TableCell(c.score ? numbers().toString(*c.score, 'f', 1)
                                   : QCoreApplication::translate("tenure::report::Report", "no data")),
                 TableCell(c.weight > 0 ? numbers().toString(c.weight * 100, 'f', 0) + QStringLiteral(" %")
                                        : QStringLiteral("–")),
                 TableCell(medianText(others, 1)), TableCell(c.detail)});
        }
        doc->addTable(components);
    }

    if (progress &&
        !progress(2, 3, QCoreApplication::translate("tenure::report::Report", "tickets and surveys"))) {
        if (error)
            *error = QStringLiteral("cancelled");
        return nullptr;
    }
    // Tickets, most recent first, up to the end of the period.
    doc->addHeading(QCoreApplication::translate("tenure::report::Report", "Support tickets"));
    {
        Table t;
        t.header = {QCoreApplication::translate("tenure::report::Report", "Ticket"),
                    QCoreApplication::translate("tenure::report::Report", "Created"),
                    QCoreApplication::translate("tenure::report::Report", "Resolved"),
                    QCoreApplication::translate("tenure::report::Report", "Contacts"),
                    QCoreApplication::translate("tenure::report::Report", "Channel")};
        t.rightAligned = {false, false, false, true, false};
        QSqlQuery q(m_workspace->database());
        q.prepare(QStringLiteral(
            "SELECT ticket_id, created_at, resolved_at, contacts, channel FROM tickets WHERE account_id = ? "
            "AND created_at <= ? ORDER BY created_at DESC, ticket_id LIMIT 20"));
        q.addBindValue(account->id);
        q.addBindValue(periodEnd);
        q.exec();
        while (q.next())
            t.rows.push_back(
                {TableCell(q.value(0).toString()), TableCell(q.value(1).toString()),
                 TableCell(q.value(2).isNull() ? QCoreApplication::translate("tenure::report::Report", "open")
                                               : q.value(2).toString()),
                 TableCell(q.value(3).toString()), TableCell(q.value(4).toString())});
        if (t.rows.empty()) {
            doc->addNote(
                QCoreApplication::translate("tenure::report::Report", "No tickets up to %1.").arg(periodEnd));
        } else {
            doc->addNote(ticketsText(int(t.rows.size()), periodEnd), true);
            doc->addTable(t);
        }
    }

    doc->addHeading(QCoreApplication::translate("tenure::report::Report", "Survey answers"));
    {
        Table t;
        t.header = {QCoreApplication::translate("tenure::report::Report", "Date"),
                    QCoreApplication::translate("tenure::report::Report", "Survey"),
                    QCoreApplication::translate("tenure::report::Report", "Score"),
                    QCoreApplication::translate("tenure::report::Report", "Comment")};
        t.rightAligned = {false, false, true, false};
        t.columnWeights = {1.4, 1, 0.8, 7};
        QSqlQuery q(m_workspace->database());
        q.prepare(
            QStringLiteral("SELECT responded_at, survey, score, comment FROM surveys WHERE account_id = ? "
                           "AND responded_at <= ? ORDER BY responded_at DESC, id LIMIT 20"));
        q.addBindValue(account->id);
        q.addBindValue(QString(periodEnd + QStringLiteral("T23:59:59")));
        q.exec();
        while (q.next())
            t.rows.push_back({TableCell(q.value(0).toString().left(10)),
                              TableCell(q.value(1).toString().toUpper()),
                              TableCell(numbers().toString(q.value(2).toDouble(), 'g', 3)),
                              TableCell(q.value(3).toString())});
        if (t.rows.empty()) {
            doc->addNote(QCoreApplication::translate("tenure::report::Report", "No survey answers up to %1.")
                             .arg(periodEnd));
        } else {
            doc->addNote(answersText(int(t.rows.size()), periodEnd), true);
            doc->addTable(t);
        }
    }

    doc->addHeading(QCoreApplication::translate("tenure::report::Report", "Renewals"));
    if (renewals.isEmpty()) {
        doc->addNote(QCoreApplication::translate("tenure::report::Report", "No renewals recorded."));
    } else {
        Table t;
        t.header = {QCoreApplication::translate("tenure::report::Report", "Due"),
                    QCoreApplication::translate("tenure::report::Report", "Renewed"),
                    QCoreApplication::translate("tenure::report::Report", "ARR before"),
                    QCoreApplication::translate("tenure::report::Report", "ARR after")};
        t.rightAligned = {false, false, true, true};
        for (const Renewal& r : renewals) {
            const bool future = r.due > periodEnd || r.pending;
            t.rows.push_back(
                {TableCell(r.due),
                 TableCell(future      ? QCoreApplication::translate("tenure::report::Report", "due")
                           : r.renewed ? QCoreApplication::translate("tenure::report::Report", "yes")
                                       : QCoreApplication::translate("tenure::report::Report", "no")),
                 TableCell(r.before ? ctx.format(money, *r.before) : QStringLiteral("–")),
                 TableCell(r.after ? ctx.format(money, *r.after) : QStringLiteral("–"))});
        }
        doc->addTable(t);
    }
    if (progress)
        progress(3, 3, QCoreApplication::translate("tenure::report::Report", "done"));
    return doc;
}

int writePdf(const Document& document, const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("tenure::report::Report", "cannot create folder %1")
                         .arg(info.absolutePath());
        return 0;
    }
    // A temporary file next to the target, renamed over it at the end (atomic on one file system).
    // Not QSaveFile: its fsync per file made `--account all` wait on the disk for every account.
    QTemporaryFile file(
        QDir(info.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!file.open()) {
        if (error)
            *error = QCoreApplication::translate("tenure::report::Report", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        setupPdfWriter(writer, document.pageSize(), document.title());
        pages = document.render(&writer, error);
    }
    if (pages == 0)
        return 0; // the temporary file removes itself
    if (!file.flush()) {
        if (error)
            *error = QCoreApplication::translate("tenure::report::Report", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return 0;
    }
    // QTemporaryFile creates 0600; a report is an ordinary document.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    file.close();
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(file.fileName()).toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), code);
    if (code) {
        if (error)
            *error = QCoreApplication::translate("tenure::report::Report", "cannot write %1: %2")
                         .arg(path, QString::fromStdString(code.message()));
        return 0;
    }
    file.setAutoRemove(false);
    return pages;
}

QString accountFileName(const QString& accountKey)
{
    QString name;
    for (const QChar c : accountKey)
        name +=
            (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) ? c : QLatin1Char('_');
    if (name.isEmpty())
        name = QStringLiteral("account");
    return name + QStringLiteral(".pdf");
}

} // namespace tenure::report
