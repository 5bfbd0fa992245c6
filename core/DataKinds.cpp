#include "DataKinds.h"

#include <QStringList>

namespace tenure {

namespace {

CanonicalColumn req(const char* name, ColumnType type)
{
    return {QString::fromLatin1(name), type, true};
}
CanonicalColumn opt(const char* name, ColumnType type)
{
    return {QString::fromLatin1(name), type, false};
}
// A column real exports carry beyond the canonical ones (see CanonicalColumn::canonical).
CanonicalColumn extra(const char* name, ColumnType type)
{
    return {QString::fromLatin1(name), type, false, false};
}

std::vector<KindInfo> buildKinds()
{
    using T = ColumnType;
    auto s = [](const char* text) { return QString::fromLatin1(text); };
    std::vector<KindInfo> kinds;
    kinds.push_back(
        {DataKind::Accounts,
         s("accounts"),
         s("accounts"),
         s("Accounts"),
         {req("account_id", T::Key), opt("name", T::Text), opt("plan", T::Text), opt("region", T::Text),
          opt("industry", T::Text), opt("size", T::Text), opt("owner", T::Text), opt("created_at", T::Date)},
         s("created_at")});
    kinds.push_back({DataKind::Revenue,
                     s("revenue"),
                     s("revenue"),
                     s("Revenue (MRR)"),
                     {req("account_id", T::Key), req("month", T::Month), req("mrr", T::Money),
                      opt("plan", T::Text), extra("currency", T::Text)},
                     s("month")});
    kinds.push_back({DataKind::Subscriptions,
                     s("subscriptions"),
                     s("subscriptions"),
                     s("Subscriptions"),
                     {req("account_id", T::Key), req("start_date", T::Date), opt("end_date", T::Date),
                      req("amount", T::Money), opt("interval", T::Text), opt("quantity", T::Number),
                      opt("subscription_id", T::Key), extra("interval_count", T::Integer),
                      extra("status", T::Text), extra("plan", T::Text), extra("total_amount", T::Money),
                      extra("trial_end", T::Date), extra("mrr", T::Money), extra("currency", T::Text)},
                     s("start_date")});
    kinds.push_back(
        {DataKind::Orders,
         s("orders"),
         s("orders"),
         s("Orders"),
         {opt("order_id", T::Key), req("account_id", T::Key), req("ordered_at", T::Date),
          req("amount", T::Money), opt("type", T::Text), extra("stage", T::Text), extra("currency", T::Text)},
         s("ordered_at")});
    kinds.push_back({DataKind::Surveys,
                     s("surveys"),
                     s("surveys"),
                     s("Survey answers"),
                     {opt("response_id", T::Key), opt("account_id", T::Key), req("responded_at", T::Date),
                      req("survey", T::Text), req("score", T::Score), opt("comment", T::Text)},
                     s("responded_at")});
    kinds.push_back({DataKind::Tickets,
                     s("tickets"),
                     s("tickets"),
                     s("Support tickets"),
                     {req("ticket_id", T::Key), opt("account_id", T::Key), req("created_at", T::Date),
                      opt("resolved_at", T::Date), req("contacts", T::Integer), opt("channel", T::Text),
                      extra("satisfaction", T::Text), extra("satisfaction_comment", T::Text)},
                     s("created_at")});
    kinds.push_back({DataKind::Signups,
                     s("signups"),
                     s("signups"),
                     s("Signups"),
                     {req("signup_id", T::Key), opt("account_id", T::Key), req("signed_up_at", T::Date),
                      opt("activated_at", T::Date)},
                     s("signed_up_at")});
    kinds.push_back({DataKind::Funnel,
                     s("funnel"),
                     s("funnel"),
                     s("Funnel"),
                     {req("date", T::Date), req("visitors", T::Integer), req("conversions", T::Integer),
                      opt("source", T::Text)},
                     s("date")});
    kinds.push_back({DataKind::Costs,
                     s("costs"),
                     s("costs"),
                     s("Customer-success costs"),
                     {req("date", T::Date), req("amount", T::Money), opt("category", T::Text),
                      extra("currency", T::Text)},
                     s("date")});
    kinds.push_back({DataKind::Renewals,
                     s("renewals"),
                     s("renewals"),
                     s("Renewals"),
                     {req("account_id", T::Key), req("due_date", T::Date), req("renewed", T::Boolean),
                      opt("arr_before", T::Money), opt("arr_after", T::Money), extra("currency", T::Text)},
                     s("due_date")});
    // 1 unit of currency is worth rate units of base (default: the workspace currency). The ECB's
    // wide layout (Date, then one column per currency, rates per 1 EUR) imports as rows of this.
    kinds.push_back({DataKind::FxRates,
                     s("fx_rates"),
                     s("fx_rates"),
                     s("Exchange rates"),
                     {req("date", T::Date), req("currency", T::Text), req("rate", T::Number),
                      opt("base", T::Text), extra("per_base", T::Boolean)},
                     s("date")});
    return kinds;
}

} // namespace

const std::vector<KindInfo>& allKinds()
{
    static const std::vector<KindInfo> kinds = buildKinds();
    return kinds;
}

const KindInfo& kindInfo(DataKind kind)
{
    return allKinds().at(static_cast<size_t>(kind));
}

std::optional<DataKind> kindFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const KindInfo& info : allKinds()) {
        if (info.name == wanted)
            return info.kind;
    }
    return std::nullopt;
}

QString kindName(DataKind kind)
{
    return kindInfo(kind).name;
}

QString templateHeader(DataKind kind)
{
    QStringList names;
    for (const CanonicalColumn& column : kindInfo(kind).columns)
        if (column.canonical)
            names << column.name;
    return names.join(QLatin1Char(','));
}

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Key:
        return QStringLiteral("key");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Month:
        return QStringLiteral("month");
    case ColumnType::Money:
        return QStringLiteral("money");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Score:
        return QStringLiteral("score");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    }
    return QStringLiteral("text");
}

double monthlyFactor(QStringView unit)
{
    const QString i = unit.trimmed().toString().toLower();
    if (i.startsWith(QLatin1String("year")) || i == QLatin1String("annual") || i == QLatin1String("annually"))
        return 1.0 / 12.0;
    if (i.startsWith(QLatin1String("week")))
        return 52.0 / 12.0;
    if (i.startsWith(QLatin1String("day")) || i == QLatin1String("daily"))
        return 365.0 / 12.0;
    return 1.0;
}

} // namespace tenure
