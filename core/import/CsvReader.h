#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tenure {

enum class CsvWarningType {
    RaggedRow,
    DuplicateHeader,
    EmptyHeader,
    SecondHeaderRow,
    InvalidEncoding,
    UnterminatedQuote,
    NulByte,
    TitleBlock,   // lines above the header (a report's title, filters, date) were skipped
    ReportFooter, // a report's footer or total line after the data was dropped
    TitleRows     // XLSX: rows above the header were skipped as titles
};

struct CsvWarning
{
    CsvWarningType type;
    qint64 line;     // physical line (1-based) the warning is about; 0 when it concerns the whole file
    QString message; // human text that names the line (and column where it applies)
};

QString csvWarningTypeName(CsvWarningType type); // "ragged_row", ...

struct CsvDialect
{
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1" (or another ICU name)
    bool bom = false;
    QChar delimiter = u',';
    QChar quote = u'"';
    QString lineEnding;   // "LF", "CRLF", "CR" (of the first line break; "LF" when there is none)
    bool sepLine = false; // Excel's "sep=;" first line was found and skipped
    int headerRows = 1;   // 2 when a second header row was merged into the first (SurveyMonkey)
    int titleLines = 0;   // lines of a report's title block skipped above the header
    // XLSX workbooks (encoding "XLSX"): the sheet read and every worksheet, in workbook order.
    QString sheet;
    QStringList sheets;
};

// User overrides from the preview; unset means detect.
struct CsvOptions
{
    std::optional<QChar> delimiter;
    std::optional<QString> encoding;
    std::optional<QString> sheet; // XLSX: the worksheet to read (default the first)
};

// One record of a CSV file. Fields are views into the reader's buffer (or into the record's own
// scratch space for fields that needed unescaping); they stay valid until the next readRecord().
class CsvRecord
{
public:
    qint64 line() const { return m_line; } // physical line (1-based) where the record starts
    qint64 row() const { return m_row; }   // data row number, 1-based (first row after the header = 1)
    int size() const { return int(m_fields.size()); }
    QStringView field(int i) const;
    QString text(int i) const { return field(i).toString(); }
    QStringList toStringList() const;

private:
    friend class CsvReader;
    struct Span
    {
        qint32 begin; // offset from m_base (or into m_scratch when scratch)
        qint32 size;
        bool scratch;
    };
    const char16_t* m_base = nullptr;
    std::vector<Span> m_fields;
    std::u16string m_scratch;
    qint64 m_line = 0;
    qint64 m_row = 0;
};

// A streaming CSV/TSV reader: detects encoding, dialect and header, then returns one record at a
// time from a bounded buffer (constant memory whatever the file size).
class CsvReader
{
public:
    using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>; // return false = cancel

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Sniffs encoding, dialect and header from the start of the file and positions at the first data
    // row. false (errorString() says why, one line, naming the file) when the file cannot be read as
    // a table: missing/unreadable, empty, binary data, undecodable, no header. Header only is fine.
    // An XLSX workbook (zip signature or .xlsx name) is read through XlsxReader: its sheet becomes
    // CSV text in memory (cached for the next open of the same file and sheet), line numbers are
    // sheet rows, and a corrupt, encrypted or old .xls file is refused with the reason.
    bool open(const QString& path, const CsvOptions& options = {});
    bool openData(const QByteArray& bytes, const QString& name = QStringLiteral("data"),
                  const CsvOptions& options = {});
    QString errorString() const;
    QString fileName() const;
    const CsvDialect& dialect() const;
    // Cleaned: trimmed, BOM-free, unique (duplicates get "_2", "_3"), empty -> "column_N" (1-based).
    QStringList header() const;
    QStringList rawHeader() const; // as in the file (merged when there were two header rows)
    // false at end of data, on cancel, or on a fatal error (then errorString()). Blank lines and
    // records whose fields are all empty are skipped.
    bool readRecord(CsvRecord& record);
    bool atEnd() const;
    bool cancelled() const;
    void setProgress(Progress callback); // called about every 256 KiB and at the end
    qint64 bytesRead() const;
    qint64 totalBytes() const;
    // The first 1000 warnings; warningCount() counts all of them.
    const QList<CsvWarning>& warnings() const;
    qint64 warningCount() const;
    qint64 rowsRead() const;           // data records returned so far
    qint64 footerLinesDropped() const; // report footer and total lines dropped so far

    // Tests and fuzzing: the record scanner sees the decoded text only this many characters at a
    // time, so that every record crosses buffer refills. Call before open(); 0 = normal.
    void setParseWindowForTesting(int characters);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tenure
