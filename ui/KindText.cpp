#include "KindText.h"

#include <QCoreApplication>

namespace tenure {

QString kindTitle(DataKind kind)
{
    switch (kind) {
    case DataKind::Accounts:
        return QCoreApplication::translate("tenure::KindText", "Accounts");
    case DataKind::Revenue:
        return QCoreApplication::translate("tenure::KindText", "Revenue (MRR)");
    case DataKind::Subscriptions:
        return QCoreApplication::translate("tenure::KindText", "Subscriptions");
    case DataKind::Orders:
        return QCoreApplication::translate("tenure::KindText", "Orders");
    case DataKind::Surveys:
        return QCoreApplication::translate("tenure::KindText", "Survey answers");
    case DataKind::Tickets:
        return QCoreApplication::translate("tenure::KindText", "Support tickets");
    case DataKind::Signups:
        return QCoreApplication::translate("tenure::KindText", "Signups");
    case DataKind::Funnel:
        return QCoreApplication::translate("tenure::KindText", "Funnel");
    case DataKind::Costs:
        return QCoreApplication::translate("tenure::KindText", "Customer-success costs");
    case DataKind::Renewals:
        return QCoreApplication::translate("tenure::KindText", "Renewals");
    case DataKind::FxRates:
        return QCoreApplication::translate("tenure::KindText", "Exchange rates");
    }
    return {};
}

QString kindPurpose(DataKind kind)
{
    switch (kind) {
    case DataKind::Accounts:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per customer account, from your CRM: its id, name, plan, region and any other "
            "column you want to filter by.");
    case DataKind::Revenue:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per account and month with its monthly recurring revenue, from billing or "
            "finance.");
    case DataKind::Subscriptions:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per subscription with its start, end, amount and billing interval, as billing "
            "systems export them; Tenure turns them into monthly revenue.");
    case DataKind::Orders:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per purchase outside the subscription, such as add-ons or services.");
    case DataKind::Surveys:
        return QCoreApplication::translate(
            "tenure::KindText", "One row per survey answer (NPS, CSAT or CES) with its score and comment.");
    case DataKind::Tickets:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per support ticket, from your help desk: when it was opened and solved and "
            "how many replies it took.");
    case DataKind::Signups:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per new user or trial, from product analytics, with the date it first "
            "reached value.");
    case DataKind::Funnel:
        return QCoreApplication::translate(
            "tenure::KindText", "Visitors and conversions per day, week or month, from web analytics.");
    case DataKind::Costs:
        return QCoreApplication::translate(
            "tenure::KindText",
            "What customer success spends (salaries, tools, programmes), by date and category.");
    case DataKind::Renewals:
        return QCoreApplication::translate(
            "tenure::KindText",
            "One row per contract up for renewal: its due date, whether it renewed, and its ARR "
            "before and after.");
    case DataKind::FxRates:
        return QCoreApplication::translate(
            "tenure::KindText",
            "Exchange rates by date: date, currency and rate, or the ECB reference-rates file as "
            "published.");
    }
    return {};
}

QString kindEnables(DataKind kind)
{
    switch (kind) {
    case DataKind::Accounts:
        return QCoreApplication::translate("tenure::KindText",
                                           "Needed by every other kind; gives the segments.");
    case DataKind::Revenue:
    case DataKind::Subscriptions:
        return QCoreApplication::translate("tenure::KindText",
                                           "MRR, ARR, churn and retention, MRR movements, cohorts, health.");
    case DataKind::Orders:
        return QCoreApplication::translate(
            "tenure::KindText", "Repeat purchase rate, average order value and purchase frequency.");
    case DataKind::Surveys:
        return QCoreApplication::translate("tenure::KindText", "NPS, CSAT and CES, the Surveys page.");
    case DataKind::Tickets:
        return QCoreApplication::translate("tenure::KindText",
                                           "First contact resolution and self-service rate.");
    case DataKind::Signups:
        return QCoreApplication::translate("tenure::KindText", "Product adoption rate and time to value.");
    case DataKind::Funnel:
        return QCoreApplication::translate("tenure::KindText", "Conversion rate.");
    case DataKind::Costs:
        return QCoreApplication::translate("tenure::KindText", "Customer retention cost.");
    case DataKind::Renewals:
        return QCoreApplication::translate("tenure::KindText", "Renewal rate and net renewal rate.");
    case DataKind::FxRates:
        return QCoreApplication::translate("tenure::KindText",
                                           "Amounts in other currencies, converted into the workspace's.");
    }
    return {};
}

} // namespace tenure
