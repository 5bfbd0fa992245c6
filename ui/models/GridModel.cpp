#include "GridModel.h"

#include "Style.h"

#include <QGuiApplication>

namespace tenure {

GridModel::GridModel(QObject* parent) : QAbstractTableModel(parent) {}

void GridModel::setGrid(const QStringList& headers, const QList<QList<Cell>>& rows,
                        const QStringList& headerTips)
{
    beginResetModel();
    m_headers = headers;
    m_headerTips = headerTips;
    m_rows = rows;
    for (auto& row : m_rows) {
        while (row.size() < m_headers.size())
            row << Cell{};
    }
    endResetModel();
}

int GridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant GridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell& cell = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::EditRole:
        return cell.contains(RawValueRole) ? cell.value(RawValueRole) : cell.value(Qt::DisplayRole);
    case Qt::BackgroundRole:
        if (cell.contains(BandColourRole) && !cell.value(BandColourRole).toString().isEmpty())
            return style::bandBackground(cell.value(BandColourRole).toString(), QGuiApplication::palette());
        if (cell.contains(HeatRole) && cell.value(HeatRole).isValid())
            return style::heatColour(cell.value(HeatRole).toDouble(), QGuiApplication::palette());
        return {};
    case Qt::ForegroundRole: {
        // Text on a coloured background gets the colour that reads best on it.
        const QVariant background = data(index, Qt::BackgroundRole);
        return background.isValid() ? QVariant(style::textOn(background.value<QColor>())) : QVariant();
    }
    default:
        return cell.value(role);
    }
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_headers.size()) {
        if (role == Qt::DisplayRole)
            return m_headers.at(section);
        if (role == Qt::ToolTipRole)
            return m_headerTips.value(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

GridModel::Cell GridModel::text(const QString& text)
{
    return {{Qt::DisplayRole, text}, {RawValueRole, text}};
}

GridModel::Cell GridModel::number(const QString& display, const QVariant& raw)
{
    return {{Qt::DisplayRole, display},
            {RawValueRole, raw},
            {Qt::TextAlignmentRole, QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))}};
}

} // namespace tenure
