#include "ChartSupport.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>

namespace tenure::charts {

QChartView* makeChartView(QWidget* parent, const QString& accessibleName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers in the user's locale (2,5 in German), like the tables next to the charts.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(220);
    applyPalette(chart, parent ? parent->palette() : QPalette());
    return view;
}

void applyPalette(QChart* chart, const QPalette& palette)
{
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        QColor grid = palette.color(QPalette::Mid);
        grid.setAlpha(90);
        axis->setGridLineColor(grid);
    }
}

qreal periodX(const Period& period)
{
    const QDate date = firstDayOf(period.firstMonth).addDays(14);
    return qreal(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QString dateFormat(Grain grain)
{
    return grain == Grain::Year ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy");
}

} // namespace tenure::charts
