#pragma once

#include "ColumnMapper.h"
#include "CsvReader.h"
#include "Importer.h"
#include "ValueParser.h"

#include <QString>

#include <vector>

namespace tenure {

// One typed value on its way into SQLite.
struct Cell
{
    enum Type : quint8 { Null, Int, Real, Text };
    Type type = Null;
    qint64 i = 0;
    double d = 0;
    QByteArray s; // UTF-8: bound to SQLite as is

    void setNull() { type = Null; }
    void setInt(qint64 v) { type = Int, i = v; }
    void setReal(double v) { type = Real, d = v; }
    void setText(QByteArray v) { type = Text, s = std::move(v); }
    void setText(QStringView v) { setText(v.toUtf8()); }
    bool isNull() const { return type == Null; }
    QString text() const { return QString::fromUtf8(s); }
    QByteArray toBytes() const; // for row hashes
};

// Converts the records of one file into the typed canonical values of its kind (one Cell per
// canonical column, in DataKinds order) and validates them. Needs no workspace, so the preview
// finds the same rejects as the import.
class RowConverter
{
public:
    // formats: one per file column (see Importer), decided over the whole column.
    RowConverter(const ColumnMapping& mapping, const QList<ColumnFormat>& formats,
                 const QStringList& headers);
    DataKind kind() const { return m_kind; }
    int columnCount() const { return int(m_slots.size()); }
    int slotOf(const QString& canonical) const; // index of a canonical column, -1 when unknown
    // false: the row is rejected and *reject says why (row and line filled in).
    bool convert(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const;

private:
    struct Slot
    {
        CanonicalColumn column;
        int fileColumn = -1; // -1: not in the file
        ColumnFormat format;
        QString header;
        QString fallback; // default value when not in the file (or empty in it)
        bool hasFallback = false;
    };
    bool convertCell(const Slot& slot, QStringView text, Cell& cell, QString* reason) const;
    bool validate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const;
    bool rejectAt(const CsvRecord& record, int slot, ImportReject* reject, const QString& reason) const;

    DataKind m_kind;
    std::vector<Slot> m_slots;
};

} // namespace tenure
