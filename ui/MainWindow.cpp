#include "MainWindow.h"

#include "DataWatch.h"

#include "BandsDialog.h"
#include "ConnectDialog.h"
#include "EngineLoader.h"
#include "EventWait.h"
#include "ExplainDialog.h"
#include "FileDialog.h"
#include "Filters.h"
#include "HealthConfigDialog.h"
#include "ImportDialog.h"
#include "ReportHook.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "WelcomeDialog.h"
#include "Workspace.h"
#include "import/Importer.h"
#include "kpi/Bands.h"
#include "kpi/KpiEngine.h"
#include "models/GridModel.h"
#include "pages/AccountPage.h"
#include "pages/DataPage.h"
#include "pages/OverviewPage.h"
#include "pages/TablePages.h"
#include "pages/TrendPage.h"
#include "store/ServerAddress.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

// Q_INIT_RESOURCE cannot be used inside a namespace; the resources live in a static library.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace tenure {

namespace {
const QString RecentKey = QStringLiteral("recentWorkspaces");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString ViewKey = QStringLiteral("window/view");
constexpr int DefaultWatchMs = 5000;

// A recent entry or workspace path as the user reads it: a file in native separators, a team
// workspace's URL as it is.
QString displayPath(const QString& path)
{
    return server::isServerUrl(path) ? path : QDir::toNativeSeparators(path);
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    initUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/tenure.svg")));
    resize(1280, 800);

    m_filterBar = new FilterBar(this);
    addToolBar(Qt::TopToolBarArea, m_filterBar);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::filterChanged);

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Dashboard pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(3);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_stack = new QStackedWidget(this);
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Shown when another import changed the workspace's data behind this window's back.
    m_changeBar = new QFrame(central);
    m_changeBar->setObjectName(QStringLiteral("changeBar"));
    m_changeBar->setFrameShape(QFrame::StyledPanel);
    m_changeBar->setAutoFillBackground(true);
    m_changeBar->setBackgroundRole(QPalette::ToolTipBase);
    m_changeBar->setForegroundRole(QPalette::ToolTipText);
    auto* barLayout = new QHBoxLayout(m_changeBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    m_changeLabel = new QLabel(m_changeBar);
    m_changeLabel->setObjectName(QStringLiteral("changeBarText"));
    m_changeLabel->setForegroundRole(QPalette::ToolTipText);
    auto* refresh = new QPushButton(m_changeBar);
    refresh->setObjectName(QStringLiteral("changeBarRefresh"));
    connect(refresh, &QPushButton::clicked, this, &MainWindow::reloadData);
    m_refreshButton = refresh;
    barLayout->addWidget(m_changeLabel, 1);
    barLayout->addWidget(refresh);
    m_changeBar->hide();
    outer->addWidget(m_changeBar);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    // While a workspace's first load runs on its own thread, a panel stands in for the pages.
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_stack);
    m_loadingPanel = new QWidget(m_content);
    m_loadingPanel->setObjectName(QStringLiteral("loadingPanel"));
    auto* loadingLayout = new QVBoxLayout(m_loadingPanel);
    loadingLayout->addStretch(1);
    m_loadingLabel = new QLabel(m_loadingPanel);
    m_loadingLabel->setObjectName(QStringLiteral("loadingText"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    loadingLayout->addWidget(m_loadingLabel);
    auto* busy = new QProgressBar(m_loadingPanel);
    busy->setObjectName(QStringLiteral("loadingProgress"));
    busy->setRange(0, 0); // moves on its own: a load has no steps to count
    busy->setTextVisible(false);
    busy->setFixedWidth(fontMetrics().averageCharWidth() * 40);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(2);
    m_content->addWidget(m_loadingPanel);
    m_loader = new EngineLoader(this);
    connect(m_loader, &EngineLoader::loaded, this, &MainWindow::takeLoad);
    layout->addWidget(m_content, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_watchTimer = new QTimer(this);
    m_watchTimer->setObjectName(QStringLiteral("dataWatchTimer"));
    bool envOk = false;
    const int envMs = qEnvironmentVariableIntValue("TENURE_WATCH_MS", &envOk);
    m_watchTimer->setInterval(envOk && envMs >= 0 ? envMs : DefaultWatchMs);
    connect(m_watchTimer, &QTimer::timeout, this, &MainWindow::checkDataToken);

    m_viewActions = new QActionGroup(this);
    m_viewActions->setExclusive(true);
    createMenus();

    addPage(new OverviewPage(&m_context, this));
    addPage(new TrendPage(&m_context, this));
    addPage(new MovementsPage(&m_context, this));
    addPage(new CohortsPage(&m_context, this));
    addPage(new SegmentsPage(&m_context, this));
    addPage(new SurveysPage(&m_context, this));
    auto* health = new HealthPage(&m_context, this);
    connect(health, &HealthPage::editRequested, this, &MainWindow::editHealth);
    addPage(health);
    m_dataPage = new DataPage(&m_context, this);
    connect(m_dataPage, &DataPage::removeBatchRequested, this, &MainWindow::removeBatch);
    addPage(m_dataPage);
    // Last, so the pages before it keep their Ctrl+N shortcuts.
    m_accountPage = new AccountPage(&m_context, this);
    connect(m_accountPage, &AccountPage::accountChosen, this, [this] { recordHistory(); });
    connect(m_accountPage, &AccountPage::exportRequested, this, [this](const QString& key) {
        if (accountReportExporter() && m_context.workspace)
            accountReportExporter()(this, *m_context.workspace, key);
    });
    addPage(m_accountPage);
    for (DashboardPage* page : m_pages)
        connectAccountLinks(page);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        m_viewActions->actions().at(row)->setChecked(true);
        recordHistory();
    });
    m_sidebar->setCurrentRow(0);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setAccessibleName(tr("Workspace file"));
    statusBar()->addWidget(m_pathLabel, 1);

    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_context.filter = DashboardFilter::load(settings);
    m_filterBar->setFilter(m_context.filter);
    const QString view = settings.value(ViewKey).toString();
    if (!view.isEmpty())
        showView(view);
    retranslate();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(DashboardPage* page)
{
    m_pages << page;
    m_stack->addWidget(page);
    // Tab moves on to the next widget; the arrow keys move within a table (a table that kept Tab
    // for its cells would trap keyboard users in it).
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    auto* item = new QListWidgetItem(page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->viewName());
    QAction* action = m_viewMenu->addAction(page->title());
    action->setCheckable(true);
    action->setData(page->viewName());
    if (m_pages.size() <= 9)
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(m_pages.size())));
    m_viewActions->addAction(action);
    connect(action, &QAction::triggered, this,
            [this, page] { m_sidebar->setCurrentRow(int(m_pages.indexOf(page))); });
    connect(page, &DashboardPage::explainRequested, this, &MainWindow::explain);
    connect(page, &DashboardPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    // The sidebar is as wide as its longest title.
    m_sidebar->setFixedWidth(
        std::max(m_sidebar->sizeHintForColumn(0) + 4 * m_sidebar->fontMetrics().averageCharWidth(),
                 fontMetrics().horizontalAdvance(QStringLiteral("Overview")) * 2));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newWorkspace);
    m_newAction->setObjectName(QStringLiteral("fileNewAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openWorkspaceDialog);
    m_openAction->setObjectName(QStringLiteral("fileOpenAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectDialog);
    m_connectAction->setObjectName(QStringLiteral("fileConnectAction"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("fileRecentMenu"));
    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("fileClearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, &MainWindow::clearRecent);
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopyDialog);
    m_saveCopyAction->setObjectName(QStringLiteral("fileSaveCopyAction"));
    m_saveCopyAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importDialog);
    m_importAction->setObjectName(QStringLiteral("fileImportAction"));
    m_importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportReport);
    m_exportAction->setObjectName(QStringLiteral("fileExportAction"));
    m_exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("fileQuitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_editMenu = menuBar()->addMenu(QString());
    m_bandsAction = m_editMenu->addAction(QString(), this, &MainWindow::editBands);
    m_bandsAction->setObjectName(QStringLiteral("editBandsAction"));
    m_settingsAction = m_editMenu->addAction(QString(), this, &MainWindow::editSettings);
    m_settingsAction->setObjectName(QStringLiteral("editSettingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_healthAction = m_editMenu->addAction(QString(), this, &MainWindow::editHealth);
    m_healthAction->setObjectName(QStringLiteral("editHealthAction"));
    m_viewMenu = menuBar()->addMenu(QString());
    m_backAction = m_viewMenu->addAction(QString(), this, &MainWindow::goBack);
    m_backAction->setObjectName(QStringLiteral("viewBackAction"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = m_viewMenu->addAction(QString(), this, &MainWindow::goForward);
    m_forwardAction->setObjectName(QStringLiteral("viewForwardAction"));
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_viewMenu->addSeparator();
    auto* navigation = new QToolBar(this);
    navigation->setObjectName(QStringLiteral("navigationToolBar"));
    navigation->setMovable(false);
    navigation->addAction(m_backAction);
    navigation->addAction(m_forwardAction);
    addToolBar(Qt::TopToolBarArea, navigation);
    m_helpMenu = menuBar()->addMenu(QString());
    m_welcomeAction = m_helpMenu->addAction(QString(), this, &MainWindow::showWelcome);
    m_welcomeAction->setObjectName(QStringLiteral("helpWelcomeAction"));
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("helpShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setObjectName(QStringLiteral("helpAboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New workspace..."));
    m_openAction->setText(tr("&Open workspace..."));
    m_connectAction->setText(tr("Connect to &team workspace..."));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_saveCopyAction->setText(tr("Save a &copy..."));
    // A team workspace is no file to copy (its server keeps the backups).
    m_saveCopyAction->setEnabled(m_context.workspace && !m_context.workspace->isTeam());
    m_welcomeAction->setText(tr("&Getting started..."));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts..."));
    m_importAction->setText(tr("&Import..."));
    m_exportAction->setText(tr("&Export report..."));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_bandsAction->setText(tr("&Benchmark bands and targets..."));
    m_bandsAction->setEnabled(m_context.bands);
    m_settingsAction->setText(tr("&Settings..."));
    m_settingsAction->setEnabled(m_context.workspace);
    m_healthAction->setText(tr("&Health score..."));
    m_healthAction->setEnabled(m_context.engine);
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    updateNavigation();
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Tenure"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_sidebar->item(i)->setText(m_pages.at(i)->title());
        m_viewActions->actions().at(i)->setText(m_pages.at(i)->title());
    }
    m_exportAction->setEnabled(bool(reportExporter()) && m_context.workspace);
    m_changeLabel->setText(tr("Another import changed this workspace's data."));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the pages with the workspace's new data"));
    updateWriteAccess();
    if (m_context.workspace)
        setWindowTitle(tr("%1 - Tenure").arg(m_context.workspace->companyName()));
    else
        setWindowTitle(tr("Tenure"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    auto workspace = Workspace::open(path, error);
    if (!workspace)
        return false;
    // Pages drop their pointers before the old engine and workspace go.
    m_context = {nullptr, nullptr, nullptr, m_context.filter};
    m_bands.reset();
    m_engine.reset();
    m_workspace = std::move(workspace);
    m_engine = std::make_unique<KpiEngine>(*m_workspace);
    m_engine->setFollowData(!m_backgroundLoading); // new data comes from the loader
    m_bands = std::make_unique<Bands>(*m_workspace);
    m_context.workspace = m_workspace.get();
    m_context.engine = m_engine.get();
    m_context.bands = m_bands.get();
    m_pathLabel->setText(displayPath(m_workspace->path()));
    rememberRecent(m_workspace->path());
    if (m_backgroundLoading) {
        m_filterBar->setWorkspace(nullptr); // the old workspace is gone; the filter itself is kept
        startLoad();                        // the filter bar and the pages follow when it is done
        retranslate();
    } else {
        m_content->setCurrentWidget(m_stack);
        m_filterBar->setWorkspace(m_workspace.get());
        m_context.filter = m_filterBar->filter();
        retranslate();
        dataChanged();
    }
    // The data token is read on a connection and thread of its own (DataWatch).
    m_watch = std::make_unique<DataWatch>(m_workspace->path());
    connect(m_watch.get(), &DataWatch::tokenRead, this, &MainWindow::compareDataToken);
    if (m_watchTimer->interval() > 0)
        m_watchTimer->start();
    if (!m_workspace->canWrite())
        statusBar()->showMessage(readOnlyReason(), 10000);
    return true;
}

QString MainWindow::readOnlyReason() const
{
    if (!m_context.workspace || m_context.workspace->canWrite())
        return {};
    return tr("Role %1 may only read this team workspace").arg(m_context.workspace->serverUser());
}

void MainWindow::updateWriteAccess()
{
    const QString reason = readOnlyReason();
    m_importAction->setEnabled(reason.isEmpty());
    m_importAction->setToolTip(reason);
    m_importAction->setStatusTip(reason);
    if (m_pathLabel)
        m_pathLabel->setToolTip(reason);
}

void MainWindow::setWatchInterval(int msecs)
{
    m_watchTimer->stop();
    m_watchTimer->setInterval(std::max(0, msecs));
    if (m_context.workspace && msecs > 0)
        m_watchTimer->start();
}

int MainWindow::watchInterval() const
{
    return m_watchTimer->interval();
}

void MainWindow::checkDataToken()
{
    // While the import dialog is open our own import changes the token; its end reloads.
    if (!m_watch || m_importDialog)
        return;
    m_watch->requestCheck(m_watchGeneration);
}

void MainWindow::compareDataToken(int generation, const QString& token)
{
    // An answer from before the last reload, during our own import, or a failed read (an empty
    // token: a team server gone for a moment) says nothing.
    if (generation != m_watchGeneration || m_importDialog || m_loading || token.isEmpty() ||
        token == m_dataToken)
        return; // (a load running brings whatever is new; its end says what it read)
    m_changeBar->show();
}

void MainWindow::reloadData()
{
    // The server may have dropped this connection too (the watch noticed on its own).
    if (m_context.workspace)
        m_context.workspace->ensureConnected();
    if (m_backgroundLoading && m_context.workspace) {
        startLoad(); // the old numbers stay until the new ones are ready
        return;
    }
    if (m_context.engine)
        m_context.engine->invalidate();
    dataChanged();
}

void MainWindow::settingsChanged()
{
    if (m_backgroundLoading && m_engine && m_engine->needsLoad())
        reloadData();
    else
        dataChanged();
}

void MainWindow::setBackgroundLoading(bool on)
{
    m_backgroundLoading = on;
    if (m_engine)
        m_engine->setFollowData(!on);
}

QList<KpiQuery> MainWindow::warmQueries() const
{
    KpiQuery query; // every KPI: the overview's tiles, the trend and the table pages
    query.grain = m_context.filter.grain;
    m_context.applySegment(query);
    return {query};
}

void MainWindow::startLoad()
{
    m_loading = true;
    ++m_watchGeneration; // checks asked before this load are stale
    m_changeBar->hide();
    if (!m_engine->isLoaded()) {
        // The file's name (its folder is in the status bar), or a team workspace's address.
        const QString path = m_workspace->path();
        m_loadingLabel->setText(
            tr("Loading %1...").arg(server::isServerUrl(path) ? path : QFileInfo(path).fileName()));
        m_content->setCurrentWidget(m_loadingPanel);
        m_filterBar->setEnabled(false);
    } else {
        statusBar()->showMessage(tr("Loading the new data..."));
    }
    m_loader->start(m_workspace->path(), warmQueries());
}

void MainWindow::takeLoad(const LoadedWorkspace& result)
{
    m_loading = false;
    if (!m_workspace)
        return;
    if (!result.error.isEmpty())
        statusBar()->showMessage(tr("Loading in the background failed (%1); loading here.").arg(result.error),
                                 10000);
    else
        statusBar()->clearMessage();
    workspaceinfo::adopt(*m_workspace, result.answers);
    if (result.engine)
        m_engine->adopt(result.engine);
    else
        m_engine->invalidate(); // the pages' first query loads
    m_filterBar->setEnabled(true);
    m_filterBar->setWorkspace(m_workspace.get());
    m_context.filter = m_filterBar->filter();
    m_content->setCurrentWidget(m_stack);
    dataChanged();
    // What was seen is what was loaded: an import committed during the load shows the change bar.
    if (result.error.isEmpty())
        m_dataToken = result.dataToken;
    emit dataLoaded();
}

bool MainWindow::waitUntilLoaded(int msecs)
{
    if (m_loading)
        runUntil(this, &MainWindow::dataLoaded, msecs);
    return !m_loading;
}

void MainWindow::editBands()
{
    if (!m_context.bands)
        return;
    BandsDialog dialog(*m_context.bands, this);
    if (dialog.exec() == QDialog::Accepted)
        settingsChanged();
    else
        m_context.bands->reload(); // an import in the dialog is stored even on Cancel
}

void MainWindow::editSettings()
{
    if (!m_context.workspace)
        return;
    SettingsDialog dialog(*m_context.workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        retranslate(); // the title carries the company name
        settingsChanged();
        if (dialog.languageChanged())
            statusBar()->showMessage(tr("The language changes when Tenure starts again."), 10000);
    }
}

void MainWindow::editHealth()
{
    if (!m_context.engine)
        return;
    HealthConfigDialog dialog(*m_context.engine, this);
    if (dialog.exec() == QDialog::Accepted)
        settingsChanged();
}

bool MainWindow::openAccount(const QString& accountKey)
{
    if (!m_context.engine || !m_context.engine->account(accountKey))
        return false;
    if (m_explainDialog)
        m_explainDialog->close();
    m_accountPage->setAccount(accountKey);
    m_sidebar->setCurrentRow(int(m_pages.indexOf(m_accountPage)));
    recordHistory(); // the page may have been shown already, with another account
    return true;
}

QString MainWindow::historyEntry() const
{
    const QString view = currentView();
    if (view == QLatin1String("account") && !m_accountPage->account().isEmpty())
        return view + QLatin1Char(':') + m_accountPage->account();
    return view;
}

void MainWindow::recordHistory()
{
    if (m_navigating || !m_accountPage)
        return;
    const QString entry = historyEntry();
    if (entry.isEmpty() || (m_historyIndex >= 0 && m_history.value(m_historyIndex) == entry))
        return;
    while (m_history.size() > m_historyIndex + 1)
        m_history.removeLast();
    m_history << entry;
    if (m_history.size() > 100)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size()) - 1;
    updateNavigation();
}

void MainWindow::showEntry(const QString& entry)
{
    m_navigating = true;
    showView(entry);
    m_navigating = false;
    updateNavigation();
}

void MainWindow::goBack()
{
    if (canGoBack())
        showEntry(m_history.at(--m_historyIndex));
}

void MainWindow::goForward()
{
    if (canGoForward())
        showEntry(m_history.at(++m_historyIndex));
}

void MainWindow::updateNavigation()
{
    if (m_backAction)
        m_backAction->setEnabled(canGoBack());
    if (m_forwardAction)
        m_forwardAction->setEnabled(canGoForward());
}

namespace {

// The account a double-click means: the row's account column (a header "account", "account_key",
// "account_id" on the data page),
// else the clicked text itself when it is an account key (segments by account). Cells that explain
// a KPI value are left to the explanation.
QString accountKeyAt(const QModelIndex& index, KpiEngine* engine)
{
    if (!index.isValid() || !engine || !index.data(GridModel::KpiRole).toString().isEmpty())
        return {};
    const QAbstractItemModel* model = index.model();
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString().trimmed().toLower();
        if (header == QLatin1String("account") || header == QLatin1String("account_key") ||
            header == QLatin1String("account_id") || header == QLatin1String("account key")) {
            const QString key = model->index(index.row(), c).data().toString();
            if (engine->account(key))
                return key;
        }
    }
    const QString text = index.data().toString();
    return engine->account(text) ? text : QString();
}

} // namespace

void MainWindow::connectAccountLinks(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (view->property("tenureAccountLinks").toBool())
            continue;
        view->setProperty("tenureAccountLinks", true);
        connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
            const QString key = accountKeyAt(index, m_context.engine);
            // Queued: the explanation dialog the view may sit in closes on the way.
            if (!key.isEmpty())
                QMetaObject::invokeMethod(
                    this, [this, key] { openAccount(key); }, Qt::QueuedConnection);
        });
    }
}

void MainWindow::dataChanged()
{
    m_dataToken = m_context.workspace ? m_context.workspace->dataToken() : QString();
    ++m_watchGeneration; // answers to checks asked before this reload are stale
    m_changeBar->hide();
    if (m_bands)
        m_bands->reload();
    m_filterBar->setWorkspace(m_context.workspace);
    m_context.filter = m_filterBar->filter();
    for (DashboardPage* page : m_pages)
        page->invalidate();
}

void MainWindow::filterChanged(const DashboardFilter& filter)
{
    m_context.filter = filter;
    QSettings settings;
    filter.save(settings);
    for (DashboardPage* page : m_pages)
        page->invalidate();
}

void MainWindow::setFilter(const DashboardFilter& filter)
{
    m_filterBar->setFilter(filter);
    filterChanged(m_filterBar->filter());
}

DashboardPage* MainWindow::page(const QString& viewName) const
{
    for (DashboardPage* page : m_pages) {
        if (page->viewName() == viewName)
            return page;
    }
    return nullptr;
}

bool MainWindow::showView(const QString& name)
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    const QString view = colon < 0 ? name : name.left(colon);
    const QString argument = colon < 0 ? QString() : name.mid(colon + 1);
    DashboardPage* target = page(view);
    if (!target || !target->setViewArgument(argument))
        return false;
    m_sidebar->setCurrentRow(int(m_pages.indexOf(target)));
    return true;
}

QString MainWindow::currentView() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row)->viewName() : QString();
}

bool MainWindow::saveScreenshot(const QString& file, QString* error)
{
    if (auto* current = qobject_cast<DashboardPage*>(m_stack->currentWidget()))
        current->ensureFresh();
    QApplication::processEvents();
    const QPixmap pixmap = grab();
    if (!pixmap.save(file, "PNG")) {
        *error = tr("cannot write screenshot %1").arg(file);
        return false;
    }
    return true;
}

QStringList MainWindow::recentWorkspaces() const
{
    return QSettings().value(RecentKey).toStringList();
}

QString MainWindow::lastWorkspace()
{
    for (const QString& path : QSettings().value(RecentKey).toStringList())
        if (server::isServerUrl(path) || QFileInfo(path).isFile())
            return path;
    return {};
}

void MainWindow::rememberRecent(const QString& path)
{
    // A team workspace's URL (already without its password) is kept as it is.
    const QString absolute = server::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(displayPath(path)));
        connect(action, &QAction::triggered, this, [this, path] { openAndReport(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::clearRecent()
{
    QSettings().remove(RecentKey);
    updateRecentMenu();
}

bool MainWindow::openAndReport(const QString& path)
{
    QString error;
    if (openWorkspace(path, &error))
        return true;
    // The server wants a password libpq found nowhere: ask once, keep it for this process only.
    if (server::isServerUrl(path) && server::needsPassword(error)) {
        server::Address address;
        QString parseError;
        const QString display = server::parse(path, &address, &parseError) ? address.display : path;
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Team workspace password"),
                                  tr("Password for %1\n(kept only until Tenure quits):").arg(display),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        server::rememberPassword(display, password);
        if (openWorkspace(path, &error))
            return true;
    }
    QMessageBox::warning(this, tr("Cannot open workspace"), error);
    return false;
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(this);
    // The team workspace used last, to connect again or edit.
    for (const QString& path : recentWorkspaces()) {
        if (server::isServerUrl(path)) {
            dialog.setUrl(path);
            break;
        }
    }
    if (dialog.exec() == QDialog::Accepted)
        openAndReport(dialog.url());
}

void MainWindow::newWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::instance().saveFileName(this, tr("New workspace"), dir,
                                                       tr("Tenure workspaces (*.tenure)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tenure");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New workspace"),
                             tr("%1 already exists; open it with File > Open workspace.").arg(path));
        return;
    }
    openAndReport(path);
}

void MainWindow::openWorkspaceDialog()
{
    // Next to the open file; from a team workspace, the home folder.
    const QString dir = !m_context.workspace ? QString()
                        : m_context.workspace->isTeam()
                            ? QDir::homePath()
                            : QFileInfo(m_context.workspace->path()).absolutePath();
    const QString path = FileDialog::instance().openFileName(
        this, tr("Open workspace"), dir, tr("Tenure workspaces (*.tenure);;All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

bool MainWindow::saveCopy(const QString& path, QString* error)
{
    if (!m_context.workspace)
        return false;
    if (m_context.workspace->isTeam()) {
        *error = tr("A team workspace cannot be saved as a copy; its server keeps the backups.");
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(m_context.workspace->path()).absoluteFilePath()) {
        *error = tr("A copy cannot replace the workspace itself.");
        return false;
    }
    // The file dialog asked before replacing; VACUUM INTO wants no file there.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix)) {
            *error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(target + suffix));
            return false;
        }
    }
    // One consistent snapshot of the database, even while it is in WAL mode.
    QSqlQuery query(m_context.workspace->database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        *error = tr("Cannot save a copy as %1: %2")
                     .arg(QDir::toNativeSeparators(target), query.lastError().databaseText());
        return false;
    }
    return true;
}

void MainWindow::saveCopyDialog()
{
    if (!m_context.workspace || m_context.workspace->isTeam())
        return;
    const QFileInfo current(m_context.workspace->path());
    const QString suggestion =
        current.absoluteDir().filePath(tr("%1 copy.tenure").arg(current.completeBaseName()));
    QString path = FileDialog::instance().saveFileName(this, tr("Save a copy"), suggestion,
                                                       tr("Tenure workspaces (*.tenure)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tenure");
    QString error;
    if (!saveCopy(path, &error)) {
        QMessageBox::warning(this, tr("Save a copy"), error);
        return;
    }
    statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showWelcome()
{
    auto* dialog = new WelcomeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WelcomeDialog::newWorkspaceRequested, this, &MainWindow::newWorkspace,
            Qt::QueuedConnection);
    WelcomeDialog::setShown();
    dialog->open();
}

void MainWindow::showWelcomeIfFirstRun()
{
    if (!WelcomeDialog::wasShown())
        showWelcome();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importDialog()
{
    const QStringList files = FileDialog::instance().openFileNames(
        this, tr("Import data"), QString(), tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList& files)
{
    if (!m_context.workspace || files.isEmpty())
        return;
    if (!m_context.workspace->canWrite()) {
        statusBar()->showMessage(readOnlyReason(), 10000);
        return;
    }
    if (m_importDialog && m_importDialog->isRunning()) {
        QMessageBox::information(this, tr("Import"),
                                 tr("An import is running; drop the files again when it is done."));
        return;
    }
    if (m_importDialog)
        m_importDialog->close();
    m_importDialog = new ImportDialog(files, *m_context.workspace, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The import's thread loads the engine of the data it leaves, as a background load would.
    if (m_backgroundLoading)
        m_importDialog->setWarmQueries(warmQueries());
    connect(m_importDialog, &ImportDialog::importFinished, this, [this] {
        // Takes the new data token as seen: our own import shows no change bar.
        if (m_backgroundLoading && m_importDialog && m_importDialog->loaded()) {
            m_loader->cancel(); // a load begun before the import brings older data
            takeLoad(*m_importDialog->loaded());
        } else if (!m_backgroundLoading || m_context.workspace->dataToken() != m_dataToken || m_loading) {
            reloadData();
        } // else nothing was imported (skipped, cancelled, refused): nothing to load

        statusBar()->showMessage(tr("Import finished"), 5000);
    });
    m_importDialog->open();
}

ImportDialog* MainWindow::importDialogWidget() const
{
    return m_importDialog.data();
}

void MainWindow::removeBatch(qint64 batchId, const QString& fileName)
{
    if (!m_context.workspace)
        return;
    if (!m_context.workspace->canWrite()) {
        statusBar()->showMessage(readOnlyReason(), 10000);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove import"),
        tr("Remove every row imported from %1? The file itself is not touched.").arg(fileName));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!ImportBatches::remove(*m_context.workspace, batchId, &error)) {
        QMessageBox::warning(this, tr("Remove import"), error);
        return;
    }
    reloadData();
}

ExplainDialog* MainWindow::explainDialog() const
{
    return m_explainDialog.data();
}

void MainWindow::explain(const QString& kpi, const QString& period, const QString& attribute,
                         const QString& value)
{
    const auto parsed = Period::parse(period);
    if (!m_context.engine || !parsed)
        return;
    if (m_explainDialog)
        m_explainDialog->close();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Explanation explanation = m_context.engine->explain(kpi, *parsed, attribute, value);
    QApplication::restoreOverrideCursor();
    m_explainDialog = new ExplainDialog(explanation, m_context.currency(), this);
    m_explainDialog->setAttribute(Qt::WA_DeleteOnClose);
    connectAccountLinks(m_explainDialog);
    m_explainDialog->open();
}

void MainWindow::exportReport()
{
    if (reportExporter() && m_context.workspace)
        reportExporter()(this, *m_context.workspace, m_context.filter);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Tenure"),
        tr("<h3>Tenure %1</h3><p>Customer-success KPIs on your desktop: churn, retention, MRR "
           "movements, NPS, CSAT, support and adoption, against benchmark bands and targets.</p>"
           "<p>Your data stays in one file on this computer.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!readOnlyReason().isEmpty()) {
        statusBar()->showMessage(readOnlyReason(), 5000);
        event->ignore();
        return;
    }
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Opened after the drop returns, so the dragging application is not blocked by the dialog.
    QMetaObject::invokeMethod(
        this, [this, files] { importFiles(files); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_keepGeometry) {
        QSettings settings;
        settings.setValue(GeometryKey, saveGeometry());
        settings.setValue(StateKey, saveState());
        settings.setValue(ViewKey, currentView());
    }
    event->accept();
}

} // namespace tenure
