// Team workspace benchmark (issue 12): the ~1,000,000-row revenue.csv imported into a PostgreSQL
// workspace (COPY into a staging table, one upsert) beside `psql \copy` of the same file into an
// untyped table, and the cold KPI load from the server. The server is the throwaway one of the
// tests (tests/pg/pg_server.sh), or TENURE_BENCH_PG=postgresql://... when given.
#include "Bench.h"
#include "Workspace.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QUrl>

namespace tenure::bench {

namespace {

QString fixed(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs a program to its end; false with its error output in *error.
bool run(const QString& program, const QStringList& arguments, QString* error, QString* output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(-1) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(program, process.errorString(),
                          QString::fromUtf8(process.readAllStandardError()).simplified());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

QString withDatabase(const QString& serverUrl, const QString& database)
{
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace

int runTeamBench(const Context& context)
{
    QTextStream& out = *context.out;
    const QString accounts = QDir(context.csvDir).filePath(QStringLiteral("accounts.csv"));
    const QString revenue = QDir(context.csvDir).filePath(QStringLiteral("revenue.csv"));
    QString error;

    // A server: the given one, or a throwaway cluster like the tests'.
    QString server = qEnvironmentVariable("TENURE_BENCH_PG");
    const QString script = QStringLiteral(TENURE_SOURCE_DIR "/tests/pg/pg_server.sh");
    const QString clusterDir =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("tenure-bench-pg-%1").arg(QCoreApplication::applicationPid()));
    struct Cluster
    {
        QString script, dir;
        bool started = false;
        ~Cluster()
        {
            if (started)
                QProcess::execute(script, {QStringLiteral("stop"), dir});
        }
    } cluster{script, clusterDir};
    if (server.isEmpty()) {
        if (!run(script, {QStringLiteral("start"), clusterDir}, &error)) {
            out << "  team: cannot start a PostgreSQL server: " << error << "\n";
            return 1;
        }
        cluster.started = true;
        QFile url(clusterDir + QStringLiteral("/url"));
        if (!url.open(QIODevice::ReadOnly)) {
            out << "  team: PostgreSQL server not installed; section skipped\n";
            return 0;
        }
        server = QString::fromUtf8(url.readAll()).trimmed();
    }
    const QString database = QStringLiteral("tenure_bench_%1").arg(QCoreApplication::applicationPid());
    if (!run(QStringLiteral("psql"),
             {withDatabase(server, QStringLiteral("postgres")), QStringLiteral("-qc"),
              QStringLiteral("CREATE DATABASE %1").arg(database)},
             &error)) {
        out << "  team: " << error << "\n";
        return 1;
    }
    const QString url = withDatabase(server, database);

    QElapsedTimer timer;
    double importSeconds = 0;
    qint64 rows = 0;
    {
        auto workspace = Workspace::open(url, &error);
        if (!workspace) {
            out << "  team: " << error << "\n";
            return 1;
        }
        if (QFileInfo::exists(accounts)) {
            timer.start();
            const ImportResult result = Importer::run(*workspace, accounts);
            if (result.status != ImportStatus::Imported) {
                out << "  team: accounts.csv: " << result.message << "\n";
                return 1;
            }
            out << "  accounts.csv into PostgreSQL: " << result.rowsImported << " rows in "
                << fixed(seconds(timer), 2) << " s\n";
        }
        timer.restart();
        const ImportResult result = Importer::run(*workspace, revenue);
        importSeconds = seconds(timer);
        if (result.status != ImportStatus::Imported) {
            out << "  team: revenue.csv: " << result.message << "\n";
            return 1;
        }
        rows = result.rowsImported;
    }
    out << "  revenue.csv into PostgreSQL (typed, validated, upserted, one transaction): " << rows
        << " rows in " << fixed(importSeconds, 2) << " s\n";
    out.flush();

    // The reference: psql's \copy of the same file into an untyped table.
    QString path = QFileInfo(revenue).absoluteFilePath();
    path.replace(QLatin1Char('\''), QStringLiteral("''"));
    // As many text columns as the file's header has.
    QStringList rawColumns;
    {
        QFile file(revenue);
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray& name : file.readLine().trimmed().split(','))
                rawColumns
                    << QStringLiteral("\"%1\" text").arg(QString::fromUtf8(name).remove(QLatin1Char('"')));
    }
    if (!run(QStringLiteral("psql"),
             {url, QStringLiteral("-qc"),
              QStringLiteral("CREATE TABLE revenue_raw (%1)").arg(rawColumns.join(QStringLiteral(", ")))},
             &error)) {
        out << "  team: " << error << "\n";
        return 1;
    }
    timer.restart();
    if (!run(QStringLiteral("psql"),
             {url, QStringLiteral("-qc"),
              QStringLiteral("\\copy revenue_raw FROM '%1' WITH (FORMAT csv, HEADER true)").arg(path)},
             &error)) {
        out << "  team: " << error << "\n";
        return 1;
    }
    const double copySeconds = seconds(timer);
    const double ratio = importSeconds / copySeconds;
    out << "  psql \\copy into an untyped table: " << fixed(copySeconds, 2) << " s\n"
        << "  Tenure / psql \\copy: " << fixed(ratio, 2) << " x\n";
    // A second reference that shows where the time goes: psql's \copy of the same rows, already
    // typed, into a table like revenue with its primary key (what a COPY into the workspace costs
    // the server before any parsing, checking or upserting).
    const QString typedFile =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("tenure-bench-revenue-%1.tsv").arg(QCoreApplication::applicationPid()));
    if (run(QStringLiteral("psql"),
            {url, QStringLiteral("-qc"),
             QStringLiteral(
                 "\\copy (SELECT account_id, month, mrr, plan, batch_id, currency FROM revenue) TO '%1'")
                 .arg(typedFile)},
            &error) &&
        run(QStringLiteral("psql"),
            {url, QStringLiteral("-qc"),
             QStringLiteral("CREATE TABLE revenue_typed (LIKE revenue INCLUDING ALL)")},
            &error)) {
        timer.restart();
        if (run(QStringLiteral("psql"),
                {url, QStringLiteral("-qc"), QStringLiteral("\\copy revenue_typed FROM '%1'").arg(typedFile)},
                &error))
            out << "  psql \\copy of the same rows, typed, into a table like revenue (its primary key): "
                << fixed(seconds(timer), 2) << " s (Tenure / it: " << fixed(importSeconds / seconds(timer), 2)
                << " x)\n";
        QFile::remove(typedFile);
    }
    checkTarget(out, QStringLiteral("team import / psql \\copy"), ratio, 1.5, QStringLiteral("x"));

    // The cold KPI load from the server: no snapshot of this data on this laptop yet.
    {
        auto workspace = Workspace::open(url, &error);
        if (!workspace) {
            out << "  team: " << error << "\n";
            return 1;
        }
        QFile::remove(kpidata::snapshotPath(*workspace));
        timer.restart();
        KpiEngine engine(*workspace);
        engine.refresh();
        const double loadSeconds = seconds(timer);
        timer.restart();
        const KpiTable table = engine.compute(KpiQuery());
        const double computeSeconds = seconds(timer);
        out << "  cold KPI load from the server (rows read, snapshot written): "
            << fixed(loadSeconds * 1e3, 0) << " ms; every KPI x month then " << fixed(computeSeconds * 1e3, 0)
            << " ms (" << table.rows.size() << " values)\n";
        timer.restart();
        KpiEngine later(*workspace);
        later.refresh();
        out << "  later start on this laptop (snapshot of the same data token): "
            << fixed(seconds(timer) * 1e3, 0) << " ms\n";
    }
    run(QStringLiteral("psql"),
        {withDatabase(server, QStringLiteral("postgres")), QStringLiteral("-qc"),
         QStringLiteral("DROP DATABASE %1").arg(database)},
        &error);
    return 0;
}

} // namespace tenure::bench
