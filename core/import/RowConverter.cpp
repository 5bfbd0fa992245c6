#include "RowConverter.h"

#include "Period.h"

namespace tenure {

namespace {

QString normaliseSurvey(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("nps") || t.contains(QLatin1String("promoter")) ||
        t.contains(QLatin1String("recommend")))
        return QStringLiteral("nps");
    if (t == QLatin1String("csat") || t.contains(QLatin1String("satisf")))
        return QStringLiteral("csat");
    if (t == QLatin1String("ces") || t.contains(QLatin1String("effort")))
        return QStringLiteral("ces");
    return {};
}

QString normaliseInterval(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("month") || t == QLatin1String("monthly") || t == QLatin1String("months") ||
        t == QLatin1String("mo") || t == QLatin1String("m"))
        return QStringLiteral("month");
    if (t == QLatin1String("year") || t == QLatin1String("yearly") || t == QLatin1String("years") ||
        t == QLatin1String("annual") || t == QLatin1String("annually") || t == QLatin1String("yr") ||
        t == QLatin1String("y"))
        return QStringLiteral("year");
    if (t == QLatin1String("week") || t == QLatin1String("weekly") || t == QLatin1String("weeks") ||
        t == QLatin1String("w"))
        return QStringLiteral("week");
    if (t == QLatin1String("day") || t == QLatin1String("daily") || t == QLatin1String("days") ||
        t == QLatin1String("d"))
        return QStringLiteral("day");
    return {};
}

// Renewal outcomes as CRMs write them, besides plain yes/no.
std::optional<bool> parseRenewed(QStringView text)
{
    if (const auto b = values::parseBoolean(text))
        return b;
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("renewed") || t == QLatin1String("won") || t == QLatin1String("closed won") ||
        t == QLatin1String("closed-won"))
        return true;
    if (t == QLatin1String("churned") || t == QLatin1String("lost") || t == QLatin1String("closed lost") ||
        t == QLatin1String("closed-lost") || t == QLatin1String("not renewed") ||
        t == QLatin1String("cancelled") || t == QLatin1String("canceled"))
        return false;
    return std::nullopt;
}

QString typeWord(ColumnType type)
{
    switch (type) {
    case ColumnType::Date:
        return QStringLiteral("a date");
    case ColumnType::Month:
        return QStringLiteral("a month");
    case ColumnType::Money:
        return QStringLiteral("an amount of money");
    case ColumnType::Integer:
        return QStringLiteral("a whole number");
    case ColumnType::Number:
    case ColumnType::Score:
        return QStringLiteral("a number");
    case ColumnType::Boolean:
        return QStringLiteral("yes or no");
    case ColumnType::Text:
    case ColumnType::Key:
        break;
    }
    return QStringLiteral("text");
}

} // namespace

QByteArray Cell::toBytes() const
{
    switch (type) {
    case Null:
        return {};
    case Int:
        return QByteArray::number(i);
    case Real:
        return QByteArray::number(d, 'g', 17);
    case Text:
        return s;
    }
    return {};
}

RowConverter::RowConverter(const ColumnMapping& mapping, const QList<ColumnFormat>& formats,
                           const QStringList& headers)
    : m_kind(mapping.kind)
{
    for (const CanonicalColumn& column : kindInfo(m_kind).columns) {
        Slot slot;
        slot.column = column;
        slot.fileColumn = mapping.columnFor(column.name);
        if (slot.fileColumn >= 0) {
            slot.header = headers.value(slot.fileColumn);
            slot.format = formats.value(slot.fileColumn);
            slot.format.type = column.type;
        } else {
            slot.format.type = column.type;
        }
        if (mapping.defaults.contains(column.name)) {
            slot.fallback = mapping.defaults.value(column.name);
            slot.hasFallback = true;
        }
        m_slots.push_back(slot);
    }
}

int RowConverter::slotOf(const QString& canonical) const
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].column.name == canonical)
            return int(i);
    }
    return -1;
}

bool RowConverter::convertCell(const Slot& slot, QStringView text, Cell& cell, QString* reason) const
{
    const ColumnFormat& format = slot.format;
    auto unreadable = [&]() {
        QString how = format.describe();
        *reason = QStringLiteral("not %1 (column read as %2)").arg(typeWord(format.type), how);
        return false;
    };
    switch (format.type) {
    case ColumnType::Text:
    case ColumnType::Key:
        cell.setText(text);
        return true;
    case ColumnType::Date: {
        std::optional<QDate> date = values::parseDate(text, format.date);
        if (!date && format.date == DateFormat::Unknown) {
            for (DateFormat f : {DateFormat::Iso, DateFormat::IsoDateTime}) {
                if ((date = values::parseDate(text, f)))
                    break;
            }
        }
        if (!date || !date->isValid())
            return unreadable();
        cell.setText(date->toString(Qt::ISODate));
        return true;
    }
    case ColumnType::Month: {
        std::optional<int> month = values::parseMonth(text, format.date);
        if (!month && format.date == DateFormat::Unknown) {
            for (DateFormat f : {DateFormat::YearMonth, DateFormat::Iso}) {
                if ((month = values::parseMonth(text, f)))
                    break;
            }
        }
        if (!month)
            return unreadable();
        cell.setInt(yyyymm(*month));
        return true;
    }
    case ColumnType::Money: {
        const auto cents = values::parseMoneyCents(text, format.number, format.minorUnits);
        if (!cents)
            return unreadable();
        cell.setInt(*cents);
        return true;
    }
    case ColumnType::Integer: {
        const auto value = values::parseInteger(text, format.number);
        if (!value)
            return unreadable();
        cell.setInt(*value);
        return true;
    }
    case ColumnType::Number: {
        const auto value = values::parseNumber(text, format.number);
        if (!value)
            return unreadable();
        cell.setReal(*value);
        return true;
    }
    case ColumnType::Score: {
        if (const auto value = values::parseNumber(text, format.number)) {
            cell.setReal(*value);
            return true;
        }
        // Yes/no satisfaction answers: kept as text here, scored by validate() once the survey
        // type is known.
        if (values::parseBoolean(text)) {
            cell.setText(text);
            return true;
        }
        *reason = QStringLiteral("not a score (a number was expected)");
        return false;
    }
    case ColumnType::Boolean: {
        const auto value = parseRenewed(text);
        if (!value) {
            *reason = QStringLiteral("not yes or no");
            return false;
        }
        cell.setInt(*value ? 1 : 0);
        return true;
    }
    }
    return unreadable();
}

bool RowConverter::rejectAt(const CsvRecord& record, int slot, ImportReject* reject,
                            const QString& reason) const
{
    if (reject) {
        reject->row = record.row();
        reject->line = record.line();
        if (slot >= 0) {
            const Slot& s = m_slots[size_t(slot)];
            reject->column = s.fileColumn >= 0 ? s.header : s.column.name;
            reject->value = s.fileColumn >= 0 ? record.text(s.fileColumn) : s.fallback;
        } else {
            reject->column.clear();
            reject->value.clear();
        }
        reject->reason = reason;
    }
    return false;
}

bool RowConverter::convert(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const
{
    cells.resize(m_slots.size());
    QString reason;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots[i];
        Cell& cell = cells[i];
        QStringView text;
        if (slot.fileColumn >= 0)
            text = record.field(slot.fileColumn).trimmed();
        if (text.isEmpty() && slot.hasFallback)
            text = slot.fallback;
        if (text.isEmpty()) {
            cell.setNull();
            if (slot.column.required)
                return rejectAt(record, int(i), reject,
                                QStringLiteral("missing required value (%1)").arg(slot.column.name));
            continue;
        }
        if (!convertCell(slot, text, cell, &reason))
            return rejectAt(record, int(i), reject, reason);
    }
    return validate(record, cells, reject);
}

bool RowConverter::validate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const
{
    auto at = [this](const char* name) { return slotOf(QLatin1String(name)); };
    switch (m_kind) {
    case DataKind::Surveys: {
        const int surveySlot = at("survey");
        const int scoreSlot = at("score");
        const QString survey = normaliseSurvey(cells[size_t(surveySlot)].text());
        if (survey.isEmpty())
            return rejectAt(record, surveySlot, reject,
                            QStringLiteral("unknown survey type (nps, csat or ces)"));
        cells[size_t(surveySlot)].setText(survey);
        Cell& score = cells[size_t(scoreSlot)];
        if (score.type == Cell::Text) {
            if (survey != QLatin1String("csat"))
                return rejectAt(record, scoreSlot, reject,
                                QStringLiteral("a yes/no answer is only a score for csat"));
            // Satisfied yes/no: yes counts as a 5 (satisfied), no as a 1.
            score.setReal(*values::parseBoolean(score.text()) ? 5 : 1);
        }
        double low = 0, high = 10;
        if (survey == QLatin1String("csat"))
            low = 1, high = 5;
        else if (survey == QLatin1String("ces"))
            low = 1, high = 7;
        if (score.d < low || score.d > high)
            return rejectAt(record, scoreSlot, reject,
                            QStringLiteral("%1 score out of range %2-%3").arg(survey).arg(low).arg(high));
        return true;
    }
    case DataKind::Tickets: {
        const int contacts = at("contacts");
        if (cells[size_t(contacts)].i < 0)
            return rejectAt(record, contacts, reject, QStringLiteral("contacts cannot be negative"));
        const Cell& created = cells[size_t(at("created_at"))];
        const Cell& resolved = cells[size_t(at("resolved_at"))];
        if (!resolved.isNull() && resolved.s < created.s)
            return rejectAt(record, at("resolved_at"), reject,
                            QStringLiteral("resolved before it was created (%1)").arg(created.text()));
        return true;
    }
    case DataKind::Subscriptions: {
        const int intervalSlot = at("interval");
        Cell& interval = cells[size_t(intervalSlot)];
        if (interval.isNull()) {
            interval.setText(QStringLiteral("month"));
        } else {
            const QString normalised = normaliseInterval(interval.text());
            if (normalised.isEmpty())
                return rejectAt(record, intervalSlot, reject,
                                QStringLiteral("unknown interval (month, year, week or day)"));
            interval.setText(normalised);
        }
        const int quantitySlot = at("quantity");
        Cell& quantity = cells[size_t(quantitySlot)];
        if (quantity.isNull())
            quantity.setReal(1);
        else if (quantity.d < 0)
            return rejectAt(record, quantitySlot, reject, QStringLiteral("quantity cannot be negative"));
        const Cell& start = cells[size_t(at("start_date"))];
        const Cell& end = cells[size_t(at("end_date"))];
        if (!end.isNull() && end.s < start.s)
            return rejectAt(record, at("end_date"), reject,
                            QStringLiteral("ends before it starts (%1)").arg(start.text()));
        return true;
    }
    case DataKind::Funnel: {
        for (const char* name : {"visitors", "conversions"}) {
            if (cells[size_t(at(name))].i < 0)
                return rejectAt(record, at(name), reject,
                                QStringLiteral("%1 cannot be negative").arg(QLatin1String(name)));
        }
        Cell& source = cells[size_t(at("source"))];
        if (source.isNull())
            source.setText(QString());
        return true;
    }
    case DataKind::Signups: {
        const Cell& signed_up = cells[size_t(at("signed_up_at"))];
        const Cell& activated = cells[size_t(at("activated_at"))];
        if (!activated.isNull() && activated.s < signed_up.s)
            return rejectAt(record, at("activated_at"), reject,
                            QStringLiteral("activated before signing up (%1)").arg(signed_up.text()));
        return true;
    }
    case DataKind::Accounts:
    case DataKind::Revenue:
    case DataKind::Orders:
    case DataKind::Costs:
    case DataKind::Renewals:
        break;
    }
    return true;
}

} // namespace tenure
