// Import through the window: a synthesized drop of CSV files reaches the import dialog, which
// imports accounts first on a worker thread; Cancel leaves the workspace unchanged; an edited
// mapping is what gets imported.
#include "ImportDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "models/DataModels.h"
#include "pages/DataPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace tenure;

namespace {

qint64 count(Workspace& workspace, const QString& table)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void drop(MainWindow& window, const QStringList& files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& file : files)
        urls << QUrl::fromLocalFile(file);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QDropEvent event(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &event);
    QVERIFY(event.isAccepted());
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_accounts;
    QString m_revenue;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
        QSettings().clear();
        m_accounts = test::writeFile(
            m_dir.filePath(QStringLiteral("accounts.csv")),
            "account_id,name,plan,region\nA1,Acme,Pro,EU\nA2,Globex,Basic,US\nA3,Initech,Pro,US\n");
        m_revenue = test::writeFile(
            m_dir.filePath(QStringLiteral("revenue.csv")),
            "account_id,month,mrr\nA1,2026-01,100\nA1,2026-02,120\nA2,2026-01,50\nA3,2026-02,80\n"
            "A2,not-a-month,10\n");
    }

    // Money is in units unless the header says cents; the switch says otherwise, is shown in the
    // preview, imports so, and is remembered for the next file with the same header.
    void centsSwitch()
    {
        test::TempWorkspace temp;
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("prices.csv")),
                                             "account_id,month,mrr\nP1,2026-01,4900\nP2,2026-01,9900\n");
        {
            ImportDialog dialog({file}, temp.workspace());
            QVERIFY(!dialog.centsSwitch()->isChecked());
            QVERIFY(dialog.preview(0)
                        .decisions.join(QLatin1Char('\n'))
                        .contains(QLatin1String("currency units")));
            dialog.centsSwitch()->setChecked(true); // as a click would
            QCOMPARE(dialog.preview(0).formats.at(2).describe(), QStringLiteral("money (in cents)"));
            QVERIFY(
                dialog.preview(0).decisions.join(QLatin1Char('\n')).contains(QLatin1String("read as cents")));
            dialog.startImport();
            QVERIFY(dialog.waitForFinished());
            QCOMPARE(dialog.results().size(), 1);
            QVERIFY2(dialog.results().first().ok(), qPrintable(dialog.results().first().message));
        }
        QSqlQuery q(temp.workspace().database());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(mrr) FROM revenue")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 14800); // 49.00 + 99.00, in cents
        // The next export with this header opens with the switch on.
        const QString later = test::writeFile(m_dir.filePath(QStringLiteral("prices2.csv")),
                                              "account_id,month,mrr\nP1,2026-02,4900\n");
        ImportDialog again({later}, temp.workspace());
        QVERIFY(again.centsSwitch()->isChecked());
        QCOMPARE(again.preview(0).formats.at(2).describe(), QStringLiteral("money (in cents)"));
    }

    void dropImportsInDependencyOrder()
    {
        test::TempWorkspace temp;
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(temp.path(), &error));
        window.show();
        drop(window, {m_revenue, m_accounts}); // revenue first on purpose
        QTRY_VERIFY(window.importDialogWidget());
        ImportDialog* dialog = window.importDialogWidget();
        QCOMPARE(dialog->files(), (QStringList{m_accounts, m_revenue}));
        QCOMPARE(dialog->preview(0).kind, std::optional<DataKind>(DataKind::Accounts));
        QCOMPARE(dialog->preview(1).kind, std::optional<DataKind>(DataKind::Revenue));
        QVERIFY(dialog->mappingTable()->rowCount() > 0);
        dialog->startImport();
        QVERIFY(dialog->waitForFinished());
        QCOMPARE(dialog->results().size(), 2);
        QVERIFY2(dialog->results().at(0).ok(), qPrintable(dialog->results().at(0).message));
        QVERIFY2(dialog->results().at(1).ok(), qPrintable(dialog->results().at(1).message));
        QCOMPARE(dialog->results().at(1).rowsRejected, 1);
        QCOMPARE(count(*window.workspace(), QStringLiteral("accounts")), 3);
        QCOMPARE(count(*window.workspace(), QStringLiteral("revenue")), 4);
        // The views were refreshed: the Data page shows the new rows.
        window.dataPage()->ensureFresh();
        QCOMPARE(window.dataPage()
                     ->summaryModel()
                     ->index(1, KindSummaryModel::RowsColumn)
                     .data(Qt::EditRole)
                     .toLongLong(),
                 4);
        QCOMPARE(window.dataPage()->historyModel()->rowCount(), 2);
    }

    // Files bigger than BackgroundPreviewBytes are read on a thread of their own: the dialog is up
    // at once with the reading's progress and Import disabled, then shows the same preview a small
    // file gets (files in dependency order, kind, rows, the first rows' rejects) and imports it.
    void bigFilesArePreviewedInTheBackground()
    {
        test::TempWorkspace temp;
        QByteArray big = "account_id,month,mrr\n";
        int rows = 0;
        for (int account = 0; big.size() <= ImportDialog::BackgroundPreviewBytes; ++account)
            for (int month = 1; month <= 12; ++month, ++rows)
                big += "B" + QByteArray::number(account) + ",2025-" + (month < 10 ? "0" : "") +
                       QByteArray::number(month) + "," + QByteArray::number(100 + account % 50) + ".00\n";
        big += "B0,not-a-month,1\n";
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("big-revenue.csv")), big);
        ImportDialog dialog({file, m_accounts}, temp.workspace());
        QVERIFY(dialog.isReadingPreview());
        QVERIFY(dialog.progressBar()->isVisibleTo(&dialog));
        bool importEnabled = false;
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            importEnabled =
                importEnabled || (button->text() == QLatin1String("&Import") && button->isEnabled());
        QVERIFY(!importEnabled);
        dialog.startImport(); // refused while reading
        QVERIFY(!dialog.isRunning());
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        QVERIFY(dialog.waitForPreview(60000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(!dialog.isReadingPreview());
        QCOMPARE(dialog.files(), (QStringList{m_accounts, file}));
        QCOMPARE(dialog.preview(1).kind, std::optional<DataKind>(DataKind::Revenue));
        // Its formats from the first rows, its rows estimated from their length (Import is ready at
        // once; the import reads every row). The first rows have the shortest account keys here.
        QVERIFY(dialog.preview(1).rowsEstimated);
        QVERIFY2(qAbs(dialog.preview(1).rowsInFile - (rows + 1)) <= (rows + 1) / 7,
                 qPrintable(QString::number(dialog.preview(1).rowsInFile)));
        QVERIFY(dialog.mappingTable()->rowCount() > 0);
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            if (button->text() == QLatin1String("&Import"))
                QVERIFY(button->isEnabled());
        // Another kind, and back: the big file is read again in the background, the order stays.
        dialog.setKind(1, DataKind::Orders);
        QVERIFY(dialog.isReadingPreview());
        QVERIFY(dialog.waitForPreview(60000));
        QCOMPARE(dialog.files(), (QStringList{m_accounts, file}));
        QCOMPARE(dialog.preview(1).mapping.kind, DataKind::Orders);
        dialog.setKind(1, DataKind::Revenue);
        QVERIFY(dialog.waitForPreview(60000));
        QCOMPARE(dialog.preview(1).kind, std::optional<DataKind>(DataKind::Revenue));
        // The cents switch too: the money column is read as cents, then as units again.
        dialog.setCents(1, true);
        QVERIFY(dialog.isReadingPreview());
        QVERIFY(dialog.waitForPreview(60000));
        QCOMPARE(dialog.preview(1).formats.at(2).describe(), QStringLiteral("money (in cents)"));
        dialog.setCents(1, false);
        QVERIFY(dialog.waitForPreview(60000));
        QVERIFY(dialog.preview(1).formats.at(2).describe() != QStringLiteral("money (in cents)"));
        dialog.startImport();
        QVERIFY(dialog.waitForFinished(120000));
        QVERIFY2(dialog.results().at(1).ok(), qPrintable(dialog.results().at(1).message));
        QCOMPARE(dialog.results().at(1).rowsImported, qint64(rows));
        QCOMPARE(count(temp.workspace(), QStringLiteral("revenue")), qint64(rows));
    }

    // Closing the dialog while a big file is being read closes it (the reading thread is told to
    // stop and joined when the dialog goes); nothing is imported.
    void closingWhileReadingStopsIt()
    {
        test::TempWorkspace temp;
        QByteArray big = "account_id,month,mrr\n";
        while (big.size() <= ImportDialog::BackgroundPreviewBytes)
            big += "C" + QByteArray::number(big.size()) + ",2025-01,10.00\n";
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("closed.csv")), big);
        {
            ImportDialog dialog({file}, temp.workspace());
            QVERIFY(dialog.isReadingPreview());
            dialog.open();
            QTest::keyClick(&dialog, Qt::Key_Escape); // reject(), as the Cancel button
            QVERIFY(!dialog.isVisible());
        } // waits for the reading thread
        QCOMPARE(count(temp.workspace(), QStringLiteral("import_batches")), 0);
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        test::TempWorkspace temp;
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(temp.path(), &error));
        window.importFiles({m_accounts});
        ImportDialog* dialog = window.importDialogWidget();
        QVERIFY(dialog);
        const qint64 version = window.workspace()->dataVersion();
        dialog->cancelImport(); // cancelled at the first progress report
        dialog->startImport();
        QVERIFY(dialog->waitForFinished());
        QCOMPARE(dialog->results().size(), 1);
        QCOMPARE(dialog->results().first().status, ImportStatus::Cancelled);
        QCOMPARE(count(*window.workspace(), QStringLiteral("accounts")), 0);
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_batches")), 0);
        QCOMPARE(window.workspace()->dataVersion(), version);
    }

    void editedMappingIsImported()
    {
        test::TempWorkspace temp;
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(temp.path(), &error));
        window.importFiles({m_accounts});
        ImportDialog* dialog = window.importDialogWidget();
        QVERIFY(dialog);
        const int region = dialog->mapping(0).columnFor(QStringLiteral("region"));
        QVERIFY(region >= 0);
        // The region column becomes the owner column instead.
        dialog->setColumnTarget(0, region, QStringLiteral("owner"));
        QCOMPARE(dialog->mapping(0).columnFor(QStringLiteral("owner")), region);
        QCOMPARE(dialog->mapping(0).columnFor(QStringLiteral("region")), -1);
        dialog->startImport();
        QVERIFY(dialog->waitForFinished());
        QVERIFY2(dialog->results().first().ok(), qPrintable(dialog->results().first().message));
        QSqlQuery query(window.workspace()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT owner, region FROM accounts WHERE account_key = 'A1'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("EU"));
        QVERIFY(query.value(1).toString().isEmpty());
    }

    void unreadableFileIsRefusedWithAReason()
    {
        test::TempWorkspace temp;
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(temp.path(), &error));
        const QString binary = test::writeFile(m_dir.filePath(QStringLiteral("blob.csv")),
                                               QByteArray("\x00\x01\x02\x03\xff\xfe", 6));
        window.importFiles({binary});
        ImportDialog* dialog = window.importDialogWidget();
        QVERIFY(dialog);
        QVERIFY(!dialog->preview(0).ok);
        QVERIFY(!dialog->preview(0).error.isEmpty());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
