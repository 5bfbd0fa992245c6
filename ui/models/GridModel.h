#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace tenure {

// The base of the dashboard's table models: a grid of cells, each a map from role to value, filled
// by the subclass's load(). Subclasses name their columns with an enum.
class GridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole =
            Qt::UserRole + 1, // the unformatted number (sorting, charts, tests); text for text cells
        KpiRole,              // KPI id behind the cell
        PeriodRole,           // period label behind the cell
        SegmentRole,          // segment value behind the cell ("all" when none)
        NumeratorRole,
        DenominatorRole,
        BandColourRole, // "#2e7d32": the cell's background blends it in
        BandLabelRole,
        HeatRole,      // 0..100+: a heat-map cell
        SparklineRole, // QVariantList of doubles (invalid = no value)
        ExtraRole,     // subclass-specific
    };
    using Cell = QHash<int, QVariant>;

    explicit GridModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A cell of text (its raw value is the text itself).
    static Cell text(const QString& text);
    // A right-aligned number shown as display.
    static Cell number(const QString& display, const QVariant& raw);

protected:
    void setGrid(const QStringList& headers, const QList<QList<Cell>>& rows,
                 const QStringList& headerTips = {});

private:
    QStringList m_headers;
    QStringList m_headerTips;
    QList<QList<Cell>> m_rows;
};

} // namespace tenure
