// One account's story: MRR and its movements, health with its components month by month, and the
// rows behind them (tickets, survey answers, renewals, orders).
#include "Fx.h"
#include "Workspace.h"
#include "kpi/KpiCompute.h"
#include "kpi/KpiEngine.h"

#include <QSqlQuery>
#include <QVariant>

namespace tenure {

using namespace kpidata;

namespace {

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QString money(const std::optional<double>& cents)
{
    return cents ? QString::number(*cents / 100.0, 'f', 2) : QString();
}

} // namespace

std::optional<AccountStory> KpiEngine::accountStory(const QString& accountKey, const HealthConfig* config)
{
    const Call call(*this);
    const Store& s = m_data->store;
    const int a = s.accountOfKey(accountKey);
    if (a < 0)
        return std::nullopt;
    const HealthConfig cfg = config ? *config : healthConfig();
    AccountStory story;
    const AccountRec& rec = s.accounts[size_t(a)];
    story.id = rec.id;
    story.key = rec.key;
    story.name = rec.name;
    for (const Attribute& attr : s.attributes)
        if (attr.value[size_t(a)] >= 0)
            story.attributes.insert(attr.name, attr.values.at(attr.value[size_t(a)]));

    if (s.mrrRange.valid) {
        const HealthComponents resolved = resolveComponents(s, cfg);
        const HealthIndex& index = m_data->index();
        bool paidBefore = false;
        for (MonthIndex m = s.mrrRange.first; m <= s.mrrRange.last; ++m) {
            AccountStory::Month month;
            month.month = m;
            const double y = s.mrrAt(a, m), x = s.mrrAt(a, m - 1);
            month.mrr = y / 100.0;
            month.change = (y - x) / 100.0;
            if (x <= 0 && y > 0)
                month.movement = paidBefore ? QStringLiteral("reactivation") : QStringLiteral("new");
            else if (x > 0 && y <= 0)
                month.movement = QStringLiteral("churn");
            else if (x > 0 && y > x)
                month.movement = QStringLiteral("expansion");
            else if (x > 0 && y < x)
                month.movement = QStringLiteral("contraction");
            paidBefore = paidBefore || y > 0;
            if (y > 0) {
                const AccountHealth h = accountHealth(s, index, a, m, cfg, resolved, false);
                month.score = h.score;
                month.band = h.band;
                month.components = h.components;
            }
            story.months << month;
        }
        // The latest health carries its details and drags.
        for (auto it = story.months.crbegin(); it != story.months.crend(); ++it)
            if (it->mrr > 0) {
                story.latest = accountHealth(s, index, a, it->month, cfg, resolved, true);
                break;
            }
    }

    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT ticket_id, created_at, resolved_at, contacts, channel FROM tickets "
                             "WHERE account_id = ? ORDER BY created_at, ticket_id"));
    q.addBindValue(rec.id);
    q.exec();
    while (q.next())
        story.tickets << AccountStory::Row{dateOf(q.value(1)),
                                           QStringLiteral("ticket"),
                                           {q.value(0).toString(), q.value(1).toString().left(10),
                                            q.value(2).toString().left(10), q.value(3).toString(),
                                            q.value(4).toString()}};
    q.prepare(QStringLiteral("SELECT responded_at, survey, score, comment FROM surveys WHERE account_id = ? "
                             "ORDER BY responded_at, id"));
    q.addBindValue(rec.id);
    q.exec();
    while (q.next())
        story.surveys << AccountStory::Row{dateOf(q.value(0)),
                                           QStringLiteral("survey"),
                                           {q.value(1).toString().trimmed().toLower(),
                                            QString::number(q.value(2).toDouble(), 'g', 6),
                                            q.value(3).toString()}};
    // Amounts in the workspace currency, as the KPIs count them (at the rate of their day).
    fx::AmountConverter fx(m_workspace.database(), m_workspace.homeCurrency(), m_workspace.currency());
    q.prepare(QStringLiteral("SELECT due_date, renewed, arr_before, arr_after, currency FROM renewals WHERE "
                             "account_id = ? ORDER BY due_date"));
    q.addBindValue(rec.id);
    q.exec();
    while (q.next())
        story.renewals << AccountStory::Row{
            dateOf(q.value(0)),
            QStringLiteral("renewal"),
            {q.value(0).toString().left(10),
             q.value(1).toInt() ? QStringLiteral("yes") : QStringLiteral("no"),
             money(fx.convert(q.value(2), q.value(4), dateOf(q.value(0)))),
             money(fx.convert(q.value(3), q.value(4), dateOf(q.value(0))))}};
    q.prepare(QStringLiteral("SELECT ordered_at, order_id, amount, type, currency FROM orders WHERE "
                             "account_id = ? ORDER BY ordered_at, id"));
    q.addBindValue(rec.id);
    q.exec();
    while (q.next())
        story.orders << AccountStory::Row{dateOf(q.value(0)),
                                          QStringLiteral("order"),
                                          {q.value(1).toString(),
                                           money(fx.convert(q.value(2), q.value(4), dateOf(q.value(0)))),
                                           q.value(3).toString()}};
    return story;
}

} // namespace tenure
