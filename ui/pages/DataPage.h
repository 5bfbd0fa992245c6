#pragma once

#include "DashboardPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tenure {

class ImportHistoryModel;
class KindRowsModel;
class KindSummaryModel;

// Data: what the workspace holds (kinds with row counts and date ranges), the rows of one kind
// (read lazily), and the import history with Remove.
class DataPage : public DashboardPage
{
    Q_OBJECT
public:
    DataPage(const DashboardContext* context, QWidget* parent = nullptr);

    QString viewName() const override { return QStringLiteral("data"); }
    QString title() const override { return tr("Data"); }
    bool setViewArgument(const QString& argument) override; // data:KIND shows that kind's rows

    QTableView* summaryView() const { return m_summaryView; }
    QTableView* rowsView() const { return m_rowsView; }
    QTableView* historyView() const { return m_historyView; }
    KindSummaryModel* summaryModel() const { return m_summary; }
    KindRowsModel* rowsModel() const { return m_rows; }
    ImportHistoryModel* historyModel() const { return m_history; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void removeBatchRequested(qint64 batchId, const QString& fileName);

protected:
    void refresh() override;

private:
    void showKind(int row);

    KindSummaryModel* m_summary;
    KindRowsModel* m_rows;
    ImportHistoryModel* m_history;
    QTableView* m_summaryView;
    QTableView* m_rowsView;
    QTableView* m_historyView;
    QLabel* m_rowsTitle;
    QPushButton* m_remove;
    int m_kindRow = 1; // revenue
};

} // namespace tenure
