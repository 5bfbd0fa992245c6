#include "TestSupport.h"
#include "import/CsvReader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;

namespace {

using Rows = QList<QStringList>;

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* f : fields)
        list.append(QString::fromUtf8(f));
    return list;
}

Rows readAll(CsvReader& reader)
{
    Rows rows;
    CsvRecord record;
    while (reader.readRecord(record))
        rows.append(record.toStringList());
    return rows;
}

QByteArray utf16(const QString& text, bool littleEndian, bool bom = true)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

bool hasWarning(const CsvReader& reader, CsvWarningType type, qint64 line)
{
    for (const CsvWarning& w : reader.warnings()) {
        if (w.type == type && w.line == line)
            return true;
    }
    return false;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void headerOnly();
    void headers_data();
    void headers();
    void raggedRows();
    void surveyMonkeyDoubleHeader();
    void unterminatedQuote();
    void lineNumbersAfterQuotedNewline();
    void nulBytesAfterTheStart();
    void invalidUtf8AfterTheStart();
    void lateWindows1252_data();
    void lateWindows1252();
    void bigField();
    void tenThousandColumns();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void progressAndCancel();
    void warningsAreCapped();
    void overrides();
    void sampleFiles_data();
    void sampleFiles();
    void fieldBeyondSizeIsEmpty();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("lineEnding");

    const QStringList ab = row({"a", "b"});
    const QString utf8 = QStringLiteral("UTF-8");
    const QString lf = QStringLiteral("LF");
    const QString comma = QStringLiteral(",");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << ab << Rows{row({"1", "2"}), row({"3", "4"})}
                           << utf8 << comma << lf;
    QTest::newRow("no-final-newline")
        << QByteArray("a,b\n1,2\n3,4") << ab << Rows{row({"1", "2"}), row({"3", "4"})} << utf8 << comma << lf;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab
                          << Rows{row({"1", "2"}), row({"3", "4"})} << utf8 << comma
                          << QStringLiteral("CRLF");
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r3,4\r") << ab << Rows{row({"1", "2"}), row({"3", "4"})}
                        << utf8 << comma << QStringLiteral("CR");
    QTest::newRow("quoted-delimiter")
        << QByteArray("a,b\n\"x,y\",2\n") << ab << Rows{row({"x,y", "2"})} << utf8 << comma << lf;
    QTest::newRow("doubled-quotes") << QByteArray("a,b\n\"he said \"\"hi\"\"\",\"\"\"\"\n") << ab
                                    << Rows{row({"he said \"hi\"", "\""})} << utf8 << comma << lf;
    QTest::newRow("quoted-newline-lf") << QByteArray("a,b\n\"line1\nline2\",2\n") << ab
                                       << Rows{row({"line1\nline2", "2"})} << utf8 << comma << lf;
    QTest::newRow("quoted-newline-crlf")
        << QByteArray("a,b\r\n\"line1\r\nline2\",2\r\n") << ab << Rows{row({"line1\r\nline2", "2"})} << utf8
        << comma << QStringLiteral("CRLF");
    QTest::newRow("empty-quoted") << QByteArray("a,b\n\"\",x\n") << ab << Rows{row({"", "x"})} << utf8
                                  << comma << lf;
    QTest::newRow("empty-fields") << QByteArray("a,b,c\n,x,\n") << row({"a", "b", "c"})
                                  << Rows{row({"", "x", ""})} << utf8 << comma << lf;
    QTest::newRow("trailing-delimiter-at-eof")
        << QByteArray("a,b\n1,") << ab << Rows{row({"1", ""})} << utf8 << comma << lf;
    QTest::newRow("quote-inside-unquoted")
        << QByteArray("a,b\n5'6\",x\"y\n") << ab << Rows{row({"5'6\"", "x\"y"})} << utf8 << comma << lf;
    QTest::newRow("text-after-closing-quote")
        << QByteArray("a,b\n\"abc\"def,2\n") << ab << Rows{row({"abcdef", "2"})} << utf8 << comma << lf;
    // Report exports: a title block above the header, footers and total rows after the data.
    QTest::newRow("title-block-skipped")
        << QByteArray("\"Opportunity Report\"\nFiltered By: Stage equals Closed Won\n\na,b\n1,2\n") << ab
        << Rows{row({"1", "2"})} << utf8 << comma << lf;
    QTest::newRow("excel-title-row-with-empty-cells")
        << QByteArray("Accounts export,,\na,b,c\n1,2,3\n") << row({"a", "b", "c"})
        << Rows{row({"1", "2", "3"})} << utf8 << comma << lf;
    QTest::newRow("salesforce-footer-dropped")
        << QByteArray(
               "a,b\n1,2\n\n\"Grand Totals (1 records)\"\n\n\"Confidential Information - Do Not "
               "Distribute\"\n\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n\"Acme "
               "Inc\"\n")
        << ab << Rows{row({"1", "2"})} << utf8 << comma << lf;
    QTest::newRow("total-row-dropped") << QByteArray("a,b\nx,2\ny,3\nTotal,5\n") << ab
                                       << Rows{row({"x", "2"}), row({"y", "3"})} << utf8 << comma << lf;
    QTest::newRow("grand-total-row-dropped")
        << QByteArray("a,b,c\nx,2,1\nGrand Total,,1\n") << row({"a", "b", "c"}) << Rows{row({"x", "2", "1"})}
        << utf8 << comma << lf;
    // Not footers: a one-cell row of data, an account whose name starts with "Total", a total with text.
    QTest::newRow("one-cell-data-row-kept")
        << QByteArray("a,b\n1,\n2,3\n") << ab << Rows{row({"1", ""}), row({"2", "3"})} << utf8 << comma << lf;
    QTest::newRow("total-wine-is-an-account")
        << QByteArray("a,b\nTotal Wine & More,3\nTotal,x\n") << ab
        << Rows{row({"Total Wine & More", "3"}), row({"Total", "x"})} << utf8 << comma << lf;
    QTest::newRow("blank-lines-skipped") << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n\n") << ab
                                         << Rows{row({"1", "2"}), row({"3", "4"})} << utf8 << comma << lf;
    QTest::newRow("all-empty-record-skipped")
        << QByteArray("a,b\n1,2\n,\n") << ab << Rows{row({"1", "2"})} << utf8 << comma << lf;
    QTest::newRow("semicolon") << QByteArray("name;amount\nAcme;1,50\nBeta;2,00\n") << row({"name", "amount"})
                               << Rows{row({"Acme", "1,50"}), row({"Beta", "2,00"})} << utf8
                               << QStringLiteral(";") << lf;
    QTest::newRow("tab") << QByteArray("id\tnote\n1\tone, two\n2\tthree; four\n") << row({"id", "note"})
                         << Rows{row({"1", "one, two"}), row({"2", "three; four"})} << utf8
                         << QStringLiteral("\t") << lf;
    QTest::newRow("pipe") << QByteArray("id|note|x\n1|a,b|c\n2|d;e|f\n") << row({"id", "note", "x"})
                          << Rows{row({"1", "a,b", "c"}), row({"2", "d;e", "f"})} << utf8
                          << QStringLiteral("|") << lf;
    QTest::newRow("comma-with-semicolons-in-text")
        << QByteArray("id,note,amount\n1,a;b,3\n2,c,4\n") << row({"id", "note", "amount"})
        << Rows{row({"1", "a;b", "3"}), row({"2", "c", "4"})} << utf8 << comma << lf;
    QTest::newRow("quoted-semicolons-respected")
        << QByteArray("a,b\n\"x;y;z\",1\n\"p;q\",2\n") << ab << Rows{row({"x;y;z", "1"}), row({"p;q", "2"})}
        << utf8 << comma << lf;
    QTest::newRow("sep-line") << QByteArray("sep=;\na;b\n1;2\n") << ab << Rows{row({"1", "2"})} << utf8
                              << QStringLiteral(";") << lf;
    QTest::newRow("sep-line-quoted-crlf")
        << QByteArray("\"sep=|\"\r\na|b\r\n1,5|2\r\n") << ab << Rows{row({"1,5", "2"})} << utf8
        << QStringLiteral("|") << QStringLiteral("CRLF");
    QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBFid,name\n1,caf\xC3\xA9\n") << row({"id", "name"})
                              << Rows{row({"1", "caf\xC3\xA9"})} << utf8 << comma << lf;
    QTest::newRow("utf8-no-bom") << QByteArray("id,name\n1,Z\xC3\xBC rich \xE2\x82\xAC\n")
                                 << row({"id", "name"}) << Rows{row({"1", "Z\xC3\xBC rich \xE2\x82\xAC"})}
                                 << utf8 << comma << lf;
    const QString text16 = QStringLiteral("id,name\r\n1,\"Zo\u00EB, \u6771\u4EAC\"\r\n");
    QTest::newRow("utf16le-bom") << utf16(text16, true) << row({"id", "name"})
                                 << Rows{row({"1", "Zo\xC3\xAB, \xE6\x9D\xB1\xE4\xBA\xAC"})}
                                 << QStringLiteral("UTF-16LE") << comma << QStringLiteral("CRLF");
    QTest::newRow("utf16be-bom") << utf16(text16, false) << row({"id", "name"})
                                 << Rows{row({"1", "Zo\xC3\xAB, \xE6\x9D\xB1\xE4\xBA\xAC"})}
                                 << QStringLiteral("UTF-16BE") << comma << QStringLiteral("CRLF");
    QTest::newRow("utf16le-no-bom") << utf16(QStringLiteral("id,name\n1,M\u00FCller\n2,Smith\n"), true, false)
                                    << row({"id", "name"})
                                    << Rows{row({"1", "M\xC3\xBCller"}), row({"2", "Smith"})}
                                    << QStringLiteral("UTF-16LE") << comma << lf;
    QTest::newRow("windows-1252") << QByteArray("id,name,price\n1,caf\xE9,\x80 5\n2,\x93quoted\x94,\x80 7\n")
                                  << row({"id", "name", "price"})
                                  << Rows{row({"1", "caf\xC3\xA9", "\xE2\x82\xAC 5"}),
                                          row({"2", "\xE2\x80\x9Cquoted\xE2\x80\x9D", "\xE2\x82\xAC 7"})}
                                  << QStringLiteral("windows-1252") << comma << lf;
    QTest::newRow("latin1") << QByteArray("id,name\n1,Jos\xE9 M\xE1laga\n2,Fran\xE7ois\n")
                            << row({"id", "name"})
                            << Rows{row({"1", "Jos\xC3\xA9 M\xC3\xA1laga"}), row({"2", "Fran\xC3\xA7ois"})}
                            << QStringLiteral("ISO-8859-1") << comma << lf;
    QTest::newRow("single-quote-char")
        << QByteArray("id,name\n1,'Smith, J.'\n2,'Doe, A.'\n3,'Roe, B.'\n") << row({"id", "name"})
        << Rows{row({"1", "Smith, J."}), row({"2", "Doe, A."}), row({"3", "Roe, B."})} << utf8 << comma << lf;
    QTest::newRow("single-column") << QByteArray("email\na@x.com\nb@y.com\n") << row({"email"})
                                   << Rows{row({"a@x.com"}), row({"b@y.com"})} << utf8 << comma << lf;
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, lineEnding);

    // Window 0 is normal reading; the others make every record cross buffer refills.
    for (int window : {0, 1, 2, 3, 5, 8}) {
        CsvReader reader;
        reader.setParseWindowForTesting(window);
        QVERIFY2(reader.openData(input, QStringLiteral("test.csv")), qPrintable(reader.errorString()));
        QCOMPARE(reader.header(), header);
        QCOMPARE(reader.dialect().encoding, encoding);
        QCOMPARE(QString(reader.dialect().delimiter), delimiter);
        QCOMPARE(reader.dialect().lineEnding, lineEnding);
        QCOMPARE(readAll(reader), rows);
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.cancelled());
    }
}

void TestCsvReader::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace-only") << QByteArray(" \n\r\n\t\n") << QStringLiteral("empty");
    QTest::newRow("bom-only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    QTest::newRow("png") << QByteArray(png, sizeof(png) - 1) << QStringLiteral("binary");
    static const char nul[] = "a,b\n1,2\0\0\0\n3,4\n";
    QTest::newRow("nul-bytes") << QByteArray(nul, sizeof(nul) - 1) << QStringLiteral("binary");
    QTest::newRow("control-chars") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11"
                                                 "ab,cd\n")
                                   << QStringLiteral("binary");
    QTest::newRow("no-header-numbers") << QByteArray("1,2,3\n4,5,6\n") << QStringLiteral("no header");
    QTest::newRow("no-header-dates-and-money")
        << QByteArray("2026-01-31,\"$1,200.00\",12.5%\n2026-02-28,$900.00,3%\n")
        << QStringLiteral("no header");
    QTest::newRow("unknown-encoding-override")
        << QByteArray("a,b\n1,2\n") << QStringLiteral("unknown encoding");
}

void TestCsvReader::refused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    CsvOptions options;
    if (QByteArray(QTest::currentDataTag()) == "unknown-encoding-override")
        options.encoding = QStringLiteral("x-no-such-encoding");
    CsvReader reader;
    QVERIFY(!reader.openData(input, QStringLiteral("export.csv"), options));
    QVERIFY2(reader.errorString().contains(reason), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().startsWith(QStringLiteral("export.csv: ")));
    QVERIFY(!reader.errorString().contains(QLatin1Char('\n')));
    CsvRecord record;
    QVERIFY(!reader.readRecord(record));
}

void TestCsvReader::headerOnly()
{
    for (const QByteArray& input : {QByteArray("account_id,name\n"), QByteArray("account_id,name")}) {
        CsvReader reader;
        QVERIFY2(reader.openData(input), qPrintable(reader.errorString()));
        QCOMPARE(reader.header(), row({"account_id", "name"}));
        CsvRecord record;
        QVERIFY(!reader.readRecord(record));
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.rowsRead(), 0);
    }
    // A missing file and a folder are refused with the file named.
    CsvReader reader;
    QVERIFY(!reader.open(QStringLiteral("/nonexistent/dir/customers.csv")));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("customers.csv: cannot open")),
             qPrintable(reader.errorString()));
    QTemporaryDir dir;
    QVERIFY(!reader.open(dir.path()));
}

void TestCsvReader::headers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("raw");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("empties");
    QTest::newRow("trimmed") << QByteArray(" id , Name \n1,2\n") << row({"id", "Name"})
                             << row({" id ", " Name "}) << 0 << 0;
    QTest::newRow("duplicate") << QByteArray("id,name,name,Name\n1,2,3,4\n")
                               << row({"id", "name", "name_2", "Name_3"})
                               << row({"id", "name", "name", "Name"}) << 2 << 0;
    QTest::newRow("duplicate-avoids-existing")
        << QByteArray("a,a_2,a\n1,2,3\n") << row({"a", "a_2", "a_3"}) << row({"a", "a_2", "a"}) << 1 << 0;
    QTest::newRow("empty") << QByteArray("id,,name,\n1,2,3,4\n")
                           << row({"id", "column_2", "name", "column_4"}) << row({"id", "", "name", ""}) << 0
                           << 2;
    QTest::newRow("bom-inside-quotes")
        << QByteArray("\"\xEF\xBB\xBFid\",x\n1,2\n") << row({"id", "x"})
        << QStringList{QChar(0xFEFF) + QStringLiteral("id"), QStringLiteral("x")} << 0 << 0;
}

void TestCsvReader::headers()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QStringList, raw);
    QFETCH(int, duplicates);
    QFETCH(int, empties);
    CsvReader reader;
    QVERIFY2(reader.openData(input), qPrintable(reader.errorString()));
    QCOMPARE(reader.header(), header);
    QCOMPARE(reader.rawHeader(), raw);
    int dup = 0, empty = 0;
    for (const CsvWarning& w : reader.warnings()) {
        dup += w.type == CsvWarningType::DuplicateHeader;
        empty += w.type == CsvWarningType::EmptyHeader;
        QCOMPARE(w.line, 1);
        QVERIFY(w.message.contains(QStringLiteral("line 1, column")));
    }
    QCOMPARE(dup, duplicates);
    QCOMPARE(empty, empties);
}

void TestCsvReader::raggedRows()
{
    CsvReader reader;
    QVERIFY(reader.openData("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"));
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1], row({"4", "5"}));
    QCOMPARE(rows[2], row({"6", "7", "8", "9"}));
    QCOMPARE(reader.warnings().size(), 2);
    QVERIFY(hasWarning(reader, CsvWarningType::RaggedRow, 3));
    QVERIFY(hasWarning(reader, CsvWarningType::RaggedRow, 4));
    QVERIFY(reader.warnings()[0].message.contains(QStringLiteral("line 3")));

    // A short record reads its missing fields as empty.
    QVERIFY(reader.openData("a,b,c\n1\n"));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.size(), 1);
    QCOMPARE(record.field(2), QStringView());
    QVERIFY(record.field(2).isEmpty());
}

void TestCsvReader::surveyMonkeyDoubleHeader()
{
    CsvReader reader;
    QVERIFY2(reader.open(test::dataFile(QStringLiteral("reader/surveymonkey.csv"))),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.dialect().headerRows, 2);
    QCOMPARE(reader.header(),
             row({"Respondent ID", "Collector ID", "Start Date", "How likely are you to recommend us?",
                  "Which features do you use?", "Export", "Other (please specify)", "Comments"}));
    QVERIFY(hasWarning(reader, CsvWarningType::SecondHeaderRow, 2));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.row(), 1);
    QCOMPARE(record.line(), 3);
    QCOMPARE(record.text(3), QStringLiteral("9"));
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.text(7), QStringLiteral("Slow, sometimes"));
    QVERIFY(!reader.readRecord(record));

    // Without multi-column questions the first row has no empty names; the labels still tell.
    QVERIFY(
        reader.openData("Respondent ID,Collector ID,Start Date,How likely?\n,,,Response\n1,2,3/1/2026,9\n"));
    QCOMPARE(reader.dialect().headerRows, 2);
    QCOMPARE(readAll(reader), Rows{row({"1", "2", "3/1/2026", "9"})});

    // A data row that happens to hold the word "Response" stays data.
    QVERIFY(reader.openData("id,type,channel\nT1,Response,email\n"));
    QCOMPARE(reader.dialect().headerRows, 1);
    QCOMPARE(readAll(reader).size(), 1);

    // An ordinary file with an empty header name keeps its second line as data.
    QVERIFY(reader.openData("name,,city\nAlice,x,Paris\n"));
    QCOMPARE(reader.dialect().headerRows, 1);
    QCOMPARE(readAll(reader).size(), 1);
}

void TestCsvReader::unterminatedQuote()
{
    CsvReader reader;
    QVERIFY(reader.openData("a,b\n1,2\n3,\"never closed\n4,5\n"));
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1], row({"3", "never closed\n4,5\n"}));
    QVERIFY(hasWarning(reader, CsvWarningType::UnterminatedQuote, 3));
    QVERIFY(reader.errorString().isEmpty());
}

void TestCsvReader::lineNumbersAfterQuotedNewline()
{
    for (const char* eol : {"\n", "\r\n", "\r"}) {
        const QByteArray e(eol);
        CsvReader reader;
        QVERIFY(reader.openData("id,note" + e + "1,\"two" + e + "lines\"" + e + "2,\"three" + e + e +
                                "lines\"" + e + e + "3,x" + e));
        CsvRecord record;
        QList<qint64> lines, rows;
        while (reader.readRecord(record)) {
            lines << record.line();
            rows << record.row();
        }
        QCOMPARE(lines, (QList<qint64>{2, 4, 8}));
        QCOMPARE(rows, (QList<qint64>{1, 2, 3}));
    }
    // After a sep= line, the header is on line 2.
    CsvReader reader;
    QVERIFY(reader.openData("sep=,\na,b\n1,2\n"));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), 3);
    QVERIFY(reader.dialect().sepLine);
}

void TestCsvReader::nulBytesAfterTheStart()
{
    // NUL bytes near the start mean binary data; a stray one later is dropped with a warning.
    QByteArray data("id,name\n");
    for (int i = 0; i < 5000; ++i)
        data += QByteArray::number(i) + ",name" + QByteArray::number(i) + "\n";
    const qint64 nulLine = 5000 + 2;
    data += QByteArray("5000,bro", 8) + QByteArray(1, '\0') + "ken\n";
    CsvReader reader;
    QVERIFY2(reader.openData(data), qPrintable(reader.errorString()));
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), 5001);
    QCOMPARE(rows.last(), row({"5000", "broken"}));
    QVERIFY(hasWarning(reader, CsvWarningType::NulByte, nulLine));
}

void TestCsvReader::invalidUtf8AfterTheStart()
{
    QByteArray data("id,name\n");
    for (int i = 0; i < 5000; ++i)
        data += QByteArray::number(i) + ",n\xC3\xA4me" + QByteArray::number(i) + "\n";
    data += "5000,bad\xFF\xFE byte\n";
    CsvReader reader;
    QVERIFY2(reader.openData(data), qPrintable(reader.errorString()));
    QCOMPARE(reader.dialect().encoding, QStringLiteral("UTF-8"));
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), 5001);
    QVERIFY(rows.last().at(1).contains(QChar(0xFFFD)));
    QVERIFY(hasWarning(reader, CsvWarningType::InvalidEncoding, 5002));
}

void TestCsvReader::lateWindows1252_data()
{
    QTest::addColumn<int>("asciiRows");
    QTest::newRow("after-the-sample") << 5000;
    QTest::newRow("after-the-first-buffer") << 90000;
}

// The first non-ASCII bytes come after the encoding sample: they decide, and nothing is mangled.
void TestCsvReader::lateWindows1252()
{
    QFETCH(int, asciiRows);
    QByteArray data("id,name\n");
    for (int i = 0; i < asciiRows; ++i)
        data += QByteArray::number(i) + ",plain name\n";
    data += "x,caf\xE9 \x80 5\n";
    QTemporaryDir dir;
    CsvReader reader;
    QVERIFY(reader.open(test::writeFile(dir.filePath(QStringLiteral("late.csv")), data)));
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), asciiRows + 1);
    QCOMPARE(rows.last(), row({"x", "caf\xC3\xA9 \xE2\x82\xAC 5"}));
    QCOMPARE(reader.dialect().encoding, QStringLiteral("windows-1252"));
    QVERIFY(hasWarning(reader, CsvWarningType::InvalidEncoding, asciiRows + 2));
}

void TestCsvReader::bigField()
{
    const QByteArray big(5 * 1024 * 1024, 'x');
    QByteArray data = "id,blob,tail\n1,\"" + big + "\"\"q\"\"\",end\n2," + big + ",end\n3,small,end\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("big.csv")), data);
    data.clear();
    CsvReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.field(1).size(), big.size() + 3);
    QVERIFY(record.field(1).endsWith(QStringLiteral("x\"q\"")));
    QCOMPARE(record.text(2), QStringLiteral("end"));
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.field(1).size(), big.size());
    QCOMPARE(record.text(2), QStringLiteral("end"));
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), 4);
    QCOMPARE(record.text(1), QStringLiteral("small"));
    QVERIFY(!reader.readRecord(record));
    QVERIFY(reader.warnings().isEmpty());
}

void TestCsvReader::tenThousandColumns()
{
    const int columns = 10000;
    QByteArray header, values;
    for (int i = 0; i < columns; ++i) {
        if (i) {
            header += ';';
            values += ';';
        }
        header += "column_name_" + QByteArray::number(i);
        values += QByteArray::number(i * 7);
    }
    QByteArray data = header + "\r\n";
    for (int r = 0; r < 20; ++r)
        data += values + "\r\n";
    CsvReader reader;
    QVERIFY2(reader.openData(data), qPrintable(reader.errorString()));
    QCOMPARE(reader.dialect().delimiter, QChar(u';'));
    QCOMPARE(reader.header().size(), columns);
    QCOMPARE(reader.header().last(), QStringLiteral("column_name_9999"));
    CsvRecord record;
    int rows = 0;
    while (reader.readRecord(record)) {
        ++rows;
        QCOMPARE(record.size(), columns);
        QCOMPARE(record.text(9999), QString::number(9999 * 7));
    }
    QCOMPARE(rows, 20);
    QVERIFY(reader.warnings().isEmpty());
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("lf-utf8") << QByteArray("\n") << QStringLiteral("UTF-8");
    QTest::newRow("crlf-utf8") << QByteArray("\r\n") << QStringLiteral("UTF-8");
    QTest::newRow("cr-utf8") << QByteArray("\r") << QStringLiteral("UTF-8");
    QTest::newRow("crlf-utf16le") << QByteArray("\r\n") << QStringLiteral("UTF-16LE");
}

// Records that cross the reader's buffer refills (quoted newlines, CRLF pairs, doubled quotes and
// multi-byte characters split between chunks) come back exactly as written.
void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, eol);
    QFETCH(QString, encoding);
    QRandomGenerator rng(42);
    const QString e = QString::fromLatin1(eol);
    const QStringList pieces = {QStringLiteral("plain"),
                                QStringLiteral("with, comma"),
                                QStringLiteral("q\"uote"),
                                QStringLiteral("line") + e + QStringLiteral("break"),
                                QStringLiteral("caf\u00E9 \u20AC"),
                                QString(),
                                QStringLiteral("\U0001F600 emoji")};
    Rows expected;
    QString text = QStringLiteral("id,a,b,c") + e;
    for (int i = 0; i < 30000; ++i) {
        QStringList fields{QString::number(i)};
        for (int k = 0; k < 3; ++k)
            fields << pieces[int(rng.bounded(qsizetype(pieces.size())))].repeated(1 + int(rng.bounded(3)));
        bool allEmpty = true;
        for (const QString& f : fields)
            allEmpty &= f.isEmpty();
        if (!allEmpty)
            expected << fields;
        for (int k = 0; k < fields.size(); ++k) {
            if (k)
                text += QLatin1Char(',');
            const QString& f = fields[k];
            if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')))
                text += QLatin1Char('"') + QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                        QLatin1Char('"');
            else
                text += f;
        }
        text += e;
    }
    const QByteArray bytes = encoding == u"UTF-8" ? text.toUtf8() : utf16(text, true);
    QVERIFY(bytes.size() > 1024 * 1024 + 512 * 1024); // several buffer refills
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("chunks.csv")), bytes);
    CsvReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.dialect().encoding, encoding);
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] != expected[i])
            QFAIL(qPrintable(QStringLiteral("record %1 differs: %2 vs %3")
                                 .arg(i)
                                 .arg(rows[i].join(QLatin1Char('|')), expected[i].join(QLatin1Char('|')))));
    }
    QVERIFY(reader.warnings().isEmpty());
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCsvReader::progressAndCancel()
{
    QByteArray data = "id,name\n";
    for (int i = 0; i < 200000; ++i)
        data += QByteArray::number(i) + ",customer " + QByteArray::number(i) + "\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("p.csv")), data);

    QList<qint64> seen;
    CsvReader reader;
    reader.setProgress([&](qint64 done, qint64 total) {
        seen << done;
        return total == data.size();
    });
    QVERIFY(reader.open(path));
    qint64 count = 0;
    CsvRecord record;
    while (reader.readRecord(record))
        ++count;
    QCOMPARE(count, 200000);
    QVERIFY(seen.size() >= 4);
    QCOMPARE(seen.last(), qint64(data.size()));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    // Returning false cancels: readRecord stops early and says so.
    CsvReader cancelling;
    int calls = 0;
    cancelling.setProgress([&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(cancelling.open(path));
    count = 0;
    while (cancelling.readRecord(record))
        ++count;
    QVERIFY(cancelling.cancelled());
    QVERIFY(count > 0);
    QVERIFY(count < 200000);
    QVERIFY(!cancelling.atEnd());
    QVERIFY(cancelling.errorString().contains(QStringLiteral("cancelled")));
    QVERIFY(!cancelling.readRecord(record));
}

void TestCsvReader::warningsAreCapped()
{
    QByteArray data = "a,b,c\n";
    for (int i = 0; i < 5000; ++i)
        data += "1,2\n";
    CsvReader reader;
    QVERIFY(reader.openData(data));
    QCOMPARE(readAll(reader).size(), 5000);
    QCOMPARE(reader.warnings().size(), 1000);
    QCOMPARE(reader.warningCount(), 5000);
}

void TestCsvReader::overrides()
{
    CsvOptions options;
    options.delimiter = QChar(u';');
    CsvReader reader;
    QVERIFY(reader.openData("a;b,c\n1;2,3\n", QStringLiteral("x.csv"), options));
    QCOMPARE(reader.header(), row({"a", "b,c"}));

    CsvOptions latin1;
    latin1.encoding = QStringLiteral("ISO-8859-1");
    QVERIFY(reader.openData("id,name\n1,\xC3\xA9\n", QStringLiteral("x.csv"), latin1));
    QCOMPARE(reader.dialect().encoding, QStringLiteral("ISO-8859-1"));
    QCOMPARE(readAll(reader), Rows{row({"1", "\xC3\x83\xC2\xA9"})});
}

void TestCsvReader::sampleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("last");
    QTest::newRow("windows-1252-semicolon")
        << QStringLiteral("reader/windows1252.csv") << QStringLiteral("windows-1252") << QStringLiteral(";")
        << row({"Kunde", "Betrag", "Stadt"})
        << row({"Caf\xC3\xA9 Cr\xC3\xA8me", "\xE2\x82\xAC 12,00", "Paris"});
    QTest::newRow("utf16le-tab") << QStringLiteral("reader/utf16le-bom.tsv") << QStringLiteral("UTF-16LE")
                                 << QStringLiteral("\t") << row({"id", "name", "city"})
                                 << row({"2", "\xC3\x9Cnal, A.", "\xE6\x9D\xB1\xE4\xBA\xAC"});
    QTest::newRow("excel-sep") << QStringLiteral("reader/excel-sep.csv") << QStringLiteral("UTF-8")
                               << QStringLiteral(";") << row({"account_id", "month", "mrr"})
                               << row({"A2", "2026-01", "980,50"});
}

void TestCsvReader::sampleFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, last);
    CsvReader reader;
    QVERIFY2(reader.open(test::dataFile(file)), qPrintable(reader.errorString()));
    QCOMPARE(reader.dialect().encoding, encoding);
    QCOMPARE(QString(reader.dialect().delimiter), delimiter);
    QCOMPARE(reader.header(), header);
    const Rows rows = readAll(reader);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.last(), last);
}

void TestCsvReader::fieldBeyondSizeIsEmpty()
{
    CsvReader reader;
    QVERIFY(reader.openData("a,b\n\"x\"\"y\",2\n"));
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.field(0), QStringView(u"x\"y"));
    QVERIFY(record.field(5).isEmpty());
    QVERIFY(record.field(-1).isEmpty());
    QCOMPARE(record.text(1), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
