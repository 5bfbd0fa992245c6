#include "DemoCompany.h"

#include "DemoCsvSink.h"
#include "DemoPipeline.h"
#include "DemoRandom.h"
#include "DemoRows.h"
#include "DemoText.h"
#include "DemoWorkspaceSink.h"
#include "Workspace.h"
#include "import/Importer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace tenure::demo {

namespace {

// ---- The company's shape. Figures are monthly unless named otherwise; money in US dollars. ----

struct PlanInfo
{
    const char* name;
    double share;  // of new accounts
    double lowUsd; // typical MRR range
    double highUsd;
    double churn;         // base monthly churn hazard
    double annual;        // share on annual contracts (churn only at renewal)
    double expand;        // chance of an expansion in a month
    double contract;      // chance of a contraction in a month
    double orderRate;     // chance of a one-off order in a month
    double ttvDays;       // median days from signup to first value
    double onboardingUsd; // one-off onboarding fee for a new account (0: none)
};

constexpr PlanInfo Plans[] = {
    {"Starter", 0.44, 29, 149, 0.022, 0.00, 0.018, 0.010, 0.007, 3, 0},
    {"Growth", 0.30, 150, 699, 0.014, 0.20, 0.028, 0.014, 0.013, 5, 0},
    {"Pro", 0.18, 700, 2999, 0.008, 0.55, 0.032, 0.014, 0.021, 8, 1500},
    {"Enterprise", 0.08, 3000, 20000, 0.0035, 0.95, 0.036, 0.010, 0.034, 14, 5000},
};
constexpr int PlanCount = 4;

constexpr const char* Sizes[] = {"1-10", "11-50", "51-200", "201-1000", "1000+"};
constexpr double SizeByPlan[PlanCount][5] = {
    {0.62, 0.30, 0.07, 0.01, 0.00},
    {0.18, 0.47, 0.28, 0.06, 0.01},
    {0.03, 0.22, 0.45, 0.25, 0.05},
    {0.00, 0.03, 0.22, 0.45, 0.30},
};
// How many users, tickets and survey answers an account of each size produces, relative to the smallest.
constexpr double SizeVolume[5] = {1.0, 1.4, 2.0, 3.0, 4.5};
constexpr double SizeInitialUsers[5] = {2, 4, 7, 12, 20};
constexpr double SizeSurveyVolume[5] = {1.0, 1.15, 1.3, 1.5, 1.8};

constexpr const char* Regions[] = {"NA", "EMEA", "APAC", "LATAM"};
constexpr double RegionShare[] = {0.42, 0.33, 0.15, 0.10};
constexpr double RegionChurn[] = {1.0, 0.95, 1.05, 1.2};

// Lead sources double as funnel sources and as the custom account attribute.
constexpr const char* Sources[] = {"organic", "paid", "referral", "partner"};
constexpr double SourceShare[] = {0.38, 0.27, 0.20, 0.15};
constexpr double SourceChurn[] = {1.0, 1.15, 0.85, 0.9};
constexpr double SourcePlanTilt[4][PlanCount] = {
    {1.0, 1.0, 1.0, 1.0},
    {1.2, 1.0, 0.8, 0.6},
    {0.9, 1.0, 1.1, 1.2},
    {0.6, 1.0, 1.4, 2.2},
};
constexpr double SourceConversion[] = {0.034, 0.026, 0.043, 0.039}; // visitors -> trials

constexpr const char* Channels[] = {"email", "chat", "phone", "help-center"};
constexpr double ChannelShare[] = {0.40, 0.30, 0.10, 0.20};
constexpr double ChannelFirstContact[] = {0.76, 0.82, 0.86, 0.0};

constexpr const char* OrderTypes[] = {"add-on", "upsell", "cross-sell"};
constexpr double OrderTypeShare[] = {0.5, 0.25, 0.25};

// By calendar month: more sign-ups in Q1 and September, fewer in summer and December; churn
// bumps in January (budget resets) and a little in December.
constexpr double SignupSeason[12] = {1.3, 1.25, 1.2, 1.0, 0.95, 0.9, 0.8, 0.8, 1.25, 1.05, 0.95, 0.75};
constexpr double ChurnSeason[12] = {1.5, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 1.0, 1.0, 1.0, 1.15};

constexpr double PreExistingShare = 0.6;         // accounts already customers when the data start
constexpr int PreExistingMonthsBack = 48;        // how far back their sign-up goes
constexpr double MonthlyGrowth = 1.012;          // new-account growth from month to month
constexpr double SubscriptionBilledShare = 0.08; // of annual accounts created in the window
constexpr double ReactivationChance = 0.02;
constexpr int ReactivationMonths = 18;
constexpr double AnonymousNpsShare = 0.03;

enum class Nps { None, Detractor, Passive, Promoter };

long long dollars(double usd)
{
    return std::llround(usd) * 100;
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + demoExp(-x));
}

int clampInt(double value, int low, int high)
{
    const long long rounded = std::llround(value);
    return int(std::clamp<long long>(rounded, low, high));
}

struct Account
{
    int id = 0;
    Day created = NoDay;
    MonthIndex createdMonth = 0;
    int plan = 0;
    int size = 0;
    int region = 0;
    int source = 0;
    int industry = 0;
    const char* owner = "";
    std::string csmFirstName;
    bool annual = false;
    bool subscriptionBilled = false;
    double sentiment = 0;  // latent satisfaction, drives answers, tickets and churn
    double mood = 1;       // exp(-0.35 * sentiment), refreshed monthly: ticket and churn multiplier
    double activation = 0; // chance a user of the account reaches first value
    double orderPropensity = 1;
    long long mrr = 0; // cents
    bool active = true;
    MonthIndex churnedAt = -1;
    Nps lastNps = Nps::None;
    int recentTickets[3] = {0, 0, 0};
    Day termStart = NoDay; // subscription-billed accounts: current annual term
    long long termAmount = 0;
};

// Forwards every row to several sinks and counts rows per kind.
class TeeSink : public DemoSink
{
public:
    std::vector<DemoSink*> sinks;
    DemoCounts counts;

    void account(const AccountRow& row) override
    {
        each(DataKind::Accounts, [&](DemoSink* s) { s->account(row); });
    }
    void revenue(const RevenueRow& row) override
    {
        each(DataKind::Revenue, [&](DemoSink* s) { s->revenue(row); });
    }
    void subscription(const SubscriptionRow& row) override
    {
        each(DataKind::Subscriptions, [&](DemoSink* s) { s->subscription(row); });
    }
    void order(const OrderRow& row) override
    {
        each(DataKind::Orders, [&](DemoSink* s) { s->order(row); });
    }
    void survey(const SurveyRow& row) override
    {
        each(DataKind::Surveys, [&](DemoSink* s) { s->survey(row); });
    }
    void ticket(const TicketRow& row) override
    {
        each(DataKind::Tickets, [&](DemoSink* s) { s->ticket(row); });
    }
    void signup(const SignupRow& row) override
    {
        each(DataKind::Signups, [&](DemoSink* s) { s->signup(row); });
    }
    void funnel(const FunnelRow& row) override
    {
        each(DataKind::Funnel, [&](DemoSink* s) { s->funnel(row); });
    }
    void cost(const CostRow& row) override
    {
        each(DataKind::Costs, [&](DemoSink* s) { s->cost(row); });
    }
    void renewal(const RenewalRow& row) override
    {
        each(DataKind::Renewals, [&](DemoSink* s) { s->renewal(row); });
    }
    bool ok() const override
    {
        return std::all_of(sinks.begin(), sinks.end(), [](const DemoSink* s) { return s->ok(); });
    }

private:
    template <typename F> void each(DataKind kind, F&& f)
    {
        ++counts.rows[size_t(kind)];
        for (DemoSink* sink : sinks)
            f(sink);
    }
};

class Generator
{
public:
    Generator(const DemoOptions& options, MonthIndex lastMonth, DemoSink& sink)
        : m_options(options), m_random(options.seed), m_sink(sink), m_last(lastMonth),
          m_first(lastMonth - options.months + 1), m_lastDay(lastDayOfMonth(lastMonth)),
          m_active(size_t(options.months), 0), m_newBySource(size_t(options.months) * 4, 0)
    {
        // exp(-mean) of the Poisson draws whose mean depends on the size only.
        for (int s = 0; s < 5; ++s) {
            m_expInitialUsers[s] = demoExp(-(SizeInitialUsers[s] - 1));
            m_expTrickle[s] = demoExp(-0.08 * SizeVolume[s]);
            m_expAnswers[s] = demoExp(-0.15 * SizeSurveyVolume[s]);
        }
        for (int c = 1; c <= 5; ++c)
            m_expResolveDays[c] = demoExp(-(0.5 + 1.3 * (c - 1)));
        m_expExtraContacts = demoExp(-0.6);
    }

    void run()
    {
        const std::vector<Day> created = creationDays();
        for (size_t i = 0; i < created.size() && m_sink.ok(); ++i)
            simulate(int(i) + 1, created[i]);
        if (m_sink.ok())
            companyRows();
    }

private:
    // Sign-up days of all accounts, oldest first, so account keys follow sign-up order.
    std::vector<Day> creationDays()
    {
        std::vector<double> weights;
        double weight = 1.0;
        for (MonthIndex m = m_first; m <= m_last; ++m) {
            weights.push_back(weight * SignupSeason[monthOf(m) - 1]);
            weight *= MonthlyGrowth;
        }
        std::vector<Day> days;
        days.reserve(size_t(m_options.accounts));
        for (int i = 0; i < m_options.accounts; ++i) {
            MonthIndex month;
            if (m_random.chance(PreExistingShare))
                month = m_first - 1 - int(PreExistingMonthsBack * std::pow(m_random.uniform(), 1.4));
            else
                month = m_first + m_random.pick(weights);
            days.push_back(firstDayOfMonth(month) + m_random.uniformInt(0, daysInMonth(month) - 1));
        }
        std::sort(days.begin(), days.end());
        return days;
    }

    // A few tries for a fresh name, then "Bluepeak Logistics Group", "... Holdings", ..., "... 2".
    std::string uniqueName(int industry)
    {
        std::string name = text::companyName(m_random, industry);
        for (int attempt = 0; attempt < 3 && m_names.count(name); ++attempt)
            name = text::companyName(m_random, industry);
        const int taken = m_names[name]++;
        if (taken == 0)
            return name;
        name += ' ';
        name += taken <= 6 ? std::string(text::nameSuffix(taken - 1)) : std::to_string(taken - 4);
        return name;
    }

    void simulate(int id, Day created)
    {
        Account a;
        a.id = id;
        a.created = created;
        a.createdMonth = monthOfDay(created);
        a.source = m_random.pick(SourceShare);
        double planWeights[PlanCount];
        for (int p = 0; p < PlanCount; ++p)
            planWeights[p] = Plans[p].share * SourcePlanTilt[a.source][p];
        a.plan = m_random.pick(planWeights);
        a.size = m_random.pick(SizeByPlan[a.plan]);
        a.region = m_random.pick(RegionShare);
        a.industry = m_random.uniformInt(0, text::IndustryCount - 1);
        a.owner = text::csmName(a.region, m_random.uniformInt(0, 1));
        a.csmFirstName = text::firstName(a.owner);
        AccountRow row;
        row.name = uniqueName(a.industry);
        a.sentiment = m_random.normal();
        a.mood = demoExp(-0.35 * a.sentiment);
        a.activation = sigmoid(0.9 + 0.9 * a.sentiment + m_random.normal(0, 0.9) + (a.plan >= 2 ? 0.3 : 0.0));
        a.orderPropensity = demoExp(m_random.normal(0, 0.6));
        const PlanInfo& plan = Plans[a.plan];
        double usd = plan.lowUsd * std::pow(plan.highUsd / plan.lowUsd, m_random.uniform());
        if (a.createdMonth < m_first)
            usd *= 1.0 + 0.005 * (m_first - a.createdMonth); // older accounts have grown
        a.mrr = dollars(usd);
        a.annual = m_random.chance(plan.annual);
        // The first eligible account always bills through subscriptions, so even a small demo has some.
        a.subscriptionBilled = a.annual && a.createdMonth >= m_first &&
                               (m_random.chance(SubscriptionBilledShare) || m_subscriptionAccounts == 0);
        m_subscriptionAccounts += a.subscriptionBilled ? 1 : 0;
        a.termStart = a.created;
        a.termAmount = 12 * a.mrr;

        const MonthIndex start = std::max(m_first, a.createdMonth);
        for (MonthIndex m = start; m <= m_last && m_sink.ok(); ++m) {
            if (a.active) {
                if (!a.subscriptionBilled)
                    m_sink.revenue({a.id, m, a.mrr, Plans[a.plan].name});
                ++m_active[size_t(m - m_first)];
                if (m == a.createdMonth)
                    ++m_newBySource[size_t(m - m_first) * 4 + size_t(a.source)];
                monthEvents(a, m);
                a.sentiment = 0.93 * a.sentiment + 0.37 * m_random.normal();
                a.mood = demoExp(-0.35 * a.sentiment);
            }
            if (m < m_last)
                transition(a, m + 1);
        }
        if (a.subscriptionBilled && a.active)
            m_sink.subscription({++m_subscriptionId, a.id, a.termStart, NoDay, a.termAmount, "year", 1});

        row.id = a.id;
        row.plan = Plans[a.plan].name;
        row.region = Regions[a.region];
        row.industry = text::industries[a.industry];
        row.size = Sizes[a.size];
        row.owner = a.owner;
        row.createdAt = a.created;
        row.leadSource = Sources[a.source];
        m_sink.account(row);
    }

    double ticketRate(const Account& a, MonthIndex m) const
    {
        return 0.22 * SizeVolume[a.size] * a.mood * (m - a.createdMonth < 2 ? 1.6 : 1.0);
    }

    Day dayIn(MonthIndex m) { return firstDayOfMonth(m) + m_random.uniformInt(0, daysInMonth(m) - 1); }

    void monthEvents(Account& a, MonthIndex m)
    {
        const PlanInfo& plan = Plans[a.plan];
        if (m == a.createdMonth) {
            const int users = 1 + m_random.poisson(SizeInitialUsers[a.size] - 1, m_expInitialUsers[a.size]);
            for (int u = 0; u < users; ++u)
                signup(a, u == 0 ? a.created : std::min(m_lastDay, a.created + m_random.uniformInt(0, 10)));
            if (plan.onboardingUsd > 0 && m_random.chance(0.7))
                m_sink.order({++m_orderId, a.id, a.created, dollars(plan.onboardingUsd), "onboarding"});
        }
        const int trickle = m_random.poisson(0.08 * SizeVolume[a.size], m_expTrickle[a.size]);
        for (int u = 0; u < trickle; ++u)
            signup(a, dayIn(m));

        // Support tickets, with CSAT and CES surveys sent after resolution.
        const int tickets = m_random.poisson(ticketRate(a, m));
        for (int t = 0; t < tickets; ++t)
            ticket(a, dayIn(m));
        a.recentTickets[2] = a.recentTickets[1];
        a.recentTickets[1] = a.recentTickets[0];
        a.recentTickets[0] = tickets;

        const int answers = m_random.poisson(0.15 * SizeSurveyVolume[a.size], m_expAnswers[a.size]);
        for (int i = 0; i < answers; ++i) {
            const int score = clampInt(8.3 + 1.5 * a.sentiment + m_random.normal(0, 1.3), 0, 10);
            a.lastNps = score >= 9 ? Nps::Promoter : score >= 7 ? Nps::Passive : Nps::Detractor;
            const int account = m_random.chance(AnonymousNpsShare) ? 0 : a.id;
            surveyAnswer(a, account, dayIn(m), "nps", score, 0.45);
        }

        const double orderChance =
            plan.orderRate * a.orderPropensity * (a.lastNps == Nps::Promoter ? 1.4 : 1.0);
        if (m_random.chance(orderChance)) {
            const char* type = OrderTypes[m_random.pick(OrderTypeShare)];
            const double usd = std::max(50.0, double(a.mrr) / 100.0 * m_random.uniform(0.3, 1.8));
            m_sink.order({++m_orderId, a.id, dayIn(m), dollars(std::round(usd / 5) * 5), type});
        }
    }

    void signup(const Account& a, Day day)
    {
        Day activated = NoDay;
        if (m_random.chance(a.activation)) {
            const double days = demoExp(m_random.normal(std::log(Plans[a.plan].ttvDays), 0.8));
            activated = day + int(std::lround(days));
            if (activated > m_lastDay)
                activated = NoDay; // not yet
        }
        m_sink.signup({++m_signupId, a.id, day, activated});
    }

    void ticket(Account& a, Day created)
    {
        const int channel = m_random.pick(ChannelShare);
        int contacts;
        if (channel == 3) {
            contacts = m_random.chance(0.85) ? 0 : 1; // help-center articles solve most
        } else {
            const double firstContact =
                std::clamp(ChannelFirstContact[channel] + 0.04 * a.sentiment, 0.3, 0.97);
            contacts = m_random.chance(firstContact)
                           ? 1
                           : 2 + std::min(3, m_random.poisson(0.6, m_expExtraContacts));
        }
        Day resolved = created;
        if (contacts == 0)
            resolved += m_random.chance(0.7) ? 0 : 1;
        else
            resolved += m_random.poisson(0.5 + 1.3 * (contacts - 1), m_expResolveDays[contacts]);
        if (resolved > m_lastDay)
            resolved = NoDay; // still open at the end of the data
        if (contacts > 2)
            a.sentiment -= 0.06 * (contacts - 2);
        m_sink.ticket({++m_ticketId, a.id, created, resolved, contacts, Channels[channel]});
        if (resolved == NoDay)
            return;
        if (contacts >= 1 && m_random.chance(0.22)) {
            const int score =
                clampInt(4.45 - 0.4 * (contacts - 1) + 0.45 * a.sentiment + m_random.normal(0, 0.75), 1, 5);
            surveyAnswer(a, a.id, resolved + m_random.uniformInt(0, 2), "csat", score, 0.3);
        }
        if (m_random.chance(0.10)) {
            const double easy = contacts == 0 ? 0.4 : -0.6 * (contacts - 1);
            const int score = clampInt(5.5 + easy + 0.4 * a.sentiment + m_random.normal(0, 1.0), 1, 7);
            surveyAnswer(a, a.id, resolved + m_random.uniformInt(0, 2), "ces", score, 0.2);
        }
    }

    void surveyAnswer(const Account& a, int account, Day day, const char* survey, int score,
                      double commentChance)
    {
        if (day > m_lastDay)
            return;
        SurveyRow row;
        row.id = ++m_responseId;
        row.account = account;
        row.respondedAt = day;
        row.survey = survey;
        row.score = score;
        if (m_random.chance(commentChance))
            row.comment = text::surveyComment(m_random, survey, score, a.csmFirstName);
        m_sink.survey(row);
    }

    // Decides the account's state in month next: churn, renewal, expansion, contraction, reactivation.
    void transition(Account& a, MonthIndex next)
    {
        const PlanInfo& plan = Plans[a.plan];
        if (!a.active) {
            if (!a.annual && a.churnedAt >= 0 && next - a.churnedAt <= ReactivationMonths &&
                m_random.chance(ReactivationChance)) {
                a.active = true;
                a.mrr =
                    std::max<long long>(1000, dollars(double(a.mrr) / 100.0 * m_random.uniform(0.7, 1.1)));
                replan(a);
            }
            return;
        }

        double hazard =
            plan.churn * RegionChurn[a.region] * SourceChurn[a.source] * ChurnSeason[monthOf(next) - 1];
        switch (a.lastNps) {
        case Nps::Detractor:
            hazard *= 2.4;
            break;
        case Nps::Promoter:
            hazard *= 0.5;
            break;
        case Nps::Passive:
            break;
        case Nps::None:
            hazard *= 1.1;
            break;
        }
        const int recent = a.recentTickets[0] + a.recentTickets[1] + a.recentTickets[2];
        const double expected = 3 * 0.22 * SizeVolume[a.size];
        if (recent >= 3 && recent >= 2 * expected)
            hazard *= 1.8; // ticket-heavy
        if (a.activation < 0.4)
            hazard *= 2.0; // never really adopted
        else if (a.activation > 0.75)
            hazard *= 0.8;
        if (next - a.createdMonth <= 4)
            hazard *= 1.3;
        hazard = std::min(0.5, hazard * std::sqrt(a.mood));

        double expand =
            plan.expand * (a.lastNps == Nps::Promoter ? 1.5 : 1.0) * (a.activation > 0.7 ? 1.3 : 1.0);
        const double contract = plan.contract * (a.lastNps == Nps::Detractor ? 1.8 : 1.0);

        if (a.annual) {
            const bool anniversary = next > a.createdMonth && (next - a.createdMonth) % 12 == 0;
            if (!anniversary) {
                if (!a.subscriptionBilled && m_random.chance(expand * 0.5))
                    scale(a, m_random.uniform(1.05, 1.3)); // seats added mid-term
                return;
            }
            const Civil c = civilFromDays(a.created);
            const Day due = firstDayOfMonth(next) + std::min(c.day, daysInMonth(next)) - 1;
            RenewalRow renewal{a.id, due, true, 12 * a.mrr, 0};
            const double churnAtRenewal = std::min(0.9, 0.8 * (1.0 - std::pow(1.0 - hazard, 12)));
            if (m_random.chance(churnAtRenewal)) {
                renewal.renewed = false;
                a.active = false;
                a.churnedAt = next;
            } else if (m_random.chance(0.25)) {
                scale(a, m_random.uniform(1.05, 1.35));
            } else if (m_random.chance(0.08)) {
                scale(a, m_random.uniform(0.75, 0.95));
            }
            renewal.arrAfter = renewal.renewed ? 12 * a.mrr : 0;
            m_sink.renewal(renewal);
            if (a.subscriptionBilled) {
                m_sink.subscription({++m_subscriptionId, a.id, a.termStart, due, a.termAmount, "year", 1});
                a.termStart = due;
                a.termAmount = 12 * a.mrr;
            }
            return;
        }

        if (m_random.chance(hazard)) {
            a.active = false;
            a.churnedAt = next;
        } else if (m_random.chance(expand)) {
            scale(a, m_random.uniform(1.08, 1.45));
        } else if (m_random.chance(contract)) {
            scale(a, m_random.uniform(0.6, 0.92));
        }
    }

    void scale(Account& a, double factor)
    {
        a.mrr = std::max<long long>(1000, dollars(double(a.mrr) / 100.0 * factor));
        replan(a);
    }

    // Accounts that outgrow (or shrink below) their plan's range move plan now and then.
    void replan(Account& a)
    {
        const double usd = double(a.mrr) / 100.0;
        if (a.plan + 1 < PlanCount && usd > Plans[a.plan].highUsd * 1.15 && m_random.chance(0.5))
            ++a.plan;
        else if (a.plan > 0 && usd < Plans[a.plan].lowUsd * 0.85 && m_random.chance(0.5))
            --a.plan;
    }

    // Funnel traffic and customer-success costs, which follow the customer base.
    void companyRows()
    {
        for (MonthIndex m = m_first; m <= m_last; ++m) {
            const size_t i = size_t(m - m_first);
            for (int s = 0; s < 4; ++s) {
                const int won = m_newBySource[i * 4 + size_t(s)];
                // About one trial in three becomes a paying account.
                const long long conversions =
                    std::llround(won * m_random.uniform(2.6, 3.6)) + m_random.poisson(2);
                const double rate =
                    SourceConversion[s] * m_random.uniform(0.88, 1.12) * SignupSeason[monthOf(m) - 1] / 1.05;
                long long visitors = std::llround(double(conversions) / rate);
                if (conversions == 0)
                    visitors = 40 + m_random.poisson(60);
                m_sink.funnel({firstDayOfMonth(m), Sources[s], visitors, conversions});
            }

            const int csms = std::max(2, int(std::ceil(m_active[i] / 120.0)));
            const double raise = std::pow(1.04, double(i / 12));
            const Day payday = lastDayOfMonth(m);
            m_sink.cost({payday, dollars(csms * 7200 * raise * m_random.uniform(0.99, 1.01)), "salaries"});
            m_sink.cost({payday, dollars((1500 + 450 * csms) * m_random.uniform(0.98, 1.02)), "tools"});
            if (monthOf(m) % 3 == 0)
                m_sink.cost({payday, dollars(600.0 * csms), "training"});
            if (monthOf(m) == 5 || monthOf(m) == 10)
                m_sink.cost({payday, dollars(4000 + 800.0 * csms), "events"});
        }
    }

    const DemoOptions& m_options;
    DemoRandom m_random;
    DemoSink& m_sink;
    const MonthIndex m_last;
    const MonthIndex m_first;
    const Day m_lastDay;
    std::vector<int> m_active;                    // active accounts per month
    std::vector<int> m_newBySource;               // new accounts per month and source
    std::unordered_map<std::string, int> m_names; // base name -> times used
    double m_expInitialUsers[5] = {};
    double m_expTrickle[5] = {};
    double m_expAnswers[5] = {};
    double m_expResolveDays[6] = {};
    double m_expExtraContacts = 0;
    int m_subscriptionAccounts = 0;
    int m_subscriptionId = 0;
    int m_orderId = 0;
    int m_responseId = 0;
    int m_ticketId = 0;
    int m_signupId = 0;
};

} // namespace

qint64 DemoCounts::total() const
{
    qint64 sum = 0;
    for (qint64 n : rows)
        sum += n;
    return sum;
}

MonthIndex defaultLastMonth(const QDate& today)
{
    return monthIndexOf(today) - 1;
}

QString validateOptions(const DemoOptions& options)
{
    if (options.accounts < 1 || options.accounts > MaxAccounts)
        return QStringLiteral("--accounts must be between 1 and %1").arg(MaxAccounts);
    if (options.months < 1 || options.months > MaxMonths)
        return QStringLiteral("--months must be between 1 and %1").arg(MaxMonths);
    if (options.lastMonth != -1 && (yearOf(options.lastMonth) < 1900 || yearOf(options.lastMonth) > 9999))
        return QStringLiteral("the last month must lie between 1900 and 9999");
    return {};
}

bool workspaceHasData(Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    QStringList tables{QStringLiteral("import_batches")};
    for (const KindInfo& info : allKinds())
        tables << info.table;
    for (const QString& table : tables) {
        if (query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)) && query.next() &&
            query.value(0).toBool())
            return true;
    }
    return false;
}

namespace {

// A team workspace gets the demo company the way a user's exports arrive: CSV files through the
// importer (its COPY path), one batch per kind.
bool generateThroughImport(const DemoOptions& options, MonthIndex last, Workspace& workspace,
                           const QString& csvDir, QString* error, DemoCounts* counts)
{
    QTemporaryDir temporary;
    const QString dir = csvDir.isEmpty() ? temporary.path() : csvDir;
    if (dir.isEmpty()) {
        *error = QStringLiteral("cannot make a temporary folder for the demo's files");
        return false;
    }
    DemoOptions fixed = options;
    fixed.lastMonth = last;
    if (!generate(fixed, nullptr, dir, error, counts))
        return false;
    std::vector<KindInfo> kinds = allKinds();
    std::stable_sort(kinds.begin(), kinds.end(), [](const KindInfo& a, const KindInfo& b) {
        return Importer::kindOrder(a.kind) < Importer::kindOrder(b.kind);
    });
    workspace.setSetting(QStringLiteral("currency"), options.currency);
    workspace.setSetting(QStringLiteral("home_currency"), options.currency);
    for (const KindInfo& info : kinds) {
        const QString file = QDir(dir).filePath(info.name + QStringLiteral(".csv"));
        if (!QFileInfo::exists(file))
            continue;
        ImportOptions importOptions;
        importOptions.kind = info.kind;
        importOptions.asOf = lastDayOf(last);
        const ImportResult result = Importer::run(workspace, file, importOptions);
        if (result.status != ImportStatus::Imported) {
            *error = result.message;
            return false;
        }
    }
    workspace.setSetting(QStringLiteral("company_name"), options.companyName);
    workspace.setSetting(QStringLiteral("gross_margin"), QString::number(options.grossMarginPercent));
    workspace.setSetting(QStringLiteral("demo"), QStringLiteral("seed=%1 accounts=%2 months=%3 last=%4")
                                                     .arg(options.seed)
                                                     .arg(options.accounts)
                                                     .arg(options.months)
                                                     .arg(monthLabel(last)));
    return true;
}

} // namespace

bool generate(const DemoOptions& options, Workspace* workspace, const QString& csvDir, QString* error,
              DemoCounts* counts)
{
    if (const QString problem = validateOptions(options); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const MonthIndex last = options.lastMonth == -1 ? defaultLastMonth() : options.lastMonth;
    if (workspace && workspaceHasData(*workspace)) {
        *error =
            QStringLiteral("workspace %1 already holds data; the demo company only goes into a new or empty "
                           "workspace")
                .arg(workspace->path());
        return false;
    }

    if (workspace && workspace->isTeam())
        return generateThroughImport(options, last, *workspace, csvDir, error, counts);

    const QString description = QStringLiteral("seed=%1 accounts=%2 months=%3 last=%4")
                                    .arg(options.seed)
                                    .arg(options.accounts)
                                    .arg(options.months)
                                    .arg(monthLabel(last));
    TeeSink tee;
    std::unique_ptr<DemoWorkspaceSink> workspaceSink;
    std::unique_ptr<DemoCsvSink> csvSink;
    if (workspace) {
        workspaceSink = std::make_unique<DemoWorkspaceSink>(*workspace);
        // The demo's exports are as if taken on the last day of its last month.
        if (!workspaceSink->begin(description, lastDayOf(last), error))
            return false;
        tee.sinks.push_back(workspaceSink.get());
    }
    if (!csvDir.isEmpty()) {
        csvSink = std::make_unique<DemoCsvSink>();
        if (!csvSink->open(csvDir, error))
            return false;
        tee.sinks.push_back(csvSink.get());
    }

    // Generation runs on a worker thread, writing on this one: SQLite's share of the work is the larger.
    runPipelined([&](DemoSink& target) { Generator(options, last, target).run(); }, tee);

    if (csvSink && !csvSink->close(error)) {
        if (workspaceSink)
            workspaceSink->rollback();
        return false;
    }
    if (workspaceSink) {
        const QList<QPair<QString, QString>> settings = {
            {QStringLiteral("company_name"), options.companyName},
            {QStringLiteral("currency"), options.currency},
            {QStringLiteral("gross_margin"), QString::number(options.grossMarginPercent)},
            {QStringLiteral("demo"), description},
        };
        if (!workspaceSink->commit(settings, error))
            return false;
    }
    if (counts) {
        *counts = tee.counts;
        counts->csvBytes = csvSink ? csvSink->bytesWritten() : 0;
    }
    return true;
}

} // namespace tenure::demo
