#pragma once

#include "DataKinds.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

namespace tenure {

// The first-run screen (and Help > Getting started): the dashboard shows a demo company; this
// explains each data kind Tenure reads, saves the template CSVs of the kinds ticked into a folder,
// and offers a new workspace for the user's own data.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget* parent = nullptr);

    QTableWidget* kindsTable() const { return m_kinds; }
    QList<DataKind> checkedKinds() const;
    // Writes KIND.csv (the canonical header) for each ticked kind into folder; files that exist
    // are kept. Returns how many were written, -1 with *error set when the folder cannot be written.
    int saveTemplates(const QString& folder, QString* error);
    QString statusText() const;

    // Whether the first-run screen was shown (QSettings "welcomeShown").
    static bool wasShown();
    static void setShown();

signals:
    void newWorkspaceRequested();

private:
    void chooseFolderAndSave();

    QTableWidget* m_kinds = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tenure
