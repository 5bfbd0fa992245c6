#include "CommandLine.h"
#include "DataKinds.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "import/ColumnMapper.h"
#include "import/CsvReader.h"
#include "import/Importer.h"
#include "import/ValueParser.h"
#include "import/XlsxReader.h"
#include "kpi/KpiEngine.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include "store/ServerAddress.h"

#include <algorithm>

namespace tenure::cli {

namespace {

// How many reject lines each file prints; the rest are counted (and all go to --rejects).
constexpr int PrintedRejects = 100;

QString csvCell(const QString& text)
{
    const QString safe = values::neutraliseFormula(text);
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
        safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'))) {
        QString quoted = safe;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return safe;
}

void writeErr(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// Reads a file's header before anything is written: the kind it will be imported as (to order
// several files, accounts first), or why it cannot be read as a table.
struct FileCheck
{
    QString path;
    int order = 1;
    QString refusal;
};

// newWorkspace: no mapping can have been remembered for this header, so a file no kind fits is
// refused here too.
FileCheck checkFile(const QString& path, const std::optional<DataKind>& kind, bool newWorkspace,
                    const CsvOptions& csv)
{
    FileCheck check{path, 1, {}};
    CsvReader reader;
    if (!reader.open(path, csv)) {
        check.refusal = reader.errorString();
        return check;
    }
    const auto guess = kind ? kind : ColumnMapper::instance().guessKind(reader.header());
    if (!guess && newWorkspace)
        check.refusal =
            QStringLiteral(
                "%1: cannot tell which kind of data this is from its header (%2); name it with --kind")
                .arg(QFileInfo(path).fileName(), reader.header().mid(0, 8).join(QStringLiteral(", ")));
    check.order = guess ? Importer::kindOrder(*guess) : 1;
    return check;
}

} // namespace

int runImport(const QStringList& args)
{
    CommandParser command(
        QStringLiteral("import"),
        QStringLiteral(
            "import --workspace W [--kind K] [--sheet NAME] [--cents] [--as-of DATE] [--strict] [--dry-run] "
            "[--force] [--rejects FILE.csv] FILE..."));
    command.addOption(QStringLiteral("workspace"), QStringLiteral("Workspace file (created when missing)."),
                      QStringLiteral("W"));
    command.addOption(QStringLiteral("kind"),
                      QStringLiteral("Data kind of the files, instead of guessing it from the header."),
                      QStringLiteral("K"));
    command.addOption(QStringLiteral("cents"),
                      QStringLiteral("The files' money columns are in cents (by default a column is in cents "
                                     "only when its header says so)."));
    command.addOption(QStringLiteral("as-of"),
                      QStringLiteral("The day the exports were taken (YYYY-MM-DD); default: today. A later "
                                     "snapshot of a subscription changes it from this day on."),
                      QStringLiteral("DATE"));
    command.addOption(QStringLiteral("sheet"),
                      QStringLiteral("Worksheet of XLSX files to import (default the first)."),
                      QStringLiteral("NAME"));
    command.addOption(QStringLiteral("strict"),
                      QStringLiteral("Abort a file's import at its first rejected row."));
    command.addOption(QStringLiteral("dry-run"),
                      QStringLiteral("Read, check and count everything, write nothing."));
    command.addOption(QStringLiteral("force"),
                      QStringLiteral("Import files again that were imported before."));
    command.addOption(QStringLiteral("rejects"), QStringLiteral("Write rejected rows to this CSV file."),
                      QStringLiteral("FILE.csv"));
    command.parser().addPositionalArgument(QStringLiteral("FILE"),
                                           QStringLiteral("CSV, TSV or XLSX files to import."));
    if (const int code = command.parse(args); code >= 0)
        return code;

    std::optional<DataKind> kind;
    if (command.isSet(QStringLiteral("kind"))) {
        kind = kindFromName(command.value(QStringLiteral("kind")));
        if (!kind) {
            QStringList names;
            for (const KindInfo& info : allKinds())
                names << info.name;
            return fail(QStringLiteral("import: unknown kind '%1' (one of %2)")
                            .arg(command.value(QStringLiteral("kind")), names.join(QStringLiteral(", "))),
                        Usage);
        }
    }
    std::optional<QDate> asOf;
    if (command.isSet(QStringLiteral("as-of"))) {
        const QString text = command.value(QStringLiteral("as-of"));
        asOf = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!asOf->isValid())
            return fail(QStringLiteral("import: --as-of '%1' is not a date (YYYY-MM-DD)").arg(text), Usage);
    }
    const QString workspacePath = command.value(QStringLiteral("workspace"));
    if (workspacePath.isEmpty())
        return fail(QStringLiteral("import: --workspace is required"), Usage);
    QStringList files = command.positional();
    if (files.isEmpty())
        return fail(QStringLiteral("import: give at least one FILE"), Usage);
    for (const QString& file : files) {
        if (!QFileInfo(file).isFile())
            return fail(QStringLiteral("import: %1: no such file").arg(file));
    }

    // Files that cannot be read as a table are refused before the workspace is opened (or created).
    // --sheet names a worksheet of the XLSX files; CSV files among them are read as usual.
    auto csvOptions = [&command](const QString& file) {
        CsvOptions csv;
        if (command.isSet(QStringLiteral("sheet")) && XlsxReader::isWorkbookFile(file))
            csv.sheet = command.value(QStringLiteral("sheet"));
        return csv;
    };
    std::vector<FileCheck> ordered;
    QStringList refusals;
    for (const QString& file : files) {
        const bool newWorkspace = !server::isServerUrl(workspacePath) && !QFileInfo::exists(workspacePath);
        FileCheck check = checkFile(file, kind, newWorkspace, csvOptions(file));
        if (check.refusal.isEmpty())
            ordered.push_back(check);
        else
            refusals << check.refusal;
    }
    if (ordered.empty())
        return fail(QStringLiteral("import: ") + refusals.first());
    for (const QString& refusal : refusals)
        writeErr(QStringLiteral("tenure: import: ") + refusal);
    // Accounts first, so other kinds find their accounts instead of creating stubs.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const FileCheck& a, const FileCheck& b) { return a.order < b.order; });

    auto workspace = openWorkspace(command, false);
    if (!workspace)
        return Failed;

    std::unique_ptr<QFile> rejectsFile;
    if (command.isSet(QStringLiteral("rejects"))) {
        rejectsFile = std::make_unique<QFile>(command.value(QStringLiteral("rejects")));
        if (!rejectsFile->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return fail(QStringLiteral("import: cannot write %1: %2")
                            .arg(rejectsFile->fileName(), rejectsFile->errorString()));
        rejectsFile->write("file,row,line,column,value,reason\n");
    }

    int failures = int(refusals.size());
    bool changed = false; // a file was imported (not a dry run, not already imported)
    QString firstFailure = refusals.value(0);
    const int total = int(files.size());
    for (const FileCheck& check : ordered) {
        const QString& file = check.path;
        const QString name = QFileInfo(file).fileName();
        ImportOptions options;
        options.kind = kind;
        options.csv = csvOptions(file);
        options.strict = command.isSet(QStringLiteral("strict"));
        options.dryRun = command.isSet(QStringLiteral("dry-run"));
        options.force = command.isSet(QStringLiteral("force"));
        options.cents = command.isSet(QStringLiteral("cents"));
        options.asOf = asOf;
        options.handRevenueToTheNextLoad = true; // the snapshot after the last file loads it
        // A team workspace: another user's import holds the lock; say who, once, and wait.
        options.onNotice = [&](const QString& notice) {
            writeErr(QStringLiteral("tenure: import: %1: %2").arg(name, notice));
        };
        qint64 printed = 0;
        options.onReject = [&](const ImportReject& reject) {
            if (printed < PrintedRejects) {
                const QString where = QStringLiteral("%1:%2:").arg(file).arg(reject.line);
                writeErr(reject.column.isEmpty()
                             ? QStringLiteral("%1 %2").arg(where, reject.reason)
                             : QStringLiteral("%1 column '%2' value '%3': %4")
                                   .arg(where, reject.column, reject.value, reject.reason));
            }
            ++printed;
            if (rejectsFile) {
                const QStringList cells{name,
                                        QString::number(reject.row),
                                        QString::number(reject.line),
                                        reject.column,
                                        reject.value,
                                        reject.reason};
                QStringList quoted;
                for (const QString& cell : cells)
                    quoted << csvCell(cell);
                rejectsFile->write(quoted.join(QLatin1Char(',')).toUtf8() + '\n');
            }
        };
        const ImportResult result = Importer::run(*workspace, file, options);
        if (printed > PrintedRejects)
            writeErr(QStringLiteral("%1: ... and %2 more rejected rows%3")
                         .arg(file)
                         .arg(printed - PrintedRejects)
                         .arg(rejectsFile ? QStringLiteral(" (all in %1)").arg(rejectsFile->fileName())
                                          : QStringLiteral(" (see --rejects)")));
        if (result.ok()) {
            changed = changed || (result.status == ImportStatus::Imported && !options.dryRun);
            out(result.message + QLatin1Char('\n'));
            // How the file was read (units, decimal mark, date order) and what was left out.
            if (result.status != ImportStatus::Skipped) {
                for (const QString& decision : result.decisions)
                    out(QStringLiteral("  read: %1\n").arg(decision));
                constexpr int PrintedNotes = 20;
                for (qsizetype i = 0; i < result.warnings.size() && i < PrintedNotes; ++i)
                    out(QStringLiteral("  note: %1\n").arg(result.warnings.at(i)));
                if (result.warnings.size() > PrintedNotes)
                    out(QStringLiteral("  note: ... and %1 more\n")
                            .arg(result.warnings.size() - PrintedNotes));
            }
            continue;
        }
        ++failures;
        const QString message = result.message.startsWith(name)
                                    ? result.message
                                    : QStringLiteral("%1: %2").arg(name, result.message);
        if (firstFailure.isEmpty())
            firstFailure = message;
        if (total > 1)
            writeErr(QStringLiteral("tenure: import: ") + message);
    }
    if (rejectsFile)
        rejectsFile->close();
    // The KPI engine's arrays of the new data state, saved now while the file is in the page cache,
    // so the first dashboard or `tenure kpi` after the import starts from the snapshot.
    if (changed)
        KpiEngine::prepareSnapshot(*workspace);
    if (failures == 0)
        return Ok;
    if (ordered.size() == 1)
        return fail(QStringLiteral("import: ") + firstFailure);
    return fail(QStringLiteral("import: %1 of %2 files not imported (first: %3)")
                    .arg(failures)
                    .arg(ordered.size())
                    .arg(firstFailure));
}

} // namespace tenure::cli
