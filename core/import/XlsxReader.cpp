#include "XlsxReader.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>

namespace tenure {

namespace {

constexpr int kMaxRows = 1048576; // Excel's sheet limits: anything beyond is not a real workbook
constexpr int kMaxColumns = 16384;
constexpr int kMaxLeadRows = 1000; // rows looked at for title rows above the header
std::atomic_bool fastScanner{true};

const char kZipMagic[] = "PK\x03\x04";
const unsigned char kOle2Magic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

bool isOle2(const QByteArray& start)
{
    return start.size() >= 8 && memcmp(start.constData(), kOle2Magic, 8) == 0;
}

// Excel writes an encrypted workbook as an OLE2 compound file with an "EncryptedPackage" stream;
// stream names are UTF-16LE in the directory sectors.
bool hasEncryptedPackage(QIODevice& device)
{
    static const QByteArray needle = [] {
        QByteArray n;
        for (char c : QByteArrayLiteral("EncryptedPackage")) {
            n.append(c);
            n.append('\0');
        }
        return n;
    }();
    device.seek(0);
    QByteArray tail;
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            return false;
        const QByteArray window = tail + chunk;
        if (window.contains(needle))
            return true;
        tail = window.right(needle.size());
    }
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString decodeEscapes(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

bool isTrue(QStringView v)
{
    return v == u"1" || v == u"true" || v == u"on";
}

// The text of an <si> or <is> element (the reader is on its start): plain <t>, or rich-text runs
// <r><t>; phonetic hints (<rPh>) are not part of the value.
QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == u"rPh" || xml.name() == u"rPr" || xml.name() == u"phoneticPr") {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return decodeEscapes(text);
}

// "xl/worksheets/../x.xml" -> "xl/x.xml"; targets are relative to the part's folder unless absolute.
QString resolveTarget(const QString& base, const QString& target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : base + target;
    QStringList parts;
    for (const QString& part : path.split(u'/')) {
        if (part == QLatin1String(".."))
            parts.removeLast();
        else if (!part.isEmpty() && part != QLatin1String("."))
            parts << part;
    }
    return parts.join(u'/');
}

struct Merge
{
    int row1, col1, row2, col2;
};

} // namespace

struct XlsxReader::Private
{
    QString name;
    QByteArray data;
    QFile file;
    QBuffer buffer;
    QuaZip zip;
    QString error;

    struct Sheet
    {
        QString name;
        QString part;
    };
    QList<Sheet> sheets;
    std::vector<QByteArray> stringsUtf8; // shared strings, as the CSV text holds them
    std::vector<bool> dateStyles;        // per cellXfs index
    bool date1904 = false;

    bool fail(const QString& why)
    {
        error = name + QStringLiteral(": ") + why;
        return false;
    }

    bool openDevice(QIODevice* device);
    // Reads a part with a callback on its XML; false (error set) when the part is missing, cannot
    // be read (damaged or encrypted) or is malformed.
    bool readPart(const QString& part, const std::function<bool(QXmlStreamReader&)>& parse, bool required);
    bool readWorkbook();
    bool readStyles(const QString& part);
    bool readStrings(const QString& part);
    bool readSheet(const Sheet& sheet, XlsxSheet* out);
};

bool XlsxReader::Private::readPart(const QString& part, const std::function<bool(QXmlStreamReader&)>& parse,
                                   bool required)
{
    if (!zip.setCurrentFile(part, QuaZip::csInsensitive)) {
        if (required)
            return fail(QStringLiteral("not an XLSX workbook (%1 is missing)").arg(part));
        return true;
    }
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && (info.flags & 1))
        return fail(
            QStringLiteral("is password-protected (%1 is encrypted); save it without a password").arg(part));
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("is a damaged XLSX file (cannot read %1)").arg(part));
    QXmlStreamReader xml(&entry);
    const bool parsed = parse(xml);
    const bool xmlError = xml.hasError();
    const QString xmlMessage = xml.errorString();
    const qint64 xmlLine = xml.lineNumber();
    entry.close();
    if (!error.isEmpty())
        return false;
    if (entry.getZipError() != UNZ_OK)
        return fail(QStringLiteral("is a damaged XLSX file (%1 does not unpack: zip error %2)")
                        .arg(part)
                        .arg(entry.getZipError()));
    if (xmlError)
        return fail(QStringLiteral("is a damaged XLSX file (%1, line %2: %3)")
                        .arg(part)
                        .arg(xmlLine)
                        .arg(xmlMessage));
    return parsed;
}

bool XlsxReader::Private::openDevice(QIODevice* device)
{
    const QByteArray start = device->peek(8);
    if (start.isEmpty())
        return fail(QStringLiteral("the file is empty"));
    if (isOle2(start)) {
        if (hasEncryptedPackage(*device))
            return fail(
                QStringLiteral("is password-protected (an encrypted Excel workbook); save it without a "
                               "password, or as CSV"));
        return fail(
            QStringLiteral("is an Excel 97-2003 workbook (.xls) or another old Office file; save it as "
                           ".xlsx or CSV"));
    }
    if (!start.startsWith(kZipMagic))
        return fail(QStringLiteral("not an XLSX workbook (not a zip archive)"));
    device->seek(0);
    zip.setIoDevice(device);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(QStringLiteral("is a damaged XLSX file (the zip archive cannot be read)"));
    return readWorkbook();
}

bool XlsxReader::Private::readWorkbook()
{
    // The main part from the package relationships; xl/workbook.xml by convention.
    QString workbook = QStringLiteral("xl/workbook.xml");
    if (!readPart(
            QStringLiteral("_rels/.rels"),
            [&](QXmlStreamReader& xml) {
                while (!xml.atEnd() && !xml.hasError()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship" &&
                        xml.attributes().value(QLatin1String("Type")).endsWith(u"/officeDocument"))
                        workbook = resolveTarget(QString(),
                                                 xml.attributes().value(QLatin1String("Target")).toString());
                }
                return true;
            },
            false))
        return false;
    const QString folder =
        workbook.contains(u'/') ? workbook.left(workbook.lastIndexOf(u'/') + 1) : QString();
    const QString rels =
        folder + QStringLiteral("_rels/") + workbook.mid(folder.size()) + QStringLiteral(".rels");

    struct Entry
    {
        QString name;
        QString id;
    };
    QList<Entry> entries;
    if (!readPart(
            workbook,
            [&](QXmlStreamReader& xml) {
                while (!xml.atEnd() && !xml.hasError()) {
                    if (xml.readNext() != QXmlStreamReader::StartElement)
                        continue;
                    if (xml.name() == u"workbookPr") {
                        date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
                    } else if (xml.name() == u"sheet") {
                        Entry entry;
                        for (const QXmlStreamAttribute& a : xml.attributes()) {
                            if (a.name() == u"name")
                                entry.name = a.value().toString();
                            else if (a.name() == u"id")
                                entry.id = a.value().toString();
                        }
                        entries << entry;
                    }
                }
                return true;
            },
            true))
        return false;

    QHash<QString, QString> worksheetTargets;
    QString stylesPart;
    QString stringsPart;
    if (!readPart(
            rels,
            [&](QXmlStreamReader& xml) {
                while (!xml.atEnd() && !xml.hasError()) {
                    if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                        continue;
                    const QXmlStreamAttributes a = xml.attributes();
                    const QStringView type = a.value(QLatin1String("Type"));
                    const QString target = resolveTarget(folder, a.value(QLatin1String("Target")).toString());
                    if (type.endsWith(u"/worksheet"))
                        worksheetTargets.insert(a.value(QLatin1String("Id")).toString(), target);
                    else if (type.endsWith(u"/styles"))
                        stylesPart = target;
                    else if (type.endsWith(u"/sharedStrings"))
                        stringsPart = target;
                }
                return true;
            },
            false))
        return false;
    // Chart sheets and dialog sheets have no cells: only worksheets are listed.
    for (const Entry& entry : std::as_const(entries)) {
        if (worksheetTargets.contains(entry.id))
            sheets << Sheet{entry.name, worksheetTargets.value(entry.id)};
    }
    if (sheets.isEmpty() && worksheetTargets.isEmpty() && !entries.isEmpty()) {
        // No relationships part: fall back to the conventional part names.
        for (qsizetype i = 0; i < entries.size(); ++i)
            sheets << Sheet{entries[i].name, folder + QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)};
    }
    if (sheets.isEmpty())
        return fail(QStringLiteral("the workbook has no worksheets"));
    if (!readStyles(stylesPart.isEmpty() ? folder + QStringLiteral("styles.xml") : stylesPart))
        return false;
    return readStrings(stringsPart.isEmpty() ? folder + QStringLiteral("sharedStrings.xml") : stringsPart);
}

bool XlsxReader::Private::readStyles(const QString& part)
{
    return readPart(
        part,
        [this](QXmlStreamReader& xml) {
            QHash<int, bool> customDate;
            bool inCellXfs = false;
            while (!xml.atEnd() && !xml.hasError()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                    inCellXfs = false;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"numFmt") {
                    const QXmlStreamAttributes a = xml.attributes();
                    customDate.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                      isDateFormatCode(a.value(QLatin1String("formatCode")).toString()));
                } else if (xml.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == u"xf") {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    dateStyles.push_back(customDate.contains(id) ? customDate.value(id)
                                                                 : isBuiltInDateFormat(id));
                    xml.skipCurrentElement();
                }
            }
            return true;
        },
        false);
}

bool XlsxReader::Private::readStrings(const QString& part)
{
    return readPart(
        part,
        [this](QXmlStreamReader& xml) {
            while (!xml.atEnd() && !xml.hasError()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == u"sst") {
                        const int count = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
                        if (count > 0)
                            stringsUtf8.reserve(size_t(std::min(count, 1 << 20)));
                    } else if (xml.name() == u"si") {
                        stringsUtf8.push_back(readRichText(xml).toUtf8());
                    }
                }
            }
            return true;
        },
        false);
}

namespace {

// "C5" as bytes -> column 2 (0-based), row 5.
bool parseCellRef(QByteArrayView ref, int* column, int* row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
        col = col * 26 + ((ref[i] & ~0x20) - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9')
            return false;
        r = r * 10 + (ref[i] - '0');
        if (r > kMaxRows)
            return false;
    }
    if (r < 1)
        return false;
    *column = col - 1;
    *row = int(r);
    return true;
}

bool parseInt(QByteArrayView text, qint64* value)
{
    const char* b = text.data();
    const char* e = b + text.size();
    while (b < e && (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r'))
        ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
        --e;
    const auto [end, ec] = std::from_chars(b, e, *value);
    return ec == std::errc() && end == e && b < e;
}

// What a worksheet becomes: rows are written as CSV lines as they come; title rows are decided at
// the end, when the merged ranges (after sheetData) are known. Both XML front ends feed it.
struct SheetBuilder
{
    SheetBuilder(const std::vector<QByteArray>& s, const std::vector<bool>& styles, bool d1904,
                 XlsxSheet* sheet)
        : strings(s), dateStyles(styles), date1904(d1904), out(sheet)
    {}

    const std::vector<QByteArray>& strings;
    const std::vector<bool>& dateStyles;
    bool date1904;
    XlsxSheet* out;

    struct Lead
    {
        int row;
        qsizetype offset; // of the row's line in the CSV
        qint64 line;
        int nonEmpty;
    };
    std::vector<Lead> leads;
    std::vector<Merge> merges;
    std::vector<QByteArray> cells; // of the current row, by column, UTF-8
    int lastRow = 0;               // sheet row of the last line written
    qint64 csvLine = 1;            // the CSV line the next row starts on
    int width = 0;                 // fields of the first row with two or more values: rows are padded to it
    int row = 0;
    int column = -1;
    QString error;
    QHash<double, QByteArray> dateTexts;

    bool startRow(QByteArrayView r)
    {
        qint64 next = row + 1;
        if (!r.isEmpty() && (!parseInt(r, &next) || next < 1 || next > kMaxRows)) {
            error = QStringLiteral("row number '%1' is outside the sheet").arg(QString::fromUtf8(r));
            return false;
        }
        if (next <= lastRow) {
            error = QStringLiteral("row %1 comes after row %2").arg(next).arg(lastRow);
            return false;
        }
        row = int(next);
        column = -1;
        return true;
    }

    // value: the <v> text; inlineText: the <is> text when the cell has one.
    bool cell(QByteArrayView ref, QByteArrayView type, int style, QByteArrayView value,
              const QByteArray* inlineText)
    {
        if (row == 0)
            return true;
        int refRow = row;
        if (ref.isEmpty()) {
            ++column;
        } else if (!parseCellRef(ref, &column, &refRow) || refRow != row) {
            error =
                QStringLiteral("cell reference '%1' is not in row %2").arg(QString::fromUtf8(ref)).arg(row);
            return false;
        }
        if (column >= kMaxColumns) {
            error = QStringLiteral("row %1 has more than %2 columns").arg(row).arg(kMaxColumns);
            return false;
        }
        QByteArray text;
        if (type == "s") {
            if (!value.isEmpty()) {
                qint64 index = -1;
                if (!parseInt(value, &index) || index < 0 || index >= qint64(strings.size())) {
                    error = QStringLiteral("cell %1%2 refers to shared string %3, which does not exist")
                                .arg(columnName(column))
                                .arg(row)
                                .arg(QString::fromUtf8(value));
                    return false;
                }
                text = strings[size_t(index)];
            }
        } else if (type == "inlineStr") {
            text = inlineText ? *inlineText : decodeEscapes(QString::fromUtf8(value)).toUtf8();
        } else if (type == "str") {
            text = decodeEscapes(QString::fromUtf8(value)).toUtf8();
        } else if (type == "b") {
            if (!value.isEmpty())
                text =
                    isTrue(QString::fromUtf8(value)) ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        } else if (type == "e" || type == "d") {
            text = value.toByteArray(); // #N/A, #DIV/0!; ISO dates of strict files as they are
        } else if (inlineText) {
            text = *inlineText;
        } else if (!value.isEmpty()) {
            const QByteArrayView digits = value.trimmed();
            double number = 0;
            const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
            if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(number)) {
                text = value.toByteArray(); // not a number after all: kept as written
            } else if (style < 0 || size_t(style) >= dateStyles.size() || !dateStyles[size_t(style)]) {
                text = XlsxReader::numberText(number).toLatin1();
            } else if (const auto it = dateTexts.constFind(number); it != dateTexts.constEnd()) {
                text = *it; // a column of months repeats few serials
            } else {
                text = XlsxReader::serialText(number, date1904).toLatin1();
                if (dateTexts.size() < 100000)
                    dateTexts.insert(number, text);
            }
        }
        if (size_t(column) >= cells.size())
            cells.resize(size_t(column) + 1);
        cells[size_t(column)] = std::move(text);
        return true;
    }

    void endRow()
    {
        int used = 0;
        int nonEmpty = 0;
        for (size_t c = 0; c < cells.size(); ++c) {
            if (!cells[c].isEmpty()) {
                used = int(c) + 1;
                ++nonEmpty;
            }
        }
        if (nonEmpty == 0)
            return;
        QByteArray& csv = out->csv;
        // Empty lines for the missing rows, so the CSV line is the sheet row again where it can be.
        const qint64 gap = std::max<qint64>(0, row - csvLine);
        if (gap > 0)
            csv.append(QByteArray(gap, '\n'));
        csvLine += gap;
        if (csvLine != row)
            out->lineRows.emplace_back(csvLine, row);
        if (width == 0 && nonEmpty >= 2)
            width = used;
        if (leads.size() < size_t(kMaxLeadRows))
            leads.push_back({row, csv.size(), csvLine, nonEmpty});
        const int fields = std::max(used, width);
        int breaks = 0;
        for (int c = 0; c < fields; ++c) {
            if (c > 0)
                csv.append(',');
            if (size_t(c) >= cells.size() || cells[size_t(c)].isEmpty())
                continue;
            QByteArray& text = cells[size_t(c)];
            bool quote = false;
            for (const char ch : std::as_const(text)) {
                if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                    quote = true;
                    break;
                }
            }
            if (!quote) {
                csv.append(text);
            } else {
                csv.append('"');
                for (qsizetype i = 0; i < text.size(); ++i) {
                    const char ch = text[i];
                    if (ch == '"')
                        csv.append('"');
                    csv.append(ch);
                    if (ch == '\n' || (ch == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
                        ++breaks;
                }
                csv.append('"');
            }
            text.clear();
        }
        csv.append('\n');
        csvLine += 1 + breaks;
        lastRow = row;
        ++out->rows;
    }

    void mergeCell(QByteArrayView ref)
    {
        const qsizetype colon = ref.indexOf(':');
        Merge m{};
        if (colon > 0 && parseCellRef(ref.first(colon), &m.col1, &m.row1) &&
            parseCellRef(ref.sliced(colon + 1), &m.col2, &m.row2))
            merges.push_back(m);
    }

    // Title rows: above the first row with two or more values that no merged range covers, every
    // row is a title (one value, or a merged banner). Without such a row nothing is skipped.
    void finish()
    {
        auto merged = [this](int r) {
            for (const Merge& m : merges) {
                if (r >= m.row1 && r <= m.row2 && (m.col2 > m.col1 || m.row2 > m.row1))
                    return true;
            }
            return false;
        };
        size_t header = leads.size();
        for (size_t i = 0; i < leads.size() && header == leads.size(); ++i) {
            if (leads[i].nonEmpty >= 2 && !merged(leads[i].row))
                header = i;
        }
        for (size_t i = 0; i < leads.size() && header == leads.size(); ++i) {
            if (leads[i].nonEmpty >= 2)
                header = i;
        }
        if (header == leads.size() || header == 0)
            return;
        for (size_t i = 0; i < header; ++i)
            out->titleRows << leads[i].row;
        // The title lines become empty lines: the lines after them keep their numbers.
        const Lead& h = leads[header];
        out->csv.replace(0, h.offset, QByteArray(h.line - 1, '\n'));
        std::erase_if(out->lineRows, [&h](const auto& entry) { return entry.first < h.line; });
        out->rows -= qint64(header);
    }
};

// A fast reader of worksheet XML, about 50 times faster than QXmlStreamReader here (a million
// rows: seconds instead of a minute). It knows the few elements of a sheet and plain XML (tags,
// attributes, the five entities and character references, comments, processing instructions);
// anything else (CDATA, DTDs, unknown entities, mismatched or unclosed tags) returns Fallback and
// the sheet is read again with QXmlStreamReader, which also words the error of a malformed file.
class SheetScanner
{
public:
    enum Result { Done, SheetError, Fallback };

    SheetScanner(QIODevice& device, SheetBuilder& builder) : m_device(device), m_b(builder) {}

    Result run()
    {
        std::vector<std::string> stack;
        bool inSheetData = false;
        // the current cell
        bool inCell = false;
        QByteArray ref, type, value, inlineText;
        int style = 0;
        bool hasInline = false;
        int capture = 0; // 1: <v> text, 2: <t> text inside <is>
        int phonetic = 0;
        if (!refill())
            return Fallback;
        // UTF-16 (a BOM or NUL bytes) is for QXmlStreamReader.
        if (m_buf.startsWith("\xFF\xFE") || m_buf.startsWith("\xFE\xFF") || m_buf.left(256).contains('\0'))
            return Fallback;
        for (;;) {
            // Text up to the next tag.
            qsizetype lt = -1;
            for (;;) {
                lt = m_buf.indexOf('<', m_pos);
                if (lt >= 0 || m_eof)
                    break;
                if (!refill())
                    return Fallback;
            }
            const qsizetype textEnd = lt >= 0 ? lt : m_buf.size();
            if (capture && textEnd > m_pos) {
                QByteArray& target = capture == 1 ? value : inlineText;
                if (!appendText(QByteArrayView(m_buf).sliced(m_pos, textEnd - m_pos), target))
                    return Fallback;
            }
            if (lt < 0) {
                m_pos = m_buf.size();
                return stack.empty() ? Done : Fallback; // unclosed elements: let Qt say so
            }
            m_pos = lt;
            qsizetype gt = -1;
            while ((gt = tagEnd(m_pos)) < 0) {
                if (gt == -2 || m_eof)
                    return Fallback;
                if (!refill())
                    return Fallback;
            }
            const QByteArrayView tag = QByteArrayView(m_buf).sliced(m_pos + 1, gt - m_pos - 1); // without < >
            m_pos = gt + 1;
            if (tag.startsWith("?xml ")) {
                // Only UTF-8 (the default) is read here; other encodings go to QXmlStreamReader.
                const QByteArray declaration = tag.toByteArray().toLower();
                const qsizetype at = declaration.indexOf("encoding");
                if (at >= 0 && declaration.indexOf("utf-8", at) < 0)
                    return Fallback;
                continue;
            }
            if (tag.startsWith('?') || tag.startsWith("!--"))
                continue;
            if (tag.startsWith('!'))
                return Fallback; // CDATA, DOCTYPE
            if (tag.startsWith('/')) {
                const QByteArrayView name = localName(tag.sliced(1).trimmed());
                if (stack.empty() || QByteArrayView(stack.back()) != tag.sliced(1).trimmed())
                    return Fallback;
                stack.pop_back();
                if (!endElement(name, inSheetData, inCell, capture, phonetic, ref, type, style, value,
                                inlineText, hasInline))
                    return SheetError;
                continue;
            }
            const bool empty = tag.endsWith('/');
            const QByteArrayView body = empty ? tag.first(tag.size() - 1) : tag;
            qsizetype nameEnd = 0;
            while (nameEnd < body.size() && !isSpace(body[nameEnd]))
                ++nameEnd;
            const QByteArrayView qname = body.first(nameEnd);
            if (qname.isEmpty())
                return Fallback;
            const QByteArrayView name = localName(qname);
            const QByteArrayView attributes = body.sliced(nameEnd);
            if (!empty)
                stack.emplace_back(qname.data(), size_t(qname.size()));
            if (name == "sheetData") {
                inSheetData = true;
            } else if (inSheetData && name == "row") {
                QByteArray r;
                if (!attribute(attributes, "r", &r))
                    return Fallback;
                if (!m_b.startRow(r))
                    return SheetError;
            } else if (inSheetData && name == "c") {
                ref.clear();
                type.clear();
                value.clear();
                inlineText.clear();
                hasInline = false;
                QByteArray s;
                if (!attribute(attributes, "r", &ref) || !attribute(attributes, "t", &type) ||
                    !attribute(attributes, "s", &s))
                    return Fallback;
                qint64 parsed = 0;
                style = !s.isEmpty() && parseInt(s, &parsed) && parsed < (1 << 30) ? int(parsed) : 0;
                inCell = true;
            } else if (inCell && name == "v") {
                value.clear();
                capture = 1;
            } else if (inCell && name == "is") {
                hasInline = true;
            } else if (inCell && hasInline && name == "rPh") {
                ++phonetic;
            } else if (inCell && hasInline && name == "t" && phonetic == 0) {
                capture = 2;
            } else if (name == "mergeCell") {
                QByteArray r;
                if (!attribute(attributes, "ref", &r))
                    return Fallback;
                m_b.mergeCell(r);
            }
            if (empty && !endElement(name, inSheetData, inCell, capture, phonetic, ref, type, style, value,
                                     inlineText, hasInline))
                return SheetError;
        }
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    static QByteArrayView localName(QByteArrayView qname)
    {
        const qsizetype colon = qname.indexOf(':');
        return colon >= 0 ? qname.sliced(colon + 1) : qname;
    }

    bool endElement(QByteArrayView name, bool& inSheetData, bool& inCell, int& capture, int& phonetic,
                    const QByteArray& ref, const QByteArray& type, int style, const QByteArray& value,
                    QByteArray& inlineText, bool hasInline)
    {
        if (name == "v" || name == "t") {
            capture = 0;
        } else if (name == "rPh") {
            phonetic = std::max(0, phonetic - 1);
        } else if (inCell && name == "c") {
            inCell = false;
            if (hasInline)
                inlineText = decodeEscapes(QString::fromUtf8(inlineText)).toUtf8();
            return m_b.cell(ref, type, style, value, hasInline ? &inlineText : nullptr);
        } else if (inSheetData && name == "row") {
            m_b.endRow();
        } else if (name == "sheetData") {
            inSheetData = false;
        }
        return true;
    }

    // The index of the '>' that ends the tag starting at from ('<'), quotes respected; -1 when the
    // buffer ends first, -2 for a '<' inside a tag.
    qsizetype tagEnd(qsizetype from) const
    {
        const char* b = m_buf.constData();
        const qsizetype n = m_buf.size();
        if (from + 4 <= n && memcmp(b + from, "<!--", 4) == 0) {
            const qsizetype end = m_buf.indexOf("-->", from + 4);
            return end < 0 ? -1 : end + 2;
        }
        if (from + 2 <= n && b[from + 1] == '?') {
            const qsizetype end = m_buf.indexOf("?>", from + 2);
            return end < 0 ? -1 : end + 1;
        }
        char quote = 0;
        for (qsizetype i = from + 1; i < n; ++i) {
            const char c = b[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -2;
            }
        }
        return -1;
    }

    // The value of attribute name (local name) in the attribute text of a tag; empty when absent.
    // false when the attributes are not well-formed.
    static bool attribute(QByteArrayView text, QByteArrayView name, QByteArray* out)
    {
        out->clear();
        bool found = false;
        qsizetype i = 0;
        const qsizetype n = text.size();
        for (;;) {
            while (i < n && isSpace(text[i]))
                ++i;
            if (i == n)
                return true;
            const qsizetype nameStart = i;
            while (i < n && text[i] != '=' && !isSpace(text[i]))
                ++i;
            const QByteArrayView attr = text.sliced(nameStart, i - nameStart); // r, t, s, ref: unprefixed
            while (i < n && isSpace(text[i]))
                ++i;
            if (i == n || text[i] != '=')
                return false;
            ++i;
            while (i < n && isSpace(text[i]))
                ++i;
            if (i == n || (text[i] != '"' && text[i] != '\''))
                return false;
            const char quote = text[i++];
            const qsizetype valueStart = i;
            while (i < n && text[i] != quote)
                ++i;
            if (i == n)
                return false;
            if (attr == name) {
                if (found || !appendText(text.sliced(valueStart, i - valueStart), *out))
                    return false; // twice is not well-formed
                found = true;
            }
            ++i;
        }
    }

    // Appends XML text with its entities decoded; false for an entity this scanner does not know.
    static bool appendText(QByteArrayView text, QByteArray& out)
    {
        qsizetype amp = text.indexOf('&');
        if (amp < 0) {
            out.append(text);
            return true;
        }
        qsizetype i = 0;
        while (amp >= 0) {
            out.append(text.sliced(i, amp - i));
            const qsizetype semi = text.indexOf(';', amp);
            if (semi < 0)
                return false;
            const QByteArrayView entity = text.sliced(amp + 1, semi - amp - 1);
            if (entity == "amp")
                out.append('&');
            else if (entity == "lt")
                out.append('<');
            else if (entity == "gt")
                out.append('>');
            else if (entity == "quot")
                out.append('"');
            else if (entity == "apos")
                out.append('\'');
            else if (entity.startsWith('#')) {
                const bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
                const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
                uint code = 0;
                const auto [end, ec] =
                    std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
                if (ec != std::errc() || end != digits.data() + digits.size() || digits.isEmpty() ||
                    code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    return false;
                const char32_t c32 = code;
                out.append(QString::fromUcs4(&c32, 1).toUtf8());
            } else {
                return false;
            }
            i = semi + 1;
            amp = text.indexOf('&', i);
        }
        out.append(text.sliced(i));
        return true;
    }

    // Keeps the unread part and appends the next chunk; false on a read error.
    bool refill()
    {
        if (m_pos > 0) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype old = m_buf.size();
        m_buf.resize(old + kRead);
        const qint64 n = m_device.read(m_buf.data() + old, kRead);
        if (n < 0) {
            m_buf.resize(old);
            return false;
        }
        m_buf.resize(old + n);
        if (n == 0)
            m_eof = true;
        return true;
    }

    static constexpr qsizetype kRead = 1 << 20;
    QIODevice& m_device;
    SheetBuilder& m_b;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
};

} // namespace

bool XlsxReader::Private::readSheet(const Sheet& sheet, XlsxSheet* out)
{
    out->name = sheet.name;
    auto builder = std::make_unique<SheetBuilder>(stringsUtf8, dateStyles, date1904, out);
    auto reset = [&] {
        out->csv.clear();
        out->titleRows.clear();
        out->lineRows.clear();
        out->rows = 0;
        builder = std::make_unique<SheetBuilder>(stringsUtf8, dateStyles, date1904, out);
    };
    reset();

    // The fast scanner first; a sheet it cannot read is read again with QXmlStreamReader.
    bool scanned = false;
    bool ok = fastScanner && readPart(
                                 sheet.part,
                                 [&](QXmlStreamReader& xml) {
                                     QIODevice* device = xml.device();
                                     xml.setDevice(nullptr);
                                     const SheetScanner::Result result =
                                         SheetScanner(*device, *builder).run();
                                     scanned = result != SheetScanner::Fallback;
                                     return result == SheetScanner::Done;
                                 },
                                 true);
    if (!scanned && error.isEmpty()) {
        reset();
        ok = readPart(
            sheet.part,
            [&](QXmlStreamReader& xml) {
                SheetBuilder& b = *builder;
                bool inSheetData = false;
                while (!xml.atEnd() && !xml.hasError()) {
                    const auto token = xml.readNext();
                    if (token == QXmlStreamReader::EndElement) {
                        if (xml.name() == u"row" && inSheetData)
                            b.endRow();
                        else if (xml.name() == u"sheetData")
                            inSheetData = false;
                        continue;
                    }
                    if (token != QXmlStreamReader::StartElement)
                        continue;
                    const QStringView name = xml.name();
                    if (name == u"sheetData") {
                        inSheetData = true;
                    } else if (name == u"row" && inSheetData) {
                        if (!b.startRow(xml.attributes().value(QLatin1String("r")).toUtf8()))
                            return false;
                    } else if (name == u"c" && inSheetData) {
                        QByteArray ref;
                        QByteArray type;
                        int style = 0;
                        for (const QXmlStreamAttribute& a : xml.attributes()) {
                            if (a.name() == u"r")
                                ref = a.value().toUtf8();
                            else if (a.name() == u"t")
                                type = a.value().toUtf8();
                            else if (a.name() == u"s")
                                style = a.value().toInt();
                        }
                        QByteArray value;
                        QByteArray inlineText;
                        bool hasInline = false;
                        // The cell's children: <v> (value or cached formula result), <f>, <is>.
                        while (!xml.atEnd() && !xml.hasError()) {
                            const auto t = xml.readNext();
                            if (t == QXmlStreamReader::EndElement && xml.name() == u"c")
                                break;
                            if (t != QXmlStreamReader::StartElement)
                                continue;
                            if (xml.name() == u"v") {
                                value = xml.readElementText().toUtf8();
                            } else if (xml.name() == u"is") {
                                inlineText = readRichText(xml).toUtf8();
                                hasInline = true;
                            } else {
                                xml.skipCurrentElement();
                            }
                        }
                        if (xml.hasError())
                            return false;
                        if (!b.cell(ref, type, style, value, hasInline ? &inlineText : nullptr))
                            return false;
                    } else if (name == u"mergeCell") {
                        b.mergeCell(xml.attributes().value(QLatin1String("ref")).toUtf8());
                    }
                }
                return true;
            },
            true);
    }
    if (!ok) {
        if (!builder->error.isEmpty())
            fail(QStringLiteral("sheet '%1' is damaged: %2").arg(sheet.name, builder->error));
        else if (error.isEmpty())
            fail(QStringLiteral("sheet '%1' cannot be read").arg(sheet.name));
        else
            error.replace(QStringLiteral("(%1").arg(sheet.part),
                          QStringLiteral("(sheet '%1', %2").arg(sheet.name, sheet.part));
        return false;
    }
    if (out->rows == 0)
        return fail(QStringLiteral("sheet '%1' is empty").arg(sheet.name));
    builder->finish();
    return true;
}

XlsxReader::XlsxReader() : d(std::make_unique<Private>()) {}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::isWorkbookSignature(const QByteArray& start)
{
    return start.startsWith(kZipMagic) || isOle2(start);
}

bool XlsxReader::isWorkbookFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isWorkbookSignature(file.read(8));
}

bool XlsxReader::open(const QString& path)
{
    d = std::make_unique<Private>();
    d->name = QFileInfo(path).fileName();
    if (d->name.isEmpty())
        d->name = path;
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly))
        return d->fail(QStringLiteral("cannot open (%1)").arg(d->file.errorString()));
    return d->openDevice(&d->file);
}

bool XlsxReader::openData(const QByteArray& bytes, const QString& name)
{
    d = std::make_unique<Private>();
    d->name = name;
    d->data = bytes;
    d->buffer.setBuffer(&d->data);
    d->buffer.open(QIODevice::ReadOnly);
    return d->openDevice(&d->buffer);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Private::Sheet& sheet : std::as_const(d->sheets))
        names << sheet.name;
    return names;
}

bool XlsxReader::readSheet(const QString& sheet, XlsxSheet* out)
{
    if (d->sheets.isEmpty())
        return d->error.isEmpty() ? d->fail(QStringLiteral("no workbook is open")) : false;
    d->error.clear();
    out->sheets = sheetNames();
    if (sheet.isEmpty())
        return d->readSheet(d->sheets.first(), out);
    for (const Private::Sheet& s : std::as_const(d->sheets)) {
        if (s.name == sheet)
            return d->readSheet(s, out);
    }
    for (const Private::Sheet& s : std::as_const(d->sheets)) { // Excel's sheet names ignore case
        if (s.name.compare(sheet, Qt::CaseInsensitive) == 0)
            return d->readSheet(s, out);
    }
    return d->fail(
        QStringLiteral("has no sheet '%1' (sheets: %2)").arg(sheet, out->sheets.join(QStringLiteral(", "))));
}

QString XlsxReader::errorString() const
{
    return d->error;
}

QString XlsxReader::numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // and -0
    char buffer[400];
    // Excel keeps 15 significant digits: 100*1.205 is cached as 120.49999999999999 and shown as
    // 120.5. Round there, then write the shortest digits that read back as that value.
    {
        const auto rounded =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 14);
        std::from_chars(buffer, rounded.ptr, value);
    }
    const double magnitude = std::fabs(value);
    // Shortest round-trip digits; plain notation for ordinary magnitudes (1200, 0.1), as Excel shows them.
    const auto format =
        magnitude >= 1e-9 && magnitude < 1e21 ? std::chars_format::fixed : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString XlsxReader::serialText(double serial, bool date1904)
{
    if (!(serial >= 0) || serial > 2958465.99999)
        return numberText(serial);
    double whole = std::floor(serial);
    qint64 seconds = std::llround((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        whole += 1;
        seconds -= 86400;
    }
    auto time = [seconds] {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    const auto days = qint64(whole);
    if (days == 0 && !date1904)
        return time(); // a time of day (Excel shows 1900-01-00)
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel kept
    else
        date = (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days).toString(Qt::ISODate);
    return seconds == 0 ? date : date + u'T' + time();
}

void XlsxReader::setFastScannerForTesting(bool enabled)
{
    fastScanner = enabled;
}

bool XlsxReader::isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

bool XlsxReader::isDateFormatCode(const QString& code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (bracket) {
            bracket = c != u']';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, spacing or fill character
        } else {
            const char16_t l = c.toLower().unicode();
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

} // namespace tenure
