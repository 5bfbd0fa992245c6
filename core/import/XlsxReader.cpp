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

#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>

namespace tenure {

namespace {

constexpr int kMaxRows = 1048576; // Excel's sheet limits: anything beyond is not a real workbook
constexpr int kMaxColumns = 16384;
constexpr int kMaxLeadRows = 1000; // rows looked at for title rows above the header

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

// "C5" -> column 2 (0-based), row 5; false when it is not a cell reference within the sheet limits.
bool parseCellRef(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        r = r * 10 + (c - u'0');
        if (r > kMaxRows)
            return false;
    }
    if (r < 1)
        return false;
    *column = col - 1;
    *row = int(r);
    return true;
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
    while (depth > 0 && !xml.atEnd()) {
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

void appendCsvField(QString& line, const QString& text)
{
    bool quote = false;
    for (QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += text;
        return;
    }
    line += u'"';
    for (QChar c : text) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

// Line breaks in the text as CsvReader counts them (CRLF is one).
int lineBreaks(const QString& text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++n;
    }
    return n;
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
    std::vector<QString> strings;
    std::vector<bool> dateStyles; // per cellXfs index
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
                while (!xml.atEnd()) {
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
                while (!xml.atEnd()) {
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
                while (!xml.atEnd()) {
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
            while (!xml.atEnd()) {
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
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == u"sst") {
                        const int count = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
                        if (count > 0)
                            strings.reserve(size_t(std::min(count, 1 << 20)));
                    } else if (xml.name() == u"si") {
                        strings.push_back(readRichText(xml));
                    }
                }
            }
            return true;
        },
        false);
}

bool XlsxReader::Private::readSheet(const Sheet& sheet, XlsxSheet* out)
{
    out->name = sheet.name;
    out->csv.clear();
    out->titleRows.clear();
    out->lineRows.clear();
    out->rows = 0;

    struct Lead
    {
        int row;
        qsizetype offset; // of the row's line in the CSV
        qint64 line;
        int nonEmpty;
    };
    std::vector<Lead> leads;
    std::vector<Merge> merges;
    std::vector<QString> cells; // of the current row, by column
    QString line;
    int lastRow = 0;    // sheet row of the last line written
    qint64 csvLine = 1; // the CSV line the next row starts on
    int width = 0;      // fields of the first row with two or more values: rows are padded to it
    QString cellError;
    QHash<double, QString> dateTexts;

    auto writeRow = [&](int row) {
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
        // Empty lines for the missing rows, so the CSV line is the sheet row again where it can be.
        const qint64 target = row;
        const qint64 gap = std::max<qint64>(0, target - csvLine);
        out->csv.append(QByteArray(gap, '\n'));
        csvLine += gap;
        if (csvLine != target)
            out->lineRows.emplace_back(csvLine, target);
        if (width == 0 && nonEmpty >= 2)
            width = used;
        if (leads.size() < size_t(kMaxLeadRows))
            leads.push_back({row, out->csv.size(), csvLine, nonEmpty});
        line.clear();
        const int fields = std::max(used, width);
        int breaks = 0;
        for (int c = 0; c < fields; ++c) {
            if (c > 0)
                line += u',';
            if (size_t(c) < cells.size() && !cells[size_t(c)].isEmpty()) {
                appendCsvField(line, cells[size_t(c)]);
                breaks += lineBreaks(cells[size_t(c)]);
            }
        }
        line += u'\n';
        out->csv.append(line.toUtf8());
        csvLine += 1 + breaks;
        lastRow = row;
        ++out->rows;
    };

    const bool ok = readPart(
        sheet.part,
        [&](QXmlStreamReader& xml) {
            int row = 0;
            int column = -1;
            bool inSheetData = false;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement) {
                    if (xml.name() == u"row" && inSheetData) {
                        writeRow(row);
                        for (QString& cell : cells)
                            cell.clear();
                    } else if (xml.name() == u"sheetData") {
                        inSheetData = false;
                    }
                    continue;
                }
                if (token != QXmlStreamReader::StartElement)
                    continue;
                const QStringView name = xml.name();
                if (name == u"sheetData") {
                    inSheetData = true;
                } else if (name == u"row" && inSheetData) {
                    const QStringView r = xml.attributes().value(QLatin1String("r"));
                    int next = row + 1;
                    if (!r.isEmpty()) {
                        bool number = false;
                        next = r.toInt(&number);
                        if (!number || next < 1 || next > kMaxRows) {
                            cellError = QStringLiteral("row number '%1' is outside the sheet").arg(r);
                            return false;
                        }
                    }
                    if (next <= lastRow) {
                        cellError = QStringLiteral("row %1 comes after row %2").arg(next).arg(lastRow);
                        return false;
                    }
                    row = next;
                    column = -1;
                } else if (name == u"c" && inSheetData && row > 0) {
                    QStringView ref;
                    QStringView type;
                    int style = 0;
                    for (const QXmlStreamAttribute& a : xml.attributes()) {
                        if (a.name() == u"r")
                            ref = a.value();
                        else if (a.name() == u"t")
                            type = a.value();
                        else if (a.name() == u"s")
                            style = a.value().toInt();
                    }
                    int refRow = row;
                    if (ref.isEmpty()) {
                        ++column;
                    } else if (!parseCellRef(ref, &column, &refRow) || refRow != row) {
                        cellError = QStringLiteral("cell reference '%1' is not in row %2").arg(ref).arg(row);
                        return false;
                    }
                    if (column >= kMaxColumns) {
                        cellError =
                            QStringLiteral("row %1 has more than %2 columns").arg(row).arg(kMaxColumns);
                        return false;
                    }
                    const QString typeText = type.toString();
                    QString value;
                    QString inlineText;
                    bool hasInline = false;
                    // The cell's children: <v> (value or cached formula result), <f>, <is>.
                    while (!xml.atEnd()) {
                        const auto t = xml.readNext();
                        if (t == QXmlStreamReader::EndElement && xml.name() == u"c")
                            break;
                        if (t != QXmlStreamReader::StartElement)
                            continue;
                        if (xml.name() == u"v") {
                            value = xml.readElementText();
                        } else if (xml.name() == u"is") {
                            inlineText = readRichText(xml);
                            hasInline = true;
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    QString text;
                    if (typeText == QLatin1String("s")) {
                        if (!value.isEmpty()) {
                            bool number = false;
                            const qint64 index = value.toLongLong(&number);
                            if (!number || index < 0 || index >= qint64(strings.size())) {
                                cellError = QStringLiteral("cell %1%2 refers to shared string %3, which does "
                                                           "not exist")
                                                .arg(columnName(column))
                                                .arg(row)
                                                .arg(value);
                                return false;
                            }
                            text = strings[size_t(index)];
                        }
                    } else if (typeText == QLatin1String("inlineStr")) {
                        text = hasInline ? inlineText : decodeEscapes(value);
                    } else if (typeText == QLatin1String("str")) {
                        text = decodeEscapes(value);
                    } else if (typeText == QLatin1String("b")) {
                        if (!value.isEmpty())
                            text = isTrue(value) ? QStringLiteral("true") : QStringLiteral("false");
                    } else if (typeText == QLatin1String("e") || typeText == QLatin1String("d")) {
                        text = value; // #N/A, #DIV/0!; ISO dates of strict files as they are
                    } else if (hasInline) {
                        text = inlineText;
                    } else if (!value.isEmpty()) {
                        const QByteArray digits = value.trimmed().toLatin1();
                        double number = 0;
                        const auto [end, ec] =
                            std::from_chars(digits.constData(), digits.constData() + digits.size(), number);
                        if (ec != std::errc() || end != digits.constData() + digits.size() ||
                            !std::isfinite(number)) {
                            text = value; // not a number after all: kept as written
                        } else {
                            const bool date =
                                style >= 0 && size_t(style) < dateStyles.size() && dateStyles[size_t(style)];
                            if (!date) {
                                text = numberText(number);
                            } else if (const auto it = dateTexts.constFind(number);
                                       it != dateTexts.constEnd()) {
                                text = *it; // a column of months repeats few serials
                            } else {
                                text = serialText(number, date1904);
                                if (dateTexts.size() < 100000)
                                    dateTexts.insert(number, text);
                            }
                        }
                    }
                    if (size_t(column) >= cells.size())
                        cells.resize(size_t(column) + 1);
                    cells[size_t(column)] = std::move(text);
                } else if (name == u"mergeCell") {
                    const QStringView ref = xml.attributes().value(QLatin1String("ref"));
                    const qsizetype colon = ref.indexOf(u':');
                    Merge m{};
                    if (colon > 0 && parseCellRef(ref.left(colon), &m.col1, &m.row1) &&
                        parseCellRef(ref.mid(colon + 1), &m.col2, &m.row2))
                        merges.push_back(m);
                }
            }
            return true;
        },
        true);
    if (!ok) {
        if (!cellError.isEmpty())
            fail(QStringLiteral("sheet '%1' is damaged: %2").arg(sheet.name, cellError));
        else if (error.isEmpty())
            fail(QStringLiteral("sheet '%1' cannot be read").arg(sheet.name));
        else
            error.replace(QStringLiteral("(%1").arg(sheet.part),
                          QStringLiteral("(sheet '%1', %2").arg(sheet.name, sheet.part));
        return false;
    }
    if (out->rows == 0)
        return fail(QStringLiteral("sheet '%1' is empty").arg(sheet.name));

    // Title rows: above the first row with two or more values that no merged range covers, every
    // row is a title (one value, or a merged banner). Without such a row nothing is skipped.
    auto merged = [&merges](int row) {
        for (const Merge& m : merges) {
            if (row >= m.row1 && row <= m.row2 && (m.col2 > m.col1 || m.row2 > m.row1))
                return true;
        }
        return false;
    };
    size_t header = leads.size();
    for (size_t i = 0; i < leads.size() && header == leads.size(); ++i) {
        if (leads[i].nonEmpty >= 2 && !merged(leads[i].row))
            header = i;
    }
    if (header == leads.size()) {
        for (size_t i = 0; i < leads.size() && header == leads.size(); ++i) {
            if (leads[i].nonEmpty >= 2)
                header = i;
        }
    }
    if (header != leads.size() && header > 0) {
        for (size_t i = 0; i < header; ++i)
            out->titleRows << leads[i].row;
        // The title lines become empty lines: the lines after them keep their numbers.
        const Lead& h = leads[header];
        out->csv.replace(0, h.offset, QByteArray(h.line - 1, '\n'));
        std::erase_if(out->lineRows, [&h](const auto& entry) { return entry.first < h.line; });
        out->rows -= qint64(header);
    }
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
