// The command line in German and French: messages a user reads and the PDF report follow the
// system language; --format csv and json are byte for byte the same in every locale.
#include "../ui/tst_report_fixture.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tenure;

namespace {

// Runs tenure with the language variables of a desktop session in that locale.
test::CliResult runIn(const QString& locale, const QStringList& args)
{
    const QByteArray lang = locale.toLatin1();
    qputenv("LC_ALL", lang);
    qputenv("LANG", lang);
    qputenv("LANGUAGE", lang.left(2));
    auto result = test::runTenure(args);
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    return result;
}

} // namespace

class TestLocaleCli : public QObject
{
    Q_OBJECT

private:
    test::TempWorkspace m_workspace;
    QTemporaryDir m_out;

private slots:
    void initTestCase()
    {
        test::fillReportFixture(m_workspace.workspace());
        m_workspace.close();
    }

    void machineOutputIgnoresTheLocale_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("format");
        QTest::newRow("kpi csv") << QStringLiteral("kpi") << QStringLiteral("csv");
        QTest::newRow("kpi json") << QStringLiteral("kpi") << QStringLiteral("json");
        QTest::newRow("cohorts csv") << QStringLiteral("cohorts") << QStringLiteral("csv");
        QTest::newRow("health json") << QStringLiteral("health") << QStringLiteral("json");
    }
    void machineOutputIgnoresTheLocale()
    {
        QFETCH(QString, command);
        QFETCH(QString, format);
        const QStringList args{command, QStringLiteral("--workspace"), m_workspace.path(),
                               QStringLiteral("--format"), format};
        const auto plain = runIn(QStringLiteral("C.UTF-8"), args);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY(!plain.out.isEmpty());
        // Decimal points, no thousands separators: 12.5, never 12,5.
        QVERIFY(plain.out.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))));
        for (const QString& locale : {QStringLiteral("de_DE.UTF-8"), QStringLiteral("fr_FR.UTF-8")}) {
            const auto localised = runIn(locale, args);
            QVERIFY2(localised.exitCode == 0, qPrintable(localised.err));
            QCOMPARE(localised.out, plain.out);
        }
    }

    void messages_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString ws = m_workspace.path();
        QTest::newRow("de missing --out")
            << QStringLiteral("de_DE.UTF-8")
            << QStringList{QStringLiteral("report"), QStringLiteral("--workspace"), ws} << 2
            << QStringLiteral("tenure: report: --out ist erforderlich\n");
        QTest::newRow("fr missing --out")
            << QStringLiteral("fr_FR.UTF-8")
            << QStringList{QStringLiteral("report"), QStringLiteral("--workspace"), ws} << 2
            << QStringLiteral("tenure: report : --out est obligatoire\n");
        QTest::newRow("de unknown command")
            << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("bogus")} << 2
            << QStringLiteral("tenure: unbekannter Befehl „bogus“ (siehe tenure --help)\n");
        QTest::newRow("de bad format")
            << QStringLiteral("de_DE.UTF-8")
            << QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--format"), QStringLiteral("xml")}
            << 2 << QStringLiteral("tenure: kpi: ungültiges --format xml (csv, json oder table)\n");
        QTest::newRow("en stays English")
            << QStringLiteral("C.UTF-8")
            << QStringList{QStringLiteral("report"), QStringLiteral("--workspace"), ws} << 2
            << QStringLiteral("tenure: report: --out is required\n");
    }
    void messages()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const auto result = runIn(locale, args);
        QCOMPARE(result.exitCode, exitCode);
        QString err = result.err;
        err.remove(QRegularExpression(QStringLiteral("^QStandardPaths:[^\n]*\n"),
                                      QRegularExpression::MultilineOption));
        QCOMPARE(err, expected);
    }

    void helpInGerman()
    {
        const auto result = runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("\nBefehle:\n")), qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("  report    einen QBR-Bericht als PDF schreiben\n")));
    }

    // The PDF a German customer-success manager hands out: German words, German numbers and dates.
    void reportInGerman()
    {
        const QString path = m_out.filePath(QStringLiteral("de.pdf"));
        const auto result =
            runIn(QStringLiteral("de_DE.UTF-8"),
                  {QStringLiteral("report"), QStringLiteral("--workspace"), m_workspace.path(),
                   QStringLiteral("--out"), path, QStringLiteral("--period"), QStringLiteral("2025-Q4")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = test::pdfPageTexts(path).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("Zusammenfassung")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("Quartals-Business-Review")));
        QVERIFY(text.contains(QLatin1String("Anhang: Definitionen")));
        // 2025-Q4 runs from 01.10.2025 to 31.12.2025.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("01\\.10\\.2025\\s+bis\\s+31\\.12\\.2025"))),
                 qPrintable(text.left(2000)));
        // Percentages with a decimal comma.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d,\\d %"))));
        QVERIFY(!text.contains(QLatin1String("Executive summary")));
    }
};

QTEST_MAIN(TestLocaleCli)
#include "tst_locale_cli.moc"
