#include "TestSupport.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace tenure;

namespace {

QString exportFile(const char* name)
{
    return test::dataFile(QStringLiteral("exports/") + QLatin1String(name));
}

qint64 scalar(const QString& workspacePath, const QString& sql)
{
    QString error;
    auto workspace = Workspace::openExisting(workspacePath, &error);
    if (!workspace)
        qFatal("cannot open %s: %s", qPrintable(workspacePath), qPrintable(error));
    QSqlQuery query(workspace->database());
    query.exec(sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void importsAndReportsRejects();
    void importsAccountsFirst();
    void importPreparesKpiSnapshot();
    void strictAndDryRun();
    void writesRejectsCsv();
    void sameFileSkippedThenForced();
    void listsAndRemovesBatches();
    void inspectJson();
    void inspectJsonUnknownKind();
    void inspectTable();
    void refusesFiles_data();
    void refusesFiles();
    void usageErrors_data();
    void usageErrors();
    void killedMidImportLeavesWorkspaceAsBefore();
};

void TestImportCli::importsAndReportsRejects()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    const auto result = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                         exportFile("canonical_tickets.csv")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out).size(), 1);
    QVERIFY2(result.out.contains(QLatin1String(
                 "canonical_tickets.csv: tickets batch 1: 4 rows read, 2 imported, 2 rejected")),
             qPrintable(result.out));
    const QStringList errors = lines(result.err);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(
        errors.at(0),
        exportFile("canonical_tickets.csv") +
            QStringLiteral(
                ":4: column 'resolved_at' value '2024-02-04': resolved before it was created (2024-02-05)"));
    QCOMPARE(errors.at(1),
             exportFile("canonical_tickets.csv") +
                 QStringLiteral(":5: column 'contacts' value '-1': contacts cannot be negative"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM tickets")), 2);
}

void TestImportCli::importsAccountsFirst()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    // Revenue named first: accounts still import first, so no stub is created for A001..A003.
    const auto result =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                         exportFile("canonical_revenue.csv"), exportFile("canonical_accounts.csv")});
    QCOMPARE(result.exitCode, 0);
    // One summary line per file; the indented lines under it say how the file was read.
    const QStringList out = lines(result.out).filter(QRegularExpression(QStringLiteral("^\\S")));
    QCOMPARE(out.size(), 2);
    QVERIFY(out.at(0).startsWith(QLatin1String("canonical_accounts.csv: accounts")));
    QVERIFY(out.at(1).startsWith(QLatin1String("canonical_revenue.csv: revenue")));
    QVERIFY2(out.at(1).contains(QLatin1String("1 new accounts referenced")),
             qPrintable(out.at(1))); // only A004
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM accounts")), 4);
}

void TestImportCli::importPreparesKpiSnapshot()
{
    // The import saves the KPI snapshot of the data it leaves behind, so the first `tenure kpi`
    // after it reads the snapshot instead of every row; a dry run changes nothing and saves none.
    QTemporaryDir dir, cache;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    qputenv("TENURE_KPI_TRACE", "1");
    const auto dryRun = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                         QStringLiteral("--dry-run"), exportFile("canonical_accounts.csv")});
    const auto imported =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                         exportFile("canonical_accounts.csv"), exportFile("canonical_revenue.csv")});
    const auto kpi = test::runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace});
    qunsetenv("TENURE_KPI_TRACE");
    qunsetenv("XDG_CACHE_HOME");
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY2(!dryRun.err.contains(QLatin1String("kpi load")), qPrintable(dryRun.err));
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.contains(QLatin1String("kpi load: snapshot saved")), qPrintable(imported.err));
    QCOMPARE(kpi.exitCode, 0);
    QVERIFY2(kpi.err.contains(QLatin1String("kpi load: snapshot ")) &&
                 !kpi.err.contains(QLatin1String("snapshot saved")) &&
                 !kpi.err.contains(QLatin1String("kpi load: accounts")),
             qPrintable(kpi.err));
    QVERIFY(kpi.out.count(QLatin1Char('\n')) > 10);
}

void TestImportCli::strictAndDryRun()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    auto result = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                   QStringLiteral("--strict"), exportFile("canonical_surveys.csv")});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("strict import aborted")), qPrintable(result.err));
    QVERIFY(lines(result.err).last().startsWith(QLatin1String("tenure: import: ")));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM surveys")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 0);

    result = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--dry-run"), exportFile("canonical_surveys.csv")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("dry run, nothing written")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("4 imported, 1 rejected")));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM surveys")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 0);
}

void TestImportCli::writesRejectsCsv()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    const QString source = test::writeFile(dir.filePath(QStringLiteral("r.csv")),
                                           "account_id,month,mrr\nA1,2024-01,=1+1\nA1,2024-02,5\n");
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const auto result = test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                         QStringLiteral("--rejects"), rejects, source});
    QCOMPARE(result.exitCode, 0);
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringLiteral("file,row,line,column,value,reason"));
    // The formula-looking value is neutralised in the export.
    QVERIFY2(rows.at(1).startsWith(QLatin1String("r.csv,1,2,mrr,'=1+1,")), qPrintable(rows.at(1)));
}

void TestImportCli::sameFileSkippedThenForced()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                           exportFile("canonical_revenue.csv")};
    QCOMPARE(test::runTenure(args).exitCode, 0);
    const auto again = test::runTenure(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("already imported as batch 1")), qPrintable(again.out));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 1);
    const auto forced = test::runTenure(QStringList(args) << QStringLiteral("--force"));
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 2);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM revenue")), 5);
}

void TestImportCli::listsAndRemovesBatches()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    QCOMPARE(test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                              exportFile("canonical_accounts.csv"), exportFile("canonical_costs.csv")})
                 .exitCode,
             0);
    auto list = test::runTenure({QStringLiteral("imports"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(list.exitCode, 0);
    QStringList rows = lines(list.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).contains(QLatin1String("batch")) && rows.at(0).contains(QLatin1String("kind")) &&
            rows.at(0).contains(QLatin1String("sha256")));
    QVERIFY(rows.at(1).contains(QLatin1String("canonical_accounts.csv")) &&
            rows.at(1).contains(QLatin1String("accounts")));
    QVERIFY(rows.at(2).contains(QLatin1String("canonical_costs.csv")));

    const auto removed = test::runTenure({QStringLiteral("imports"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--remove"), QStringLiteral("2")});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.out.contains(QLatin1String("removed batch 2")), qPrintable(removed.out));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM costs")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM accounts")), 3);
    list = test::runTenure({QStringLiteral("imports"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(lines(list.out).size(), 2);

    const auto missing = test::runTenure({QStringLiteral("imports"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--remove"), QStringLiteral("9")});
    QVERIFY(missing.exitCode != 0);
    QCOMPARE(lines(missing.err).size(), 1);
    QVERIFY(missing.err.contains(QLatin1String("no import batch 9")));
    const auto noWorkspace = test::runTenure({QStringLiteral("imports"), QStringLiteral("--workspace"),
                                              dir.filePath(QStringLiteral("none.tenure"))});
    QVERIFY(noWorkspace.exitCode != 0);
    QCOMPARE(lines(noWorkspace.err).size(), 1);
}

void TestImportCli::inspectJson()
{
    const auto result = test::runTenure({QStringLiteral("inspect"), exportFile("delighted_responses.csv"),
                                         QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--rows"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject json = document.object();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("columns"), QStringLiteral("delimiter"), QStringLiteral("encoding"),
                          QStringLiteral("kind"), QStringLiteral("rows"), QStringLiteral("warnings")}));
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("surveys"));

    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 9);
    for (const QJsonValue& value : columns) {
        QStringList columnKeys = value.toObject().keys();
        columnKeys.sort();
        QCOMPARE(columnKeys, (QStringList{QStringLiteral("canonical"), QStringLiteral("header"),
                                          QStringLiteral("type")}));
    }
    const QJsonObject score = columns.at(3).toObject();
    QCOMPARE(score.value(QStringLiteral("header")).toString(), QStringLiteral("Score"));
    QCOMPARE(score.value(QStringLiteral("canonical")).toString(), QStringLiteral("score"));
    QCOMPARE(score.value(QStringLiteral("type")).toString(), QStringLiteral("score"));
    const QJsonObject created = columns.at(5).toObject();
    QCOMPARE(created.value(QStringLiteral("canonical")).toString(), QStringLiteral("responded_at"));
    QCOMPARE(created.value(QStringLiteral("type")).toString(), QStringLiteral("date"));
    const QJsonObject email = columns.at(1).toObject();
    QVERIFY(email.value(QStringLiteral("canonical")).isNull());
    QCOMPARE(email.value(QStringLiteral("type")).toString(), QStringLiteral("text"));

    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    QVERIFY(!warnings.isEmpty());
    for (const QJsonValue& warning : warnings)
        QVERIFY(warning.isString());

    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject second = rows.at(1).toObject();
    QCOMPARE(second.keys().size(), 9);
    QCOMPARE(second.value(QStringLiteral("Response ID")).toString(), QStringLiteral("d_102"));
    // Cell text after unquoting (the quoted newline kept), before conversion.
    QCOMPARE(second.value(QStringLiteral("Comment")).toString(), QStringLiteral("Slow exports,\nneeds work"));
    QCOMPARE(second.value(QStringLiteral("Created At")).toString(),
             QStringLiteral("2024-02-11T09:00:00-08:00"));
    QCOMPARE(second.value(QStringLiteral("Tags")).toString(), QStringLiteral("exports"));

    // Default 20 rows, and all.
    const auto all = test::runTenure({QStringLiteral("inspect"), exportFile("delighted_responses.csv"),
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--rows"), QStringLiteral("all")});
    QCOMPARE(
        QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("rows")).toArray().size(), 3);
}

void TestImportCli::inspectJsonUnknownKind()
{
    QTemporaryDir dir;
    const QString file = test::writeFile(dir.filePath(QStringLiteral("x.tsv")), "foo\tbar\n1\t2\n");
    const auto result = test::runTenure(
        {QStringLiteral("inspect"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("kind")).isNull());
    QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 2);
    QVERIFY(columns.at(0).toObject().value(QStringLiteral("canonical")).isNull());
    QCOMPARE(
        json.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("bar")).toString(),
        QStringLiteral("2"));
}

void TestImportCli::inspectTable()
{
    const auto result =
        test::runTenure({QStringLiteral("inspect"), exportFile("salesforce_opportunities.csv")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("kind: orders")));
    QVERIFY(result.out.contains(QLatin1String("Close Date")));
    QVERIFY(result.out.contains(QLatin1String("ordered_at")));
    QVERIFY(result.out.contains(QLatin1String("Cyberdyne upsell")));
}

void TestImportCli::refusesFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    static const char elf[] = "\x7f"
                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0\x10\x10\0\0\0\0\0\0";
    QTest::newRow("binary") << QByteArray(elf, sizeof(elf) - 1).repeated(8);
    QTest::newRow("no-header") << QByteArray("\n\n   \n");
    QTest::newRow("unknown-columns") << QByteArray("foo,bar\n1,2\n");
}

void TestImportCli::refusesFiles()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    const QString file = test::writeFile(dir.filePath(QStringLiteral("bad.csv")), bytes);
    const auto result =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, file});
    QVERIFY(result.exitCode != 0);
    QCOMPARE(lines(result.err).size(), 1);
    QVERIFY2(result.err.startsWith(QLatin1String("tenure: import: ")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Refused before the workspace was even created.
    QVERIFY(!QFile::exists(workspace));

    const auto inspect = test::runTenure({QStringLiteral("inspect"), file});
    if (qstrcmp(QTest::currentDataTag(), "unknown-columns") == 0) {
        QCOMPARE(inspect.exitCode, 0); // inspect shows what it sees, kind unknown
    } else {
        QVERIFY(inspect.exitCode != 0);
        QCOMPARE(lines(inspect.err).size(), 1);
    }
}

void TestImportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-files") << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                             QStringLiteral("w.tenure")}
                              << QStringLiteral("at least one FILE");
    QTest::newRow("bad-kind") << QStringList{QStringLiteral("import"),   QStringLiteral("--workspace"),
                                             QStringLiteral("w.tenure"), QStringLiteral("--kind"),
                                             QStringLiteral("widgets"),  QStringLiteral("x.csv")}
                              << QStringLiteral("unknown kind 'widgets'");
    QTest::newRow("missing-file") << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                                 QStringLiteral("w.tenure"), QStringLiteral("nope.csv")}
                                  << QStringLiteral("no such file");
    QTest::newRow("no-workspace") << QStringList{QStringLiteral("import"), exportFile("canonical_costs.csv")}
                                  << QStringLiteral("--workspace");
    QTest::newRow("inspect-rows") << QStringList{QStringLiteral("inspect"), exportFile("canonical_costs.csv"),
                                                 QStringLiteral("--rows"), QStringLiteral("many")}
                                  << QStringLiteral("--rows");
    QTest::newRow("inspect-format") << QStringList{QStringLiteral("inspect"),
                                                   exportFile("canonical_costs.csv"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("unknown format");
}

void TestImportCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const auto result = test::runTenure(args, dir.path());
    QVERIFY(result.exitCode != 0);
    QCOMPARE(lines(result.err).size(), 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("w.tenure"))));
}

void TestImportCli::killedMidImportLeavesWorkspaceAsBefore()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tenure"));
    QCOMPARE(test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                              exportFile("canonical_accounts.csv")})
                 .exitCode,
             0);

    // A revenue file big enough that the import is still running when it is killed.
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("account_id,month,mrr\n");
    QByteArray chunk;
    for (int i = 0; i < 600000; ++i) {
        chunk += "K" + QByteArray::number(i / 36) + ',' + QByteArray::number(2021 + (i % 36) / 12) + '-' +
                 QByteArray::number(i % 12 + 1).rightJustified(2, '0') + ",12.50\n";
        if (chunk.size() > (1 << 20)) {
            big.write(chunk);
            chunk.clear();
        }
    }
    big.write(chunk);
    big.close();

    QProcess process;
    process.start(QStringLiteral(TENURE_BINARY),
                  {QStringLiteral("import"), QStringLiteral("--workspace"), workspace, big.fileName()});
    QVERIFY(process.waitForStarted());
    QTest::qWait(200);
    if (process.state() != QProcess::Running)
        QSKIP("the import finished before it could be killed");
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QString error;
    auto opened = Workspace::openExisting(workspace, &error);
    QVERIFY2(opened, qPrintable(error));
    QSqlQuery query(opened->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(
        query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM revenue), (SELECT count(*) FROM accounts), (SELECT count(*) FROM "
            "import_batches), (SELECT count(*) FROM account_attributes)")) &&
        query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    QCOMPARE(query.value(1).toLongLong(), 3);
    QCOMPARE(query.value(2).toLongLong(), 1);
    QCOMPARE(query.value(3).toLongLong(), 6);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    opened.reset();

    // And the same file imports completely afterwards.
    const auto result =
        test::runTenure({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, big.fileName()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM revenue")), 600000);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
