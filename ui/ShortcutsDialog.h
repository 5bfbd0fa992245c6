#pragma once

#include <QDialog>

class QTableWidget;
class QWidget;

namespace tenure {

// Help > Keyboard shortcuts: every menu action of the window that has a shortcut (read from the
// actions, so the list cannot drift from them), then the keys of the pages.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace tenure
