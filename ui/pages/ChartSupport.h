#pragma once

#include <QChartView>
#include <QDateTime>

#include "Period.h"

namespace tenure::charts {

// A chart view that follows the system palette (light or dark) and is antialiased.
QChartView* makeChartView(QWidget* parent, const QString& accessibleName);
// Re-applies the palette to the chart and its axes and legend (call after adding axes).
void applyPalette(QChart* chart, const QPalette& palette);
// The x value of a period on a QDateTimeAxis: the middle of its first month.
qreal periodX(const Period& period);
// The axis label format for a grain.
QString dateFormat(Grain grain);

} // namespace tenure::charts
