#include "RowConverter.h"

#include "Period.h"

#include <QDate>
#include <QRegularExpression>
#include <cmath>

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

// Renewal states of a pipeline that has no outcome yet.
bool isUpcomingRenewal(QStringView text)
{
    QString t;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            t += c.toLower();
    return t == QLatin1String("open") || t == QLatin1String("pending") || t == QLatin1String("upcoming") ||
           t == QLatin1String("inprogress") || t == QLatin1String("notyet") || t == QLatin1String("tbd") ||
           t == QLatin1String("due") || t == QLatin1String("atrisk") || t == QLatin1String("negotiation") ||
           t == QLatin1String("scheduled") || t == QLatin1String("unknown");
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

std::optional<QPair<QString, int>> parseBillingInterval(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    t.replace(u'_', u' ').replace(u'-', u' ');
    t = t.simplified();
    // ISO 8601 durations: P1M, P3M, P1Y, P2W, P30D.
    static const QRegularExpression iso(QStringLiteral("^p(\\d{1,3})([ymwd])$"));
    if (const auto m = iso.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar u = m.captured(2).at(0);
        if (n <= 0)
            return std::nullopt;
        const QString unit = u == u'y'   ? QStringLiteral("year")
                             : u == u'm' ? QStringLiteral("month")
                             : u == u'w' ? QStringLiteral("week")
                                         : QStringLiteral("day");
        return qMakePair(unit, n);
    }
    if (t.startsWith(QLatin1String("every ")))
        t = t.mid(6);
    else if (t.startsWith(QLatin1String("per ")))
        t = t.mid(4);
    int count = 1;
    static const QRegularExpression counted(QStringLiteral("^(\\d{1,3}) ?(.*)$"));
    if (const auto m = counted.match(t); m.hasMatch()) {
        count = m.captured(1).toInt();
        t = m.captured(2).trimmed();
        if (count <= 0)
            return std::nullopt;
    }
    auto in = [&t](std::initializer_list<const char*> words) {
        for (const char* w : words)
            if (t == QLatin1String(w))
                return true;
        return false;
    };
    auto result = [count](const char* unit, int units) {
        return std::optional<QPair<QString, int>>(qMakePair(QString::fromLatin1(unit), units * count));
    };
    if (in({"month", "months", "monthly", "mo", "mos", "mon", "m", "mth", "mths"}))
        return result("month", 1);
    if (in({"year", "years", "yearly", "annual", "annually", "yr", "yrs", "y", "a", "per annum",
            "12 months"}))
        return result("year", 1);
    if (in({"week", "weeks", "weekly", "wk", "wks", "w"}))
        return result("week", 1);
    if (in({"day", "days", "daily", "d"}))
        return result("day", 1);
    if (in({"quarter", "quarters", "quarterly", "q", "qtr", "qtrly"}))
        return result("month", 3);
    if (in({"semiannual", "semiannually", "semi annual", "semi annually", "half year", "half yearly",
            "halfyear", "halfyearly", "biannual", "biannually", "six months"}))
        return result("month", 6);
    if (in({"biweekly", "bi weekly", "fortnight", "fortnightly", "two weeks"}))
        return result("week", 2);
    if (in({"bimonthly", "bi monthly", "two months"}))
        return result("month", 2);
    if (in({"biennial", "biennially", "two years"}))
        return result("year", 2);
    return std::nullopt;
}

QString normaliseSubscriptionStatus(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    t.replace(u'_', u' ').replace(u'-', u' ');
    t = t.simplified();
    auto in = [&t](std::initializer_list<const char*> words) {
        for (const char* w : words)
            if (t == QLatin1String(w))
                return true;
        return false;
    };
    if (in({"active", "live", "current", "paying", "past due", "unpaid", "non renewing", "nonrenewing",
            "in dunning", "overdue", "renewing", "in force"}))
        return QStringLiteral("active");
    if (in({"canceled", "cancelled", "ended", "expired", "churned", "inactive", "terminated", "cancel",
            "closed"}))
        return QStringLiteral("canceled");
    if (in({"trialing", "trialling", "trial", "in trial", "free trial", "on trial"}))
        return QStringLiteral("trialing");
    if (in({"incomplete", "incomplete expired", "pending", "draft", "unpaid setup"}))
        return QStringLiteral("incomplete");
    if (in({"paused", "suspended", "on hold", "frozen"}))
        return QStringLiteral("paused");
    if (in({"future", "scheduled", "not started"}))
        return QStringLiteral("future");
    return {};
}

bool statusIsMrr(const QString& normalised)
{
    return normalised.isEmpty() || normalised == QLatin1String("active") ||
           normalised == QLatin1String("canceled");
}

bool stageIsWon(QStringView text)
{
    QString t;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            t += c.toLower();
    if (t == QLatin1String("closedwon") || t == QLatin1String("won") ||
        t == QLatin1String("closedwonbooked") || t == QLatin1String("wonclosed") ||
        t == QLatin1String("closedwondeal") || t == QLatin1String("booked"))
        return true;
    if (const auto b = values::parseBoolean(text))
        return *b;
    return false;
}

std::optional<double> parseSatisfaction(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("good") || t == QLatin1String("satisfied") || t == QLatin1String("positive") ||
        t == QLatin1String("happy") || t == QLatin1String("great") || t == QLatin1String("yes") ||
        t == QLatin1String("good, i'm satisfied") || t == QLatin1String("very satisfied"))
        return 5;
    if (t == QLatin1String("bad") || t == QLatin1String("dissatisfied") || t == QLatin1String("negative") ||
        t == QLatin1String("unhappy") || t == QLatin1String("no") ||
        t == QLatin1String("bad, i'm unsatisfied") || t == QLatin1String("very dissatisfied") ||
        t == QLatin1String("unsatisfied"))
        return 1;
    if (t == QLatin1String("neutral") || t == QLatin1String("okay") || t == QLatin1String("ok"))
        return 3;
    if (const auto n = values::parseNumber(text, NumberFormat::Dot)) {
        if (*n >= 1 && *n <= 5 && std::floor(*n) == *n)
            return *n;
    }
    return std::nullopt;
}

QString normaliseCurrency(QStringView text)
{
    return fx::codeOf(text);
}

void Cell::setText(QStringView v)
{
    type = Text;
    const qsizetype size = v.size();
    if (s.isDetached()) {
        s.resize(size);
        char* out = s.data();
        const char16_t* in = v.utf16();
        for (qsizetype i = 0; i < size; ++i) {
            if (in[i] >= 0x80) {
                s = v.toUtf8();
                return;
            }
            out[i] = char(in[i]);
        }
        return;
    }
    s = v.toUtf8();
}

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
                           const QStringList& headers, const CurrencyContext& currency)
    : m_kind(mapping.kind), m_money(currency), m_rateColumns(mapping.rateColumns()), m_headers(headers)
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
        if (column.type == ColumnType::Money)
            m_moneySlots.push_back(int(m_slots.size()));
        if (column.name == QLatin1String("currency"))
            m_currencySlot = int(m_slots.size());
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
        if (!value && isUpcomingRenewal(text)) {
            cell.setNull(); // no outcome yet
            return true;
        }
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
        reject->skipped = false;
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

bool RowConverter::convert(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject,
                           int part) const
{
    if (!m_rateColumns.isEmpty())
        return convertWideRate(record, cells, reject, part);
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
            if (slot.column.required && !mayBeEmpty(slot.column.name))
                return rejectAt(record, int(i), reject,
                                QStringLiteral("missing required value (%1)").arg(slot.column.name));
            continue;
        }
        if (!convertCell(slot, text, cell, &reason))
            return rejectAt(record, int(i), reject, reason);
    }
    return validate(record, cells, reject);
}

bool RowConverter::skip(const CsvRecord& record, int slot, ImportReject* reject, const QString& reason) const
{
    rejectAt(record, slot, reject, reason);
    if (reject)
        reject->skipped = true;
    return false;
}

bool RowConverter::convertWideRate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject,
                                   int part) const
{
    cells.assign(m_slots.size(), Cell());
    const int dateSlot = slotOf(QStringLiteral("date"));
    const Slot& date = m_slots[size_t(dateSlot)];
    const QStringView dateText =
        date.fileColumn >= 0 ? record.field(date.fileColumn).trimmed() : QStringView();
    QString reason;
    if (dateText.isEmpty())
        return rejectAt(record, dateSlot, reject, QStringLiteral("missing required value (date)"));
    if (!convertCell(date, dateText, cells[size_t(dateSlot)], &reason))
        return rejectAt(record, dateSlot, reject, reason);
    const int column = m_rateColumns.at(part);
    const QStringView text = record.field(column).trimmed();
    // The ECB writes N/A (or nothing) for a currency it did not quote that day.
    if (text.isEmpty() || text.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0 || text == u"-") {
        ++m_tallies.noRateQuoted;
        return skip(record, -1, reject, QStringLiteral("no rate quoted that day (N/A)"));
    }
    const auto rate = values::parseNumber(text, NumberFormat::Dot);
    if (!rate || !(*rate > 0)) {
        rejectAt(record, -1, reject, QStringLiteral("not a positive exchange rate"));
        if (reject) {
            reject->column = m_headers.value(column);
            reject->value = text.toString();
        }
        return false;
    }
    cells[size_t(m_currencySlot)].setText(m_headers.value(column).trimmed());
    cells[size_t(slotOf(QStringLiteral("rate")))].setReal(*rate);
    cells[size_t(slotOf(QStringLiteral("base")))].setText(QStringView(u"EUR"));
    cells[size_t(slotOf(QStringLiteral("per_base")))].setInt(1);
    return true;
}

bool RowConverter::validateRate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const
{
    Cell& currency = cells[size_t(m_currencySlot)];
    const QString code = fx::codeOf(currency.text(), m_money.workspace);
    if (code.isEmpty())
        return rejectAt(record, m_currencySlot, reject, QStringLiteral("not a currency code"));
    currency.setText(code);
    const int baseSlot = slotOf(QStringLiteral("base"));
    Cell& base = cells[size_t(baseSlot)];
    QString baseCode = m_money.workspace.isEmpty() ? QStringLiteral("USD") : m_money.workspace;
    if (!base.isNull()) {
        baseCode = fx::codeOf(base.text(), m_money.workspace);
        if (baseCode.isEmpty())
            return rejectAt(record, baseSlot, reject, QStringLiteral("not a currency code"));
    }
    base.setText(baseCode);
    if (baseCode == code)
        return rejectAt(record, baseSlot, reject, QStringLiteral("a rate from %1 to itself").arg(code));
    const int rateSlot = slotOf(QStringLiteral("rate"));
    const Cell& rate = cells[size_t(rateSlot)];
    if (!(rate.d > 0) || !std::isfinite(rate.d))
        return rejectAt(record, rateSlot, reject, QStringLiteral("not a positive exchange rate"));
    Cell& perBase = cells[size_t(slotOf(QStringLiteral("per_base")))];
    if (perBase.isNull())
        perBase.setInt(0);
    return true;
}

int RowConverter::rateCheckDay(const std::vector<Cell>& cells) const
{
    auto dayOf = [](const Cell& cell) {
        const QDate d = QDate::fromString(cell.text(), Qt::ISODate);
        return d.isValid() ? int(d.toJulianDay()) : -1;
    };
    auto monthEnd = [](const QDate& d) {
        return d.isValid() ? int(d.addDays(d.daysInMonth() - d.day()).toJulianDay()) : -1;
    };
    switch (m_kind) {
    case DataKind::Revenue: {
        const Cell& month = cells[size_t(slotOf(QStringLiteral("month")))];
        return monthEnd(QDate(int(month.i / 100), int(month.i % 100), 1));
    }
    case DataKind::Subscriptions:
        return monthEnd(
            QDate::fromString(cells[size_t(slotOf(QStringLiteral("start_date")))].text(), Qt::ISODate));
    case DataKind::Orders:
        return dayOf(cells[size_t(slotOf(QStringLiteral("ordered_at")))]);
    case DataKind::Costs:
        return dayOf(cells[size_t(slotOf(QStringLiteral("date")))]);
    case DataKind::Renewals:
        return dayOf(cells[size_t(slotOf(QStringLiteral("due_date")))]);
    default:
        return -1;
    }
}

bool RowConverter::resolveCurrency(const CsvRecord& record, std::vector<Cell>& cells,
                                   ImportReject* reject) const
{
    QString code;
    int codeSlot = -1;
    if (!cells[size_t(m_currencySlot)].isNull()) {
        code = fx::codeOf(cells[size_t(m_currencySlot)].text(), m_money.workspace);
        if (code.isEmpty())
            return rejectAt(record, m_currencySlot, reject, QStringLiteral("not a currency code"));
        codeSlot = m_currencySlot;
    }
    for (int slot : m_moneySlots) {
        const Slot& s = m_slots[size_t(slot)];
        if (s.fileColumn < 0 || cells[size_t(slot)].isNull())
            continue;
        const QStringView mark = fx::markIn(record.field(s.fileColumn));
        if (mark.isEmpty())
            continue;
        const QString c = fx::codeOf(mark, m_money.workspace);
        if (c.isEmpty())
            return rejectAt(record, slot, reject,
                            QStringLiteral("'%1' does not say which currency (add a currency column)")
                                .arg(mark.toString()));
        if (!code.isEmpty() && c != code)
            return rejectAt(record, slot, reject,
                            QStringLiteral("amount in %1, but %2 says %3")
                                .arg(c,
                                     codeSlot == m_currencySlot ? QStringLiteral("the currency column")
                                                                : QStringLiteral("another amount"),
                                     code));
        code = c;
        codeSlot = slot;
    }
    if (code.isEmpty())
        code = m_money.workspace;
    // Minor units ("cents") mean the currency's own: whole yen for a zero-decimal currency, mils
    // for a three-decimal one (stored as hundredths of a unit either way).
    if (code != m_decimalsCode) {
        m_decimalsCode = code;
        m_decimals = fx::decimals(code);
    }
    if (const int decimals = m_decimals; decimals != 2)
        for (int slot : m_moneySlots) {
            Cell& cell = cells[size_t(slot)];
            if (m_slots[size_t(slot)].format.minorUnits && cell.type == Cell::Int)
                cell.i = decimals == 0 ? cell.i * 100 : qint64(std::llround(double(cell.i) / 10.0));
        }
    Cell& currency = cells[size_t(m_currencySlot)];
    if (code == m_money.workspace) {
        // The workspace's own currency: the common case, nothing to check.
        if (m_money.workspace == m_money.home)
            currency.setNull();
        else
            currency.setText(m_money.workspace);
        return true;
    }
    if (const int day = rateCheckDay(cells); day >= 0) {
        if (!m_money.rates || !m_money.rates->convert(code, m_money.workspace, day)) {
            ++m_tallies.currencies[code];
            return rejectAt(
                record, codeSlot >= 0 ? codeSlot : m_moneySlots.front(), reject,
                QStringLiteral("no exchange rate from %1 to %2 on or before %3 (import the rates "
                               "as fx_rates first)")
                    .arg(code, m_money.workspace, QDate::fromJulianDay(day).toString(Qt::ISODate)));
        }
    }
    ++m_tallies.converted[code];
    if (code == m_money.home)
        currency.setNull();
    else
        currency.setText(code);
    return true;
}

bool RowConverter::validate(const CsvRecord& record, std::vector<Cell>& cells, ImportReject* reject) const
{
    auto at = [this](const char* name) { return slotOf(QLatin1String(name)); };
    if (m_kind == DataKind::FxRates)
        return validateRate(record, cells, reject);
    if (m_currencySlot >= 0 && !m_moneySlots.empty() && !m_money.workspace.isEmpty() &&
        !resolveCurrency(record, cells, reject))
        return false;
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
        // A rating that is no answer ("offered", "unoffered") is kept as no rating.
        Cell& satisfaction = cells[size_t(at("satisfaction"))];
        if (!satisfaction.isNull()) {
            if (const auto score = parseSatisfaction(satisfaction.text())) {
                satisfaction.setReal(*score);
            } else {
                ++m_tallies.unreadRatings;
                satisfaction.setNull();
            }
        }
        return true;
    }
    case DataKind::Subscriptions:
        return validateSubscription(record, cells, reject);
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
    case DataKind::Orders: {
        // CRM deal exports: only closed-won deals are bookings.
        const int stageSlot = at("stage");
        const Cell& stage = cells[size_t(stageSlot)];
        if (!stage.isNull() && !stageIsWon(stage.text()))
            return skip(record, stageSlot, reject, QStringLiteral("deals not closed-won"));
        return true;
    }
    case DataKind::Accounts:
    case DataKind::Revenue:
    case DataKind::Costs:
    case DataKind::Renewals:
    case DataKind::FxRates:
        break;
    }
    return true;
}

bool RowConverter::validateSubscription(const CsvRecord& record, std::vector<Cell>& cells,
                                        ImportReject* reject) const
{
    auto at = [this](const char* name) { return size_t(slotOf(QLatin1String(name))); };
    // Interval: a unit and a count (Stripe interval_count, Chargebee billing_period).
    Cell& interval = cells[at("interval")];
    Cell& count = cells[at("interval_count")];
    QString unit = QStringLiteral("month");
    int units = 1;
    if (!interval.isNull()) {
        const auto parsed = parseBillingInterval(interval.text());
        if (!parsed)
            return rejectAt(
                record, int(at("interval")), reject,
                QStringLiteral("unknown interval (month, quarter, year, week, day, \"every 3 months\", "
                               "biweekly, ...)"));
        unit = parsed->first;
        units = parsed->second;
    }
    if (!count.isNull()) {
        if (count.i <= 0 || count.i > 1000)
            return rejectAt(record, int(at("interval_count")), reject,
                            QStringLiteral("the interval count must be a whole number from 1"));
        units *= int(count.i);
    }
    interval.setText(unit);
    count.setInt(units);

    Cell& quantity = cells[at("quantity")];
    if (quantity.isNull())
        quantity.setReal(1);
    else if (quantity.d < 0)
        return rejectAt(record, int(at("quantity")), reject, QStringLiteral("quantity cannot be negative"));
    // The amount per interval for all units: Chargebee's total as it is, else unit price x quantity.
    Cell& amount = cells[at("amount")];
    const Cell& total = cells[at("total_amount")];
    if (!total.isNull())
        amount.setInt(total.i);
    else if (amount.isNull())
        return rejectAt(record, int(at("amount")), reject, QStringLiteral("missing required value (amount)"));
    else
        amount.setInt(qint64(std::llround(double(amount.i) * quantity.d)));

    const Cell& start = cells[at("start_date")];
    const Cell& end = cells[at("end_date")];
    if (!end.isNull() && end.s < start.s)
        return rejectAt(record, int(at("end_date")), reject,
                        QStringLiteral("ends before it starts (%1)").arg(start.text()));

    Cell& status = cells[at("status")];
    if (!status.isNull()) {
        const QString normalised = normaliseSubscriptionStatus(status.text());
        if (normalised.isEmpty())
            return rejectAt(
                record, int(at("status")), reject,
                QStringLiteral("unknown subscription status (active, past_due, canceled, trialing, "
                               "incomplete, paused, future, ...)"));
        if (normalised == QLatin1String("canceled") && end.isNull())
            return rejectAt(
                record, int(at("status")), reject,
                QStringLiteral("canceled, but the row has no end date; cannot tell when it ended"));
        if (!statusIsMrr(normalised))
            ++m_tallies.notMrr;
        status.setText(normalised);
    }

    // Cross-check against the export's own MRR column (Chargebee's mrr), to a cent per unit of scale.
    const Cell& mrr = cells[at("mrr")];
    if (!mrr.isNull() && statusIsMrr(status.isNull() ? QString() : status.text())) {
        const double computed = double(amount.i) * monthlyFactor(unit) / units;
        if (std::abs(computed - double(mrr.i)) > std::max(1.0, std::abs(double(mrr.i)) * 0.005)) {
            if (m_tallies.mrrDisagreements++ == 0)
                m_tallies.mrrExample = QStringLiteral("line %1: %2 per month from amount and interval, the "
                                                      "file's mrr says %3")
                                           .arg(record.line())
                                           .arg(computed / 100.0, 0, 'f', 2)
                                           .arg(double(mrr.i) / 100.0, 0, 'f', 2);
        }
    }
    return true;
}

} // namespace tenure
