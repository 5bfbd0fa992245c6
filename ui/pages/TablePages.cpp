#include "TablePages.h"

#include "ChartSupport.h"
#include "Filters.h"
#include "Style.h"
#include "kpi/KpiCatalogue.h"
#include "models/HealthModels.h"
#include "models/KpiModels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>

#include <QValueAxis>
#include <array>

namespace tenure {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Category labels: every one when few, else rotated.
QBarCategoryAxis* categoryAxis(const QStringList& labels)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    if (labels.size() > 12)
        axis->setLabelsAngle(-90);
    return axis;
}

// Emits explainRequested for a cell that carries a KPI.
void connectExplain(DashboardPage* page, QTableView* table,
                    const std::function<void(const QModelIndex&)>& explain)
{
    QObject::connect(table, &QTableView::doubleClicked, page, explain);
    QObject::connect(table, &QTableView::activated, page, explain);
}

} // namespace

// ---- MovementsPage ----

MovementsPage::MovementsPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_model(new MovementsModel(this))
{
    m_chartView = charts::makeChartView(this, tr("MRR movements chart"));
    m_table = makeTable(this, tr("MRR movements"), m_model);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 180});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connectExplain(this, m_table, [this](const QModelIndex& index) {
        const QString kpi = MovementsModel::kpiOf(index.column());
        if (!kpi.isEmpty())
            emit explainRequested(
                kpi,
                index.siblingAtColumn(MovementsModel::PeriodColumn).data(GridModel::PeriodRole).toString(),
                this->context().filter.segmentAttribute, this->context().filter.segmentValue);
    });
}

void MovementsPage::refresh()
{
    m_model->load(context());
    m_table->resizeColumnsToContents();
    QChart* chart = m_chartView->chart();
    clearChart(chart);
    const int rows = m_model->rowCount();
    if (rows == 0) {
        chart->setTitle(tr("No MRR data in the chosen range"));
        charts::applyPalette(chart, palette());
        return;
    }
    chart->setTitle(tr("MRR movements"));
    auto* bars = new QStackedBarSeries;
    const QList<QColor> colours = style::seriesColours();
    const struct
    {
        int column;
        QColor colour;
        bool negative;
    } sets[] = {{MovementsModel::NewColumn, colours.at(2), false},
                {MovementsModel::ReactivationColumn, colours.at(5), false},
                {MovementsModel::ExpansionColumn, colours.at(0), false},
                {MovementsModel::ContractionColumn, colours.at(1), true},
                {MovementsModel::ChurnColumn, colours.at(4), true}};
    QStringList labels;
    for (int r = 0; r < rows; ++r)
        labels << m_model->index(r, MovementsModel::PeriodColumn).data().toString();
    double lo = 0, hi = 0;
    QList<double> positive(rows, 0), negative(rows, 0);
    for (const auto& spec : sets) {
        auto* set = new QBarSet(m_model->headerData(spec.column, Qt::Horizontal).toString());
        set->setColor(spec.colour);
        set->setBorderColor(spec.colour);
        for (int r = 0; r < rows; ++r) {
            const double v = m_model->index(r, spec.column).data(GridModel::RawValueRole).toDouble();
            const double signedValue = spec.negative ? -v : v;
            *set << signedValue;
            (spec.negative ? negative : positive)[r] += signedValue;
        }
        bars->append(set);
    }
    auto* net = new QLineSeries;
    net->setName(tr("Net change"));
    net->setPen(QPen(palette().color(QPalette::Text), 2));
    net->setPointsVisible(true);
    for (int r = 0; r < rows; ++r) {
        const double v =
            m_model->index(r, MovementsModel::NetColumn).data(GridModel::RawValueRole).toDouble();
        net->append(r, v);
        lo = std::min({lo, negative.at(r), v});
        hi = std::max({hi, positive.at(r), v});
    }
    chart->addSeries(bars);
    chart->addSeries(net);
    auto* xAxis = categoryAxis(labels);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(lo * 1.1, hi * 1.1 + 1);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(context().currency());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    net->attachAxis(xAxis);
    net->attachAxis(yAxis);
    connect(bars, &QStackedBarSeries::doubleClicked, this, [this](int index, QBarSet* set) {
        static const int columns[] = {MovementsModel::NewColumn, MovementsModel::ReactivationColumn,
                                      MovementsModel::ExpansionColumn, MovementsModel::ContractionColumn,
                                      MovementsModel::ChurnColumn};
        auto* series = qobject_cast<QStackedBarSeries*>(sender());
        const int which = series ? int(series->barSets().indexOf(set)) : -1;
        if (which < 0 || which >= 5)
            return;
        emit explainRequested(
            MovementsModel::kpiOf(columns[which]),
            m_model->index(index, MovementsModel::PeriodColumn).data(GridModel::PeriodRole).toString(),
            this->context().filter.segmentAttribute, this->context().filter.segmentValue);
    });
    charts::applyPalette(chart, palette());
}

// ---- HeatDelegate ----

void HeatDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const QVariant heat = index.data(GridModel::HeatRole);
    if (!heat.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor background = style::heatColour(heat.toDouble(), option.palette);
    painter->save();
    painter->fillRect(option.rect, background);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->setPen(style::textOn(background));
    painter->drawText(option.rect.adjusted(2, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                      index.data().toString());
    painter->restore();
}

// ---- CohortsPage ----

CohortsPage::CohortsPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_model(new CohortModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Show:"), this);
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Cohort metric"));
    m_metric->addItem(tr("Customer retention (share of accounts still active)"),
                      int(CohortMetric::Customers));
    m_metric->addItem(tr("Revenue retention (MRR against the first month)"), int(CohortMetric::Mrr));
    label->setBuddy(m_metric);
    top->addWidget(label);
    top->addWidget(m_metric);
    m_note = new QLabel(this);
    top->addWidget(m_note, 1);
    layout->addLayout(top);
    m_table = makeTable(this, tr("Cohort heat map"), m_model);
    m_table->setAlternatingRowColors(false);
    m_table->setItemDelegate(new HeatDelegate(m_table));
    m_table->horizontalHeader()->setMinimumSectionSize(20);
    layout->addWidget(m_table, 1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { invalidate(); });
}

void CohortsPage::refresh()
{
    m_model->load(context(), CohortMetric(m_metric->currentData().toInt()));
    m_table->resizeColumnsToContents();
    const int cell = m_table->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 10;
    for (int c = CohortModel::FirstMonthColumn; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::max(cell, m_table->columnWidth(c)));
    m_note->setText(m_model->rowCount() == 0 ? tr("No cohorts: cohorts need revenue (MRR) data.")
                                             : tr("Rows: month of first MRR. Columns: months since."));
}

// ---- SegmentsPage ----

SegmentsPage::SegmentsPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_model(new SegmentModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GridModel::RawValueRole);
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_table = makeTable(this, tr("KPIs by segment"), m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(false);
    layout->addWidget(m_table, 1);
    connectExplain(this, m_table, [this](const QModelIndex& index) {
        const QString kpi = index.data(GridModel::KpiRole).toString();
        if (kpi.isEmpty())
            return;
        const QString segment = index.data(GridModel::SegmentRole).toString();
        const bool all = segment == QLatin1String("all");
        emit explainRequested(kpi, index.data(GridModel::PeriodRole).toString(),
                              all ? QString() : m_model->attribute(), all ? QString() : segment);
    });
}

void SegmentsPage::refresh()
{
    m_model->load(context());
    m_table->resizeColumnsToContents();
    const int maxWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Net revenue retention  "));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), maxWidth));
    const auto current = context().currentPeriod();
    if (m_model->rowCount() == 0)
        m_note->setText(
            tr("No data: import accounts with a segment attribute (plan, region, ...) and their revenue."));
    else
        m_note->setText(
            tr("Every KPI in <b>%1</b> by <b>%2</b>. Click a column header to sort; double-click a value to "
               "explain it. Colours: the KPI's benchmark band.")
                .arg(current ? current->label() : QString(), m_model->attribute().toHtmlEscaped()));
}

// ---- SurveysPage ----

SurveysPage::SurveysPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_distribution(new NpsDistributionModel(this)),
      m_comments(new CommentsModel(this)), m_filter(new CommentsFilterModel(this))
{
    m_filter->setSourceModel(m_comments);
    m_chartView = charts::makeChartView(this, tr("NPS answers over time"));
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* groupLabel = new QLabel(tr("&Group:"), bottom);
    m_group = new QComboBox(bottom);
    m_group->setAccessibleName(tr("Comment group"));
    m_group->addItem(tr("All"), QString());
    for (const char* group :
         {"promoter", "passive", "detractor", "satisfied", "neutral", "dissatisfied", "easy", "hard"})
        m_group->addItem(QString::fromLatin1(group), QString::fromLatin1(group));
    groupLabel->setBuddy(m_group);
    auto* searchLabel = new QLabel(tr("Searc&h:"), bottom);
    m_search = new QLineEdit(bottom);
    m_search->setPlaceholderText(tr("Words in comments or account names"));
    m_search->setAccessibleName(tr("Search comments"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(bottom);
    bar->addWidget(groupLabel);
    bar->addWidget(m_group);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bottomLayout->addLayout(bar);
    m_table = makeTable(bottom, tr("Survey comments"), m_filter);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    bottomLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({350, 350});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    auto updateCount = [this] {
        m_count->setText(tr("%1 of %2 comments").arg(m_filter->rowCount()).arg(m_comments->rowCount()));
    };
    connect(m_group, &QComboBox::currentIndexChanged, this, [this, updateCount] {
        m_filter->setGroup(m_group->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this, updateCount](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
}

void SurveysPage::refresh()
{
    m_distribution->load(context());
    m_comments->load(context());
    m_table->resizeColumnsToContents();
    m_table->sortByColumn(CommentsModel::DateColumn, Qt::DescendingOrder);
    m_count->setText(tr("%1 of %2 comments").arg(m_filter->rowCount()).arg(m_comments->rowCount()));

    QChart* chart = m_chartView->chart();
    clearChart(chart);
    int answered = 0;
    for (int r = 0; r < m_distribution->rowCount(); ++r)
        answered += m_distribution->index(r, NpsDistributionModel::ResponsesColumn)
                        .data(GridModel::RawValueRole)
                        .toInt();
    if (answered == 0) {
        chart->setTitle(tr("No NPS answers in the chosen range"));
        charts::applyPalette(chart, palette());
        return;
    }
    chart->setTitle(tr("NPS answers: promoters (9-10), passives (7-8), detractors (0-6)"));
    auto* bars = new QStackedBarSeries;
    const QColor colours[] = {QColor(0x00, 0x9E, 0x73), QColor(0x99, 0x99, 0x99), QColor(0xD5, 0x5E, 0x00)};
    const int columns[] = {NpsDistributionModel::PromotersColumn, NpsDistributionModel::PassivesColumn,
                           NpsDistributionModel::DetractorsColumn};
    QStringList labels;
    for (int r = 0; r < m_distribution->rowCount(); ++r)
        labels << m_distribution->index(r, 0).data().toString();
    for (int i = 0; i < 3; ++i) {
        auto* set = new QBarSet(m_distribution->headerData(columns[i], Qt::Horizontal).toString());
        set->setColor(colours[i]);
        set->setBorderColor(colours[i]);
        for (int r = 0; r < m_distribution->rowCount(); ++r)
            *set << m_distribution->index(r, columns[i]).data(GridModel::RawValueRole).toDouble();
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* xAxis = categoryAxis(labels);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    charts::applyPalette(chart, palette());
}

// ---- HealthPage ----

HealthPage::HealthPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_model(new HealthModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    m_owner = new QComboBox(this);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    ownerLabel->setBuddy(m_owner);
    auto* edit = new QPushButton(tr("Edit weights..."), this);
    edit->setObjectName(QStringLiteral("healthEditButton"));
    connect(edit, &QPushButton::clicked, this, &HealthPage::editRequested);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addWidget(edit);
    layout->addLayout(top);
    m_distribution = charts::makeChartView(this, tr("Health score distribution"));
    m_backtest = charts::makeChartView(this, tr("Backtest: churn share by band"));
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_distribution);
    charts->addWidget(m_backtest);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(GridModel::RawValueRole);
    m_table = makeTable(this, tr("At-risk accounts"), proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    connect(m_owner, &QComboBox::activated, this, [this] { invalidate(); });
}

void HealthPage::refresh()
{
    // The owners of the workspace; the choice survives a refresh when the owner is still there.
    const QString owner = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("all owners"), QString());
    if (context().workspace)
        for (const QString& value :
             workspaceinfo::segmentValues(*context().workspace, QStringLiteral("owner")))
            if (value != QLatin1String("unknown"))
                m_owner->addItem(value, value);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_model->load(context(), m_owner->currentData().toString());
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: highest MRR first
    m_table->resizeColumnsToContents();
    drawDistribution();
    drawBacktest();
    const HealthReport& report = m_model->report();
    if (report.accounts.isEmpty()) {
        m_summary->setText(tr(
            "No health scores: they need revenue (MRR) data, and are better with surveys, tickets, signups "
            "and renewals."));
        return;
    }
    int red = 0, amber = 0, green = 0;
    for (const AccountHealth& h : m_model->filtered()) {
        red += h.band == QLatin1String("red");
        amber += h.band == QLatin1String("amber");
        green += h.band == QLatin1String("green");
    }
    m_summary->setText(
        tr("<b>Health in %1</b>: global score %2 (MRR-weighted). Accounts shown: %3 red, %4 amber, %5 green. "
           "Below: the <b>%6 at-risk accounts</b> (red band), highest MRR first, with the components that "
           "pull each score down; double-click one to open it.")
            .arg(monthLabel(report.month))
            .arg(report.globalScore ? QLocale().toString(*report.globalScore, 'f', 0) : QStringLiteral("–"))
            .arg(red)
            .arg(amber)
            .arg(green)
            .arg(m_model->rowCount()));
}

void HealthPage::drawDistribution()
{
    QChart* chart = m_distribution->chart();
    clearChart(chart);
    chart->setTitle(tr("Score distribution (accounts per 10 points)"));
    if (!context().engine)
        return;
    const HealthConfig config = context().engine->healthConfig();
    std::array<std::array<int, 10>, 3> counts{};
    for (const AccountHealth& h : m_model->filtered()) {
        if (!h.score)
            continue;
        const int bucket = std::clamp(int(*h.score / 10.0), 0, 9);
        const int band = *h.score < config.redBelow ? 0 : (*h.score < config.amberBelow ? 1 : 2);
        ++counts[size_t(band)][size_t(bucket)];
    }
    int most = 1;
    for (int k = 0; k < 10; ++k)
        most = std::max(most, counts[0][size_t(k)] + counts[1][size_t(k)] + counts[2][size_t(k)]);
    auto* series = new QStackedBarSeries;
    const QStringList bands{QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")};
    for (int b = 0; b < 3; ++b) {
        auto* set = new QBarSet(bands.at(b));
        set->setColor(QColor(bandColour(bands.at(b))));
        for (int k = 0; k < 10; ++k)
            *set << counts[size_t(b)][size_t(k)];
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    for (int k = 0; k < 10; ++k)
        labels << QString::number(k * 10);
    auto* x = categoryAxis(labels);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, most * 1.1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    charts::applyPalette(chart, palette());
}

void HealthPage::drawBacktest()
{
    QChart* chart = m_backtest->chart();
    clearChart(chart);
    chart->setTitle(tr("Backtest: share that churned within 3 months, by band (all accounts)"));
    if (!context().engine)
        return;
    const QList<BacktestRow> rows = context().engine->healthBacktest();
    if (rows.isEmpty())
        return;
    auto* x = new QDateTimeAxis;
    x->setFormat(charts::dateFormat(Grain::Month));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    double hi = 1;
    for (const QString& band : {QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")}) {
        auto* line = new QLineSeries;
        line->setName(band);
        line->setColor(QColor(bandColour(band)));
        line->setPointsVisible(true);
        for (const BacktestRow& r : rows)
            if (r.band == band && r.churnShare) {
                line->append(charts::periodX(Period::containing(Grain::Month, r.month)), *r.churnShare);
                hi = std::max(hi, *r.churnShare);
            }
        chart->addSeries(line);
    }
    y->setRange(0, hi * 1.1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    charts::applyPalette(chart, palette());
}

} // namespace tenure
