#include "DataKinds.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;

namespace {

qint64 count(Workspace& workspace, const QString& table)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray firstLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine().trimmed();
}

bool isOneLineError(const test::CliResult& result)
{
    return result.exitCode != 0 && result.err.startsWith(QStringLiteral("tenure: ")) &&
           result.err.count(QLatin1Char('\n')) == 1;
}

} // namespace

class TestDemoCli : public QObject
{
    Q_OBJECT

private slots:
    void createsWorkspace();
    void badOptionsFailWithOneLine_data();
    void badOptionsFailWithOneLine();
    void refusesWorkspaceWithData();
    void writesCanonicalCsv();
};

void TestDemoCli::createsWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tenure"));
    const auto result = test::runTenure(
        {QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--accounts"),
         QStringLiteral("150"), QStringLiteral("--months"), QStringLiteral("12"), QStringLiteral("--seed"),
         QStringLiteral("3"), QStringLiteral("--last-month"), QStringLiteral("2026-06")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("150 accounts, 12 months (2025-07 to 2026-06), seed 3")));

    QString error;
    auto workspace = Workspace::openExisting(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(count(*workspace, QStringLiteral("accounts")), qint64(150));
    QVERIFY(count(*workspace, QStringLiteral("revenue")) > 0);
    QSqlQuery query(workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT min(month), max(month) FROM revenue")) && query.next());
    QCOMPARE(query.value(0).toInt(), 202507);
    QCOMPARE(query.value(1).toInt(), 202606);
    QCOMPARE(workspace->companyName(), QStringLiteral("Northwind Demo"));
}

void TestDemoCli::badOptionsFailWithOneLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");
    const QString ws = QStringLiteral("--workspace");
    const QString path = QStringLiteral("bad.tenure");
    QTest::newRow("accounts not a number")
        << QStringList{ws, path, QStringLiteral("--accounts"), QStringLiteral("many")}
        << QStringLiteral("--accounts");
    QTest::newRow("accounts zero") << QStringList{ws, path, QStringLiteral("--accounts"), QStringLiteral("0")}
                                   << QStringLiteral("--accounts");
    QTest::newRow("accounts negative")
        << QStringList{ws, path, QStringLiteral("--accounts"), QStringLiteral("-5")}
        << QStringLiteral("--accounts");
    QTest::newRow("accounts too many")
        << QStringList{ws, path, QStringLiteral("--accounts"), QStringLiteral("99999999")}
        << QStringLiteral("--accounts");
    QTest::newRow("months zero") << QStringList{ws, path, QStringLiteral("--months"), QStringLiteral("0")}
                                 << QStringLiteral("--months");
    QTest::newRow("months fraction") << QStringList{ws, path, QStringLiteral("--months"),
                                                    QStringLiteral("2.5")}
                                     << QStringLiteral("--months");
    QTest::newRow("seed not a number")
        << QStringList{ws, path, QStringLiteral("--seed"), QStringLiteral("abc")} << QStringLiteral("--seed");
    QTest::newRow("last month invalid")
        << QStringList{ws, path, QStringLiteral("--last-month"), QStringLiteral("2026-13")}
        << QStringLiteral("--last-month");
    QTest::newRow("no workspace") << QStringList{QStringLiteral("--accounts"), QStringLiteral("10")}
                                  << QStringLiteral("--workspace");
    QTest::newRow("unknown option") << QStringList{ws, path, QStringLiteral("--colour"),
                                                   QStringLiteral("red")}
                                    << QStringLiteral("colour");
    QTest::newRow("stray argument") << QStringList{ws, path, QStringLiteral("extra")}
                                    << QStringLiteral("extra");
}

void TestDemoCli::badOptionsFailWithOneLine()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const auto result = test::runTenure(QStringList{QStringLiteral("demo")} + options, dir.path());
    QVERIFY2(isOneLineError(result), qPrintable(result.err));
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    // Nothing was created for a refused command.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad.tenure"))));
}

void TestDemoCli::refusesWorkspaceWithData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tenure"));
    const QStringList args = {
        QStringLiteral("demo"),       QStringLiteral("--workspace"), path,
        QStringLiteral("--accounts"), QStringLiteral("40"),          QStringLiteral("--months"),
        QStringLiteral("6")};
    QCOMPARE(test::runTenure(args).exitCode, 0);
    const auto again = test::runTenure(args);
    QVERIFY2(isOneLineError(again), qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));

    QString error;
    auto workspace = Workspace::openExisting(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(count(*workspace, QStringLiteral("accounts")), qint64(40));
}

void TestDemoCli::writesCanonicalCsv()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("csv"));
    // --csv alone writes files and no workspace.
    const auto result =
        test::runTenure({QStringLiteral("demo"), QStringLiteral("--csv"), csv, QStringLiteral("--accounts"),
                         QStringLiteral("120"), QStringLiteral("--months"), QStringLiteral("18")},
                        dir.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList files = QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QCOMPARE(files.size(), 10);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.tenure")}, QDir::Files).size(), 0);

    for (const KindInfo& info : allKinds()) {
        if (info.kind == DataKind::FxRates) // the demo company bills in one currency
            continue;
        const auto header = test::runTenure({QStringLiteral("template"), info.name});
        QCOMPARE(header.exitCode, 0);
        QString expected = header.out.trimmed();
        if (info.kind == DataKind::Accounts)
            expected += QStringLiteral(",lead_source"); // the demo's custom segment column
        QCOMPARE(QString::fromUtf8(firstLine(QDir(csv).filePath(info.name + QStringLiteral(".csv")))),
                 expected);
        QVERIFY2(QFileInfo(QDir(csv).filePath(info.name + QStringLiteral(".csv"))).size() >
                     expected.size() + 1,
                 qPrintable(info.name)); // has rows
    }
}

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_demo_cli.moc"
