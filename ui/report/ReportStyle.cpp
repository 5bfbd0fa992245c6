#include "ReportStyle.h"

namespace tenure::report::style {

QFont font(double pointSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Kerning off keeps pdftotext from splitting words into pieces.
    f.setKerning(false);
    return f;
}

} // namespace tenure::report::style
