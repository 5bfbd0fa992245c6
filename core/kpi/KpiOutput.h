#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenure::output {

// Helpers for CSV / text-table / JSON exports of KPI results (CLI, dashboard export).

// A number unrounded enough to check (12 significant digits), empty when there is none.
QString number(std::optional<double> value);
// One CSV field: text cells starting with = + - @ are neutralised with a leading ', fields with a
// delimiter, quote or newline are quoted. Pass isText = false for numbers.
QString csvField(const QString& text, bool isText = true);
QString csvLine(const QStringList& fields, const QList<bool>& isText = {});
// Columns padded to their widest cell; numbers (isText false) right-aligned.
QString textTable(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& isText = {});
// The whole table as text (format "table") or CSV (any other format), header first.
QString formatTable(const QString& format, const QStringList& header, const QList<QStringList>& rows,
                    const QList<bool>& isText = {});

} // namespace tenure::output
