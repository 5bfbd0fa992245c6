#pragma once

#include "kpi/KpiEngine.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tenure {

class DataTableModel;

// Explain a number: the KPI's definition, the numbers filled in, and the accounts or rows behind
// it (KpiEngine::explain), with Export CSV.
class ExplainDialog : public QDialog
{
    Q_OBJECT
public:
    ExplainDialog(const Explanation& explanation, const QString& currency, QWidget* parent = nullptr);

    const Explanation& explanation() const { return m_explanation; }
    DataTableModel* rowsModel() const { return m_rows; }
    QLabel* valueLabel() const { return m_value; }
    QLabel* numeratorLabel() const { return m_numerator; }
    QLabel* denominatorLabel() const { return m_denominator; }
    // Asks for a file name (FileDialog seam) and writes the rows as CSV; false when cancelled or failed.
    bool exportCsv();

private:
    Explanation m_explanation;
    DataTableModel* m_rows;
    QLabel* m_value;
    QLabel* m_numerator;
    QLabel* m_denominator;
    QTableView* m_table;
    QPushButton* m_export;
};

} // namespace tenure
