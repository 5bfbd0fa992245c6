#pragma once

#include "EngineLoader.h"
#include "import/Importer.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace tenure {

class Workspace;

// The import wizard: for each file the importer's preview (detected kind, encoding, delimiter,
// the column mapping editable in combo boxes, column types, rows that would be rejected); then
// the import runs on a worker thread, which opens its own Workspace on the same path, with a
// progress bar and Cancel. Several files import in dependency order (accounts first).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QStringList& files, Workspace& workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Files in the order they will be imported.
    QStringList files() const;
    const ImportPreview& preview(int file) const { return m_files.at(file).preview; }
    ColumnMapping mapping(int file) const { return m_files.at(file).mapping; }
    // Changes what one file column maps to ("" = ignored), as the combo box does.
    void setColumnTarget(int file, int column, const QString& canonical);
    void setKind(int file, DataKind kind);
    // The preview's cents switch: every money column of the file is in cents (or not).
    void setCents(int file, bool cents);
    QCheckBox* centsSwitch() const { return m_cents; }
    // XLSX: reads another worksheet of the file and previews it again.
    void setSheet(int file, const QString& sheet);

    // Files of more than this many bytes in all are read for the preview on a thread of its own
    // (its own Workspace): the dialog shows at once, with the reading's progress, and the window
    // stays responsive; smaller ones are read before the dialog shows.
    static constexpr qint64 BackgroundPreviewBytes = qint64(4) << 20;
    bool isReadingPreview() const { return m_reading; }
    // Runs the event loop until the previews are read (true) or msecs passed.
    bool waitForPreview(int msecs = 60000);

    void startImport();
    // Asks the running import to stop; nothing of the current file is written. Before
    // startImport(), the import is cancelled at its first progress report.
    void cancelImport();
    bool isRunning() const;
    bool waitForFinished(int msecs = 30000);
    const QList<ImportResult>& results() const { return m_results; }
    // With warm queries set, the import's thread goes on to load the KPI engine of the data it
    // left (EngineLoader::loadNow) once a file was imported: loaded() has it after importFinished.
    void setWarmQueries(const QList<KpiQuery>& queries);
    const LoadedWorkspace* loaded() const { return m_loaded ? m_loaded.get() : nullptr; }

    QTableWidget* mappingTable() const { return m_mapping; }
    QProgressBar* progressBar() const { return m_progress; }
    QComboBox* sheetBox() const { return m_sheet; } // shown for workbooks of several sheets

signals:
    void importFinished(); // every file done (or the run cancelled); data may have changed
    void previewReady();   // a preview read in the background is shown

protected:
    void reject() override;

private:
    struct File
    {
        QString path;
        ImportPreview preview;
        ColumnMapping mapping;
        std::optional<DataKind> kind;
        bool cents = false;
        std::optional<QString> sheet;
        QStringList sheets;                    // of a workbook, also when the sheet read was refused
        std::optional<ColumnMapping> readWith; // the mapping the next preview reads with (cents switch)
    };
    // The preview of one file; workspace: the thread's own (remembered mappings, currency, rates).
    static void loadPreview(File& file, Workspace* workspace,
                            const std::function<bool(qint64, qint64)>& progress = {});
    void sortFiles();
    void fillList();
    // Reads every file's preview, or only file `only` again (its kind, sheet or cents changed).
    void readInBackground(int only = -1);
    // Reads file `index` again: on the GUI thread, or in the background when it is big; then shows
    // it (always, or only when it is the one shown).
    void reread(int index, bool show);
    void previewRead();
    void setReading(bool reading);
    void showFile(int index);
    void finished();

    QList<File> m_files;
    QString m_workspacePath;
    Workspace& m_workspace;
    QListWidget* m_list;
    QLabel* m_summary;
    QComboBox* m_kind;
    QComboBox* m_sheet;
    QFormLayout* m_form;
    QTableWidget* m_mapping;
    QTableWidget* m_rejects;
    QLabel* m_warnings;
    QCheckBox* m_cents;
    QLabel* m_decisions;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
    int m_current = -1;
    bool m_updating = false;
    bool m_finished = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread* m_thread = nullptr;
    bool m_reading = false;
    QThread* m_previewThread = nullptr;
    int m_rereading = -1; // the file read again in the background, -1: all of them
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    std::shared_ptr<QList<File>> m_previewed;
    std::shared_ptr<QList<ImportResult>> m_pending;
    std::optional<QList<KpiQuery>> m_warm;
    std::shared_ptr<LoadedWorkspace> m_pendingLoad;
    std::shared_ptr<LoadedWorkspace> m_loaded;
    QList<ImportResult> m_results;
};

} // namespace tenure
