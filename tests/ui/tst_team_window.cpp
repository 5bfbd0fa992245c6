// Issue 12's "done when": a dashboard on a team workspace in this process, an import in another
// process; the window notices the other user's import and its Refresh shows the new numbers. A
// read-only role's window offers no import.
#include "MainWindow.h"
#include "PgTestServer.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "models/DataModels.h"
#include "pages/DataPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
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

} // namespace

class TstTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void dashboardNoticesAnotherProcesssImport()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString url = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        MainWindow window;
        window.setWatchInterval(0);
        QVERIFY2(window.openWorkspace(url, &error), qPrintable(error));
        QVERIFY(window.showView(QStringLiteral("data")));
        window.show();
        QVERIFY(window.workspace()->isTeam());
        QCOMPARE(revenueRows(window.dataPage()), 0);
        window.checkDataToken();
        QVERIFY(!window.changeBar()->isVisible());

        // A colleague's import, in a process of its own.
        const test::CliResult imported =
            test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), url,
                             test::dataFile(QStringLiteral("exports/canonical_revenue.csv"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        window.setWatchInterval(20);
        QTRY_VERIFY_WITH_TIMEOUT(window.changeBar()->isVisible(), 10000);
        QCOMPARE(revenueRows(window.dataPage()), 0); // still what it loaded, until Refresh
        auto* refresh = window.changeBar()->findChild<QPushButton*>(QStringLiteral("changeBarRefresh"));
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(!window.changeBar()->isVisible());
        QVERIFY(revenueRows(window.dataPage()) > 0);
    }

    // The server drops the window's connection (a restart, a network gone): the watch connects
    // again and still notices the import made meanwhile.
    void dashboardReconnectsAfterTheServerDroppedIt()
    {
        TENURE_NEED_SERVER();
        QString error;
        const QString url = test::PgTestServer::createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        MainWindow window;
        window.setWatchInterval(0);
        QVERIFY2(window.openWorkspace(url, &error), qPrintable(error));
        QVERIFY(window.showView(QStringLiteral("data")));
        window.show();
        const QString database = url.section(QLatin1Char('/'), -1);
        QVERIFY2(
            test::PgTestServer::exec(database,
                                     {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                     "WHERE datname = current_database() AND pid <> "
                                                     "pg_backend_pid()")},
                                     &error),
            qPrintable(error));
        const test::CliResult imported =
            test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), url,
                             test::dataFile(QStringLiteral("exports/canonical_revenue.csv"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
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
