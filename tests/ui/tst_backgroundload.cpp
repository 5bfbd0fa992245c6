// The window's background load (EngineLoader, MainWindow::setBackgroundLoading): the engine is read
// on a thread of its own while a panel stands in for the pages; the pages then show exactly what a
// load on the GUI thread shows. A later load (Refresh, an import) keeps the old numbers on screen
// until the new ones are ready, and the window's own import hands its load over.
#include "EngineLoader.h"
#include "Filters.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "models/KpiModels.h"
#include "pages/OverviewPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace tenure;

namespace {

demo::DemoOptions company()
{
    demo::DemoOptions options;
    options.accounts = 300;
    options.months = 14;
    options.lastMonth = monthIndex(2026, 6);
    options.seed = 11;
    return options;
}

// Every cell of the overview's model as text: what the tiles show.
QStringList overviewText(MainWindow& window)
{
    QStringList text;
    auto* page = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
    if (!page)
        return text;
    page->ensureFresh();
    const OverviewModel* model = page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            text << model->index(r, c).data().toString();
    return text;
}

// The demo company in temp, opened in a window that loads in the background, loaded.
void openLoaded(MainWindow& window, test::TempWorkspace& temp)
{
    QString error;
    QVERIFY2(demo::generate(company(), &temp.workspace(), {}, &error), qPrintable(error));
    temp.close();
    window.setWatchInterval(0);
    window.setBackgroundLoading(true);
    QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
    window.show();
    QVERIFY(window.waitUntilLoaded(60000));
}

// Imports csv through the window's import dialog (what a drop does); the dialog, finished.
QPointer<ImportDialog> importThroughTheDialog(MainWindow& window, const QString& csv)
{
    window.importFiles({csv});
    QPointer<ImportDialog> dialog = window.importDialogWidget();
    if (!dialog)
        return dialog;
    dialog->startImport();
    if (!dialog->waitForFinished(60000))
        return nullptr;
    return dialog;
}

double customers(KpiEngine& engine, MonthIndex month)
{
    return engine.value(QStringLiteral("customers"), Period::containing(Grain::Month, month))
        .value.value_or(-1);
}

} // namespace

class TestBackgroundLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_backgroundload"));
    }
    void init() { QSettings().clear(); }

    // The panel shows while the load runs; afterwards the pages and the filter bar show what the
    // same workspace shows when loaded on the GUI thread.
    void firstLoadShowsThePanelThenThePages()
    {
        test::TempWorkspace temp;
        QString error;
        QVERIFY2(demo::generate(company(), &temp.workspace(), {}, &error), qPrintable(error));
        temp.close();

        MainWindow here;
        QVERIFY2(here.openWorkspace(temp.path(), &error), qPrintable(error));
        QVERIFY(here.showView(QStringLiteral("overview")));
        here.show();
        QVERIFY(!here.isLoading());
        QVERIFY(!here.loadingPanel()->isVisible());
        const QStringList expected = overviewText(here);
        QVERIFY(expected.size() > 50);
        const int months = here.filterBar()->fromBox()->count();
        QVERIFY(months >= 14);

        MainWindow window;
        window.setBackgroundLoading(true);
        QSignalSpy loaded(&window, &MainWindow::dataLoaded);
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        QVERIFY(window.showView(QStringLiteral("overview")));
        window.show();
        QVERIFY(window.isLoading());
        QVERIFY(window.loadingPanel()->isVisible());
        auto* text = window.loadingPanel()->findChild<QLabel*>(QStringLiteral("loadingText"));
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("Loading %1...").arg(QFileInfo(temp.path()).fileName()));
        QVERIFY(!window.page(QStringLiteral("overview"))->isVisible());
        QVERIFY(!window.filterBar()->isEnabled());
        QVERIFY(!window.engine()->isLoaded()); // nothing read on this thread
        QVERIFY(window.waitUntilLoaded(60000));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!window.loadingPanel()->isVisible());
        QVERIFY(window.page(QStringLiteral("overview"))->isVisible());
        QVERIFY(window.filterBar()->isEnabled());
        QVERIFY(window.engine()->isLoaded());
        QCOMPARE(window.filterBar()->fromBox()->count(), months);
        QCOMPARE(overviewText(window), expected);
    }

    // Refresh after another process imported: the old numbers stay (the engine does not follow the
    // data on its own), the new ones come with the load; the load's answers for the filter bar are
    // of the new data.
    void laterLoadKeepsTheOldNumbersUntilTheNewAreReady()
    {
        test::TempWorkspace temp;
        MainWindow window;
        openLoaded(window, temp);
        if (QTest::currentTestFailed())
            return;
        QString error;
        const MonthIndex june = monthIndex(2026, 6);
        const double before = customers(*window.engine(), june);
        QVERIFY(before > 0);
        const int months = window.filterBar()->fromBox()->count();

        auto other = Workspace::openExisting(temp.path(), &error);
        QVERIFY2(other, qPrintable(error));
        const QString csv = test::writeFile(temp.dir() + QStringLiteral("/later.csv"),
                                            "account_id,month,mrr\nLATE-1,2026-06,100\nLATE-1,2026-07,100\n");
        const ImportResult result = Importer::run(*other, csv);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(customers(*window.engine(), june), before); // not reloaded on the GUI thread

        window.reloadData();
        QVERIFY(window.isLoading());
        QVERIFY(!window.loadingPanel()->isVisible()); // the pages stay up meanwhile
        QCOMPARE(customers(*window.engine(), june), before);
        QVERIFY(window.waitUntilLoaded(60000));
        QCOMPARE(customers(*window.engine(), june), before + 1);
        QCOMPARE(window.filterBar()->fromBox()->count(), months + 1); // July is new
    }

    // The window's own import: the import's thread loads the engine of the new data and the window
    // takes it over, with no second load.
    void ownImportHandsItsLoadOver()
    {
        test::TempWorkspace temp;
        MainWindow window;
        openLoaded(window, temp);
        if (QTest::currentTestFailed())
            return;
        const MonthIndex june = monthIndex(2026, 6);
        const double before = customers(*window.engine(), june);

        const QString csv = test::writeFile(temp.dir() + QStringLiteral("/dropped.csv"),
                                            "account_id,month,mrr\nDROP-1,2026-06,100\nDROP-2,2026-06,100\n");
        QSignalSpy loaded(&window, &MainWindow::dataLoaded);
        const QPointer<ImportDialog> dialog = importThroughTheDialog(window, csv);
        QVERIFY(dialog);
        QVERIFY2(dialog->results().first().ok(), qPrintable(dialog->results().first().message));
        QVERIFY(dialog->loaded());
        QVERIFY(dialog->loaded()->engine);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!window.isLoading()); // nothing else to wait for
        QCOMPARE(customers(*window.engine(), june), before + 2);
        window.setWatchInterval(5); // the watch sees the import's token as the one loaded
        QTest::qWait(100);
        QVERIFY(!window.changeBar()->isVisible());
    }

    // A load still running when the window's own import hands its load over brings older data:
    // its answer is dropped, and the import's numbers stay (whichever of the two ends first).
    void ownImportWinsOverALoadRunning()
    {
        test::TempWorkspace temp;
        MainWindow window;
        openLoaded(window, temp);
        if (QTest::currentTestFailed())
            return;
        const MonthIndex june = monthIndex(2026, 6);
        const double before = customers(*window.engine(), june);
        const QString csv = test::writeFile(temp.dir() + QStringLiteral("/during.csv"),
                                            "account_id,month,mrr\nDURING-1,2026-06,100\n");
        window.reloadData(); // a load of the data as it is now
        QVERIFY(window.isLoading());
        const QPointer<ImportDialog> dialog = importThroughTheDialog(window, csv);
        QVERIFY(dialog);
        QVERIFY(dialog->loaded());
        QCOMPARE(customers(*window.engine(), june), before + 1);
        QTest::qWait(300); // the older load ends meanwhile
        QVERIFY(!window.isLoading());
        QCOMPARE(customers(*window.engine(), june), before + 1);
    }

    // A change made in the window that changes the data (Settings: the currency) or the as-of month
    // loads in the background like Refresh; one that does not (the gross margin, a setting the
    // engine follows) only recomputes.
    void settingsThatChangeTheDataLoadInTheBackground()
    {
        test::TempWorkspace temp;
        MainWindow window;
        openLoaded(window, temp);
        if (QTest::currentTestFailed())
            return;
        const MonthIndex june = monthIndex(2026, 6);
        const Period lastMonth = Period::containing(Grain::Month, june);
        const double clv = window.engine()->value(QStringLiteral("clv"), lastMonth).value.value_or(-1);
        QVERIFY(window.workspace()->setSetting(QStringLiteral("gross_margin"), 40));
        QVERIFY(!window.engine()->needsLoad());
        window.settingsChanged();
        QVERIFY(!window.isLoading());
        QVERIFY(window.engine()->value(QStringLiteral("clv"), lastMonth).value.value_or(-1) != clv);

        QVERIFY(window.workspace()->setSetting(QStringLiteral("as_of"), QStringLiteral("2026-03-31")));
        QVERIFY(window.engine()->needsLoad());
        QCOMPARE(window.engine()->mrrRange()->last, june); // the loaded month until the new load
        window.settingsChanged();
        QVERIFY(window.isLoading());
        QVERIFY(window.waitUntilLoaded(60000));
        QVERIFY(!window.engine()->needsLoad());
        QCOMPARE(window.engine()->mrrRange()->last, monthIndex(2026, 3));
    }

    // An import that changed nothing (the same file again) loads nothing.
    void importThatChangesNothingLoadsNothing()
    {
        test::TempWorkspace temp;
        const QString csv = test::writeFile(temp.dir() + QStringLiteral("/same.csv"),
                                            "account_id,month,mrr\nS-1,2026-06,100\n");
        QVERIFY(Importer::run(temp.workspace(), csv).ok());
        temp.close();
        MainWindow window;
        window.setWatchInterval(0);
        window.setBackgroundLoading(true);
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded(60000));
        const QPointer<ImportDialog> dialog = importThroughTheDialog(window, csv);
        QVERIFY(dialog);
        QCOMPARE(dialog->results().first().status, ImportStatus::Skipped);
        QVERIFY(!dialog->loaded());
        QVERIFY(!window.isLoading()); // and the window loads nothing either
    }

    // A load whose workspace cannot be opened on the loader's connection says why and hands over
    // no engine (the window then loads on first use, as without background loading).
    void failedLoadSaysWhy()
    {
        EngineLoader loader;
        QSignalSpy loaded(&loader, &EngineLoader::loaded);
        loader.start(QStringLiteral("/nonexistent/folder/none.tenure"), {});
        QVERIFY(loaded.wait(30000));
        const auto result = loaded.first().first().value<LoadedWorkspace>();
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.engine);
        QTRY_VERIFY(!loader.isRunning());
    }

    // Two loads in a row: only the later one's answer is delivered.
    void onlyTheLatestLoadAnswers()
    {
        test::TempWorkspace temp;
        QString error;
        QVERIFY2(demo::generate(company(), &temp.workspace(), {}, &error), qPrintable(error));
        temp.close();
        EngineLoader loader;
        QSignalSpy loaded(&loader, &EngineLoader::loaded);
        loader.start(QStringLiteral("/nonexistent/folder/none.tenure"), {});
        loader.start(temp.path(), {KpiQuery()});
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isRunning(), 60000);
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 1); // the first load's answer never comes
        const auto result = loaded.first().first().value<LoadedWorkspace>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.engine);
        QVERIFY(result.answers.range);
        QVERIFY(result.answers.attributes.contains(QStringLiteral("plan")));
    }
};

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
