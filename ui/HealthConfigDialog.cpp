#include "HealthConfigDialog.h"

#include "kpi/HealthLab.h"
#include "models/HealthModels.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tenure {

namespace {

QTableView* makeView(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    return view;
}

QDoubleSpinBox* makeSpin(QWidget* parent, double lo, double hi, int decimals)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

HealthConfigDialog::HealthConfigDialog(KpiEngine& engine, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_backtest(new BacktestModel(this)),
      m_groups(new BacktestGroupModel(this))
{
    setObjectName(QStringLiteral("healthConfigDialog"));
    setWindowTitle(tr("Health score"));
    m_saved = m_engine.healthConfig();
    m_config = m_saved;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0); // coalesces the values a slider sends while dragged
    connect(m_timer, &QTimer::timeout, this, &HealthConfigDialog::recompute);

    // Left: the controls.
    auto* controls = new QWidget(this);
    auto* left = new QVBoxLayout(controls);
    left->setContentsMargins(0, 0, 0, 0);
    auto* components = new QGroupBox(tr("Components and weights"), controls);
    auto* componentsLayout = new QVBoxLayout(components);
    m_rowsWidget = new QWidget(components);
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setContentsMargins(0, 0, 0, 0);
    componentsLayout->addWidget(m_rowsWidget);
    auto* addRow = new QHBoxLayout;
    m_attribute = new QComboBox(components);
    m_attribute->setAccessibleName(tr("Custom attribute to add"));
    m_add = new QPushButton(tr("Add component"), components);
    addRow->addWidget(new QLabel(tr("Custom attribute:"), components));
    addRow->addWidget(m_attribute, 1);
    addRow->addWidget(m_add);
    componentsLayout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, [this] { addCustom(m_attribute->currentText()); });
    left->addWidget(components);

    auto* cutOffs = new QGroupBox(tr("Bands"), controls);
    auto* form = new QFormLayout(cutOffs);
    m_red = makeSpin(cutOffs, 0, 100, 1);
    m_red->setAccessibleName(tr("Red below"));
    m_amber = makeSpin(cutOffs, 0, 100, 1);
    m_amber->setAccessibleName(tr("Amber below"));
    form->addRow(tr("Red below:"), m_red);
    form->addRow(tr("Amber below (green from):"), m_amber);
    connect(m_red, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](HealthConfig& c) { c.redBelow = v; }); });
    connect(m_amber, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](HealthConfig& c) { c.amberBelow = v; }); });
    left->addWidget(cutOffs);
    left->addStretch(1);
    m_problem = new QLabel(controls);
    m_problem->setObjectName(QStringLiteral("healthConfigProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    left->addWidget(m_problem);

    // Right: the backtest of what is being edited.
    auto* results = new QWidget(this);
    auto* right = new QVBoxLayout(results);
    right->setContentsMargins(0, 0, 0, 0);
    m_changes = new QLabel(results);
    m_changes->setObjectName(QStringLiteral("healthBandChanges"));
    m_changes->setWordWrap(true);
    right->addWidget(m_changes);
    auto* segmentRow = new QHBoxLayout;
    m_segment = new QComboBox(results);
    m_segment->setAccessibleName(tr("Lift and AUC by"));
    m_segment->addItem(tr("(all accounts only)"), QString());
    for (const SegmentAttribute& a : m_engine.segmentAttributes())
        m_segment->addItem(a.name, a.name);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(QStringLiteral("plan"))));
    segmentRow->addWidget(new QLabel(tr("Does the score predict churn? By:"), results));
    segmentRow->addWidget(m_segment, 1);
    right->addLayout(segmentRow);
    m_groupView = makeView(results, tr("Lift and AUC"), m_groups);
    m_groupView->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(m_groupView, 1);
    auto* note = new QLabel(
        tr("Each month's score against churn (MRR 0) within the next 3 months. Lift: red churn share / green "
           "churn share. AUC: the chance that a churner scored below a non-churner (0.5 = a coin toss, 1 = "
           "perfect)."),
        results);
    note->setWordWrap(true);
    right->addWidget(note);
    m_backtestView = makeView(results, tr("Backtest by month and band"), m_backtest);
    m_backtestView->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(m_backtestView, 2);
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        rebuildLab();
        recompute();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("healthConfigSave"));
    buttons->addButton(QDialogButtonBox::Cancel);
    m_undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    m_undoButton->setShortcut(QKeySequence::Undo);
    m_reset = buttons->addButton(tr("Reset to defaults"), QDialogButtonBox::ResetRole);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undoButton, &QPushButton::clicked, this, &HealthConfigDialog::undo);
    connect(m_reset, &QPushButton::clicked, this, &HealthConfigDialog::resetToDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1180, 720);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    rebuildLab();
    QApplication::restoreOverrideCursor();
    rebuildRows();
    recompute();
}

HealthConfigDialog::~HealthConfigDialog() = default;

void HealthConfigDialog::rebuildLab()
{
    m_lab = m_engine.healthLab(m_segment->currentData().toString());
}

void HealthConfigDialog::rebuildRows()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    int r = 0;
    m_grid->addWidget(new QLabel(tr("<b>Component</b>"), m_rowsWidget), r, 0);
    m_grid->addWidget(new QLabel(tr("<b>Weight</b>"), m_rowsWidget), r, 1, 1, 2);
    ++r;
    for (const QString& id : m_config.components()) {
        Row row;
        row.enabled = new QCheckBox(HealthConfig::componentName(id), m_rowsWidget);
        row.enabled->setObjectName(QStringLiteral("enabled_") + id);
        row.enabled->setToolTip(tr("Switch the component off: it keeps its weight but counts for nothing"));
        row.slider = new QSlider(Qt::Horizontal, m_rowsWidget);
        row.slider->setObjectName(QStringLiteral("weight_") + id);
        row.slider->setAccessibleName(tr("Weight of %1").arg(HealthConfig::componentName(id)));
        row.slider->setRange(0, 100);
        row.slider->setMinimumWidth(120);
        row.weight = makeSpin(m_rowsWidget, 0, 1000, 2);
        row.weight->setAccessibleName(tr("Weight of %1").arg(HealthConfig::componentName(id)));
        m_grid->addWidget(row.enabled, r, 0);
        m_grid->addWidget(row.slider, r, 1);
        m_grid->addWidget(row.weight, r, 2);
        connect(row.enabled, &QCheckBox::toggled, this, [this, id](bool on) {
            edit([id, on](HealthConfig& c) {
                c.off.removeAll(id);
                if (!on)
                    c.off << id;
            });
        });
        connect(row.slider, &QSlider::sliderPressed, this, [this] {
            m_undo << m_config; // the whole drag is one change
            m_dragging = true;
        });
        connect(row.slider, &QSlider::sliderReleased, this, [this] { m_dragging = false; });
        connect(row.slider, &QSlider::valueChanged, this,
                [this, id](int v) { edit([id, v](HealthConfig& c) { c.weights[id] = v; }); });
        connect(row.weight, &QDoubleSpinBox::valueChanged, this,
                [this, id](double v) { edit([id, v](HealthConfig& c) { c.weights[id] = v; }); });
        ++r;
        if (id.startsWith(QLatin1String("attr:"))) {
            const int index =
                int(m_config.components().indexOf(id)) - int(HealthConfig::componentIds().size());
            auto* line = new QWidget(m_rowsWidget);
            auto* h = new QHBoxLayout(line);
            h->setContentsMargins(20, 0, 0, 0);
            row.direction = new QComboBox(line);
            row.direction->setAccessibleName(tr("Direction of %1").arg(HealthConfig::componentName(id)));
            row.direction->addItem(tr("higher is better"), true);
            row.direction->addItem(tr("lower is better"), false);
            row.low = makeSpin(line, -1e12, 1e12, 2);
            row.low->setAccessibleName(tr("Low end of %1").arg(HealthConfig::componentName(id)));
            row.high = makeSpin(line, -1e12, 1e12, 2);
            row.high->setAccessibleName(tr("High end of %1").arg(HealthConfig::componentName(id)));
            auto* remove = new QToolButton(line);
            remove->setText(tr("Remove"));
            remove->setAccessibleName(tr("Remove %1").arg(HealthConfig::componentName(id)));
            h->addWidget(row.direction);
            h->addWidget(new QLabel(tr("from"), line));
            h->addWidget(row.low);
            h->addWidget(new QLabel(tr("to"), line));
            h->addWidget(row.high);
            h->addWidget(remove);
            h->addStretch(1);
            m_grid->addWidget(line, r, 0, 1, 3);
            ++r;
            connect(row.direction, &QComboBox::currentIndexChanged, this, [this, index, box = row.direction] {
                const bool higher = box->currentData().toBool();
                edit([index, higher](HealthConfig& c) { c.custom[index].higherIsBetter = higher; });
            });
            connect(row.low, &QDoubleSpinBox::valueChanged, this, [this, index](double v) {
                edit([index, v](HealthConfig& c) { c.custom[index].low = v; });
            });
            connect(row.high, &QDoubleSpinBox::valueChanged, this, [this, index](double v) {
                edit([index, v](HealthConfig& c) { c.custom[index].high = v; });
            });
            connect(remove, &QToolButton::clicked, this, [this, index, id] {
                // Queued: the button goes with the rows it sits in.
                QMetaObject::invokeMethod(
                    this,
                    [this, index, id] {
                        edit([index, id](HealthConfig& c) {
                            c.custom.removeAt(index);
                            c.weights.remove(id);
                            c.off.removeAll(id);
                        });
                        rebuildRows();
                    },
                    Qt::QueuedConnection);
            });
        }
        m_rows.insert(id, row);
    }
    syncControls();
}

void HealthConfigDialog::syncControls()
{
    m_syncing = true;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QString& id = it.key();
        const Row& row = it.value();
        const double w = m_config.weights.value(id, 0);
        row.enabled->setChecked(!m_config.off.contains(id));
        if (!m_dragging)
            row.slider->setValue(int(std::lround(std::min(100.0, w))));
        row.weight->setValue(w);
        row.slider->setEnabled(!m_config.off.contains(id));
        row.weight->setEnabled(!m_config.off.contains(id));
        if (row.direction) {
            const int index =
                int(m_config.components().indexOf(id)) - int(HealthConfig::componentIds().size());
            const HealthCustomComponent& c = m_config.custom.at(index);
            row.direction->setCurrentIndex(c.higherIsBetter ? 0 : 1);
            row.low->setValue(c.low);
            row.high->setValue(c.high);
        }
    }
    m_red->setValue(m_config.redBelow);
    m_amber->setValue(m_config.amberBelow);
    m_attribute->clear();
    if (m_lab)
        for (const QString& name : m_lab->numericAttributes())
            if (!m_config.components().contains(QStringLiteral("attr:") + name))
                m_attribute->addItem(name);
    m_attribute->setEnabled(m_attribute->count() > 0);
    m_add->setEnabled(m_attribute->count() > 0);
    if (m_attribute->count() == 0)
        m_attribute->setPlaceholderText(tr("no numeric custom attribute"));
    m_undoButton->setEnabled(canUndo());
    m_syncing = false;
}

void HealthConfigDialog::edit(const std::function<void(HealthConfig&)>& change)
{
    if (m_syncing)
        return;
    HealthConfig next = m_config;
    change(next);
    if (next == m_config)
        return;
    if (!m_dragging)
        m_undo << m_config;
    m_config = next;
    syncControls();
    schedule();
}

void HealthConfigDialog::setConfig(const HealthConfig& config)
{
    if (config == m_config)
        return;
    m_undo << m_config;
    m_config = config;
    rebuildRows();
    schedule();
}

void HealthConfigDialog::undo()
{
    if (m_undo.isEmpty())
        return;
    m_config = m_undo.takeLast();
    rebuildRows();
    schedule();
}

void HealthConfigDialog::resetToDefaults()
{
    setConfig(HealthConfig::defaults());
}

bool HealthConfigDialog::addCustom(const QString& attribute)
{
    if (!m_lab || !m_lab->numericAttributes().contains(attribute) ||
        m_config.components().contains(QStringLiteral("attr:") + attribute))
        return false;
    const auto [lo, hi] = m_lab->attributeRange(attribute);
    HealthConfig next = m_config;
    HealthCustomComponent c;
    c.attribute = attribute;
    c.low = lo;
    c.high = hi;
    next.custom << c;
    next.weights[c.id()] = 10;
    setConfig(next);
    return true;
}

QString HealthConfigDialog::problem() const
{
    return m_engine.healthConfigProblem(m_config);
}

bool HealthConfigDialog::save()
{
    if (!problem().isEmpty())
        return false;
    m_engine.setHealthConfig(m_config);
    m_saved = m_config;
    schedule();
    return true;
}

void HealthConfigDialog::schedule()
{
    m_undoButton->setEnabled(canUndo());
    m_timer->start();
}

void HealthConfigDialog::recomputeNow()
{
    m_timer->stop();
    recompute();
}

void HealthConfigDialog::recompute()
{
    ++m_recomputes;
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : tr("Cannot use this configuration: %1").arg(why));
    m_save->setEnabled(why.isEmpty());
    if (!why.isEmpty() || !m_lab) {
        m_changes->setText(QString());
        return;
    }
    const BacktestSummary summary = m_lab->backtest(m_config);
    m_backtest->load(summary.rows);
    m_groups->load(summary.groups);
    m_groupView->resizeColumnsToContents();
    m_backtestView->resizeColumnsToContents();
    const HealthLab::BandChanges changes = m_lab->bandChanges(m_saved, m_config);
    const auto last = m_lab->lastMonth();
    if (!last) {
        m_changes->setText(tr("No health scores: they need revenue (MRR) data."));
        return;
    }
    QStringList into;
    for (const QString& band :
         {QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green"), QStringLiteral("none")})
        if (changes.into.value(band) > 0)
            into << (band == QLatin1String("none") ? tr("%1 lose their score") : tr("%1 into %2"))
                        .arg(QLocale().toString(changes.into.value(band)), band);
    m_changes->setText(
        changes.changed == 0
            ? tr("<b>In %1 no account changes band</b> against the saved configuration (%2 active accounts).")
                  .arg(monthLabel(*last), QLocale().toString(changes.active))
            : tr("<b>In %1, %2 of %3 active accounts change band</b> against the saved configuration: %4.")
                  .arg(monthLabel(*last), QLocale().toString(changes.changed),
                       QLocale().toString(changes.active), into.join(QStringLiteral(", "))));
}

} // namespace tenure
