// The import dialog's sheet picker: shown for a workbook of several worksheets, it previews the
// picked sheet again and the import reads that sheet; hidden for one sheet and for CSV files.
#include "ImportDialog.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "XlsxFixture.h"

#include <QComboBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace tenure;

namespace {

qint64 count(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray cell(const char* ref, const char* text)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// Sheet "Cover" (empty: refused when read), sheet "Notes" (one column, no kind) and sheet "Revenue":
// 2024-01 a1 100 + a2 50, 2024-02 a1 70 (date serials 45322 and 45351, style 1 = date).
QByteArray workbook(bool several)
{
    test::XlsxBook book;
    if (several) {
        book.sheets << qMakePair(QStringLiteral("Cover"), QByteArray("<sheetData/>"));
        book.sheets << qMakePair(QStringLiteral("Notes"), test::sheetData({{1, cell("A1", "notes")}}));
    }
    book.sheets << qMakePair(
        QStringLiteral("Revenue"),
        test::sheetData(
            {{1, cell("A1", "account_id") + cell("B1", "month") + cell("C1", "mrr")},
             {2, cell("A2", "a1") + R"(<c r="B2" s="1"><v>45322</v></c><c r="C2"><v>100</v></c>)"},
             {3, cell("A3", "a2") + R"(<c r="B3" s="1"><v>45322</v></c><c r="C3"><v>50</v></c>)"},
             {4, cell("A4", "a1") + R"(<c r="B4" s="1"><v>45351</v></c><c r="C4"><v>70</v></c>)"}}));
    return test::buildXlsx(book);
}

} // namespace

class TestImportDialogXlsx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog_xlsx"));
        QSettings().clear();
    }

    void pickedSheetIsPreviewedAndImported()
    {
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("book.xlsx")), workbook(true));
        test::TempWorkspace temp;
        ImportDialog dialog({file}, temp.workspace());
        dialog.show();
        QComboBox* sheets = dialog.sheetBox();
        QVERIFY(sheets->isVisibleTo(&dialog));
        QCOMPARE(sheets->count(), 3);
        QCOMPARE(sheets->itemText(0), QStringLiteral("Cover"));
        QCOMPARE(sheets->currentText(), QStringLiteral("Cover"));
        QVERIFY(!dialog.preview(0).ok); // the first sheet is empty
        QCOMPARE(dialog.preview(0).error, QStringLiteral("book.xlsx: sheet 'Cover' is empty"));

        sheets->setCurrentIndex(2);
        emit sheets->activated(2);
        QVERIFY(dialog.preview(0).ok);
        QCOMPARE(dialog.preview(0).dialect.sheet, QStringLiteral("Revenue"));
        QVERIFY(dialog.preview(0).kind == DataKind::Revenue);
        QCOMPARE(dialog.preview(0).rowsInFile, qint64(3));
        QCOMPARE(dialog.preview(0).rows.first(),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("2024-01-31"), QStringLiteral("100")}));
        QCOMPARE(sheets->currentText(), QStringLiteral("Revenue"));

        dialog.startImport();
        QVERIFY(dialog.waitForFinished());
        QCOMPARE(dialog.results().size(), 1);
        QVERIFY2(dialog.results().first().ok(), qPrintable(dialog.results().first().message));
        QCOMPARE(dialog.results().first().rowsImported, qint64(3));
        QCOMPARE(count(temp.workspace(), QStringLiteral("SELECT SUM(mrr) FROM revenue")),
                 qint64(22000)); // cents
    }

    void noPickerForOneSheetOrCsv()
    {
        const QString one = test::writeFile(m_dir.filePath(QStringLiteral("one.xlsx")), workbook(false));
        const QString csv =
            test::writeFile(m_dir.filePath(QStringLiteral("r.csv")), "account_id,month,mrr\na,2024-01,1\n");
        test::TempWorkspace temp;
        ImportDialog dialog({one, csv}, temp.workspace());
        dialog.show();
        QVERIFY(dialog.preview(0).ok);
        QCOMPARE(dialog.preview(0).dialect.sheets, QStringList{QStringLiteral("Revenue")});
        QVERIFY(!dialog.sheetBox()->isVisibleTo(&dialog));
        QVERIFY(dialog.preview(1).dialect.sheets.isEmpty());
    }
};

QTEST_MAIN(TestImportDialogXlsx)
#include "tst_importdialog_xlsx.moc"
