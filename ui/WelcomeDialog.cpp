#include "WelcomeDialog.h"

#include "FileDialog.h"
#include "KindText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tenure {

namespace {
const QString ShownKey = QStringLiteral("welcomeShown");
} // namespace

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Tenure"));
    auto* intro = new QLabel(
        tr("<p><b>This dashboard shows a demo company</b>, so every page has something to look at.</p>"
           "<p>To see your own customers, create a workspace and import CSV exports of your tools: "
           "one file per kind of data below. Accounts are needed first; everything else is optional "
           "and adds its KPIs. Your exports can keep their own column names, the importer maps them; "
           "the templates show the columns Tenure reads.</p>"),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    m_kinds = new QTableWidget(int(allKinds().size()), 3, this);
    m_kinds->setObjectName(QStringLiteral("welcomeKinds"));
    m_kinds->setAccessibleName(tr("Data kinds and their templates"));
    m_kinds->setHorizontalHeaderLabels({tr("Kind"), tr("One row is"), tr("Gives you")});
    m_kinds->verticalHeader()->hide();
    m_kinds->setWordWrap(true);
    m_kinds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kinds->setSelectionMode(QAbstractItemView::NoSelection);
    m_kinds->setTabKeyNavigation(false);
    int row = 0;
    for (const KindInfo& info : allKinds()) {
        auto* title = new QTableWidgetItem(kindTitle(info.kind));
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        title->setCheckState(
            info.kind == DataKind::Accounts || info.kind == DataKind::Revenue ? Qt::Checked : Qt::Unchecked);
        title->setData(Qt::UserRole, int(info.kind));
        title->setToolTip(templateHeader(info.kind));
        m_kinds->setItem(row, 0, title);
        m_kinds->setItem(row, 1, new QTableWidgetItem(kindPurpose(info.kind)));
        m_kinds->setItem(row, 2, new QTableWidgetItem(kindEnables(info.kind)));
        ++row;
    }
    m_kinds->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_kinds->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_kinds->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_kinds->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save templates..."), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveTemplates"));
    auto* create = buttons->addButton(tr("&New workspace for my data..."), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("newWorkspace"));
    auto* demo = buttons->addButton(tr("&Explore the demo"), QDialogButtonBox::RejectRole);
    demo->setObjectName(QStringLiteral("exploreDemo"));
    demo->setDefault(true);
    connect(save, &QPushButton::clicked, this, &WelcomeDialog::chooseFolderAndSave);
    connect(create, &QPushButton::clicked, this, [this] {
        accept();
        emit newWorkspaceRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 620);
}

QList<DataKind> WelcomeDialog::checkedKinds() const
{
    QList<DataKind> kinds;
    for (int row = 0; row < m_kinds->rowCount(); ++row) {
        const QTableWidgetItem* item = m_kinds->item(row, 0);
        if (item->checkState() == Qt::Checked)
            kinds << DataKind(item->data(Qt::UserRole).toInt());
    }
    return kinds;
}

int WelcomeDialog::saveTemplates(const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return -1;
    }
    int written = 0, kept = 0;
    for (DataKind kind : checkedKinds()) {
        const QString path = QDir(folder).filePath(kindName(kind) + QStringLiteral(".csv"));
        if (QFile::exists(path)) {
            ++kept; // never overwrite a file that may already hold the user's data
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write((templateHeader(kind) + QLatin1Char('\n')).toUtf8()) < 0) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return -1;
        }
        ++written;
    }
    QString text = tr("%n template(s) saved in %1.", nullptr, written).arg(QDir::toNativeSeparators(folder));
    if (kept > 0)
        text += QLatin1Char(' ') + tr("%n file(s) already there were kept.", nullptr, kept);
    m_status->setText(text);
    return written;
}

QString WelcomeDialog::statusText() const
{
    return m_status->text();
}

void WelcomeDialog::chooseFolderAndSave()
{
    if (checkedKinds().isEmpty()) {
        m_status->setText(tr("Tick the kinds of data you want a template for."));
        return;
    }
    const QString folder = FileDialog::instance().existingDirectory(
        this, tr("Save templates in"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    QString error;
    if (saveTemplates(folder, &error) < 0)
        m_status->setText(error);
}

bool WelcomeDialog::wasShown()
{
    return QSettings().value(ShownKey).toBool();
}

void WelcomeDialog::setShown()
{
    QSettings().setValue(ShownKey, true);
}

} // namespace tenure
