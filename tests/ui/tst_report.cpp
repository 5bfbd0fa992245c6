// The QBR report: content, pagination, vector output, reproducibility, account reports, the dialog.
#include "Format.h"
#include "TestSupport.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "report/ExportReportDialog.h"
#include "report/ReportBuilder.h"
#include "tst_report_fixture.h"

#include <QImage>
#include <QPrinter>
#include <QSignalSpy>
#include <QtTest>

using namespace tenure;
using namespace tenure::report;

namespace {

// Builds and writes a report; returns the page count (0 on failure, error set).
int writeReport(const QString& workspace, const ReportOptions& options, const QString& path, QString* error)
{
    auto builder = ReportBuilder::open(workspace, error);
    if (!builder)
        return 0;
    auto document = builder->build(options, error);
    if (!document)
        return 0;
    return writePdf(*document, path, error);
}

QString withoutDate(QString text, const QString& date)
{
    return text.remove(date);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    test::TempWorkspace m_workspace;
    QTemporaryDir m_out;

    QString out(const QString& name) const { return m_out.filePath(name); }
    // Keeps a copy of a PDF for looking at its pages (TENURE_REPORT_KEEP=folder).
    void keep(const QString& path)
    {
        if (qEnvironmentVariableIsSet("TENURE_REPORT_KEEP")) {
            const QString target =
                qEnvironmentVariable("TENURE_REPORT_KEEP") + QLatin1Char('/') + QFileInfo(path).fileName();
            QFile::remove(target);
            QFile::copy(path, target);
        }
    }

private slots:
    void initTestCase()
    {
        test::fillReportFixture(m_workspace.workspace());
        m_workspace.close();
    }

    void portfolioReport_data()
    {
        QTest::addColumn<PageSize>("size");
        QTest::addColumn<QString>("pageSizeName");
        QTest::newRow("a4") << PageSize::A4 << QStringLiteral("A4");
        QTest::newRow("letter") << PageSize::Letter << QStringLiteral("letter");
    }
    void portfolioReport()
    {
        QFETCH(PageSize, size);
        QFETCH(QString, pageSizeName);
        ReportOptions options;
        options.period = QStringLiteral("2025-Q4");
        options.pageSize = size;
        options.generatedOn = QDate(2026, 1, 15);
        const QString path =
            out(QStringLiteral("portfolio-%1.pdf").arg(QLatin1String(QTest::currentDataTag())));
        QString error;
        const int pages = writeReport(m_workspace.path(), options, path, &error);
        QVERIFY2(pages > 0, qPrintable(error));
        keep(path);
        QCOMPARE(test::pdfPages(path), pages);
        QVERIFY2(test::pdfInfo(path, QStringLiteral("Page size")).contains(pageSizeName),
                 qPrintable(test::pdfInfo(path, QStringLiteral("Page size"))));
        const QStringList texts = test::pdfPageTexts(path);
        QCOMPARE(texts.size(), pages);
        for (int p = 0; p < pages; ++p) {
            QVERIFY2(texts[p].contains(QLatin1String("Northwind Analytics")), qPrintable(texts[p]));
            QVERIFY2(texts[p].contains(QStringLiteral("page %1 of %2").arg(p + 1).arg(pages)),
                     qPrintable(texts[p]));
        }
        const QString all = texts.join(QLatin1Char('\n'));
        for (const char* section : {"Executive summary", "MRR movements", "Cohorts", "Segments by plan",
                                    "Appendix: definitions", "Appendix: imported files"})
            QVERIFY2(all.contains(QLatin1String(section)), section);
        // The imported files behind the numbers, with their content hash.
        QVERIFY(all.contains(QLatin1String("revenue.csv")));
        QVERIFY(all.contains(QStringLiteral("1").repeated(64)));
        // The narrative states the target, and the summary lists it with its date.
        const QString flat = all.simplified();
        QVERIFY2(flat.contains(QRegularExpression(QStringLiteral(
                     "Net revenue retention (rose|fell|held)[^,]*, (above|below|on) the 100\\.0 % target"))),
                 qPrintable(flat.left(1500)));
        QVERIFY(flat.contains(QLatin1String("100.0 % by 2025-12-31")));
        // Charts are vectors: no raster image in the file.
        QCOMPARE(test::pdfImageCount(path), 0);
    }

    // The summary prints each KPI as the engine computes it, rounded as displayed.
    void summaryMatchesEngine()
    {
        ReportOptions options;
        options.period = QStringLiteral("2025-Q4");
        options.sections = SummarySection;
        const QString path = out(QStringLiteral("summary.pdf"));
        QString error;
        QVERIFY2(writeReport(m_workspace.path(), options, path, &error) > 0, qPrintable(error));
        const QString text = test::pdfPageTexts(path).join(QLatin1Char('\n'));
        auto workspace = Workspace::openExisting(m_workspace.path(), &error);
        QVERIFY(workspace);
        KpiEngine engine(*workspace);
        const Period period = *Period::parse(options.period);
        int checked = 0;
        for (const KpiInfo& info : kpiCatalogue()) {
            const KpiResult r = engine.value(info.id, period);
            if (!r.value)
                continue;
            const QString shown = format::kpiValue(info, *r.value, workspace->currency());
            const QRegularExpression row(
                QStringLiteral("^\\s*%1\\s+%2(\\s|$)")
                    .arg(QRegularExpression::escape(info.name), QRegularExpression::escape(shown)),
                QRegularExpression::MultilineOption);
            QVERIFY2(row.match(text).hasMatch(),
                     qPrintable(QStringLiteral("%1 = %2 not in\n%3").arg(info.name, shown, text)));
            ++checked;
        }
        if (checked == 0)
            QSKIP("the KPI engine returns no values yet");
    }

    void sameOptionsSameText()
    {
        ReportOptions options;
        options.period = QStringLiteral("2025-Q3");
        options.generatedOn = QDate(2026, 2, 1);
        QString error;
        QVERIFY2(writeReport(m_workspace.path(), options, out(QStringLiteral("a.pdf")), &error) > 0,
                 qPrintable(error));
        options.generatedOn = QDate(2026, 3, 9);
        QVERIFY2(writeReport(m_workspace.path(), options, out(QStringLiteral("b.pdf")), &error) > 0,
                 qPrintable(error));
        const QStringList a = test::pdfPageTexts(out(QStringLiteral("a.pdf")));
        const QStringList b = test::pdfPageTexts(out(QStringLiteral("b.pdf")));
        QCOMPARE(a.size(), b.size());
        // The date is on the cover only.
        QVERIFY(a[0].contains(QLatin1String("2026-02-01")));
        for (int p = 1; p < a.size(); ++p)
            QVERIFY(!a[p].contains(QLatin1String("2026-02-01")));
        QCOMPARE(withoutDate(a.join(QLatin1Char('\f')), QStringLiteral("2026-02-01")),
                 withoutDate(b.join(QLatin1Char('\f')), QStringLiteral("2026-03-09")));
    }

    void accountReport()
    {
        ReportOptions options;
        options.period = QStringLiteral("2025-Q2");
        options.account = QStringLiteral("ACC-007");
        const QString path = out(QStringLiteral("account.pdf"));
        QString error;
        const int pages = writeReport(m_workspace.path(), options, path, &error);
        QVERIFY2(pages > 0, qPrintable(error));
        keep(path);
        const QStringList texts = test::pdfPageTexts(path);
        QCOMPARE(texts.size(), pages);
        for (int p = 0; p < pages; ++p)
            QVERIFY(texts[p].contains(QStringLiteral("page %1 of %2").arg(p + 1).arg(pages)));
        const QString all = texts.join(QLatin1Char('\n'));
        for (const char* part : {"Customer 7 Ltd", "ACC-007", "MRR history", "Health score",
                                 "Support tickets", "Survey answers", "Renewals", "Portfolio median"})
            QVERIFY2(all.contains(QLatin1String(part)), part);
        QCOMPARE(test::pdfImageCount(path), 0);
    }

    void badOptions_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("message");
        QTest::newRow("unparsable period") << "2025-Q5"
                                           << ""
                                           << "plan"
                                           << "unknown period '2025-Q5'";
        QTest::newRow("period without data") << "1999-Q1"
                                             << ""
                                             << "plan"
                                             << "no data in period 1999-Q1";
        QTest::newRow("unknown account") << "2025-Q4"
                                         << "NOPE-1"
                                         << "plan"
                                         << "unknown account 'NOPE-1'";
        QTest::newRow("unknown segment") << "2025-Q4"
                                         << ""
                                         << "colour"
                                         << "unknown segment attribute 'colour'";
    }
    void badOptions()
    {
        QFETCH(QString, period);
        QFETCH(QString, account);
        QFETCH(QString, segment);
        QFETCH(QString, message);
        ReportOptions options;
        options.period = period;
        options.account = account;
        options.segment = segment;
        const QString path = out(QStringLiteral("bad.pdf"));
        QString error;
        QCOMPARE(writeReport(m_workspace.path(), options, path, &error), 0);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    // A PNG logo is the one raster image allowed, on the cover and in the header.
    void logo()
    {
        test::TempWorkspace workspace;
        test::fillReportFixture(workspace.workspace());
        QImage image(64, 32, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        const QString logoPath = QDir(workspace.dir()).filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(logoPath));
        workspace.workspace().setSetting(QStringLiteral("logo_path"), logoPath);
        workspace.close();
        ReportOptions options;
        options.period = QStringLiteral("2025-Q4");
        options.sections = SummarySection;
        const QString path = out(QStringLiteral("logo.pdf"));
        QString error;
        const int pages = writeReport(workspace.path(), options, path, &error);
        QVERIFY2(pages > 0, qPrintable(error));
        QVERIFY(test::pdfImageCount(path) >= 1);
    }

    void defaultPeriodIsLastCompleteQuarter()
    {
        QString error;
        auto builder = ReportBuilder::open(m_workspace.path(), &error);
        QVERIFY(builder);
        const auto period = builder->defaultPeriod();
        QVERIFY(period);
        QCOMPARE(period->label(), QStringLiteral("2025-Q4"));
    }

    // The print preview paints the same document on a QPrinter (another resolution): same pages.
    void printerMatchesPdf()
    {
        ReportOptions options;
        options.period = QStringLiteral("2025-Q4");
        QString error;
        auto builder = ReportBuilder::open(m_workspace.path(), &error);
        QVERIFY(builder);
        auto document = builder->build(options, &error);
        QVERIFY2(document, qPrintable(error));
        const int pages = writePdf(*document, out(QStringLiteral("writer.pdf")), &error);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out(QStringLiteral("printer.pdf")));
        setupPrinter(printer, document->pageSize());
        QCOMPARE(document->render(&printer, &error), pages);
        QCOMPARE(test::pdfPages(out(QStringLiteral("printer.pdf"))), pages);
        QCOMPARE(test::pdfImageCount(out(QStringLiteral("printer.pdf"))), 0);
    }

    void dialogExportsOnWorker()
    {
        ExportReportDialog dialog(m_workspace.path());
        ReportOptions options;
        options.period = QStringLiteral("2025-Q4");
        options.sections = SummarySection | AppendixSection;
        options.pageSize = PageSize::Letter;
        dialog.setOptions(options);
        QCOMPARE(dialog.options().period, options.period);
        QCOMPARE(dialog.options().sections, options.sections);
        QSignalSpy finished(&dialog, &ExportReportDialog::finished);
        const QString path = out(QStringLiteral("dialog.pdf"));
        dialog.exportTo(path);
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!dialog.isBusy());
        QVERIFY(test::pdfPages(path) >= 2);
        QVERIFY(test::pdfInfo(path, QStringLiteral("Page size")).contains(QLatin1String("letter")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
