#include "Style.h"

#include <algorithm>
#include <cmath>

namespace tenure::style {

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}
QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor bandColour(const QString& colour, const QPalette& palette)
{
    const QColor parsed = QColor::fromString(colour);
    return parsed.isValid() ? parsed : palette.color(QPalette::Mid);
}

QColor bandBackground(const QString& colour, const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), bandColour(colour, palette), 0.45);
}

QColor textOn(const QColor& background)
{
    // Contrast ratios against black and white; pick the larger.
    const double l = luminance(background);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

QList<QColor> seriesColours()
{
    // Okabe-Ito: readable for colour-blind users, on light and dark backgrounds.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
            QColor(0x99, 0x99, 0x99)};
}

QColor heatColour(double percent, const QPalette& palette)
{
    const double t = std::clamp(percent / 100.0, 0.0, 1.0);
    const QColor low(0xD5, 0x5E, 0x00);  // vermillion
    const QColor mid(0xF0, 0xE4, 0x42);  // yellow
    const QColor high(0x00, 0x9E, 0x73); // green
    const QColor hue = t < 0.5 ? blend(low, mid, t * 2) : blend(mid, high, (t - 0.5) * 2);
    return blend(palette.color(QPalette::Base), hue, 0.75);
}

} // namespace tenure::style
