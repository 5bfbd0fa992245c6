#pragma once

#include <QFont>

namespace tenure::report::style {

// The report's one font family (DejaVu Sans ships with Debian and is embedded in the PDF), so the
// same workspace gives the same text and layout on every machine that has it.
QFont font(double pointSize, bool bold = false);

} // namespace tenure::report::style
