#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace tenure {

class Workspace;

// The workspace settings read by the dashboard and reports: company name, logo file, currency
// (ISO code), gross margin (percent), as-of date and formula profile ("kpi_profile"); and the language of the
// application (QSettings, used from the next start). OK refuses invalid input with a message and saves
// nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);

    QString errorText() const;
    // True after OK changed the language (the caller tells the user it applies at the next start).
    bool languageChanged() const { return m_languageChanged; }
    void accept() override;
    void browseLogo();

private:
    Workspace& m_workspace;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_logo = nullptr;
    QLineEdit* m_currency = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QLineEdit* m_asOf = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_profileSummary = nullptr;
    QComboBox* m_language = nullptr;
    bool m_languageChanged = false;
    QLabel* m_error = nullptr;
};

} // namespace tenure
