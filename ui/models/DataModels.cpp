#include "DataModels.h"

#include "KindText.h"
#include "Period.h"

#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace tenure {

namespace {
QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}
} // namespace

// ---- KindSummaryModel ----

KindSummaryModel::KindSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void KindSummaryModel::setSummary(const QList<Workspace::KindSummary>& summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

int KindSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_summary.size());
}

int KindSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KindSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& entry = m_summary.at(index.row());
    if (role == KindRole)
        return kindName(entry.kind);
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return rightAligned();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindTitle(entry.kind);
    case RowsColumn:
        return role == Qt::EditRole ? QVariant(entry.rows) : QVariant(QLocale().toString(entry.rows));
    case FromColumn:
        return entry.first.isValid() ? entry.first.toString(Qt::ISODate) : QString();
    case ToColumn:
        return entry.last.isValid() ? entry.last.toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant KindSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Data");
    case RowsColumn:
        return tr("Rows");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    }
    return {};
}

// ---- KindRowsModel ----

KindRowsModel::KindRowsModel(QObject* parent) : QAbstractTableModel(parent) {}

void KindRowsModel::setSource(Workspace* workspace, DataKind kind)
{
    m_workspace = workspace;
    m_kind = kind;
    reload();
}

void KindRowsModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageEndKeys.clear();
    m_headers.clear();
    m_types.clear();
    m_selects.clear();
    m_keys.clear();
    m_rows = 0;
    if (m_workspace) {
        const KindInfo& info = kindInfo(m_kind);
        QSqlQuery query(m_workspace->database());
        QStringList tableColumns;
        QStringList primaryKey;
        if (m_workspace->isTeam()) {
            // A team workspace (PostgreSQL): the same columns from the catalogue.
            if (query.exec(
                    QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema "
                                   "= current_schema() AND table_name = '%1' ORDER BY ordinal_position")
                        .arg(info.table)))
                while (query.next())
                    tableColumns << query.value(0).toString();
            if (query.exec(
                    QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = "
                                   "i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = "
                                   "'%1'::regclass AND i.indisprimary ORDER BY "
                                   "array_position(i.indkey::int2[], a.attnum)")
                        .arg(info.table)))
                while (query.next())
                    primaryKey << query.value(0).toString();
        } else if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(info.table))) {
            QList<std::pair<int, QString>> pk;
            while (query.next()) {
                tableColumns << query.value(1).toString();
                if (query.value(5).toInt() > 0)
                    pk.append({query.value(5).toInt(), query.value(1).toString()});
            }
            std::sort(pk.begin(), pk.end());
            for (const auto& column : pk)
                primaryKey << column.second;
        }
        // Tables with an integer id are read in rowid order; WITHOUT ROWID tables by their key.
        m_keys = !m_workspace->isTeam() &&
                         (primaryKey.isEmpty() || primaryKey == QStringList{QStringLiteral("id")})
                     ? QStringList{QStringLiteral("rowid")}
                     : primaryKey;
        for (const CanonicalColumn& column : info.columns) {
            QString select;
            if (column.name == QLatin1String("account_id")) {
                select =
                    m_kind == DataKind::Accounts
                        ? QStringLiteral("account_key")
                        : QStringLiteral("(SELECT account_key FROM accounts a WHERE a.id = t.account_id)");
            } else if (column.name == QLatin1String("currency") && m_kind != DataKind::FxRates &&
                       tableColumns.contains(column.name)) {
                // Amounts in the home currency are stored without a code (Schema version 4).
                QString home = m_workspace->homeCurrency();
                home.remove(QLatin1Char('\''));
                select = QStringLiteral("coalesce(currency, '%1')").arg(home);
            } else if (tableColumns.contains(column.name)) {
                select = column.name;
            } else {
                continue;
            }
            m_headers << column.name;
            m_types << column.type;
            m_selects << select;
        }
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(info.table)) && query.next())
            m_rows = int(std::min<qint64>(query.value(0).toLongLong(), std::numeric_limits<int>::max()));
    }
    endResetModel();
}

const KindRowsModel::Page* KindRowsModel::page(int number) const
{
    if (auto it = m_pages.find(number); it != m_pages.end()) {
        it->used = ++m_clock;
        return &*it;
    }
    if (!m_workspace)
        return nullptr;
    const KindInfo& info = kindInfo(m_kind);
    const QString keys = m_keys.join(QLatin1String(", "));
    QString sql =
        QStringLiteral("SELECT %1, %2 FROM %3 t").arg(m_selects.join(QLatin1String(", ")), keys, info.table);
    QSqlQuery query(m_workspace->database());
    query.setForwardOnly(true);
    const auto previousEnd = m_pageEndKeys.constFind(number - 1);
    if (number > 0 && previousEnd != m_pageEndKeys.constEnd()) {
        QStringList marks;
        for (int i = 0; i < m_keys.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" WHERE (%1) > (%2) ORDER BY %1 LIMIT %3")
                   .arg(keys, marks.join(QLatin1String(", ")))
                   .arg(PageSize);
        query.prepare(sql);
        for (const QVariant& value : *previousEnd)
            query.addBindValue(value);
    } else {
        sql += QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3")
                   .arg(keys)
                   .arg(PageSize)
                   .arg(qint64(number) * PageSize);
        query.prepare(sql);
    }
    Page fresh;
    if (query.exec()) {
        const int shown = int(m_selects.size());
        while (query.next()) {
            QVariantList row;
            row.reserve(shown);
            for (int i = 0; i < shown; ++i)
                row << query.value(i);
            fresh.rows << row;
            QVariantList key;
            for (int i = 0; i < m_keys.size(); ++i)
                key << query.value(shown + i);
            fresh.lastKey = key;
        }
    }
    ++m_pagesRead;
    if (!fresh.lastKey.isEmpty())
        m_pageEndKeys.insert(number, fresh.lastKey);
    if (m_pages.size() >= CachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    fresh.used = ++m_clock;
    return &*m_pages.insert(number, fresh);
}

QString KindRowsModel::formatted(int column, const QVariant& value) const
{
    if (value.isNull())
        return {};
    switch (m_types.at(column)) {
    case ColumnType::Money:
        return QLocale().toString(value.toLongLong() / 100.0, 'f', 2);
    case ColumnType::Month: {
        const int v = value.toInt();
        return v > 0 ? monthLabel(fromYyyymm(v)) : value.toString();
    }
    case ColumnType::Boolean:
        return value.toInt() ? tr("yes") : tr("no");
    case ColumnType::Number:
    case ColumnType::Score:
        return QLocale().toString(value.toDouble(), 'g', 10);
    default:
        return value.toString();
    }
}

int KindRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int KindRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant KindRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const ColumnType type = m_types.at(index.column());
        if (type == ColumnType::Money || type == ColumnType::Integer || type == ColumnType::Number ||
            type == ColumnType::Score)
            return rightAligned();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Page* p = page(index.row() / PageSize);
    const int offset = index.row() % PageSize;
    if (!p || offset >= p->rows.size())
        return {};
    const QVariant& value = p->rows.at(offset).at(index.column());
    return role == Qt::EditRole ? value : QVariant(formatted(index.column(), value));
}

QVariant KindRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

// ---- ImportHistoryModel ----

ImportHistoryModel::ImportHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportHistoryModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void ImportHistoryModel::reload()
{
    beginResetModel();
    m_batches.clear();
    if (m_workspace) {
        QSqlQuery query(m_workspace->database());
        if (query.exec(QStringLiteral(
                "SELECT id, file_name, kind, imported_at, rows_imported, rows_rejected, sha256 "
                "FROM import_batches ORDER BY id DESC"))) {
            while (query.next()) {
                m_batches << Batch{query.value(0).toLongLong(), query.value(1).toString(),
                                   query.value(2).toString(),   query.value(3).toString(),
                                   query.value(4).toLongLong(), query.value(5).toLongLong(),
                                   query.value(6).toString()};
            }
        }
    }
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch& batch = m_batches.at(index.row());
    if (role == BatchIdRole)
        return batch.id;
    if (role == Qt::TextAlignmentRole && (index.column() == RowsColumn || index.column() == RejectedColumn))
        return rightAligned();
    if (role == Qt::ToolTipRole && index.column() == HashColumn)
        return batch.hash;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return batch.file;
    case KindColumn:
        return batch.kind;
    case ImportedAtColumn:
        return batch.importedAt;
    case RowsColumn:
        return role == Qt::EditRole ? QVariant(batch.rows) : QVariant(QLocale().toString(batch.rows));
    case RejectedColumn:
        return role == Qt::EditRole ? QVariant(batch.rejected) : QVariant(QLocale().toString(batch.rejected));
    case HashColumn:
        return batch.hash.left(12);
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("Kind");
    case ImportedAtColumn:
        return tr("Imported");
    case RowsColumn:
        return tr("Rows");
    case RejectedColumn:
        return tr("Rejected");
    case HashColumn:
        return tr("SHA-256");
    }
    return {};
}

} // namespace tenure
