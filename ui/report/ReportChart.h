#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;

namespace tenure::report {

struct ChartSeries
{
    QString name;
    QColor colour;
    QList<std::optional<double>> values; // one per x label; nullopt = no value (a gap)
    bool dashed = false;
};

struct ChartBand
{
    QString label;
    std::optional<double> lower; // nullopt: open below
    std::optional<double> upper; // nullopt: open above
    QColor colour;
};

// A small chart drawn with QPainter paths only (vector output). Line charts draw benchmark bands
// behind the series and a dashed target line; bar charts stack positive series upwards and
// negative ones downwards (MRR movements) with an optional net line.
struct ChartSpec
{
    enum class Kind { Line, StackedBars };
    Kind kind = Kind::Line;
    QString title;
    QString note; // small text under the title, e.g. "partial period" or "small sample"
    QStringList xLabels;
    QList<ChartSeries> series;
    QList<ChartBand> bands;
    std::optional<double> target;
    std::optional<ChartSeries> netLine;    // StackedBars only
    std::function<QString(double)> format; // axis labels; default: plain number
    bool integerAxis = false;              // counts: ticks on whole numbers only
};

// Paints chart into rect (device units); dpi converts point sizes. Shows "No data" instead of an
// empty plot.
void paintChart(QPainter& painter, const QRectF& rect, const ChartSpec& chart, double dpi);

// Chart colours used across the report.
namespace palette {
QColor series(int index);
QColor text();
QColor muted();
QColor grid();
QColor accent();
} // namespace palette

} // namespace tenure::report
