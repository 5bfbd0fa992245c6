#include "ImportDialog.h"

#include "EventWait.h"
#include "Workspace.h"
#include "import/XlsxReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure {

namespace {
// Progress of a job over several files: file `file` of `files`, done of its total bytes.
int permilleOfFiles(int file, int files, qint64 done, qint64 total)
{
    return int(total > 0 ? (1000 * file + 1000 * done / total) / files : 0);
}

// An estimate to three significant digits (895447 -> 895000): no more precise than it is.
qint64 roughly(qint64 n)
{
    qint64 scale = 1;
    while (n / scale >= 1000)
        scale *= 10;
    return (n + scale / 2) / scale * scale;
}

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return ImportDialog::tr("tab");
    if (c == QLatin1Char(','))
        return ImportDialog::tr("comma");
    if (c == QLatin1Char(';'))
        return ImportDialog::tr("semicolon");
    if (c == QLatin1Char('|'))
        return ImportDialog::tr("pipe");
    return QString(c);
}
} // namespace

ImportDialog::ImportDialog(const QStringList& files, Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspacePath(workspace.path()), m_workspace(workspace),
      m_cancel(std::make_shared<std::atomic_bool>(false)),
      m_previewCancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import data"));
    resize(980, 640);
    qint64 bytes = 0;
    for (const QString& path : files) {
        File file;
        file.path = path;
        m_files << file;
        bytes += QFileInfo(path).size();
    }
    const bool background = bytes > BackgroundPreviewBytes;
    if (!background) {
        for (File& file : m_files)
            loadPreview(file, &m_workspace);
        sortFiles();
    }

    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Files to import, in import order"));
    m_list->setMaximumHeight(std::min(6, int(m_files.size()) + 1) * (fontMetrics().height() + 6));
    layout->addWidget(new QLabel(tr("<b>Files</b> (imported in this order: accounts first)"), this));
    layout->addWidget(m_list);

    auto* form = new QFormLayout;
    m_form = form;
    m_sheet = new QComboBox(this);
    m_sheet->setAccessibleName(tr("Worksheet of the workbook"));
    form->addRow(tr("&Sheet:"), m_sheet);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Data kind of the file"));
    for (const KindInfo& info : allKinds())
        m_kind->addItem(info.title, kindName(info.kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    form->addRow(tr("Detected:"), m_summary);
    // Money is in currency units unless the header says cents; the user can say otherwise here.
    m_cents = new QCheckBox(tr("Money columns are in &cents (4900 means 49.00)"), this);
    m_cents->setAccessibleName(tr("Money columns are in cents"));
    form->addRow(tr("Units:"), m_cents);
    m_decisions = new QLabel(this);
    m_decisions->setWordWrap(true);
    m_decisions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decisions->setAccessibleName(tr("How the file is read"));
    form->addRow(tr("Read as:"), m_decisions);
    layout->addLayout(form);

    m_mapping = new QTableWidget(this);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setColumnCount(4);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column in file"), tr("Maps to"), tr("Read as"), tr("First values")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_rejects = new QTableWidget(this);
    m_rejects->setAccessibleName(tr("Rows that would be rejected"));
    m_rejects->setColumnCount(4);
    m_rejects->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* mappingBox = new QWidget(splitter);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(
        new QLabel(tr("<b>Columns</b>: correct the mapping where the guess is wrong"), mappingBox));
    mappingLayout->addWidget(m_mapping);
    auto* rejectsBox = new QWidget(splitter);
    auto* rejectsLayout = new QVBoxLayout(rejectsBox);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addWidget(
        new QLabel(tr("<b>Rows that would be rejected</b> (among the first rows)"), rejectsBox));
    rejectsLayout->addWidget(m_rejects);
    splitter->addWidget(mappingBox);
    splitter->addWidget(rejectsBox);
    splitter->setSizes({300, 140});
    layout->addWidget(splitter, 1);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setAccessibleName(tr("Import warnings"));
    layout->addWidget(m_warnings);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ImportDialog::showFile);
    connect(m_cents, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            setCents(m_current, on);
    });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        if (m_current >= 0 && !m_updating)
            setSheet(m_current, m_sheet->currentText());
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (m_current >= 0)
            setKind(m_current, *kindFromName(m_kind->currentData().toString()));
    });
    fillList();
    if (background)
        readInBackground();
    else
        m_list->setCurrentRow(0);
}

ImportDialog::~ImportDialog()
{
    // The workers hold no pointer into the dialog, but wait so the workspace is released.
    m_cancel->store(true);
    m_previewCancel->store(true);
    if (m_thread)
        m_thread->wait();
    if (m_previewThread)
        m_previewThread->wait();
}

// Dependency order: accounts first, so other kinds find their accounts; unreadable files last.
void ImportDialog::sortFiles()
{
    std::stable_sort(m_files.begin(), m_files.end(), [](const File& a, const File& b) {
        const int ka = a.preview.kind ? Importer::kindOrder(*a.preview.kind) : 1000;
        const int kb = b.preview.kind ? Importer::kindOrder(*b.preview.kind) : 1000;
        return ka < kb;
    });
}

void ImportDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const File& file : m_files)
        m_list->addItem(QFileInfo(file.path).fileName());
}

void ImportDialog::setReading(bool reading)
{
    m_reading = reading;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_import, m_list, m_kind, m_sheet, m_cents, m_mapping})
        widget->setEnabled(!reading);
    m_progress->setVisible(reading);
    if (reading)
        m_form->setRowVisible(m_sheet, false); // showFile() shows it again for a workbook
}

void ImportDialog::readInBackground(int only)
{
    QStringList names;
    qint64 bytes = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        if (only >= 0 && i != only)
            continue;
        names << QFileInfo(m_files.at(i).path).fileName();
        bytes += QFileInfo(m_files.at(i).path).size();
    }
    m_rereading = only;
    if (m_previewThread && m_previewThread->isFinished()) {
        delete m_previewThread;
        m_previewThread = nullptr;
    }
    setReading(true);
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1 (%2 MB)...")
                          .arg(names.join(QStringLiteral(", ")))
                          .arg(QLocale().toString(double(bytes) / 1e6, 'f', 1)));
    auto permille = std::make_shared<std::atomic_int>(0);
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, permille] { m_progress->setValue(permille->load()); });
    connect(this, &ImportDialog::previewReady, poll, &QObject::deleteLater);
    poll->start(50);
    m_previewed = std::make_shared<QList<File>>(m_files);
    auto previewed = m_previewed;
    auto cancel = m_previewCancel;
    const QString path = m_workspacePath;
    m_previewThread = QThread::create([previewed, cancel, permille, path, only] {
        QString error;
        auto workspace = Workspace::openExisting(path, &error);
        const int count = only >= 0 ? 1 : int(previewed->size());
        for (int i = 0, step = 0; i < previewed->size() && !cancel->load(); ++i) {
            if (only >= 0 && i != only)
                continue;
            loadPreview((*previewed)[i], workspace.get(), [=](qint64 done, qint64 total) {
                permille->store(permilleOfFiles(step, count, done, total));
                return !cancel->load();
            });
            ++step;
        }
    });
    m_previewThread->setParent(this);
    connect(m_previewThread, &QThread::finished, this, &ImportDialog::previewRead);
    m_previewThread->start();
}

void ImportDialog::previewRead()
{
    if (m_previewCancel->load())
        return;
    m_files = *m_previewed;
    m_previewed.reset();
    setReading(false);
    m_status->clear();
    if (m_rereading >= 0) {
        showFile(m_rereading); // the same file, read again: the order stays
    } else {
        sortFiles();
        fillList();
        m_list->setCurrentRow(0);
    }
    emit previewReady();
}

bool ImportDialog::waitForPreview(int msecs)
{
    if (m_reading)
        runUntil(this, &ImportDialog::previewReady, msecs);
    return !m_reading;
}

QStringList ImportDialog::files() const
{
    QStringList result;
    for (const File& file : m_files)
        result << file.path;
    return result;
}

void ImportDialog::loadPreview(File& file, Workspace* workspace,
                               const std::function<bool(qint64, qint64)>& progress)
{
    PreviewOptions options;
    options.kind = file.kind;
    options.csv.sheet = file.sheet;
    options.rows = 20;
    // A big CSV file's formats from its first rows, so Import is ready at once: the import itself
    // reads every row and confirms them (or reads the file again). A workbook is converted whole
    // on opening anyway.
    options.formatSample = XlsxReader::isWorkbookFile(file.path) ? -1 : ImportOptions().formatSample;
    options.cents = file.cents;
    options.progress = progress;
    options.mapping = file.readWith;
    file.preview = Importer::preview(file.path, options, workspace);
    file.mapping = file.readWith ? *file.readWith : file.preview.mapping;
    file.readWith.reset();
    file.sheets = file.preview.dialect.sheets;
    if (file.sheets.isEmpty() && XlsxReader::isWorkbookFile(file.path)) {
        // The sheet was refused (an empty cover sheet, say): the others can still be picked.
        XlsxReader workbook;
        if (workbook.open(file.path))
            file.sheets = workbook.sheetNames();
    }
    // A remembered mapping with cents columns turns the switch on.
    for (qsizetype i = 0; i < file.mapping.columns.size() && i < file.preview.formats.size(); ++i)
        if (file.preview.formats.at(i).type == ColumnType::Money && file.preview.formats.at(i).minorUnits)
            file.cents = true;
}

void ImportDialog::setCents(int index, bool cents)
{
    if (index < 0 || index >= m_files.size())
        return;
    if (m_reading)
        return;
    File& file = m_files[index];
    file.cents = cents;
    ColumnMapping edited = file.mapping;
    for (MappedColumn& column : edited.columns)
        if (column.cents == MappedColumn::Cents::Always && !cents)
            column.cents = MappedColumn::Cents::No;
    file.readWith = edited;
    reread(index, false);
}

void ImportDialog::reread(int index, bool show)
{
    if (QFileInfo(m_files.at(index).path).size() > BackgroundPreviewBytes) {
        readInBackground(index); // shows it when read
        return;
    }
    loadPreview(m_files[index], &m_workspace);
    if (show || index == m_current)
        showFile(index);
}

void ImportDialog::setKind(int index, DataKind kind)
{
    if (m_reading)
        return;
    m_files[index].kind = kind;
    reread(index, true);
}

void ImportDialog::setSheet(int index, const QString& sheet)
{
    if (m_reading)
        return;
    m_files[index].sheet = sheet;
    reread(index, true);
}

void ImportDialog::setColumnTarget(int index, int column, const QString& canonical)
{
    File& file = m_files[index];
    if (column < 0 || column >= file.mapping.columns.size())
        return;
    // A canonical column maps from one file column only.
    if (!canonical.isEmpty()) {
        for (MappedColumn& other : file.mapping.columns) {
            if (other.canonical == canonical)
                other.canonical.clear();
        }
    }
    file.mapping.columns[column].canonical = canonical;
    if (index == m_current)
        showFile(index);
}

void ImportDialog::showFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_current = index;
    m_updating = true;
    const File& file = m_files.at(index);
    const ImportPreview& p = file.preview;
    const DataKind kind = file.kind.value_or(p.kind.value_or(file.mapping.kind));
    m_kind->setCurrentIndex(m_kind->findData(kindName(kind)));
    // The sheet picker: only for workbooks of more than one worksheet.
    m_sheet->clear();
    m_sheet->addItems(file.sheets);
    m_sheet->setCurrentIndex(std::max(0, int(file.sheets.indexOf(file.sheet.value_or(p.dialect.sheet)))));
    m_form->setRowVisible(m_sheet, file.sheets.size() > 1);
    if (!p.ok) {
        m_summary->setText(tr("<b>Cannot import this file:</b> %1").arg(p.error.toHtmlEscaped()));
    } else {
        const QString kindText = p.kind ? kindInfo(*p.kind).title : tr("no kind fits: choose one");
        if (!p.dialect.sheet.isEmpty())
            m_summary->setText(tr("%1 · XLSX sheet %2 · %n data row(s)", nullptr, int(p.rowsInFile))
                                   .arg(kindText, p.dialect.sheet));
        else if (p.rowsEstimated)
            m_summary->setText(tr("%1 · encoding %2 · delimiter %3 · about %n data row(s)", nullptr,
                                  int(std::min<qint64>(roughly(p.rowsInFile), INT_MAX)))
                                   .arg(kindText, p.dialect.encoding, delimiterName(p.dialect.delimiter)));
        else
            m_summary->setText(
                tr("%1 · encoding %2 · delimiter %3 · %n data row(s)", nullptr, int(p.rowsInFile))
                    .arg(kindText, p.dialect.encoding, delimiterName(p.dialect.delimiter)));
    }
    const QStringList missing = file.mapping.missingRequired();
    QStringList notes;
    if (!missing.isEmpty())
        notes << tr("<b>Required columns not mapped:</b> %1")
                     .arg(missing.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const QString& warning : p.warnings)
        notes << warning.toHtmlEscaped();
    m_warnings->setText(notes.join(QStringLiteral("<br>")));
    m_cents->setChecked(file.cents);
    QStringList decisions;
    for (const QString& decision : p.decisions)
        decisions << decision.toHtmlEscaped();
    m_decisions->setText(decisions.isEmpty() ? tr("nothing to decide")
                                             : decisions.join(QStringLiteral("<br>")));

    const KindInfo& info = kindInfo(kind);
    m_mapping->setRowCount(int(file.mapping.columns.size()));
    for (int c = 0; c < file.mapping.columns.size(); ++c) {
        const MappedColumn& column = file.mapping.columns.at(c);
        auto* header = new QTableWidgetItem(column.header);
        header->setFlags(header->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 0, header);
        auto* box = new QComboBox(m_mapping);
        box->setAccessibleName(tr("Target of column %1").arg(column.header));
        box->addItem(kind == DataKind::Accounts ? tr("(custom attribute)") : tr("(ignored)"), QString());
        for (const CanonicalColumn& canonical : info.columns)
            box->addItem(canonical.required ? tr("%1 (required)").arg(canonical.name) : canonical.name,
                         canonical.name);
        box->setCurrentIndex(std::max(0, box->findData(column.canonical)));
        connect(box, &QComboBox::activated, this, [this, c, box] {
            if (!m_updating)
                setColumnTarget(m_current, c, box->currentData().toString());
        });
        m_mapping->setCellWidget(c, 1, box);
        const QString type = c < p.formats.size() ? p.formats.at(c).describe() : QString();
        auto* typeItem = new QTableWidgetItem(column.canonical.isEmpty() ? QString() : type);
        typeItem->setFlags(typeItem->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 2, typeItem);
        QStringList samples;
        for (int r = 0; r < p.rows.size() && samples.size() < 3; ++r)
            samples << p.rows.at(r).value(c);
        auto* sample = new QTableWidgetItem(samples.join(QStringLiteral(" | ")));
        sample->setFlags(sample->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 3, sample);
    }
    m_mapping->resizeColumnsToContents();
    m_rejects->setRowCount(int(p.rejects.size()));
    for (int r = 0; r < p.rejects.size(); ++r) {
        const ImportReject& reject = p.rejects.at(r);
        m_rejects->setItem(r, 0, new QTableWidgetItem(QString::number(reject.line)));
        m_rejects->setItem(r, 1, new QTableWidgetItem(reject.column));
        m_rejects->setItem(r, 2, new QTableWidgetItem(reject.value));
        m_rejects->setItem(r, 3, new QTableWidgetItem(reject.reason));
    }
    m_rejects->resizeColumnsToContents();
    m_updating = false;
}

void ImportDialog::startImport()
{
    if (isRunning() || m_reading)
        return;
    m_results.clear();
    m_finished = false;
    m_import->setEnabled(false);
    m_list->setEnabled(false);
    m_kind->setEnabled(false);
    m_sheet->setEnabled(false);
    m_mapping->setEnabled(false);
    m_progress->show();
    m_progress->setValue(0);
    m_status->setText(tr("Importing..."));

    struct Job
    {
        QString path;
        std::optional<DataKind> kind;
        std::optional<ColumnMapping> mapping;
        bool cents;
        std::optional<QString> sheet;
    };
    QList<Job> jobs;
    for (const File& file : m_files) {
        // A mapping the user looked at and corrected is confirmed (and remembered by the import).
        const bool edited =
            !(file.mapping.toJson() == file.preview.mapping.toJson()) || file.preview.mapping.remembered;
        jobs << Job{file.path, file.kind, edited ? std::optional<ColumnMapping>(file.mapping) : std::nullopt,
                    file.cents, file.sheet};
    }
    const QString path = m_workspacePath;
    auto cancel = m_cancel;
    auto permilleDone = std::make_shared<std::atomic_int>(0);
    // The bar is updated here from what the worker reports; widgets stay in this thread.
    auto* poll = new QTimer(this);
    // A team workspace's import that waits for another user's says who that is.
    struct Notice
    {
        QMutex mutex;
        QString text;
    };
    auto notice = std::make_shared<Notice>();
    connect(poll, &QTimer::timeout, this, [this, permilleDone, notice] {
        m_progress->setValue(permilleDone->load());
        QMutexLocker lock(&notice->mutex);
        if (!notice->text.isEmpty()) {
            m_status->setText(notice->text);
            notice->text.clear();
        }
    });
    connect(this, &ImportDialog::importFinished, poll, &QObject::deleteLater);
    poll->start(50);
    const int count = int(jobs.size());
    m_pending = std::make_shared<QList<ImportResult>>();
    auto pending = m_pending;
    m_loaded.reset();
    m_pendingLoad = m_warm ? std::make_shared<LoadedWorkspace>() : nullptr;
    auto pendingLoad = m_pendingLoad;
    const auto warm = m_warm;
    const QString loadingText = tr("Computing the KPIs of the new data...");
    m_thread = QThread::create(
        [jobs, path, cancel, permilleDone, count, pending, notice, pendingLoad, warm, loadingText]() {
            QList<ImportResult>& results = *pending;
            QString error;
            // The worker's own connection: a Workspace is never shared between threads.
            auto workspace = Workspace::openExisting(path, &error);
            if (!workspace) {
                ImportResult failed;
                failed.message = error;
                results << failed;
                return;
            }
            for (int i = 0; i < jobs.size(); ++i) {
                if (cancel->load()) {
                    // Files after a cancel are not touched; each still gets its line in the results.
                    ImportResult skipped;
                    skipped.status = ImportStatus::Cancelled;
                    skipped.fileName = QFileInfo(jobs.at(i).path).fileName();
                    skipped.filePath = jobs.at(i).path;
                    skipped.message = QStringLiteral("not imported (cancelled)");
                    results << skipped;
                    continue;
                }
                ImportOptions options;
                options.kind = jobs.at(i).kind;
                options.mapping = jobs.at(i).mapping;
                options.cents = jobs.at(i).cents;
                options.csv.sheet = jobs.at(i).sheet;
                options.progress = [&, i](qint64 done, qint64 total) {
                    permilleDone->store(permilleOfFiles(i, count, done, total));
                    return !cancel->load();
                };
                options.onNotice = [notice](const QString& text) {
                    QMutexLocker lock(&notice->mutex);
                    notice->text = text;
                };
                options.handRevenueToTheNextLoad = bool(warm); // loadNow() below takes it
                ImportResult result = Importer::run(*workspace, jobs.at(i).path, options);
                results << result;
            }
            bool changed = false;
            for (const ImportResult& result : results)
                changed = changed || result.status == ImportStatus::Imported;
            // A cancel after the last file: the files are written, the window loads them itself.
            if (pendingLoad && warm && changed && !cancel->load()) {
                {
                    QMutexLocker lock(&notice->mutex);
                    notice->text = loadingText;
                }
                *pendingLoad = EngineLoader::loadNow(*workspace, *warm);
            }
        });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ImportDialog::finished);
    m_thread->start();
}

void ImportDialog::cancelImport()
{
    m_cancel->store(true);
    m_status->setText(tr("Cancelling..."));
}

bool ImportDialog::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

bool ImportDialog::waitForFinished(int msecs)
{
    if (!m_thread)
        return true;
    if (!m_finished)
        runUntil(this, &ImportDialog::importFinished, msecs);
    return m_finished;
}

void ImportDialog::setWarmQueries(const QList<KpiQuery>& queries)
{
    m_warm = queries;
}

void ImportDialog::finished()
{
    m_results = *m_pending;
    if (m_pendingLoad && m_pendingLoad->engine)
        m_loaded = std::move(m_pendingLoad);
    m_pendingLoad.reset();
    m_finished = true;
    m_progress->setValue(1000);
    QStringList lines;
    bool allOk = !m_results.isEmpty();
    for (const ImportResult& result : m_results) {
        allOk = allOk && result.ok();
        if (result.ok()) {
            lines << tr("%1: %2 rows imported, %3 rejected (%4)")
                         .arg(result.fileName)
                         .arg(result.rowsImported)
                         .arg(result.rowsRejected)
                         .arg(importStatusName(result.status));
        } else {
            lines << tr("%1: %2").arg(result.fileName.isEmpty() ? tr("import") : result.fileName,
                                      result.message);
        }
    }
    // Cancel pressed after the last file was written cancelled nothing: no such line then.
    const bool cancelled = std::any_of(m_results.cbegin(), m_results.cend(), [](const ImportResult& result) {
        return result.status == ImportStatus::Cancelled;
    });
    if (cancelled)
        lines << tr("Cancelled: the file being imported was not written.");
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_progress->setVisible(allOk);
    emit importFinished();
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    m_previewCancel->store(true); // a preview still being read stops at its next step
    QDialog::reject();
}

} // namespace tenure
