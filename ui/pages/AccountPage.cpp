#include "AccountPage.h"

#include "ChartSupport.h"
#include "Format.h"
#include "models/HealthModels.h"

#include <QChart>
#include <QCompleter>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tenure {

namespace {

QTableView* addTab(QTabWidget* tabs, QAbstractItemModel* model, const QString& name)
{
    auto* view = new QTableView(tabs);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(view, name);
    return view;
}

QList<QStringList> cellsOf(const QList<AccountStory::Row>& rows, bool withDate)
{
    QList<QStringList> out;
    for (const AccountStory::Row& r : rows)
        out << (withDate ? QStringList{r.date.toString(Qt::ISODate)} + r.cells : r.cells);
    return out;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

AccountPage::AccountPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_months(new AccountMonthsModel(this)),
      m_components(new TextTableModel(this)), m_tickets(new TextTableModel(this)),
      m_surveys(new TextTableModel(this)), m_renewals(new TextTableModel(this)),
      m_orders(new TextTableModel(this)), m_attributes(new TextTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("A&ccount:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(tr("Account key"));
    m_edit->setPlaceholderText(tr("account key"));
    m_edit->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_edit->setCompleter(new QCompleter(new QStringListModel(this), this));
    label->setBuddy(m_edit);
    m_export = new QPushButton(tr("Export PDF..."), this);
    m_export->setObjectName(QStringLiteral("accountExportButton"));
    top->addWidget(label);
    top->addWidget(m_edit);
    top->addStretch(1);
    top->addWidget(m_export);
    layout->addLayout(top);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_mrrChart = charts::makeChartView(this, tr("MRR over time"));
    m_healthChart = charts::makeChartView(this, tr("Health score over time"));
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_mrrChart);
    charts->addWidget(m_healthChart);
    m_tabs = new QTabWidget(this);
    addTab(m_tabs, m_components, tr("Health now"));
    addTab(m_tabs, m_months, tr("Months"));
    addTab(m_tabs, m_tickets, tr("Tickets"));
    addTab(m_tabs, m_surveys, tr("Surveys"));
    addTab(m_tabs, m_renewals, tr("Renewals"));
    addTab(m_tabs, m_orders, tr("Orders"));
    addTab(m_tabs, m_attributes, tr("Attributes"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        const QString key = m_edit->text().trimmed();
        if (!key.isEmpty() && key != m_key) {
            setAccount(key);
            emit accountChosen(key);
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_found)
            emit exportRequested(m_key);
    });
}

bool AccountPage::setViewArgument(const QString& argument)
{
    if (!argument.isEmpty())
        setAccount(argument);
    return true;
}

void AccountPage::setAccount(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    invalidate();
}

void AccountPage::refresh()
{
    m_found = false;
    m_edit->setText(m_key);
    KpiEngine* engine = context().engine;
    if (engine) {
        QStringList keys;
        for (const AccountInfo& a : engine->accounts())
            keys << a.key;
        if (auto* model = qobject_cast<QStringListModel*>(m_edit->completer()->model()))
            model->setStringList(keys);
    }
    const std::optional<AccountStory> story =
        engine && !m_key.isEmpty() ? engine->accountStory(m_key) : std::nullopt;
    m_export->setEnabled(bool(story));
    if (!story) {
        m_title->setText(
            m_key.isEmpty() ? tr("Double-click an account in any list (at-risk accounts, explanations, data) "
                                 "to open it here, or type its key.")
                            : tr("No account <b>%1</b> in this workspace.").arg(m_key.toHtmlEscaped()));
        m_months->load({}, context().currency());
        for (TextTableModel* m : {m_components, m_tickets, m_surveys, m_renewals, m_orders, m_attributes})
            m->load({}, {});
        clear(m_mrrChart->chart());
        clear(m_healthChart->chart());
        return;
    }
    m_found = true;
    const QString currency = context().currency();
    QStringList facts;
    for (auto it = story->attributes.begin(); it != story->attributes.end(); ++it)
        facts << QStringLiteral("%1: <b>%2</b>").arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    QString health;
    if (story->latest && story->latest->score) {
        const AccountHealth& h = *story->latest;
        QStringList drags;
        for (const QString& id : h.drags)
            drags << HealthConfig::componentName(id);
        health = tr("Health <b style=\"color:%1\">%2 (%3)</b>")
                     .arg(bandColour(h.band), QLocale().toString(*h.score, 'f', 0), h.band);
        if (!drags.isEmpty())
            health += tr(", pulled down by %1").arg(drags.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    double mrr = 0;
    if (!story->months.isEmpty())
        mrr = story->months.last().mrr;
    m_title->setText(QStringLiteral("<h3>%1 <span style=\"font-weight:normal\">(%2)</span></h3>%3<br>%4")
                         .arg((story->name.isEmpty() ? story->key : story->name).toHtmlEscaped(),
                              story->key.toHtmlEscaped(),
                              tr("MRR now %1. %2").arg(format::money(mrr, currency), health),
                              facts.join(QStringLiteral(" &nbsp; "))));

    m_months->load(*story, currency);
    QList<QStringList> components;
    if (story->latest)
        for (const HealthComponent& c : story->latest->components)
            components << QStringList{
                HealthConfig::componentName(c.id),
                c.score ? QLocale().toString(*c.score, 'f', 0) : QStringLiteral("–"),
                c.weight > 0 ? QLocale().toString(100 * c.weight, 'f', 0) + QStringLiteral(" %") : QString(),
                c.detail};
    m_components->load({tr("Component"), tr("Score"), tr("Weight"), tr("What it is made of")}, components);
    m_tickets->load({tr("Ticket"), tr("Created"), tr("Resolved"), tr("Contacts"), tr("Channel")},
                    cellsOf(story->tickets, false), {3});
    m_surveys->load({tr("Date"), tr("Survey"), tr("Score"), tr("Comment")}, cellsOf(story->surveys, true),
                    {2});
    m_renewals->load({tr("Due"), tr("Renewed"), tr("ARR before"), tr("ARR after")},
                     cellsOf(story->renewals, false), {2, 3});
    m_orders->load({tr("Date"), tr("Order"), tr("Amount"), tr("Type")}, cellsOf(story->orders, true), {2});
    QList<QStringList> attributes;
    for (auto it = story->attributes.begin(); it != story->attributes.end(); ++it)
        attributes << QStringList{it.key(), it.value()};
    m_attributes->load({tr("Attribute"), tr("Value")}, attributes);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<QTableView*>(m_tabs->widget(i)))
            view->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("Tickets (%1)").arg(story->tickets.size()));
    m_tabs->setTabText(3, tr("Surveys (%1)").arg(story->surveys.size()));
    m_tabs->setTabText(4, tr("Renewals (%1)").arg(story->renewals.size()));
    m_tabs->setTabText(5, tr("Orders (%1)").arg(story->orders.size()));
    drawCharts(*story, engine->healthConfig());
}

void AccountPage::drawCharts(const AccountStory& story, const HealthConfig& config)
{
    QChart* mrr = m_mrrChart->chart();
    clear(mrr);
    mrr->setTitle(tr("MRR (%1) and its movements").arg(context().currency()));
    auto* line = new QLineSeries;
    line->setName(tr("MRR"));
    line->setPointsVisible(true);
    QMap<QString, QScatterSeries*> moves;
    const QList<std::pair<QString, QString>> kinds{
        {QStringLiteral("new"), QStringLiteral("#1565c0")},
        {QStringLiteral("reactivation"), QStringLiteral("#6a1b9a")},
        {QStringLiteral("expansion"), QStringLiteral("#2e7d32")},
        {QStringLiteral("contraction"), QStringLiteral("#ef8f00")},
        {QStringLiteral("churn"), QStringLiteral("#c62828")}};
    for (const auto& [kind, colour] : kinds) {
        auto* s = new QScatterSeries;
        s->setName(kind);
        s->setColor(QColor(colour));
        s->setMarkerSize(9);
        moves.insert(kind, s);
    }
    double hi = 1;
    auto* health = new QLineSeries;
    health->setName(tr("score"));
    health->setPointsVisible(true); // a new account has a single month
    for (const AccountStory::Month& m : story.months) {
        const qreal x = charts::periodX(Period::containing(Grain::Month, m.month));
        line->append(x, m.mrr);
        hi = std::max(hi, m.mrr);
        if (!m.movement.isEmpty() && moves.contains(m.movement))
            moves[m.movement]->append(x, m.mrr);
        if (m.score)
            health->append(x, *m.score);
    }
    mrr->addSeries(line);
    for (const auto& [kind, colour] : kinds) {
        Q_UNUSED(colour);
        if (moves[kind]->count() > 0)
            mrr->addSeries(moves[kind]);
        else
            delete moves[kind];
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(charts::dateFormat(Grain::Month));
    auto* y = new QValueAxis;
    y->setRange(0, hi * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    mrr->addAxis(x, Qt::AlignBottom);
    mrr->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : mrr->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    charts::applyPalette(mrr, palette());

    QChart* chart = m_healthChart->chart();
    clear(chart);
    chart->setTitle(tr("Health score (red below %1, amber below %2)")
                        .arg(QLocale().toString(config.redBelow), QLocale().toString(config.amberBelow)));
    chart->addSeries(health);
    if (!story.months.isEmpty()) {
        const qreal x0 = charts::periodX(Period::containing(Grain::Month, story.months.first().month));
        const qreal x1 = charts::periodX(Period::containing(Grain::Month, story.months.last().month));
        for (const auto& [cut, band] : {std::pair{config.redBelow, QStringLiteral("red")},
                                        std::pair{config.amberBelow, QStringLiteral("amber")}}) {
            auto* edge = new QLineSeries;
            edge->setName(tr("%1 below").arg(band));
            QPen pen(QColor(bandColour(band)));
            pen.setStyle(Qt::DashLine);
            edge->setPen(pen);
            edge->append(x0, cut);
            edge->append(x1, cut);
            chart->addSeries(edge);
        }
    }
    auto* hx = new QDateTimeAxis;
    hx->setFormat(charts::dateFormat(Grain::Month));
    auto* hy = new QValueAxis;
    hy->setRange(0, 100);
    hy->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(hx, Qt::AlignBottom);
    chart->addAxis(hy, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(hx);
        s->attachAxis(hy);
    }
    charts::applyPalette(chart, palette());
}

} // namespace tenure
