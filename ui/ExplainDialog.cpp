#include "ExplainDialog.h"

#include "FileDialog.h"
#include "Format.h"
#include "kpi/KpiCatalogue.h"
#include "models/KpiModels.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tenure {

ExplainDialog::ExplainDialog(const Explanation& explanation, const QString& currency, QWidget* parent)
    : QDialog(parent), m_explanation(explanation), m_rows(new DataTableModel(this))
{
    const KpiResult& result = explanation.result;
    const KpiInfo* info = kpiInfo(result.kpi);
    const QString name = info ? info->name : result.kpi;
    const QString segment = result.segment == QLatin1String("all") ? tr("all accounts") : result.segment;
    setWindowTitle(tr("Explain: %1, %2").arg(name, result.period.label()));
    // Taller with the table under every profile, so the rows behind the number keep their room.
    resize(820, explanation.byProfile.isEmpty() ? 560 : 660);
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(QStringLiteral("<h3>%1</h3>")
                       .arg(tr("%1 in %2 (%3)").arg(name, result.period.label(), segment).toHtmlEscaped()),
                   this);
    layout->addWidget(heading);
    auto* definition = new QLabel(explanation.definition, this);
    definition->setWordWrap(true);
    definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(definition);
    const bool byProfile = explanation.byProfile.size() == kpiProfileNames().size();
    if (byProfile && explanation.profile != KpiProfile::Tenure) {
        // The catalogue's definition is Tenure's: say what the value shown follows instead.
        auto* profileDefinition = new QLabel(tr("Computed under the %1 formula profile: %2.")
                                                 .arg(kpiProfileTitle(explanation.profile),
                                                      kpiProfileDefinition(explanation.profile, result.kpi)),
                                             this);
        profileDefinition->setObjectName(QStringLiteral("profileDefinition"));
        profileDefinition->setWordWrap(true);
        layout->addWidget(profileDefinition);
    }

    auto* form = new QFormLayout;
    m_value = new QLabel(info ? kpiformat::value(*info, result.value, currency) : QString(), this);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_value->font();
    bold.setBold(true);
    m_value->setFont(bold);
    form->addRow(tr("Value:"), m_value);
    m_numerator =
        new QLabel(result.numerator ? format::ratioPart(result.kpi, true, *result.numerator, currency)
                                    : QStringLiteral("–"),
                   this);
    m_denominator =
        new QLabel(result.denominator ? format::ratioPart(result.kpi, false, *result.denominator, currency)
                                      : QStringLiteral("–"),
                   this);
    if (result.numerator || result.denominator) {
        form->addRow(explanation.numeratorLabel.isEmpty() ? tr("Numerator:")
                                                          : explanation.numeratorLabel + QLatin1Char(':'),
                     m_numerator);
        form->addRow(explanation.denominatorLabel.isEmpty() ? tr("Denominator:")
                                                            : explanation.denominatorLabel + QLatin1Char(':'),
                     m_denominator);
    } else {
        m_numerator->hide();
        m_denominator->hide();
    }
    if (result.partial)
        form->addRow(QString(), new QLabel(tr("Partial period: the data end before the period does."), this));
    if (info && info->survey) {
        QString sample = tr("%n answer(s)", nullptr, result.responses);
        if (result.marginOfError)
            sample += tr(", margin of error ±%1 (95 %)").arg(kpiformat::plain(*result.marginOfError, 1));
        if (result.smallSample)
            sample += tr(" — small sample (fewer than 30 answers)");
        form->addRow(tr("Sample:"), new QLabel(sample, this));
    }
    layout->addLayout(form);
    auto* text = new QLabel(explanation.text, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    if (!explanation.rates.isEmpty()) {
        // Which exchange rates the amounts were converted at, so a number in a board deck can be
        // checked against the rates file.
        QStringList lines{tr("<b>Exchange rates</b> (MRR at the month's last rate; orders, costs and "
                             "renewals at their day's):")};
        for (const QString& line : explanation.rates)
            lines << line.toHtmlEscaped();
        auto* rates = new QLabel(lines.join(QStringLiteral("<br>")), this);
        rates->setObjectName(QStringLiteral("exchangeRates"));
        rates->setWordWrap(true);
        rates->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(rates);
    }

    if (byProfile) {
        m_profileNote =
            new QLabel(tr("<b>Under every formula profile</b> (Settings chooses the one in use)"), this);
        layout->addWidget(m_profileNote);
        m_profiles = new QTableWidget(int(explanation.byProfile.size()), 3, this);
        m_profiles->setObjectName(QStringLiteral("profileTable"));
        m_profiles->setAccessibleName(tr("The value under every formula profile"));
        m_profiles->setHorizontalHeaderLabels({tr("Profile"), tr("Value"), tr("Definition")});
        m_profiles->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_profiles->setSelectionMode(QAbstractItemView::NoSelection);
        m_profiles->setFocusPolicy(Qt::NoFocus);
        m_profiles->verticalHeader()->hide();
        m_profiles->setWordWrap(false); // one line each; the tooltip has the whole definition
        QFont active = m_profiles->font();
        active.setBold(true);
        for (int row = 0; row < int(explanation.byProfile.size()); ++row) {
            const KpiProfile profile = KpiProfile(row);
            const KpiResult& r = explanation.byProfile.at(row);
            const bool inUse = profile == explanation.profile;
            auto* title = new QTableWidgetItem(inUse ? tr("%1 (in use)").arg(kpiProfileTitle(profile))
                                                     : kpiProfileTitle(profile));
            auto* value = new QTableWidgetItem(info ? kpiformat::value(*info, r.value, currency) : QString());
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setData(Qt::UserRole, r.value ? QVariant(*r.value) : QVariant());
            auto* how = new QTableWidgetItem(kpiProfileDefinition(profile, result.kpi));
            how->setToolTip(how->text());
            for (QTableWidgetItem* item : {title, value, how}) {
                if (inUse)
                    item->setFont(active);
                item->setData(Qt::UserRole + 1, kpiProfileName(profile));
            }
            m_profiles->setItem(row, 0, title);
            m_profiles->setItem(row, 1, value);
            m_profiles->setItem(row, 2, how);
        }
        m_profiles->resizeColumnToContents(0);
        m_profiles->resizeColumnToContents(1);
        m_profiles->horizontalHeader()->setStretchLastSection(true);
        // As tall as its rows: the rows behind the number get the rest of the dialog.
        int height = m_profiles->horizontalHeader()->sizeHint().height() + 2 * m_profiles->frameWidth();
        for (int row = 0; row < m_profiles->rowCount(); ++row)
            height += m_profiles->rowHeight(row);
        m_profiles->setFixedHeight(height);
        m_profiles->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        layout->addWidget(m_profiles);
    } else {
        m_profileNote = new QLabel(tr("Every formula profile gives the same value for %1.").arg(name), this);
        m_profileNote->setWordWrap(true);
        layout->addWidget(m_profileNote);
    }
    if (m_profileNote)
        m_profileNote->setObjectName(QStringLiteral("profileNote"));

    m_rows->setTable(explanation.rows, currency);
    auto* rowsTitle =
        new QLabel(tr("<b>Behind the number</b> (%n row(s))", nullptr, m_rows->rowCount()), this);
    layout->addWidget(rowsTitle);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Accounts and rows behind the number"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_rows);
    proxy->setSortRole(GridModel::RawValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export CSV..."), QDialogButtonBox::ActionRole);
    m_export->setEnabled(m_rows->rowCount() > 0);
    connect(m_export, &QPushButton::clicked, this, &ExplainDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ExplainDialog::exportCsv()
{
    const QString suggested =
        QStringLiteral("%1-%2.csv").arg(m_explanation.result.kpi, m_explanation.result.period.label());
    const QString path =
        FileDialog::instance().saveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(*m_rows)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace tenure
