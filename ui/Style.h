#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

namespace tenure::style {

// Colours that work on the system palette, light or dark: nothing is hard-coded against white.

// A band's colour ("#2e7d32"); an invalid or missing one falls back to the palette's mid colour.
QColor bandColour(const QString& colour, const QPalette& palette);
// The band colour blended into the palette's base colour, for cell backgrounds.
QColor bandBackground(const QString& colour, const QPalette& palette);
// Black or white, whichever reads better on background (WCAG relative luminance).
QColor textOn(const QColor& background);
// Line colours for several series, distinguishable on light and dark backgrounds.
QList<QColor> seriesColours();
// A heat-map colour for a value in 0..100 (more can exceed 100) on the palette.
QColor heatColour(double percent, const QPalette& palette);
bool isDark(const QPalette& palette);

} // namespace tenure::style
