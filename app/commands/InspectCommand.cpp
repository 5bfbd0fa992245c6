#include "CommandLine.h"
#include "DataKinds.h"
#include "commands/Commands.h"
#include "import/Importer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenure::cli {

namespace {

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

QStringList warningsOf(const ImportPreview& preview)
{
    // How the file is read (money units, decimal mark, date order) comes first: it changes numbers.
    QStringList warnings;
    for (const QString& decision : preview.decisions)
        warnings << QStringLiteral("read: ") + decision;
    warnings << preview.warnings;
    for (const ImportReject& reject : preview.rejects)
        warnings << (reject.skipped ? QStringLiteral("would be skipped: ")
                                    : QStringLiteral("would be rejected: ")) +
                        reject.describe();
    return warnings;
}

QString canonicalOf(const ImportPreview& preview, qsizetype column)
{
    return preview.kind ? preview.mapping.columns.value(column).canonical : QString();
}

QString typeOf(const ImportPreview& preview, qsizetype column)
{
    return columnTypeName(preview.formats.value(column).type);
}

QString asJson(const ImportPreview& preview)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < preview.headers.size(); ++i) {
        const QString canonical = canonicalOf(preview, i);
        columns.append(QJsonObject{
            {QStringLiteral("header"), preview.headers.at(i)},
            {QStringLiteral("canonical"), canonical.isEmpty() ? QJsonValue() : QJsonValue(canonical)},
            {QStringLiteral("type"), typeOf(preview, i)}});
    }
    QJsonArray rows;
    for (const QStringList& row : preview.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < preview.headers.size(); ++i)
            object.insert(preview.headers.at(i), row.value(i));
        rows.append(object);
    }
    QJsonObject json{
        {QStringLiteral("encoding"), preview.dialect.encoding},
        {QStringLiteral("delimiter"), QString(preview.dialect.delimiter)},
        {QStringLiteral("kind"), preview.kind ? QJsonValue(kindName(*preview.kind)) : QJsonValue()},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warningsOf(preview))},
        {QStringLiteral("rows"), rows},
    };
    if (!preview.dialect.sheet.isEmpty()) { // XLSX only: CSV output keeps the keys of SPEC.md section 5
        json.insert(QStringLiteral("sheet"), preview.dialect.sheet);
        json.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(preview.dialect.sheets));
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QString asTable(const ImportPreview& preview)
{
    QString text;
    const CsvDialect& d = preview.dialect;
    text += QStringLiteral("file: %1 (%2 data rows)\n").arg(preview.fileName).arg(preview.rowsInFile);
    text += QStringLiteral("encoding: %1%2, delimiter: %3, quote: %4, line endings: %5, header rows: %6%7\n")
                .arg(d.encoding, d.bom ? QStringLiteral(" with BOM") : QString(), delimiterName(d.delimiter),
                     QString(d.quote), d.lineEnding)
                .arg(d.headerRows)
                .arg(d.sepLine ? QStringLiteral(", sep= line") : QString());
    if (!d.sheet.isEmpty())
        text += QStringLiteral("sheet: %1 (sheets: %2)\n").arg(d.sheet, d.sheets.join(QStringLiteral(", ")));
    text +=
        QStringLiteral("kind: %1\n").arg(preview.kind ? kindName(*preview.kind) : QStringLiteral("unknown"));
    text += QStringLiteral("columns:\n");
    qsizetype width = 0;
    for (const QString& header : preview.headers)
        width = std::max(width, header.size());
    for (qsizetype i = 0; i < preview.headers.size(); ++i) {
        const QString canonical = canonicalOf(preview, i);
        const MappedColumn column = preview.mapping.columns.value(i);
        QString target = canonical.isEmpty()
                             ? (preview.kind && !column.attribute.isEmpty() ? QStringLiteral("(attribute)")
                                                                            : QStringLiteral("-"))
                             : canonical;
        QString type = canonical.isEmpty() ? QStringLiteral("text") : preview.formats.value(i).describe();
        text += QStringLiteral("  %1  -> %2  %3\n")
                    .arg(preview.headers.at(i).leftJustified(width), target.leftJustified(16), type);
    }
    const QStringList warnings = warningsOf(preview);
    if (!warnings.isEmpty()) {
        text += QStringLiteral("warnings:\n");
        for (const QString& warning : warnings)
            text += QStringLiteral("  - %1\n").arg(warning);
    }
    text += QStringLiteral("rows (%1 shown):\n").arg(preview.rows.size());
    QList<qsizetype> widths;
    for (const QString& header : preview.headers)
        widths << std::min<qsizetype>(30, header.size());
    for (const QStringList& row : preview.rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::min<qsizetype>(30, std::max(widths[i], row.value(i).size()));
    }
    auto line = [&widths](const QStringList& cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            QString cell = cells.value(i).simplified();
            if (cell.size() > widths[i])
                cell = cell.left(widths[i] - 1) + QChar(0x2026);
            padded << cell.leftJustified(widths[i]);
        }
        return QStringLiteral("  ") + padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    text += line(preview.headers);
    for (const QStringList& row : preview.rows)
        text += line(row);
    return text;
}

} // namespace

int runInspect(const QStringList& args)
{
    CommandParser command(
        QStringLiteral("inspect"),
        QStringLiteral("inspect FILE [--rows N|all] [--sheet NAME] [--cents] [--format json|table]"));
    command.addOption(QStringLiteral("cents"),
                      QStringLiteral("Read the file's money columns as cents, as import --cents would."));
    command.addOption(QStringLiteral("rows"), QStringLiteral("Data rows to show (default 20), or all."),
                      QStringLiteral("N|all"));
    command.addOption(QStringLiteral("sheet"),
                      QStringLiteral("Worksheet of an XLSX file (default the first)."),
                      QStringLiteral("NAME"));
    command.addOption(QStringLiteral("format"), QStringLiteral("json or table (default)."),
                      QStringLiteral("json|table"));
    command.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV, TSV or XLSX file."));
    if (const int code = command.parse(args); code >= 0)
        return code;
    const QStringList files = command.positional();
    if (files.size() != 1)
        return fail(QStringLiteral("inspect: give exactly one FILE"), Usage);

    PreviewOptions options;
    options.cents = command.isSet(QStringLiteral("cents"));
    if (command.isSet(QStringLiteral("sheet")))
        options.csv.sheet = command.value(QStringLiteral("sheet"));
    if (command.isSet(QStringLiteral("rows"))) {
        const QString rows = command.value(QStringLiteral("rows"));
        bool number = false;
        const qint64 n = rows.toLongLong(&number);
        if (rows == QLatin1String("all"))
            options.rows = -1;
        else if (number && n >= 0)
            options.rows = n;
        else
            return fail(QStringLiteral("inspect: --rows needs a number or 'all', not '%1'").arg(rows), Usage);
    }
    const QString format = command.isSet(QStringLiteral("format")) ? command.value(QStringLiteral("format"))
                                                                   : QStringLiteral("table");
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return fail(QStringLiteral("inspect: unknown format '%1' (json or table)").arg(format), Usage);
    if (!QFileInfo(files.first()).isFile())
        return fail(QStringLiteral("inspect: %1: no such file").arg(files.first()));

    const ImportPreview preview = Importer::preview(files.first(), options);
    if (!preview.ok)
        return fail(QStringLiteral("inspect: ") + preview.error);
    out(format == QLatin1String("json") ? asJson(preview) : asTable(preview));
    return Ok;
}

} // namespace tenure::cli
