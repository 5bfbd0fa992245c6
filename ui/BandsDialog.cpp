#include "BandsDialog.h"

#include "FileDialog.h"
#include "kpi/KpiCatalogue.h"

#include <QCheckBox>
#include <QColor>
#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tenure {

namespace {

enum Column { LabelColumn, LowerColumn, UpperColumn, ColourColumn, ColumnCount };

QString boundText(const std::optional<double>& bound)
{
    return bound ? QString::number(*bound) : QString();
}

bool sameBands(const QList<Band>& a, const QList<Band>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].label != b[i].label || a[i].lower != b[i].lower || a[i].upper != b[i].upper ||
            QColor::fromString(a[i].colour) != QColor::fromString(b[i].colour))
            return false;
    }
    return true;
}

} // namespace

BandsDialog::BandsDialog(Bands& bands, QWidget* parent) : QDialog(parent), m_bands(bands)
{
    setWindowTitle(tr("Benchmark bands and targets"));
    setObjectName(QStringLiteral("bandsDialog"));

    m_kpi = new QComboBox(this);
    m_kpi->setObjectName(QStringLiteral("kpi"));
    m_kpi->setAccessibleName(tr("KPI"));
    for (const KpiInfo& info : kpiCatalogue())
        m_kpi->addItem(info.name, info.id);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bandsTable"));
    m_table->setAccessibleName(tr("Bands"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Lower"), tr("Upper"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == ColourColumn && QColor::isValidColorName(item->text().trimmed()))
            item->setData(Qt::DecorationRole, QColor::fromString(item->text().trimmed()));
        markDirty();
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        if (item->column() != ColourColumn)
            return;
        const QColor colour =
            QColorDialog::getColor(QColor::fromString(item->text()), this, tr("Band colour"));
        if (colour.isValid())
            item->setText(colour.name());
    });

    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addBand"));
    add->setAccessibleName(tr("Add a band"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({tr("New band"), std::nullopt, std::nullopt, QStringLiteral("#9e9e9e"), {}});
        markDirty();
    });
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeBand"));
    remove->setAccessibleName(tr("Remove the selected band"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row >= 0) {
            m_table->removeRow(row);
            markDirty();
        }
    });
    auto* reset = new QPushButton(tr("Reset to &defaults"), this);
    reset->setObjectName(QStringLiteral("resetBands"));
    reset->setAccessibleName(tr("Reset the bands to the defaults"));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_loading = true;
        m_table->setRowCount(0);
        for (const Band& band : Bands::defaultsFor(currentKpi()))
            addRow(band);
        m_loading = false;
        m_dirty = true;
        m_reset = true;
    });
    auto* import = new QPushButton(tr("&Import..."), this);
    import->setObjectName(QStringLiteral("importBands"));
    import->setAccessibleName(tr("Import a band pack"));
    connect(import, &QPushButton::clicked, this, &BandsDialog::importPack);
    auto* exportButton = new QPushButton(tr("E&xport..."), this);
    exportButton->setObjectName(QStringLiteral("exportBands"));
    exportButton->setAccessibleName(tr("Export a band pack"));
    connect(exportButton, &QPushButton::clicked, this, &BandsDialog::exportPack);
    auto* bandButtons = new QHBoxLayout;
    bandButtons->addWidget(add);
    bandButtons->addWidget(remove);
    bandButtons->addWidget(reset);
    bandButtons->addStretch();
    bandButtons->addWidget(import);
    bandButtons->addWidget(exportButton);

    m_hasTarget = new QCheckBox(tr("&Target"), this);
    m_hasTarget->setObjectName(QStringLiteral("hasTarget"));
    m_hasTarget->setAccessibleName(tr("Has a target"));
    m_targetValue = new QDoubleSpinBox(this);
    m_targetValue->setObjectName(QStringLiteral("targetValue"));
    m_targetValue->setAccessibleName(tr("Target value"));
    m_targetValue->setRange(-1e12, 1e12);
    m_targetValue->setDecimals(2);
    m_hasDue = new QCheckBox(tr("D&ue"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDue"));
    m_hasDue->setAccessibleName(tr("Target has a due date"));
    m_due = new QDateEdit(QDate::currentDate(), this);
    m_due->setObjectName(QStringLiteral("targetDue"));
    m_due->setAccessibleName(tr("Target due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_segmentAttribute = new QLineEdit(this);
    m_segmentAttribute->setObjectName(QStringLiteral("segmentAttribute"));
    m_segmentAttribute->setAccessibleName(tr("Target segment attribute"));
    m_segmentAttribute->setPlaceholderText(tr("segment attribute (optional)"));
    m_segmentValue = new QLineEdit(this);
    m_segmentValue->setObjectName(QStringLiteral("segmentValue"));
    m_segmentValue->setAccessibleName(tr("Target segment value"));
    m_segmentValue->setPlaceholderText(tr("segment value (optional)"));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_hasTarget);
    targetRow->addWidget(m_targetValue);
    targetRow->addWidget(m_hasDue);
    targetRow->addWidget(m_due);
    targetRow->addWidget(m_segmentAttribute);
    targetRow->addWidget(m_segmentValue);
    connect(m_hasTarget, &QCheckBox::toggled, this, &BandsDialog::markDirty);
    connect(m_hasDue, &QCheckBox::toggled, this, &BandsDialog::markDirty);
    connect(m_targetValue, &QDoubleSpinBox::valueChanged, this, &BandsDialog::markDirty);
    connect(m_due, &QDateEdit::dateChanged, this, &BandsDialog::markDirty);
    // A different segment is a different target: show the stored one, if any.
    auto segmentChanged = [this] {
        if (m_loading)
            return;
        m_loading = true;
        const auto target = m_bands.targetFor(currentKpi(), m_segmentAttribute->text().trimmed(),
                                              m_segmentValue->text().trimmed());
        const bool exact = target && target->segmentAttribute == m_segmentAttribute->text().trimmed() &&
                           target->segmentValue == m_segmentValue->text().trimmed();
        m_hasTarget->setChecked(exact);
        if (exact) {
            m_targetValue->setValue(target->value);
            m_hasDue->setChecked(target->due.isValid());
            if (target->due.isValid())
                m_due->setDate(target->due);
        }
        m_loading = false;
        m_dirty = true;
    };
    connect(m_segmentAttribute, &QLineEdit::editingFinished, this, segmentChanged);
    connect(m_segmentValue, &QLineEdit::editingFinished, this, segmentChanged);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BandsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BandsDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&KPI:"), m_kpi);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(bandButtons);
    layout->addLayout(targetRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_kpi, &QComboBox::currentIndexChanged, this, [this] {
        capture();
        load(currentKpi());
    });
    load(currentKpi());
    resize(640, 420);
}

QString BandsDialog::currentKpi() const
{
    return m_kpi->currentData().toString();
}

QString BandsDialog::errorText() const
{
    return m_error->text();
}

void BandsDialog::selectKpi(const QString& kpi)
{
    const int index = m_kpi->findData(kpi);
    if (index >= 0)
        m_kpi->setCurrentIndex(index);
}

void BandsDialog::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void BandsDialog::setError(const QString& text)
{
    m_error->setText(text);
}

void BandsDialog::addRow(const Band& band)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* label = new QTableWidgetItem(band.label);
    label->setData(Qt::UserRole, band.source); // kept, not edited
    m_table->setItem(row, LabelColumn, label);
    m_table->setItem(row, LowerColumn, new QTableWidgetItem(boundText(band.lower)));
    m_table->setItem(row, UpperColumn, new QTableWidgetItem(boundText(band.upper)));
    m_table->setItem(row, ColourColumn, new QTableWidgetItem(band.colour));
    m_loading = wasLoading;
}

void BandsDialog::load(const QString& kpi)
{
    m_loading = true;
    m_table->setRowCount(0);
    const auto edit = m_edits.constFind(kpi);
    if (edit != m_edits.constEnd()) {
        for (const Band& band : edit->bands)
            addRow(band);
        m_hasTarget->setChecked(edit->hasTarget);
        m_targetValue->setValue(edit->target.value);
        m_hasDue->setChecked(edit->target.due.isValid());
        m_due->setDate(edit->target.due.isValid() ? edit->target.due : QDate::currentDate());
        m_segmentAttribute->setText(edit->target.segmentAttribute);
        m_segmentValue->setText(edit->target.segmentValue);
        m_dirty = true;
        m_reset = edit->reset;
    } else {
        for (const Band& band : m_bands.bandsFor(kpi))
            addRow(band);
        // The target for all customers; a segment's target shows when its segment is typed.
        const auto target = m_bands.targetFor(kpi);
        const bool all = target && target->segmentAttribute.isEmpty();
        m_hasTarget->setChecked(all);
        m_targetValue->setValue(all ? target->value : 0);
        m_hasDue->setChecked(all && target->due.isValid());
        m_due->setDate(all && target->due.isValid() ? target->due : QDate::currentDate());
        m_segmentAttribute->clear();
        m_segmentValue->clear();
        m_dirty = false;
        m_reset = false;
    }
    m_loaded = kpi;
    m_loading = false;
}

bool BandsDialog::readTable(QList<Band>* bands, QString* error) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Band band;
        band.label = text(LabelColumn);
        band.source = m_table->item(row, LabelColumn)
                          ? m_table->item(row, LabelColumn)->data(Qt::UserRole).toString()
                          : QString();
        band.colour = text(ColourColumn);
        for (int column : {LowerColumn, UpperColumn}) {
            if (text(column).isEmpty())
                continue;
            bool ok = false;
            double c = text(column).toDouble(&ok);
            if (!ok)
                c = QLocale().toDouble(text(column), &ok);
            if (!ok) {
                *error = tr("Row %1: \"%2\" is not a number.").arg(row + 1).arg(text(column));
                return false;
            }
            (column == LowerColumn ? band.lower : band.upper) = c;
        }
        if (band.label.isEmpty()) {
            *error = tr("Row %1: a band needs a label.").arg(row + 1);
            return false;
        }
        if (band.lower && band.upper && *band.lower >= *band.upper) {
            *error = tr("Row %1 (%2): the lower bound must be below the upper bound.")
                         .arg(row + 1)
                         .arg(band.label);
            return false;
        }
        if (!QColor::isValidColorName(band.colour)) {
            *error = tr("Row %1 (%2): \"%3\" is not a colour such as #2e7d32.")
                         .arg(row + 1)
                         .arg(band.label, band.colour);
            return false;
        }
        band.colour = QColor::fromString(band.colour).name();
        bands->append(band);
    }
    return true;
}

void BandsDialog::capture()
{
    if (!m_dirty || m_loaded.isEmpty())
        return;
    Edit edit;
    QString ignored;
    // Rows are validated again on OK; here they are kept as typed where they parse.
    readTable(&edit.bands, &ignored);
    edit.reset = m_reset;
    edit.hasTarget = m_hasTarget->isChecked();
    edit.target.kpi = m_loaded;
    edit.target.value = m_targetValue->value();
    edit.target.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    edit.target.segmentAttribute = m_segmentAttribute->text().trimmed();
    edit.target.segmentValue = m_segmentValue->text().trimmed();
    m_edits.insert(m_loaded, edit);
}

void BandsDialog::accept()
{
    // The shown KPI is validated from its table, so an error points at a row the user can see.
    QList<Band> shown;
    QString error;
    if (m_dirty && !readTable(&shown, &error)) {
        setError(tr("%1: %2").arg(m_kpi->currentText(), error));
        return;
    }
    if (m_dirty && shown.isEmpty() && !m_reset) {
        setError(tr("%1: keep at least one band, or use Reset to defaults.").arg(m_kpi->currentText()));
        return;
    }
    capture();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it->bands.isEmpty() && !it->reset) {
            selectKpi(it.key());
            setError(tr("%1: keep at least one band, or use Reset to defaults.").arg(m_kpi->currentText()));
            return;
        }
    }
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString& kpi = it.key();
        const bool defaults = it->reset && sameBands(it->bands, Bands::defaultsFor(kpi));
        // Unchanged bands stay as they are (a target-only edit must not customise the bands).
        const bool unchanged = !it->reset && sameBands(it->bands, m_bands.bandsFor(kpi));
        if (defaults)
            m_bands.resetBands(kpi);
        else if (!unchanged && !m_bands.setBands(kpi, it->bands, &error)) {
            setError(error);
            return;
        }
        if (it->hasTarget) {
            if (!m_bands.setTarget(it->target, &error)) {
                setError(error);
                return;
            }
        } else {
            m_bands.removeTarget(kpi, it->target.segmentAttribute, it->target.segmentValue);
        }
    }
    setError({});
    QDialog::accept();
}

bool BandsDialog::importPack()
{
    const QString file = FileDialog::instance().openFileName(this, tr("Import band pack"), {},
                                                             tr("Band packs (*.json);;All files (*)"));
    if (file.isEmpty())
        return false;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read %1: %2").arg(file, in.errorString()));
        return false;
    }
    QString error;
    if (!m_bands.importPack(in.readAll(), &error)) {
        setError(tr("%1 was not imported: %2").arg(file, error));
        return false;
    }
    // The pack is stored at once; edits made before it are dropped so they do not overwrite it.
    m_edits.clear();
    setError({});
    load(currentKpi());
    return true;
}

bool BandsDialog::exportPack()
{
    const QString file = FileDialog::instance().saveFileName(
        this, tr("Export band pack"), QStringLiteral("bands.json"), tr("Band packs (*.json)"));
    if (file.isEmpty())
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(m_bands.exportPack()) < 0) {
        setError(tr("Cannot write %1: %2").arg(file, out.errorString()));
        return false;
    }
    return true;
}

} // namespace tenure
