#pragma once

#include "ColumnMapper.h"
#include "CsvReader.h"
#include "DataKinds.h"
#include "ValueParser.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tenure {

class Workspace;

// A row that did not fit: which row, which column, which value, and why.
struct ImportReject
{
    qint64 row = 0;  // data row, 1-based (the first row after the header is 1)
    qint64 line = 0; // physical line in the file where the row starts, 1-based
    QString column;  // header as in the file; empty when the reason concerns the whole row
    QString value;
    QString reason;
    // Not an error: the row is left out on purpose (a deal that is not closed-won) and counted in
    // the import summary by reason, never written to the rejects.
    bool skipped = false;
    // "line 12 (row 11): column 'Close Date' value '31/02/2026': not a date (read as d/m/Y)"
    QString describe() const;
};

enum class ImportStatus {
    Imported,  // committed
    DryRun,    // everything checked and counted, then rolled back
    Skipped,   // the same file (content hash and kind) was imported before; nothing written
    Refused,   // the file cannot be read as a table or mapped onto a kind; nothing written
    Aborted,   // strict mode met a reject; nothing written
    Cancelled, // the progress callback asked to stop; nothing written
    Failed,    // the workspace could not be written; nothing written
};
QString importStatusName(ImportStatus status);

struct ImportOptions
{
    std::optional<DataKind> kind;         // override the guessed kind
    std::optional<ColumnMapping> mapping; // override the alias mapping (the preview's corrections)
    CsvOptions csv;
    bool cents = false; // every money column of the file is in cents, whatever its header says
    // The day the export was taken (its snapshot date). A later snapshot of a subscription changes
    // it from this day on. Default: the import day.
    std::optional<QDate> asOf;
    bool strict = false; // the first reject aborts the whole import
    bool dryRun = false; // do everything, write nothing
    bool force = false;  // import a file again although its content hash was imported before
    // The caller loads the KPI engine next (tenure import's snapshot, the window after its import):
    // the rows of a first revenue import are kept for that load (kpi/RevenueHandOver.h).
    bool handRevenueToTheNextLoad = false;
    // Called with bytes done of the whole job (both passes: twice the file; a single pass counts for
    // both, and one read again starts over); return false to cancel. During pass 2
    // it is called from the importer's reading thread: make it thread-safe.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Every reject as it is found (the result keeps only the first maxRejectsKept); also called from
    // the reading thread. A single pass calls it for its rejects, in order, once the whole file has
    // confirmed the formats they were found with (after the rows are written).
    std::function<void(const ImportReject&)> onReject;
    // A one-line notice while the import waits (a team workspace: another user is importing).
    std::function<void(const QString&)> onNotice;
    std::function<QDateTime()> clock; // import time; default: now (UTC)
    int maxRejectsKept = 1000;
    // A big file is read once: the formats are decided from its first formatSample rows, and the
    // whole file, surveyed while it is written, must decide the same or it is read again in two
    // passes (formats first). 0: always two passes. Not for strict imports, accounts files or team
    // workspaces.
    qint64 formatSample = 16384;
};

struct ImportResult
{
    ImportStatus status = ImportStatus::Failed;
    QString message; // one line: why it was refused/aborted, or a summary
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString sha256;
    std::optional<DataKind> kind;
    ColumnMapping mapping;
    QList<ColumnFormat> formats; // per file column (Text for unmapped ones)
    CsvDialect dialect;
    qint64 batchId = 0; // the new batch; for Skipped, the earlier one
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 rowsSkipped = 0; // left out on purpose (deals not closed-won), by reason:
    QMap<QString, qint64> skippedByReason;
    qint64 stubAccounts = 0;     // accounts created because rows referenced unknown account ids
    QList<ImportReject> rejects; // the first ImportOptions::maxRejectsKept of them
    QStringList warnings;        // reader warnings, ignored columns, format decisions
    // How the file was read, one line each: money units, decimal mark, date order, file convention
    // (printed by the import command and shown in the preview).
    QStringList decisions;
    QDate asOf; // the batch's snapshot date
    // The formats decided from the first formatSample rows did not hold for the whole file (or the
    // sampled read failed), so it was read again in two passes; what it says is of that reading.
    bool secondLook = false;

    bool ok() const
    {
        return status == ImportStatus::Imported || status == ImportStatus::DryRun ||
               status == ImportStatus::Skipped;
    }
};

struct PreviewOptions
{
    std::optional<DataKind> kind;
    std::optional<ColumnMapping> mapping;
    CsvOptions csv;
    bool cents = false; // as ImportOptions::cents
    qint64 rows = 20;   // data rows to return; -1 = all
    // > 0: formats, notes and decisions from the first formatSample rows of the file, and its rows
    // estimated (ImportPreview::rowsEstimated); the import checks every row (ImportOptions::formatSample).
    qint64 formatSample = -1;
    std::function<bool(qint64 done, qint64 total)> progress;
};

// What the importer sees in a file, without writing anything.
struct ImportPreview
{
    bool ok = false;
    QString error; // why the file was refused (one line)
    QString fileName;
    CsvDialect dialect;
    QStringList headers;          // clean, unique
    std::optional<DataKind> kind; // null when no kind fits
    QList<KindScore> kindScores;  // every kind, best first
    ColumnMapping mapping;        // for kind (or the best incomplete guess)
    QList<ColumnFormat> formats;  // per file column, decided over the whole file (or the sample)
    QList<QStringList> rows;      // first rows, cell text as read
    QList<ImportReject> rejects;  // rejects among those rows (and rows left out on purpose)
    QStringList warnings;
    QStringList decisions; // as ImportResult::decisions
    qint64 rowsInFile = 0;
    bool rowsEstimated = false; // read from a sample: rowsInFile is the sample's rows scaled to the file
};

// Imports one CSV file into a workspace: pass 1 decides every mapped column's format over the
// whole column, pass 2 converts, validates and writes all rows in ONE transaction.
class Importer
{
public:
    // The workspace, when given, supplies a remembered mapping for this header.
    static ImportPreview preview(const QString& path, const PreviewOptions& options = {},
                                 Workspace* workspace = nullptr);
    static ImportResult run(Workspace& workspace, const QString& path, const ImportOptions& options = {});
    // Import order of several files: accounts first, then the other kinds (stable otherwise).
    static int kindOrder(DataKind kind);
};

struct BatchInfo
{
    qint64 id = 0;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString sha256;
    QString kind;
    QString mapping; // JSON
    QString importedAt;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
};

// The import history of a workspace.
class ImportBatches
{
public:
    static QList<BatchInfo> list(Workspace& workspace);
    static std::optional<BatchInfo> find(Workspace& workspace, qint64 id);
    // Deletes every row the batch wrote, from every table, in one transaction, and bumps the data
    // version. Accounts of the batch that rows of other batches still reference are kept with
    // their attributes cleared. false with *error when there is no such batch or on failure.
    static bool remove(Workspace& workspace, qint64 id, QString* error);
};

} // namespace tenure
