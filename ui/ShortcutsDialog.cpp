#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tenure {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<QPair<QString, QString>>* rows)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" > ") + plain(action->text()), rows);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        *rows << qMakePair(path + QStringLiteral(" > ") + plain(action->text()),
                           action->shortcut().toString(QKeySequence::NativeText));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* top : main->menuBar()->actions())
            if (top->menu())
                collect(top->menu(), plain(top->text()), &rows);
    }
    rows << qMakePair(tr("Explain the number of a tile or a table cell"), tr("Enter or double-click"))
         << qMakePair(tr("Next or previous field"), tr("Tab, Shift+Tab"))
         << qMakePair(tr("Move within a table or the page list"), tr("Arrow keys"))
         << qMakePair(tr("Open a filter's list"), tr("Alt+underlined letter"));

    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace tenure
