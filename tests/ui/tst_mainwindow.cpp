// The main window: opens a workspace, shows the data summary, keeps recent workspaces and the
// filter in settings, pages lazy data, accepts file drops.
#include "BandsDialog.h"
#include "FileDialog.h"
#include "Filters.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ReportHook.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "models/DataModels.h"
#include "pages/DataPage.h"
#include "report/ExportReportDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace tenure;

namespace {

// A few accounts and revenue rows written straight into the workspace.
void seed(Workspace& workspace, int accounts, int months)
{
    QSqlDatabase db = workspace.database();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO accounts (id, account_key, name, plan, region) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 1; i <= accounts; ++i) {
        query.addBindValue(i);
        query.addBindValue(QStringLiteral("A%1").arg(i, 4, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("Account %1").arg(i));
        query.addBindValue(i % 3 == 0 ? QStringLiteral("Pro") : QStringLiteral("Basic"));
        query.addBindValue(i % 2 == 0 ? QStringLiteral("EU") : QStringLiteral("US"));
        QVERIFY(query.exec());
    }
    query.prepare(QStringLiteral("INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)"));
    for (int i = 1; i <= accounts; ++i) {
        for (int m = 0; m < months; ++m) {
            query.addBindValue(i);
            query.addBindValue(yyyymm(monthIndex(2024, 1) + m));
            query.addBindValue(10000 + i);
            QVERIFY(query.exec());
        }
    }
    db.commit();
    workspace.bumpDataVersion();
}

// The action named objectName in the menu titled menuTitle of the window's menu bar.
QAction* menuAction(MainWindow& window, const QString& menuTitle, const QString& objectName)
{
    for (QAction* top : window.menuBar()->actions()) {
        if (top->text() != menuTitle || !top->menu())
            continue;
        for (QAction* action : top->menu()->actions())
            if (action->objectName() == objectName)
                return action;
    }
    return nullptr;
}

// The widgets under root that the keyboard can reach but that have no name a screen reader can
// say: no accessibleName, no label whose buddy they are, no button text. Parts of a named widget (a
// combo box's or spin box's own line edit, a view's viewport) do not count.
QStringList unnamedWidgets(QWidget* root)
{
    QSet<const QWidget*> buddies;
    for (const QLabel* label : root->findChildren<QLabel*>())
        if (label->buddy())
            buddies.insert(label->buddy());
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        if (qobject_cast<QMessageBox*>(widget->window())) // Qt's own, named by its text
            continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
            area && area->viewport() == widget)
            continue;
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const bool named = !widget->accessibleName().isEmpty() || buddies.contains(widget) ||
                           (button && !button->text().remove(QLatin1Char('&')).isEmpty());
        if (!named)
            unnamed << QStringLiteral("%1 %2 in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

// What a triggered action opened: the class and title of the first visible dialog, closed again
// (modal ones from inside their exec() loop).
struct Opened
{
    bool done = false;
    QString className;
    QString title;
    QStringList unnamed; // focusable widgets of the dialog without a name
};
std::shared_ptr<Opened> watchForDialog()
{
    auto opened = std::make_shared<Opened>();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [opened, poll] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(widget);
            if (dialog && dialog->isVisible()) {
                opened->className = QString::fromLatin1(dialog->metaObject()->className());
                opened->title = dialog->windowTitle();
                opened->unnamed = unnamedWidgets(dialog);
                opened->done = true;
                dialog->reject();
                *poll = nullptr; // breaks the cycle
                return;
            }
        }
        QTimer::singleShot(10, [poll] {
            if (*poll)
                (*poll)();
        });
    };
    QTimer::singleShot(0, [poll] {
        if (*poll)
            (*poll)();
    });
    return opened;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void init() { QSettings().clear(); }

    void opensWorkspaceAndShowsSummary()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 5, 3);
        temp.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        QVERIFY(window.showView(QStringLiteral("data")));
        window.show();
        DataPage* page = window.dataPage();
        page->ensureFresh();
        KindSummaryModel* summary = page->summaryModel();
        QCOMPARE(summary->rowCount(), int(allKinds().size()));
        QCOMPARE(summary->index(0, KindSummaryModel::KindColumn).data(KindSummaryModel::KindRole).toString(),
                 QStringLiteral("accounts"));
        QCOMPARE(summary->index(0, KindSummaryModel::RowsColumn).data(Qt::EditRole).toLongLong(), 5);
        QCOMPARE(summary->index(1, KindSummaryModel::RowsColumn).data(Qt::EditRole).toLongLong(), 15);
        QCOMPARE(summary->index(1, KindSummaryModel::FromColumn).data().toString(),
                 QStringLiteral("2024-01-01"));
        QCOMPARE(summary->index(1, KindSummaryModel::ToColumn).data().toString(),
                 QStringLiteral("2024-03-31"));
        bool pathShown = false;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
            pathShown = pathShown || label->text() == QDir::toNativeSeparators(temp.path());
        QVERIFY(pathShown);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Tenure")));
    }

    void keepsRecentWorkspaces()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < MainWindow::MaxRecent + 2; ++i)
            paths << dir.filePath(QStringLiteral("w%1.tenure").arg(i));
        {
            MainWindow window;
            QString error;
            for (const QString& path : paths)
                QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
            QCOMPARE(window.recentWorkspaces().size(), MainWindow::MaxRecent);
            QCOMPARE(window.recentWorkspaces().first(), QFileInfo(paths.last()).absoluteFilePath());
            // Reopening one moves it to the top without duplicating it.
            QVERIFY(window.openWorkspace(paths.at(5), &error));
            QCOMPARE(window.recentWorkspaces().first(), QFileInfo(paths.at(5)).absoluteFilePath());
            QCOMPARE(window.recentWorkspaces().count(QFileInfo(paths.at(5)).absoluteFilePath()), 1);
        }
        MainWindow again; // a new window reads the list back from settings
        QCOMPARE(again.recentWorkspaces().first(), QFileInfo(paths.at(5)).absoluteFilePath());
    }

    // A team workspace's URL in the recent list is kept and shown as it is, and counts as existing
    // (no server is needed: nothing here connects).
    void recentListKeepsTeamWorkspaceUrls()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("postgresql://alice@db.example:5432/tenure");
        const QString missing = dir.filePath(QStringLiteral("gone.tenure"));
        QSettings().setValue(QStringLiteral("recentWorkspaces"), QStringList{url, missing});
        QCOMPARE(MainWindow::lastWorkspace(), url);
        MainWindow window;
        QCOMPARE(window.recentWorkspaces(), (QStringList{url, missing}));
        auto* recent = window.findChild<QMenu*>(QStringLiteral("fileRecentMenu"));
        QVERIFY(recent);
        QCOMPARE(recent->actions().first()->text(), QStringLiteral("&1 ") + url);
        // Opening a file puts it on top; the URL stays, unchanged.
        const QString file = dir.filePath(QStringLiteral("w.tenure"));
        QString error;
        QVERIFY2(window.openWorkspace(file, &error), qPrintable(error));
        QCOMPARE(window.recentWorkspaces(), (QStringList{file, url, missing}));
        QCOMPARE(recent->actions().at(1)->text(), QStringLiteral("&2 ") + url);
        // A file workspace may be copied; the Connect item sits right after Open.
        QVERIFY(
            menuAction(window, QStringLiteral("&File"), QStringLiteral("fileSaveCopyAction"))->isEnabled());
        QStringList names;
        for (QAction* top : window.menuBar()->actions())
            if (top->text() == QLatin1String("&File"))
                for (QAction* action : top->menu()->actions())
                    names << action->objectName();
        QCOMPARE(names.indexOf(QStringLiteral("fileConnectAction")),
                 names.indexOf(QStringLiteral("fileOpenAction")) + 1);
    }

    // Another Workspace on the same file imports behind the window's back: the watch notices the
    // new data token and shows the change bar; Refresh reloads the pages and hides it.
    void changeBarShowsAfterAnotherImport()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 5, 3);
        temp.close();
        MainWindow window;
        window.setWatchInterval(0); // the test drives the checks
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        QVERIFY(window.showView(QStringLiteral("data")));
        window.show();
        QVERIFY(window.changeBar());
        window.checkDataToken();
        QVERIFY(!window.changeBar()->isVisible());

        auto other = Workspace::open(temp.path(), &error);
        QVERIFY2(other, qPrintable(error));
        QSqlQuery insert(other->database());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO accounts (id, account_key, name) VALUES (99, 'A0099', 'Newcomer')")));
        other->bumpDataVersion();

        window.setWatchInterval(10); // now the timer notices it
        QTRY_VERIFY(window.changeBar()->isVisible());
        auto* label = window.changeBar()->findChild<QLabel*>(QStringLiteral("changeBarText"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Another import changed this workspace's data."));
        // The pages still show what they loaded until Refresh.
        DataPage* page = window.dataPage();
        page->ensureFresh();
        QCOMPARE(page->summaryModel()->index(0, KindSummaryModel::RowsColumn).data(Qt::EditRole).toLongLong(),
                 5);

        auto* refresh = window.changeBar()->findChild<QPushButton*>(QStringLiteral("changeBarRefresh"));
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(!window.changeBar()->isVisible());
        page->ensureFresh();
        QCOMPARE(page->summaryModel()->index(0, KindSummaryModel::RowsColumn).data(Qt::EditRole).toLongLong(),
                 6);
        QTest::qWait(50); // the timer keeps checking; the token is the one seen now
        QVERIFY(!window.changeBar()->isVisible());
    }

    // The window's own import changes the token too, and shows no change bar.
    void ownImportShowsNoChangeBar()
    {
        test::TempWorkspace temp;
        temp.close();
        MainWindow window;
        window.setWatchInterval(5);
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        window.show();
        const QString before = window.workspace()->dataToken();
        const QString csv = test::writeFile(temp.dir() + QStringLiteral("/accounts.csv"),
                                            "account_id,name\nX1,Xeno\nX2,Yara\n");
        window.importFiles({csv});
        QPointer<ImportDialog> dialog = window.importDialogWidget();
        QVERIFY(dialog);
        dialog->startImport();
        QVERIFY(dialog->waitForFinished());
        QVERIFY2(dialog->results().first().ok(), qPrintable(dialog->results().first().message));
        QVERIFY(window.workspace()->dataToken() != before);
        QTest::qWait(50);
        QVERIFY(!window.changeBar()->isVisible());
        dialog->close();
        QTRY_VERIFY(!dialog);
        QTest::qWait(50);
        window.checkDataToken();
        QVERIFY(!window.changeBar()->isVisible());
    }

    void watchIntervalComesFromTheEnvironment()
    {
        QCOMPARE(MainWindow().watchInterval(), 5000);
        qputenv("TENURE_WATCH_MS", "250");
        QCOMPARE(MainWindow().watchInterval(), 250);
        qunsetenv("TENURE_WATCH_MS");
    }

    void newAndOpenUseTheFileDialogSeam()
    {
        QTemporaryDir dir;
        MainWindow window;
        const QString path = dir.filePath(QStringLiteral("fresh"));
        FileDialog::instance().setNextFileName(path);
        window.newWorkspace();
        QVERIFY(window.workspace());
        QCOMPARE(window.workspace()->path(), path + QStringLiteral(".tenure"));
        FileDialog::instance().setNextFileName(QString()); // cancelled: nothing changes
        window.openWorkspaceDialog();
        QCOMPARE(window.workspace()->path(), path + QStringLiteral(".tenure"));
    }

    void filterIsKeptInSettings()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 6, 14);
        temp.close();
        {
            MainWindow window;
            QString error;
            QVERIFY(window.openWorkspace(temp.path(), &error));
            FilterBar* bar = window.filterBar();
            QVERIFY(bar->attributeBox()->findData(QStringLiteral("plan")) > 0);
            QVERIFY(bar->attributeBox()->findData(QStringLiteral("region")) > 0);
            DashboardFilter filter;
            filter.grain = Grain::Quarter;
            filter.from = QStringLiteral("2024-Q2");
            filter.segmentAttribute = QStringLiteral("plan");
            filter.segmentValue = QStringLiteral("Pro");
            window.setFilter(filter);
            QCOMPARE(window.filter(), filter);
            QCOMPARE(bar->valueBox()->currentData().toString(), QStringLiteral("Pro"));
            QCOMPARE(bar->fromBox()->count(), 1 + 5); // "First" + 2024-Q1..2025-Q1
        }
        MainWindow again;
        QString error;
        QVERIFY(again.openWorkspace(temp.path(), &error));
        QCOMPARE(again.filter().grain, Grain::Quarter);
        QCOMPARE(again.filter().from, QStringLiteral("2024-Q2"));
        QCOMPARE(again.filter().segmentValue, QStringLiteral("Pro"));
    }

    void grainChangeConvertsRange()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 2, 14);
        temp.close();
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(temp.path(), &error));
        DashboardFilter filter;
        filter.from = QStringLiteral("2024-05");
        window.setFilter(filter);
        QSignalSpy spy(window.filterBar(), &FilterBar::filterChanged);
        QComboBox* grain = window.filterBar()->grainBox();
        grain->setCurrentIndex(grain->findData(QStringLiteral("year")));
        emit grain->activated(grain->currentIndex());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(window.filter().grain, Grain::Year);
        QCOMPARE(window.filter().from, QStringLiteral("2024"));
    }

    void lazyRowsModel()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 300, 4); // 1,200 revenue rows: several pages
        KindRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&temp.workspace(), DataKind::Revenue);
        QCOMPARE(model.rowCount(), 1200);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("account_id"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("A0001"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2024-01"));
        QCOMPARE(model.index(0, 2).data(Qt::EditRole).toLongLong(), 10001);
        // Reading on page by page follows the key order; a jump reads by offset.
        for (int row = 0; row < 1200; row += 97)
            QCOMPARE(model.index(row, 0).data().toString(),
                     QStringLiteral("A%1").arg(row / 4 + 1, 4, 10, QLatin1Char('0')));
        QCOMPARE(model.index(1199, 1).data().toString(), QStringLiteral("2024-04"));
        QVERIFY(model.pagesRead() <= 1200 / KindRowsModel::PageSize + 1);
        // The currency column says the home currency of rows stored without a code.
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("currency"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("USD"));
        model.setSource(&temp.workspace(), DataKind::Accounts);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(299, 0).data().toString(), QStringLiteral("A0300"));
    }

    void summaryAndHistoryModels()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 3, 2);
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO import_batches (file_name, sha256, kind, imported_at, rows_read, "
                           "rows_imported, rows_rejected) VALUES ('a.csv', 'abc', 'accounts', "
                           "'2026-01-01T10:00:00', 4, 3, 1)")));
        KindSummaryModel summary;
        QAbstractItemModelTester summaryTester(&summary,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setSummary(temp.workspace().summary());
        QCOMPARE(summary.rowCount(), int(allKinds().size()));
        ImportHistoryModel history;
        QAbstractItemModelTester historyTester(&history,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setWorkspace(&temp.workspace());
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.index(0, ImportHistoryModel::FileColumn).data().toString(), QStringLiteral("a.csv"));
        QCOMPARE(history.index(0, ImportHistoryModel::RejectedColumn).data(Qt::EditRole).toLongLong(), 1);
    }

    void acceptsFileDrops()
    {
        MainWindow window;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("x.csv")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void menus()
    {
        MainWindow window;
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                      QStringLiteral("&View"), QStringLiteral("&Help")}));
        auto* settings = window.findChild<QAction*>(QStringLiteral("editSettingsAction"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(QKeySequence::Preferences));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("editBandsAction")));
        QVERIFY(!window.showView(QStringLiteral("nosuchview")));
        QVERIFY(window.showView(QStringLiteral("data")));
        QCOMPARE(window.currentView(), QStringLiteral("data"));
    }

    // Each dialog menu item, triggered as the user would, opens its dialog.
    void menuItemsOpenTheirDialogs_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("dialogClass");
        QTest::addColumn<QString>("title");
        QTest::newRow("File > Import...") << QStringLiteral("&File") << QStringLiteral("fileImportAction")
                                          << QStringLiteral("tenure::ImportDialog") << QString();
        QTest::newRow("File > Connect to team workspace...")
            << QStringLiteral("&File") << QStringLiteral("fileConnectAction")
            << QStringLiteral("tenure::ConnectDialog") << QStringLiteral("Connect to team workspace");
        QTest::newRow("File > Export report...")
            << QStringLiteral("&File") << QStringLiteral("fileExportAction")
            << QStringLiteral("tenure::report::ExportReportDialog") << QString();
        QTest::newRow("Edit > Benchmark bands and targets...")
            << QStringLiteral("&Edit") << QStringLiteral("editBandsAction")
            << QStringLiteral("tenure::BandsDialog") << QString();
        QTest::newRow("Edit > Settings...") << QStringLiteral("&Edit") << QStringLiteral("editSettingsAction")
                                            << QStringLiteral("tenure::SettingsDialog") << QString();
        QTest::newRow("Help > About") << QStringLiteral("&Help") << QStringLiteral("helpAboutAction")
                                      << QStringLiteral("QMessageBox") << QStringLiteral("About Tenure");
    }
    void menuItemsOpenTheirDialogs()
    {
        QFETCH(QString, menu);
        QFETCH(QString, action);
        QFETCH(QString, dialogClass);
        QFETCH(QString, title);
        // As the executable does (app/commands/ReportCommand.cpp).
        setReportExporter([](QWidget* parent, Workspace& workspace, const DashboardFilter&) {
            report::ExportReportDialog dialog(workspace.path(), parent);
            dialog.exec();
        });
        test::TempWorkspace temp;
        seed(temp.workspace(), 5, 3);
        temp.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        window.show();
        QAction* item = menuAction(window, menu, action);
        QVERIFY(item);
        QVERIFY(item->isEnabled());
        const QString csv =
            test::writeFile(temp.dir() + QStringLiteral("/accounts.csv"), "account_id,name\nX1,Xeno\n");
        if (action == QLatin1String("fileImportAction"))
            FileDialog::instance().setNextFileNames({csv}); // it asks for the files first
        const auto opened = watchForDialog();
        item->trigger();
        QTRY_VERIFY(opened->done);
        QCOMPARE(opened->className, dialogClass);
        if (!title.isEmpty())
            QCOMPARE(opened->title, title);
        QVERIFY2(opened->unnamed.isEmpty(), qPrintable(opened->unnamed.join(QStringLiteral("; "))));
        setReportExporter({});
    }

    // Every widget the keyboard can reach on every page has a name a screen reader can say: its
    // accessibleName, a label whose buddy it is, or a button's text.
    void everyFocusableWidgetIsNamed()
    {
        test::TempWorkspace temp;
        seed(temp.workspace(), 12, 14);
        temp.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        window.resize(1280, 800);
        window.show();
        QStringList unnamed;
        for (const QString& view :
             {QStringLiteral("overview"), QStringLiteral("trend"), QStringLiteral("movements"),
              QStringLiteral("cohorts"), QStringLiteral("segments"), QStringLiteral("surveys"),
              QStringLiteral("health"), QStringLiteral("data")}) {
            QVERIFY(window.showView(view));
            for (const QString& widget : unnamedWidgets(&window))
                unnamed << view + QStringLiteral(": ") + widget;
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }

    // Tab walks the filter bar left to right, then the sidebar, then the page from top to bottom,
    // and comes back round: no widget is skipped or visited twice.
    void tabOrder_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QStringList>("pageOrder"); // accessible names on the page, in Tab order
        QTest::newRow("trend") << QStringLiteral("trend")
                               << QStringList{QStringLiteral("KPI to show"), QStringLiteral("Trend chart"),
                                              QStringLiteral("Trend values")};
        QTest::newRow("surveys") << QStringLiteral("surveys")
                                 << QStringList{QStringLiteral("NPS answers over time"),
                                                QStringLiteral("Comment group"),
                                                QStringLiteral("Search comments"),
                                                QStringLiteral("Survey comments")};
        QTest::newRow("data") << QStringLiteral("data")
                              << QStringList{QStringLiteral("Data kinds"),
                                             QStringLiteral("Rows of the selected data kind"),
                                             QStringLiteral("Import history")};
        // Family by family, as drawn: Revenue, then Retention, ...
        QTest::newRow("overview") << QStringLiteral("overview")
                                  << QStringList{QStringLiteral("KPI tiles"),
                                                 QStringLiteral("Monthly recurring revenue"),
                                                 QStringLiteral("Annual recurring revenue"),
                                                 QStringLiteral("New MRR"),
                                                 QStringLiteral("Customer lifetime value"),
                                                 QStringLiteral("Churned customers"),
                                                 QStringLiteral("Customer churn rate"),
                                                 QStringLiteral("Net promoter score"),
                                                 QStringLiteral("Active customers")};
    }
    void tabOrder()
    {
        QFETCH(QString, view);
        QFETCH(QStringList, pageOrder);
        test::TempWorkspace temp;
        seed(temp.workspace(), 12, 14);
        temp.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showView(view));
        window.filterBar()->grainBox()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), window.filterBar()->grainBox());
        QList<QWidget*> visited{QApplication::focusWidget()};
        QStringList names;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            if (now == visited.first())
                break;
            QVERIFY2(!visited.contains(now), qPrintable(now->accessibleName()));
            visited << now;
        }
        QCOMPARE(QApplication::focusWidget(), visited.first()); // round
        for (QWidget* w : visited)                              // tiles: "Name: value"
            names << w->accessibleName().section(QStringLiteral(": "), 0, 0);
        QList<QWidget*> filter{window.filterBar()->grainBox(), window.filterBar()->fromBox(),
                               window.filterBar()->toBox(), window.filterBar()->attributeBox(),
                               window.filterBar()->valueBox()};
        filter.removeIf([](QWidget* w) { return !w->isEnabled(); }); // Value: only with an attribute
        QCOMPARE(visited.at(filter.size()),
                 static_cast<QWidget*>(window.findChild<QWidget*>(QStringLiteral("sidebar"))));
        QCOMPARE(visited.mid(0, filter.size()), filter);
        int at = 0;
        for (const QString& name : pageOrder) {
            const int found = int(names.indexOf(name, at));
            QVERIFY2(found >= at, qPrintable(name));
            at = found + 1;
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
