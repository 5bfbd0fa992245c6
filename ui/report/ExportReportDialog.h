#pragma once

#include "ReportBuilder.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QThread;

namespace tenure {
class Workspace;
}

namespace tenure::report {

// File > Export report...: period, segment, account, sections and page size; a print preview; and
// a PDF written on a worker thread (its own workspace connection) with progress and Cancel, so the
// window stays responsive.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportReportDialog(const QString& workspacePath, QWidget* parent = nullptr);
    ExportReportDialog(Workspace* workspace, QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    ReportOptions options() const;
    void setOptions(const ReportOptions& options);
    void setSegment(const QString& attribute);
    void setPeriodHint(const QString& period); // selected when it is a valid period label

    // Builds the report and writes it to path on a worker thread; emits finished().
    void exportTo(const QString& path);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void finished(bool ok, const QString& message);

private:
    void save();
    void preview();
    void cancel();
    void setBusy(bool busy);
    void onProgress(int done, int total, const QString& step);
    void paintPreview(QPrinter* printer);

    QString m_path;
    QComboBox* m_period = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_pageSize = nullptr;
    QList<QPair<QCheckBox*, unsigned>> m_sections;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<Document> m_previewDocument;
};

// Configures a printer (page size, margins) like the PDF writer, so the preview matches the PDF.
void setupPrinter(QPrinter& printer, PageSize size);

} // namespace tenure::report
