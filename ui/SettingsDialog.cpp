#include "SettingsDialog.h"

#include "kpi/KpiEngine.h"
#include "kpi/KpiLoad.h"

#include "FileDialog.h"
#include "Language.h"
#include "Workspace.h"
#include "store/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tenure {

namespace {

// The name a workspace goes by without one set, as Workspace::companyName() falls back: the file's
// name, or a team workspace's database (else its role).
QString defaultCompanyName(const Workspace& workspace)
{
    if (!workspace.isTeam())
        return QFileInfo(workspace.path()).completeBaseName();
    server::Address address;
    QString error;
    if (server::parse(workspace.path(), &address, &error) && !address.database.isEmpty())
        return address.database;
    return workspace.serverUser();
}

} // namespace

SettingsDialog::SettingsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto* form = new QFormLayout;

    m_company = new QLineEdit(m_workspace.setting(QStringLiteral("company_name")).toString(), this);
    m_company->setObjectName(QStringLiteral("companyName"));
    m_company->setPlaceholderText(m_workspace.companyName());
    m_company->setAccessibleName(tr("Company name"));
    form->addRow(tr("&Company name:"), m_company);

    m_logo = new QLineEdit(m_workspace.setting(QStringLiteral("logo_path")).toString(), this);
    m_logo->setObjectName(QStringLiteral("logoPath"));
    m_logo->setAccessibleName(tr("Logo file"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseLogo"));
    browse->setAccessibleName(tr("Browse for a logo file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseLogo);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    // A row of a layout has no buddy of its own: the label's mnemonic goes to the path field.
    auto* logoLabel = new QLabel(tr("&Logo file:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);

    m_currency = new QLineEdit(m_workspace.currency(), this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setAccessibleName(tr("Currency (ISO code)"));
    m_currency->setMaxLength(3);
    form->addRow(tr("C&urrency (ISO code):"), m_currency);

    m_margin = new QDoubleSpinBox(this);
    m_margin->setObjectName(QStringLiteral("grossMargin"));
    m_margin->setAccessibleName(tr("Gross margin in percent"));
    m_margin->setRange(0, 100);
    m_margin->setDecimals(1);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_margin->setValue(m_workspace.grossMarginPercent());
    form->addRow(tr("&Gross margin:"), m_margin);

    // Empty: the as-of month comes from the data (the latest billing export's day).
    m_asOf = new QLineEdit(m_workspace.setting(QStringLiteral("as_of")).toString(), this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_asOf->setPlaceholderText(tr("from the data (YYYY-MM-DD or YYYY-MM)"));
    m_asOf->setToolTip(tr("Active subscriptions count through this month, and no MRR is shown after it. "
                          "Leave it empty to use the day of the latest billing import."));
    form->addRow(tr("&As-of date:"), m_asOf);

    // The conventions a few KPIs follow (docs/kpis.md "Formula profiles"); the command line's
    // --profile still wins for one run.
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("kpiProfile"));
    m_profile->setAccessibleName(tr("Formula profile"));
    for (const QString& name : kpiProfileNames()) {
        const KpiProfile profile = *kpiProfileFromName(name);
        m_profile->addItem(
            profile == KpiProfile::Tenure ? tr("Tenure (SPEC.md, default)") : kpiProfileTitle(profile), name);
    }
    const KpiProfile current =
        kpiProfileFromName(m_workspace.setting(QStringLiteral("kpi_profile")).toString())
            .value_or(KpiProfile::Tenure);
    m_profile->setCurrentIndex(int(current));
    m_profileSummary = new QLabel(this);
    m_profileSummary->setObjectName(QStringLiteral("kpiProfileSummary"));
    m_profileSummary->setWordWrap(true);
    m_profileSummary->setForegroundRole(QPalette::PlaceholderText);
    auto showSummary = [this](int index) {
        m_profileSummary->setText(kpiProfileSummary(KpiProfile(std::max(0, index))));
    };
    // Wide enough for most summaries on one line (the longest wraps), so the height stays put.
    int widest = 0;
    for (const QString& name : kpiProfileNames())
        widest = std::max(widest, m_profileSummary->fontMetrics().horizontalAdvance(
                                      kpiProfileSummary(*kpiProfileFromName(name))));
    m_profileSummary->setMinimumWidth(
        std::min(widest, 60 * m_profileSummary->fontMetrics().averageCharWidth()));
    connect(m_profile, &QComboBox::currentIndexChanged, this, showSummary);
    showSummary(m_profile->currentIndex());
    form->addRow(tr("&Formula profile:"), m_profile);
    form->addRow(QString(), m_profileSummary);

    // Each language in its own name, so a user who cannot read the current one still finds theirs.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default (%1)").arg(language::nativeName(language::effective({}))),
                        QString());
    for (const QString& code : language::available())
        m_language->addItem(language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language::chosen())));
    form->addRow(tr("L&anguage:"), m_language);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

void SettingsDialog::browseLogo()
{
    const QString file = FileDialog::instance().openFileName(
        this, tr("Choose a logo"), QFileInfo(m_logo->text()).absolutePath(),
        tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    if (!file.isEmpty())
        m_logo->setText(file);
}

void SettingsDialog::accept()
{
    const QString currency = m_currency->text().trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(currency).hasMatch()) {
        m_error->setText(tr("The currency must be a three-letter ISO code such as USD or EUR."));
        m_currency->setFocus();
        return;
    }
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty() && !QFileInfo(logo).isFile()) {
        m_error->setText(tr("The logo file %1 does not exist.").arg(logo));
        m_logo->setFocus();
        return;
    }
    const QString asOf = m_asOf->text().trimmed();
    if (!asOf.isEmpty() && !kpidata::parseAsOf(asOf)) {
        m_error->setText(tr("The as-of date must be a date (2026-03-31) or a month (2026-03), or empty."));
        m_asOf->setFocus();
        return;
    }
    // A new currency converts every amount; refused (nothing saved) when some have no rate into it.
    QString currencyError;
    if (!m_workspace.setCurrency(currency, &currencyError)) {
        m_error->setText(
            tr("The workspace currency stays %1: %2").arg(m_workspace.currency(), currencyError));
        m_currency->setFocus();
        return;
    }
    m_error->clear();
    // Empty keeps the default (the workspace file's name) instead of an empty title.
    if (!m_company->text().trimmed().isEmpty() ||
        m_workspace.setting(QStringLiteral("company_name")).isValid())
        m_workspace.setSetting(QStringLiteral("company_name"), m_company->text().trimmed().isEmpty()
                                                                   ? defaultCompanyName(m_workspace)
                                                                   : m_company->text().trimmed());
    m_workspace.setSetting(QStringLiteral("logo_path"), logo);
    m_workspace.setSetting(QStringLiteral("gross_margin"), m_margin->value());
    m_workspace.setSetting(QStringLiteral("as_of"), asOf);
    m_workspace.setSetting(QStringLiteral("kpi_profile"), m_profile->currentData().toString());

    const QString language = m_language->currentData().toString();
    m_languageChanged = language != language::chosen();
    if (m_languageChanged)
        language::setChosen(language);
    QDialog::accept();
}

} // namespace tenure
