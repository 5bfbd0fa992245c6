#include "MainWindow.h"

#include "Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QStatusBar>
#include <QTableWidget>

namespace tenure {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tenure"));
    m_kinds = new QTableWidget(this);
    m_kinds->setColumnCount(4);
    m_kinds->setHorizontalHeaderLabels({tr("Data"), tr("Rows"), tr("From"), tr("To")});
    m_kinds->horizontalHeader()->setStretchLastSection(true);
    m_kinds->verticalHeader()->hide();
    m_kinds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setCentralWidget(m_kinds);
    m_pathLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    auto workspace = Workspace::open(path, error);
    if (!workspace)
        return false;
    m_workspace = std::move(workspace);
    m_pathLabel->setText(m_workspace->path());
    setWindowTitle(tr("%1 - Tenure").arg(m_workspace->companyName()));
    refresh();
    return true;
}

bool MainWindow::showView(const QString& name)
{
    return name == QLatin1String("overview") || name == QLatin1String("data");
}

void MainWindow::refresh()
{
    const auto summary = m_workspace->summary();
    m_kinds->setRowCount(int(summary.size()));
    const QLocale locale;
    for (int row = 0; row < summary.size(); ++row) {
        const auto& entry = summary.at(row);
        m_kinds->setItem(row, 0, new QTableWidgetItem(kindInfo(entry.kind).title));
        auto* rows = new QTableWidgetItem(locale.toString(entry.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_kinds->setItem(row, 1, rows);
        m_kinds->setItem(row, 2, new QTableWidgetItem(entry.first.isValid() ? entry.first.toString(Qt::ISODate) : QString()));
        m_kinds->setItem(row, 3, new QTableWidgetItem(entry.last.isValid() ? entry.last.toString(Qt::ISODate) : QString()));
    }
    m_kinds->resizeColumnsToContents();
}

bool MainWindow::saveScreenshot(const QString& file, QString* error)
{
    QApplication::processEvents();
    const QPixmap pixmap = grab();
    if (!pixmap.save(file, "PNG")) {
        *error = tr("cannot write screenshot %1").arg(file);
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
}

} // namespace tenure
