#include "TestSupport.h"
#include "Workspace.h"
#include "XlsxFixture.h"
#include "import/CsvReader.h"
#include "import/Importer.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace tenure;
using namespace Qt::StringLiterals;
using test::XlsxBook;

namespace {

// Shared strings of the cell cases: 0-2 the header, 3 a rich-text string of two runs with a
// phonetic hint that is not part of the value, 4 a string with a comma and quotes.
XlsxBook cellBook(const QByteArray& sheetXml)
{
    XlsxBook book;
    book.strings = {
        QStringLiteral("account_id"), QStringLiteral("month"), QStringLiteral("mrr"),
        QStringLiteral("<r><rPr><b/></rPr><t>Acme </t></r><r><t>Corp</t></r><rPh><t>AKUME</t></rPh>"),
        QStringLiteral("Smith, \"Jr\"")};
    book.sheets = {{QStringLiteral("Data"), sheetXml}};
    return book;
}

QByteArray oneRow(const QByteArray& cells)
{
    return test::sheetData({{1, cells}});
}

XlsxSheet convert(const XlsxBook& book, const QString& sheet = {}, QString* error = nullptr)
{
    XlsxReader reader;
    XlsxSheet out;
    if (!reader.openData(test::buildXlsx(book), QStringLiteral("book.xlsx")) ||
        !reader.readSheet(sheet, &out)) {
        if (error)
            *error = reader.errorString();
        else
            qWarning("%s", qPrintable(reader.errorString()));
        out.csv.clear();
    }
    return out;
}

qint64 count(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// An OLE2 compound file header and a directory entry named as Excel names the encrypted stream.
QByteArray ole2(bool encrypted)
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes += QByteArray(504, '\0');
    const QString stream = encrypted ? QStringLiteral("EncryptedPackage") : QStringLiteral("Workbook");
    for (QChar c : stream) {
        bytes += char(c.unicode());
        bytes += '\0';
    }
    bytes += QByteArray(1024, '\0');
    return bytes;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void cells_data();
    void cells();
    void numberText_data();
    void numberText();
    void serials_data();
    void serials();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void date1904();
    void titleRows_data();
    void titleRows();
    void sheets();
    void readerSeesSheetRows();
    void lineBreaksKeepRowNumbers();
    void cacheFollowsTheFile();
    void refusals_data();
    void refusals();
    void checkedInFiles_data();
    void checkedInFiles();
};

void TestXlsxReader::cells_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("shared strings") << oneRow(R"(<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)")
                                    << QByteArray("account_id,month\n");
    QTest::newRow("rich text runs, phonetic hint left out")
        << oneRow(R"(<c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>2</v></c>)")
        << QByteArray("Acme Corp,mrr\n");
    QTest::newRow("quoted as RFC 4180")
        << oneRow(R"(<c r="A1" t="s"><v>4</v></c><c r="B1" t="inlineStr"><is><t>two
lines</t></is></c>)")
        << QByteArray("\"Smith, \"\"Jr\"\"\",\"two\nlines\"\n");
    QTest::newRow("inline strings, plain and rich")
        << oneRow(
               R"(<c r="A1" t="inlineStr"><is><t>north</t></is></c><c r="B1" t="inlineStr"><is><r><t>so</t></r><r><t>uth</t></r></is></c>)")
        << QByteArray("north,south\n");
    QTest::newRow("escaped characters")
        << oneRow(
               R"(<c r="A1" t="inlineStr"><is><t>a_x0009_b</t></is></c><c r="B1" t="inlineStr"><is><t>x&amp;y</t></is></c>)")
        << QByteArray("a\tb,x&y\n");
    QTest::newRow("numbers, shortest form")
        << oneRow(
               R"(<c r="A1"><v>1200</v></c><c r="B1"><v>0.10000000000000001</v></c><c r="C1"><v>1.5E-3</v></c><c r="D1" t="n"><v>-42.5</v></c><c r="E1"><v>123456789012</v></c><c r="F1"><v>1.2E3</v></c>)")
        << QByteArray("1200,0.1,0.0015,-42.5,123456789012,1200\n");
    QTest::newRow("number formats that are not dates")
        << oneRow(
               R"(<c r="A1" s="3"><v>45322</v></c><c r="B1" s="5"><v>45322</v></c><c r="C1" s="7"><v>45322.5</v></c><c r="D1" s="0"><v>45322</v></c>)")
        << QByteArray("45322,45322,45322.5,45322\n");
    // 45322 days after 1899-12-30 is 2024-01-31; .75 of a day is 18:00.
    QTest::newRow("dates: built-in and custom formats")
        << oneRow(
               R"(<c r="A1" s="1"><v>45322</v></c><c r="B1" s="6"><v>45322</v></c><c r="C1" s="2"><v>45322.75</v></c><c r="D1" s="4"><v>45322.5</v></c><c r="E1" s="2"><v>45322</v></c>)")
        << QByteArray("2024-01-31,2024-01-31,2024-01-31T18:00:00,2024-01-31T12:00:00,2024-01-31\n");
    QTest::newRow("a style index past cellXfs is not a date")
        << oneRow(R"(<c r="A1" s="40"><v>45322</v></c><c r="B1"><v>1</v></c>)") << QByteArray("45322,1\n");
    QTest::newRow("booleans") << oneRow(R"(<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>)")
                              << QByteArray("true,false\n");
    QTest::newRow("errors") << oneRow(R"(<c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><v>#DIV/0!</v></c>)")
                            << QByteArray("#N/A,#DIV/0!\n");
    QTest::newRow("formulas: cached values")
        << oneRow(
               R"(<c r="A1"><f>SUM(B2:B9)</f><v>30</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>30x</v></c><c r="C1" t="b"><f>A1&gt;1</f><v>1</v></c><c r="D1" s="1"><f>TODAY()</f><v>45322</v></c><c r="E1"><f>B1</f></c><c r="F1"><v>1</v></c>)")
        << QByteArray("30,30x,true,2024-01-31,,1\n");
    QTest::newRow("formula text is left for the importer to neutralise")
        << oneRow(
               R"(<c r="A1" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c><c r="B1" t="inlineStr"><is><t>@sum</t></is></c>)")
        << QByteArray("\"=HYPERLINK(\"\"x\"\")\",@sum\n");
    QTest::newRow("missing cells are empty")
        << oneRow(R"(<c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c><c r="E1"><v>5</v></c>)")
        << QByteArray("account_id,,mrr,,5\n");
    QTest::newRow("cells without references follow each other")
        << oneRow(R"(<c t="s"><v>0</v></c><c r="C1"><v>3</v></c><c><v>4</v></c>)")
        << QByteArray("account_id,,3,4\n");
    QTest::newRow("missing rows are empty lines, rows padded to the header")
        << test::sheetData(
               {{1,
                 R"(<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>)"},
                {2, R"(<c r="A2" s="7"/><c r="B2" s="7"/>)"},
                {4, R"(<c r="A4" t="inlineStr"><is><t>a1</t></is></c>)"},
                {5, R"(<c r="B5"><v>2</v></c><c r="D5"><v>9</v></c>)"}})
        << QByteArray("account_id,month,mrr\n\n\na1,,\n,2,,9\n");
    QTest::newRow("CDATA, comments, prefixes, entities")
        << QByteArray(
               R"(<!-- a comment --><x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r='1'><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c><x:c r = "B1" t="inlineStr"><x:is><x:t>&#233;&#x20AC;&lt;&quot;&apos;</x:t></x:is></x:c></x:row></x:sheetData>)")
        << QByteArray("a<b,\"\xC3\xA9\xE2\x82\xAC<\"\"'\"\n");
    QTest::newRow("entities and a prefix, no CDATA")
        << QByteArray(
               R"(<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><?pi x?><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>&#233;&amp;</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData>)")
        << QByteArray("\xC3\xA9&,7\n");
    QTest::newRow("columns past Z") << oneRow(R"(<c r="A1"><v>1</v></c><c r="AB1"><v>28</v></c>)")
                                    << QByteArray("1,,,,,,,,,,,,,,,,,,,,,,,,,,,28\n");
}

void TestXlsxReader::cells()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QByteArray, csv);
    // The fast scanner and QXmlStreamReader read every case alike.
    for (const bool fast : {true, false}) {
        XlsxReader::setFastScannerForTesting(fast);
        const XlsxSheet out = convert(cellBook(sheet));
        XlsxReader::setFastScannerForTesting(true);
        QCOMPARE(out.csv, csv);
        QCOMPARE(out.name, QStringLiteral("Data"));
        QVERIFY(out.titleRows.isEmpty());
    }
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 1200.0 << QStringLiteral("1200");
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
    // Excel's 15 significant digits: what Excel shows for these.
    QTest::newRow("sum of tenths") << 0.1 + 0.2 << QStringLiteral("0.3");
    QTest::newRow("cached product") << 100 * 1.205 << QStringLiteral("120.5");
    QTest::newRow("third") << 1.0 / 3 << QStringLiteral("0.333333333333333");
    QTest::newRow("18 digits") << 123456789012345678.0 << QStringLiteral("123456789012346000");
    QTest::newRow("negative") << -120.5 << QStringLiteral("-120.5");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("large, still plain") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("huge: exponent") << 1e21 << QStringLiteral("1e+21");
    QTest::newRow("tiny, plain") << 1e-9 << QStringLiteral("0.000000001");
    QTest::newRow("tinier: exponent") << 1.5e-10 << QStringLiteral("1.5e-10");
}

void TestXlsxReader::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::numberText(value), text);
}

void TestXlsxReader::serials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("1900: day 1") << 1.0 << false << QStringLiteral("1900-01-01");
    QTest::newRow("1900: day 59") << 59.0 << false << QStringLiteral("1900-02-28");
    QTest::newRow("1900: Lotus leap day") << 60.0 << false << QStringLiteral("1900-02-29");
    QTest::newRow("1900: day 61") << 61.0 << false << QStringLiteral("1900-03-01");
    QTest::newRow("1900: 2024-01-31") << 45322.0 << false << QStringLiteral("2024-01-31");
    QTest::newRow("1900: leap day 2024") << 45351.0 << false << QStringLiteral("2024-02-29");
    QTest::newRow("1900: last day") << 2958465.0 << false << QStringLiteral("9999-12-31");
    QTest::newRow("past the last day") << 2958466.0 << false << QStringLiteral("2958466");
    QTest::newRow("negative") << -1.0 << false << QStringLiteral("-1");
    QTest::newRow("time of day") << 0.25 << false << QStringLiteral("06:00:00");
    // 1 s = 1/86400 of a day; 45322 + 3661/86400 is 01:01:01.
    QTest::newRow("seconds") << 45322.0 + 3661.0 / 86400 << false << QStringLiteral("2024-01-31T01:01:01");
    QTest::newRow("rounds to the next day") << 45322.9999999 << false << QStringLiteral("2024-02-01");
    QTest::newRow("1904: day 0") << 0.0 << true << QStringLiteral("1904-01-01");
    // 2024-01-31 is 1462 days (the difference of the two systems) less in 1904: 45322 - 1462.
    QTest::newRow("1904: 2024-01-31") << 43860.0 << true << QStringLiteral("2024-01-31");
    QTest::newRow("1904: with time") << 43860.5 << true << QStringLiteral("2024-01-31T12:00:00");
}

void TestXlsxReader::serials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::serialText(serial, date1904), text);
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("iso") << QStringLiteral("yyyy-mm-dd") << true;
    QTest::newRow("escaped dashes") << QStringLiteral("yyyy\\-mm\\-dd") << true;
    QTest::newRow("time") << QStringLiteral("h:mm:ss AM/PM") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-409]mmmm d, yyyy;@") << true;
    QTest::newRow("uppercase") << QStringLiteral("DD.MM.YYYY") << true;
    QTest::newRow("general") << QStringLiteral("General") << false;
    QTest::newRow("money") << QStringLiteral("[$$-409]#,##0.00") << false;
    QTest::newRow("colour") << QStringLiteral("[Red]#,##0") << false;
    QTest::newRow("quoted unit") << QStringLiteral("0.00\" days\"") << false;
    QTest::newRow("escaped letter") << QStringLiteral("0\\h") << false;
    QTest::newRow("padding and fill")
        << QStringLiteral("_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-") << false;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
    QTest::newRow("text") << QStringLiteral("@") << false;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormatCode(code), date);
}

void TestXlsxReader::date1904()
{
    XlsxBook book = cellBook(
        oneRow(R"(<c r="A1" s="1"><v>43860</v></c><c r="B1" s="1"><v>0</v></c><c r="C1"><v>43860</v></c>)"));
    book.date1904 = true;
    QCOMPARE(convert(book).csv, QByteArray("2024-01-31,1904-01-01,43860\n"));
    book.date1904 = false;
    QCOMPARE(convert(book).csv, QByteArray("2020-01-30,00:00:00,43860\n"));
}

void TestXlsxReader::titleRows_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QList<int>>("titles");
    QTest::addColumn<QByteArray>("csv");

    const QByteArray header =
        R"(<c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c>)";
    const QByteArray data =
        R"(<c r="A4" t="inlineStr"><is><t>a1</t></is></c><c r="B4" s="1"><v>45322</v></c><c r="C4"><v>99.5</v></c>)";
    QTest::newRow("one merged title, a blank row")
        << test::sheetData(
               {{1, R"(<c r="A1" t="inlineStr"><is><t>Revenue report</t></is></c><c r="B1" s="1"/>)"},
                {3, header},
                {4, data}}) +
               R"(<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>)"
        << QList<int>{1} << QByteArray("\n\naccount_id,month,mrr\na1,2024-01-31,99.5\n");
    QTest::newRow("title and subtitle without merges")
        << test::sheetData({{1, R"(<c r="A1" t="inlineStr"><is><t>ACME</t></is></c>)"},
                            {2, R"(<c r="B2" t="inlineStr"><is><t>Exported 2024-02-01</t></is></c>)"},
                            {3, header},
                            {4, data}})
        << QList<int>{1, 2} << QByteArray("\n\naccount_id,month,mrr\na1,2024-01-31,99.5\n");
    QTest::newRow("a merged banner with two values")
        << test::sheetData(
               {{1,
                 R"(<c r="A1" t="inlineStr"><is><t>Revenue</t></is></c><c r="C1" t="inlineStr"><is><t>2024</t></is></c>)"},
                {3, header},
                {4, data}}) +
               R"(<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>)"
        << QList<int>{1} << QByteArray("\n\naccount_id,month,mrr\na1,2024-01-31,99.5\n");
    QTest::newRow("no title: merges below the header are data")
        << test::sheetData({{3, header}, {4, data}}) +
               R"(<mergeCells count="1"><mergeCell ref="A4:A5"/></mergeCells>)"
        << QList<int>{} << QByteArray("\n\naccount_id,month,mrr\na1,2024-01-31,99.5\n");
    QTest::newRow("a one-column sheet keeps its first row")
        << test::sheetData({{1, R"(<c r="A1" t="s"><v>0</v></c>)"}, {2, R"(<c r="A2"><v>7</v></c>)"}})
        << QList<int>{} << QByteArray("account_id\n7\n");
}

void TestXlsxReader::titleRows()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QList<int>, titles);
    QFETCH(QByteArray, csv);
    const XlsxSheet out = convert(cellBook(sheet));
    QCOMPARE(out.titleRows, titles);
    QCOMPARE(out.csv, csv);

    // Through CsvReader: the header is the sheet's header row, and a warning names the title rows.
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir.filePath(QStringLiteral("t.xlsx")), test::buildXlsx(cellBook(sheet)));
    CsvReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    if (titles.isEmpty()) {
        QVERIFY(reader.warnings().isEmpty());
        return;
    }
    QCOMPARE(reader.header(),
             (QStringList{QStringLiteral("account_id"), QStringLiteral("month"), QStringLiteral("mrr")}));
    QCOMPARE(reader.warnings().size(), 1);
    QCOMPARE(reader.warnings().first().type, CsvWarningType::TitleRows);
    QCOMPARE(reader.warnings().first().line, qint64(titles.first()));
    QStringList rows;
    for (int row : titles)
        rows << QString::number(row);
    QCOMPARE(reader.warnings().first().message,
             QStringLiteral("sheet 'Data': row(s) %1 above the header were skipped as titles")
                 .arg(rows.join(QStringLiteral(", "))));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), qint64(4));
    QCOMPARE(record.toStringList(),
             (QStringList{QStringLiteral("a1"), QStringLiteral("2024-01-31"), QStringLiteral("99.5")}));
}

void TestXlsxReader::sheets()
{
    XlsxBook book =
        cellBook(oneRow(R"(<c r="A1" t="inlineStr"><is><t>first</t></is></c><c r="B1"><v>1</v></c>)"));
    book.sheets << qMakePair(
        QStringLiteral("Q1 & Q2"),
        oneRow(R"(<c r="A1" t="inlineStr"><is><t>second</t></is></c><c r="B1"><v>2</v></c>)"));
    book.sheets << qMakePair(QStringLiteral("Empty"), QByteArray("<sheetData/>"));

    XlsxReader reader;
    QVERIFY(reader.openData(test::buildXlsx(book), QStringLiteral("book.xlsx")));
    QCOMPARE(reader.sheetNames(),
             (QStringList{QStringLiteral("Data"), QStringLiteral("Q1 & Q2"), QStringLiteral("Empty")}));
    XlsxSheet out;
    QVERIFY(reader.readSheet({}, &out));
    QCOMPARE(out.csv, QByteArray("first,1\n"));
    QVERIFY(reader.readSheet(QStringLiteral("Q1 & Q2"), &out));
    QCOMPARE(out.csv, QByteArray("second,2\n"));
    QCOMPARE(out.name, QStringLiteral("Q1 & Q2"));
    QCOMPARE(out.sheets, reader.sheetNames());
    QVERIFY(reader.readSheet(QStringLiteral("q1 & q2"), &out)); // Excel's names ignore case
    QCOMPARE(out.name, QStringLiteral("Q1 & Q2"));
    QVERIFY(!reader.readSheet(QStringLiteral("Q3"), &out));
    QCOMPARE(reader.errorString(),
             QStringLiteral("book.xlsx: has no sheet 'Q3' (sheets: Data, Q1 & Q2, Empty)"));
    QVERIFY(!reader.readSheet(QStringLiteral("Empty"), &out));
    QCOMPARE(reader.errorString(), QStringLiteral("book.xlsx: sheet 'Empty' is empty"));

    // The dialect names the sheet and lists them all; --sheet picks one.
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("book.xlsx")), test::buildXlsx(book));
    CsvReader csv;
    CsvOptions options;
    options.sheet = QStringLiteral("Q1 & Q2");
    QVERIFY2(csv.open(path, options), qPrintable(csv.errorString()));
    QCOMPARE(csv.dialect().encoding, QStringLiteral("XLSX"));
    QCOMPARE(csv.dialect().sheet, QStringLiteral("Q1 & Q2"));
    QCOMPARE(csv.dialect().sheets, reader.sheetNames());
    QCOMPARE(csv.header(), (QStringList{QStringLiteral("second"), QStringLiteral("2")}));
    QVERIFY(csv.open(path));
    QCOMPARE(csv.dialect().sheet, QStringLiteral("Data"));
    QCOMPARE(csv.header(), (QStringList{QStringLiteral("first"), QStringLiteral("1")}));

    // A sheet for a CSV file is an error, not silently ignored.
    const QString plain = test::writeFile(dir.filePath(QStringLiteral("plain.csv")), "a,b\n1,2\n");
    QVERIFY(!csv.open(plain, options));
    QCOMPARE(csv.errorString(),
             QStringLiteral("plain.csv: is not an XLSX workbook: a sheet can only be chosen in one"));
}

void TestXlsxReader::readerSeesSheetRows()
{
    const XlsxBook book = cellBook(test::sheetData(
        {{2, R"(<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>)"},
         {3,
          R"(<c r="A3" t="inlineStr"><is><t>a1</t></is></c><c r="B3" s="1"><v>45322</v></c><c r="C3"><v>10</v></c>)"},
         {7, R"(<c r="A7" t="inlineStr"><is><t>a2</t></is></c><c r="B7" s="1"><v>45351</v></c>)"}}));
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("r.xlsx")), test::buildXlsx(book));
    CsvReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.header(),
             (QStringList{QStringLiteral("account_id"), QStringLiteral("month"), QStringLiteral("mrr")}));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), qint64(3));
    QCOMPARE(record.row(), qint64(1));
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), qint64(7));
    QCOMPARE(record.toStringList(),
             (QStringList{QStringLiteral("a2"), QStringLiteral("2024-02-29"), QString()}));
    QVERIFY(!reader.readRecord(record));
    QVERIFY(reader.warnings().isEmpty()); // short rows are padded: no ragged-row warnings
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
    QCOMPARE(reader.totalBytes(), QFileInfo(path).size()); // progress in bytes of the workbook
}

void TestXlsxReader::lineBreaksKeepRowNumbers()
{
    // Row 3 has a cell of three lines: in the CSV, row 4 starts on line 6. Rows keep their numbers.
    const XlsxBook book = cellBook(
        test::sheetData({{1, R"(<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"},
                         {3, R"(<c r="A3" t="inlineStr"><is><t>one
two
three</t></is></c><c r="B3"><v>1</v></c>)"},
                         {4, R"(<c r="A4" t="inlineStr"><is><t>x</t></is></c><c r="B4"><v>2</v></c>)"},
                         {9, R"(<c r="A9" t="inlineStr"><is><t>y</t></is></c><c r="B9"><v>3</v></c>)"}}));
    const XlsxSheet sheet = convert(book);
    QCOMPARE(sheet.csv, QByteArray("account_id,month\n\n\"one\ntwo\nthree\",1\nx,2\n\n\ny,3\n"));
    QCOMPARE(sheet.lineRows, (std::vector<std::pair<qint64, qint64>>{{6, 4}}));
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("l.xlsx")), test::buildXlsx(book));
    CsvReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    CsvRecord record;
    QList<qint64> lines;
    while (reader.readRecord(record))
        lines << record.line();
    QCOMPARE(lines, (QList<qint64>{3, 4, 9}));
}

void TestXlsxReader::cacheFollowsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.xlsx"));
    test::writeFile(path, test::buildXlsx(cellBook(
                              oneRow(R"(<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c>)"))));
    CsvReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.header(), (QStringList{QStringLiteral("account_id"), QStringLiteral("mrr")}));
    QVERIFY(reader.open(path)); // second pass from the cache: the same
    QCOMPARE(reader.header(), (QStringList{QStringLiteral("account_id"), QStringLiteral("mrr")}));
    // A new file at the same path (another size and time) is converted again.
    QFile::remove(path);
    test::writeFile(
        path, test::buildXlsx(cellBook(oneRow(
                  R"(<c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>changed</t></is></c>)"))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(reader.open(path));
    QCOMPARE(reader.header(), (QStringList{QStringLiteral("month"), QStringLiteral("changed")}));
}

void TestXlsxReader::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("error");

    const QByteArray good =
        test::buildXlsx(cellBook(oneRow(R"(<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c>)")));
    QTest::newRow("truncated zip") << u"cut.xlsx"_s << good.left(good.size() / 2) << QString()
                                   << u"cut.xlsx: is a damaged XLSX file (the zip archive cannot be read)"_s;
    QByteArray noise(4096, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("random bytes named .xlsx")
        << u"noise.xlsx"_s << noise << QString() << u"noise.xlsx: not an XLSX workbook (not a zip archive)"_s;
    QTest::newRow("text named .xlsx") << u"text.xlsx"_s << QByteArray("account_id,mrr\na,1\n") << QString()
                                      << u"text.xlsx: not an XLSX workbook (not a zip archive)"_s;
    QTest::newRow("password-protected")
        << u"secret.xlsx"_s << ole2(true) << QString()
        << u"secret.xlsx: is password-protected (an encrypted Excel workbook); save it without a password, or as CSV"_s;
    QTest::newRow("old .xls")
        << u"old.xls"_s << ole2(false) << QString()
        << u"old.xls: is an Excel 97-2003 workbook (.xls) or another old Office file; save it as .xlsx or CSV"_s;
    QTest::newRow("zip without a workbook")
        << u"other.xlsx"_s << test::zipParts({{QStringLiteral("readme.txt"), "hello"}}) << QString()
        << u"other.xlsx: not an XLSX workbook (xl/workbook.xml is missing)"_s;
    QTest::newRow("missing sheet") << u"book.xlsx"_s << good << u"Revenue"_s
                                   << u"book.xlsx: has no sheet 'Revenue' (sheets: Data)"_s;
    QTest::newRow("empty sheet") << u"empty.xlsx"_s << test::buildXlsx(cellBook("<sheetData/>")) << QString()
                                 << u"empty.xlsx: sheet 'Data' is empty"_s;
    QTest::newRow("malformed sheet XML")
        << u"bad.xlsx"_s
        << test::buildXlsx(cellBook(R"(<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>)"))
        << QString()
        << u"bad.xlsx: is a damaged XLSX file (sheet 'Data', xl/worksheets/sheet1.xml, line 2: Opening and ending tag mismatch.)"_s;
    QTest::newRow("shared string that does not exist")
        << u"ref.xlsx"_s
        << test::buildXlsx(cellBook(oneRow(R"(<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>99</v></c>)")))
        << QString()
        << u"ref.xlsx: sheet 'Data' is damaged: cell B1 refers to shared string 99, which does not exist"_s;
    QTest::newRow("row past the sheet")
        << u"big.xlsx"_s << test::buildXlsx(cellBook(test::sheetData({{2000000, R"(<c><v>1</v></c>)"}})))
        << QString() << u"big.xlsx: sheet 'Data' is damaged: row number '2000000' is outside the sheet"_s;
    QTest::newRow("cell outside its row")
        << u"cell.xlsx"_s << test::buildXlsx(cellBook(oneRow(R"(<c r="A7"><v>1</v></c>)"))) << QString()
        << u"cell.xlsx: sheet 'Data' is damaged: cell reference 'A7' is not in row 1"_s;
    QTest::newRow("a header of numbers")
        << u"num.xlsx"_s
        << test::buildXlsx(cellBook(oneRow(R"(<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>)"))) << QString()
        << u"num.xlsx: no header row (the first line holds values such as \"1\", not column names)"_s;
}

void TestXlsxReader::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sheet);
    QFETCH(QString, error);

    test::TempWorkspace temp;
    const QString path = test::writeFile(QDir(temp.dir()).filePath(name), bytes);
    CsvReader reader;
    CsvOptions options;
    if (!sheet.isEmpty())
        options.sheet = sheet;
    QVERIFY(!reader.open(path, options));
    QCOMPARE(reader.errorString(), error);

    // The importer refuses it with the same reason and writes nothing.
    ImportOptions importOptions;
    importOptions.csv = options;
    importOptions.kind = DataKind::Revenue;
    const ImportResult result = Importer::run(temp.workspace(), path, importOptions);
    QCOMPARE(result.status, ImportStatus::Refused);
    QCOMPARE(result.message, error);
    QCOMPARE(count(temp.workspace(), QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
    QCOMPARE(count(temp.workspace(), QStringLiteral("SELECT COUNT(*) FROM revenue")), 0);

    // Fed to the reader directly, the same bytes are refused too (the fuzz target's way in).
    XlsxReader xlsx;
    XlsxSheet out;
    QVERIFY(!xlsx.openData(bytes, name) || !xlsx.readSheet(sheet, &out) ||
            error.contains(QLatin1String("no header")));
}

void TestXlsxReader::checkedInFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("revenue, first sheet")
        << u"revenue.xlsx"_s << QString() << QStringList{u"Account ID"_s, u"Month"_s, u"MRR"_s}
        << QList<QStringList>{{u"acme"_s, u"2024-01-31"_s, u"100"_s},
                              {u"acme"_s, u"2024-02-29"_s, u"120.5"_s},
                              {u"globex"_s, u"2024-02-29"_s, u"80"_s}};
    QTest::newRow("revenue, second sheet")
        << u"revenue.xlsx"_s << u"Plans"_s << QStringList{u"plan"_s, u"price"_s, u"active"_s}
        << QList<QStringList>{{u"Basic"_s, u"10"_s, u"true"_s}, {u"Pro"_s, u"49.99"_s, u"false"_s}};
}

void TestXlsxReader::checkedInFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    CsvReader reader;
    CsvOptions options;
    if (!sheet.isEmpty())
        options.sheet = sheet;
    QVERIFY2(reader.open(test::dataFile(QStringLiteral("exports/xlsx/") + file), options),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.header(), header);
    QList<QStringList> read;
    CsvRecord record;
    while (reader.readRecord(record))
        read << record.toStringList();
    QCOMPARE(read, rows);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
