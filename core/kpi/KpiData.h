#pragma once

// Internal to the KPI engine: the workspace's data in compact arrays, loaded once per data version.

#include "Period.h"
#include "kpi/KpiEngine.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tenure::fx {
class FxRates;
}

namespace tenure::kpidata {

class RevenueTable;

enum SurveyType : quint8 { Nps = 0, Csat = 1, Ces = 2 };

struct AccountRec
{
    qint64 id = 0;
    QString key;
    QString name;
};

struct SurveyRec
{
    int account = -1; // index into accounts, -1 = none
    int day = 0;      // julian day of responded_at
    MonthIndex month = 0;
    SurveyType type = Nps;
    double score = 0;
    qint64 rowId = 0; // surveys.id, for comments
};

struct TicketRec
{
    int account = -1;
    int createdDay = 0;
    MonthIndex createdMonth = 0;
    int resolvedDay = -1; // -1: not resolved
    MonthIndex resolvedMonth = 0;
    int contacts = 0;
    qint64 rowId = 0;
};

struct SignupRec
{
    int account = -1;
    int day = 0;
    MonthIndex month = 0;
    int activatedDay = -1; // -1: not activated
    qint64 rowId = 0;
};

struct OrderRec
{
    int account = -1;
    int day = 0;
    MonthIndex month = 0;
    double amount = 0; // cents
    bool addOn = false;
    qint64 rowId = 0;
};

struct FunnelRec
{
    int day = 0;
    MonthIndex month = 0;
    double visitors = 0;
    double conversions = 0;
};

struct CostRec
{
    int day = 0;
    MonthIndex month = 0;
    double amount = 0; // cents
};

struct RenewalRec
{
    int account = -1;
    int day = 0;
    MonthIndex month = 0;
    bool renewed = false;
    bool pending = false; // upcoming: due, no outcome yet (a renewal pipeline export)
    double arrBefore = 0; // cents, NULL = 0
    double arrAfter = 0;  // cents; not renewed = 0
};

struct Attribute
{
    QString name;
    bool custom = false;
    QStringList values;     // distinct non-empty values, sorted
    std::vector<int> value; // per account: index into values, -1 = none ("unknown")
};

struct Range
{
    bool valid = false;
    MonthIndex first = 0;
    MonthIndex last = 0;
    void add(MonthIndex m)
    {
        if (!valid) {
            valid = true;
            first = last = m;
        } else {
            first = std::min(first, m);
            last = std::max(last, m);
        }
    }
};

// Where the as-of month came from.
enum AsOfOrigin : int { AsOfFromData = 0, AsOfFromSetting = 1, AsOfFromCommandLine = 2 };

struct Store
{
    qint64 dataVersion = -1;
    // The as-of month bounds every MRR month: active subscriptions count through it, no MRR value
    // after it. Asked for by the setting or the command line (requestedAsOf), else from the data:
    // the as-of date of the latest billing import, or the latest month the billing data names.
    std::optional<MonthIndex> requestedAsOf;
    MonthIndex asOf = 0;
    bool hasAsOf = false;
    int asOfOrigin = AsOfFromData;
    double grossMargin = 100;
    int profile = 0; // KpiProfile, set before each computation
    // While loading: amounts are converted into currency; those stored without a code are in
    // homeCurrency. Amounts with no rate are left out (never summed unconverted) and counted.
    const fx::FxRates* fxRates = nullptr;
    // While loading: the revenue table an import of this process just wrote (RevenueHandOver.h),
    // read instead of the rows.
    std::shared_ptr<const RevenueTable> revenueHandOver;
    // The first and last month of every revenue row, as SELECT min(month), max(month) FROM revenue
    // says (the filter bar's range; the full scan it takes is saved).
    Range revenueMonths;
    QString currency, homeCurrency;
    qint64 unconvertedMrr = 0, unconvertedEvents = 0;
    QString healthConfigJson;

    std::vector<AccountRec> accounts;
    QHash<qint64, int> accountIndex; // accounts.id -> index
    std::vector<int> accountById;    // the same for dense ids (INTEGER PRIMARY KEY 1..N): no hashing
    int indexOfId(qint64 id) const
    {
        if (id >= 0 && id < qint64(accountById.size()))
            return accountById[size_t(id)];
        return accountIndex.value(id, -1);
    }
    // accounts.account_key -> index, built on first use (only segments by account and look-ups need it).
    int accountOfKey(const QString& key) const
    {
        if (m_accountByKey.isEmpty() && !accounts.empty()) {
            m_accountByKey.reserve(qsizetype(accounts.size()));
            for (size_t i = 0; i < accounts.size(); ++i)
                m_accountByKey.insert(accounts[i].key, int(i));
        }
        return m_accountByKey.value(key, -1);
    }
    std::vector<Attribute> attributes; // plan, region, industry, size, owner, custom...

    // MRR in cents per account and month: mrr[a * months + (m - mrrRange.first)].
    Range mrrRange;
    int months = 0;
    std::vector<double> mrr;
    // Plan from revenue rows per account-month (index into attributes[0].values), -1 = none.
    // Empty when no revenue row carries a plan.
    std::vector<int> revenuePlan;

    std::vector<SurveyRec> surveys;
    std::vector<TicketRec> tickets;
    std::vector<SignupRec> signups;
    std::vector<OrderRec> orders;
    std::vector<FunnelRec> funnel;
    std::vector<CostRec> costs;
    std::vector<RenewalRec> renewals;

    // Month ranges of each kind's own data.
    Range surveyRange[3];
    Range resolvedRange, signupRange, orderRange, addOnRange, funnelRange, costRange, renewalRange;

    double mrrAt(int account, MonthIndex m) const
    {
        if (!mrrRange.valid || m < mrrRange.first || m > mrrRange.last)
            return 0;
        return mrr[size_t(account) * size_t(months) + size_t(m - mrrRange.first)];
    }
    int attributeIndex(const QString& name) const
    {
        for (size_t i = 0; i < attributes.size(); ++i)
            if (attributes[i].name == name)
                return int(i);
        return -1;
    }

private:
    mutable QHash<QString, int> m_accountByKey;
};

// Dates as stored: 'YYYY-MM-DD' (a longer ISO date-time is cut to its date). Returns false when unparsable.
bool parseDay(const QString& text, int* julianDay, MonthIndex* month);

} // namespace tenure::kpidata
