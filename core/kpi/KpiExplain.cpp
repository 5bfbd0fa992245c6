#include "Fx.h"
#include "Workspace.h"
#include "kpi/KpiCompute.h"
#include "kpi/KpiEngine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace tenure {

using namespace kpidata;

namespace {

QString number(double v)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 2);
}

// The numerator and denominator labels of a KPI under a profile that computes it otherwise than
// the catalogue (Tenure) says; an empty label keeps the catalogue's.
std::pair<QString, QString> profileRatioLabels(KpiProfile profile, const QString& kpi)
{
    if (profile == KpiProfile::Baremetrics && kpi == QLatin1String("net_mrr_churn_rate"))
        return {QCoreApplication::translate("tenure::KpiProfile", "churn + contraction - expansion"), {}};
    if (profile == KpiProfile::Baremetrics && kpi == QLatin1String("nrr"))
        return {
            QCoreApplication::translate("tenure::KpiProfile", "start MRR - churn - contraction + expansion"),
            {}};
    if (kpi != QLatin1String("clv") || profile == KpiProfile::Tenure)
        return {};
    const QString arpa = QCoreApplication::translate("tenure::KpiProfile", "ARPA");
    switch (profile) {
    case KpiProfile::ChartMogul:
        return {arpa, QCoreApplication::translate("tenure::KpiProfile",
                                                  "mean churn (fraction) of the 6 months before the last")};
    case KpiProfile::Baremetrics:
        return {arpa,
                QCoreApplication::translate("tenure::KpiProfile", "churn of the last month (fraction)")};
    default:
        return {arpa,
                QCoreApplication::translate("tenure::KpiProfile", "1 - revenue retention of the last month")};
    }
}

QString surveyCategory(const QString& survey, double score)
{
    if (survey == QLatin1String("nps"))
        return score >= 9   ? QStringLiteral("promoter")
               : score >= 7 ? QStringLiteral("passive")
                            : QStringLiteral("detractor");
    if (survey == QLatin1String("csat"))
        return score >= 4   ? QStringLiteral("satisfied")
               : score >= 3 ? QStringLiteral("neutral")
                            : QStringLiteral("dissatisfied");
    return score >= 5   ? QStringLiteral("easy")
           : score >= 4 ? QStringLiteral("neutral")
                        : QStringLiteral("hard");
}

// Per account over a period, in one segment slot (the segment treated as its own company).
struct AccountMoves
{
    double start = 0, end = 0, newM = 0, react = 0, exp = 0, contr = 0, churn = 0;
    bool inS = false, inE = false, expanded = false;
};

AccountMoves movesOf(const Store& s, const Segmentation& seg, int a, int slot, MonthIndex first,
                     MonthIndex end)
{
    AccountMoves mv;
    const MonthIndex F = s.mrrRange.first;
    auto in = [&](MonthIndex m) { return seg.slotOf(a, m) == slot ? s.mrrAt(a, m) : 0.0; };
    bool paid = false;
    for (MonthIndex m = F; m < first; ++m)
        paid = paid || in(m) > 0;
    mv.start = in(first - 1);
    mv.end = in(end);
    mv.inS = mv.start > 0;
    mv.inE = mv.end > 0;
    double x = mv.start;
    for (MonthIndex m = std::max(first, F); m <= end; ++m) {
        const double y = in(m);
        if (x <= 0 && y > 0)
            (paid ? mv.react : mv.newM) += y;
        else if (x > 0 && y <= 0)
            mv.churn += x;
        else if (x > 0 && y > x) {
            mv.exp += y - x;
            mv.expanded = true;
        } else if (x > 0 && y < x)
            mv.contr += x - y;
        paid = paid || y > 0;
        x = y;
    }
    return mv;
}

} // namespace

QStringList KpiEngine::exchangeRates(const Period& period)
{
    const QString to = m_workspace.currency();
    QStringList currencies = fx::currenciesInUse(m_workspace.database(), m_workspace.homeCurrency());
    currencies.removeAll(to);
    if (currencies.isEmpty())
        return {};
    const fx::FxRates rates = fx::FxRates::load(m_workspace.database());
    // The months with MRR among the period's (and the month before, its start).
    const Call call(*this);
    MonthIndex firstMonth = period.firstMonth - 1, lastMonth = period.lastMonth;
    if (const Range& mrr = m_data->store.mrrRange; mrr.valid) {
        firstMonth = std::max(firstMonth, mrr.first);
        lastMonth = std::min(lastMonth, mrr.last);
    }
    QStringList lines;
    for (const QString& currency : currencies)
        for (MonthIndex m = firstMonth; m <= lastMonth; ++m) {
            const QDate end = lastDayOf(m);
            const auto c = rates.convert(currency, to, int(end.toJulianDay()));
            lines << QStringLiteral("%1: %2").arg(
                end.toString(Qt::ISODate),
                c ? fx::FxRates::describe(currency, to, *c)
                  : QStringLiteral("no %1 rate into %2; %1 amounts left out").arg(currency, to));
        }
    return lines;
}

Explanation KpiEngine::explain(const QString& kpi, const Period& period, const QString& segmentAttribute,
                               const QString& segmentValue)
{
    Explanation e;
    e.result = value(kpi, period, segmentAttribute, segmentValue);
    e.profile = profile();
    if (kpiProfileKpis().contains(kpi))
        e.byProfile = valueByProfile(kpi, period, segmentAttribute, segmentValue);
    const KpiInfo* info = kpiInfo(kpi);
    if (!info)
        return e;
    if (info->unit == KpiUnit::Money || info->mrrBased || kpi.contains(QLatin1String("renewal")) ||
        kpi.contains(QLatin1String("order")) || kpi.contains(QLatin1String("purchase")) ||
        kpi.contains(QLatin1String("cost")))
        e.rates = exchangeRates(period);
    e.definition = info->definition;
    e.numeratorLabel = info->numeratorLabel;
    e.denominatorLabel = info->denominatorLabel;
    if (!e.byProfile.isEmpty()) {
        const auto [numerator, denominator] = profileRatioLabels(e.profile, kpi);
        if (!numerator.isEmpty())
            e.numeratorLabel = numerator;
        if (!denominator.isEmpty())
            e.denominatorLabel = denominator;
    }
    const KpiResult& r = e.result;
    const QString where = r.segment == QLatin1String("all")
                              ? period.label()
                              : period.label() + QStringLiteral(", ") + r.segment;
    const QString valueText =
        r.value ? formatKpiValue(*info, *r.value, m_workspace.currency()) : QStringLiteral("no value");
    if (info->isRatio && r.numerator && r.denominator)
        e.text = QStringLiteral("%1 (%2): %3 %4 / %5 %6 = %7")
                     .arg(info->name, where, e.numeratorLabel, number(*r.numerator), e.denominatorLabel,
                          number(*r.denominator), valueText);
    else
        e.text = QStringLiteral("%1 (%2) = %3").arg(info->name, where, valueText);
    if (!r.value && r.denominator && *r.denominator == 0)
        e.text += QStringLiteral(" (the denominator is zero)");

    const Store& s = m_data->store;
    Segmentation seg;
    if (!makeSegmentation(s, segmentAttribute,
                          segmentAttribute.isEmpty() ? QStringList() : QStringList{segmentValue}, &seg))
        return e;
    const int slot = 0;

    if (info->mrrBased && s.mrrRange.valid && period.lastMonth >= s.mrrRange.first &&
        period.firstMonth <= s.mrrRange.last) {
        const MonthIndex end = std::min(period.lastMonth, s.mrrRange.last);
        e.rows.columns = {
            QStringLiteral("account"),   QStringLiteral("name"),        QStringLiteral("start MRR"),
            QStringLiteral("end MRR"),   QStringLiteral("new"),         QStringLiteral("reactivation"),
            QStringLiteral("expansion"), QStringLiteral("contraction"), QStringLiteral("churn"),
            QStringLiteral("status"),    QStringLiteral("counts in")};
        struct Row
        {
            int account;
            AccountMoves mv;
            QString countsIn;
            double sortKey;
        };
        std::vector<Row> rows;
        const QString both = QStringLiteral("numerator and denominator");
        const QString den = QStringLiteral("denominator");
        const QString num = QStringLiteral("numerator");
        for (size_t a = 0; a < s.accounts.size(); ++a) {
            const AccountMoves mv = movesOf(s, seg, int(a), slot, period.firstMonth, end);
            QString countsIn;
            double key = 0;
            const bool lost = mv.inS && !mv.inE;
            if (kpi == QLatin1String("churn_rate") || kpi == QLatin1String("churned_customers") ||
                kpi == QLatin1String("retention_rate") || kpi == QLatin1String("upsell_rate")) {
                if (!mv.inS)
                    continue;
                const bool inNum = kpi == QLatin1String("retention_rate") ? mv.inE
                                   : kpi == QLatin1String("upsell_rate")  ? mv.expanded
                                                                          : lost;
                if (kpi == QLatin1String("churned_customers") && !lost)
                    continue;
                countsIn = inNum ? both : den;
                key = (inNum ? 1e15 : 0) + mv.start;
            } else if (kpi == QLatin1String("nrr") || kpi == QLatin1String("grr") ||
                       kpi == QLatin1String("net_mrr_churn_rate") ||
                       kpi == QLatin1String("gross_mrr_churn_rate")) {
                if (!mv.inS && mv.newM + mv.react == 0)
                    continue;
                countsIn = mv.inS ? both : num;
                key = std::abs(mv.end - mv.start);
            } else if (kpi.startsWith(QLatin1String("mrr_")) && kpi != QLatin1String("mrr_")) {
                const double v = kpi == QLatin1String("mrr_new")           ? mv.newM
                                 : kpi == QLatin1String("mrr_expansion")   ? mv.exp
                                 : kpi == QLatin1String("mrr_contraction") ? mv.contr
                                 : kpi == QLatin1String("mrr_churn")       ? mv.churn
                                                                           : mv.react;
                if (v == 0)
                    continue;
                countsIn = QStringLiteral("value");
                key = v;
            } else if (kpi == QLatin1String("quick_ratio") || kpi == QLatin1String("expansion_revenue")) {
                if (mv.newM + mv.react + mv.exp + mv.contr + mv.churn == 0)
                    continue;
                const bool up = mv.newM + mv.react + mv.exp > 0, down = mv.contr + mv.churn > 0;
                countsIn = up && down ? both : up ? num : den;
                key = mv.newM + mv.react + mv.exp + mv.contr + mv.churn;
            } else if (kpi == QLatin1String("new_customers")) {
                if (!mv.inE || mv.inS)
                    continue;
                countsIn = QStringLiteral("value");
                key = mv.end;
            } else { // mrr, arr, customers, arpa, clv, retention_cost, health_score: the active accounts at
                     // the end
                if (!mv.inE)
                    continue;
                countsIn = info->isRatio ? both : QStringLiteral("value");
                if (kpi == QLatin1String("retention_cost"))
                    countsIn = mv.inS ? den : QString();
                key = mv.end;
            }
            rows.push_back({int(a), mv, countsIn, key});
        }
        std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.sortKey > y.sortKey; });
        for (const Row& row : rows) {
            const AccountMoves& mv = row.mv;
            const QString status = mv.inS && mv.inE ? QStringLiteral("retained")
                                   : mv.inS         ? QStringLiteral("churned")
                                   : mv.inE         ? QStringLiteral("new")
                                                    : QStringLiteral("joined and left");
            e.rows.rows << QVariantList{s.accounts[size_t(row.account)].key,
                                        s.accounts[size_t(row.account)].name,
                                        mv.start / 100.0,
                                        mv.end / 100.0,
                                        mv.newM / 100.0,
                                        mv.react / 100.0,
                                        mv.exp / 100.0,
                                        mv.contr / 100.0,
                                        mv.churn / 100.0,
                                        status,
                                        row.countsIn};
        }
        return e;
    }

    // Row-based KPIs: the rows dated in the period, in the segment.
    const QString first = firstDayOf(period.firstMonth).toString(Qt::ISODate);
    const QString last = lastDayOf(period.lastMonth).toString(Qt::ISODate) + QStringLiteral("~");
    QSqlQuery q(m_workspace.database());
    auto slotOfAccountId = [&](const QVariant& id, const QString& date) {
        int day = 0;
        MonthIndex month = 0;
        parseDay(date, &day, &month);
        const int a = id.isNull() ? -1 : s.indexOfId(id.toLongLong());
        return seg.slotOf(a, month);
    };
    auto run = [&](const QString& sql) {
        q.prepare(sql);
        q.addBindValue(first);
        q.addBindValue(last);
        q.exec();
    };
    const bool surveyKpi = info->survey;
    if (surveyKpi) {
        e.rows.columns = {QStringLiteral("date"), QStringLiteral("account"), QStringLiteral("score"),
                          QStringLiteral("category"), QStringLiteral("comment")};
        run(QStringLiteral(
                "SELECT s.responded_at, s.account_id, a.account_key, s.score, s.comment FROM surveys s "
                "LEFT JOIN accounts a ON a.id = s.account_id WHERE s.survey = '%1' AND s.responded_at >= ? "
                "AND s.responded_at <= ? ORDER BY s.responded_at")
                .arg(kpi));
        while (q.next())
            if (slotOfAccountId(q.value(1), q.value(0).toString()) == slot)
                e.rows.rows << QVariantList{q.value(0), q.value(2), q.value(3),
                                            surveyCategory(kpi, q.value(3).toDouble()), q.value(4)};
    } else if (kpi == QLatin1String("fcr_rate") || kpi == QLatin1String("self_service_rate")) {
        e.rows.columns = {QStringLiteral("ticket"),   QStringLiteral("account"),
                          QStringLiteral("created"),  QStringLiteral("resolved"),
                          QStringLiteral("contacts"), QStringLiteral("counts in")};
        run(QStringLiteral(
            "SELECT t.resolved_at, t.account_id, t.ticket_id, a.account_key, t.created_at, t.contacts "
            "FROM tickets t LEFT JOIN accounts a ON a.id = t.account_id WHERE t.resolved_at >= ? AND "
            "t.resolved_at <= ? ORDER BY t.resolved_at"));
        while (q.next()) {
            if (slotOfAccountId(q.value(1), q.value(0).toString()) != slot)
                continue;
            const int c = q.value(5).toInt();
            QString countsIn;
            if (kpi == QLatin1String("fcr_rate"))
                countsIn = c == 1   ? QStringLiteral("numerator and denominator")
                           : c >= 1 ? QStringLiteral("denominator")
                                    : QString();
            else
                countsIn =
                    c == 0 ? QStringLiteral("numerator and denominator") : QStringLiteral("denominator");
            e.rows.rows << QVariantList{q.value(2), q.value(3), q.value(4), q.value(0), c, countsIn};
        }
    } else if (kpi == QLatin1String("adoption_rate") || kpi == QLatin1String("time_to_value")) {
        e.rows.columns = {QStringLiteral("signup"), QStringLiteral("account"), QStringLiteral("signed up"),
                          QStringLiteral("activated"), QStringLiteral("days")};
        run(QStringLiteral(
            "SELECT s.signed_up_at, s.account_id, s.signup_id, a.account_key, s.activated_at FROM "
            "signups s LEFT JOIN accounts a ON a.id = s.account_id WHERE s.signed_up_at >= ? AND "
            "s.signed_up_at <= ? ORDER BY s.signed_up_at"));
        while (q.next()) {
            if (slotOfAccountId(q.value(1), q.value(0).toString()) != slot)
                continue;
            const QDate from = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
            const QDate to = QDate::fromString(q.value(4).toString().left(10), Qt::ISODate);
            e.rows.rows << QVariantList{q.value(2), q.value(3), q.value(0), q.value(4),
                                        to.isValid() ? QVariant(from.daysTo(to)) : QVariant()};
        }
    } else if (kpi == QLatin1String("renewal_rate") || kpi == QLatin1String("net_renewal_rate")) {
        e.rows.columns = {QStringLiteral("account"), QStringLiteral("due"), QStringLiteral("renewed"),
                          QStringLiteral("ARR before"), QStringLiteral("ARR after")};
        run(QStringLiteral(
            "SELECT r.due_date, r.account_id, a.account_key, r.renewed, r.arr_before, r.arr_after, "
            "r.currency "
            "FROM renewals r JOIN accounts a ON a.id = r.account_id WHERE r.renewed IS NOT NULL AND "
            "r.due_date >= ? AND r.due_date <= ? ORDER BY r.due_date"));
        fx::AmountConverter fx(m_workspace.database(), m_workspace.homeCurrency(), m_workspace.currency());
        while (q.next())
            if (slotOfAccountId(q.value(1), q.value(0).toString()) == slot) {
                const QDate due = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
                // An amount with no rate is left out of the KPI: an empty cell, not a zero.
                const auto before = fx.convert(q.value(4), q.value(6), due);
                const auto after = fx.convert(q.value(5), q.value(6), due);
                e.rows.rows << QVariantList{
                    q.value(2), q.value(0), q.value(3).toInt() ? QStringLiteral("yes") : QStringLiteral("no"),
                    before ? QVariant(*before / 100.0) : QVariant(),
                    q.value(3).toInt() ? (after ? QVariant(*after / 100.0) : QVariant()) : QVariant(0.0)};
            }
    } else if (kpi == QLatin1String("average_order_value") || kpi == QLatin1String("purchase_frequency") ||
               kpi == QLatin1String("repeat_purchase_rate")) {
        e.rows.columns = {QStringLiteral("order"), QStringLiteral("account"), QStringLiteral("date"),
                          QStringLiteral("amount"), QStringLiteral("type")};
        q.prepare(QStringLiteral(
            "SELECT o.ordered_at, o.account_id, o.order_id, a.account_key, o.amount, o.type, o.currency FROM "
            "orders o JOIN accounts a ON a.id = o.account_id WHERE o.ordered_at >= ? AND "
            "o.ordered_at <= ? ORDER BY o.ordered_at"));
        fx::AmountConverter fx(m_workspace.database(), m_workspace.homeCurrency(), m_workspace.currency());
        // Repeat purchases look at every order up to the end of the period.
        q.addBindValue(kpi == QLatin1String("repeat_purchase_rate") ? QStringLiteral("0000") : first);
        q.addBindValue(last);
        q.exec();
        while (q.next())
            if (slotOfAccountId(q.value(1), q.value(0).toString()) == slot) {
                const QDate day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
                const auto amount = fx.convert(q.value(4), q.value(6), day);
                e.rows.rows << QVariantList{q.value(2), q.value(3), q.value(0),
                                            amount ? QVariant(*amount / 100.0) : QVariant(), q.value(5)};
            }
    } else if (kpi == QLatin1String("conversion_rate")) {
        e.rows.columns = {QStringLiteral("date"), QStringLiteral("source"), QStringLiteral("visitors"),
                          QStringLiteral("conversions")};
        run(QStringLiteral(
            "SELECT date, source, visitors, conversions FROM funnel WHERE date >= ? AND date <= ? "
            "ORDER BY date, source"));
        while (q.next())
            if (seg.slotOf(-1, 0) == slot)
                e.rows.rows << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3)};
    }
    return e;
}

QList<SurveyComment> KpiEngine::comments(std::optional<Period> period, const QString& survey,
                                         const QString& segmentAttribute, const QString& segmentValue)
{
    const Call call(*this);
    QList<SurveyComment> out;
    const Store& s = m_data->store;
    Segmentation seg;
    if (!makeSegmentation(s, segmentAttribute,
                          segmentAttribute.isEmpty() ? QStringList() : QStringList{segmentValue}, &seg))
        return out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT s.responded_at, s.survey, s.score, s.comment, s.account_id, a.account_key, a.name "
        "FROM surveys s LEFT JOIN accounts a ON a.id = s.account_id "
        "WHERE s.comment IS NOT NULL AND trim(s.comment) <> '' ORDER BY s.responded_at DESC, s.id"));
    while (q.next()) {
        int day = 0;
        MonthIndex month = 0;
        if (!parseDay(q.value(0).toString(), &day, &month))
            continue;
        if (period && !period->contains(month))
            continue;
        const QString type = q.value(1).toString();
        if (!survey.isEmpty() && type != survey)
            continue;
        const int a = q.value(4).isNull() ? -1 : s.indexOfId(q.value(4).toLongLong());
        const int slot = seg.slotOf(a, month);
        if (slot != 0)
            continue;
        SurveyComment c;
        c.date = QDate::fromJulianDay(day);
        c.survey = type;
        c.score = q.value(2).toDouble();
        c.category = surveyCategory(type, c.score);
        c.comment = q.value(3).toString();
        c.accountKey = q.value(5).toString();
        c.accountName = q.value(6).toString();
        c.segment = seg.names.value(slot);
        out << c;
    }
    return out;
}

} // namespace tenure
