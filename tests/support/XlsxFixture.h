#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Small XLSX workbooks written part by part with QuaZip, for the tests: the XML is spelled out so
// every case says exactly what Excel (or another writer) would have put in the file.
namespace tenure::test {

struct XlsxPart
{
    QString name;
    QByteArray data;
};

// A zip archive of the parts, in memory.
QByteArray zipParts(const QList<XlsxPart>& parts);

struct XlsxBook
{
    QStringList strings; // xl/sharedStrings.xml (written only when not empty)
    // Sheet name and the XML inside <worksheet> (sheetData, mergeCells).
    QList<QPair<QString, QByteArray>> sheets;
    bool date1904 = false;
    // xl/styles.xml; empty = defaultStyles().
    QByteArray styles;
};

// cellXfs: 0 General, 1 numFmtId 14 (date), 2 custom "yyyy-mm-dd hh:mm", 3 custom 0.00 "days"
// (not a date), 4 numFmtId 22 (date-time), 5 custom [Red]#,##0 (not a date), 6 custom
// dd/mm/yyyy;@ (date), 7 numFmtId 4 (#,##0.00, not a date).
QByteArray defaultStyles();

// The parts of a workbook: content types, relationships, workbook, sheets, strings, styles.
QList<XlsxPart> xlsxParts(const XlsxBook& book);
QByteArray buildXlsx(const XlsxBook& book);

// <sheetData> from rows of cells; each row is the inner XML of one <row r="N">.
QByteArray sheetData(const QList<QPair<int, QByteArray>>& rows);

} // namespace tenure::test
