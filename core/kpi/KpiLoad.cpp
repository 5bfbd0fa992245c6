#include "kpi/KpiLoad.h"
#include "kpi/RevenueHandOver.h"

#include "Fx.h"
#include "Workspace.h"
#include "kpi/KpiSnapshot.h"

#include <QElapsedTimer>

#include "store/Db.h"

#include <QFile>

#include <cmath>
#include <ctime>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace tenure::kpidata {

bool parseDayBytes(const char* t, int size, int* julianDay, MonthIndex* month)
{
    if (size < 10 || t[4] != '-' || t[7] != '-')
        return false;
    int v[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8}, count[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f)
        for (int i = from[f]; i < from[f] + count[f]; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            v[f] = v[f] * 10 + (t[i] - '0');
        }
    const int y = v[0], m = v[1], d = v[2];
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1] + (m == 2 && leap ? 1 : 0))
        return false;
    // Days from the civil date (proleptic Gregorian), as QDate::toJulianDay() counts them.
    const int yy = y - (m <= 2 ? 1 : 0);
    const int era = (yy >= 0 ? yy : yy - 399) / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *julianDay = era * 146097 + doe - 719468 + 2440588;
    *month = monthIndex(y, m);
    return true;
}

bool parseDay(const QString& text, int* julianDay, MonthIndex* month)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return false;
    auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit())
                return -1;
            v = v * 10 + c.digitValue();
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    const QDate date(y, m, d);
    if (!date.isValid())
        return false;
    *julianDay = int(date.toJulianDay());
    *month = monthIndex(y, m);
    return true;
}

namespace {

// The first read that failed on this thread's load: on PostgreSQL every later one fails with
// "current transaction is aborted", which says nothing.
thread_local QString firstReadError;

// A read on the connection's raw handle: the loader reads ~2 million rows, and QSqlQuery's
// per-value QVariants cost seconds there. Days are parsed once per distinct value.

class Stmt : public db::Cursor
{
public:
    Stmt(const db::Connection& db, const char* sql) : db::Cursor(db, sql)
    {
        if (!ok() && firstReadError.isEmpty())
            firstReadError = error();
    }

    bool day(int i, int* julianDay, MonthIndex* month)
    {
        if (isNull(i))
            return false;
        int size = 0;
        const char* t = text(i, &size);
        if (size < 10)
            return false;
        // A few thousand distinct days over a million rows: remember the parsed ones.
        quint64 head = 0;
        quint16 tail = 0;
        std::memcpy(&head, t, 8);
        std::memcpy(&tail, t + 8, 2);
        DayEntry& e = m_days[size_t((head * 0x9E3779B97F4A7C15ull + tail) >> 52)];
        if (e.valid && e.head == head && e.tail == tail) {
            *julianDay = e.julianDay;
            *month = e.month;
            return true;
        }
        if (!parseDayBytes(t, size, julianDay, month))
            return false;
        e = DayEntry{head, tail, true, *julianDay, *month};
        return true;
    }

private:
    struct DayEntry
    {
        quint64 head = 0;
        quint16 tail = 0;
        bool valid = false;
        int julianDay = 0;
        MonthIndex month = 0;
    };
    std::vector<DayEntry> m_days = std::vector<DayEntry>(4096);
};

int accountOf(const Store& s, const Stmt& q, int column)
{
    if (q.isNull(column))
        return -1;
    return s.indexOfId(q.int64(column));
}

// Orders of these types count as expansion revenue: add-on, upsell, cross-sell (any spelling).
bool isAddOnType(const QString& type)
{
    QString t;
    for (const QChar c : type)
        if (c.isLetter())
            t += c.toLower();
    return t == QLatin1String("addon") || t == QLatin1String("upsell") || t == QLatin1String("crosssell") ||
           t == QLatin1String("addons") || t == QLatin1String("upsells") || t == QLatin1String("crosssells");
}

// Trims ASCII white space off a byte range (values as stored may carry it).
void trimBytes(const char*& t, int& size)
{
    while (size > 0 && (*t == ' ' || *t == '\t'))
        ++t, --size;
    while (size > 0 && (t[size - 1] == ' ' || t[size - 1] == '\t'))
        --size;
}

// Interns attribute values: the same text always gets the same index into `values`.
class ValueInterner
{
public:
    int intern(const char* t, int size, QStringList& values)
    {
        trimBytes(t, size);
        if (size == 0)
            return -1;
        // Consecutive rows mostly repeat the value (an account's months, a sorted attribute).
        if (m_last >= 0 && m_lastText.size() == size_t(size) &&
            std::memcmp(m_lastText.data(), t, size_t(size)) == 0)
            return m_last;
        m_lastText.assign(t, size_t(size));
        auto it = m_index.find(m_lastText);
        if (it == m_index.end()) {
            it = m_index.emplace(m_lastText, int(values.size())).first;
            values << QString::fromUtf8(t, size);
        }
        m_last = it->second;
        return m_last;
    }

    // A value already in the list at `index`.
    void know(const std::string& text, int index) { m_index.emplace(text, index); }

private:
    std::unordered_map<std::string, int> m_index;
    std::string m_lastText;
    int m_last = -1;
};

void loadAccounts(const db::Connection& db, Store& s)
{
    static const char* const builtIn[] = {"plan", "region", "industry", "size", "owner"};
    s.attributes.clear();
    for (const char* name : builtIn) {
        Attribute a;
        a.name = QString::fromLatin1(name);
        s.attributes.push_back(a);
    }
    std::vector<ValueInterner> interners(5);
    {
        Stmt count(db, "SELECT count(*) FROM accounts");
        const qint64 n = count.next() ? count.int64(0) : 0;
        s.accounts.reserve(size_t(n));
        s.accountIndex.reserve(n);
    }
    Stmt q(db, "SELECT id, account_key, name, plan, region, industry, size, owner FROM accounts ORDER BY id");
    while (q.next()) {
        const int index = int(s.accounts.size());
        AccountRec rec{q.int64(0), q.string(1), q.string(2)};
        s.accountIndex.insert(rec.id, index);
        s.accounts.push_back(std::move(rec));
        for (int i = 0; i < 5; ++i) {
            Attribute& a = s.attributes[size_t(i)];
            int size = 0;
            const char* t = q.text(3 + i, &size);
            a.value.push_back(interners[size_t(i)].intern(t, size, a.values));
        }
    }
    qint64 maxId = 0;
    for (const AccountRec& rec : s.accounts)
        maxId = std::max(maxId, rec.id);
    if (maxId <= 4 * qint64(s.accounts.size()) + 1024) {
        s.accountById.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < s.accounts.size(); ++i)
            if (s.accounts[i].id >= 0)
                s.accountById[size_t(s.accounts[i].id)] = int(i);
    }
    // Custom attributes, alphabetical.
    Stmt c(db, "SELECT attribute, account_id, value FROM account_attributes ORDER BY attribute, account_id");
    int current = -1;
    std::string currentName;
    bool skipping = false;
    ValueInterner values;
    while (c.next()) {
        int nameSize = 0;
        const char* nameText = c.text(0, &nameSize);
        if ((current < 0 && !skipping) || currentName != std::string_view(nameText, size_t(nameSize))) {
            const QString name = QString::fromUtf8(nameText, nameSize);
            currentName.assign(nameText, size_t(nameSize));
            // A custom column named like a built-in one would be ambiguous; the built-in wins.
            const int existing = s.attributeIndex(name);
            skipping = existing >= 0 && existing < 5;
            current = -1;
            if (skipping)
                continue;
            Attribute a;
            a.name = name;
            a.custom = true;
            a.value.assign(s.accounts.size(), -1);
            s.attributes.push_back(a);
            current = int(s.attributes.size()) - 1;
            values = ValueInterner();
        }
        if (skipping || current < 0)
            continue;
        const int account = accountOf(s, c, 1);
        if (account < 0)
            continue;
        int size = 0;
        const char* t = c.text(2, &size);
        Attribute& a = s.attributes[size_t(current)];
        if (const int v = values.intern(t, size, a.values); v >= 0)
            a.value[size_t(account)] = v;
    }
}

// Sorts an attribute's values and remaps the indices.
// Returns the map from old to new value indices, for other arrays that hold them.
std::vector<int> sortValues(Attribute& a)
{
    QStringList sorted = a.values;
    std::sort(sorted.begin(), sorted.end());
    QHash<QString, int> position;
    for (int i = 0; i < sorted.size(); ++i)
        position.insert(sorted.at(i), i);
    std::vector<int> remap(size_t(a.values.size()));
    for (int i = 0; i < a.values.size(); ++i)
        remap[size_t(i)] = position.value(a.values.at(i));
    for (int& v : a.value)
        if (v >= 0)
            v = remap[size_t(v)];
    a.values = sorted;
    return remap;
}

// Converts amounts (hundredths of their currency) into the store's currency at the rate of a day,
// remembering each (currency, day) it has looked up: a loader converts many rows in few currencies.
// One per thread.
class MoneyConverter
{
public:
    explicit MoneyConverter(const Store& s) : m_rates(s.fxRates), m_to(s.currency)
    {
        const QString home = s.homeCurrency.isEmpty() ? s.currency : s.homeCurrency;
        m_homeIndex = home == m_to ? -1 : intern(home);
    }
    // -1: the amount needs no conversion (the store's currency), else an index for convert().
    int currencyOf(const char* code, int size)
    {
        if (size <= 0) // stored without a code: the home currency
            return m_homeIndex;
        const QString c = QString::fromLatin1(code, size);
        return c == m_to ? -1 : intern(c);
    }
    // false: no rate on or before that day.
    bool convert(int currency, int julianDay, double* hundredths)
    {
        if (currency < 0)
            return true;
        const quint64 key = (quint64(quint32(currency)) << 32) | quint32(julianDay);
        auto it = m_factors.find(key);
        if (it == m_factors.end()) {
            std::optional<fx::Conversion> c;
            if (m_rates)
                c = m_rates->convert(m_codes.at(currency), m_to, julianDay);
            it = m_factors.emplace(key, c ? c->factor : -1.0).first;
        }
        if (it->second < 0)
            return false;
        *hundredths = double(fx::FxRates::apply(qint64(std::llround(*hundredths)), it->second, m_to));
        return true;
    }

private:
    int intern(const QString& code)
    {
        const qsizetype at = m_codes.indexOf(code);
        if (at >= 0)
            return int(at);
        m_codes << code;
        return int(m_codes.size() - 1);
    }
    const fx::FxRates* m_rates;
    QString m_to;
    int m_homeIndex = -1;
    QStringList m_codes;
    std::unordered_map<quint64, double> m_factors;
};

// The Julian day of a month's last day (MRR is converted at it).
int monthEndDay(MonthIndex month)
{
    return int(lastDayOf(month).toJulianDay());
}

struct SubRow
{
    int account;
    MonthIndex from;
    MonthIndex until; // first month not active; INT_MAX when open
    double amount;    // per billing interval, in hundredths of its currency
    double factor;    // months per interval unit (monthlyFactor) ...
    double count;     // ... and intervals per bill
    int currency;     // MoneyConverter index, -1: in the store's currency
    double monthly(double perInterval) const { return perInterval * factor / count; }
};

struct RevenueRow
{
    int account;
    MonthIndex month;
    double mrr;
    int plan; // index into the plan attribute's values, -1 = none
};

// One pass over the revenue table (no separate min/max or count scans: the table is the biggest).
void readRevenue(const db::Connection& db, Store& s, std::vector<RevenueRow>& rows, Range& range)
{
    Attribute& plan = s.attributes[0];
    ValueInterner planIndex;
    for (int i = 0; i < plan.values.size(); ++i)
        planIndex.know(plan.values.at(i).toUtf8().toStdString(), i);
    qint64 lastId = std::numeric_limits<qint64>::min();
    int account = -1;
    int lastMonth = -1;
    MonthIndex lastIndex = 0;
    MoneyConverter money(s);
    s.revenueMonths = Range();
    // One stored row. The plan and the currency are resolved only for the rows of known accounts
    // (plans are interned in first-met order, as the table's order meets them).
    auto add = [&](qint64 id, int month, double mrr, auto planOfRow, auto currencyOfRow) {
        if (month != lastMonth) {
            lastMonth = month;
            lastIndex = fromYyyymm(month);
        }
        s.revenueMonths.add(lastIndex);
        if (id != lastId) {
            lastId = id;
            account = s.indexOfId(id);
        }
        if (account < 0)
            return;
        const int p = planOfRow();
        if (const int currency = currencyOfRow();
            currency >= 0 && !money.convert(currency, monthEndDay(lastIndex), &mrr)) {
            ++s.unconvertedMrr;
            return;
        }
        range.add(lastIndex);
        rows.push_back({account, lastIndex, mrr, p});
    };
    if (s.revenueHandOver) {
        // The rows as the import just wrote them, in the table's order, each text value's plan and
        // currency looked up once.
        const RevenueTable& table = *s.revenueHandOver;
        static constexpr int Unknown = std::numeric_limits<int>::min();
        std::vector<int> planOf, currencyOf;
        auto once = [&table](std::vector<int>& known, int text, auto resolve) {
            if (known.size() <= size_t(text))
                known.resize(size_t(text) + 1, Unknown);
            int& value = known[size_t(text)];
            if (value == Unknown)
                value = resolve(table.text(text));
            return value;
        };
        for (const RevenueTable::Row& row : table.rows())
            add(
                row.accountId, row.month, row.mrr,
                [&] {
                    return row.plan < 0 ? -1 : once(planOf, row.plan, [&](const QByteArray& text) {
                        return planIndex.intern(text.constData(), int(text.size()), plan.values);
                    });
                },
                [&] {
                    return row.currency < 0 ? money.currencyOf(nullptr, 0)
                                            : once(currencyOf, row.currency, [&](const QByteArray& text) {
                                                  return money.currencyOf(text.constData(), int(text.size()));
                                              });
                });
        return;
    }
    Stmt q(db, "SELECT account_id, month, mrr, plan, currency FROM revenue ORDER BY account_id, month");
    while (q.next())
        add(
            q.int64(0), int(q.int64(1)), q.real(2),
            [&] {
                int size = 0;
                const char* text = q.text(3, &size);
                return size > 0 ? planIndex.intern(text, size, plan.values) : -1;
            },
            [&] {
                int size = 0;
                const char* code = q.text(4, &size);
                return money.currencyOf(code, size);
            });
}

MonthIndex monthOfJulianDay(int julianDay)
{
    return monthIndexOf(QDate::fromJulianDay(julianDay));
}

// The latest date the billing data speaks of: the as-of date of the latest revenue or
// subscriptions import (the day its export was taken), or a later month in the data itself.
// End dates count as data when no import says when the export was taken (rows written by other
// means), else only those up to that day: a cancellation scheduled for next year is no data yet.
MonthIndex dataAsOf(const db::Connection& db, const Range& billing, const std::vector<MonthIndex>& endMonths,
                    bool* valid)
{
    Range data = billing;
    Stmt q(db, "SELECT max(coalesce(as_of, substr(imported_at, 1, 10))) FROM import_batches "
               "WHERE kind IN ('revenue', 'subscriptions')");
    int day = 0;
    MonthIndex batchMonth = 0;
    const bool fromBatch = q.next() && q.day(0, &day, &batchMonth);
    if (fromBatch)
        data.add(batchMonth);
    for (MonthIndex end : endMonths)
        if (!fromBatch || end <= batchMonth)
            data.add(end);
    *valid = data.valid;
    return data.valid ? data.last : 0;
}

void loadMrr(const db::Connection& db, Store& s)
{
    Range range;
    std::vector<RevenueRow> revenue;
    revenue.reserve(size_t(1) << 16);
    readRevenue(db, s, revenue, range);
    Range billing = range; // months the billing data speaks of (not the future end dates)

    // Subscriptions: each version of one subscription (one per snapshot that changed it) is
    // active from the later of its start, its valid_from and its trial end, until the next
    // version's valid_from or the end date the latest version gives. Months count when the
    // subscription is active on their last day.
    struct Version
    {
        int account;
        int validFromDay; // 0 for the first version (from the start)
        int beginDay;
        int endDay;                   // exclusive; INT_MAX when open
        double amount, factor, count; // as SubRow
        bool mrr;
        int currency; // MoneyConverter index, -1: the store's currency
    };
    MoneyConverter money(s);
    constexpr int Open = std::numeric_limits<int>::max();
    std::vector<Version> versions;
    std::vector<MonthIndex> endMonths;
    {
        Stmt q(db,
               "SELECT row_key, valid_from, account_id, start_date, end_date, amount, interval, "
               "interval_count, status, trial_end, currency FROM subscriptions ORDER BY row_key, valid_from");
        QByteArray lastKey;
        size_t groupBegin = 0;
        int latestEnd = Open;
        auto closeGroup = [&]() {
            // The latest snapshot's end date ends every version; each version ends where the next begins.
            for (size_t i = groupBegin; i < versions.size(); ++i) {
                const int next = i + 1 < versions.size() ? versions[i + 1].validFromDay : Open;
                versions[i].endDay = std::min(latestEnd, next);
            }
        };
        while (q.next()) {
            int size = 0;
            const char* text = q.text(0, &size);
            if (QByteArrayView(text, size) != QByteArrayView(lastKey)) {
                closeGroup();
                groupBegin = versions.size();
                lastKey = QByteArray(text, size);
                latestEnd = Open;
            }
            const int account = accountOf(s, q, 2);
            int startDay = 0, fromDay = 0, trialDay = 0, endDay = 0;
            MonthIndex startMonth = 0, m = 0;
            if (account < 0 || !q.day(3, &startDay, &startMonth))
                continue;
            int beginDay = startDay;
            if (q.day(1, &fromDay, &m))
                beginDay = std::max(beginDay, fromDay);
            else
                fromDay = 0;
            if (q.day(9, &trialDay, &m))
                beginDay = std::max(beginDay, trialDay);
            latestEnd = q.day(4, &endDay, &m) ? endDay : Open;
            if (latestEnd != Open)
                endMonths.push_back(m);
            billing.add(startMonth);
            const double count = double(std::max<qint64>(1, q.isNull(7) ? 1 : q.int64(7)));
            int statusSize = 0;
            const char* status = q.text(8, &statusSize);
            const std::string_view st(status, size_t(statusSize));
            const bool mrr = q.isNull(8) || st == "active" || st == "canceled";
            int codeSize = 0;
            const char* code = q.text(10, &codeSize);
            versions.push_back({account, fromDay, beginDay, Open, q.real(5), monthlyFactor(q.string(6)),
                                count, mrr, money.currencyOf(code, codeSize)});
        }
        closeGroup();
    }

    // The as-of month: asked for (setting or command line), else what the data says.
    bool hasDataAsOf = false;
    const MonthIndex fromData = dataAsOf(db, billing, endMonths, &hasDataAsOf);
    if (s.requestedAsOf) {
        s.asOf = *s.requestedAsOf;
        s.hasAsOf = true;
    } else {
        s.asOf = fromData;
        s.hasAsOf = hasDataAsOf;
        s.asOfOrigin = AsOfFromData;
    }

    std::vector<SubRow> subs;
    subs.reserve(versions.size());
    for (const Version& v : versions) {
        if (!v.mrr || v.endDay <= v.beginDay)
            continue;
        const MonthIndex from = monthOfJulianDay(v.beginDay);
        const bool open = v.endDay == Open;
        const MonthIndex until = open ? std::numeric_limits<int>::max() : monthOfJulianDay(v.endDay);
        if (!open && until <= from)
            continue;
        range.add(from);
        if (!open)
            range.add(until); // the month it ended in is data too (the account churned there)
        else if (s.hasAsOf)
            range.add(s.asOf); // an active subscription counts through the as-of month
        subs.push_back({v.account, from, until, v.amount, v.factor, v.count, v.currency});
    }
    // No value past the as-of month.
    if (range.valid && s.hasAsOf) {
        if (range.first > s.asOf)
            range = Range();
        else
            range.last = std::min(range.last, s.asOf);
    }

    s.mrrRange = range;
    s.months = range.valid ? range.last - range.first + 1 : 0;
    s.mrr.assign(s.accounts.size() * size_t(s.months), 0.0);
    s.revenuePlan.clear();
    if (!range.valid)
        return;
    const bool hasPlan =
        std::any_of(revenue.begin(), revenue.end(), [](const RevenueRow& r) { return r.plan >= 0; });
    if (hasPlan)
        s.revenuePlan.assign(s.mrr.size(), -1);
    for (const RevenueRow& r : revenue) {
        if (r.month < range.first || r.month > range.last)
            continue;
        const size_t at = size_t(r.account) * size_t(s.months) + size_t(r.month - range.first);
        s.mrr[at] += r.mrr;
        if (hasPlan && r.plan >= 0)
            s.revenuePlan[at] = r.plan;
    }
    for (const SubRow& sub : subs) {
        const MonthIndex last =
            std::min(range.last, sub.until == std::numeric_limits<int>::max() ? range.last : sub.until - 1);
        for (MonthIndex m = std::max(sub.from, range.first); m <= last; ++m) {
            // The amount billed, converted at the month's last rate (when foreign), then per month.
            double amount = sub.amount;
            if (!money.convert(sub.currency, monthEndDay(m), &amount)) {
                ++s.unconvertedMrr;
                continue;
            }
            s.mrr[size_t(sub.account) * size_t(s.months) + size_t(m - range.first)] += sub.monthly(amount);
        }
    }
}

// The survey type as stored, any case, blanks around: nps, csat or ces; -1 otherwise.
int surveyTypeOf(const char* t, int size)
{
    trimBytes(t, size);
    if (size < 3 || size > 4)
        return -1;
    char lower[4];
    for (int i = 0; i < size; ++i)
        lower[i] = char(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
    const std::string_view type(lower, size_t(size));
    if (type == "nps")
        return Nps;
    if (type == "csat")
        return Csat;
    if (type == "ces")
        return Ces;
    return -1;
}

// Every kind but revenue and subscriptions. Only reads the account index of s, so it can run on
// another thread (with its own connection) while the revenue is read.
void loadEvents(const db::Connection& db, Store& s)
{
    MoneyConverter money(s);
    // An amount of a dated row in the store's currency; false (counted) when there is no rate.
    auto convertAt = [&](const Stmt& q, int codeColumn, int julianDay, double* hundredths) {
        int size = 0;
        const char* code = q.text(codeColumn, &size);
        const int currency = money.currencyOf(code, size);
        if (currency >= 0 && !money.convert(currency, julianDay, hundredths)) {
            ++s.unconvertedEvents;
            return false;
        }
        return true;
    };
    {
        Stmt q(db, "SELECT id, account_id, responded_at, survey, score FROM surveys ORDER BY id");
        while (q.next()) {
            SurveyRec rec;
            int size = 0;
            const char* text = q.text(3, &size); // sets size: keep it a statement of its own
            const int type = surveyTypeOf(text, size);
            if (type < 0)
                continue;
            rec.type = SurveyType(type);
            if (!q.day(2, &rec.day, &rec.month))
                continue;
            rec.rowId = q.int64(0);
            rec.account = accountOf(s, q, 1);
            rec.score = q.real(4);
            s.surveyRange[rec.type].add(rec.month);
            s.surveys.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT id, account_id, created_at, resolved_at, contacts, satisfaction FROM tickets "
                   "ORDER BY id");
        while (q.next()) {
            TicketRec rec;
            if (!q.day(2, &rec.createdDay, &rec.createdMonth))
                continue;
            rec.rowId = q.int64(0);
            rec.account = accountOf(s, q, 1);
            if (!q.day(3, &rec.resolvedDay, &rec.resolvedMonth))
                rec.resolvedDay = -1;
            else
                s.resolvedRange.add(rec.resolvedMonth);
            rec.contacts = int(q.int64(4));
            s.tickets.push_back(rec);
            // A satisfaction rating on a ticket is a CSAT answer, given when the ticket was solved.
            if (!q.isNull(5)) {
                SurveyRec answer;
                answer.type = Csat;
                answer.account = rec.account;
                answer.day = rec.resolvedDay >= 0 ? rec.resolvedDay : rec.createdDay;
                answer.month = rec.resolvedDay >= 0 ? rec.resolvedMonth : rec.createdMonth;
                answer.score = q.real(5);
                answer.rowId = -rec.rowId; // negative: a ticket's rating, not a surveys row
                s.surveyRange[Csat].add(answer.month);
                s.surveys.push_back(answer);
            }
        }
    }
    {
        Stmt q(db, "SELECT id, account_id, signed_up_at, activated_at FROM signups ORDER BY id");
        while (q.next()) {
            SignupRec rec;
            if (!q.day(2, &rec.day, &rec.month))
                continue;
            rec.rowId = q.int64(0);
            rec.account = accountOf(s, q, 1);
            MonthIndex ignored = 0;
            if (!q.day(3, &rec.activatedDay, &ignored))
                rec.activatedDay = -1;
            s.signupRange.add(rec.month);
            s.signups.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT id, account_id, ordered_at, amount, type, currency FROM orders ORDER BY id");
        while (q.next()) {
            OrderRec rec;
            if (!q.day(2, &rec.day, &rec.month))
                continue;
            rec.rowId = q.int64(0);
            rec.account = accountOf(s, q, 1);
            rec.amount = q.real(3);
            if (!convertAt(q, 5, rec.day, &rec.amount))
                continue;
            rec.addOn = isAddOnType(q.string(4));
            s.orderRange.add(rec.month);
            if (rec.addOn)
                s.addOnRange.add(rec.month);
            s.orders.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT date, visitors, conversions FROM funnel ORDER BY date, source");
        while (q.next()) {
            FunnelRec rec;
            if (!q.day(0, &rec.day, &rec.month))
                continue;
            rec.visitors = q.real(1);
            rec.conversions = q.real(2);
            s.funnelRange.add(rec.month);
            s.funnel.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT date, amount, currency FROM costs ORDER BY id");
        while (q.next()) {
            CostRec rec;
            if (!q.day(0, &rec.day, &rec.month))
                continue;
            rec.amount = q.real(1);
            if (!convertAt(q, 2, rec.day, &rec.amount))
                continue;
            s.costRange.add(rec.month);
            s.costs.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT account_id, due_date, renewed, arr_before, arr_after, currency FROM renewals "
                   "ORDER BY account_id, due_date");
        while (q.next()) {
            RenewalRec rec;
            if (!q.day(1, &rec.day, &rec.month))
                continue;
            rec.account = accountOf(s, q, 0);
            rec.pending = q.isNull(2); // upcoming: no outcome yet
            rec.renewed = !rec.pending && q.int64(2) != 0;
            rec.arrBefore = q.real(3);
            rec.arrAfter = rec.renewed ? q.real(4) : 0.0;
            if (!convertAt(q, 5, rec.day, &rec.arrBefore) || !convertAt(q, 5, rec.day, &rec.arrAfter))
                continue;
            if (!rec.pending)
                s.renewalRange.add(rec.month);
            s.renewals.push_back(rec);
        }
    }
}

} // namespace

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 dataVersionOf(const db::Connection& db)
{
    Stmt q(db, "SELECT value FROM settings WHERE key = 'data_version'");
    return q.next() ? q.int64(0) : 0;
}

// A read-only connection of its own to the workspace file, for the loader thread (a connection is
// not shared between threads).
class ReadConnection
{
public:
    explicit ReadConnection(const QString& path)
    {
        if (path.isEmpty() || path == QLatin1String(":memory:"))
            return;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_busy_timeout(m_db, 5000);
        // Pages mapped rather than copied in by pread: the loader reads most of the file once.
        sqlite3_exec(m_db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    }
    ~ReadConnection() { sqlite3_close(m_db); }
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;
    db::Connection connection() const { return db::Connection(m_db); }
    bool isOpen() const { return m_db != nullptr; }

private:
    sqlite3* m_db = nullptr;
};

// Sorts every attribute's values; the revenue rows' plan indices follow the plan attribute's order.
void sortAttributes(Store& s)
{
    for (Attribute& a : s.attributes) {
        const std::vector<int> remap = sortValues(a);
        if (&a == &s.attributes[0]) // the plans of the revenue rows index the plan values too
            for (int& v : s.revenuePlan)
                if (v >= 0)
                    v = remap[size_t(v)];
    }
}

} // namespace

namespace {
bool loadData(Workspace& workspace, Store& s, std::optional<MonthIndex> asOfOverride);
}

std::optional<MonthIndex> asOfSetting(const Workspace& workspace)
{
    const QString text = workspace.setting(QStringLiteral("as_of")).toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return parseAsOf(text);
}

std::optional<MonthIndex> parseAsOf(const QString& text)
{
    const QString t = text.trimmed();
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return monthIndexOf(date);
}

bool load(Workspace& workspace, Store& s, std::optional<MonthIndex> asOfOverride)
{
    const bool fromSnapshot = loadData(workspace, s, asOfOverride);
    s.grossMargin = workspace.grossMarginPercent();
    s.healthConfigJson = workspace.setting(QStringLiteral("health_config")).toString();
    return fromSnapshot;
}

namespace {

bool loadData(Workspace& workspace, Store& s, std::optional<MonthIndex> asOfOverride)
{
    s = Store();
    const std::optional<MonthIndex> setting = asOfSetting(workspace);
    s.requestedAsOf = asOfOverride ? asOfOverride : setting;
    const int origin = asOfOverride ? AsOfFromCommandLine : setting ? AsOfFromSetting : AsOfFromData;
    QElapsedTimer timer;
    timer.start();
    const bool trace = qEnvironmentVariableIsSet("TENURE_KPI_TRACE");
    const db::Connection db(workspace.database());
    if (!db.isValid()) {
        qWarning("kpi load: the workspace is not open");
        s.dataVersion = workspace.dataVersion();
        return false;
    }
    // One read transaction: every table from the same snapshot (unless the caller has one open). A
    // team workspace reads in one repeatable-read transaction: an import committing meanwhile is
    // not seen by half the tables.
    if (db.isAborted())
        db.exec("ROLLBACK"); // a failed statement of someone else's left the connection unusable
    firstReadError.clear();
    const bool ownTransaction = !db.inTransaction();
    if (ownTransaction)
        db.exec(db.isPostgres() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    s.dataVersion = dataVersionOf(db);
    // The arrays of this state of the data may have been saved by an earlier run.
    const QString snapshot = ownTransaction ? snapshotPath(workspace) : QString();
    const QString token = workspace.dataToken();
    // The revenue an import of this process just wrote, if it is of this state of the data.
    std::shared_ptr<const RevenueTable> handOver =
        ownTransaction && !db.isPostgres() ? takeRevenue(workspace.path(), token) : nullptr;
    const std::optional<MonthIndex> requested = s.requestedAsOf;
    if (!snapshot.isEmpty() && loadSnapshot(snapshot, token, s.dataVersion, &s)) {
        // A snapshot serves the as-of month it was made for.
        const bool sameAsOf = requested ? (s.hasAsOf && s.asOf == *requested && s.asOfOrigin != AsOfFromData)
                                        : s.asOfOrigin == AsOfFromData;
        if (sameAsOf) {
            s.requestedAsOf = requested;
            s.asOfOrigin = origin;
            db.exec("COMMIT");
            if (trace)
                qInfo("kpi load: snapshot %lld ms", timer.restart());
            return true;
        }
        const qint64 version = s.dataVersion;
        s = Store();
        s.dataVersion = version;
        s.requestedAsOf = requested;
    }
    // Exchange rates for amounts in other currencies (a small table: read once, shared read-only).
    const fx::FxRates rates = fx::FxRates::load(workspace.database());
    s.fxRates = &rates;
    s.revenueHandOver = handOver;
    if (trace && handOver)
        qInfo("kpi load: revenue handed over by the import (%zu rows)", handOver->size());
    s.currency = workspace.currency();
    s.homeCurrency = workspace.homeCurrency();
    const double accountsCpu = threadCpuMs();
    loadAccounts(db, s);
    if (trace)
        qInfo("kpi load: accounts %lld ms, CPU %.0f ms", timer.restart(), threadCpuMs() - accountsCpu);

    // The revenue and the events (surveys, tickets, signups, ...) on two connections of their own,
    // one on a second thread: the two halves take about as long, and a laptop has cores to spare.
    // The events half only reads the account index and writes members the revenue half does not
    // touch. Each connection checks it reads the same data version as this one; otherwise (an
    // import committed in between) that half is read again here, from this connection's snapshot.
    bool eventsLoaded = false, mrrLoaded = false;
    if (ownTransaction && !db.isPostgres()) {
        ReadConnection revenueConnection(workspace.path()), eventsConnection(workspace.path());
        auto readWith = [&](const db::Connection& connection, void (*read)(const db::Connection&, Store&),
                            const char* what) {
            connection.exec("BEGIN");
            bool done = false;
            if (dataVersionOf(connection) == s.dataVersion) {
                const double cpu = threadCpuMs();
                read(connection, s);
                done = true;
                if (trace)
                    qInfo("kpi load: %s CPU %.0f ms", what, threadCpuMs() - cpu);
            }
            connection.exec("COMMIT");
            return done;
        };
        std::thread events;
        if (eventsConnection.isOpen())
            events = std::thread(
                [&] { eventsLoaded = readWith(eventsConnection.connection(), loadEvents, "events"); });
        if (revenueConnection.isOpen())
            mrrLoaded = readWith(revenueConnection.connection(), loadMrr, "revenue");
        if (events.joinable())
            events.join();
    }
    if (trace)
        qInfo("kpi load: revenue and events %lld ms", timer.restart());
    if (!mrrLoaded)
        loadMrr(db, s);
    if (!eventsLoaded) {
        // No second connection, or an import committed in between: read them here, from this snapshot.
        s.surveys.clear(), s.tickets.clear(), s.signups.clear(), s.orders.clear();
        s.funnel.clear(), s.costs.clear(), s.renewals.clear();
        for (Range& r : s.surveyRange)
            r = Range();
        s.resolvedRange = s.signupRange = s.orderRange = s.addOnRange = Range();
        s.funnelRange = s.costRange = s.renewalRange = Range();
        loadEvents(db, s);
        if (trace)
            qInfo("kpi load: events %lld ms", timer.restart());
    }
    if (db.isAborted()) {
        // PostgreSQL: one failed read (a table the role may not read, a lost connection) fails
        // every later one in the transaction. No numbers rather than numbers missing some tables,
        // and no snapshot of them.
        qWarning("kpi load: cannot read team workspace %s: %s", qPrintable(workspace.path()),
                 qPrintable((firstReadError.isEmpty() ? db.lastError() : firstReadError).simplified()));
        db.exec("ROLLBACK");
        const qint64 version = s.dataVersion;
        s = Store();
        s.dataVersion = version;
        s.requestedAsOf = requested;
        s.asOfOrigin = origin;
        return false;
    }
    if (ownTransaction)
        db.exec("COMMIT");
    sortAttributes(s);
    s.asOfOrigin = origin;
    s.fxRates = nullptr;
    s.revenueHandOver.reset();
    if (s.unconvertedMrr + s.unconvertedEvents > 0)
        qWarning("kpi load: %lld amount(s) left out: no exchange rate into %s for their dates",
                 s.unconvertedMrr + s.unconvertedEvents, qPrintable(s.currency));
    // Only from a snapshot of committed data (a caller's open transaction may yet roll back), and
    // not for a one-off as-of month of the command line.
    if (!snapshot.isEmpty() && !token.isEmpty() && origin != AsOfFromCommandLine) {
        const bool saved = saveSnapshot(s, token, snapshot);
        if (trace)
            qInfo("kpi load: snapshot %s %lld ms", saved ? "saved" : "NOT saved", timer.restart());
    }
    return false;
}

} // namespace

} // namespace tenure::kpidata
