// libFuzzer target: open arbitrary bytes as a CSV and read every record. The first byte picks a
// parse window (so records cross buffer refills) and user overrides, the rest is the file.
#include "import/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tenure;
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    CsvOptions options;
    if (mode & 0x10)
        options.delimiter = QChar(u';');
    if (mode & 0x20)
        options.encoding = QStringLiteral("windows-1252");
    CsvReader reader;
    reader.setParseWindowForTesting(mode & 0x0F);
    int calls = 0;
    if (mode & 0x40)
        reader.setProgress([&calls](qint64, qint64) { return ++calls < 3; });
    if (!reader.openData(bytes, QStringLiteral("fuzz.csv"), options)) {
        if (reader.errorString().isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    const int columns = int(reader.header().size());
    if (columns == 0)
        __builtin_trap();
    CsvRecord record;
    qint64 lastLine = 0;
    qint64 rows = 0;
    size_t total = 0;
    while (reader.readRecord(record)) {
        if (record.line() <= lastLine || record.row() != ++rows)
            __builtin_trap(); // lines increase, rows count up from 1
        lastLine = record.line();
        for (int i = 0; i < record.size(); ++i)
            total += size_t(record.field(i).size());
        if (!record.field(record.size()).isEmpty())
            __builtin_trap();
    }
    if (reader.warnings().size() > 1000)
        __builtin_trap();
    return total == size_t(-1) ? 1 : 0;
}
