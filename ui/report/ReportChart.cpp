#include "ReportChart.h"

#include "ReportStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tenure::report {

namespace palette {
QColor series(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xd9, 0x6c, 0x1e),
                                     QColor(0x2e, 0x8b, 0x57), QColor(0x8e, 0x44, 0xad),
                                     QColor(0xc0, 0x39, 0x2b), QColor(0x5d, 0x6d, 0x7e)};
    return colours[index % 6];
}
QColor text()
{
    return QColor(0x22, 0x22, 0x22);
}
QColor muted()
{
    return QColor(0x6b, 0x6b, 0x6b);
}
QColor grid()
{
    return QColor(0xd8, 0xd8, 0xd8);
}
QColor accent()
{
    return QColor(0x1f, 0x5f, 0xa8);
}
} // namespace palette

namespace {

double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10;
    if (fraction <= 1)
        nice = 1;
    else if (fraction <= 2)
        nice = 2;
    else if (fraction <= 2.5)
        nice = 2.5;
    else if (fraction <= 5)
        nice = 5;
    return nice * magnitude;
}

QString defaultFormat(double value)
{
    if (std::abs(value) >= 1000)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 4);
}

struct LegendItem
{
    QString label;
    QColor colour;
    bool line = true; // a line swatch; else a filled box
    bool dashed = false;
};

} // namespace

void paintChart(QPainter& painter, const QRectF& rect, const ChartSpec& chart, double dpi)
{
    const auto pt = [dpi](double points) { return points * dpi / 72.0; };
    const auto format = chart.format ? chart.format : std::function<QString(double)>(defaultFormat);
    painter.save();

    const QFont titleFont = style::font(8.5, true);
    const QFont smallFont = style::font(6.5);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF smallMetrics(smallFont, painter.device());

    // Title line, then the note in small muted text on its own line when present.
    double y = rect.top();
    painter.setFont(titleFont);
    painter.setPen(palette::text());
    const QString title = titleMetrics.elidedText(chart.title, Qt::ElideRight, rect.width());
    painter.drawText(QRectF(rect.left(), y, rect.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    y += titleMetrics.height();
    if (!chart.note.isEmpty()) {
        painter.setFont(smallFont);
        painter.setPen(palette::muted());
        painter.drawText(QRectF(rect.left(), y, rect.width(), smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(chart.note, Qt::ElideRight, rect.width()));
        y += smallMetrics.height();
    }
    y += pt(3);

    // Values to scale on.
    const int count = int(chart.xLabels.size());
    QList<double> values;
    bool any = false;
    if (chart.kind == ChartSpec::Kind::Line) {
        for (const ChartSeries& s : chart.series)
            for (const auto& v : s.values)
                if (v) {
                    values << *v;
                    any = true;
                }
    } else {
        for (int i = 0; i < count; ++i) {
            double up = 0, down = 0;
            for (const ChartSeries& s : chart.series) {
                if (i < s.values.size() && s.values[i]) {
                    any = any || *s.values[i] != 0;
                    (*s.values[i] >= 0 ? up : down) += *s.values[i];
                }
            }
            values << up << down;
        }
        if (chart.netLine)
            for (const auto& v : chart.netLine->values)
                if (v)
                    values << *v;
    }

    // Legend items: the series (when more than one), bands, target.
    QList<LegendItem> legend;
    if (chart.series.size() > 1 || chart.kind == ChartSpec::Kind::StackedBars)
        for (const ChartSeries& s : chart.series)
            legend << LegendItem{s.name, s.colour, chart.kind == ChartSpec::Kind::Line, s.dashed};
    if (chart.netLine)
        legend << LegendItem{chart.netLine->name, chart.netLine->colour, true, false};
    for (const ChartBand& band : chart.bands)
        legend << LegendItem{band.label, band.colour, false, false};
    if (chart.target)
        legend << LegendItem{
            QCoreApplication::translate("tenure::report::Report", "target %1").arg(format(*chart.target)),
            palette::text(), true, true};

    // Lay the legend out in rows first, so the plot gets the rest of the height.
    const double swatch = pt(9);
    const double gap = pt(3);
    const double itemGap = pt(8);
    QList<QList<std::pair<LegendItem, double>>> legendRows;
    {
        double x = 0;
        legendRows.append(QList<std::pair<LegendItem, double>>());
        for (const LegendItem& item : legend) {
            const double width = swatch + gap + smallMetrics.horizontalAdvance(item.label);
            if (x > 0 && x + width > rect.width()) {
                legendRows.append(QList<std::pair<LegendItem, double>>());
                x = 0;
            }
            legendRows.last().append({item, x});
            x += width + itemGap;
        }
        if (legendRows.last().isEmpty())
            legendRows.removeLast();
    }
    const double legendHeight = legendRows.size() * smallMetrics.height();
    const double xLabelHeight = smallMetrics.height() + pt(2);

    const double plotBottom =
        rect.bottom() - legendHeight - xLabelHeight - (legendRows.isEmpty() ? 0 : pt(2));
    const double plotTop = y + smallMetrics.height() / 2;

    if (!any || count == 0 || plotBottom - plotTop < pt(20)) {
        painter.setPen(QPen(palette::grid(), pt(0.6)));
        const QRectF box(rect.left(), plotTop, rect.width(), std::max(pt(20), plotBottom - plotTop));
        painter.drawRect(box);
        painter.setFont(smallFont);
        painter.setPen(palette::muted());
        painter.drawText(box, Qt::AlignCenter,
                         QCoreApplication::translate("tenure::report::Report", "No data for this period"));
        painter.restore();
        return;
    }

    double lo = *std::min_element(values.begin(), values.end());
    double hi = *std::max_element(values.begin(), values.end());
    if (chart.target) {
        lo = std::min(lo, *chart.target);
        hi = std::max(hi, *chart.target);
    }
    if (chart.kind == ChartSpec::Kind::StackedBars) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (hi - lo < 1e-9) {
        const double pad = std::abs(hi) > 0 ? std::abs(hi) * 0.1 : 1;
        lo -= pad;
        hi += pad;
    }
    const double step = chart.integerAxis ? std::max(1.0, niceStep(hi - lo, 4)) : niceStep(hi - lo, 4);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    if (hi - lo < step)
        hi = lo + step;

    // Y axis labels decide the left edge of the plot.
    QStringList tickLabels;
    QList<double> ticks;
    for (double t = lo; t <= hi + step * 1e-6; t += step) {
        const double v = std::abs(t) < step * 1e-6 ? 0 : t;
        ticks << v;
        tickLabels << format(v);
    }
    double labelWidth = 0;
    for (const QString& label : tickLabels)
        labelWidth = std::max(labelWidth, smallMetrics.horizontalAdvance(label));
    double maxLabel = 0;
    for (const QString& label : chart.xLabels)
        maxLabel = std::max(maxLabel, smallMetrics.horizontalAdvance(label));
    // Lines end at the right edge: leave room for half of the last x label.
    const double rightPad = chart.kind == ChartSpec::Kind::Line ? std::max(pt(2), maxLabel / 2) : pt(2);
    const QRectF plot(rect.left() + labelWidth + pt(4), plotTop, rect.width() - labelWidth - pt(4) - rightPad,
                      plotBottom - plotTop);
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };

    // Bands behind everything.
    painter.setPen(Qt::NoPen);
    for (const ChartBand& band : chart.bands) {
        const double b0 = std::max(lo, band.lower.value_or(lo));
        const double b1 = std::min(hi, band.upper.value_or(hi));
        if (b1 <= b0)
            continue;
        QColor fill = band.colour;
        fill.setAlphaF(0.22);
        painter.setBrush(fill);
        painter.drawRect(QRectF(plot.left(), yOf(b1), plot.width(), yOf(b0) - yOf(b1)));
    }

    // Grid and y labels.
    painter.setFont(smallFont);
    for (int i = 0; i < ticks.size(); ++i) {
        const double ty = yOf(ticks[i]);
        painter.setPen(QPen(ticks[i] == 0 && lo < 0 ? palette::muted() : palette::grid(), pt(0.5)));
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        painter.setPen(palette::muted());
        painter.drawText(
            QRectF(rect.left(), ty - smallMetrics.height() / 2, labelWidth, smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickLabels[i]);
    }

    // X positions: bars sit in slots, lines on points spread edge to edge.
    const double slot = plot.width() / count;
    const auto xOf = [&](int i) {
        if (chart.kind == ChartSpec::Kind::StackedBars || count == 1)
            return plot.left() + slot * (i + 0.5);
        return plot.left() + plot.width() * i / (count - 1);
    };

    // X labels: every k-th one so they never overlap; the last label is always shown.
    const double spacing = count > 1 ? (xOf(1) - xOf(0)) : plot.width();
    const int every = std::max(1, int(std::ceil((maxLabel + pt(4)) / spacing)));
    painter.setPen(palette::muted());
    for (int i = count - 1; i >= 0; i -= every) {
        const double cx = xOf(i);
        double left = cx - maxLabel / 2 - pt(1);
        left = std::clamp(left, rect.left(), rect.right() - maxLabel - pt(2));
        painter.drawText(QRectF(left, plot.bottom() + pt(2), maxLabel + pt(2), smallMetrics.height()),
                         Qt::AlignCenter, chart.xLabels[i]);
    }

    painter.setRenderHint(QPainter::Antialiasing, true);
    if (chart.kind == ChartSpec::Kind::StackedBars) {
        const double barWidth = slot * 0.64;
        for (int i = 0; i < count; ++i) {
            double up = 0, down = 0;
            for (const ChartSeries& s : chart.series) {
                if (i >= s.values.size() || !s.values[i] || *s.values[i] == 0)
                    continue;
                const double v = *s.values[i];
                const double from = v >= 0 ? up : down;
                const double to = from + v;
                (v >= 0 ? up : down) = to;
                QPainterPath bar;
                bar.addRect(QRectF(QPointF(xOf(i) - barWidth / 2, yOf(std::max(from, to))),
                                   QPointF(xOf(i) + barWidth / 2, yOf(std::min(from, to)))));
                painter.fillPath(bar, s.colour);
            }
        }
        painter.setPen(QPen(palette::muted(), pt(0.6)));
        painter.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    }

    QList<ChartSeries> lines;
    if (chart.kind == ChartSpec::Kind::Line)
        lines = chart.series;
    if (chart.netLine)
        lines << *chart.netLine;
    for (const ChartSeries& s : lines) {
        QPen pen(s.colour, pt(1.4));
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        QPainterPath path;
        bool open = false;
        QList<QPointF> points;
        for (int i = 0; i < count && i < s.values.size(); ++i) {
            if (!s.values[i]) {
                open = false;
                continue;
            }
            const QPointF p(xOf(i), yOf(*s.values[i]));
            points << p;
            if (open)
                path.lineTo(p);
            else
                path.moveTo(p);
            open = true;
        }
        painter.strokePath(path, pen);
        // Dots make single points and short series readable.
        if (count <= 16 || points.size() == 1) {
            for (const QPointF& p : points) {
                QPainterPath dot;
                dot.addEllipse(p, pt(1.6), pt(1.6));
                painter.fillPath(dot, s.colour);
            }
        }
    }

    if (chart.target) {
        QPen pen(palette::text(), pt(0.9), Qt::DashLine);
        painter.setPen(pen);
        const double ty = yOf(*chart.target);
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    painter.setPen(QPen(palette::muted(), pt(0.6)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Legend rows under the x labels.
    double ly = plot.bottom() + xLabelHeight + pt(2);
    painter.setFont(smallFont);
    for (const auto& row : legendRows) {
        for (const auto& [item, x] : row) {
            const double lx = rect.left() + x;
            const double cy = ly + smallMetrics.height() / 2;
            if (item.line) {
                QPen pen(item.colour, pt(1.4));
                if (item.dashed)
                    pen.setStyle(Qt::DashLine);
                painter.setPen(pen);
                painter.drawLine(QPointF(lx, cy), QPointF(lx + swatch, cy));
            } else {
                QColor fill = item.colour;
                if (chart.kind == ChartSpec::Kind::Line)
                    fill.setAlphaF(0.35);
                painter.fillRect(QRectF(lx, cy - pt(3), swatch, pt(6)), fill);
            }
            painter.setPen(palette::text());
            painter.drawText(QRectF(lx + swatch + gap, ly, rect.right() - lx, smallMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, item.label);
        }
        ly += smallMetrics.height();
    }
    painter.restore();
}

} // namespace tenure::report
