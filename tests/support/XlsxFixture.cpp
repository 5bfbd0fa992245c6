#include "XlsxFixture.h"

#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace tenure::test {

QByteArray zipParts(const QList<XlsxPart>& parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create a zip in memory");
    for (const XlsxPart& part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)))
            qFatal("cannot add %s to the zip", qPrintable(part.name));
        file.write(part.data);
        file.close();
    }
    zip.close();
    return bytes;
}

QByteArray defaultStyles()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"4\">"
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd hh:mm\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot; days&quot;\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"[Red]#,##0\"/>"
        "<numFmt numFmtId=\"167\" formatCode=\"dd/mm/yyyy;@\"/>"
        "</numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"8\">"
        "<xf numFmtId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"165\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"22\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"166\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"167\" xfId=\"0\" applyNumberFormat=\"1\"><alignment horizontal=\"left\"/></xf>"
        "<xf numFmtId=\"4\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "</cellXfs></styleSheet>");
}

static QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QList<XlsxPart> xlsxParts(const XlsxBook& book)
{
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    QByteArray types = head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                              "<Default Extension=\"rels\" "
                              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                              "<Override PartName=\"/xl/workbook.xml\" "
                              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                              "sheet.main+xml\"/>";
    QByteArray sheets;
    QByteArray rels =
        head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<XlsxPart> parts;
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                 "worksheet+xml\"/>";
        sheets += "<sheet name=\"" + escaped(book.sheets[i].first) + "\" sheetId=\"" + n + "\" r:id=\"rId" +
                  n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        parts << XlsxPart{
            QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
            head +
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                book.sheets[i].second + "</worksheet>"};
    }
    rels += "<Relationship Id=\"rIdS\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>";
    if (!book.strings.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
        QByteArray sst = head +
                         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
                         QByteArray::number(book.strings.size()) + "\" uniqueCount=\"" +
                         QByteArray::number(book.strings.size()) + "\">";
        for (const QString& s : book.strings) // a string that starts with '<' is written as XML (rich text)
            sst += s.startsWith(QLatin1Char('<'))
                       ? QByteArray("<si>" + s.toUtf8() + "</si>")
                       : QByteArray("<si><t xml:space=\"preserve\">" + escaped(s) + "</t></si>");
        parts << XlsxPart{QStringLiteral("xl/sharedStrings.xml"), sst + "</sst>"};
    }
    rels += "</Relationships>";
    types += "</Types>";
    parts << XlsxPart{QStringLiteral("xl/styles.xml"), book.styles.isEmpty() ? defaultStyles() : book.styles};
    parts.prepend(
        XlsxPart{QStringLiteral("xl/workbook.xml"),
                 head +
                     "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                     QByteArray(book.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") +
                     "<sheets>" + sheets + "</sheets></workbook>"});
    parts.prepend(XlsxPart{QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.prepend(XlsxPart{
        QStringLiteral("_rels/.rels"),
        head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" "
               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
               "Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.prepend(XlsxPart{QStringLiteral("[Content_Types].xml"), types});
    return parts;
}

QByteArray buildXlsx(const XlsxBook& book)
{
    return zipParts(xlsxParts(book));
}

QByteArray sheetData(const QList<QPair<int, QByteArray>>& rows)
{
    QByteArray xml = "<sheetData>";
    for (const auto& row : rows)
        xml += "<row r=\"" + QByteArray::number(row.first) + "\">" + row.second + "</row>";
    return xml + "</sheetData>";
}

} // namespace tenure::test
