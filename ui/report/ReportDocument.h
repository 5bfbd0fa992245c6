#pragma once

#include "ReportChart.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

namespace tenure::report {

enum class PageSize { A4, Letter };

// One cell of a report table. Text wraps inside the column; nothing is clipped.
struct TableCell
{
    QString text;
    QColor background; // invalid: none (zebra striping applies)
    QColor foreground; // invalid: body text colour
    bool bold = false;

    TableCell() = default;
    TableCell(const QString& t) : text(t) {}
    TableCell(const char* t) : text(QString::fromUtf8(t)) {}
};

struct Table
{
    QStringList header;
    // Per column: true = right aligned (numbers). Missing entries: the first column left, the others
    // right.
    QList<bool> rightAligned;
    std::vector<std::vector<TableCell>> rows;
    // Relative width hints; empty = computed from the content.
    QList<double> columnWeights;
    double fontPointSize = 8.0;
};

// The content of a report, independent of the paint device: headings, paragraphs, tables and
// charts in reading order. render() lays it out on pages (tables split between rows and repeat their
// header row), then paints every page with the running header and "page N of M" footer. Everything
// is drawn as text and vector paths, never as raster images (except a PNG logo).
class Document
{
public:
    Document();
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    // Running header on every page: the company name (left), the report title (right), a logo.
    void setHeader(const QString& company, const QString& title, const QString& logoPath = {});
    void setFooterText(const QString& text); // left of "page N of M"
    void setPageSize(PageSize size) { m_pageSize = size; }
    PageSize pageSize() const { return m_pageSize; }
    void setTitle(const QString& title) { m_documentTitle = title; }
    QString title() const { return m_documentTitle; }

    // A full page: big title lines, the logo and a few key/value lines.
    void addCover(const QString& title, const QString& subtitle, const QList<QPair<QString, QString>>& facts);
    void addHeading(const QString& text, int level = 1); // level 1 starts a section, 2 a subsection
    void addParagraph(const QString& text);
    void addNote(const QString& text, bool keepWithNext = false); // small grey text
    void addTable(const Table& table);
    // Charts in a grid of `columns` per row, each chartHeight points tall.
    void addCharts(const QList<ChartSpec>& charts, int columns, double chartHeight);
    void addPageBreak();
    void addSpacer(double points);

    // Lays out and paints onto device (a QPdfWriter or a QPrinter). Returns the page count, 0 when
    // the painter could not start (error set).
    int render(QPagedPaintDevice* device, QString* error = nullptr) const;

    // Plain text of the content in order, for tests and debugging.
    QString plainText() const;

    struct Block;

private:
    std::vector<std::unique_ptr<Block>> m_blocks;
    QString m_company;
    QString m_reportTitle;
    QString m_logoPath;
    QString m_footerText;
    QString m_documentTitle;
    PageSize m_pageSize = PageSize::A4;
};

// Configures a QPdfWriter (page size, margins, metadata) for a Document.
void setupPdfWriter(QPdfWriter& writer, PageSize size, const QString& title);
// Margins used on every page, in millimetres.
constexpr double PageMarginMm = 14.0;

} // namespace tenure::report
