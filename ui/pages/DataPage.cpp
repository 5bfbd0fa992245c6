#include "DataPage.h"

#include "KindText.h"
#include "models/DataModels.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure {

namespace {
QTableView* makeTable(QWidget* parent, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

DataPage::DataPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_summary(new KindSummaryModel(this)), m_rows(new KindRowsModel(this)),
      m_history(new ImportHistoryModel(this))
{
    m_summaryView = makeTable(this, tr("Data kinds"));
    m_summaryView->setModel(m_summary);
    m_rowsView = makeTable(this, tr("Rows of the selected data kind"));
    m_rowsView->setModel(m_rows);
    // Uniform row heights: the view never asks for rows it does not show.
    m_rowsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyView = makeTable(this, tr("Import history"));
    m_historyView->setModel(m_history);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* summaryTitle = new QLabel(tr("<b>What the workspace holds</b>"), left);
    leftLayout->addWidget(summaryTitle);
    leftLayout->addWidget(m_summaryView, 3);
    auto* historyTitle = new QLabel(tr("<b>Imports</b>"), left);
    leftLayout->addWidget(historyTitle);
    leftLayout->addWidget(m_historyView, 2);
    m_remove = new QPushButton(tr("&Remove import..."), left);
    m_remove->setEnabled(false);
    m_remove->setAccessibleName(tr("Remove the selected import"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsTitle = new QLabel(right);
    rightLayout->addWidget(m_rowsTitle);
    rightLayout->addWidget(m_rowsView);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showKind(current.row());
            });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_remove->setEnabled(current.isValid()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_historyView->currentIndex();
        if (!current.isValid())
            return;
        emit removeBatchRequested(current.data(ImportHistoryModel::BatchIdRole).toLongLong(),
                                  current.siblingAtColumn(ImportHistoryModel::FileColumn).data().toString());
    });
}

bool DataPage::setViewArgument(const QString& argument)
{
    if (argument.isEmpty())
        return true;
    const auto kind = kindFromName(argument);
    if (!kind)
        return false;
    m_kindRow = int(std::find_if(allKinds().begin(), allKinds().end(),
                                 [&](const KindInfo& info) { return info.kind == *kind; }) -
                    allKinds().begin());
    invalidate();
    return true;
}

void DataPage::refresh()
{
    Workspace* workspace = context().workspace;
    m_summary->setSummary(workspace ? workspace->summary() : QList<Workspace::KindSummary>{});
    m_summaryView->resizeColumnsToContents();
    m_history->setWorkspace(workspace);
    m_historyView->resizeColumnsToContents();
    m_remove->setEnabled(false);
    // Start on the biggest kind, unless one was chosen.
    showKind(m_kindRow);
    m_summaryView->selectRow(m_kindRow);
}

void DataPage::showKind(int row)
{
    if (row < 0 || row >= int(allKinds().size()))
        return;
    m_kindRow = row;
    const KindInfo& info = allKinds().at(row);
    m_rows->setSource(context().workspace, info.kind);
    m_rowsTitle->setText(tr("<b>%1</b> (%n row(s))", nullptr, int(m_rows->rowCount()))
                             .arg(kindTitle(info.kind).toHtmlEscaped()));
    m_rowsView->resizeColumnsToContents();
}

} // namespace tenure
