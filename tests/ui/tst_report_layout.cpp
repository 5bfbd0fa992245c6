// Layout framework of the PDF report: pagination, repeated table headers, vector output.
#include "report/ReportDocument.h"

#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure::report;

namespace {

QString runTool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QStringList pdfPageTexts(const QString& path)
{
    QStringList pages =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

Table longTable(int rows)
{
    Table table;
    table.header = {QStringLiteral("Account"), QStringLiteral("Plan"), QStringLiteral("MRR")};
    for (int i = 0; i < rows; ++i)
        table.rows.push_back({TableCell(QStringLiteral("Account number %1").arg(i)),
                              TableCell(QStringLiteral("Pro")), TableCell(QString::number(i * 100))});
    return table;
}

ChartSpec lineChart()
{
    ChartSpec chart;
    chart.title = QStringLiteral("Net revenue retention");
    for (int i = 0; i < 12; ++i)
        chart.xLabels << QStringLiteral("2025-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
    ChartSeries series;
    series.name = QStringLiteral("NRR");
    series.colour = palette::series(0);
    for (int i = 0; i < 12; ++i)
        series.values << std::optional<double>(95 + i);
    chart.series << series;
    chart.bands << ChartBand{QStringLiteral("low"), std::nullopt, 100.0, QColor(Qt::red)}
                << ChartBand{QStringLiteral("good"), 100.0, std::nullopt, QColor(Qt::green)};
    chart.target = 100;
    return chart;
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void tableSplitsAndRepeatsHeader_data()
    {
        QTest::addColumn<PageSize>("size");
        QTest::newRow("a4") << PageSize::A4;
        QTest::newRow("letter") << PageSize::Letter;
    }
    void tableSplitsAndRepeatsHeader()
    {
        QFETCH(PageSize, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        Document doc;
        doc.setHeader(QStringLiteral("Acme Corp"), QStringLiteral("Layout test"));
        doc.setFooterText(QStringLiteral("Tenure"));
        doc.addHeading(QStringLiteral("A long table"));
        doc.addParagraph(QString(QStringLiteral("Words that wrap over several lines. ")).repeated(30));
        doc.addTable(longTable(150));
        doc.addCharts({lineChart(), lineChart(), lineChart()}, 2, 160);
        int pages = 0;
        {
            QPdfWriter writer(path);
            setupPdfWriter(writer, size, QStringLiteral("t"));
            pages = doc.render(&writer);
        }
        if (qEnvironmentVariableIsSet("TENURE_REPORT_KEEP"))
            QFile::copy(path,
                        qEnvironmentVariable("TENURE_REPORT_KEEP") +
                            QStringLiteral("/layout-%1.pdf").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(pages >= 3);
        QCOMPARE(pdfPages(path), pages);
        const QStringList texts = pdfPageTexts(path);
        QCOMPARE(texts.size(), pages);
        for (int p = 0; p < pages; ++p) {
            QVERIFY2(texts[p].contains(QLatin1String("Acme Corp")), qPrintable(texts[p]));
            QVERIFY(texts[p].contains(QStringLiteral("page %1 of %2").arg(p + 1).arg(pages)));
        }
        // Every row once, and the header row repeated on the pages the table continues on.
        const QString all = texts.join(QLatin1Char('\n'));
        for (int i = 0; i < 150; ++i)
            QCOMPARE(all.count(QRegularExpression(QStringLiteral("Account number %1\\b").arg(i))), 1);
        QVERIFY(all.count(QRegularExpression(QStringLiteral("Account\\s+Plan\\s+MRR"))) >= 2);
        // Vectors only: pdfimages lists its two header lines and nothing else.
        const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2);
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_report_layout.moc"
