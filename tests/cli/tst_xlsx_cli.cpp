#include "TestSupport.h"
#include "XlsxFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;

namespace {

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray inlineCell(const char* ref, const char* text)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// Revenue as a finance team keeps it: a merged title row, the header in row 2, months as dates
// (style 1: numFmtId 14), one MRR as a formula with its cached value, a blank row, one bad value.
//   2024-01: a1 100 + a2 50.5                 = 150.5
//   2024-02: a1 120 (formula) + a2 60.25 + a3 30 = 210.25   (row 8, "n/a", is rejected)
QByteArray revenueSheet()
{
    return test::sheetData({
               {1, inlineCell("A1", "ACME revenue by month")},
               {2, R"(<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>)"},
               {3, inlineCell("A3", "a1") + R"(<c r="B3" s="1"><v>45322</v></c><c r="C3"><v>100</v></c>)"},
               {4, inlineCell("A4", "a2") + R"(<c r="B4" s="1"><v>45322</v></c><c r="C4"><v>50.5</v></c>)"},
               {5, inlineCell("A5", "a1") +
                       R"(<c r="B5" s="1"><v>45351</v></c><c r="C5"><f>C3*1.2</f><v>120</v></c>)"},
               {7, inlineCell("A7", "a2") + R"(<c r="B7" s="1"><v>45351</v></c><c r="C7"><v>60.25</v></c>)"},
               {8, inlineCell("A8", "a3") + R"(<c r="B8" s="1"><v>45351</v></c>)" + inlineCell("C8", "n/a")},
               {9, inlineCell("A9", "a3") + R"(<c r="B9" s="1"><v>45351</v></c><c r="C9"><v>30</v></c>)"},
           }) +
           R"(<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>)";
}

QString writeBook(const QTemporaryDir& dir, bool notesFirst)
{
    test::XlsxBook book;
    book.strings = {QStringLiteral("account_id"), QStringLiteral("month"), QStringLiteral("mrr")};
    if (notesFirst)
        book.sheets << qMakePair(QStringLiteral("Notes"),
                                 test::sheetData({{1, inlineCell("A1", "see the next sheet")}}));
    book.sheets << qMakePair(QStringLiteral("Revenue"), revenueSheet());
    return test::writeFile(dir.filePath(QStringLiteral("revenue.xlsx")), test::buildXlsx(book));
}

} // namespace

class TestXlsxCli : public QObject
{
    Q_OBJECT
private slots:
    void importThenKpi();
    void sheetOption();
    void inspectJson();
    void refusedFileWritesNothing();
};

void TestXlsxCli::importThenKpi()
{
    QTemporaryDir dir;
    const QString file = writeBook(dir, false);
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    const auto imported =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(
                 QLatin1String("revenue.xlsx: revenue batch 1: 6 rows read, 5 imported, 1 rejected")),
             qPrintable(imported.out));
    // The reject names the sheet row.
    const QStringList errors = lines(imported.err);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(file + QStringLiteral(":8: column 'mrr' value 'n/a'")),
             qPrintable(errors.first()));

    const auto kpi = test::runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace,
                                      QStringLiteral("--kpi"), QStringLiteral("mrr"),
                                      QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(kpi.exitCode, 0);
    QCOMPARE(lines(kpi.out),
             (QStringList{QStringLiteral("kpi,period,segment,value,numerator,denominator,band"),
                          QStringLiteral("mrr,2024-01,all,150.5,,,"),
                          QStringLiteral("mrr,2024-02,all,210.25,,,")}));

    // The same file again is recognised by its content and skipped.
    const auto again =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("already imported as batch 1")), qPrintable(again.out));
}

void TestXlsxCli::sheetOption()
{
    QTemporaryDir dir;
    const QString file = writeBook(dir, true);
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));

    const auto missing = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--sheet"), QStringLiteral("Costs"), file});
    QVERIFY(missing.exitCode != 0);
    QCOMPARE(missing.err.trimmed(),
             QStringLiteral("tenure: import: revenue.xlsx: has no sheet 'Costs' (sheets: Notes, Revenue)"));
    QVERIFY(!QFileInfo::exists(workspace));

    const auto imported = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                           QStringLiteral("--sheet"), QStringLiteral("Revenue"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("5 imported, 1 rejected")), qPrintable(imported.out));
}

void TestXlsxCli::inspectJson()
{
    QTemporaryDir dir;
    const QString file = writeBook(dir, true);
    const auto result = test::runTenure(
        {QStringLiteral("inspect"), file, QStringLiteral("--sheet"), QStringLiteral("Revenue"),
         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--rows"), QStringLiteral("2")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("XLSX"));
    QCOMPARE(json.value(QStringLiteral("sheet")).toString(), QStringLiteral("Revenue"));
    QCOMPARE(json.value(QStringLiteral("sheets")).toArray(),
             (QJsonArray{QStringLiteral("Notes"), QStringLiteral("Revenue")}));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("revenue"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject(), (QJsonObject{{QStringLiteral("account_id"), QStringLiteral("a1")},
                                                 {QStringLiteral("month"), QStringLiteral("2024-01-31")},
                                                 {QStringLiteral("mrr"), QStringLiteral("100")}}));
    const QStringList warnings = json.value(QStringLiteral("warnings")).toVariant().toStringList();
    QVERIFY2(warnings.contains(
                 QStringLiteral("sheet 'Revenue': row(s) 1 above the header were skipped as titles")),
             qPrintable(warnings.join(QLatin1Char('|'))));

    // The first sheet by default: the notes, one column and no rows, which no kind fits.
    const auto first = test::runTenure(
        {QStringLiteral("inspect"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject notes = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QCOMPARE(notes.value(QStringLiteral("sheet")).toString(), QStringLiteral("Notes"));
    QVERIFY(notes.value(QStringLiteral("kind")).isNull());
    QCOMPARE(notes.value(QStringLiteral("rows")).toArray().size(), 0);

    // A CSV file has no sheet keys.
    const QString csv =
        test::writeFile(dir.filePath(QStringLiteral("r.csv")), "account_id,month,mrr\na1,2024-01,5\n");
    const auto plain =
        test::runTenure({QStringLiteral("inspect"), csv, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(plain.exitCode, 0);
    const QJsonObject plainJson = QJsonDocument::fromJson(plain.out.toUtf8()).object();
    QVERIFY(!plainJson.contains(QStringLiteral("sheet")));
    QVERIFY(!plainJson.contains(QStringLiteral("sheets")));
}

void TestXlsxCli::refusedFileWritesNothing()
{
    QTemporaryDir dir;
    // An encrypted workbook as Excel writes it: an OLE2 compound file with an EncryptedPackage stream.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    for (char c : QByteArrayLiteral("EncryptedPackage")) {
        ole += c;
        ole += '\0';
    }
    const QString file = test::writeFile(dir.filePath(QStringLiteral("locked.xlsx")), ole);
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    const auto result = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                         QStringLiteral("--kind"), QStringLiteral("revenue"), file});
    QVERIFY(result.exitCode != 0);
    QCOMPARE(result.err.trimmed(),
             QStringLiteral("tenure: import: locked.xlsx: is password-protected (an encrypted "
                            "Excel workbook); save it without a password, or as CSV"));
    QVERIFY(!QFileInfo::exists(workspace));
}

QTEST_GUILESS_MAIN(TestXlsxCli)
#include "tst_xlsx_cli.moc"
