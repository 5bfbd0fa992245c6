// A second, deliberately simple implementation of SPEC.md section 4 (straight loops over the rows,
// nothing shared with the engine), compared with KpiEngine on random companies for every KPI
// (health_score aside: its components are Tenure's own design, tested in tst_health), every month,
// quarter and year, for "all" and per segment.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "tst_kpi_fixture.h"
#include "tst_reference_mrr.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <map>
#include <set>

using namespace tenure;

namespace {

using tenure::test::reference::day;
using tenure::test::reference::monthOfDay;

struct Row
{
    qint64 account = 0; // 0: none
    QDate date;
    QDate date2;
    QString text;
    double a = 0, b = 0;
    bool flag = false;
};

struct Reference
{
    std::map<qint64, QMap<QString, QString>> accounts; // id -> attribute -> value
    std::map<std::pair<qint64, int>, double> mrr;      // (account, month) -> cents
    std::map<std::pair<qint64, int>, QString> revenuePlan;
    int first = INT_MAX, last = INT_MIN;
    QList<Row> surveys, tickets, signups, orders, funnel, costs, renewals;
    double margin = 1;

    explicit Reference(Workspace& w)
    {
        QSqlQuery q(w.database());
        q.exec(QStringLiteral("SELECT id, plan, region, industry, size, owner FROM accounts"));
        while (q.next()) {
            QMap<QString, QString> attrs;
            const char* names[] = {"plan", "region", "industry", "size", "owner"};
            for (int i = 0; i < 5; ++i)
                if (!q.value(i + 1).toString().isEmpty())
                    attrs[QString::fromLatin1(names[i])] = q.value(i + 1).toString();
            accounts[q.value(0).toLongLong()] = attrs;
        }
        q.exec(QStringLiteral("SELECT account_id, attribute, value FROM account_attributes"));
        while (q.next())
            if (!q.value(2).toString().isEmpty())
                accounts[q.value(0).toLongLong()][q.value(1).toString()] = q.value(2).toString();
        tenure::test::reference::Mrr base = tenure::test::reference::readMrr(w);
        mrr = std::move(base.mrr);
        revenuePlan = std::move(base.revenuePlan);
        first = base.first;
        last = base.last;
        auto read = [&](const QString& sql, QList<Row>& rows) {
            q.exec(sql);
            while (q.next()) {
                Row r;
                r.account = q.value(0).toLongLong();
                r.date = day(q.value(1).toString());
                r.date2 = day(q.value(2).toString());
                r.text = q.value(3).toString();
                r.a = q.value(4).toDouble();
                r.b = q.value(5).toDouble();
                r.flag = q.value(6).toInt() != 0;
                rows << r;
            }
        };
        read(QStringLiteral("SELECT account_id, responded_at, NULL, survey, score, 0, 0 FROM surveys"),
             surveys);
        read(QStringLiteral("SELECT account_id, resolved_at, created_at, '', contacts, 0, 0 FROM tickets"),
             tickets);
        read(QStringLiteral("SELECT account_id, signed_up_at, activated_at, '', 0, 0, 0 FROM signups"),
             signups);
        read(QStringLiteral("SELECT account_id, ordered_at, NULL, type, amount, 0, 0 FROM orders"), orders);
        read(QStringLiteral("SELECT 0, date, NULL, source, visitors, conversions, 0 FROM funnel"), funnel);
        read(QStringLiteral("SELECT 0, date, NULL, '', amount, 0, 0 FROM costs"), costs);
        read(QStringLiteral(
                 "SELECT account_id, due_date, NULL, '', arr_before, arr_after, renewed FROM renewals"),
             renewals);
        margin = w.grossMarginPercent() / 100.0;
    }

    // The segment of an account in a month ("unknown" without account or attribute).
    QString segmentOf(qint64 account, int month, const QString& attribute) const
    {
        if (attribute.isEmpty())
            return QStringLiteral("all");
        if (account == 0)
            return QStringLiteral("unknown");
        if (attribute == QLatin1String("plan")) {
            auto it = revenuePlan.find({account, month});
            if (it != revenuePlan.end())
                return it->second;
        }
        return accounts.at(account).value(attribute, QStringLiteral("unknown"));
    }
    // MRR of an account in a month while it is in the segment.
    // Per account: its MRR in each month while it is in the segment (memoised per segment).
    const std::map<qint64, std::vector<double>>& series(const QString& attribute,
                                                        const QString& segment) const
    {
        auto& all = memo[attribute + QLatin1Char('/') + segment];
        if (all.empty())
            for (const auto& [id, attrs] : accounts) {
                Q_UNUSED(attrs);
                std::vector<double>& row = all[id];
                for (int k = first; k <= last; ++k) {
                    auto it = mrr.find({id, k});
                    row.push_back(segmentOf(id, k, attribute) != segment || it == mrr.end() ? 0 : it->second);
                }
            }
        return all;
    }
    mutable std::map<QString, std::map<qint64, std::vector<double>>> memo;

    struct Result
    {
        std::optional<double> value, numerator, denominator;
    };

    static Result ratio(double num, double den, double scale)
    {
        Result r{std::nullopt, num, den};
        if (den != 0)
            r.value = scale * num / den;
        return r;
    }

    Result compute(const QString& kpi, int p0, int p1, const QString& attribute, const QString& seg) const
    {
        const bool mrrKpi =
            !(kpi == QLatin1String("nps") || kpi == QLatin1String("csat") || kpi == QLatin1String("ces") ||
              kpi.startsWith(QLatin1String("fcr")) || kpi.startsWith(QLatin1String("self")) ||
              kpi.startsWith(QLatin1String("adoption")) || kpi == QLatin1String("time_to_value") ||
              kpi.contains(QLatin1String("renewal")) || kpi.contains(QLatin1String("order")) ||
              kpi.contains(QLatin1String("purchase")) || kpi == QLatin1String("conversion_rate"));
        if (mrrKpi) {
            if (p1 < first || p0 > last)
                return {};
            const auto& sr = series(attribute, seg);
            auto m = [&](qint64 id, int month, const QString&, const QString&) {
                return month < first || month > last ? 0.0 : sr.at(id)[size_t(month - first)];
            };
            const int end = std::min(p1, last);
            const int start = p0 - 1;
            double S = 0, E = 0, retained = 0, lost = 0, startMrr = 0, endMrr = 0, nrr = 0, grr = 0,
                   upsell = 0;
            double nw = 0, re = 0, ex = 0, co = 0, ch = 0;
            for (const auto& [id, attrs] : accounts) {
                Q_UNUSED(attrs);
                const double x = m(id, start, attribute, seg), y = m(id, end, attribute, seg);
                if (x > 0) {
                    ++S;
                    startMrr += x;
                    nrr += y;
                    grr += std::min(x, y);
                    (y > 0 ? retained : lost) += 1;
                }
                if (y > 0) {
                    ++E;
                    endMrr += y;
                }
                bool expanded = false;
                for (int k = std::max(p0, first); k <= end; ++k) {
                    const double a = m(id, k - 1, attribute, seg), b = m(id, k, attribute, seg);
                    bool paidBefore = false;
                    for (int j = first; j < k; ++j)
                        paidBefore = paidBefore || m(id, j, attribute, seg) > 0;
                    if (a == 0 && b > 0)
                        (paidBefore ? re : nw) += b;
                    else if (a > 0 && b == 0)
                        ch += a;
                    else if (a > 0 && b > a) {
                        ex += b - a;
                        expanded = true;
                    } else if (a > 0 && b < a)
                        co += a - b;
                }
                if (x > 0 && expanded)
                    ++upsell;
            }
            const double N = E - retained;
            if (kpi == QLatin1String("mrr"))
                return {endMrr / 100, {}, {}};
            if (kpi == QLatin1String("arr"))
                return {12 * endMrr / 100, {}, {}};
            if (kpi == QLatin1String("customers"))
                return {E, {}, {}};
            if (kpi == QLatin1String("new_customers"))
                return {N, {}, {}};
            if (kpi == QLatin1String("churned_customers"))
                return {lost, {}, {}};
            if (kpi == QLatin1String("churn_rate"))
                return ratio(lost, S, 100);
            if (kpi == QLatin1String("retention_rate"))
                return ratio(E - N, S, 100);
            if (kpi == QLatin1String("mrr_new"))
                return {nw / 100, {}, {}};
            if (kpi == QLatin1String("mrr_expansion"))
                return {ex / 100, {}, {}};
            if (kpi == QLatin1String("mrr_contraction"))
                return {co / 100, {}, {}};
            if (kpi == QLatin1String("mrr_churn"))
                return {ch / 100, {}, {}};
            if (kpi == QLatin1String("mrr_reactivation"))
                return {re / 100, {}, {}};
            if (kpi == QLatin1String("net_mrr_churn_rate"))
                return ratio((ch + co - re - ex) / 100, startMrr / 100, 100);
            if (kpi == QLatin1String("gross_mrr_churn_rate"))
                return ratio((ch + co) / 100, startMrr / 100, 100);
            if (kpi == QLatin1String("nrr"))
                return ratio(nrr / 100, startMrr / 100, 100);
            if (kpi == QLatin1String("grr"))
                return ratio(grr / 100, startMrr / 100, 100);
            if (kpi == QLatin1String("arpa"))
                return ratio(endMrr / 100, E, 1);
            if (kpi == QLatin1String("upsell_rate"))
                return ratio(upsell, S, 100);
            if (kpi == QLatin1String("quick_ratio"))
                return ratio((nw + re + ex) / 100, (ch + co) / 100, 1);
            if (kpi == QLatin1String("expansion_revenue")) {
                double addOn = 0;
                for (const Row& o : orders)
                    if (monthOfDay(o.date) >= p0 && monthOfDay(o.date) <= end &&
                        segmentOf(o.account, monthOfDay(o.date), attribute) == seg &&
                        (o.text == QLatin1String("add-on") || o.text == QLatin1String("upsell") ||
                         o.text == QLatin1String("cross-sell")))
                        addOn += o.a;
                return {(ex + addOn) / 100, {}, {}};
            }
            if (kpi == QLatin1String("retention_cost")) {
                bool any = false;
                int cFirst = INT_MAX, cLast = INT_MIN;
                for (const Row& c : costs) {
                    cFirst = std::min(cFirst, monthOfDay(c.date));
                    cLast = std::max(cLast, monthOfDay(c.date));
                }
                any = !costs.isEmpty() && p1 >= std::max(cFirst, first) && p0 <= std::min(cLast, last);
                if (!any)
                    return {};
                double cost = 0;
                for (const Row& c : costs)
                    if (monthOfDay(c.date) >= p0 && monthOfDay(c.date) <= end &&
                        seg == (attribute.isEmpty() ? QStringLiteral("all") : QStringLiteral("unknown")))
                        cost += c.a;
                return ratio(cost / 100, E - N, 1);
            }
            if (kpi == QLatin1String("clv")) {
                if (E == 0)
                    return {};
                double sum = 0;
                int n = 0;
                for (int k = std::max(end - 11, first); k <= end; ++k) {
                    double s = 0, l = 0;
                    for (const auto& [id, attrs] : accounts) {
                        Q_UNUSED(attrs);
                        if (m(id, k - 1, attribute, seg) > 0) {
                            ++s;
                            if (m(id, k, attribute, seg) == 0)
                                ++l;
                        }
                    }
                    if (s > 0) {
                        sum += l / s;
                        ++n;
                    }
                }
                if (n == 0)
                    return {};
                return ratio(endMrr / 100 / E * margin, sum / n, 1);
            }
            return {};
        }
        // Row-based KPIs: exist for periods that overlap their own data.
        auto inP = [&](const QDate& d) { return d.isValid() && monthOfDay(d) >= p0 && monthOfDay(d) <= p1; };
        auto inSeg = [&](const Row& r, const QDate& d) {
            return segmentOf(r.account, monthOfDay(d), attribute) == seg;
        };
        auto exists = [&](const QList<Row>& rows, auto pick, auto keep) {
            int f = INT_MAX, l = INT_MIN;
            for (const Row& r : rows) {
                const QDate d = pick(r);
                if (d.isValid() && keep(r)) {
                    f = std::min(f, monthOfDay(d));
                    l = std::max(l, monthOfDay(d));
                }
            }
            return f <= l && p1 >= f && p0 <= l;
        };
        auto all = [](const Row&) { return true; };
        auto date1 = [](const Row& r) { return r.date; };
        if (kpi == QLatin1String("nps") || kpi == QLatin1String("csat") || kpi == QLatin1String("ces")) {
            auto isType = [&](const Row& r) { return r.text == kpi; };
            if (!exists(surveys, date1, isType))
                return {};
            double n = 0, a = 0, b = 0;
            for (const Row& r : surveys) {
                if (!isType(r) || !inP(r.date) || !inSeg(r, r.date))
                    continue;
                ++n;
                if (kpi == QLatin1String("nps")) {
                    a += r.a >= 9 ? 1 : 0;
                    b += r.a <= 6 ? 1 : 0;
                } else if (kpi == QLatin1String("csat")) {
                    a += r.a >= 4 ? 1 : 0;
                } else {
                    a += r.a;
                }
            }
            if (kpi == QLatin1String("nps"))
                return ratio(a - b, n, 100);
            return ratio(a, n, kpi == QLatin1String("csat") ? 100 : 1);
        }
        if (kpi == QLatin1String("fcr_rate") || kpi == QLatin1String("self_service_rate")) {
            if (!exists(tickets, date1, all))
                return {};
            double num = 0, den = 0;
            for (const Row& r : tickets) {
                if (!inP(r.date) || !inSeg(r, r.date))
                    continue;
                if (kpi == QLatin1String("fcr_rate")) {
                    den += r.a >= 1 ? 1 : 0;
                    num += r.a == 1 ? 1 : 0;
                } else {
                    den += 1;
                    num += r.a == 0 ? 1 : 0;
                }
            }
            return ratio(num, den, 100);
        }
        if (kpi == QLatin1String("adoption_rate") || kpi == QLatin1String("time_to_value")) {
            if (!exists(signups, date1, all))
                return {};
            double num = 0, den = 0;
            std::vector<double> days;
            for (const Row& r : signups) {
                if (!inP(r.date) || !inSeg(r, r.date))
                    continue;
                ++den;
                if (r.date2.isValid()) {
                    ++num;
                    days.push_back(double(r.date.daysTo(r.date2)));
                }
            }
            if (kpi == QLatin1String("adoption_rate"))
                return ratio(num, den, 100);
            if (days.empty())
                return {};
            std::sort(days.begin(), days.end());
            const size_t n = days.size();
            return {n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2, {}, {}};
        }
        if (kpi == QLatin1String("renewal_rate") || kpi == QLatin1String("net_renewal_rate")) {
            if (!exists(renewals, date1, all))
                return {};
            double due = 0, renewed = 0, before = 0, after = 0;
            for (const Row& r : renewals) {
                if (!inP(r.date) || !inSeg(r, r.date))
                    continue;
                ++due;
                renewed += r.flag ? 1 : 0;
                before += r.a;
                after += r.flag ? r.b : 0;
            }
            if (kpi == QLatin1String("renewal_rate"))
                return ratio(renewed, due, 100);
            return ratio(after / 100, before / 100, 100);
        }
        if (kpi == QLatin1String("conversion_rate")) {
            if (!exists(funnel, date1, all))
                return {};
            double v = 0, c = 0;
            for (const Row& r : funnel)
                if (inP(r.date) && inSeg(r, r.date)) {
                    v += r.a;
                    c += r.b;
                }
            return ratio(c, v, 100);
        }
        // Orders.
        if (!exists(orders, date1, all))
            return {};
        if (kpi == QLatin1String("repeat_purchase_rate")) {
            std::map<qint64, int> count;
            for (const Row& r : orders)
                if (monthOfDay(r.date) <= p1 && inSeg(r, r.date))
                    ++count[r.account];
            double one = 0, two = 0;
            for (const auto& [id, n] : count) {
                Q_UNUSED(id);
                one += n >= 1;
                two += n >= 2;
            }
            return ratio(two, one, 100);
        }
        double n = 0, revenue = 0;
        std::set<qint64> buyers;
        for (const Row& r : orders)
            if (inP(r.date) && inSeg(r, r.date)) {
                ++n;
                revenue += r.a;
                buyers.insert(r.account);
            }
        if (kpi == QLatin1String("average_order_value"))
            return ratio(revenue / 100, n, 1);
        return ratio(n, double(buyers.size()), 1);
    }
};

QString randomDate(QRandomGenerator& rng, int fromMonth, int months)
{
    const int m = fromMonth + int(rng.bounded(months));
    const QDate first(m / 12, m % 12 + 1, 1);
    return first.addDays(rng.bounded(first.daysInMonth())).toString(Qt::ISODate);
}

// A random company: 60 accounts over 2025-01 .. 2026-02 with churn, reactivation, plan changes in
// revenue rows, subscriptions of every interval, and every other kind (some rows without account).
void buildRandom(Workspace& w, quint32 seed)
{
    QRandomGenerator rng(seed);
    test::Company c(w);
    const QStringList plans{QStringLiteral("basic"), QStringLiteral("pro"), QStringLiteral("enterprise"),
                            QString()};
    const QStringList regions{QStringLiteral("eu"), QStringLiteral("us"), QString()};
    const QStringList intervals{QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("week"),
                                QStringLiteral("day")};
    const int M0 = monthIndex(2025, 1), months = 14;
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        const qint64 id =
            c.account(QStringLiteral("acc%1").arg(i), plans.at(rng.bounded(4)), regions.at(rng.bounded(3)));
        ids << id;
        if (rng.bounded(3) == 0)
            c.attribute(id, QStringLiteral("tier"),
                        rng.bounded(2) ? QStringLiteral("gold") : QStringLiteral("silver"));
        if (rng.bounded(5) == 0) {
            const int start = M0 + int(rng.bounded(months));
            const QDate s = QDate(start / 12, start % 12 + 1, 1).addDays(rng.bounded(28));
            const QString end =
                rng.bounded(2) ? s.addDays(30 + rng.bounded(300)).toString(Qt::ISODate) : QString();
            c.subscription(id, s.toString(Qt::ISODate), end, 1000 + rng.bounded(50000),
                           intervals.at(rng.bounded(4)), 1 + rng.bounded(3));
            continue;
        }
        bool active = rng.bounded(2);
        qint64 value = 1000 * (1 + rng.bounded(20));
        for (int m = M0; m < M0 + months; ++m) {
            const int r = rng.bounded(10);
            if (active && r == 0)
                active = false;
            else if (!active && r <= 1)
                active = true;
            if (!active) {
                if (rng.bounded(6) == 0)
                    c.revenue(id, yyyymm(m), 0); // an explicit zero row
                continue;
            }
            if (r == 2)
                value += 1000 * rng.bounded(5);
            else if (r == 3)
                value = std::max<qint64>(500, value - 1000 * rng.bounded(5));
            c.revenue(id, yyyymm(m), value, rng.bounded(8) == 0 ? plans.at(rng.bounded(3)) : QString());
        }
    }
    auto someAccount = [&]() -> qint64 { return rng.bounded(8) == 0 ? 0 : ids.at(rng.bounded(ids.size())); };
    const QStringList types{QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces")};
    for (int i = 0; i < 250; ++i) {
        const QString type = types.at(rng.bounded(3));
        const double score = type == QLatin1String("nps")
                                 ? rng.bounded(11)
                                 : 1 + rng.bounded(type == QLatin1String("csat") ? 5 : 7);
        c.survey(someAccount(), randomDate(rng, M0 + 1, months - 2), type, score);
    }
    for (int i = 0; i < 250; ++i) {
        const QString created = randomDate(rng, M0, months);
        const QString resolved =
            rng.bounded(6) == 0 ? QString() : day(created).addDays(rng.bounded(40)).toString(Qt::ISODate);
        c.ticket(someAccount(), created, resolved, rng.bounded(4));
    }
    for (int i = 0; i < 120; ++i) {
        const QString at = randomDate(rng, M0 + 2, months - 2);
        c.signup(someAccount(), at,
                 rng.bounded(3) == 0 ? QString() : day(at).addDays(rng.bounded(60)).toString(Qt::ISODate));
    }
    const QStringList orderTypes{QString(), QStringLiteral("add-on"), QStringLiteral("upsell"),
                                 QStringLiteral("cross-sell"), QStringLiteral("new")};
    for (int i = 0; i < 150; ++i)
        c.order(ids.at(rng.bounded(ids.size())), randomDate(rng, M0, months), 100 + rng.bounded(90000),
                orderTypes.at(rng.bounded(5)));
    QSet<QString> funnelKeys;
    for (int i = 0; i < 40; ++i) {
        const QString date = randomDate(rng, M0, months - 1);
        const QString source = rng.bounded(2) ? QStringLiteral("ads") : QStringLiteral("organic");
        if (funnelKeys.contains(date + source))
            continue;
        funnelKeys.insert(date + source);
        c.funnel(date, 100 + rng.bounded(5000), rng.bounded(100), source);
    }
    for (int i = 0; i < 30; ++i)
        c.cost(randomDate(rng, M0 + 3, months - 3), 1000 + rng.bounded(100000));
    for (int i = 0; i < 50; ++i) {
        const bool renewed = rng.bounded(4) != 0;
        c.renewal(ids.at(i), randomDate(rng, M0, months + 2), renewed, 10000 + rng.bounded(100000),
                  renewed && rng.bounded(5) ? std::optional<qint64>(10000 + rng.bounded(100000))
                                            : std::nullopt);
    }
    c.done();
    w.setSetting(QStringLiteral("gross_margin"), 80);
}

bool near(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-7 * std::max(1.0, std::abs(*b));
}

} // namespace

class TestKpiReference : public QObject
{
    Q_OBJECT

private slots:
    void matchesReference_data();
    void matchesReference();
};

void TestKpiReference::matchesReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("grain");
    QTest::addColumn<QString>("attribute");
    for (quint32 seed : {1u, 2u, 3u})
        for (int grain : {0, 1, 2})
            for (const char* attribute : {"", "plan", "region", "tier"}) {
                const QString name =
                    QStringLiteral("seed %1, %2, %3")
                        .arg(seed)
                        .arg(grainName(Grain(grain)),
                             *attribute ? QString::fromLatin1(attribute) : QStringLiteral("all"));
                QTest::newRow(qPrintable(name)) << seed << grain << QString::fromLatin1(attribute);
            }
}

void TestKpiReference::matchesReference()
{
    QFETCH(quint32, seed);
    QFETCH(int, grain);
    QFETCH(QString, attribute);
    test::TempWorkspace temp;
    buildRandom(temp.workspace(), seed);
    const Reference ref(temp.workspace());
    KpiEngine engine(temp.workspace());
    KpiQuery q;
    q.grain = Grain(grain);
    q.segmentAttribute = attribute;
    q.from = Period::containing(q.grain, monthIndex(2024, 12));
    q.to = Period::containing(q.grain, monthIndex(2026, 5));
    const KpiTable table = engine.compute(q);
    int compared = 0, withValue = 0;
    for (const KpiResult& r : table.rows) {
        if (r.kpi == QLatin1String("health_score"))
            continue;
        const auto expected =
            ref.compute(r.kpi, r.period.firstMonth, r.period.lastMonth, attribute, r.segment);
        const QString where = QStringLiteral("%1 %2 %3").arg(r.kpi, r.period.label(), r.segment);
        auto show = [](std::optional<double> v) {
            return v ? QString::number(*v, 'g', 12) : QStringLiteral("none");
        };
        QVERIFY2(near(r.value, expected.value),
                 qPrintable(where + QStringLiteral(": value ") + show(r.value) +
                            QStringLiteral(" expected ") + show(expected.value)));
        if (expected.value) {
            QVERIFY2(near(r.numerator, expected.numerator), qPrintable(where + QStringLiteral(" numerator")));
            QVERIFY2(near(r.denominator, expected.denominator),
                     qPrintable(where + QStringLiteral(" denominator")));
            ++withValue;
        }
        ++compared;
    }
    // Every KPI but health, every period and segment value was there.
    QVERIFY(compared >= 35 * 3);
    QVERIFY(withValue > compared / 3);
}

QTEST_GUILESS_MAIN(TestKpiReference)
#include "tst_kpi_reference.moc"
