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
    // A (tiny) letter spacing makes Qt shape without ligatures, so "fi" stays two letters that
    // copy, search and pdftotext as text.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

} // namespace tenure::report::style
