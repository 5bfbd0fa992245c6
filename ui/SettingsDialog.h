#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace tenure {

class Workspace;

// The workspace settings read by the dashboard and reports: company name, logo file, currency
// (ISO code) and gross margin (percent). OK refuses invalid input with a message and saves nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);

    QString errorText() const;
    void accept() override;
    void browseLogo();

private:
    Workspace& m_workspace;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_logo = nullptr;
    QLineEdit* m_currency = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QLineEdit* m_asOf = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tenure
