#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tenure {

// File > Connect to team workspace...: asks for the PostgreSQL URL of a team workspace
// (docs/team-workspace.md). OK is enabled only for a postgresql:// URL libpq accepts; the window
// opens it (and asks for a password when the server wants one).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    QString url() const;
    void setUrl(const QString& url);
    // Whether OK may be pressed for the text now in the field.
    bool isAcceptable() const;

    QLineEdit* urlEdit() const { return m_url; }

private:
    void validate();

    QLineEdit* m_url = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tenure
