#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace tenure::kpidata {

// The revenue table as an import has just written it, handed to the engine's next load of that
// state of the data in the same process, so the first load after the import (tenure import's KPI
// snapshot, the window's load after its import) does not read the rows back from the file.
// Offered only when the table was empty before the import: then the table holds exactly the rows
// written, the last of each (account, month), as the upsert leaves them.
class RevenueTable
{
public:
    struct Row
    {
        qint64 accountId;
        int month; // YYYYMM, as stored
        int plan;  // index into texts(); -1: NULL or empty
        int currency;
        double mrr; // as sqlite3_column_double() reads the stored value
    };

    // While the import writes (file order). Text values are interned; the last one is remembered,
    // as consecutive rows mostly repeat it.
    void add(qint64 accountId, int month, double mrr, const QByteArray& plan, const QByteArray& currency);
    void reserve(size_t rows) { m_rows.reserve(rows); }
    // Puts the rows in the table's order (account_id, month) and keeps the last of equal keys.
    void finish();
    const std::vector<Row>& rows() const { return m_rows; }
    const QByteArray& text(int index) const { return m_texts[size_t(index)]; }
    size_t size() const { return m_rows.size(); }

private:
    int intern(const QByteArray& text, int* last);
    std::vector<Row> m_rows;
    std::vector<QByteArray> m_texts;
    int m_lastPlan = -1, m_lastCurrency = -1;
};

// At most one table is held (the latest offer): a load that never comes costs one table's memory.
void offerRevenue(const QString& workspacePath, const QString& dataToken,
                  std::shared_ptr<RevenueTable> table);
// The table offered for exactly this workspace and state of the data (and forgets it), else null.
std::shared_ptr<const RevenueTable> takeRevenue(const QString& workspacePath, const QString& dataToken);
// Whether such a table waits (for tests).
bool revenueOffered(const QString& workspacePath, const QString& dataToken);

} // namespace tenure::kpidata
