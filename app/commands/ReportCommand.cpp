#include "CommandLine.h"
#include "commands/Commands.h"

#include "ReportHook.h"
#include "Workspace.h"
#include "report/ExportReportDialog.h"
#include "report/ReportBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <QCoreApplication>

namespace tenure::cli {

namespace {

const QString synopsis = QStringLiteral(
    "report --workspace W --out FILE.pdf [--period PERIOD] [--account ID|all] [--segment ATTRIBUTE] "
    "[--page-size a4|letter] [--as-of DATE]");

// The GUI's File > Export report... calls the hook; registering it here, in a file that is always
// linked into the executable, keeps the window free of a dependency on the report code.
const bool exporterRegistered = [] {
    setReportExporter([](QWidget* parent, Workspace& workspace, const DashboardFilter& filter) {
        report::ExportReportDialog dialog(workspace.path(), parent);
        if (!filter.segmentAttribute.isEmpty())
            dialog.setSegment(filter.segmentAttribute);
        if (!filter.to.isEmpty())
            dialog.setPeriodHint(filter.to);
        dialog.exec();
    });
    setAccountReportExporter([](QWidget* parent, Workspace& workspace, const QString& accountKey) {
        report::ExportReportDialog dialog(workspace.path(), parent);
        report::ReportOptions options = dialog.options();
        options.account = accountKey;
        dialog.setOptions(options);
        dialog.exec();
    });
    return true;
}();

} // namespace

int runReport(const QStringList& args)
{
    Q_UNUSED(exporterRegistered);
    CommandParser parser(QStringLiteral("report"), synopsis);
    parser.addOption(QStringLiteral("workspace"), QStringLiteral("the workspace file"), QStringLiteral("W"));
    parser.addOption(QStringLiteral("out"), QStringLiteral("the PDF to write (with --account all: a folder)"),
                     QStringLiteral("FILE"));
    parser.addOption(
        QStringLiteral("period"),
        QStringLiteral("2026-Q1, 2026-03 or 2026 (default: the last complete quarter of MRR data)"),
        QStringLiteral("PERIOD"));
    parser.addOption(QStringLiteral("account"), QStringLiteral("an account id for an account report, or all"),
                     QStringLiteral("ID"));
    parser.addOption(QStringLiteral("segment"),
                     QStringLiteral("attribute of the segment breakdown (default plan)"),
                     QStringLiteral("ATTRIBUTE"));
    parser.addOption(QStringLiteral("page-size"), QStringLiteral("a4 (default) or letter"),
                     QStringLiteral("SIZE"));
    parser.addOption(QStringLiteral("profile"),
                     QStringLiteral("formula profile: tenure, chartmogul, baremetrics or profitwell"),
                     QStringLiteral("NAME"));
    addAsOfOption(parser);
    if (const int code = parser.parse(args); code >= 0)
        return code;
    if (!parser.positional().isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "report: unexpected argument '%1'")
                        .arg(parser.positional().first()),
                    Usage);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "report: --out is required"), Usage);

    report::ReportOptions options;
    options.period = parser.value(QStringLiteral("period"));
    options.account = parser.value(QStringLiteral("account"));
    if (parser.isSet(QStringLiteral("segment")))
        options.segment = parser.value(QStringLiteral("segment"));
    if (!asOfValue(parser, QStringLiteral("report"), &options.asOf))
        return Usage;
    if (parser.isSet(QStringLiteral("profile"))) {
        options.profile = kpiProfileFromName(parser.value(QStringLiteral("profile")));
        if (!options.profile)
            return fail(QCoreApplication::translate("tenure::cli", "report: unknown --profile %1 (known: %2)")
                            .arg(parser.value(QStringLiteral("profile")),
                                 kpiProfileNames().join(QStringLiteral(", "))),
                        Usage);
    }
    const QString size = parser.value(QStringLiteral("page-size")).toLower();
    if (size == QLatin1String("letter"))
        options.pageSize = report::PageSize::Letter;
    else if (!size.isEmpty() && size != QLatin1String("a4"))
        return fail(
            QCoreApplication::translate("tenure::cli", "report: unknown page size '%1' (use a4 or letter)")
                .arg(size),
            Usage);

    const QString workspacePath = parser.value(QStringLiteral("workspace"));
    if (workspacePath.isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "report: --workspace is required"), Usage);
    QString error;
    auto builder = report::ReportBuilder::open(workspacePath, &error);
    if (!builder)
        return fail(error);

    const bool all = options.account == QLatin1String("all");
    if (!all) {
        if (QFileInfo(out).isDir())
            return fail(
                QCoreApplication::translate("tenure::cli", "report: --out %1 is a folder; give a file name")
                    .arg(out),
                Usage);
        auto document = builder->build(options, &error);
        if (!document)
            return fail(QCoreApplication::translate("tenure::cli", "report: %1").arg(error));
        if (report::writePdf(*document, out, &error) == 0)
            return fail(QCoreApplication::translate("tenure::cli", "report: %1").arg(error));
        return Ok;
    }

    // One PDF per account into the folder --out. Check everything before writing any file.
    if (QFileInfo(out).exists() && !QFileInfo(out).isDir())
        return fail(QCoreApplication::translate(
                        "tenure::cli", "report: with --account all, --out must be a folder (%1 is a file)")
                        .arg(out),
                    Usage);
    options.account.clear();
    const QStringList keys = builder->accountKeys();
    if (keys.isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "report: the workspace has no accounts"));
    report::ReportOptions check = options;
    check.account = keys.first();
    if (const QString problem = builder->validate(check); !problem.isEmpty())
        return fail(QCoreApplication::translate("tenure::cli", "report: %1").arg(problem));
    if (!QDir().mkpath(out))
        return fail(QCoreApplication::translate("tenure::cli", "report: cannot create folder %1").arg(out));
    QSet<QString> used;
    int index = 0;
    for (const QString& key : keys) {
        ++index;
        QString name = report::accountFileName(key);
        // Two keys that differ only in unsafe characters must not overwrite each other.
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = report::accountFileName(key).chopped(4) + QStringLiteral("-%1.pdf").arg(n);
        used.insert(name.toLower());
        options.account = key;
        auto document = builder->build(options, &error);
        if (!document)
            return fail(QCoreApplication::translate("tenure::cli", "report: account %1: %2").arg(key, error));
        if (report::writePdf(*document, QDir(out).filePath(name), &error) == 0)
            return fail(QCoreApplication::translate("tenure::cli", "report: %1").arg(error));
        const QByteArray line =
            QStringLiteral("report: %1/%2 %3\n").arg(index).arg(keys.size()).arg(name).toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    return Ok;
}

} // namespace tenure::cli
