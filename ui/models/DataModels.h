#pragma once

#include "DataKinds.h"
#include "Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantList>

namespace tenure {

// The Data page's summary: one row per data kind with its row count and date range.
class KindSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, RowsColumn, FromColumn, ToColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit KindSummaryModel(QObject* parent = nullptr);
    void setSummary(const QList<Workspace::KindSummary>& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Workspace::KindSummary> m_summary;
};

// The rows of one data kind, read from the workspace in pages of PageSize rows as the view asks
// for them, so a million-row table opens at once and scrolls smoothly. Pages are read by key
// (WHERE key > last key of the previous page) when scrolling on, else by OFFSET; a few recent pages
// are kept.
class KindRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 24;

    explicit KindRowsModel(QObject* parent = nullptr);
    // Shows kind's rows of the workspace (nullptr: nothing). Reads the count and no rows yet.
    void setSource(Workspace* workspace, DataKind kind);
    void reload();
    DataKind kind() const { return m_kind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int pagesRead() const { return m_pagesRead; }

private:
    struct Page
    {
        QList<QVariantList> rows;
        QVariantList lastKey;
        quint64 used = 0;
    };
    const Page* page(int number) const;
    QString formatted(int column, const QVariant& value) const;

    Workspace* m_workspace = nullptr;
    DataKind m_kind = DataKind::Accounts;
    int m_rows = 0;
    QStringList m_headers;
    QList<ColumnType> m_types;
    QStringList m_selects; // SQL expressions, one per shown column
    QStringList m_keys;    // ordering key columns of the table
    mutable QHash<int, Page> m_pages;
    mutable QHash<int, QVariantList> m_pageEndKeys; // last key of each page ever read
    mutable quint64 m_clock = 0;
    mutable int m_pagesRead = 0;
};

// The import history: one row per batch, newest first.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        KindColumn,
        ImportedAtColumn,
        RowsColumn,
        RejectedColumn,
        HashColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole + 1 };

    explicit ImportHistoryModel(QObject* parent = nullptr);
    void setWorkspace(Workspace* workspace);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Batch
    {
        qint64 id = 0;
        QString file;
        QString kind;
        QString importedAt;
        qint64 rows = 0;
        qint64 rejected = 0;
        QString hash;
    };
    Workspace* m_workspace = nullptr;
    QList<Batch> m_batches;
};

} // namespace tenure
