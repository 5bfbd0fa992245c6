#include "KpiModels.h"

#include "Format.h"

#include "Workspace.h"
#include "kpi/Bands.h"
#include "kpi/KpiCatalogue.h"
#include "pages/DashboardPage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <QCoreApplication>
#include <algorithm>

#include <cmath>

namespace tenure {

namespace kpiformat {

QString value(const KpiInfo& info, const std::optional<double>& value, const QString& currency)
{
    return value ? format::kpiValue(info, *value, currency) : QStringLiteral("–");
}

QString plain(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

Change changeOf(const KpiInfo& info, const std::optional<double>& now, const std::optional<double>& before)
{
    Change change;
    if (!now || !before)
        return change;
    const bool points = info.unit == KpiUnit::Percent || info.unit == KpiUnit::Score;
    if (!points && *before == 0)
        return change;
    const double raw = points ? *now - *before : (*now - *before) / std::abs(*before) * 100;
    // Direction and sign follow the number as shown (one decimal): what rounds to 0.0 is no change,
    // neither an arrow nor a good/bad colour, and never "-0.0".
    const double shown = std::round(raw * 10) / 10;
    if (shown == 0) {
        change.text =
            (points ? QCoreApplication::translate("tenure::kpiformat", "= %1 pts") : QStringLiteral("= %1 %"))
                .arg(plain(0.0, 1));
        return change;
    }
    change.sign = shown > 0 ? 1 : -1;
    change.direction = (change.sign > 0) == info.higherIsBetter ? 1 : -1;
    change.text =
        (points ? QCoreApplication::translate("tenure::kpiformat", "%1%2 pts") : QStringLiteral("%1%2 %"))
            .arg(shown > 0 ? QStringLiteral("+") : QString(), plain(shown, 1));
    return change;
}

QString change(const KpiInfo& info, const std::optional<double>& now, const std::optional<double>& before)
{
    return changeOf(info, now, before).text;
}

int changeDirection(const KpiInfo& info, const std::optional<double>& now,
                    const std::optional<double>& before)
{
    return changeOf(info, now, before).direction;
}

} // namespace kpiformat

namespace {

using Cell = GridModel::Cell;

Cell valueCell(const KpiInfo& info, const KpiResult* result, const DashboardContext& context)
{
    const std::optional<double> value = result ? result->value : std::nullopt;
    Cell cell = GridModel::number(kpiformat::value(info, value, context.currency()),
                                  value ? QVariant(*value) : QVariant());
    cell[GridModel::KpiRole] = info.id;
    if (result) {
        cell[GridModel::PeriodRole] = result->period.label();
        cell[GridModel::SegmentRole] = result->segment;
        if (result->numerator)
            cell[GridModel::NumeratorRole] = *result->numerator;
        if (result->denominator)
            cell[GridModel::DenominatorRole] = *result->denominator;
        QStringList tip{QStringLiteral("%1, %2").arg(info.name, result->period.label())};
        if (result->partial)
            tip << GridModel::tr("partial period (data ends before the period does)");
        if (result->numerator && result->denominator)
            tip << QStringLiteral("%1 / %2").arg(
                format::ratioPart(info.id, true, *result->numerator, context.currency()),
                format::ratioPart(info.id, false, *result->denominator, context.currency()));
        if (info.survey)
            tip << GridModel::tr("%n answer(s)", nullptr, result->responses);
        cell[Qt::ToolTipRole] = tip.join(QLatin1Char('\n'));
    }
    if (value && context.bands) {
        if (const auto band = context.bands->bandFor(info.id, *value)) {
            cell[GridModel::BandColourRole] = band->colour;
            cell[GridModel::BandLabelRole] = format::bandLabel(band->label);
        }
    }
    return cell;
}

Cell periodCell(const Period& period)
{
    Cell cell = GridModel::text(period.label());
    cell[GridModel::RawValueRole] = period.firstMonth;
    cell[GridModel::PeriodRole] = period.label();
    return cell;
}

} // namespace

// ---- OverviewModel ----

OverviewModel::OverviewModel(QObject* parent) : GridModel(parent) {}

void OverviewModel::load(const DashboardContext& context)
{
    const QStringList headers{tr("Family"),           tr("KPI"),  tr("Value"),  tr("vs previous"),
                              tr("vs a year before"), tr("Band"), tr("Target"), tr("Answers")};
    QList<QList<Cell>> rows;
    m_period.clear();
    const auto current = context.currentPeriod();
    if (context.engine && current) {
        m_period = current->label();
        const QList<Period> periods = context.periods();
        // The sparkline shows up to a year of periods (or 8 quarters, 5 years) before the current.
        const int sparkLength = context.filter.grain == Grain::Month     ? 13
                                : context.filter.grain == Grain::Quarter ? 8
                                                                         : 5;
        const int sparkStart = std::max(0, int(periods.size()) - sparkLength);
        KpiQuery query;
        query.grain = context.filter.grain;
        query.from = std::min(periods.at(sparkStart), current->yearBefore(),
                              [](const Period& a, const Period& b) { return a.firstMonth < b.firstMonth; });
        query.to = *current;
        context.applySegment(query);
        const KpiTable table = context.engine->compute(query);
        const QString segment = context.resultSegment();
        const QString currency = context.currency();
        for (const KpiInfo& info : kpiCatalogue()) {
            const KpiResult* now = table.find(info.id, *current, segment);
            const KpiResult* previous = table.find(info.id, current->previous(), segment);
            const KpiResult* yearBefore = table.find(info.id, current->yearBefore(), segment);
            const auto valueOf = [](const KpiResult* r) { return r ? r->value : std::nullopt; };
            QList<Cell> row;
            row << text(familyName(info.family)) << text(info.name);
            Cell value = valueCell(info, now, context);
            QVariantList spark;
            for (int i = sparkStart; i < periods.size(); ++i) {
                const KpiResult* r = table.find(info.id, periods.at(i), segment);
                spark << (r && r->value ? QVariant(*r->value) : QVariant());
            }
            value[SparklineRole] = spark;
            value[ExtraRole] = now && now->smallSample;
            value[PeriodRole] = current->label();
            row << value;
            for (const KpiResult* before : {previous, yearBefore}) {
                const kpiformat::Change c = kpiformat::changeOf(info, valueOf(now), valueOf(before));
                Cell change = number(c.text, c.direction);
                change[ExtraRole] = c.sign;
                if (before)
                    change[Qt::ToolTipRole] =
                        tr("%1 in %2")
                            .arg(kpiformat::value(info, before->value, currency), before->period.label());
                row << change;
            }
            Cell band = text(value.value(BandLabelRole).toString());
            band[BandColourRole] = value.value(BandColourRole);
            row << band;
            Cell target;
            if (context.bands) {
                if (const auto t = context.bands->targetFor(info.id, context.filter.segmentAttribute,
                                                            context.filter.segmentValue)) {
                    QString label = tr("target %1").arg(format::kpiValue(info, t->value, currency));
                    if (t->due.isValid())
                        label += tr(" by %1").arg(t->due.toString(Qt::ISODate));
                    target = text(label);
                    if (const auto v = valueOf(now)) {
                        const bool met = info.higherIsBetter ? *v >= t->value : *v <= t->value;
                        double progress = 100;
                        if (!met) {
                            const double ratio = info.higherIsBetter ? *v / t->value : t->value / *v;
                            progress = t->value > 0 && *v > 0 ? std::clamp(ratio * 100, 0.0, 100.0) : 0;
                        }
                        target[RawValueRole] = progress;
                        target[ExtraRole] = met;
                    }
                }
            }
            row << target;
            row << (now && info.survey ? number(QLocale().toString(now->responses), now->responses) : Cell{});
            rows << row;
        }
    }
    setGrid(headers, rows);
}

// ---- TrendModel ----

TrendModel::TrendModel(QObject* parent) : GridModel(parent) {}

QStringList TrendModel::largestSegments(KpiEngine& engine, const QString& kpi, const Period& period,
                                        const QString& attribute, int n, QStringList* rest)
{
    const QStringList values = engine.segmentValues(attribute);
    QStringList largest = values;
    if (rest)
        rest->clear();
    if (values.size() <= n + 1) // an "other" of one segment would just be that segment
        return largest;
    const KpiInfo* info = kpiInfo(kpi);
    KpiQuery query;
    query.kpis = {kpi, QStringLiteral("mrr")};
    query.grain = period.grain;
    query.from = period;
    query.to = period;
    query.segmentAttribute = attribute;
    const KpiTable table = engine.compute(query);
    auto weightOf = [&](const QString& value, bool ownSize) -> double {
        if (ownSize) {
            const KpiResult* r = table.find(kpi, period, value);
            if (!r)
                return 0;
            if (info && info->survey)
                return r->responses;
            return r->denominator.value_or(0);
        }
        const KpiResult* mrr = table.find(QStringLiteral("mrr"), period, value);
        return mrr ? mrr->value.value_or(0) : 0;
    };
    // The KPI's own size (denominator, answers) when it has one in the period, else MRR.
    bool ownSize = false;
    for (const QString& value : values)
        ownSize = ownSize || weightOf(value, true) > 0;
    QList<std::pair<double, QString>> ranked;
    for (const QString& value : values)
        ranked.append({weightOf(value, ownSize), value});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    largest.clear();
    for (int i = 0; i < ranked.size(); ++i) {
        if (i < n)
            largest << ranked.at(i).second;
        else if (rest)
            *rest << ranked.at(i).second;
    }
    return largest;
}

void TrendModel::load(const DashboardContext& context, const QString& kpi)
{
    m_kpi = kpi;
    m_hidden = 0;
    m_otherColumn = -1;
    const KpiInfo* info = kpiInfo(kpi);
    const QList<Period> periods = context.periods();
    if (!info || !context.engine || periods.isEmpty()) {
        setGrid({tr("Period")}, {});
        return;
    }
    KpiQuery query;
    query.kpis = {kpi};
    query.grain = context.filter.grain;
    query.from = periods.first();
    query.to = periods.last();
    context.applySegment(query);
    QStringList series{context.resultSegment()};
    QList<KpiTable> tables{context.engine->compute(query)};
    QStringList headers{tr("Period"),
                        series.first() == QLatin1String("all") ? tr("All accounts") : series.first()};
    const QString& attribute = context.filter.segmentAttribute;
    if (!attribute.isEmpty() && context.filter.segmentValue.isEmpty()) {
        QStringList rest;
        const QStringList largest =
            largestSegments(*context.engine, kpi, periods.last(), attribute, MaxSegments, &rest);
        KpiQuery split = query;
        split.segmentAttribute = attribute;
        split.segmentValues = largest;
        const KpiTable parts = context.engine->compute(split);
        for (const QString& value : largest) {
            tables << parts;
            series << value;
            headers << value;
        }
        if (!rest.isEmpty()) {
            m_hidden = int(rest.size());
            m_otherColumn = FirstSeriesColumn + int(series.size());
            tables << context.engine->computeCombined(split, rest, OtherSegment);
            series << OtherSegment;
            headers << tr("Other (%1 segments)").arg(rest.size());
        }
    }
    QList<QList<Cell>> rows;
    for (const Period& period : periods) {
        QList<Cell> row{periodCell(period)};
        for (int s = 0; s < series.size(); ++s) {
            const KpiResult* result = tables.at(s).find(kpi, period, series.at(s));
            Cell cell = valueCell(*info, result, context);
            cell[SegmentRole] = series.at(s);
            cell[PeriodRole] = period.label();
            cell[ExtraRole] = result && result->partial;
            if (FirstSeriesColumn + s == m_otherColumn)
                cell.remove(KpiRole); // no single segment to explain
            row << cell;
        }
        rows << row;
    }
    setGrid(headers, rows);
}

// ---- MovementsModel ----

MovementsModel::MovementsModel(QObject* parent) : GridModel(parent) {}

QString MovementsModel::kpiOf(int column)
{
    switch (column) {
    case NewColumn:
        return QStringLiteral("mrr_new");
    case ReactivationColumn:
        return QStringLiteral("mrr_reactivation");
    case ExpansionColumn:
        return QStringLiteral("mrr_expansion");
    case ContractionColumn:
        return QStringLiteral("mrr_contraction");
    case ChurnColumn:
        return QStringLiteral("mrr_churn");
    case MrrColumn:
        return QStringLiteral("mrr");
    }
    return {};
}

void MovementsModel::load(const DashboardContext& context)
{
    const QStringList headers{tr("Period"),      tr("New"),   tr("Reactivation"), tr("Expansion"),
                              tr("Contraction"), tr("Churn"), tr("Net change"),   tr("MRR at end")};
    QList<QList<Cell>> rows;
    const QList<Period> periods = context.periods();
    if (context.engine && !periods.isEmpty()) {
        KpiQuery query;
        query.grain = context.filter.grain;
        query.from = periods.first();
        query.to = periods.last();
        for (int c = NewColumn; c < ColumnCount; ++c) {
            if (!kpiOf(c).isEmpty())
                query.kpis << kpiOf(c);
        }
        context.applySegment(query);
        const KpiTable table = context.engine->compute(query);
        const QString segment = context.resultSegment();
        const QString currency = context.currency();
        for (const Period& period : periods) {
            QList<Cell> row{periodCell(period)};
            double net = 0;
            bool any = false;
            for (int c = NewColumn; c < ColumnCount; ++c) {
                if (c == NetColumn) {
                    const KpiInfo* mrr = kpiInfo(QStringLiteral("mrr"));
                    Cell cell = any && mrr ? number(format::kpiValue(*mrr, net, currency), net) : Cell{};
                    row << cell;
                    continue;
                }
                const QString kpi = kpiOf(c);
                const KpiInfo* info = kpiInfo(kpi);
                const KpiResult* result = table.find(kpi, period, segment);
                Cell cell = info ? valueCell(*info, result, context) : Cell{};
                cell.remove(BandColourRole);
                if (result && result->value && c != MrrColumn) {
                    any = true;
                    net += (c == ContractionColumn || c == ChurnColumn) ? -*result->value : *result->value;
                }
                row << cell;
            }
            rows << row;
        }
    }
    setGrid(headers, rows);
}

// ---- CohortModel ----

CohortModel::CohortModel(QObject* parent) : GridModel(parent) {}

void CohortModel::load(const DashboardContext& context, CohortMetric metric)
{
    QStringList headers{tr("Cohort"), tr("Accounts")};
    QList<QList<Cell>> rows;
    const QList<Period> periods = context.periods();
    if (context.engine && !periods.isEmpty()) {
        const bool oneSegment =
            !context.filter.segmentAttribute.isEmpty() && !context.filter.segmentValue.isEmpty();
        const CohortTable table =
            context.engine->cohorts(metric, oneSegment ? context.filter.segmentAttribute : QString(),
                                    oneSegment ? context.filter.segmentValue : QString());
        const MonthIndex first = periods.first().firstMonth;
        const MonthIndex last = periods.last().lastMonth;
        int width = 0;
        for (const CohortRow& cohort : table.rows) {
            if (cohort.cohort < first || cohort.cohort > last)
                continue;
            width = std::max(width, int(cohort.values.size()));
            QList<Cell> row{text(monthLabel(cohort.cohort)),
                            number(QLocale().toString(cohort.size), cohort.size)};
            for (int k = 0; k < cohort.values.size(); ++k) {
                const double v = cohort.values.at(k);
                Cell cell = number(QStringLiteral("%1 %").arg(QLocale().toString(v, 'f', 0)), v);
                cell[HeatRole] = v;
                cell[PeriodRole] = monthLabel(cohort.cohort + k);
                cell[Qt::ToolTipRole] = tr("Cohort %1, month %2 (%3): %4 %")
                                            .arg(monthLabel(cohort.cohort))
                                            .arg(k)
                                            .arg(monthLabel(cohort.cohort + k))
                                            .arg(QLocale().toString(v, 'f', 1));
                row << cell;
            }
            rows << row;
        }
        for (int k = 0; k < width; ++k)
            headers << tr("M%1").arg(k);
    }
    setGrid(headers, rows);
}

// ---- SegmentModel ----

SegmentModel::SegmentModel(QObject* parent) : GridModel(parent) {}

QStringList SegmentModel::kpis()
{
    QStringList ids;
    for (const KpiInfo& info : kpiCatalogue()) {
        // Movements in money are on their own page; the rates compare segments better.
        if (info.id == QLatin1String("arr"))
            continue;
        ids << info.id;
    }
    return ids;
}

void SegmentModel::load(const DashboardContext& context)
{
    QStringList headers{tr("Segment"), tr("Accounts")};
    QStringList tips{QString(), tr("Accounts with this attribute value")};
    const QStringList ids = kpis();
    for (const QString& id : ids) {
        const KpiInfo* info = kpiInfo(id);
        headers << info->name;
        tips << info->definition;
    }
    QList<QList<Cell>> rows;
    m_attribute = context.filter.segmentAttribute;
    const auto current = context.currentPeriod();
    if (context.engine && context.workspace && current) {
        if (m_attribute.isEmpty()) {
            const QList<SegmentAttribute> attributes = context.engine->segmentAttributes();
            if (!attributes.isEmpty())
                m_attribute = attributes.first().name;
        }
        KpiQuery query;
        query.kpis = ids;
        query.grain = context.filter.grain;
        query.from = *current;
        query.to = *current;
        QList<std::pair<QString, KpiTable>> tables{{QStringLiteral("all"), context.engine->compute(query)}};
        QStringList segments{QStringLiteral("all")};
        if (!m_attribute.isEmpty()) {
            query.segmentAttribute = m_attribute;
            tables.append({m_attribute, context.engine->compute(query)});
            segments << context.engine->segmentValues(m_attribute);
        }
        for (const QString& segment : segments) {
            const KpiTable& table =
                segment == QLatin1String("all") ? tables.first().second : tables.last().second;
            QList<Cell> row;
            Cell name = text(segment == QLatin1String("all") ? tr("All accounts") : segment);
            name[SegmentRole] = segment;
            row << name;
            int accounts = 0;
            if (segment == QLatin1String("all")) {
                QSqlQuery q(context.workspace->database());
                if (q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next())
                    accounts = q.value(0).toInt();
            } else {
                accounts = int(workspaceinfo::accountKeysIn(*context.workspace, m_attribute, segment).size());
            }
            if (accounts == 0 && segment != QLatin1String("all"))
                continue;
            row << number(QLocale().toString(accounts), accounts);
            for (const QString& id : ids) {
                Cell cell = valueCell(*kpiInfo(id), table.find(id, *current, segment), context);
                cell[SegmentRole] = segment;
                cell[PeriodRole] = current->label();
                row << cell;
            }
            rows << row;
        }
    }
    setGrid(headers, rows, tips);
}

// ---- NpsDistributionModel ----

NpsDistributionModel::NpsDistributionModel(QObject* parent) : GridModel(parent) {}

void NpsDistributionModel::load(const DashboardContext& context)
{
    const QStringList headers{tr("Period"),     tr("Promoters"), tr("Passives"),
                              tr("Detractors"), tr("Answers"),   tr("NPS")};
    QList<QList<Cell>> rows;
    const QList<Period> periods = context.periods();
    if (context.engine && !periods.isEmpty()) {
        const QList<KpiEngine::SurveyCounts> counts = context.engine->surveyDistribution(
            QStringLiteral("nps"), context.filter.grain, periods.first(), periods.last(),
            context.filter.segmentValue.isEmpty() ? QString() : context.filter.segmentAttribute,
            context.filter.segmentValue);
        for (const KpiEngine::SurveyCounts& c : counts) {
            const int total = c.responses();
            QList<Cell> row{periodCell(c.period)};
            for (int n : {c.high, c.middle, c.low}) {
                if (total == 0) {
                    row << Cell{};
                    continue;
                }
                const double share = 100.0 * n / total;
                Cell cell = number(QStringLiteral("%1 %").arg(QLocale().toString(share, 'f', 1)), share);
                cell[Qt::ToolTipRole] = tr("%n answer(s)", nullptr, n);
                row << cell;
            }
            row << number(QLocale().toString(total), total);
            if (total > 0) {
                const double nps = 100.0 * (c.high - c.low) / total;
                Cell cell = number(QLocale().toString(nps, 'f', 0), nps);
                cell[KpiRole] = QStringLiteral("nps");
                cell[PeriodRole] = c.period.label();
                row << cell;
            } else {
                row << Cell{};
            }
            rows << row;
        }
    }
    setGrid(headers, rows);
}

// ---- CommentsModel ----

CommentsModel::CommentsModel(QObject* parent) : GridModel(parent) {}

void CommentsModel::load(const DashboardContext& context)
{
    const QStringList headers{tr("Date"),  tr("Survey"),  tr("Score"),
                              tr("Group"), tr("Account"), tr("Comment")};
    QList<QList<Cell>> rows;
    const QList<Period> periods = context.periods();
    if (context.engine && !periods.isEmpty()) {
        const bool oneSegment =
            !context.filter.segmentAttribute.isEmpty() && !context.filter.segmentValue.isEmpty();
        const QDate from = firstDayOf(periods.first().firstMonth);
        const QDate to = lastDayOf(periods.last().lastMonth);
        const auto comments = context.engine->comments(
            std::nullopt, QString(), oneSegment ? context.filter.segmentAttribute : QString(),
            oneSegment ? context.filter.segmentValue : QString());
        for (const SurveyComment& comment : comments) {
            if (comment.date < from || comment.date > to)
                continue;
            Cell date = text(comment.date.toString(Qt::ISODate));
            Cell score = number(QLocale().toString(comment.score), comment.score);
            Cell account = text(comment.accountName.isEmpty() ? comment.accountKey : comment.accountName);
            account[Qt::ToolTipRole] = comment.accountKey;
            Cell body = text(comment.comment);
            body[Qt::ToolTipRole] = comment.comment;
            rows << QList<Cell>{date, text(comment.survey.toUpper()), score, text(comment.category), account,
                                body};
        }
    }
    setGrid(headers, rows);
}

CommentsFilterModel::CommentsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(GridModel::RawValueRole);
}

void CommentsFilterModel::setGroup(const QString& group)
{
    m_group = group;
    invalidateFilter();
}

void CommentsFilterModel::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

bool CommentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!m_group.isEmpty() &&
        model->index(sourceRow, CommentsModel::GroupColumn, sourceParent).data().toString() != m_group)
        return false;
    if (!m_text.isEmpty()) {
        const QString comment =
            model->index(sourceRow, CommentsModel::CommentColumn, sourceParent).data().toString();
        const QString account =
            model->index(sourceRow, CommentsModel::AccountColumn, sourceParent).data().toString();
        if (!comment.contains(m_text, Qt::CaseInsensitive) && !account.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// ---- HealthModel ----

HealthModel::HealthModel(QObject* parent) : GridModel(parent) {}

void HealthModel::load(const DashboardContext& context, const QString& owner)
{
    const QStringList headers{tr("Account"),         tr("Name"),        tr("MRR"), tr("Score"), tr("Band"),
                              tr("Pulling it down"), tr("Next renewal")};
    QList<QList<Cell>> rows;
    m_report = {};
    m_filtered.clear();
    const auto current = context.currentPeriod();
    if (context.engine && context.workspace && current) {
        std::optional<MonthIndex> month = current->lastMonth;
        if (const auto range = context.engine->mrrRange())
            month = std::clamp(*month, range->first, range->last);
        m_report = context.engine->health(month);
        const bool oneSegment =
            !context.filter.segmentAttribute.isEmpty() && !context.filter.segmentValue.isEmpty();
        const QSet<QString> keys =
            oneSegment ? workspaceinfo::accountKeysIn(*context.workspace, context.filter.segmentAttribute,
                                                      context.filter.segmentValue)
                       : QSet<QString>{};
        const QSet<QString> ownerKeys =
            owner.isEmpty()
                ? QSet<QString>{}
                : workspaceinfo::accountKeysIn(*context.workspace, QStringLiteral("owner"), owner);
        QList<AccountHealth> atRisk;
        for (const AccountHealth& account : m_report.accounts) {
            if ((oneSegment && !keys.contains(account.accountKey)) ||
                (!owner.isEmpty() && !ownerKeys.contains(account.accountKey)))
                continue;
            m_filtered << account;
            if (account.band == QLatin1String("red"))
                atRisk << account;
        }
        std::stable_sort(atRisk.begin(), atRisk.end(),
                         [](const AccountHealth& a, const AccountHealth& b) { return a.mrr > b.mrr; });
        const KpiInfo* mrr = kpiInfo(QStringLiteral("mrr"));
        const QString currency = context.currency();
        const QHash<QString, UpcomingRenewal> renewals =
            atRisk.isEmpty() ? QHash<QString, UpcomingRenewal>{} : context.engine->upcomingRenewals(*month);
        for (const AccountHealth& account : atRisk) {
            QStringList drags;
            QStringList details;
            for (const QString& id : account.drags) {
                for (const HealthComponent& component : account.components) {
                    if (component.id != id)
                        continue;
                    drags << QStringLiteral("%1 %2").arg(
                        HealthConfig::componentName(id),
                        component.score ? QLocale().toString(*component.score, 'f', 0) : QStringLiteral("–"));
                    if (!component.detail.isEmpty())
                        details << QStringLiteral("%1: %2").arg(HealthConfig::componentName(id),
                                                                component.detail);
                }
            }
            Cell key = text(account.accountKey);
            Cell mrrCell =
                number(mrr ? format::kpiValue(*mrr, account.mrr, currency) : kpiformat::plain(account.mrr),
                       account.mrr);
            Cell score =
                number(account.score ? QLocale().toString(*account.score, 'f', 0) : QStringLiteral("–"),
                       account.score ? QVariant(*account.score) : QVariant());
            // The band key ("red") as a word of the user's language.
            Cell band = text(account.band == QLatin1String("red")     ? tr("red")
                             : account.band == QLatin1String("amber") ? tr("amber")
                             : account.band == QLatin1String("green") ? tr("green")
                                                                      : account.band);
            band[BandColourRole] = QStringLiteral("#c62828");
            Cell dragCell = text(drags.join(QStringLiteral(", ")));
            dragCell[Qt::ToolTipRole] = details.join(QLatin1Char('\n'));
            Cell renewal = text(QString());
            if (const auto it = renewals.constFind(account.accountKey); it != renewals.constEnd()) {
                renewal = text(tr("%1, ARR %2")
                                   .arg(QLocale().toString(it->due, QLocale::ShortFormat),
                                        format::money(it->arr, currency)));
                renewal[GridModel::RawValueRole] = it->due;
            }
            rows << QList<Cell>{key, text(account.name), mrrCell, score, band, dragCell, renewal};
        }
    }
    setGrid(headers, rows);
}

// ---- DataTableModel ----

DataTableModel::DataTableModel(QObject* parent) : GridModel(parent) {}

void DataTableModel::setTable(const DataTable& table, const QString& currency)
{
    QList<QList<Cell>> rows;
    QList<bool> money;
    for (int c = 0; c < table.columns.size(); ++c)
        money << format::isMoneyColumn(table.columns, c);
    for (const QVariantList& values : table.rows) {
        QList<Cell> row;
        for (const QVariant& value : values) {
            const bool numeric = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
                                 value.typeId() == QMetaType::LongLong;
            if (numeric) {
                const bool isMoney = money.value(int(row.size())) && !currency.isEmpty();
                Cell cell = number(isMoney ? format::money(value.toDouble(), currency)
                                   : value.typeId() == QMetaType::Double ? format::number(value.toDouble())
                                                                         : value.toString(),
                                   value);
                row << cell;
            } else {
                Cell cell = text(value.toString());
                cell[RawValueRole] = value;
                row << cell;
            }
        }
        rows << row;
    }
    setGrid(table.columns, rows);
}

// ---- CSV ----

QString neutralisedCsvCell(const QString& text)
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    QString cell = text;
    // A formula-looking cell gets an apostrophe; a plain negative number is left as it is.
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0)) && !plainNumber.match(cell).hasMatch())
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray toCsv(const QAbstractItemModel& model)
{
    QString out;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << neutralisedCsvCell(model.headerData(c, Qt::Horizontal).toString());
    out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant raw = model.index(r, c).data(Qt::EditRole);
            QString text;
            if (raw.typeId() == QMetaType::Double)
                text = QString::number(raw.toDouble(), 'g', 15);
            else
                text = raw.toString();
            cells << neutralisedCsvCell(text);
        }
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace tenure
