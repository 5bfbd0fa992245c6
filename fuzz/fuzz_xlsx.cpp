// libFuzzer target: open arbitrary bytes as an XLSX workbook, convert a sheet to CSV text and read
// every record of it. The first byte picks the sheet (its index among the workbook's sheets), the
// rest is the file. Seeds are stored (uncompressed) zips, so mutations reach the XML.
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tenure;
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    XlsxReader workbook;
    if (!workbook.openData(bytes, QStringLiteral("fuzz.xlsx"))) {
        if (workbook.errorString().isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    const QStringList sheets = workbook.sheetNames();
    if (sheets.isEmpty())
        __builtin_trap();
    XlsxSheet sheet;
    if (!workbook.readSheet(sheets.at(mode % sheets.size()), &sheet)) {
        if (workbook.errorString().isEmpty())
            __builtin_trap();
        return 0;
    }
    if (sheet.rows <= 0 || sheet.csv.isEmpty() || sheet.sheets != sheets)
        __builtin_trap();
    for (size_t i = 1; i < sheet.lineRows.size(); ++i) {
        if (sheet.lineRows[i].first <= sheet.lineRows[i - 1].first)
            __builtin_trap(); // sorted by line: the reader looks them up by binary search
    }
    // The CSV text must read back as a table (or be refused with a reason, e.g. no header).
    CsvReader reader;
    CsvOptions options;
    options.delimiter = QChar(u',');
    options.encoding = QStringLiteral("UTF-8");
    if (!reader.openData(sheet.csv, QStringLiteral("fuzz.csv"), options)) {
        if (reader.errorString().isEmpty())
            __builtin_trap();
        return 0;
    }
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.readRecord(record)) {
        if (record.line() <= lastLine)
            __builtin_trap();
        lastLine = record.line();
    }
    return 0;
}
