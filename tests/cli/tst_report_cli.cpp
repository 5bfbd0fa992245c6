// `tenure report` end to end: options, errors that write nothing, per-account folders, and the
// summary against `tenure kpi`.
#include "../ui/tst_report_fixture.h"
#include "TestSupport.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiMoney.h"

#include <QDir>
#include <QtTest>

using namespace tenure;

namespace {

// Lines on standard error, without Qt's own note about a missing XDG_RUNTIME_DIR (containers, CI),
// which QGuiApplication prints before the command runs.
int errorLines(const QString& err)
{
    int lines = 0;
    for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("QStandardPaths:")))
            ++lines;
    return lines;
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    test::TempWorkspace m_workspace;
    QTemporaryDir m_out;

    QString out(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase()
    {
        test::fillReportFixture(m_workspace.workspace());
        m_workspace.close();
    }

    void writesPortfolioReport()
    {
        const QString path = out(QStringLiteral("qbr.pdf"));
        const auto result = test::runTenure({QStringLiteral("report"), QStringLiteral("--workspace"),
                                             m_workspace.path(), QStringLiteral("--out"), path,
                                             QStringLiteral("--period"), QStringLiteral("2025-Q4")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const int pages = test::pdfPages(path);
        QVERIFY(pages >= 3);
        const QStringList texts = test::pdfPageTexts(path);
        QCOMPARE(texts.size(), pages);
        for (int p = 0; p < pages; ++p) {
            QVERIFY(texts[p].contains(QLatin1String("Northwind Analytics")));
            QVERIFY(texts[p].contains(QStringLiteral("page %1 of %2").arg(p + 1).arg(pages)));
        }
        QCOMPARE(test::pdfImageCount(path), 0);
    }

    void defaultPeriodAndLetter()
    {
        const QString path = out(QStringLiteral("default.pdf"));
        const auto result = test::runTenure({QStringLiteral("report"), QStringLiteral("--workspace"),
                                             m_workspace.path(), QStringLiteral("--out"), path,
                                             QStringLiteral("--page-size"), QStringLiteral("letter"),
                                             QStringLiteral("--segment"), QStringLiteral("region")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(test::pdfInfo(path, QStringLiteral("Page size")).contains(QLatin1String("letter")));
        const QString text = test::pdfPageTexts(path).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QLatin1String("2025-Q4")));
    }

    // Every KPI value of the summary equals `tenure kpi` for the period, rounded as displayed: on the
    // fixture and on a generated demo company, with the report's default period.
    void summaryEqualsKpiCommand_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("fixture 2025-Q3") << false;
        QTest::newRow("demo company, default period") << true;
    }
    void summaryEqualsKpiCommand()
    {
        QFETCH(bool, demo);
        QString workspace = m_workspace.path();
        QStringList reportArgs;
        if (demo) {
            workspace = out(QStringLiteral("demo.tenure"));
            const auto made = test::runTenure({QStringLiteral("demo"), QStringLiteral("--workspace"),
                                               workspace, QStringLiteral("--accounts"), QStringLiteral("200"),
                                               QStringLiteral("--months"), QStringLiteral("24")});
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        } else {
            reportArgs << QStringLiteral("--period") << QStringLiteral("2025-Q3");
        }
        const QString path = out(demo ? QStringLiteral("demo.pdf") : QStringLiteral("summary.pdf"));
        auto result = test::runTenure(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                                                  workspace, QStringLiteral("--out"), path} +
                                      reportArgs);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = test::pdfPageTexts(path).join(QLatin1Char('\n'));
        const auto period = QRegularExpression(QStringLiteral("Period\\s+(\\d{4}-Q\\d)")).match(text);
        QVERIFY(period.hasMatch());
        const QString label = period.captured(1);
        result = test::runTenure({QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace,
                                  QStringLiteral("--period"), QStringLiteral("quarter"),
                                  QStringLiteral("--from"), label, QStringLiteral("--to"), label,
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        int checked = 0;
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(','));
            // kpi,period,segment,value,numerator,denominator,band
            if (cells.size() < 4 || cells[3].isEmpty() || cells[1] != label)
                continue;
            const KpiInfo* info = kpiInfo(cells[0]);
            QVERIFY2(info, qPrintable(cells[0]));
            const QString shown = info->unit == KpiUnit::Money
                                      ? formatMoney(cells[3].toDouble(), QStringLiteral("USD"))
                                      : formatKpiValue(*info, cells[3].toDouble());
            const QRegularExpression row(
                QStringLiteral("^\\s*%1\\s+%2(\\s|$)")
                    .arg(QRegularExpression::escape(info->name), QRegularExpression::escape(shown)),
                QRegularExpression::MultilineOption);
            QVERIFY2(row.match(text).hasMatch(),
                     qPrintable(QStringLiteral("%1 = %2 not in the summary").arg(info->name, shown)));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void sameOptionsSameText()
    {
        const QStringList args{QStringLiteral("report"),  QStringLiteral("--workspace"),
                               m_workspace.path(),        QStringLiteral("--period"),
                               QStringLiteral("2025-06"), QStringLiteral("--out")};
        QVERIFY(test::runTenure(args + QStringList{out(QStringLiteral("one.pdf"))}).exitCode == 0);
        QVERIFY(test::runTenure(args + QStringList{out(QStringLiteral("two.pdf"))}).exitCode == 0);
        // Only the cover's "Generated" line may differ (a run across midnight).
        const auto text = [this](const QString& name) {
            return test::pdfPageTexts(out(name))
                .join(QLatin1Char('\f'))
                .remove(QRegularExpression(QStringLiteral("Generated[^\n]*")));
        };
        QCOMPARE(text(QStringLiteral("one.pdf")), text(QStringLiteral("two.pdf")));
    }

    void accountReports()
    {
        const QString path = out(QStringLiteral("acc.pdf"));
        auto result = test::runTenure({QStringLiteral("report"), QStringLiteral("--workspace"),
                                       m_workspace.path(), QStringLiteral("--out"), path,
                                       QStringLiteral("--account"), QStringLiteral("ACC-012")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(test::pdfPageTexts(path).join(QLatin1Char('\n')).contains(QLatin1String("Customer 12 Ltd")));

        const QString folder = out(QStringLiteral("accounts"));
        result =
            test::runTenure({QStringLiteral("report"), QStringLiteral("--workspace"), m_workspace.path(),
                             QStringLiteral("--out"), folder, QStringLiteral("--account"),
                             QStringLiteral("all"), QStringLiteral("--period"), QStringLiteral("2025-Q4")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(files.size(), 40);
        QVERIFY(files.contains(QLatin1String("ACC-001.pdf")));
        QVERIFY(result.err.contains(QLatin1String("40/40 ACC-040.pdf")));
        QVERIFY(test::pdfPageTexts(QDir(folder).filePath(QStringLiteral("ACC-040.pdf")))
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("Customer 40 Ltd")));
    }

    // The cover names the formula profile: --profile, else the workspace's (default tenure).
    void coverNamesTheProfile()
    {
        const auto profileOf = [this](const QStringList& more) {
            const QString path = out(QStringLiteral("profile.pdf"));
            const auto result =
                test::runTenure(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                                            m_workspace.path(), QStringLiteral("--out"), path,
                                            QStringLiteral("--period"), QStringLiteral("2025-Q4")} +
                                more);
            if (result.exitCode != 0)
                return result.err;
            const QString text = test::pdfPageTexts(path).value(0);
            return QRegularExpression(QStringLiteral("Formula profile\\s+(\\w+)")).match(text).captured(1);
        };
        QCOMPARE(profileOf({}), QStringLiteral("tenure"));
        QCOMPARE(profileOf({QStringLiteral("--profile"), QStringLiteral("chartmogul")}),
                 QStringLiteral("chartmogul"));
    }

    void errorsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("--account"), QStringLiteral("ACC-999")}
            << "unknown account 'ACC-999'";
        QTest::newRow("unknown period") << QStringList{QStringLiteral("--period"), QStringLiteral("Q3 2025")}
                                        << "unknown period 'Q3 2025'";
        QTest::newRow("period without data")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2030")} << "no data in period 2030";
        QTest::newRow("bad page size")
            << QStringList{QStringLiteral("--page-size"), QStringLiteral("a5")} << "unknown page size 'a5'";
        QTest::newRow("unknown segment")
            << QStringList{QStringLiteral("--segment"), QStringLiteral("shoe_size")}
            << "unknown segment attribute 'shoe_size'";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("red")} << "Unknown option 'colour'";
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("foo")}
            << "unknown --profile foo (known: tenure, chartmogul, baremetrics, profitwell)";
    }
    void errorsWriteNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString path = out(QStringLiteral("never.pdf"));
        const auto result =
            test::runTenure(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                                        m_workspace.path(), QStringLiteral("--out"), path} +
                            options);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(errorLines(result.err), 1);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("never*")}, QDir::Files).size(), 0);
    }

    void missingWorkspaceOrOut()
    {
        const QString path = out(QStringLiteral("none.pdf"));
        auto result = test::runTenure({QStringLiteral("report"), QStringLiteral("--workspace"),
                                       out(QStringLiteral("missing.tenure")), QStringLiteral("--out"), path});
        QVERIFY(result.exitCode != 0);
        QCOMPARE(errorLines(result.err), 1);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("missing.tenure"))));
        result =
            test::runTenure({QStringLiteral("report"), QStringLiteral("--workspace"), m_workspace.path()});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QLatin1String("--out is required")), qPrintable(result.err));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
