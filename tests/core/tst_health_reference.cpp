// A second, deliberately naive implementation of the health score (docs/kpis.md "Health score",
// SPEC.md section 4 health_score): straight loops over the raw rows read back with SQL, QDate
// arithmetic, per account and month. Compared with KpiEngine's health(), the health_score KPI (all,
// plan, region; month, quarter, year), healthBacktest() and atRisk() on random companies. Nothing here
// uses the engine's internals, so the engine can be rewritten underneath it.

#include "TestSupport.h"
#include "Workspace.h"
#include "kpi/HealthLab.h"
#include "kpi/KpiEngine.h"
#include "tst_kpi_fixture.h"
#include "tst_reference_mrr.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <array>
#include <map>
#include <set>

using namespace tenure;

// QVERIFY2 that builds its message only on failure (the comparisons run hundreds of thousands of times).
#define CHECK(condition, message)                                                                            \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            QFAIL(message);                                                                                  \
    } while (false)

namespace {

enum class Tickets {
    Everywhere,         // tickets for most accounts over the whole range (and before it)
    None,               // a workspace without tickets: the component never has data
    WithoutAccountOnly, // a few tickets without account from the third month: every account scores 100
    FromMidway,         // the first ticket half-way: the component has data only from then on
};

struct Scenario
{
    quint32 seed = 1;
    int accounts = 60;
    int months = 18;
    Tickets tickets = Tickets::Everywhere;
};

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(tenure::HealthConfig)

namespace {

// The component ids in the order the weights are listed in docs/kpis.md.
const std::array<const char*, 6> kComponents = {"mrr_trend", "nps",        "csat",
                                                "tickets",   "activation", "renewal"};

using tenure::test::reference::day;
using tenure::test::reference::lastDay;
using tenure::test::reference::monthOfDay;

double clamp100(double v)
{
    return std::min(100.0, std::max(0.0, v));
}

struct Dated
{
    QDate date, date2;
    double a = 0, b = 0;
    bool flag = false;
};

// A configuration as plain numbers: red and amber cut-offs, then the six weights (missing = 0).
using Plain = std::array<double, 8>;

Plain plain(const HealthConfig& config)
{
    Plain p{config.redBelow, config.amberBelow};
    for (size_t i = 0; i < 6; ++i)
        p[i + 2] = config.weights.value(QString::fromLatin1(kComponents[i]), 0);
    return p;
}

struct RefHealth
{
    std::optional<double> score;
    QString band; // empty without score
    std::array<std::optional<double>, 6> components;
    std::array<double, 6> weights{};
};

struct Reference
{
    struct Account
    {
        QString key, plan, region;
    };
    std::map<qint64, Account> accounts;
    std::map<std::pair<qint64, int>, double> mrr; // (account, month) -> cents
    std::map<std::pair<qint64, int>, QString> revenuePlan;
    int first = INT_MAX, last = INT_MIN;
    std::map<qint64, QList<Dated>> nps, csat, tickets, signups, renewals;
    QDate firstTicket; // any ticket of the workspace, with or without account

    explicit Reference(Workspace& w)
    {
        QSqlQuery q(w.database());
        q.exec(QStringLiteral("SELECT id, account_key, plan, region FROM accounts"));
        while (q.next())
            accounts[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString()};
        tenure::test::reference::Mrr base = tenure::test::reference::readMrr(w);
        mrr = std::move(base.mrr);
        revenuePlan = std::move(base.revenuePlan);
        first = base.first;
        last = base.last;

        q.exec(QStringLiteral("SELECT account_id, responded_at, survey, score FROM surveys"));
        while (q.next()) {
            const QString type = q.value(2).toString().trimmed().toLower();
            if (q.value(0).isNull() || (type != QLatin1String("nps") && type != QLatin1String("csat")))
                continue;
            Dated r;
            r.date = day(q.value(1).toString());
            r.a = q.value(3).toDouble();
            (type == QLatin1String("nps") ? nps : csat)[q.value(0).toLongLong()] << r;
        }
        q.exec(QStringLiteral("SELECT account_id, created_at FROM tickets"));
        while (q.next()) {
            Dated r;
            r.date = day(q.value(1).toString());
            if (!firstTicket.isValid() || r.date < firstTicket)
                firstTicket = r.date;
            if (!q.value(0).isNull())
                tickets[q.value(0).toLongLong()] << r;
        }
        q.exec(QStringLiteral("SELECT account_id, signed_up_at, activated_at FROM signups"));
        while (q.next()) {
            if (q.value(0).isNull())
                continue;
            Dated r;
            r.date = day(q.value(1).toString());
            r.date2 = day(q.value(2).toString());
            signups[q.value(0).toLongLong()] << r;
        }
        // NULL ARR counts as 0, as for net_renewal_rate.
        q.exec(QStringLiteral("SELECT account_id, due_date, renewed, arr_before, arr_after FROM renewals"));
        while (q.next()) {
            Dated r;
            r.date = day(q.value(1).toString());
            r.flag = q.value(2).toInt() != 0;
            r.a = q.value(3).toDouble();
            r.b = q.value(4).toDouble();
            renewals[q.value(0).toLongLong()] << r;
        }
    }

    double mrrOf(qint64 account, int month) const
    {
        auto it = mrr.find({account, month});
        return it == mrr.end() ? 0.0 : it->second;
    }

    static const QList<Dated>& rowsOf(const std::map<qint64, QList<Dated>>& rows, qint64 account)
    {
        static const QList<Dated> none;
        auto it = rows.find(account);
        return it == rows.end() ? none : it->second;
    }

    // Memoised: the comparisons ask for the same account and month many times.
    RefHealth health(qint64 account, int month, const Plain& config) const
    {
        auto& byConfig = memo[config];
        auto it = byConfig.find({account, month});
        if (it == byConfig.end())
            it = byConfig.emplace(std::pair{account, month}, computeHealth(account, month, config)).first;
        return it->second;
    }
    mutable std::map<Plain, std::map<std::pair<qint64, int>, RefHealth>> memo;

    RefHealth computeHealth(qint64 account, int month, const Plain& config) const
    {
        RefHealth h;
        const QDate end = lastDay(month);
        // "The last N days": the N days ending with the month's last day.
        auto within = [&](const QDate& d, int days) {
            return d.isValid() && d <= end && d > end.addDays(-days);
        };

        const double before = mrrOf(account, month - 3), now = mrrOf(account, month);
        if (before > 0)
            h.components[0] = clamp100(75 + 125 * (now / before - 1));

        std::optional<Dated> latest;
        for (const Dated& r : rowsOf(nps, account))
            if (within(r.date, 365) && (!latest || r.date > latest->date))
                latest = r;
        if (latest)
            h.components[1] = clamp100(latest->a * 10);

        double sum = 0;
        int n = 0;
        for (const Dated& r : rowsOf(csat, account))
            if (within(r.date, 182)) {
                sum += r.a;
                ++n;
            }
        if (n > 0)
            h.components[2] = clamp100((sum / n - 1) / 4 * 100);

        if (firstTicket.isValid() && firstTicket <= end) {
            int count = 0;
            for (const Dated& r : rowsOf(tickets, account))
                if (within(r.date, 90))
                    ++count;
            h.components[3] = clamp100(100 - 20.0 * count);
        }

        int total = 0, activated = 0;
        for (const Dated& r : rowsOf(signups, account))
            if (r.date <= end) {
                ++total;
                if (r.date2.isValid() && r.date2 <= end)
                    ++activated;
            }
        if (total > 0)
            h.components[4] = 100.0 * activated / total;

        latest.reset();
        for (const Dated& r : rowsOf(renewals, account))
            if (r.date <= end && (!latest || r.date > latest->date))
                latest = r;
        if (latest)
            h.components[5] = !latest->flag ? 0.0 : (latest->b >= latest->a ? 100.0 : 60.0);

        const std::array<double, 6> w{config[2], config[3], config[4], config[5], config[6], config[7]};
        double wsum = 0, total2 = 0;
        for (size_t i = 0; i < 6; ++i)
            if (h.components[i] && w[i] > 0) {
                wsum += w[i];
                total2 += w[i] * *h.components[i];
            }
        for (size_t i = 0; i < 6; ++i)
            if (h.components[i] && w[i] > 0)
                h.weights[i] = w[i] / wsum;
        if (wsum > 0) {
            h.score = total2 / wsum;
            h.band = *h.score < config[0]   ? QStringLiteral("red")
                     : *h.score < config[1] ? QStringLiteral("amber")
                                            : QStringLiteral("green");
        }
        return h;
    }

    // The account's segment in a month; for plan the revenue row's plan of that month wins.
    QString segmentOf(qint64 account, int month, const QString& attribute) const
    {
        if (attribute.isEmpty())
            return QStringLiteral("all");
        if (attribute == QLatin1String("plan")) {
            auto it = revenuePlan.find({account, month});
            if (it != revenuePlan.end())
                return it->second;
        }
        const Account& a = accounts.at(account);
        const QString v = attribute == QLatin1String("plan") ? a.plan : a.region;
        return v.isEmpty() ? QStringLiteral("unknown") : v;
    }

    struct Kpi
    {
        std::optional<double> value, numerator, denominator;
    };
    // health_score of a period: MRR-weighted over the accounts active in the clipped last month.
    Kpi kpi(int p0, int p1, const QString& attribute, const QString& segment, const Plain& config) const
    {
        if (p1 < first || p0 > last)
            return {};
        const int end = std::min(p1, last);
        double num = 0, den = 0;
        for (const auto& [id, account] : accounts) {
            Q_UNUSED(account);
            const double y = mrrOf(id, end);
            if (y <= 0 || segmentOf(id, end, attribute) != segment)
                continue;
            const RefHealth h = health(id, end, config);
            if (!h.score)
                continue;
            num += *h.score * y / 100;
            den += y / 100;
        }
        Kpi k{std::nullopt, num, den};
        if (den != 0)
            k.value = num / den;
        return k;
    }
};

QDate randomDay(QRandomGenerator& rng, int fromMonth, int months)
{
    const QDate a(fromMonth / 12, fromMonth % 12 + 1, 1);
    return a.addDays(rng.bounded(int(a.daysTo(a.addMonths(months)))));
}

const int kFirstMonth = monthIndex(2024, 5);

// A random company from kFirstMonth over sc.months: revenue rows with churn, reactivation, big moves
// (trend clamped at 0 and 100), late starters and plan changes in revenue rows; some subscriptions;
// surveys, tickets, signups and renewals from a year before the data on (some exactly on the window
// edges), some without account; about one account in seven has MRR and nothing else.
void buildCompany(Workspace& w, const Scenario& sc)
{
    QRandomGenerator rng(sc.seed);
    test::Company c(w);
    const QStringList plans{QStringLiteral("basic"), QStringLiteral("pro"), QStringLiteral("enterprise"),
                            QString()};
    const QStringList regions{QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("apac"), QString()};
    const QStringList intervals{QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("week"),
                                QStringLiteral("day")};
    const int M0 = kFirstMonth, M1 = kFirstMonth + sc.months; // [M0, M1)
    QList<qint64> busy;
    for (int i = 0; i < sc.accounts; ++i) {
        const qint64 id =
            c.account(QStringLiteral("acc%1").arg(i), plans.at(rng.bounded(4)), regions.at(rng.bounded(4)));
        if (rng.bounded(7) != 0)
            busy << id;
        if (rng.bounded(8) == 0) {
            const QDate s = randomDay(rng, M0, sc.months);
            const QString end =
                rng.bounded(2) ? s.addDays(30 + rng.bounded(400)).toString(Qt::ISODate) : QString();
            c.subscription(id, s.toString(Qt::ISODate), end, 1000 + rng.bounded(50000),
                           intervals.at(rng.bounded(4)), 1 + rng.bounded(3));
            continue;
        }
        const int start = M0 + (rng.bounded(3) == 0 ? int(rng.bounded(sc.months)) : 0);
        bool active = true;
        qint64 value = 1000 * (1 + rng.bounded(40));
        for (int m = start; m < M1; ++m) {
            const int r = int(rng.bounded(12));
            if (active && r == 0)
                active = false;
            else if (!active && r <= 2)
                active = true;
            if (!active) {
                if (rng.bounded(5) == 0)
                    c.revenue(id, yyyymm(m), 0); // an explicit zero row
                continue;
            }
            if (r == 3)
                value += value * rng.bounded(60) / 100;
            else if (r == 4)
                value = std::max<qint64>(500, value - value * rng.bounded(80) / 100);
            c.revenue(id, yyyymm(m), value, rng.bounded(10) == 0 ? plans.at(rng.bounded(3)) : QString());
        }
    }
    auto someAccount = [&]() -> qint64 {
        return rng.bounded(10) == 0 ? 0 : busy.at(rng.bounded(busy.size()));
    };
    auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };

    // Surveys; at most one NPS answer per account and day, so "the latest" is always defined.
    std::set<std::pair<qint64, QDate>> npsDays;
    auto nps = [&](qint64 account, const QDate& d) {
        if (account != 0 && !npsDays.insert({account, d}).second)
            return;
        c.survey(account, iso(d), QStringLiteral("nps"), rng.bounded(11));
    };
    for (int i = 0; i < sc.accounts * 4; ++i) {
        const QDate d = randomDay(rng, M0 - 14, sc.months + 15);
        const int type = int(rng.bounded(5));
        if (type < 2)
            nps(someAccount(), d);
        else if (type < 4)
            c.survey(someAccount(), iso(d), QStringLiteral("csat"), 1 + rng.bounded(5));
        else
            c.survey(someAccount(), iso(d), QStringLiteral("ces"), 1 + rng.bounded(7));
    }
    // Rows on the window edges of some month: one day inside or exactly one day outside.
    for (qint64 id : busy) {
        if (rng.bounded(6) != 0)
            continue;
        const QDate end = lastDay(M0 + int(rng.bounded(sc.months)));
        nps(id, end.addDays(-365 + rng.bounded(2)));
        c.survey(id, iso(end.addDays(-182 + rng.bounded(2))), QStringLiteral("csat"), 1 + rng.bounded(5));
        if (sc.tickets == Tickets::Everywhere)
            c.ticket(id, iso(end.addDays(-90 + rng.bounded(2))), {}, 1);
        c.signup(id, iso(end.addDays(-rng.bounded(40))), iso(end.addDays(rng.bounded(2))));
    }

    auto ticket = [&](qint64 account, const QDate& created) {
        QString text = iso(created);
        if (rng.bounded(6) == 0)
            text += QStringLiteral("T09:30:00"); // a timestamp: its day counts
        c.ticket(account, text, rng.bounded(5) == 0 ? QString() : iso(created.addDays(rng.bounded(30))),
                 int(rng.bounded(4)));
    };
    switch (sc.tickets) {
    case Tickets::Everywhere:
        for (int i = 0; i < sc.accounts * 2; ++i)
            ticket(someAccount(), randomDay(rng, M0 - 4, sc.months + 5));
        break;
    case Tickets::FromMidway:
        for (int i = 0; i < sc.accounts * 2; ++i)
            ticket(someAccount(), randomDay(rng, M0 + sc.months / 2, sc.months - sc.months / 2));
        break;
    case Tickets::WithoutAccountOnly:
        for (int i = 0; i < 5; ++i)
            ticket(0, randomDay(rng, M0 + 2, sc.months - 2));
        break;
    case Tickets::None:
        break;
    }

    for (int i = 0; i < sc.accounts; ++i) {
        const QDate d = randomDay(rng, M0 - 6, sc.months + 6);
        c.signup(someAccount(), iso(d), rng.bounded(3) == 0 ? QString() : iso(d.addDays(rng.bounded(90))));
    }

    for (qint64 id : busy) {
        if (rng.bounded(2) == 0)
            continue;
        std::set<QDate> due; // (account, due_date) is the table's key
        for (int k = 1 + int(rng.bounded(3)); k > 0; --k)
            due.insert(randomDay(rng, M0 - 12, sc.months + 14));
        for (const QDate& d : due) {
            const bool renewed = rng.bounded(4) != 0;
            const qint64 before = 10000 * (1 + rng.bounded(100));
            std::optional<qint64> after;
            const int kind = int(rng.bounded(5));
            if (kind == 0)
                after = std::nullopt; // renewed without ARR, or not renewed
            else if (kind == 1)
                after = before; // the same ARR counts as renewed at the same or more
            else
                after = 10000 * (1 + rng.bounded(100)); // also on some not renewed: ignored
            c.renewal(id, iso(d), renewed, before, after);
        }
    }
    c.done();
}

QString scenarioName(const Scenario& sc)
{
    const char* tickets[] = {"", ", no tickets", ", tickets without account only", ", tickets from midway"};
    return QStringLiteral("seed %1, %2 accounts, %3 months%4")
        .arg(sc.seed)
        .arg(sc.accounts)
        .arg(sc.months)
        .arg(QString::fromLatin1(tickets[int(sc.tickets)]));
}

// Building a company is the slow part: each scenario is built once and every row works on a copy of
// the file (and shares the reference, which only reads).
const Reference& openCompany(test::TempWorkspace& temp, const Scenario& sc)
{
    struct Built
    {
        std::unique_ptr<test::TempWorkspace> workspace;
        std::unique_ptr<Reference> reference;
    };
    static std::map<QString, Built> built;
    Built& b = built[scenarioName(sc)];
    if (!b.workspace) {
        b.workspace = std::make_unique<test::TempWorkspace>();
        buildCompany(b.workspace->workspace(), sc);
        b.reference = std::make_unique<Reference>(b.workspace->workspace());
        b.workspace->close();
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(b.workspace->path() + suffix) &&
            !QFile::copy(b.workspace->path() + suffix, temp.path() + suffix))
            qFatal("cannot copy the test workspace");
    return *b.reference;
}

HealthConfig config(std::array<double, 6> weights, double red = 40, double amber = 70)
{
    HealthConfig c;
    for (size_t i = 0; i < 6; ++i)
        c.weights[QString::fromLatin1(kComponents[i])] = weights[i];
    c.redBelow = red;
    c.amberBelow = amber;
    return c;
}

HealthConfig defaultConfig()
{
    return config({30, 20, 15, 15, 10, 10});
}

// Scores, weights and shares (0-100) to 1e-9.
bool near(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9;
}

// Money (sums in a different order) relatively to 1e-9.
bool nearMoney(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 15) : QStringLiteral("none");
}

QString mismatch(const QString& where, const QString& what, std::optional<double> actual,
                 std::optional<double> expected)
{
    return where + QLatin1Char(' ') + what + QStringLiteral(": engine ") + show(actual) +
           QStringLiteral(", reference ") + show(expected);
}

bool isBand(const QString& band)
{
    return band == QLatin1String("red") || band == QLatin1String("amber") || band == QLatin1String("green");
}

// How much of the interesting ground a comparison covered (so a row cannot pass by comparing nothing).
struct Coverage
{
    int accounts = 0, scored = 0, unscored = 0, noTrend = 0, quiet = 0, red = 0, onCutOff = 0;
    std::array<int, 6> withData{};
};

// health(month) against the reference: the active accounts, their score, band, mrr and components,
// the order, the global score and the band counts.
void checkReport(const Reference& ref, int month, const HealthConfig& config, const HealthReport& report,
                 Coverage& cov)
{
    const Plain cfg = plain(config);
    const QString where = QStringLiteral("health(%1)").arg(monthLabel(month));
    QCOMPARE(report.month, month);
    std::set<qint64> seen;
    double num = 0, den = 0;
    QMap<QString, int> bands{
        {QStringLiteral("red"), 0}, {QStringLiteral("amber"), 0}, {QStringLiteral("green"), 0}};
    std::optional<double> previous;
    for (const AccountHealth& h : report.accounts) {
        const QString at = where + QLatin1Char(' ') + h.accountKey;
        CHECK(ref.accounts.count(h.accountId), qPrintable(at + QStringLiteral(": unknown account")));
        CHECK(seen.insert(h.accountId).second, qPrintable(at + QStringLiteral(": listed twice")));
        QCOMPARE(h.accountKey, ref.accounts.at(h.accountId).key);
        const double y = ref.mrrOf(h.accountId, month);
        CHECK(y > 0, qPrintable(at + QStringLiteral(": listed but not active")));
        CHECK(nearMoney(h.mrr, y / 100), qPrintable(mismatch(at, QStringLiteral("mrr"), h.mrr, y / 100)));
        const RefHealth e = ref.health(h.accountId, month, cfg);
        CHECK(near(h.score, e.score), qPrintable(mismatch(at, QStringLiteral("score"), h.score, e.score)));
        if (e.score)
            QCOMPARE(h.band, e.band);
        else
            CHECK(!isBand(h.band), qPrintable(at + QStringLiteral(": a band without a score")));
        QCOMPARE(int(h.components.size()), 6);
        for (size_t i = 0; i < 6; ++i) {
            const QString id = QString::fromLatin1(kComponents[i]);
            const HealthComponent* c = nullptr;
            for (const HealthComponent& x : h.components)
                if (x.id == id) {
                    CHECK(!c, qPrintable(at + QStringLiteral(": component twice: ") + id));
                    c = &x;
                }
            CHECK(c, qPrintable(at + QStringLiteral(": no component ") + id));
            CHECK(near(c->score, e.components[i]),
                  qPrintable(mismatch(at, id + QStringLiteral(" score"), c->score, e.components[i])));
            CHECK(near(c->weight, e.weights[i]),
                  qPrintable(mismatch(at, id + QStringLiteral(" weight"), c->weight, e.weights[i])));
            cov.withData[i] += e.components[i] ? 1 : 0;
        }
        // Lowest score first.
        if (h.score) {
            CHECK(!previous || *previous <= *h.score, qPrintable(at + QStringLiteral(": out of order")));
            previous = h.score;
            num += *e.score * y;
            den += y;
            bands[e.band] += 1;
        }
        ++cov.accounts;
        cov.scored += e.score ? 1 : 0;
        cov.unscored += e.score ? 0 : 1;
        cov.noTrend += e.components[0] ? 0 : 1;
        cov.quiet += !e.components[1] && !e.components[2] && !e.components[4] && !e.components[5] ? 1 : 0;
        cov.red += e.band == QLatin1String("red") ? 1 : 0;
        cov.onCutOff += e.score && (*e.score == cfg[0] || *e.score == cfg[1]) ? 1 : 0;
    }
    int active = 0;
    for (const auto& [id, a] : ref.accounts) {
        Q_UNUSED(a);
        active += ref.mrrOf(id, month) > 0 ? 1 : 0;
    }
    CHECK(int(seen.size()) == active,
          qPrintable(where + QStringLiteral(": %1 accounts listed, %2 active").arg(seen.size()).arg(active)));
    const std::optional<double> global = den > 0 ? std::optional<double>(num / den) : std::nullopt;
    CHECK(near(report.globalScore, global),
          qPrintable(mismatch(where, QStringLiteral("globalScore"), report.globalScore, global)));
    for (const QString& band : bands.keys())
        CHECK(report.bandCounts.value(band, 0) == bands.value(band),
              qPrintable(where + QStringLiteral(" bandCounts[%1]: engine %2, reference %3")
                                     .arg(band)
                                     .arg(report.bandCounts.value(band, 0))
                                     .arg(bands.value(band))));
}

void checkBacktest(const Reference& ref, const HealthConfig& config, const QList<BacktestRow>& rows)
{
    const Plain cfg = plain(config);
    const QStringList bands{QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")};
    std::map<std::pair<int, QString>, std::pair<int, int>> expected; // (month, band) -> accounts, churned
    for (int m = ref.first; m + 3 <= ref.last; ++m) {
        for (const QString& b : bands)
            expected[{m, b}] = {0, 0};
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            if (ref.mrrOf(id, m) <= 0)
                continue;
            const RefHealth h = ref.health(id, m, cfg);
            if (!h.score)
                continue;
            auto& cell = expected[{m, h.band}];
            ++cell.first;
            if (ref.mrrOf(id, m + 1) <= 0 || ref.mrrOf(id, m + 2) <= 0 || ref.mrrOf(id, m + 3) <= 0)
                ++cell.second;
        }
    }
    QCOMPARE(int(rows.size()), int(expected.size()));
    std::set<std::pair<int, QString>> seen;
    for (const BacktestRow& r : rows) {
        const QString at = QStringLiteral("backtest %1 %2").arg(monthLabel(r.month), r.band);
        CHECK(seen.insert({r.month, r.band}).second, qPrintable(at + QStringLiteral(": twice")));
        auto it = expected.find({r.month, r.band});
        CHECK(it != expected.end(), qPrintable(at + QStringLiteral(": unexpected row")));
        CHECK(r.accounts == it->second.first && r.churned == it->second.second,
              qPrintable(at + QStringLiteral(": engine %1 accounts %2 churned, reference %3 and %4")
                                  .arg(r.accounts)
                                  .arg(r.churned)
                                  .arg(it->second.first)
                                  .arg(it->second.second)));
        const std::optional<double> share =
            r.accounts > 0 ? std::optional<double>(100.0 * r.churned / r.accounts) : std::nullopt;
        CHECK(near(r.churnShare, share),
              qPrintable(mismatch(at, QStringLiteral("churnShare"), r.churnShare, share)));
    }
}

void checkAtRisk(const Reference& ref, int month, const HealthConfig& config,
                 const QList<AccountHealth>& list, int limit)
{
    const Plain cfg = plain(config);
    const QString where = QStringLiteral("atRisk(%1, %2)").arg(monthLabel(month)).arg(limit);
    std::vector<std::pair<double, qint64>> red; // (mrr, account)
    for (const auto& [id, a] : ref.accounts) {
        Q_UNUSED(a);
        if (ref.mrrOf(id, month) > 0 && ref.health(id, month, cfg).band == QLatin1String("red"))
            red.emplace_back(ref.mrrOf(id, month) / 100, id);
    }
    std::sort(red.begin(), red.end(), [](auto& x, auto& y) { return x.first > y.first; });
    const int n = limit < 0 ? int(red.size()) : std::min(limit, int(red.size()));
    CHECK(list.size() == n,
          qPrintable(where + QStringLiteral(": %1 accounts, reference %2").arg(list.size()).arg(n)));
    std::set<qint64> redIds;
    for (const auto& r : red)
        redIds.insert(r.second);
    std::set<qint64> seen;
    for (int i = 0; i < n; ++i) {
        const AccountHealth& h = list.at(i);
        const QString at = where + QLatin1Char(' ') + h.accountKey;
        // Highest MRR first; accounts with the same MRR may come in any order.
        CHECK(nearMoney(h.mrr, red[size_t(i)].first),
              qPrintable(mismatch(at, QStringLiteral("mrr"), h.mrr, red[size_t(i)].first)));
        CHECK(redIds.count(h.accountId) && seen.insert(h.accountId).second,
              qPrintable(at + QStringLiteral(": not red, or twice")));
        QCOMPARE(h.band, QStringLiteral("red"));
        const RefHealth e = ref.health(h.accountId, month, cfg);
        CHECK(near(h.score, e.score), qPrintable(mismatch(at, QStringLiteral("score"), h.score, e.score)));
    }
}

// The health_score rows of compute() against the reference, and every asked segment (values; empty:
// all) that holds a scored active account has its row.
void checkKpi(const Reference& ref, const KpiTable& table, const QString& attribute,
              const QStringList& values, const HealthConfig& config, int* withValue)
{
    const Plain cfg = plain(config);
    std::set<std::pair<QString, QString>> rows; // (period, segment)
    for (const KpiResult& r : table.rows) {
        QCOMPARE(r.kpi, QStringLiteral("health_score"));
        const QString where = QStringLiteral("health_score %1 %2").arg(r.period.label(), r.segment);
        CHECK(rows.insert({r.period.label(), r.segment}).second,
              qPrintable(where + QStringLiteral(": twice")));
        CHECK(values.isEmpty() || values.contains(r.segment),
              qPrintable(where + QStringLiteral(": not asked")));
        const Reference::Kpi e = ref.kpi(r.period.firstMonth, r.period.lastMonth, attribute, r.segment, cfg);
        CHECK(near(r.value, e.value), qPrintable(mismatch(where, QStringLiteral("value"), r.value, e.value)));
        if (e.value) {
            CHECK(nearMoney(r.numerator, e.numerator),
                  qPrintable(mismatch(where, QStringLiteral("numerator"), r.numerator, e.numerator)));
            CHECK(nearMoney(r.denominator, e.denominator),
                  qPrintable(mismatch(where, QStringLiteral("denominator"), r.denominator, e.denominator)));
            ++*withValue;
        }
    }
    // Each period's segments that hold a scored active account have a row.
    std::set<QString> periods;
    for (const KpiResult& r : table.rows)
        if (r.period.lastMonth >= ref.first && r.period.firstMonth <= ref.last)
            periods.insert(r.period.label());
    for (const KpiResult& r : table.rows) {
        if (!periods.count(r.period.label()))
            continue;
        periods.erase(r.period.label());
        const int end = std::min(r.period.lastMonth, ref.last);
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            if (ref.mrrOf(id, end) > 0 && ref.health(id, end, cfg).score) {
                const QString seg = ref.segmentOf(id, end, attribute);
                if (!values.isEmpty() && !values.contains(seg))
                    continue;
                CHECK(rows.count({r.period.label(), seg}),
                      qPrintable(QStringLiteral("health_score %1 %2: no row").arg(r.period.label(), seg)));
            }
        }
    }
}

KpiTable computeHealthKpi(KpiEngine& engine, const Reference& ref, Grain grain, const QString& attribute,
                          const QStringList& values = {})
{
    KpiQuery q;
    q.kpis = {QStringLiteral("health_score")};
    q.grain = grain;
    q.segmentAttribute = attribute;
    q.segmentValues = values;
    // From before the data to after it: those periods have no value.
    q.from = Period::containing(grain, ref.first - 13);
    q.to = Period::containing(grain, ref.last + 13);
    return engine.compute(q);
}

const QList<Scenario>& scenarios()
{
    static const QList<Scenario> all = {
        {1, 40, 14, Tickets::Everywhere},         {2, 120, 24, Tickets::Everywhere},
        {3, 300, 30, Tickets::Everywhere},        {4, 60, 18, Tickets::None},
        {5, 60, 18, Tickets::WithoutAccountOnly}, {6, 80, 20, Tickets::FromMidway},
    };
    return all;
}

struct NamedConfig
{
    const char* name;
    HealthConfig config;
};

QList<NamedConfig> configs()
{
    return {
        {"default weights", defaultConfig()},
        {"nps weight 0", config({30, 0, 15, 15, 10, 10})},
        {"all weight on csat", config({0, 0, 1, 0, 0, 0})},
        {"all weight on mrr_trend", config({5, 0, 0, 0, 0, 0})},
        {"all weight on tickets", config({0, 0, 0, 2, 0, 0})},
        {"fractional weights", config({0.3, 0.2, 0.15, 0.15, 0.1, 0.1})},
        {"cut-offs 55/80", config({30, 20, 15, 15, 10, 10}, 55, 80)},
        {"cut-offs 60/75 on exact scores", config({30, 0, 0, 0, 0, 10}, 60, 75)},
        {"cut-offs 50/50, no amber", config({10, 10, 10, 10, 10, 10}, 50, 50)},
    };
}

// ---- The configurable score (custom components, components switched off), the lift and the AUC ----

// Custom attribute values as read back with SQL: attribute -> account -> number (non-numbers left out).
using Numbers = std::map<QString, std::map<qint64, double>>;

Numbers readNumbers(Workspace& w)
{
    Numbers out;
    QSqlQuery q(w.database());
    q.exec(QStringLiteral("SELECT attribute, account_id, value FROM account_attributes"));
    while (q.next()) {
        bool ok = false;
        const double v = q.value(2).toString().trimmed().toDouble(&ok);
        if (ok)
            out[q.value(0).toString()][q.value(1).toLongLong()] = v;
    }
    return out;
}

// Adds a custom attribute "seats" (numbers 1-200 for most accounts, "n/a" or nothing for some) and
// "region_code" (text) with a generator of its own, so the company's other rows stay as they are.
void addSeats(Workspace& w, const Reference& ref, quint32 seed)
{
    QRandomGenerator rng(seed + 1000);
    test::Company c(w);
    for (const auto& [id, a] : ref.accounts) {
        Q_UNUSED(a);
        const int r = int(rng.bounded(10));
        if (r == 0)
            continue;
        c.attribute(id, QStringLiteral("seats"),
                    r == 1 ? QStringLiteral("n/a") : QString::number(1 + rng.bounded(200)));
        c.attribute(id, QStringLiteral("region_code"), QStringLiteral("R%1").arg(rng.bounded(5)));
    }
    c.done();
}

// The score with every rule spelled out: the six built-in components of the reference, then each
// custom component on its linear scale; weights 0 when switched off.
RefHealth naiveHealth(const Reference& ref, const Numbers& numbers, qint64 id, int month,
                      const HealthConfig& cfg)
{
    const RefHealth base = ref.health(id, month, plain(defaultConfig())); // components only
    RefHealth h;
    std::vector<std::optional<double>> comps(base.components.begin(), base.components.end());
    std::vector<double> w;
    for (size_t i = 0; i < 6; ++i) {
        const QString cid = QString::fromLatin1(kComponents[i]);
        w.push_back(cfg.off.contains(cid) ? 0.0 : cfg.weights.value(cid, 0));
    }
    for (const HealthCustomComponent& c : cfg.custom) {
        std::optional<double> v;
        auto attr = numbers.find(c.attribute);
        if (attr != numbers.end()) {
            auto it = attr->second.find(id);
            if (it != attr->second.end()) {
                const double t = (it->second - c.low) / (c.high - c.low) * 100;
                v = clamp100(c.higherIsBetter ? t : 100 - t);
            }
        }
        comps.push_back(v);
        w.push_back(cfg.off.contains(c.id()) ? 0.0 : cfg.weights.value(c.id(), 0));
    }
    double wsum = 0, sum = 0;
    for (size_t i = 0; i < comps.size(); ++i)
        if (comps[i] && w[i] > 0) {
            wsum += w[i];
            sum += w[i] * *comps[i];
        }
    for (size_t i = 0; i < 6; ++i)
        h.components[i] = comps[i];
    if (wsum > 0) {
        h.score = sum / wsum;
        h.band = *h.score < cfg.redBelow     ? QStringLiteral("red")
                 : *h.score < cfg.amberBelow ? QStringLiteral("amber")
                                             : QStringLiteral("green");
    }
    return h;
}

struct NaiveGroup
{
    int observations = 0, churned = 0, red = 0, redChurned = 0, green = 0, greenChurned = 0;
    std::vector<std::pair<double, bool>> scores; // (score, churned)
};

// The lift and AUC from their definitions (docs/kpis.md): every scored active account-month with 3
// later months, churned = MRR 0 in one of them; AUC over every (churner, non-churner) pair, scores
// compared at a hundredth of a point, ties half.
std::map<QString, NaiveGroup> naiveGroups(const Reference& ref, const Numbers& numbers,
                                          const HealthConfig& cfg, const QString& attribute)
{
    std::map<QString, NaiveGroup> groups;
    groups[QStringLiteral("all")];
    for (int m = ref.first; m + 3 <= ref.last; ++m)
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            if (ref.mrrOf(id, m) <= 0)
                continue;
            const RefHealth h = naiveHealth(ref, numbers, id, m, cfg);
            if (!h.score)
                continue;
            const bool churn =
                ref.mrrOf(id, m + 1) <= 0 || ref.mrrOf(id, m + 2) <= 0 || ref.mrrOf(id, m + 3) <= 0;
            QStringList in{QStringLiteral("all")};
            if (!attribute.isEmpty())
                in << ref.segmentOf(id, m, attribute);
            for (const QString& g : in) {
                NaiveGroup& x = groups[g];
                ++x.observations;
                x.churned += churn;
                if (h.band == QLatin1String("red")) {
                    ++x.red;
                    x.redChurned += churn;
                }
                if (h.band == QLatin1String("green")) {
                    ++x.green;
                    x.greenChurned += churn;
                }
                x.scores.emplace_back(*h.score, churn);
            }
        }
    return groups;
}

std::optional<double> naiveAuc(const NaiveGroup& g)
{
    double pairs = 0, good = 0;
    for (const auto& [c, churn] : g.scores) {
        if (!churn)
            continue;
        for (const auto& [n, churn2] : g.scores) {
            if (churn2)
                continue;
            pairs += 1;
            const long rc = std::lround(c * 100), rn = std::lround(n * 100);
            good += rc < rn ? 1.0 : (rc == rn ? 0.5 : 0.0);
        }
    }
    return pairs > 0 ? std::optional<double>(good / pairs) : std::nullopt;
}

std::optional<double> naiveLift(const NaiveGroup& g)
{
    if (g.red == 0 || g.green == 0 || g.greenChurned == 0)
        return std::nullopt;
    return (double(g.redChurned) / g.red) / (double(g.greenChurned) / g.green);
}

// Groups against the naive ones; withAuc: how many had an AUC (so a row cannot pass on nothing).
void checkGroups(const QString& where, const std::map<QString, NaiveGroup>& expected,
                 const QList<BacktestGroup>& groups, int* withAuc = nullptr)
{
    std::set<QString> seen;
    CHECK(!groups.isEmpty() && groups.first().segment == QLatin1String("all"),
          qPrintable(where + QStringLiteral(": \"all\" is not first")));
    for (const BacktestGroup& g : groups) {
        const QString at = where + QLatin1Char(' ') + g.segment;
        CHECK(seen.insert(g.segment).second, qPrintable(at + QStringLiteral(": twice")));
        auto it = expected.find(g.segment);
        if (it == expected.end()) { // a segment without a scored observation
            CHECK(g.observations == 0, qPrintable(at + QStringLiteral(": unexpected")));
            continue;
        }
        const NaiveGroup& e = it->second;
        CHECK(g.observations == e.observations && g.churned == e.churned && g.red == e.red &&
                  g.redChurned == e.redChurned && g.green == e.green && g.greenChurned == e.greenChurned,
              qPrintable(
                  at + QStringLiteral(": counts %1/%2 red %3/%4 green %5/%6, reference %7/%8 %9/%10 %11/%12")
                           .arg(g.observations)
                           .arg(g.churned)
                           .arg(g.red)
                           .arg(g.redChurned)
                           .arg(g.green)
                           .arg(g.greenChurned)
                           .arg(e.observations)
                           .arg(e.churned)
                           .arg(e.red)
                           .arg(e.redChurned)
                           .arg(e.green)
                           .arg(e.greenChurned)));
        const std::optional<double> lift = naiveLift(e), auc = naiveAuc(e);
        CHECK(near(g.lift, lift), qPrintable(mismatch(at, QStringLiteral("lift"), g.lift, lift)));
        CHECK(near(g.auc, auc), qPrintable(mismatch(at, QStringLiteral("auc"), g.auc, auc)));
        if (withAuc)
            *withAuc += auc.has_value();
    }
    for (const auto& [segment, e] : expected)
        CHECK(seen.count(segment) || e.observations == 0,
              qPrintable(where + QStringLiteral(": no group ") + segment));
}

// The backtest rows of a general configuration against the naive score.
void checkRows(const Reference& ref, const Numbers& numbers, const HealthConfig& cfg,
               const QList<BacktestRow>& rows)
{
    std::map<std::pair<int, QString>, std::pair<int, int>> expected;
    for (int m = ref.first; m + 3 <= ref.last; ++m) {
        for (const QString& b : {QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")})
            expected[{m, b}] = {0, 0};
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            if (ref.mrrOf(id, m) <= 0)
                continue;
            const RefHealth h = naiveHealth(ref, numbers, id, m, cfg);
            if (!h.score)
                continue;
            auto& cell = expected[{m, h.band}];
            ++cell.first;
            cell.second +=
                ref.mrrOf(id, m + 1) <= 0 || ref.mrrOf(id, m + 2) <= 0 || ref.mrrOf(id, m + 3) <= 0;
        }
    }
    QCOMPARE(int(rows.size()), int(expected.size()));
    for (const BacktestRow& r : rows) {
        auto it = expected.find({r.month, r.band});
        CHECK(it != expected.end() && r.accounts == it->second.first && r.churned == it->second.second,
              qPrintable(QStringLiteral("backtest %1 %2: engine %3/%4")
                             .arg(monthLabel(r.month), r.band)
                             .arg(r.accounts)
                             .arg(r.churned)));
    }
}

HealthConfig withSeats(HealthConfig c, double weight, bool higher, double low, double high)
{
    HealthCustomComponent seats;
    seats.attribute = QStringLiteral("seats");
    seats.higherIsBetter = higher;
    seats.low = low;
    seats.high = high;
    c.custom << seats;
    c.weights[seats.id()] = weight;
    return c;
}

QList<NamedConfig> customConfigs()
{
    HealthConfig off = withSeats(defaultConfig(), 25, true, 0, 100);
    off.off = QStringList{QStringLiteral("nps"), QStringLiteral("tickets")};
    HealthConfig seatsOnly = withSeats(config({0, 0, 0, 0, 0, 0}), 1, true, 20, 180);
    return {
        {"seats higher is better 0-100, weight 25", withSeats(defaultConfig(), 25, true, 0, 100)},
        {"seats lower is better 50-150, weight 40, cut-offs 55/80",
         withSeats(config({30, 20, 15, 15, 10, 10}, 55, 80), 40, false, 50, 150)},
        {"seats, nps and tickets switched off", off},
        {"seats alone 20-180", seatsOnly},
    };
}

} // namespace

class TestHealthReference : public QObject
{
    Q_OBJECT

private slots:
    void health_data();
    void health();
    void kpi_data();
    void kpi();
    void backtest_data();
    void backtest();
    void atRisk_data();
    void atRisk();
    void afterNewData_data();
    void afterNewData();
    void summary_data();
    void summary();
    void custom_data();
    void custom();
    void bandChanges();
};

void TestHealthReference::health_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<HealthConfig>("config");
    QTest::addColumn<bool>("stored");
    for (const Scenario& sc : scenarios())
        QTest::newRow(qPrintable(scenarioName(sc) + QStringLiteral(", default weights")))
            << sc << defaultConfig() << false;
    for (const NamedConfig& c : configs().mid(1))
        QTest::newRow(
            qPrintable(scenarioName(scenarios().at(5)) + QStringLiteral(", ") + QString::fromLatin1(c.name)))
            << scenarios().at(5) << c.config << false;
    QTest::newRow("seed 1, stored config cut-offs 55/80")
        << scenarios().at(0) << config({30, 20, 15, 15, 10, 10}, 55, 80) << true;
    QTest::newRow("no tickets, all weight on tickets: no scores")
        << scenarios().at(3) << config({0, 0, 0, 2, 0, 0}) << false;
    QTest::newRow("tickets without account only, tickets and renewal")
        << scenarios().at(4) << config({0, 0, 0, 1, 0, 1}) << true;
}

void TestHealthReference::health()
{
    QFETCH(Scenario, scenario);
    QFETCH(HealthConfig, config);
    QFETCH(bool, stored);
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenario);
    KpiEngine engine(temp.workspace());
    // Another configuration first, so a cache keyed wrongly would show.
    engine.health(ref.last, &configs().at(3).config);
    if (stored)
        engine.setHealthConfig(config);
    Coverage cov;
    // From the month before the data (no account active, no global score).
    for (int m = ref.first - 1; m <= ref.last; ++m) {
        checkReport(ref, m, config, stored ? engine.health(m) : engine.health(m, &config), cov);
        if (QTest::currentTestFailed())
            return;
    }
    // Without a month: the last month of MRR data.
    const HealthReport latest = stored ? engine.health() : engine.health(std::nullopt, &config);
    QCOMPARE(latest.month, ref.last);
    checkReport(ref, ref.last, config, latest, cov);
    if (QTest::currentTestFailed())
        return;

    // The edge cases were there.
    QVERIFY(cov.accounts > scenario.accounts);
    QVERIFY(cov.noTrend > 0); // no MRR 3 months before
    QVERIFY(cov.quiet > 0);   // no surveys, signups or renewals
    QVERIFY(cov.withData[0] > 0 && cov.withData[1] > 0 && cov.withData[2] > 0 && cov.withData[4] > 0 &&
            cov.withData[5] > 0);
    QCOMPARE(cov.withData[3] > 0, scenario.tickets != Tickets::None);
    // The 60/75 row is there for scores exactly on a cut-off (renewed at less ARR alone: 60; a flat
    // MRR trend alone: 75).
    if (config.redBelow == 60 && config.amberBelow == 75)
        QVERIFY(cov.onCutOff > 0);
    if (plain(config)[5] > 0 && plain(config)[2] == 0 && scenario.tickets == Tickets::None)
        QCOMPARE(cov.scored, 0);
    else
        QVERIFY(cov.scored > 0);
}

void TestHealthReference::kpi_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("grain");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<HealthConfig>("config");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QStringList>("values"); // asked segment values (empty: all)
    for (int s : {0, 1, 3, 5})
        for (int grain : {0, 1, 2})
            for (const char* attribute : {"", "plan", "region"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1, %2, %3")
                                   .arg(scenarioName(scenarios().at(s)), grainName(Grain(grain)),
                                        *attribute ? QString::fromLatin1(attribute) : QStringLiteral("all"))))
                    << scenarios().at(s) << grain << QString::fromLatin1(attribute) << defaultConfig()
                    << false << QStringList();
    QTest::newRow("seed 2, month, plan, stored cut-offs 55/80, nps weight 0")
        << scenarios().at(1) << 0 << QStringLiteral("plan") << config({30, 0, 15, 15, 10, 10}, 55, 80) << true
        << QStringList();
    QTest::newRow("seed 2, quarter, region, stored all weight on csat")
        << scenarios().at(1) << 1 << QStringLiteral("region") << config({0, 0, 1, 0, 0, 0}) << true
        << QStringList();
    QTest::newRow("tickets without account only, year, all, stored fractional weights")
        << scenarios().at(4) << 2 << QString() << config({0.3, 0.2, 0.15, 0.15, 0.1, 0.1}) << true
        << QStringList();
    QTest::newRow("seed 2, month, plan, only pro and unknown")
        << scenarios().at(1) << 0 << QStringLiteral("plan") << defaultConfig() << false
        << QStringList{QStringLiteral("pro"), QStringLiteral("unknown")};
    QTest::newRow("seed 2, quarter, region, only us")
        << scenarios().at(1) << 1 << QStringLiteral("region") << defaultConfig() << false
        << QStringList{QStringLiteral("us")};
}

void TestHealthReference::kpi()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, grain);
    QFETCH(QString, attribute);
    QFETCH(HealthConfig, config);
    QFETCH(bool, stored);
    QFETCH(QStringList, values);
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenario);
    KpiEngine engine(temp.workspace());
    if (stored) {
        // The KPI uses the stored configuration, including after it changed.
        engine.setHealthConfig(defaultConfig());
        computeHealthKpi(engine, ref, Grain(grain), attribute, values);
        engine.setHealthConfig(config);
    }
    const KpiTable table = computeHealthKpi(engine, ref, Grain(grain), attribute, values);
    int withValue = 0;
    checkKpi(ref, table, attribute, values, config, &withValue);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(withValue > 0);
    QVERIFY(table.rows.size() > withValue); // periods outside the data are there, without value
}

void TestHealthReference::backtest_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<HealthConfig>("config");
    for (const Scenario& sc : scenarios())
        QTest::newRow(qPrintable(scenarioName(sc) + QStringLiteral(", default weights")))
            << sc << defaultConfig();
    for (const NamedConfig& c : configs().mid(1))
        QTest::newRow(
            qPrintable(scenarioName(scenarios().at(0)) + QStringLiteral(", ") + QString::fromLatin1(c.name)))
            << scenarios().at(0) << c.config;
}

void TestHealthReference::backtest()
{
    QFETCH(Scenario, scenario);
    QFETCH(HealthConfig, config);
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenario);
    KpiEngine engine(temp.workspace());
    engine.healthBacktest(&configs().at(2).config); // another configuration first
    const QList<BacktestRow> rows = engine.healthBacktest(&config);
    checkBacktest(ref, config, rows);
    if (QTest::currentTestFailed())
        return;
    int churned = 0;
    for (const BacktestRow& r : rows)
        churned += r.churned;
    QVERIFY(!rows.isEmpty());
    QVERIFY(churned > 0);
    // The stored configuration is the default one when none is passed.
    engine.setHealthConfig(config);
    checkBacktest(ref, config, engine.healthBacktest());
}

void TestHealthReference::atRisk_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<HealthConfig>("config");
    for (int s : {0, 3, 5})
        QTest::newRow(qPrintable(scenarioName(scenarios().at(s)) + QStringLiteral(", default weights")))
            << scenarios().at(s) << defaultConfig();
    QTest::newRow("seed 2, cut-offs 55/80") << scenarios().at(1) << config({30, 20, 15, 15, 10, 10}, 55, 80);
    QTest::newRow("seed 2, all weight on mrr_trend") << scenarios().at(1) << config({5, 0, 0, 0, 0, 0});
}

void TestHealthReference::atRisk()
{
    QFETCH(Scenario, scenario);
    QFETCH(HealthConfig, config);
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenario);
    KpiEngine engine(temp.workspace());
    int red = 0;
    for (int m = ref.first; m <= ref.last; ++m) {
        const QList<AccountHealth> all = engine.atRisk(m, -1, &config);
        checkAtRisk(ref, m, config, all, -1);
        if ((m - ref.first) % 4 == 0 || m == ref.last)
            checkAtRisk(ref, m, config, engine.atRisk(m, 3, &config), 3);
        if (QTest::currentTestFailed())
            return;
        red += int(all.size());
    }
    QVERIFY(red > 0);
    engine.setHealthConfig(config);
    checkAtRisk(ref, ref.last, config, engine.atRisk(), -1);
}

void TestHealthReference::afterNewData_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("seed 7, 50 accounts, 15 months") << Scenario{7, 50, 15, Tickets::Everywhere};
    QTest::newRow("seed 8, 50 accounts, 15 months, tickets arrive later")
        << Scenario{8, 50, 15, Tickets::None};
}

// One engine, before and after an import adds a month of revenue and new answers, tickets, signups and
// renewals (an engine that caches must notice).
void TestHealthReference::afterNewData()
{
    QFETCH(Scenario, scenario);
    test::TempWorkspace temp;
    buildCompany(temp.workspace(), scenario);
    KpiEngine engine(temp.workspace());
    const HealthConfig cfg = defaultConfig();
    for (int round = 0; round < 2; ++round) {
        const Reference ref(temp.workspace());
        Coverage cov;
        for (int m = ref.first; m <= ref.last; ++m)
            checkReport(ref, m, cfg, engine.health(m, &cfg), cov);
        checkBacktest(ref, cfg, engine.healthBacktest(&cfg));
        int withValue = 0;
        checkKpi(ref, computeHealthKpi(engine, ref, Grain::Month, QStringLiteral("plan")),
                 QStringLiteral("plan"), {}, cfg, &withValue);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(withValue > 0);
        if (round == 1)
            break;
        // The new month: every account active in the last month pays 30 % less or churns.
        QRandomGenerator rng(scenario.seed + 100);
        test::Company c(temp.workspace());
        const int next = ref.last + 1;
        const QDate end = lastDay(next);
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            if (ref.mrrOf(id, ref.last) <= 0)
                continue;
            if (rng.bounded(4) != 0)
                c.revenue(id, yyyymm(next), qint64(ref.mrrOf(id, ref.last) * 0.7) + 1);
            else
                c.revenue(id, yyyymm(next), 0);
            const QDate d = end.addDays(-int(rng.bounded(28)));
            if (rng.bounded(2))
                c.survey(id, d.toString(Qt::ISODate), QStringLiteral("csat"), 1 + rng.bounded(5));
            if (rng.bounded(3) == 0)
                c.ticket(id, d.toString(Qt::ISODate), {}, 1);
            if (rng.bounded(3) == 0)
                c.signup(id, d.toString(Qt::ISODate), {});
            if (rng.bounded(4) == 0 && !ref.renewals.count(id))
                c.renewal(id, d.toString(Qt::ISODate), rng.bounded(2) != 0, 50000, 40000);
        }
        c.done();
    }
}

void TestHealthReference::summary_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<HealthConfig>("config");
    QTest::addColumn<QString>("attribute");
    for (int sc : {0, 1, 3, 5})
        for (const char* attribute : {"", "plan", "region"})
            QTest::newRow(
                qPrintable(scenarioName(scenarios().at(sc)) + QStringLiteral(", default weights, by ") +
                           (*attribute ? QString::fromLatin1(attribute) : QStringLiteral("nothing"))))
                << scenarios().at(sc) << defaultConfig() << QString::fromLatin1(attribute);
    for (const NamedConfig& c : configs().mid(1))
        QTest::newRow(qPrintable(scenarioName(scenarios().at(0)) + QStringLiteral(", by plan, ") +
                                 QString::fromLatin1(c.name)))
            << scenarios().at(0) << c.config << QStringLiteral("plan");
}

// The lift and AUC of the engine (healthBacktestSummary) and of the editor's HealthLab against the
// naive pairwise computation, in all and per segment; the lab's rows equal the engine's.
void TestHealthReference::summary()
{
    QFETCH(Scenario, scenario);
    QFETCH(HealthConfig, config);
    QFETCH(QString, attribute);
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenario);
    KpiEngine engine(temp.workspace());
    const auto expected = naiveGroups(ref, {}, config, attribute);
    const BacktestSummary summary = engine.healthBacktestSummary(&config, attribute);
    checkBacktest(ref, config, summary.rows);
    int withAuc = 0;
    checkGroups(QStringLiteral("engine"), expected, summary.groups, &withAuc);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(withAuc > 0);
    QVERIFY(summary.groups.first().churned > 0);
    if (!attribute.isEmpty())
        QVERIFY(summary.groups.size() > 2);

    const std::unique_ptr<HealthLab> lab = engine.healthLab(attribute);
    lab->backtest(configs().at(2).config); // another configuration first
    const BacktestSummary fromLab = lab->backtest(config);
    checkBacktest(ref, config, fromLab.rows);
    checkGroups(QStringLiteral("lab"), expected, fromLab.groups);
}

void TestHealthReference::custom_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<HealthConfig>("config");
    for (const NamedConfig& c : customConfigs())
        QTest::newRow(
            qPrintable(scenarioName(scenarios().at(5)) + QStringLiteral(", ") + QString::fromLatin1(c.name)))
            << scenarios().at(5) << c.config;
    QTest::newRow("seed 2, 120 accounts, 24 months, seats, nps and tickets switched off")
        << scenarios().at(1) << customConfigs().at(2).config;
}

// Custom components and switched-off components through every path: health() with its components,
// the health_score KPI of the stored configuration by plan, the backtest, the lab.
void TestHealthReference::custom()
{
    QFETCH(Scenario, scenario);
    QFETCH(HealthConfig, config);
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenario);
    addSeats(temp.workspace(), ref, scenario.seed);
    const Numbers numbers = readNumbers(temp.workspace());
    QVERIFY(numbers.count(QStringLiteral("seats")));
    QVERIFY(!numbers.count(QStringLiteral("region_code"))); // text, never a number
    KpiEngine engine(temp.workspace());
    QCOMPARE(engine.numericAttributes(), QStringList{QStringLiteral("seats")});
    QCOMPARE(engine.healthConfigProblem(config), QString());
    int scored = 0, withSeats = 0;
    for (int m = ref.first; m <= ref.last; ++m) {
        const HealthReport report = engine.health(m, &config);
        for (const AccountHealth& h : report.accounts) {
            const QString at = QStringLiteral("health(%1) %2").arg(monthLabel(m), h.accountKey);
            const RefHealth e = naiveHealth(ref, numbers, h.accountId, m, config);
            CHECK(near(h.score, e.score),
                  qPrintable(mismatch(at, QStringLiteral("score"), h.score, e.score)));
            if (e.score)
                QCOMPARE(h.band, e.band);
            QCOMPARE(int(h.components.size()), 7);
            QCOMPARE(h.components.last().id, QStringLiteral("attr:seats"));
            scored += e.score.has_value();
            withSeats += h.components.last().score.has_value();
            for (const HealthComponent& c : h.components)
                if (config.off.contains(c.id))
                    QCOMPARE(c.weight, 0.0);
        }
    }
    QVERIFY(scored > 0);
    QVERIFY(withSeats > 0);

    // The KPI follows the stored configuration (the every-month path).
    engine.setHealthConfig(config);
    QCOMPARE(engine.healthConfig(), config);
    const KpiTable table = computeHealthKpi(engine, ref, Grain::Month, QStringLiteral("plan"));
    int withValue = 0;
    for (const KpiResult& r : table.rows) {
        const int end = std::min(r.period.lastMonth, ref.last);
        if (r.period.lastMonth < ref.first || r.period.firstMonth > ref.last)
            continue;
        double num = 0, den = 0;
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            const double y = ref.mrrOf(id, end);
            if (y <= 0 || ref.segmentOf(id, end, QStringLiteral("plan")) != r.segment)
                continue;
            const RefHealth h = naiveHealth(ref, numbers, id, end, config);
            if (h.score) {
                num += *h.score * y / 100;
                den += y / 100;
            }
        }
        const std::optional<double> e = den > 0 ? std::optional<double>(num / den) : std::nullopt;
        CHECK(near(r.value, e),
              qPrintable(mismatch(QStringLiteral("health_score %1 %2").arg(r.period.label(), r.segment),
                                  QStringLiteral("value"), r.value, e)));
        withValue += e.has_value();
    }
    QVERIFY(withValue > 0);

    const auto expected = naiveGroups(ref, numbers, config, QStringLiteral("region"));
    const BacktestSummary summary = engine.healthBacktestSummary(nullptr, QStringLiteral("region"));
    checkRows(ref, numbers, config, summary.rows);
    int withAuc = 0;
    checkGroups(QStringLiteral("engine"), expected, summary.groups, &withAuc);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(withAuc > 0);
    const std::unique_ptr<HealthLab> lab = engine.healthLab(QStringLiteral("region"));
    const BacktestSummary fromLab = lab->backtest(config);
    checkRows(ref, numbers, config, fromLab.rows);
    checkGroups(QStringLiteral("lab"), expected, fromLab.groups);
}

// The editor's "accounts that change band": the last month's active accounts whose band (or having a
// score at all) differs between two configurations.
void TestHealthReference::bandChanges()
{
    test::TempWorkspace temp;
    const Reference& ref = openCompany(temp, scenarios().at(2));
    addSeats(temp.workspace(), ref, 3);
    const Numbers numbers = readNumbers(temp.workspace());
    KpiEngine engine(temp.workspace());
    const std::unique_ptr<HealthLab> lab = engine.healthLab();
    QCOMPARE(lab->saved(), HealthConfig::defaults());
    QCOMPARE(*lab->lastMonth(), ref.last);
    const QList<HealthConfig> tries{config({0, 0, 1, 0, 0, 0}), config({30, 20, 15, 15, 10, 10}, 55, 80),
                                    customConfigs().at(1).config, customConfigs().at(3).config};
    for (const HealthConfig& to : tries) {
        int active = 0, changed = 0;
        std::map<QString, int> into;
        for (const auto& [id, a] : ref.accounts) {
            Q_UNUSED(a);
            if (ref.mrrOf(id, ref.last) <= 0)
                continue;
            ++active;
            const QString x = naiveHealth(ref, numbers, id, ref.last, defaultConfig()).band;
            const QString y = naiveHealth(ref, numbers, id, ref.last, to).band;
            if (x != y) {
                ++changed;
                ++into[y.isEmpty() ? QStringLiteral("none") : y];
            }
        }
        const HealthLab::BandChanges c = lab->bandChanges(defaultConfig(), to);
        QCOMPARE(c.active, active);
        QCOMPARE(c.changed, changed);
        QVERIFY(changed > 0);
        for (const auto& [band, n] : into)
            QCOMPARE(c.into.value(band), n);
        QCOMPARE(lab->bandChanges(to, to).changed, 0);
        QCOMPARE(int(lab->latestScores(to).size()),
                 int(std::count_if(ref.accounts.begin(), ref.accounts.end(), [&](const auto& e) {
                     return ref.mrrOf(e.first, ref.last) > 0 &&
                            naiveHealth(ref, numbers, e.first, ref.last, to).score.has_value();
                 })));
    }
}

QTEST_GUILESS_MAIN(TestHealthReference)
#include "tst_health_reference.moc"
