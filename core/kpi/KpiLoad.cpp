#include "kpi/KpiLoad.h"

#include "Workspace.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

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

QSqlQuery run(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.exec(sql);
    return query;
}

// The Qt connection's own sqlite3 handle: reading the million revenue rows through it is several
// times faster than QSqlQuery's per-value QVariants.
sqlite3* sqliteHandle(Workspace& w)
{
    const QVariant handle = w.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A prepared statement on the raw handle: the loader reads ~2 million rows, and QSqlQuery's
// per-value QVariants cost seconds there.
class Stmt
{
public:
    Stmt(sqlite3* db, const char* sql)
    {
        if (db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    bool next() { return m_stmt && sqlite3_step(m_stmt) == SQLITE_ROW; }
    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    qint64 int64(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    const char* text(int i, int* size) const
    {
        const char* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        *size = sqlite3_column_bytes(m_stmt, i);
        return t ? t : "";
    }
    QString string(int i) const
    {
        int size = 0;
        const char* t = text(i, &size);
        return QString::fromUtf8(t, size);
    }
    bool day(int i, int* julianDay, MonthIndex* month) const
    {
        if (isNull(i))
            return false;
        int size = 0;
        const char* t = text(i, &size);
        return parseDayBytes(t, size, julianDay, month);
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

int accountOf(const Store& s, const Stmt& q, int column)
{
    if (q.isNull(column))
        return -1;
    return s.indexOfId(q.int64(column));
}

int accountOf(const Store& s, const QVariant& v)
{
    if (v.isNull())
        return -1;
    return s.accountIndex.value(v.toLongLong(), -1);
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

double intervalFactor(const QString& interval)
{
    const QString i = interval.trimmed().toLower();
    if (i.startsWith(QLatin1String("year")) || i == QLatin1String("annual") || i == QLatin1String("annually"))
        return 1.0 / 12.0;
    if (i.startsWith(QLatin1String("week")))
        return 52.0 / 12.0;
    if (i.startsWith(QLatin1String("day")) || i == QLatin1String("daily"))
        return 365.0 / 12.0;
    return 1.0;
}

void loadAccounts(Workspace& w, Store& s)
{
    static const char* const builtIn[] = {"plan", "region", "industry", "size", "owner"};
    s.attributes.clear();
    for (const char* name : builtIn) {
        Attribute a;
        a.name = QString::fromLatin1(name);
        s.attributes.push_back(a);
    }
    std::vector<QHash<QString, int>> lookup(5);
    QSqlQuery q = run(w, QStringLiteral("SELECT id, account_key, name, plan, region, industry, size, owner "
                                        "FROM accounts ORDER BY id"));
    while (q.next()) {
        const int index = int(s.accounts.size());
        AccountRec rec{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        s.accountIndex.insert(rec.id, index);
        s.accountByKey.insert(rec.key, index);
        s.accounts.push_back(rec);
        for (int i = 0; i < 5; ++i) {
            const QString v = q.value(3 + i).toString().trimmed();
            Attribute& a = s.attributes[size_t(i)];
            if (v.isEmpty()) {
                a.value.push_back(-1);
                continue;
            }
            auto it = lookup[size_t(i)].find(v);
            if (it == lookup[size_t(i)].end()) {
                it = lookup[size_t(i)].insert(v, int(a.values.size()));
                a.values << v;
            }
            a.value.push_back(*it);
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
    QSqlQuery c = run(w, QStringLiteral("SELECT attribute, account_id, value FROM account_attributes "
                                        "ORDER BY attribute, account_id"));
    int current = -1;
    QHash<QString, int> values;
    while (c.next()) {
        const QString name = c.value(0).toString();
        if (current < 0 || s.attributes[size_t(current)].name != name) {
            // A custom column named like a built-in one would be ambiguous; the built-in wins.
            if (s.attributeIndex(name) >= 0 && s.attributeIndex(name) < 5) {
                current = -1;
                continue;
            }
            Attribute a;
            a.name = name;
            a.custom = true;
            a.value.assign(s.accounts.size(), -1);
            s.attributes.push_back(a);
            current = int(s.attributes.size()) - 1;
            values.clear();
        }
        const int account = accountOf(s, c.value(1));
        const QString v = c.value(2).toString().trimmed();
        if (account < 0 || v.isEmpty())
            continue;
        Attribute& a = s.attributes[size_t(current)];
        auto it = values.find(v);
        if (it == values.end()) {
            it = values.insert(v, int(a.values.size()));
            a.values << v;
        }
        a.value[size_t(account)] = *it;
    }
}

// Sorts an attribute's values and remaps the indices.
void sortValues(Attribute& a)
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
}

struct SubRow
{
    int account;
    MonthIndex from;
    MonthIndex until; // first month not active; INT_MAX when open
    double monthly;   // cents
};

struct RevenueRow
{
    int account;
    MonthIndex month;
    double mrr;
    int plan; // index into the plan attribute's values, -1 = none
};

// One pass over the revenue table (no separate min/max or count scans: the table is the biggest).
void readRevenue(Workspace& w, Store& s, std::vector<RevenueRow>& rows, Range& range)
{
    Attribute& plan = s.attributes[0];
    QHash<QString, int> planIndex;
    for (int i = 0; i < plan.values.size(); ++i)
        planIndex.insert(plan.values.at(i), i);
    qint64 lastId = std::numeric_limits<qint64>::min();
    int account = -1;
    int lastMonth = -1;
    MonthIndex lastIndex = 0;
    auto add = [&](qint64 id, int month, double mrr, const QString* planText) {
        if (id != lastId) {
            lastId = id;
            account = s.indexOfId(id);
        }
        if (account < 0)
            return;
        if (month != lastMonth) {
            lastMonth = month;
            lastIndex = fromYyyymm(month);
        }
        int p = -1;
        if (planText && !planText->isEmpty()) {
            auto it = planIndex.find(*planText);
            if (it == planIndex.end()) {
                it = planIndex.insert(*planText, int(plan.values.size()));
                plan.values << *planText;
            }
            p = *it;
        }
        range.add(lastIndex);
        rows.push_back({account, lastIndex, mrr, p});
    };
    const char* sql = "SELECT account_id, month, mrr, plan FROM revenue";
    sqlite3_stmt* stmt = nullptr;
    sqlite3* db = sqliteHandle(w);
    if (db && sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        QString text;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QString* planPtr = nullptr;
            if (sqlite3_column_type(stmt, 3) != SQLITE_NULL) {
                text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)),
                                         sqlite3_column_bytes(stmt, 3))
                           .trimmed();
                planPtr = &text;
            }
            add(sqlite3_column_int64(stmt, 0), sqlite3_column_int(stmt, 1), sqlite3_column_double(stmt, 2),
                planPtr);
        }
        sqlite3_finalize(stmt);
        return;
    }
    QSqlQuery q = run(w, QString::fromLatin1(sql));
    while (q.next()) {
        const QString text = q.value(3).toString().trimmed();
        add(q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toDouble(), &text);
    }
}

void loadMrr(Workspace& w, Store& s)
{
    Range range;
    std::vector<RevenueRow> revenue;
    readRevenue(w, s, revenue, range);

    std::vector<SubRow> subs;
    Stmt q(sqliteHandle(w), "SELECT account_id, start_date, end_date, amount, interval, quantity "
                            "FROM subscriptions ORDER BY id");
    while (q.next()) {
        const int account = accountOf(s, q, 0);
        int day = 0;
        MonthIndex from = 0, until = std::numeric_limits<int>::max();
        if (account < 0 || !q.day(1, &day, &from))
            continue;
        int endDay = 0;
        if (q.day(2, &endDay, &until))
            range.add(until); // the month it ended in is data too (the account churned there)
        else
            until = std::numeric_limits<int>::max();
        range.add(from);
        const double quantity = q.isNull(5) ? 1.0 : q.real(5);
        subs.push_back({account, from, until, q.real(3) * quantity * intervalFactor(q.string(4))});
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
        const size_t at = size_t(r.account) * size_t(s.months) + size_t(r.month - range.first);
        s.mrr[at] += r.mrr;
        if (hasPlan && r.plan >= 0)
            s.revenuePlan[at] = r.plan;
    }
    for (const SubRow& sub : subs) {
        const MonthIndex last =
            std::min(range.last, sub.until == std::numeric_limits<int>::max() ? range.last : sub.until - 1);
        for (MonthIndex m = std::max(sub.from, range.first); m <= last; ++m)
            s.mrr[size_t(sub.account) * size_t(s.months) + size_t(m - range.first)] += sub.monthly;
    }
}

void loadEvents(Workspace& w, Store& s)
{
    sqlite3* db = sqliteHandle(w);
    {
        Stmt q(db, "SELECT id, account_id, responded_at, survey, score FROM surveys");
        while (q.next()) {
            SurveyRec rec;
            int size = 0;
            const char* text = q.text(3, &size); // sets size: keep it a statement of its own
            const QByteArray type = QByteArray(text, size).trimmed().toLower();
            if (type == "nps")
                rec.type = Nps;
            else if (type == "csat")
                rec.type = Csat;
            else if (type == "ces")
                rec.type = Ces;
            else
                continue;
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
        Stmt q(db, "SELECT id, account_id, created_at, resolved_at, contacts FROM tickets");
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
        }
    }
    {
        Stmt q(db, "SELECT id, account_id, signed_up_at, activated_at FROM signups");
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
        Stmt q(db, "SELECT id, account_id, ordered_at, amount, type FROM orders");
        while (q.next()) {
            OrderRec rec;
            if (!q.day(2, &rec.day, &rec.month))
                continue;
            rec.rowId = q.int64(0);
            rec.account = accountOf(s, q, 1);
            rec.amount = q.real(3);
            rec.addOn = isAddOnType(q.string(4));
            s.orderRange.add(rec.month);
            if (rec.addOn)
                s.addOnRange.add(rec.month);
            s.orders.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT date, visitors, conversions FROM funnel");
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
        Stmt q(db, "SELECT date, amount FROM costs");
        while (q.next()) {
            CostRec rec;
            if (!q.day(0, &rec.day, &rec.month))
                continue;
            rec.amount = q.real(1);
            s.costRange.add(rec.month);
            s.costs.push_back(rec);
        }
    }
    {
        Stmt q(db, "SELECT account_id, due_date, renewed, arr_before, arr_after FROM renewals");
        while (q.next()) {
            RenewalRec rec;
            if (!q.day(1, &rec.day, &rec.month))
                continue;
            rec.account = accountOf(s, q, 0);
            rec.renewed = q.int64(2) != 0;
            rec.arrBefore = q.real(3);
            rec.arrAfter = rec.renewed ? q.real(4) : 0.0;
            s.renewalRange.add(rec.month);
            s.renewals.push_back(rec);
        }
    }
}

} // namespace

void load(Workspace& workspace, Store& s)
{
    s = Store();
    s.dataVersion = workspace.dataVersion();
    s.grossMargin = workspace.grossMarginPercent();
    s.healthConfigJson = workspace.setting(QStringLiteral("health_config")).toString();
    QElapsedTimer timer;
    timer.start();
    const bool trace = qEnvironmentVariableIsSet("TENURE_KPI_TRACE");
    loadAccounts(workspace, s);
    if (trace)
        qInfo("kpi load: accounts %lld ms", timer.restart());
    loadMrr(workspace, s); // may add plan values seen only in revenue rows
    if (trace)
        qInfo("kpi load: mrr %lld ms", timer.restart());
    for (Attribute& a : s.attributes) {
        if (&a == &s.attributes[0] && !s.revenuePlan.empty()) {
            // Keep revenue plan indices in step with the sorted order.
            QStringList sorted = a.values;
            std::sort(sorted.begin(), sorted.end());
            QHash<QString, int> position;
            for (int i = 0; i < sorted.size(); ++i)
                position.insert(sorted.at(i), i);
            std::vector<int> remap(size_t(a.values.size()));
            for (int i = 0; i < a.values.size(); ++i)
                remap[size_t(i)] = position.value(a.values.at(i));
            for (int& v : s.revenuePlan)
                if (v >= 0)
                    v = remap[size_t(v)];
        }
        sortValues(a);
    }
    loadEvents(workspace, s);
    if (trace)
        qInfo("kpi load: events %lld ms", timer.restart());
}

} // namespace tenure::kpidata
