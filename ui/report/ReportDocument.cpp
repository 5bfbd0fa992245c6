#include "ReportDocument.h"

#include "ReportStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tenure::report {

namespace {

struct LayoutContext
{
    QPaintDevice* device = nullptr;
    double dpi = 72;
    double width = 0;      // content width, device units
    double pageHeight = 0; // content height between header and footer
    double pt(double points) const { return points * dpi / 72.0; }
};

// One unbreakable piece of laid-out content: a line of text, a table row, a row of charts.
struct Fragment
{
    double height = 0;
    std::function<void(QPainter&, const QPointF&)> paint;
    bool keepWithNext = false;        // never the last thing on a page (headings, table headers)
    bool pageBreak = false;           // starts a new page
    bool dropAtTop = false;           // vertical space that vanishes at the top of a page
    std::shared_ptr<Fragment> repeat; // table header painted again above this row on a new page
};

// Splits text into lines that fit width, breaking at words (or anywhere in a word longer than a
// line), so no text is ever clipped.
QStringList wrapText(const QString& text, const QFont& font, double width, QPaintDevice* device)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, width));
            QString part = paragraph.mid(line.textStart(), line.textLength());
            while (part.endsWith(QLatin1Char(' ')))
                part.chop(1);
            lines << part;
        }
        layout.endLayout();
    }
    return lines;
}

Fragment spacer(double height)
{
    Fragment f;
    f.height = height;
    f.dropAtTop = true;
    return f;
}

} // namespace

struct Document::Block
{
    virtual ~Block() = default;
    virtual void layout(const LayoutContext& ctx, std::vector<Fragment>& out) const = 0;
    virtual QString text() const = 0;
};

namespace {

struct TextBlock : Document::Block
{
    QString content;
    double size = 9.5;
    bool bold = false;
    QColor colour = palette::text();
    double before = 0;
    double after = 5;
    bool keep = false;
    bool rule = false;

    void layout(const LayoutContext& ctx, std::vector<Fragment>& out) const override
    {
        const QFont font = style::font(size, bold);
        const QFontMetricsF metrics(font, ctx.device);
        if (before > 0)
            out.push_back(spacer(ctx.pt(before)));
        const QStringList lines = wrapText(content, font, ctx.width, ctx.device);
        const double lineHeight = metrics.lineSpacing() * 1.08;
        for (int i = 0; i < lines.size(); ++i) {
            Fragment f;
            const bool last = i == lines.size() - 1;
            f.height = lineHeight + (last && rule ? ctx.pt(4) : 0);
            f.keepWithNext = keep || (!last && i == 0); // no single first line at a page bottom
            const QString line = lines[i];
            const QColor c = colour;
            const bool drawRule = last && rule;
            const double width = ctx.width;
            const double ascent = metrics.ascent();
            const double ruleWidth = ctx.pt(0.8);
            f.paint = [font, line, c, drawRule, width, ascent, lineHeight, ruleWidth](QPainter& p,
                                                                                      const QPointF& at) {
                p.setFont(font);
                p.setPen(c);
                p.drawText(QPointF(at.x(), at.y() + ascent), line);
                if (drawRule) {
                    p.setPen(QPen(c, ruleWidth));
                    p.drawLine(QPointF(at.x(), at.y() + lineHeight + ruleWidth),
                               QPointF(at.x() + width, at.y() + lineHeight + ruleWidth));
                }
            };
            out.push_back(std::move(f));
        }
        if (after > 0)
            out.push_back(spacer(ctx.pt(after)));
    }
    QString text() const override { return content; }
};

struct PageBreakBlock : Document::Block
{
    void layout(const LayoutContext&, std::vector<Fragment>& out) const override
    {
        Fragment f;
        f.pageBreak = true;
        out.push_back(std::move(f));
    }
    QString text() const override { return QStringLiteral("\f"); }
};

struct SpacerBlock : Document::Block
{
    double points = 0;
    void layout(const LayoutContext& ctx, std::vector<Fragment>& out) const override
    {
        out.push_back(spacer(ctx.pt(points)));
    }
    QString text() const override { return {}; }
};

struct TableBlock : Document::Block
{
    Table table;

    bool right(int column) const
    {
        if (column < table.rightAligned.size())
            return table.rightAligned[column];
        return column > 0;
    }

    // Natural widths, then shrink wide columns (water filling) so narrow ones never wrap.
    QList<double> columnWidths(const LayoutContext& ctx, const QFont& font, const QFont& bold,
                               double padding) const
    {
        const int columns = int(table.header.size());
        QList<double> widths(columns, 0);
        if (!table.columnWeights.isEmpty()) {
            double sum = 0;
            for (int c = 0; c < columns; ++c)
                sum += table.columnWeights.value(c, 1);
            for (int c = 0; c < columns; ++c)
                widths[c] = ctx.width * table.columnWeights.value(c, 1) / sum;
            return widths;
        }
        const QFontMetricsF metrics(font, ctx.device);
        const QFontMetricsF boldMetrics(bold, ctx.device);
        QList<double> natural(columns, 0);
        for (int c = 0; c < columns; ++c) {
            // A short header stays on one line; a long one may wrap at its spaces (longest word).
            double header = boldMetrics.horizontalAdvance(table.header[c]);
            if (header > ctx.pt(72)) {
                header = 0;
                for (const QString& word : table.header[c].split(QLatin1Char(' ')))
                    header = std::max(header, boldMetrics.horizontalAdvance(word));
            }
            natural[c] = header + 2 * padding;
        }
        for (const auto& row : table.rows)
            for (int c = 0; c < columns && c < int(row.size()); ++c) {
                const QFontMetricsF& m = row[c].bold ? boldMetrics : metrics;
                natural[c] = std::max(natural[c], m.horizontalAdvance(row[c].text) + 2 * padding + 1);
            }
        double total = 0;
        for (double n : natural)
            total += n;
        if (total <= ctx.width) {
            // Spread the spare width over the columns, more to the wide ones.
            for (int c = 0; c < columns; ++c)
                widths[c] = natural[c] + (ctx.width - total) * natural[c] / total;
            return widths;
        }
        QList<bool> fixed(columns, false);
        double remaining = ctx.width;
        int open = columns;
        bool changed = true;
        while (changed && open > 0) {
            changed = false;
            const double share = remaining / open;
            for (int c = 0; c < columns; ++c)
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    widths[c] = natural[c];
                    remaining -= natural[c];
                    --open;
                    changed = true;
                }
        }
        double wide = 0;
        for (int c = 0; c < columns; ++c)
            if (!fixed[c])
                wide += natural[c];
        for (int c = 0; c < columns; ++c)
            if (!fixed[c])
                widths[c] = remaining * natural[c] / wide;
        return widths;
    }

    void layout(const LayoutContext& ctx, std::vector<Fragment>& out) const override
    {
        const QFont font = style::font(table.fontPointSize);
        const QFont bold = style::font(table.fontPointSize, true);
        const QFontMetricsF metrics(font, ctx.device);
        const double padX = ctx.pt(3);
        const double padY = ctx.pt(1.8);
        const QList<double> widths = columnWidths(ctx, font, bold, padX);
        const int columns = int(table.header.size());
        const double lineHeight = metrics.lineSpacing();
        const double ascent = metrics.ascent();
        const double line = ctx.pt(0.5);

        struct Row
        {
            std::vector<QStringList> lines;
            std::vector<TableCell> cells;
            double height = 0;
        };
        const auto makeRow = [&](const std::vector<TableCell>& cells, bool header) {
            Row row;
            row.cells = cells;
            row.cells.resize(size_t(columns));
            int most = 1;
            for (int c = 0; c < columns; ++c) {
                const bool b = header || row.cells[size_t(c)].bold;
                row.lines.push_back(
                    wrapText(row.cells[size_t(c)].text, b ? bold : font, widths[c] - 2 * padX, ctx.device));
                most = std::max(most, int(row.lines.back().size()));
            }
            row.height = most * lineHeight + 2 * padY;
            return row;
        };
        const auto paintRow = [=, this](const Row& row, bool header, bool zebra) {
            return [=, this](QPainter& p, const QPointF& at) {
                double x = at.x();
                const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
                QColor band =
                    header ? QColor(0xe6, 0xec, 0xf3) : (zebra ? QColor(0xf6, 0xf6, 0xf6) : QColor());
                if (band.isValid())
                    p.fillRect(QRectF(at.x(), at.y(), total, row.height), band);
                for (int c = 0; c < columns; ++c) {
                    const TableCell& cell = row.cells[size_t(c)];
                    if (cell.background.isValid())
                        p.fillRect(QRectF(x, at.y(), widths[c], row.height), cell.background);
                    p.setFont(header || cell.bold ? bold : font);
                    p.setPen(cell.foreground.isValid() ? cell.foreground : palette::text());
                    const QStringList& lines = row.lines[size_t(c)];
                    for (int i = 0; i < lines.size(); ++i) {
                        const double y = at.y() + padY + i * lineHeight + ascent;
                        double tx = x + padX;
                        if (right(c) && !header)
                            tx = x + widths[c] - padX -
                                 QFontMetricsF(p.font(), p.device()).horizontalAdvance(lines[i]);
                        else if (right(c) && header)
                            tx = x + widths[c] - padX -
                                 QFontMetricsF(p.font(), p.device()).horizontalAdvance(lines[i]);
                        p.drawText(QPointF(tx, y), lines[i]);
                    }
                    x += widths[c];
                }
                p.setPen(QPen(header ? palette::muted() : palette::grid(), line));
                p.drawLine(QPointF(at.x(), at.y() + row.height),
                           QPointF(at.x() + total, at.y() + row.height));
            };
        };

        std::vector<TableCell> headerCells;
        for (const QString& h : table.header)
            headerCells.push_back(TableCell(h));
        const Row headerRow = makeRow(headerCells, true);
        auto header = std::make_shared<Fragment>();
        header->height = headerRow.height;
        header->paint = paintRow(headerRow, true, false);
        header->keepWithNext = true;
        out.push_back(*header);
        int index = 0;
        for (const auto& cells : table.rows) {
            const Row row = makeRow(cells, false);
            Fragment f;
            f.height = row.height;
            f.paint = paintRow(row, false, index % 2 == 1);
            f.repeat = header;
            out.push_back(std::move(f));
            ++index;
        }
        out.push_back(spacer(ctx.pt(8)));
    }

    QString text() const override
    {
        QString s = table.header.join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (const auto& row : table.rows) {
            QStringList cells;
            for (const TableCell& cell : row)
                cells << cell.text;
            s += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        return s;
    }
};

struct ChartsBlock : Document::Block
{
    QList<ChartSpec> charts;
    int columns = 2;
    double chartHeight = 150;

    void layout(const LayoutContext& ctx, std::vector<Fragment>& out) const override
    {
        const double gap = ctx.pt(14);
        const double width = (ctx.width - gap * (columns - 1)) / columns;
        const double height = std::min(ctx.pt(chartHeight), ctx.pageHeight - ctx.pt(12));
        for (int start = 0; start < charts.size(); start += columns) {
            Fragment f;
            f.height = height + ctx.pt(12);
            const QList<ChartSpec> row = charts.mid(start, columns);
            const double dpi = ctx.dpi;
            f.paint = [row, width, height, gap, dpi](QPainter& p, const QPointF& at) {
                for (int i = 0; i < row.size(); ++i)
                    paintChart(p, QRectF(at.x() + i * (width + gap), at.y(), width, height), row[i], dpi);
            };
            out.push_back(std::move(f));
        }
    }
    QString text() const override
    {
        QStringList titles;
        for (const ChartSpec& c : charts)
            titles << c.title;
        return titles.join(QLatin1Char('\n'));
    }
};

struct CoverBlock : Document::Block
{
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> facts;
    QString logoPath;

    void layout(const LayoutContext& ctx, std::vector<Fragment>& out) const override
    {
        Fragment f;
        f.height = ctx.pageHeight;
        const double width = ctx.width;
        const double dpi = ctx.dpi;
        const QString t = title, s = subtitle, logo = logoPath;
        const auto kv = facts;
        QPaintDevice* device = ctx.device;
        f.paint = [=](QPainter& p, const QPointF& at) {
            const auto pt = [dpi](double v) { return v * dpi / 72.0; };
            double y = at.y() + pt(90);
            if (!logo.isEmpty()) {
                QImageReader reader(logo);
                const QImage image = reader.read();
                if (!image.isNull()) {
                    const double h = pt(60);
                    const double w = std::min(width, h * image.width() / std::max(1, image.height()));
                    p.drawImage(QRectF(at.x(), at.y() + pt(10), w, h), image);
                }
            }
            p.fillRect(QRectF(at.x(), y, pt(60), pt(4)), palette::accent());
            y += pt(22);
            const QFont titleFont = style::font(26, true);
            const QFontMetricsF tm(titleFont, device);
            p.setFont(titleFont);
            p.setPen(palette::text());
            for (const QString& line : wrapText(t, titleFont, width, device)) {
                p.drawText(QPointF(at.x(), y + tm.ascent()), line);
                y += tm.lineSpacing();
            }
            y += pt(6);
            const QFont subFont = style::font(14);
            const QFontMetricsF sm(subFont, device);
            p.setFont(subFont);
            p.setPen(palette::muted());
            for (const QString& line : wrapText(s, subFont, width, device)) {
                p.drawText(QPointF(at.x(), y + sm.ascent()), line);
                y += sm.lineSpacing();
            }
            y += pt(40);
            const QFont keyFont = style::font(10, true);
            const QFont valueFont = style::font(10);
            const QFontMetricsF km(keyFont, device);
            double keyWidth = 0;
            for (const auto& [key, value] : kv)
                keyWidth = std::max(keyWidth, km.horizontalAdvance(key));
            for (const auto& [key, value] : kv) {
                p.setFont(keyFont);
                p.setPen(palette::text());
                p.drawText(QPointF(at.x(), y + km.ascent()), key);
                p.setFont(valueFont);
                const QStringList lines = wrapText(value, valueFont, width - keyWidth - pt(16), device);
                for (const QString& line : lines) {
                    p.drawText(QPointF(at.x() + keyWidth + pt(16), y + km.ascent()), line);
                    y += km.lineSpacing() * 1.2;
                }
            }
        };
        out.push_back(std::move(f));
        Fragment page;
        page.pageBreak = true;
        out.push_back(std::move(page));
    }
    QString text() const override
    {
        QString s = title + QLatin1Char('\n') + subtitle + QLatin1Char('\n');
        for (const auto& [key, value] : facts)
            s += key + QLatin1Char(' ') + value + QLatin1Char('\n');
        return s;
    }
};

} // namespace

Document::Document() = default;
Document::~Document() = default;

void Document::setHeader(const QString& company, const QString& title, const QString& logoPath)
{
    m_company = company;
    m_reportTitle = title;
    m_logoPath = logoPath;
}

void Document::setFooterText(const QString& text)
{
    m_footerText = text;
}

void Document::addCover(const QString& title, const QString& subtitle,
                        const QList<QPair<QString, QString>>& facts)
{
    auto block = std::make_unique<CoverBlock>();
    block->title = title;
    block->subtitle = subtitle;
    block->facts = facts;
    block->logoPath = m_logoPath;
    m_blocks.push_back(std::move(block));
}

void Document::addHeading(const QString& text, int level)
{
    auto block = std::make_unique<TextBlock>();
    block->content = text;
    block->bold = true;
    block->keep = true;
    if (level <= 1) {
        block->size = 14;
        block->colour = palette::accent();
        block->before = 6;
        block->after = 7;
        block->rule = true;
    } else {
        block->size = 10.5;
        block->before = 8;
        block->after = 3;
    }
    m_blocks.push_back(std::move(block));
}

void Document::addParagraph(const QString& text)
{
    auto block = std::make_unique<TextBlock>();
    block->content = text;
    m_blocks.push_back(std::move(block));
}

void Document::addNote(const QString& text, bool keepWithNext)
{
    auto block = std::make_unique<TextBlock>();
    block->content = text;
    block->keep = keepWithNext;
    block->size = 7.5;
    block->colour = palette::muted();
    block->after = 4;
    m_blocks.push_back(std::move(block));
}

void Document::addTable(const Table& table)
{
    auto block = std::make_unique<TableBlock>();
    block->table = table;
    m_blocks.push_back(std::move(block));
}

void Document::addCharts(const QList<ChartSpec>& charts, int columns, double chartHeight)
{
    auto block = std::make_unique<ChartsBlock>();
    block->charts = charts;
    block->columns = std::max(1, columns);
    block->chartHeight = chartHeight;
    m_blocks.push_back(std::move(block));
}

void Document::addPageBreak()
{
    m_blocks.push_back(std::make_unique<PageBreakBlock>());
}

void Document::addSpacer(double points)
{
    auto block = std::make_unique<SpacerBlock>();
    block->points = points;
    m_blocks.push_back(std::move(block));
}

QString Document::plainText() const
{
    QString s;
    for (const auto& block : m_blocks)
        s += block->text() + QLatin1Char('\n');
    return s;
}

void setupPdfWriter(QPdfWriter& writer, PageSize size, const QString& title)
{
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(
        QPageSize(size == PageSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tenure"));
}

int Document::render(QPagedPaintDevice* device, QString* error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error =
                QCoreApplication::translate("tenure::report::Report", "cannot start painting the report");
        return 0;
    }
    LayoutContext ctx;
    ctx.device = device;
    ctx.dpi = device->logicalDpiY();
    const auto pt = [&ctx](double v) { return ctx.pt(v); };
    const double headerHeight = pt(30);
    const double footerHeight = pt(22);
    ctx.width = device->width();
    ctx.pageHeight = device->height() - headerHeight - footerHeight;

    std::vector<Fragment> fragments;
    for (const auto& block : m_blocks)
        block->layout(ctx, fragments);

    // Paginate: place fragments top to bottom, start a new page when one does not fit.
    struct Placed
    {
        const Fragment* fragment;
        double y;
    };
    std::vector<std::vector<Placed>> pages(1);
    double y = 0;
    const auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    for (size_t i = 0; i < fragments.size(); ++i) {
        const Fragment& f = fragments[i];
        if (f.pageBreak) {
            if (!pages.back().empty())
                newPage();
            continue;
        }
        if (f.dropAtTop && y == 0)
            continue;
        // Keep chains (headings, first lines, table headers) together with what follows.
        double needed = f.height;
        for (size_t j = i; j + 1 < fragments.size() && fragments[j].keepWithNext; ++j) {
            if (fragments[j + 1].pageBreak)
                break;
            needed += fragments[j + 1].height;
        }
        if (y > 0 && y + needed > ctx.pageHeight + 0.5) {
            newPage();
            if (f.dropAtTop)
                continue;
        }
        if (y == 0 && f.repeat) {
            pages.back().push_back({f.repeat.get(), 0});
            y += f.repeat->height;
        }
        pages.back().push_back({&f, y});
        y += f.height;
    }
    while (pages.size() > 1 && pages.back().empty())
        pages.pop_back();

    const int total = int(pages.size());
    const QFont headerFont = style::font(8.5, true);
    const QFont headerRight = style::font(8);
    const QFont footerFont = style::font(7.5);
    const QFontMetricsF hm(headerFont, device);
    const QFontMetricsF fm(footerFont, device);
    QImage logo;
    if (!m_logoPath.isEmpty())
        logo = QImageReader(m_logoPath).read();

    for (int p = 0; p < total; ++p) {
        if (p > 0)
            device->newPage();
        // Header: logo, company name, report title, a rule.
        double x = 0;
        if (!logo.isNull()) {
            const double h = pt(16);
            const double w = std::min(pt(80), h * logo.width() / std::max(1, logo.height()));
            painter.drawImage(QRectF(0, 0, w, h), logo);
            x = w + pt(6);
        }
        const double half = (ctx.width - x) / 2;
        painter.setFont(headerFont);
        painter.setPen(palette::text());
        painter.drawText(QPointF(x, pt(8) + hm.ascent() / 2),
                         hm.elidedText(m_company, Qt::ElideRight, half - pt(6)));
        painter.setFont(headerRight);
        const QFontMetricsF rm(headerRight, device);
        const QString title = rm.elidedText(m_reportTitle, Qt::ElideLeft, half - pt(6));
        painter.setPen(palette::muted());
        painter.drawText(QPointF(ctx.width - rm.horizontalAdvance(title), pt(8) + hm.ascent() / 2), title);
        painter.setPen(QPen(palette::grid(), pt(0.7)));
        painter.drawLine(QPointF(0, pt(20)), QPointF(ctx.width, pt(20)));

        // Content.
        for (const Placed& placed : pages[size_t(p)]) {
            if (placed.fragment->paint)
                placed.fragment->paint(painter, QPointF(0, headerHeight + placed.y));
        }

        // Footer.
        const double fy = device->height() - footerHeight;
        painter.setPen(QPen(palette::grid(), pt(0.7)));
        painter.drawLine(QPointF(0, fy + pt(6)), QPointF(ctx.width, fy + pt(6)));
        painter.setFont(footerFont);
        painter.setPen(palette::muted());
        const QString number =
            QCoreApplication::translate("tenure::report::Report", "page %1 of %2").arg(p + 1).arg(total);
        const double numberWidth = fm.horizontalAdvance(number);
        painter.drawText(QPointF(0, fy + pt(10) + fm.ascent()),
                         fm.elidedText(m_footerText, Qt::ElideRight, ctx.width - numberWidth - pt(12)));
        painter.drawText(QPointF(ctx.width - numberWidth, fy + pt(10) + fm.ascent()), number);
    }
    painter.end();
    return total;
}

} // namespace tenure::report
