#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class QIODevice;

namespace tenure {

// One worksheet of an XLSX workbook turned into CSV text for CsvReader: UTF-8, comma, LF, RFC 4180
// quoting, one CSV line per sheet row from row 1, so a CSV line number is the sheet row number
// (missing rows and skipped title rows are empty lines, which CsvReader skips).
struct XlsxSheet
{
    QString name;         // the sheet read
    QStringList sheets;   // every worksheet of the workbook, in workbook order
    QByteArray csv;       //
    QList<int> titleRows; // sheet rows above the header that were skipped as titles
    // Where a cell holds line breaks the CSV lines after it no longer match the sheet rows:
    // (CSV line, sheet row) for each row that starts on a different line, in line order.
    std::vector<std::pair<qint64, qint64>> lineRows;
    qint64 rows = 0; // non-empty sheet rows written (header included)
};

// Reads XLSX workbooks (Office Open XML spreadsheets) with QuaZip and QXmlStreamReader: the sheet
// list (xl/workbook.xml and its relationships), shared strings (rich-text runs joined), cell styles
// (which number formats are dates) and one worksheet, streamed. Cell values become text: shared and
// inline strings as they are, numbers in their shortest form (at most Excel's 15 significant digits)
// without exponent, numbers
// with a date format as ISO dates (the 1900 system with its leap-year bug, or 1904), booleans as
// true/false, errors as their text (#N/A), formulas as their cached value.
class XlsxReader
{
public:
    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    // true when the bytes start like a zip archive or an OLE2 compound file (an encrypted
    // workbook, or an old .xls): such a file is read (or refused) here, never as CSV text.
    static bool isWorkbookSignature(const QByteArray& start);
    static bool isWorkbookFile(const QString& path); // by signature, or the .xlsx/.xlsm extension

    // Opens the workbook and reads its sheet list, strings and styles. false with errorString()
    // (one line naming the file) for a file that is not a readable XLSX workbook.
    bool open(const QString& path);
    bool openData(const QByteArray& bytes, const QString& name = QStringLiteral("data"));
    QStringList sheetNames() const;
    // Converts one worksheet (empty name: the first). false with errorString() for a missing,
    // empty or malformed sheet.
    bool readSheet(const QString& sheet, XlsxSheet* out);
    QString errorString() const;

    // Cell value helpers, public for the tests.
    static QString numberText(double value);
    // ISO date (YYYY-MM-DD), date-time (YYYY-MM-DDTHH:MM:SS) or time (HH:MM:SS) of a serial.
    static QString serialText(double serial, bool date1904);
    static bool isDateFormatCode(const QString& code);
    static bool isBuiltInDateFormat(int id);
    // Tests: false reads every sheet with QXmlStreamReader instead of the fast scanner.
    static void setFastScannerForTesting(bool enabled);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tenure
