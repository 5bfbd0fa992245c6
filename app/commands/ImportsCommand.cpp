#include "CommandLine.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "import/Importer.h"

#include <QCoreApplication>

namespace tenure::cli {

namespace {

// Left-aligned text columns, right-aligned numbers, two spaces apart.
QString formatTable(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& numeric)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList& cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << (numeric.value(i) ? cells[i].rightJustified(widths[i])
                                        : cells[i].leftJustified(widths[i]));
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

} // namespace

int runImports(const QStringList& args)
{
    CommandParser command(QStringLiteral("imports"),
                          QStringLiteral("imports --workspace W [--remove BATCH]"));
    command.addOption(QStringLiteral("workspace"), QStringLiteral("Workspace file."), QStringLiteral("W"));
    command.addOption(QStringLiteral("remove"),
                      QStringLiteral("Remove an import batch and every row it wrote."),
                      QStringLiteral("BATCH"));
    if (const int code = command.parse(args); code >= 0)
        return code;
    if (!command.positional().isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "imports: unexpected argument '%1'")
                        .arg(command.positional().first()),
                    Usage);
    auto workspace = openWorkspace(command, true);
    if (!workspace)
        return Failed;

    if (command.isSet(QStringLiteral("remove"))) {
        bool number = false;
        const qint64 id = command.value(QStringLiteral("remove")).toLongLong(&number);
        if (!number || id <= 0)
            return fail(
                QCoreApplication::translate("tenure::cli", "imports: --remove needs a batch number, not '%1'")
                    .arg(command.value(QStringLiteral("remove"))),
                Usage);
        const auto batch = ImportBatches::find(*workspace, id);
        QString error;
        if (!batch || !ImportBatches::remove(*workspace, id, &error))
            return fail(QCoreApplication::translate("tenure::cli", "imports: %1")
                            .arg(batch ? error : QStringLiteral("there is no import batch %1").arg(id)));
        out(QStringLiteral("removed batch %1 (%2, %3, %4 rows)\n")
                .arg(id)
                .arg(batch->fileName, batch->kind)
                .arg(batch->rowsImported));
        return Ok;
    }

    const QList<BatchInfo> batches = ImportBatches::list(*workspace);
    if (batches.isEmpty()) {
        out(QStringLiteral("no imports in %1\n").arg(workspace->path()));
        return Ok;
    }
    QList<QStringList> rows;
    for (const BatchInfo& b : batches) {
        rows << QStringList{QString::number(b.id),
                            b.importedAt,
                            b.kind,
                            b.fileName,
                            QString::number(b.rowsRead),
                            QString::number(b.rowsImported),
                            QString::number(b.rowsRejected),
                            b.sha256.left(12)};
    }
    out(formatTable({QStringLiteral("batch"), QStringLiteral("imported_at"), QStringLiteral("kind"),
                     QStringLiteral("file"), QStringLiteral("read"), QStringLiteral("imported"),
                     QStringLiteral("rejected"), QStringLiteral("sha256")},
                    rows, {true, false, false, false, true, true, true, false}));
    return Ok;
}

} // namespace tenure::cli
