#include "TestSupport.h"

#include <QtTest>

using namespace tenure;

// The command-line frame: help, version, unknown commands and options.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpListsCommands();
    void version();
    void rejects_data();
    void rejects();
    void templates_data();
    void templates();
};

void TestCli::helpListsCommands()
{
    const auto result = test::runTenure({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* command :
         {"import", "kpi", "report", "cohorts", "demo", "template", "inspect", "health"})
        QVERIFY2(result.out.contains(QLatin1String(command)), command);
}

void TestCli::version()
{
    const auto result = test::runTenure({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("tenure 0.")));
}

void TestCli::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("template"), QStringLiteral("--bogus")}
                                    << QStringLiteral("bogus");
    QTest::newRow("unknown-kind") << QStringList{QStringLiteral("template"), QStringLiteral("invoices")}
                                  << QStringLiteral("unknown kind");
    QTest::newRow("gui-unknown-option") << QStringList{QStringLiteral("--frob")} << QStringLiteral("frob");
}

void TestCli::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto result = test::runTenure(args);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCli::templates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("header");
    QTest::newRow("revenue") << QStringLiteral("revenue") << QStringLiteral("account_id,month,mrr,plan");
    QTest::newRow("tickets") << QStringLiteral("tickets")
                             << QStringLiteral(
                                    "ticket_id,account_id,created_at,resolved_at,contacts,channel");
    QTest::newRow("renewals") << QStringLiteral("renewals")
                              << QStringLiteral("account_id,due_date,renewed,arr_before,arr_after");
}

void TestCli::templates()
{
    QFETCH(QString, kind);
    QFETCH(QString, header);
    const auto result = test::runTenure({QStringLiteral("template"), kind});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, header + QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
