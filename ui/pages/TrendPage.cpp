#include "TrendPage.h"

#include "ChartSupport.h"
#include "Format.h"
#include "Style.h"
#include "kpi/Bands.h"
#include "kpi/KpiCatalogue.h"
#include "models/KpiModels.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace tenure {

namespace {
// The axis title of a unit, in the user's language (unitName() is the CLI's key).
QString unitTitle(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Money:
        return QCoreApplication::translate("tenure::TrendPage", "money");
    case KpiUnit::Percent:
        return QCoreApplication::translate("tenure::TrendPage", "percent");
    case KpiUnit::Count:
        return QCoreApplication::translate("tenure::TrendPage", "count");
    case KpiUnit::Days:
        return QCoreApplication::translate("tenure::TrendPage", "days");
    case KpiUnit::Ratio:
        return QCoreApplication::translate("tenure::TrendPage", "ratio");
    case KpiUnit::Score:
        return QCoreApplication::translate("tenure::TrendPage", "score");
    }
    return {};
}
} // namespace

TrendPage::TrendPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_model(new TrendModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&KPI:"), this);
    m_kpiBox = new QComboBox(this);
    m_kpiBox->setAccessibleName(tr("KPI to show"));
    for (const KpiInfo& info : kpiCatalogue())
        m_kpiBox->addItem(QStringLiteral("%1 (%2)").arg(info.name, familyName(info.family)), info.id);
    label->setBuddy(m_kpiBox);
    top->addWidget(label);
    top->addWidget(m_kpiBox);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    top->addWidget(m_note, 1);
    layout->addLayout(top);

    m_chartView = charts::makeChartView(this, tr("Trend chart"));
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Trend values"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 180});
    layout->addWidget(splitter, 1);

    connect(m_kpiBox, &QComboBox::currentIndexChanged, this, [this] { invalidate(); });
    connect(m_table, &QTableView::doubleClicked, this, &TrendPage::explainCell);
    connect(m_table, &QTableView::activated, this, &TrendPage::explainCell);
}

bool TrendPage::setViewArgument(const QString& argument)
{
    if (argument.isEmpty())
        return true;
    const int index = m_kpiBox->findData(argument);
    if (index < 0)
        return false;
    m_kpiBox->setCurrentIndex(index);
    return true;
}

void TrendPage::explainCell(const QModelIndex& index)
{
    const QString segment = index.data(GridModel::SegmentRole).toString();
    if (segment == TrendModel::OtherSegment) {
        emit statusMessage(tr("\"Other\" combines %1 segments: choose one of them under Value to explain it.")
                               .arg(m_model->hiddenSegments()));
        return;
    }
    const QString kpi = index.data(GridModel::KpiRole).toString();
    if (kpi.isEmpty())
        return;
    const bool split = segment != QLatin1String("all");
    emit explainRequested(kpi, index.data(GridModel::PeriodRole).toString(),
                          split ? context().filter.segmentAttribute : QString(), split ? segment : QString());
}

void TrendPage::refresh()
{
    const QString kpi = m_kpiBox->currentData().toString();
    m_model->load(context(), kpi);
    m_table->resizeColumnsToContents();
    const KpiInfo* info = kpiInfo(kpi);
    QStringList notes;
    if (info)
        notes << info->definition;
    if (m_model->hiddenSegments() > 0)
        notes << tr("Lines: the %1 largest segments (by the KPI's denominator or answers in the last "
                    "period, else by MRR) and the other %n together.",
                    nullptr, m_model->hiddenSegments())
                     .arg(TrendModel::MaxSegments);
    m_note->setText(notes.join(QLatin1Char(' ')));
    rebuildChart();
}

void TrendPage::rebuildChart()
{
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    const QString kpi = m_model->kpi();
    const KpiInfo* info = kpiInfo(kpi);
    chart->setTitle(info ? info->name : QString());
    const int periods = m_model->rowCount();
    if (!info || periods == 0) {
        chart->setTitle(tr("No data for this KPI in the chosen range"));
        charts::applyPalette(chart, palette());
        return;
    }

    // The y range covers the values and the target, with a margin.
    std::optional<double> lo, hi;
    auto include = [&](double v) {
        lo = lo ? std::min(*lo, v) : v;
        hi = hi ? std::max(*hi, v) : v;
    };
    for (int r = 0; r < periods; ++r) {
        for (int c = TrendModel::FirstSeriesColumn; c < m_model->columnCount(); ++c) {
            const QVariant v = m_model->index(r, c).data(GridModel::RawValueRole);
            if (v.isValid())
                include(v.toDouble());
        }
    }
    std::optional<Target> target;
    if (context().bands)
        target =
            context().bands->targetFor(kpi, context().filter.segmentAttribute, context().filter.segmentValue);
    if (target)
        include(target->value);
    if (!lo) {
        chart->setTitle(tr("%1: no values in the chosen range").arg(info->name));
        charts::applyPalette(chart, palette());
        return;
    }
    double span = *hi - *lo;
    if (span < 1e-9)
        span = std::max(1.0, std::abs(*hi) * 0.1);
    double yMin = *lo - span * 0.15;
    double yMax = *hi + span * 0.15;
    if (*lo >= 0 && yMin < 0)
        yMin = 0;

    const qreal xFirst = charts::periodX(
        Period::parse(m_model->index(0, 0).data(GridModel::PeriodRole).toString()).value_or(Period{}));
    const qreal xLast =
        charts::periodX(Period::parse(m_model->index(periods - 1, 0).data(GridModel::PeriodRole).toString())
                            .value_or(Period{}));
    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(charts::dateFormat(context().filter.grain));
    xAxis->setTickCount(std::clamp(periods, 2, 9));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xFirst), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(std::max(xLast, xFirst + 1)), Qt::UTC));
    auto* yAxis = new QValueAxis;
    yAxis->setRange(yMin, yMax);
    yAxis->applyNiceNumbers();
    yMin = yAxis->min();
    yMax = yAxis->max();
    // printf-style tick labels: no "4000000.0" for money or counts.
    const bool whole = info->unit == KpiUnit::Money || info->unit == KpiUnit::Count;
    yAxis->setLabelFormat(whole && yMax - yMin >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    yAxis->setTitleText(info->unit == KpiUnit::Money ? context().currency() : unitTitle(info->unit));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Bands first, so the lines are drawn over them.
    if (context().bands) {
        for (const Band& band : context().bands->bandsFor(kpi)) {
            const double lower = std::max(band.lower.value_or(yMin), yMin);
            const double upper = std::min(band.upper.value_or(yMax), yMax);
            if (upper <= lower)
                continue;
            auto* upperLine = new QLineSeries;
            auto* lowerLine = new QLineSeries;
            upperLine->append(xFirst, upper);
            upperLine->append(xLast, upper);
            lowerLine->append(xFirst, lower);
            lowerLine->append(xLast, lower);
            auto* area = new QAreaSeries(upperLine, lowerLine);
            upperLine->setParent(area);
            lowerLine->setParent(area);
            area->setName(format::bandLabel(band.label));
            QColor fill = style::bandColour(band.colour, palette());
            fill.setAlpha(style::isDark(palette()) ? 70 : 50);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            chart->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxis);
        }
    }
    if (target) {
        auto* line = new QLineSeries;
        line->setName(tr("Target %1").arg(format::kpiValue(*info, target->value, context().currency())));
        line->append(xFirst, target->value);
        line->append(xLast, target->value);
        QPen pen(palette().color(QPalette::Text), 1.5, Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    const QList<QColor> colours = style::seriesColours();
    for (int c = TrendModel::FirstSeriesColumn; c < m_model->columnCount(); ++c) {
        auto* series = new QLineSeries;
        series->setName(m_model->headerData(c, Qt::Horizontal).toString());
        const bool other = c == m_model->otherColumn();
        // "Other" is grey and dashed so it never reads as one more segment.
        QPen pen(other ? colours.last() : colours.at((c - TrendModel::FirstSeriesColumn) % colours.size()),
                 c == TrendModel::FirstSeriesColumn ? 2.6 : 1.8, other ? Qt::DashLine : Qt::SolidLine);
        series->setPen(pen);
        series->setPointsVisible(periods <= 24);
        for (int r = 0; r < periods; ++r) {
            const QModelIndex index = m_model->index(r, c);
            const QVariant v = index.data(GridModel::RawValueRole);
            if (!v.isValid())
                continue;
            const auto period = Period::parse(index.data(GridModel::PeriodRole).toString());
            series->append(charts::periodX(period.value_or(Period{})), v.toDouble());
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // Tooltip: the nearest period's value, numerator and denominator.
        connect(series, &QLineSeries::hovered, this, [this, c](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            int best = -1;
            qreal distance = 0;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const auto period =
                    Period::parse(m_model->index(r, 0).data(GridModel::PeriodRole).toString());
                const qreal d = std::abs(charts::periodX(period.value_or(Period{})) - point.x());
                if (best < 0 || d < distance) {
                    best = r;
                    distance = d;
                }
            }
            if (best >= 0)
                QToolTip::showText(QCursor::pos(), m_model->index(best, c).data(Qt::ToolTipRole).toString() +
                                                       QLatin1Char('\n') +
                                                       m_model->index(best, c).data().toString());
        });
        connect(series, &QLineSeries::doubleClicked, this, [this, c](const QPointF& point) {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const auto period =
                    Period::parse(m_model->index(r, 0).data(GridModel::PeriodRole).toString());
                if (std::abs(charts::periodX(period.value_or(Period{})) - point.x()) <
                    16 * 24 * 3600 * 1000.0) {
                    explainCell(m_model->index(r, c));
                    return;
                }
            }
        });
    }
    charts::applyPalette(chart, palette());
}

} // namespace tenure
