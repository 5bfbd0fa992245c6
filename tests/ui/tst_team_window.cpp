// Issue 12's "done when": a dashboard on a team workspace in this process, an import in another
// process; the window notices the other user's import and its Refresh shows the new numbers. A
// read-only role's window offers no import.
#include "MainWindow.h"
#include "PgTestServer.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "models/DataModels.h"
#include "pages/DataPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace tenure;

namespace {

qint64 revenueRows(DataPage* page)
{
    page->ensureFresh();
    for (int row = 0; row < page->summaryModel()->rowCount(); ++row)
        if (page->summaryModel()->index(row, 0).data().toString().contains(QLatin1String("evenue")))
            return page->summaryModel()
                ->index(row, KindSummaryModel::RowsColumn)
                .data(Qt::EditRole)
                .toLongLong();
    return -1;
}

// A window on the data page of a team workspace on a new database; the URL, or empty.
QString openOnNewDatabase(MainWindow& window)
{
    QString error;
    const QString url = test::PgTestServer::createDatabase(&error);
    if (url.isEmpty() || !window.openWorkspace(url, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    window.setWatchInterval(0); // the test drives the checks
    window.showView(QStringLiteral("data"));
    window.show();
    return url;
}

// A colleague's import, in a process of its own.
bool importElsewhere(const QString& url)
{
    const test::CliResult imported =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), url,
                         test::dataFile(QStringLiteral("exports/canonical_revenue.csv"))});
    if (imported.exitCode != 0)
        qWarning("%s", qPrintable(imported.err));
    return imported.exitCode == 0;
}

} // namespace

class TstTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void dashboardNoticesAnotherProcesssImport()
    {
        TENURE_NEED_SERVER();
        MainWindow window;
        const QString url = openOnNewDatabase(window);
        QVERIFY(!url.isEmpty());
        QVERIFY(window.workspace()->isTeam());
        QCOMPARE(revenueRows(window.dataPage()), 0);
        window.checkDataToken();
        QVERIFY(!window.changeBar()->isVisible());
        QVERIFY(importElsewhere(url));

        window.setWatchInterval(20);
        QTRY_VERIFY_WITH_TIMEOUT(window.changeBar()->isVisible(), 10000);
        QCOMPARE(revenueRows(window.dataPage()), 0); // still what it loaded, until Refresh
        auto* refresh = window.changeBar()->findChild<QPushButton*>(QStringLiteral("changeBarRefresh"));
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(!window.changeBar()->isVisible());
        QVERIFY(revenueRows(window.dataPage()) > 0);
    }

    // The window as the app runs it: the engine loads on a connection and thread of its own, also
    // on a team workspace, and a Refresh after a colleague's import loads the new data that way.
    void backgroundLoadOnATeamWorkspace()
    {
        TENURE_NEED_SERVER();
        MainWindow window;
        window.setBackgroundLoading(true);
        const QString url = openOnNewDatabase(window);
        QVERIFY(!url.isEmpty());
        QVERIFY(window.waitUntilLoaded(60000));
        QVERIFY(window.engine()->isLoaded());
        QVERIFY(!window.engine()->mrrRange());
        QVERIFY(importElsewhere(url));
        window.setWatchInterval(20);
        QTRY_VERIFY_WITH_TIMEOUT(window.changeBar()->isVisible(), 10000);
        QVERIFY(!window.engine()->mrrRange()); // the old numbers until Refresh
        QTest::mouseClick(window.changeBar()->findChild<QPushButton*>(QStringLiteral("changeBarRefresh")),
                          Qt::LeftButton);
        QVERIFY(window.isLoading());
        QVERIFY(window.waitUntilLoaded(60000));
        QVERIFY2(!window.statusBar()->currentMessage().contains(QLatin1String("failed")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.engine()->mrrRange());
        QVERIFY(revenueRows(window.dataPage()) > 0);
    }

    // The server drops the window's connection (a restart, a network gone): the watch connects
    // again and still notices the import made meanwhile.
    void dashboardReconnectsAfterTheServerDroppedIt()
    {
        TENURE_NEED_SERVER();
        MainWindow window;
        const QString url = openOnNewDatabase(window);
        QVERIFY(!url.isEmpty());
        QString error;
        QVERIFY2(
            test::PgTestServer::exec(url.section(QLatin1Char('/'), -1),
                                     {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                     "WHERE datname = current_database() AND pid <> "
                                                     "pg_backend_pid()")},
                                     &error),
            qPrintable(error));
        QVERIFY(importElsewhere(url));
        window.setWatchInterval(20);
        QTRY_VERIFY_WITH_TIMEOUT(window.changeBar()->isVisible(), 10000);
        QTest::mouseClick(window.changeBar()->findChild<QPushButton*>(QStringLiteral("changeBarRefresh")),
                          Qt::LeftButton);
        QVERIFY(revenueRows(window.dataPage()) > 0);
    }

    void readOnlyRoleWindowOffersNoImport()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString url = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QVERIFY(Workspace::open(url, &error)); // the owner makes the tables
        const QString database = url.section(QLatin1Char('/'), -1);
        test::PgTestServer::exec(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE watcher LOGIN")},
                                 &error);
        QVERIFY2(
            test::PgTestServer::exec(
                database, {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO watcher")}, &error),
            qPrintable(error));
        MainWindow window;
        QVERIFY2(window.openWorkspace(test::PgTestServer::url(database, QStringLiteral("watcher")), &error),
                 qPrintable(error));
        auto* import = window.findChild<QAction*>(QStringLiteral("fileImportAction"));
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(QLatin1String("watcher")), qPrintable(import->toolTip()));
    }
};

QTEST_MAIN(TstTeamWindow)
#include "tst_team_window.moc"
