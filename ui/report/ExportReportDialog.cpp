#include "ExportReportDialog.h"

#include "Workspace.h"
#include "kpi/KpiEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace tenure::report {

namespace {

struct WorkerResult
{
    std::unique_ptr<Document> document;
    QString error;
    int pages = 0;
};

} // namespace

void setupPrinter(QPrinter& printer, PageSize size)
{
    printer.setPageLayout(QPageLayout(
        QPageSize(size == PageSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm), QPageLayout::Millimeter));
}

ExportReportDialog::ExportReportDialog(Workspace* workspace, QWidget* parent)
    : ExportReportDialog(workspace ? workspace->path() : QString(), parent)
{}

ExportReportDialog::ExportReportDialog(const QString& workspacePath, QWidget* parent)
    : QDialog(parent), m_path(workspacePath)
{
    setWindowTitle(tr("Export report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setEditable(true);
    m_period->setToolTip(tr("A quarter (2026-Q1), a month (2026-03) or a year (2026)"));
    m_segment = new QComboBox(this);
    m_account = new QComboBox(this);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), int(PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(PageSize::Letter));
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Segments by:"), m_segment);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Page si&ze:"), m_pageSize);
    layout->addLayout(form);

    auto* sections = new QGroupBox(tr("Sections of a portfolio report"), this);
    auto* grid = new QGridLayout(sections);
    const QList<QPair<QString, unsigned>> names{
        {tr("Executive summary"), SummarySection}, {tr("Trends"), TrendsSection},
        {tr("MRR movements"), MovementsSection},   {tr("Cohorts"), CohortsSection},
        {tr("Segments"), SegmentsSection},         {tr("At-risk accounts"), AtRiskSection},
        {tr("Survey comments"), CommentsSection},  {tr("Appendix"), AppendixSection}};
    for (int i = 0; i < names.size(); ++i) {
        auto* box = new QCheckBox(names[i].first, sections);
        box->setChecked(true);
        grid->addWidget(box, i / 2, i % 2);
        m_sections << qMakePair(box, names[i].second);
    }
    layout->addWidget(sections);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save PDF..."), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setEnabled(false);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportReportDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportReportDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportReportDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isBusy())
            reject();
    });
    layout->addWidget(buttons);

    // Fill the choices from the workspace (a short read on the GUI thread).
    QString error;
    auto builder = ReportBuilder::open(m_path, &error);
    if (!builder) {
        m_status->setText(error);
        m_saveButton->setEnabled(false);
        m_previewButton->setEnabled(false);
        return;
    }
    KpiEngine engine(builder->workspace());
    if (const auto period = builder->defaultPeriod()) {
        Period p = *period;
        const auto range = engine.mrrRange();
        const MonthIndex first = range ? range->first : p.firstMonth;
        m_period->addItem(p.label());
        // Later quarters (partial) first would confuse: list the default, then older ones.
        for (int i = 0; i < 16 && p.previous().lastMonth >= first; ++i) {
            p = p.previous();
            m_period->addItem(p.label());
        }
        const Period next = period->next();
        if (range && next.firstMonth <= range->last)
            m_period->insertItem(0, next.label() + QString());
        m_period->setCurrentText(period->label());
    }
    for (const SegmentAttribute& attribute : engine.segmentAttributes())
        m_segment->addItem(attribute.name);
    m_segment->setCurrentText(QStringLiteral("plan"));
    m_account->addItem(tr("Whole portfolio"), QString());
    for (const QString& key : builder->accountKeys())
        m_account->addItem(key, key);
    m_status->setText(tr("Choose the options, then preview or save."));
}

ExportReportDialog::~ExportReportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

ReportOptions ExportReportDialog::options() const
{
    ReportOptions options;
    options.period = m_period->currentText().trimmed();
    options.segment = m_segment->currentText();
    const int index = m_account->findText(m_account->currentText());
    options.account = index >= 0 ? m_account->itemData(index).toString() : m_account->currentText().trimmed();
    options.pageSize = PageSize(m_pageSize->currentData().toInt());
    options.sections = 0;
    for (const auto& [box, section] : m_sections)
        if (box->isChecked())
            options.sections |= section;
    return options;
}

void ExportReportDialog::setOptions(const ReportOptions& options)
{
    if (!options.period.isEmpty())
        m_period->setCurrentText(options.period);
    setSegment(options.segment);
    if (options.account.isEmpty())
        m_account->setCurrentIndex(0);
    else
        m_account->setCurrentText(options.account);
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(options.pageSize)));
    for (const auto& [box, section] : m_sections)
        box->setChecked(options.sections & section);
}

void ExportReportDialog::setSegment(const QString& attribute)
{
    const int index = m_segment->findText(attribute);
    if (index >= 0)
        m_segment->setCurrentIndex(index);
}

void ExportReportDialog::setPeriodHint(const QString& period)
{
    if (Period::parse(period))
        m_period->setCurrentText(period);
}

void ExportReportDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_previewButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_progress->setValue(0);
}

void ExportReportDialog::onProgress(int done, int total, const QString& step)
{
    m_progress->setValue(total > 0 ? done * 100 / total : 0);
    m_status->setText(tr("Building the report: %1...").arg(step));
}

void ExportReportDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_status->setText(tr("Cancelling..."));
}

void ExportReportDialog::save()
{
    const ReportOptions o = options();
    QString name =
        o.account.isEmpty() ? QStringLiteral("QBR %1.pdf").arg(o.period) : accountFileName(o.account);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), name, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportReportDialog::exportTo(const QString& path)
{
    if (isBusy())
        return;
    const ReportOptions o = options();
    const QString workspace = m_path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancel;
    auto result = std::make_shared<WorkerResult>();
    const bool toFile = !path.isEmpty();
    m_thread = QThread::create([this, o, workspace, path, toFile, cancelled, result] {
        auto builder = ReportBuilder::open(workspace, &result->error);
        if (!builder)
            return;
        const auto progress = [this, cancelled](int done, int total, const QString& step) {
            QMetaObject::invokeMethod(
                this, [this, done, total, step] { onProgress(done, total, step); }, Qt::QueuedConnection);
            return !cancelled->load();
        };
        result->document = builder->build(o, &result->error, progress);
        if (result->document && toFile && !cancelled->load())
            result->pages = writePdf(*result->document, path, &result->error);
    });
    connect(m_thread, &QThread::finished, this, [this, result, path, toFile, cancelled] {
        m_thread->deleteLater();
        m_thread = nullptr;
        setBusy(false);
        if (cancelled->load()) {
            m_progress->setValue(0);
            m_status->setText(tr("Cancelled; nothing was written."));
            emit finished(false, tr("cancelled"));
            return;
        }
        if (!result->document || (toFile && result->pages == 0)) {
            m_status->setText(tr("The report could not be built: %1").arg(result->error));
            emit finished(false, result->error);
            return;
        }
        m_progress->setValue(100);
        if (toFile) {
            m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, result->pages).arg(path));
            emit finished(true, path);
            return;
        }
        m_previewDocument = std::move(result->document);
        m_status->setText(tr("Preview ready."));
        emit finished(true, QString());
        QPrinter printer(QPrinter::HighResolution);
        setupPrinter(printer, m_previewDocument->pageSize());
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Report preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ExportReportDialog::paintPreview);
        dialog.exec();
    });
    setBusy(true);
    m_status->setText(toFile ? tr("Building the report...") : tr("Building the preview..."));
    m_thread->start();
}

void ExportReportDialog::preview()
{
    exportTo(QString());
}

void ExportReportDialog::paintPreview(QPrinter* printer)
{
    if (!m_previewDocument)
        return;
    setupPrinter(*printer, m_previewDocument->pageSize());
    QString error;
    if (m_previewDocument->render(printer, &error) == 0)
        m_status->setText(error);
}

} // namespace tenure::report
