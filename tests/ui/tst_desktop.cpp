// Desktop habits of the main window: Save a copy, Open recent with Clear list, the window's
// geometry, page and filter restored on start, the last workspace reopened, the first-run screen
// with the template CSVs, Help > Keyboard shortcuts, the language choice in Settings, and the
// window in German.
#include "FileDialog.h"
#include "Filters.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TestSupport.h"
#include "WelcomeDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace tenure;

namespace {

void seedAccounts(Workspace& workspace, int accounts)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO accounts (id, account_key, name, plan) VALUES (?, ?, ?, ?)"));
    for (int i = 1; i <= accounts; ++i) {
        query.addBindValue(i);
        query.addBindValue(QStringLiteral("A%1").arg(i));
        query.addBindValue(QStringLiteral("Account %1").arg(i));
        query.addBindValue(i % 2 ? QStringLiteral("Pro") : QStringLiteral("Basic"));
        QVERIFY(query.exec());
    }
    query.prepare(QStringLiteral("INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)"));
    for (int i = 1; i <= accounts; ++i)
        for (int m = 0; m < 14; ++m) {
            query.addBindValue(i);
            query.addBindValue(yyyymm(monthIndex(2024, 1) + m));
            query.addBindValue(10000);
            QVERIFY(query.exec());
        }
    workspace.bumpDataVersion();
}

qint64 countRows(const QString& path, const QString& table)
{
    QString error;
    auto workspace = Workspace::openExisting(path, &error);
    if (!workspace)
        return -1;
    QSqlQuery query(workspace->database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

template <typename T> T* visibleDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
    }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(widget))
                widget->close();
    }

    void saveCopyWritesAConsistentCopy()
    {
        test::TempWorkspace temp;
        seedAccounts(temp.workspace(), 7);
        temp.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(temp.path(), &error), qPrintable(error));
        auto* action = window.findChild<QAction*>(QStringLiteral("fileSaveCopyAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        // Through the menu with the file dialog answered: the suffix is added.
        const QString copy = temp.dir() + QStringLiteral("/backup");
        FileDialog::instance().setNextFileName(copy);
        action->trigger();
        QCOMPARE(countRows(copy + QStringLiteral(".tenure"), QStringLiteral("accounts")), 7);
        QCOMPARE(countRows(copy + QStringLiteral(".tenure"), QStringLiteral("revenue")), 7 * 14);
        // The window stays on the original, which keeps changing on its own.
        QCOMPARE(window.workspace()->path(), temp.path());
        QSqlQuery(window.workspace()->database())
            .exec(QStringLiteral("DELETE FROM revenue WHERE account_id = 1"));
        QCOMPARE(countRows(copy + QStringLiteral(".tenure"), QStringLiteral("revenue")), 7 * 14);
        // Saving again replaces the older copy.
        QVERIFY2(window.saveCopy(copy + QStringLiteral(".tenure"), &error), qPrintable(error));
        QCOMPARE(countRows(copy + QStringLiteral(".tenure"), QStringLiteral("revenue")), 6 * 14);
        // Never over the open workspace itself.
        QVERIFY(!window.saveCopy(temp.path(), &error));
        QVERIFY(error.contains(QLatin1String("cannot replace the workspace itself")));
        QCOMPARE(countRows(temp.path(), QStringLiteral("accounts")), 7);
    }

    void recentMenuAndClearList()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        const QString a = dir.filePath(QStringLiteral("a.tenure")),
                      b = dir.filePath(QStringLiteral("b.tenure"));
        QVERIFY(window.openWorkspace(a, &error));
        QVERIFY(window.openWorkspace(b, &error));
        auto* recent = window.findChild<QMenu*>(QStringLiteral("fileRecentMenu"));
        QVERIFY(recent);
        QStringList texts;
        for (QAction* action : recent->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, (QStringList{QStringLiteral("&1 ") + QDir::toNativeSeparators(b),
                                     QStringLiteral("&2 ") + QDir::toNativeSeparators(a),
                                     QStringLiteral("&Clear list")}));
        // Choosing an entry opens it.
        recent->actions().at(1)->trigger();
        QCOMPARE(window.workspace()->path(), a);
        window.findChild<QAction*>(QStringLiteral("fileClearRecentAction"))->trigger();
        QVERIFY(window.recentWorkspaces().isEmpty());
        QVERIFY(!recent->isEnabled());
        QCOMPARE(MainWindow::lastWorkspace(), QString());
    }

    void lastWorkspaceSkipsMissingFiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.tenure")),
                      b = dir.filePath(QStringLiteral("b.tenure"));
        {
            MainWindow window;
            QString error;
            QVERIFY(window.openWorkspace(a, &error));
            QVERIFY(window.openWorkspace(b, &error));
        }
        QCOMPARE(MainWindow::lastWorkspace(), b);
        QVERIFY(QFile::remove(b));
        QCOMPARE(MainWindow::lastWorkspace(), a);
    }

    void geometryPageAndFilterAreRestored()
    {
        test::TempWorkspace temp;
        seedAccounts(temp.workspace(), 4);
        temp.close();
        {
            MainWindow window;
            QString error;
            QVERIFY(window.openWorkspace(temp.path(), &error));
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showView(QStringLiteral("cohorts")));
            DashboardFilter filter = window.filter();
            filter.grain = Grain::Quarter;
            filter.segmentAttribute = QStringLiteral("plan");
            filter.segmentValue = QStringLiteral("Pro");
            window.setFilter(filter);
            window.close();
        }
        MainWindow again;
        QString error;
        QVERIFY(again.openWorkspace(temp.path(), &error));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1000, 700));
        QCOMPARE(again.currentView(), QStringLiteral("cohorts"));
        QCOMPARE(again.filter().grain, Grain::Quarter);
        QCOMPARE(again.filter().segmentAttribute, QStringLiteral("plan"));
        QCOMPARE(again.filter().segmentValue, QStringLiteral("Pro"));
    }

    void welcomeExplainsEachKindAndSavesTemplates()
    {
        WelcomeDialog dialog;
        QTableWidget* kinds = dialog.kindsTable();
        QCOMPARE(kinds->rowCount(), int(allKinds().size()));
        for (int row = 0; row < kinds->rowCount(); ++row) {
            QVERIFY(!kinds->item(row, 0)->text().isEmpty());
            QVERIFY(!kinds->item(row, 1)->text().isEmpty());
            QVERIFY(!kinds->item(row, 2)->text().isEmpty());
        }
        QCOMPARE(kinds->item(0, 0)->text(), QStringLiteral("Accounts"));
        QVERIFY(kinds->item(0, 1)->text().contains(QLatin1String("CRM")));
        QCOMPARE(kinds->item(1, 0)->text(), QStringLiteral("Revenue (MRR)"));
        QVERIFY(kinds->item(1, 2)->text().startsWith(QLatin1String("MRR, ARR")));
        // The template's columns are in the tooltip.
        QCOMPARE(kinds->item(1, 0)->toolTip(), QStringLiteral("account_id,month,mrr,plan"));
        // Accounts and revenue are ticked to begin with: the two a dashboard needs.
        QCOMPARE(dialog.checkedKinds(), (QList<DataKind>{DataKind::Accounts, DataKind::Revenue}));
        kinds->item(int(DataKind::Tickets), 0)->setCheckState(Qt::Checked);

        QTemporaryDir dir;
        // A file of the user's is never overwritten.
        test::writeFile(dir.filePath(QStringLiteral("revenue.csv")), "mine\n");
        QString error;
        QCOMPARE(dialog.saveTemplates(dir.path(), &error), 2);
        QFile accounts(dir.filePath(QStringLiteral("accounts.csv")));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        QCOMPARE(accounts.readAll(),
                 QByteArray("account_id,name,plan,region,industry,size,owner,created_at\n"));
        QFile tickets(dir.filePath(QStringLiteral("tickets.csv")));
        QVERIFY(tickets.open(QIODevice::ReadOnly));
        QVERIFY(tickets.readAll().startsWith("ticket_id,account_id,created_at,resolved_at,contacts"));
        QFile revenue(dir.filePath(QStringLiteral("revenue.csv")));
        QVERIFY(revenue.open(QIODevice::ReadOnly));
        QCOMPARE(revenue.readAll(), QByteArray("mine\n"));
        QVERIFY(dialog.statusText().contains(QDir::toNativeSeparators(dir.path())));

        // The button asks for the folder (answered here) and writes there.
        QTemporaryDir other;
        FileDialog::instance().setNextFileName(other.path());
        dialog.findChild<QPushButton*>(QStringLiteral("saveTemplates"))->click();
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("accounts.csv"))));
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("tickets.csv"))));
        QVERIFY(!QFile::exists(other.filePath(QStringLiteral("orders.csv"))));
    }

    void welcomeShowsOnceAndOffersANewWorkspace()
    {
        test::TempWorkspace temp;
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(temp.path(), &error));
        window.show();
        QVERIFY(!WelcomeDialog::wasShown());
        window.showWelcomeIfFirstRun();
        WelcomeDialog* welcome = visibleDialog<WelcomeDialog>();
        QVERIFY(welcome);
        QVERIFY(WelcomeDialog::wasShown());
        // New workspace for my data: the window's New workspace, file dialog answered.
        const QString fresh = temp.dir() + QStringLiteral("/mine");
        FileDialog::instance().setNextFileName(fresh);
        welcome->findChild<QPushButton*>(QStringLiteral("newWorkspace"))->click();
        QTRY_COMPARE(window.workspace()->path(), fresh + QStringLiteral(".tenure"));
        QTRY_VERIFY(!visibleDialog<WelcomeDialog>());
        // Not again on the next start.
        window.showWelcomeIfFirstRun();
        QVERIFY(!visibleDialog<WelcomeDialog>());
        // Help > Getting started shows it whenever asked.
        window.findChild<QAction*>(QStringLiteral("helpWelcomeAction"))->trigger();
        QVERIFY(visibleDialog<WelcomeDialog>());
    }

    void keyboardShortcutsListEveryMenuShortcut()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("helpShortcutsAction"));
        QVERIFY(action);
        action->trigger();
        ShortcutsDialog* dialog = visibleDialog<ShortcutsDialog>();
        QVERIFY(dialog);
        QMap<QString, QString> keys;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            keys.insert(dialog->table()->item(row, 0)->text(), dialog->table()->item(row, 1)->text());
        const auto native = [](const QKeySequence& k) { return k.toString(QKeySequence::NativeText); };
        QCOMPARE(keys.value(QStringLiteral("File > New workspace")), native(QKeySequence::New));
        QCOMPARE(keys.value(QStringLiteral("File > Open workspace")), native(QKeySequence::Open));
        QCOMPARE(keys.value(QStringLiteral("File > Save a copy")),
                 native(QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
        QCOMPARE(keys.value(QStringLiteral("File > Import")), native(QKeySequence(QStringLiteral("Ctrl+I"))));
        QCOMPARE(keys.value(QStringLiteral("View > Overview")),
                 native(QKeySequence(QStringLiteral("Ctrl+1"))));
        QCOMPARE(keys.value(QStringLiteral("View > Data")), native(QKeySequence(QStringLiteral("Ctrl+8"))));
        QCOMPARE(keys.value(QStringLiteral("Help > Keyboard shortcuts")),
                 native(QKeySequence(QStringLiteral("Ctrl+/"))));
        QVERIFY(keys.contains(QStringLiteral("Explain the number of a tile or a table cell")));
        // No two menu commands share a key.
        QStringList all;
        for (QAction* a : window.findChildren<QAction*>())
            if (!a->shortcut().isEmpty())
                all << a->shortcut().toString();
        QStringList unique = all;
        unique.removeDuplicates();
        QCOMPARE(all.size(), unique.size());
    }

    void settingsKeepTheLanguage()
    {
        test::TempWorkspace temp;
        SettingsDialog dialog(temp.workspace());
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(box);
        QCOMPARE(box->count(), 4); // system default, English, Deutsch, Français
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(box->itemText(2), QStringLiteral("Deutsch"));
        box->setCurrentIndex(box->findData(QStringLiteral("de")));
        dialog.accept();
        QVERIFY(dialog.result() == QDialog::Accepted);
        QVERIFY(dialog.languageChanged());
        QCOMPARE(language::chosen(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        SettingsDialog again(temp.workspace());
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("de"));
        again.accept();
        QVERIFY(!again.languageChanged());
    }

    // What a German user sees: the menus, the pages and the numbers in German.
    void windowInGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/translations/tenure_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            MainWindow window;
            QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                                      QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
            QCOMPARE(window.findChild<QAction*>(QStringLiteral("fileSaveCopyAction"))->text(),
                     QStringLiteral("&Kopie speichern unter..."));
            QVERIFY(window.showView(QStringLiteral("overview")));
            QCOMPARE(window.page(QStringLiteral("overview"))->title(), QStringLiteral("Übersicht"));
            QCOMPARE(window.page(QStringLiteral("data"))->title(), QStringLiteral("Daten"));
        }
        QLocale::setDefault(before);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
