#pragma once

#include "pages/DashboardPage.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAbstractButton;
class QActionGroup;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace tenure {

class AccountPage;
class Bands;
class DataPage;
class DataWatch;
class EngineLoader;
struct LoadedWorkspace;
class ExplainDialog;
class ImportDialog;
class FilterBar;
class KpiEngine;
class Workspace;

// The main window: menus, a filter toolbar, the dashboard pages (a sidebar and a stack) and a
// status bar with the workspace path. Geometry, state, recent workspaces and the filter are kept
// in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int MaxRecent = 8;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString& path, QString* error);
    // Writes a consistent copy of the open workspace to path (SQLite VACUUM INTO); the window stays
    // on the original. An existing file at path is replaced.
    bool saveCopy(const QString& path, QString* error);
    Workspace* workspace() const { return m_context.workspace; }
    // Selects a page by its view name (overview, trend:KPI, data, ...); false when there is none.
    bool showView(const QString& name);
    QString currentView() const;
    // Renders the window as it is now into a PNG file.
    bool saveScreenshot(const QString& file, QString* error);
    // Off for screenshots, so a fixed size is not written into the user's settings.
    void setKeepGeometry(bool keep) { m_keepGeometry = keep; }

    QStringList recentWorkspaces() const;
    // The most recent workspace that still exists; empty when there is none.
    static QString lastWorkspace();
    FilterBar* filterBar() const { return m_filterBar; }
    DashboardFilter filter() const { return m_context.filter; }
    void setFilter(const DashboardFilter& filter);
    DashboardPage* page(const QString& viewName) const;
    DataPage* dataPage() const { return m_dataPage; }
    AccountPage* accountPage() const { return m_accountPage; }

    // Shows an account on the account page (a double-click on an account anywhere); false when the
    // workspace has no such account.
    bool openAccount(const QString& accountKey);
    // Back and forward through the pages and accounts shown (View > Back, Alt+Left).
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }
    void goBack();
    void goForward();
    QStringList history() const { return m_history; }

    // Imports files through the import dialog (File > Import..., drops). Files are taken in
    // dependency order (accounts first).
    void importFiles(const QStringList& files);
    // Recomputes every page after the workspace's data changed (and takes its data token as seen).
    void dataChanged();
    // After a change made in this window (settings, health weights, bands): with background loading,
    // a change of the data or the as-of month (Settings: the currency, the as-of date) loads in the
    // background as Refresh does; anything else recomputes the pages.
    void settingsChanged();
    // How often the open workspace's data token is read to notice another user's (or process's)
    // import: 5 s, or TENURE_WATCH_MS; 0 stops the watch.
    void setWatchInterval(int msecs);
    int watchInterval() const;
    // The bar over the pages that says another import changed the data, with its Refresh button.
    QFrame* changeBar() const { return m_changeBar; }
    // Why importing is refused: a read-only team workspace's role; empty when imports are allowed.
    QString readOnlyReason() const;
    // Opens the explanation of a value (non-modal to the test, window-modal to the user).
    void explain(const QString& kpi, const QString& period, const QString& attribute, const QString& value);
    ExplainDialog* explainDialog() const;
    ImportDialog* importDialogWidget() const;
    KpiEngine* engine() const { return m_context.engine; }
    Bands* bands() const { return m_context.bands; }

    // The first-run screen, once per user (QSettings), unless the window was told not to.
    void showWelcomeIfFirstRun();

    // On: the KPI engine loads on a thread of its own (EngineLoader) when a workspace opens, after
    // an import and on Refresh, so the window never waits for the rows; until the first load is
    // done a loading panel stands in for the pages, later loads keep the old numbers on screen
    // until the new ones are ready. Off (the default, and what most tests use): the first query
    // loads on the GUI thread.
    void setBackgroundLoading(bool on);
    bool backgroundLoading() const { return m_backgroundLoading; }
    bool isLoading() const { return m_loading; }
    // Runs the event loop until no load is running (true) or msecs passed (false).
    bool waitUntilLoaded(int msecs);
    // The queries the pages start with, run by a background load so the pages find them computed.
    QList<KpiQuery> warmQueries() const;
    QWidget* loadingPanel() const { return m_loadingPanel; }

signals:
    // A background load was taken over and the pages refreshed.
    void dataLoaded();

public:
public slots:
    void newWorkspace();
    void openWorkspaceDialog();
    // File > Connect to team workspace...: asks for a PostgreSQL URL and opens it.
    void connectDialog();
    // Asks the data watch for the workspace's token; the answer shows the change bar when another
    // process changed the data (asynchronous: the watch reads on a thread of its own).
    void checkDataToken();
    // The change bar's Refresh: reloads everything, as after an import of our own.
    void reloadData();
    void saveCopyDialog();
    void clearRecent();
    void showWelcome();
    void showShortcuts();
    void importDialog();
    void exportReport();
    void about();
    // Edit > Benchmark bands and targets... / Settings...; the pages refresh after OK.
    void editBands();
    void editSettings();
    // Edit > Health score...: the weights editor with its live backtest.
    void editHealth();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void compareDataToken(int generation, const QString& token);
    void addPage(DashboardPage* page);
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    // Opens path, asking for a password once when a team workspace's server wants one; a failure
    // is shown in a message box. Returns whether the workspace is open.
    bool openAndReport(const QString& path);
    void updateWriteAccess();
    void filterChanged(const DashboardFilter& filter);
    void removeBatch(qint64 batchId, const QString& fileName);
    // The entry of the history for what is shown now ("health", "account:KEY").
    QString historyEntry() const;
    void recordHistory();
    void showEntry(const QString& entry);
    void connectAccountLinks(QWidget* root);
    void updateNavigation();
    // Background loading: starts one / takes its result over.
    void startLoad();
    void takeLoad(const LoadedWorkspace& result);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<KpiEngine> m_engine;
    std::unique_ptr<Bands> m_bands;
    QPointer<ExplainDialog> m_explainDialog;
    QPointer<ImportDialog> m_importDialog;
    DashboardContext m_context;
    FilterBar* m_filterBar = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_content = nullptr; // the pages' stack, or the loading panel in its place
    QWidget* m_loadingPanel = nullptr;
    QLabel* m_loadingLabel = nullptr;
    EngineLoader* m_loader = nullptr;
    bool m_backgroundLoading = false;
    bool m_loading = false;
    QList<DashboardPage*> m_pages;
    DataPage* m_dataPage = nullptr;
    AccountPage* m_accountPage = nullptr;
    QStringList m_history;
    int m_historyIndex = -1;
    bool m_navigating = false;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_healthAction = nullptr;
    QLabel* m_pathLabel = nullptr;
    QFrame* m_changeBar = nullptr;
    QLabel* m_changeLabel = nullptr;
    QAbstractButton* m_refreshButton = nullptr;
    QTimer* m_watchTimer = nullptr;
    std::unique_ptr<DataWatch> m_watch;
    int m_watchGeneration = 0;
    QString m_dataToken; // the workspace's data token when the pages last (re)loaded
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_welcomeAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_bandsAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QActionGroup* m_viewActions = nullptr;
    bool m_keepGeometry = true;
};

} // namespace tenure
