#pragma once

#include "DataKinds.h"
#include "DemoFormat.h"

#include <QString>

#include <string>

// The rows the demo generator emits, one struct per data kind, and the sink that receives them. The
// generator streams rows into sinks (workspace, CSV files) so nothing of a million-row company is
// held in memory.
namespace tenure::demo {

// Identifiers: accounts are numbered 1..N; the other kinds count from 1 in generation order.
inline Cell accountKey(int id)
{
    return codeCell("ACC-", id, 6);
}
inline Cell subscriptionKey(int id)
{
    return codeCell("SUB-", id, 5);
}
inline Cell orderKey(int id)
{
    return codeCell("ORD-", id, 6);
}
inline Cell responseKey(int id)
{
    return codeCell("RSP-", id, 7);
}
inline Cell ticketKey(int id)
{
    return codeCell("TCK-", id, 7);
}
inline Cell signupKey(int id)
{
    return codeCell("USR-", id, 7);
}

// The custom account column the demo carries, stored as a segment attribute.
inline constexpr const char* CustomAttribute = "lead_source";

struct AccountRow
{
    int id = 0;
    std::string name;
    const char* plan = "";
    const char* region = "";
    const char* industry = "";
    const char* size = "";
    const char* owner = "";
    Day createdAt = NoDay;
    const char* leadSource = "";
};

struct RevenueRow
{
    int account = 0;
    MonthIndex month = 0;
    long long mrr = 0; // cents
    const char* plan = "";
};

struct SubscriptionRow
{
    int id = 0;
    int account = 0;
    Day start = NoDay;
    Day end = NoDay;      // NoDay: still active
    long long amount = 0; // cents per interval
    const char* interval = "year";
    int quantity = 1;
};

struct OrderRow
{
    int id = 0;
    int account = 0;
    Day orderedAt = NoDay;
    long long amount = 0;
    const char* type = "";
};

struct SurveyRow
{
    int id = 0;
    int account = 0; // 0: anonymous answer
    Day respondedAt = NoDay;
    const char* survey = ""; // nps, csat, ces
    int score = 0;
    std::string comment;
};

struct TicketRow
{
    int id = 0;
    int account = 0;
    Day createdAt = NoDay;
    Day resolvedAt = NoDay; // NoDay: still open
    int contacts = 0;
    const char* channel = "";
};

struct SignupRow
{
    int id = 0;
    int account = 0;
    Day signedUpAt = NoDay;
    Day activatedAt = NoDay; // NoDay: not activated yet
};

struct FunnelRow
{
    Day date = NoDay;
    const char* source = "";
    long long visitors = 0;
    long long conversions = 0;
};

struct CostRow
{
    Day date = NoDay;
    long long amount = 0;
    const char* category = "";
};

struct RenewalRow
{
    int account = 0;
    Day dueDate = NoDay;
    bool renewed = false;
    long long arrBefore = 0;
    long long arrAfter = 0;
};

// Receives the generated rows. Accounts arrive after their own rows (an account's current plan is
// known only at the end of its history), in id order.
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual void account(const AccountRow& row) = 0;
    virtual void revenue(const RevenueRow& row) = 0;
    virtual void subscription(const SubscriptionRow& row) = 0;
    virtual void order(const OrderRow& row) = 0;
    virtual void survey(const SurveyRow& row) = 0;
    virtual void ticket(const TicketRow& row) = 0;
    virtual void signup(const SignupRow& row) = 0;
    virtual void funnel(const FunnelRow& row) = 0;
    virtual void cost(const CostRow& row) = 0;
    virtual void renewal(const RenewalRow& row) = 0;
    // False once a write failed; the generator then stops early.
    virtual bool ok() const = 0;
};

} // namespace tenure::demo
