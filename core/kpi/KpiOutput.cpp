#include "kpi/KpiOutput.h"

#include <algorithm>

namespace tenure::output {

QString number(std::optional<double> value)
{
    if (!value)
        return {};
    if (*value == 0)
        return QStringLiteral("0"); // never "-0"
    return QString::number(*value, 'g', 12);
}

QString csvField(const QString& text, bool isText)
{
    QString t = text;
    if (isText && !t.isEmpty() &&
        (t.front() == QLatin1Char('=') || t.front() == QLatin1Char('+') || t.front() == QLatin1Char('-') ||
         t.front() == QLatin1Char('@')))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r'))) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QString csvLine(const QStringList& fields, const QList<bool>& isText)
{
    QStringList out;
    for (int i = 0; i < fields.size(); ++i)
        out << csvField(fields.at(i), isText.value(i, true));
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString textTable(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& isText)
{
    QList<int> width;
    for (const QString& h : header)
        width << int(h.size());
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], int(row.at(i).size()));
    auto line = [&](const QStringList& cells, bool head) -> QString {
        QStringList out;
        for (int i = 0; i < header.size(); ++i) {
            const QString c = cells.value(i);
            out << ((!head && !isText.value(i, true)) ? c.rightJustified(width[i])
                                                      : c.leftJustified(width[i]));
        }
        QString s = out.join(QStringLiteral("  "));
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s + QLatin1Char('\n');
    };
    QString text = line(header, true);
    QStringList rule;
    for (int w : width)
        rule << QString(w, QLatin1Char('-'));
    text += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList& row : rows)
        text += line(row, false);
    return text;
}

QString formatTable(const QString& format, const QStringList& header, const QList<QStringList>& rows,
                    const QList<bool>& isText)
{
    if (format == QLatin1String("table"))
        return textTable(header, rows, isText);
    QString text = csvLine(header);
    for (const QStringList& row : rows)
        text += csvLine(row, isText);
    return text;
}

} // namespace tenure::output
