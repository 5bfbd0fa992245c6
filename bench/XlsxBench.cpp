// XLSX import benchmark (issue 10): the benchmark company's revenue.csv written as revenue.xlsx the
// way Excel saves it (account ids and plans as shared strings, months as date serials with a date
// style, MRR as numbers), then `tenure import` of each file into a fresh workspace, side by side,
// with elapsed time and peak memory of each process (/usr/bin/time).
#include "Bench.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace tenure::bench {

namespace {

QString fixed(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

bool writePart(QuaZip& zip, const QString& name, const QByteArray& data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    file.write(data);
    file.close();
    return file.getZipError() == 0;
}

QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// revenue.csv (account_id, month as YYYY-MM, mrr, plan) -> revenue.xlsx; rows written, or -1.
qint64 writeRevenueXlsx(const QString& csvPath, const QString& xlsxPath, QString* error)
{
    CsvReader reader;
    if (!reader.open(csvPath)) {
        *error = reader.errorString();
        return -1;
    }
    QFile::remove(xlsxPath);
    QuaZip zip(xlsxPath);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("cannot create %1").arg(xlsxPath);
        return -1;
    }
    QHash<QString, int> stringIndex;
    QStringList strings;
    auto stringCell = [&](QByteArray& xml, const char* column, const QByteArray& row, const QString& text) {
        auto it = stringIndex.constFind(text);
        if (it == stringIndex.constEnd()) {
            it = stringIndex.insert(text, int(strings.size()));
            strings << text;
        }
        xml += "<c r=\"" + QByteArray(column) + row + "\" t=\"s\"><v>" + QByteArray::number(*it) + "</v></c>";
    };
    const QStringList header = reader.header();
    qint64 rows = 0;
    {
        QuaZipFile sheet(&zip);
        if (!sheet.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")))) {
            *error = QStringLiteral("cannot write the sheet of %1").arg(xlsxPath);
            return -1;
        }
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                         "<sheetData><row r=\"1\">";
        const char* columns[] = {"A", "B", "C", "D", "E", "F", "G", "H"};
        for (qsizetype c = 0; c < header.size() && c < 8; ++c)
            stringCell(xml, columns[c], "1", header[c]);
        xml += "</row>";
        const QDate epoch(1899, 12, 30);
        CsvRecord record;
        while (reader.readRecord(record)) {
            ++rows;
            const QByteArray r = QByteArray::number(rows + 1);
            xml += "<row r=\"" + r + "\">";
            for (int c = 0; c < record.size() && c < 8; ++c) {
                const QString text = record.text(c);
                if (header[c] == QLatin1String("month")) {
                    const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
                    xml += "<c r=\"" + QByteArray(columns[c]) + r + "\" s=\"1\"><v>" +
                           QByteArray::number(epoch.daysTo(first)) + "</v></c>";
                } else if (header[c] == QLatin1String("mrr")) {
                    xml += "<c r=\"" + QByteArray(columns[c]) + r + "\"><v>" + text.toLatin1() + "</v></c>";
                } else if (!text.isEmpty()) {
                    stringCell(xml, columns[c], r, text);
                }
            }
            xml += "</row>";
            if (xml.size() > (1 << 20)) {
                sheet.write(xml);
                xml.clear();
            }
        }
        xml += "</sheetData></worksheet>";
        sheet.write(xml);
        sheet.close();
    }
    QByteArray sst =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"" +
        QByteArray::number(strings.size()) + "\">";
    for (const QString& s : std::as_const(strings))
        sst += "<si><t>" + escaped(s) + "</t></si>";
    sst += "</sst>";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const bool ok =
        writePart(zip, QStringLiteral("xl/sharedStrings.xml"), sst) &&
        writePart(
            zip, QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
            "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>") &&
        writePart(zip, QStringLiteral("_rels/.rels"),
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"" +
                      rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>") &&
        writePart(zip, QStringLiteral("xl/workbook.xml"),
                  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                  "<sheet name=\"revenue\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>") &&
        writePart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"" +
                      rel +
                      "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
                      rel + "styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel +
                      "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>") &&
        writePart(zip, QStringLiteral("xl/styles.xml"),
                  "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs "
                  "count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                  "</styleSheet>");
    zip.close();
    if (!ok || zip.getZipError() != 0) {
        *error = QStringLiteral("cannot write %1").arg(xlsxPath);
        return -1;
    }
    return rows;
}

struct Run
{
    bool ok = false;
    double seconds = 0;
    double peakMb = -1; // -1 when /usr/bin/time is missing
    QString output;
};

// `tenure import` of file into workspace (accounts.csv first, not timed), as a process of its own.
Run timedImport(const QString& binary, const QString& workspace, const QString& accounts, const QString& file)
{
    Run run;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(workspace + suffix);
    if (QFileInfo::exists(accounts)) {
        QProcess first;
        first.start(binary, {QStringLiteral("import"), QStringLiteral("--workspace"), workspace, accounts});
        if (!first.waitForFinished(-1) || first.exitCode() != 0) {
            run.output = QString::fromUtf8(first.readAllStandardError()).trimmed();
            return run;
        }
    }
    const bool haveTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    const QStringList args{QStringLiteral("import"), QStringLiteral("--workspace"), workspace, file};
    if (haveTime)
        process.start(QStringLiteral("/usr/bin/time"),
                      QStringList{QStringLiteral("-f"), QStringLiteral("@peak %M")} + QStringList{binary} +
                          args);
    else
        process.start(binary, args);
    const bool finished = process.waitForFinished(-1);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    for (const QString& line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@peak ")))
            run.peakMb = line.mid(6).toDouble() / 1024.0;
    }
    run.ok = finished && process.exitCode() == 0;
    if (!run.ok)
        run.output += err.trimmed();
    return run;
}

} // namespace

int runXlsxBench(const Context& context)
{
    QTextStream& out = *context.out;
    const QString binary =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/tenure"));
    if (!QFileInfo::exists(binary)) {
        out << "  xlsx: " << binary << " is missing (build the tenure target)\n";
        return 1;
    }
    const QString csv = QDir(context.csvDir).filePath(QStringLiteral("revenue.csv"));
    const QString accounts = QDir(context.csvDir).filePath(QStringLiteral("accounts.csv"));
    const QString xlsx = QDir(context.scratchDir).filePath(QStringLiteral("revenue.xlsx"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const qint64 rows = writeRevenueXlsx(csv, xlsx, &error);
    if (rows < 0) {
        out << "  xlsx: " << error << "\n";
        return 1;
    }
    out << "  revenue.xlsx written: " << rows << " rows, " << fixed(double(QFileInfo(xlsx).size()) / 1e6, 1)
        << " MB, in " << fixed(double(timer.nsecsElapsed()) / 1e9, 2) << " s\n";
    out.flush();

    // The sheet -> CSV conversion alone, in this process.
    {
        resetPeakMemory();
        timer.restart();
        XlsxReader reader;
        XlsxSheet sheet;
        if (!reader.open(xlsx) || !reader.readSheet({}, &sheet)) {
            out << "  xlsx: " << reader.errorString() << "\n";
            return 1;
        }
        out << "  sheet to CSV text: " << fixed(double(timer.nsecsElapsed()) / 1e9, 2) << " s ("
            << fixed(double(sheet.csv.size()) / 1e6, 1) << " MB of CSV)\n";
        out.flush();
    }

    const QString workspace = QDir(context.scratchDir).filePath(QStringLiteral("xlsx-bench.tenure"));
    const Run csvRun = timedImport(binary, workspace, accounts, csv);
    const Run xlsxRun = timedImport(binary, workspace, accounts, xlsx);
    for (const auto& [name, run] :
         {std::pair{"revenue.csv ", &csvRun}, std::pair{"revenue.xlsx", &xlsxRun}}) {
        if (!run->ok) {
            out << "  tenure import " << name << ": failed: " << run->output << "\n";
            return 1;
        }
        out << "  tenure import " << name << ": " << fixed(run->seconds, 2) << " s, peak memory "
            << (run->peakMb < 0 ? QStringLiteral("?") : fixed(run->peakMb, 0)) << " MB (" << run->output
            << ")\n";
    }
    out << "  XLSX / CSV: " << fixed(xlsxRun.seconds / csvRun.seconds, 2)
        << " x; peak memory target < 300 MB -> "
        << (xlsxRun.peakMb >= 0 && xlsxRun.peakMb < 300 ? "met" : "NOT MET") << "\n";
    return xlsxRun.peakMb < 0 || xlsxRun.peakMb < 300 ? 0 : 2;
}

} // namespace tenure::bench
