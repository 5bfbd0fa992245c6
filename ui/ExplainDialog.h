#pragma once

#include "kpi/KpiEngine.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tenure {

class DataTableModel;

// Explain a number: the KPI's definition, the numbers filled in, and the accounts or rows behind
// it (KpiEngine::explain), with Export CSV. For the KPIs the formula profiles define differently, a
// table "Under every profile" (Explanation::byProfile) with the active profile marked; for the others,
// one line saying that every profile gives the same value.
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
    // One row per profile in KpiProfile order (columns profile, value, definition; Qt::UserRole of the
    // value: the number, Qt::UserRole + 1 of every cell: the profile's name); null for the other KPIs.
    QTableWidget* profileTable() const { return m_profiles; }
    // "Under every profile" above the table, or the line that all profiles agree.
    QLabel* profileNote() const { return m_profileNote; }
    // Asks for a file name (FileDialog seam) and writes the rows as CSV; false when cancelled or failed.
    bool exportCsv();

private:
    Explanation m_explanation;
    DataTableModel* m_rows;
    QLabel* m_value;
    QLabel* m_numerator;
    QLabel* m_denominator;
    QTableView* m_table;
    QTableWidget* m_profiles = nullptr;
    QLabel* m_profileNote = nullptr;
    QPushButton* m_export;
};

} // namespace tenure
