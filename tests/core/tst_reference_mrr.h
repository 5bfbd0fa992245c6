#pragma once

// The deliberately simple reading of MRR shared by the reference tests (tst_kpi_reference,
// tst_health_reference): revenue rows and subscriptions read back with plain SQL and summed per
// account and month with QDate arithmetic, independent of the engine's loader.

#include "Workspace.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <map>

namespace tenure::test::reference {

inline QDate day(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

inline int monthOfDay(const QDate& d)
{
    return d.year() * 12 + d.month() - 1;
}

inline QDate lastDay(int month)
{
    return QDate(month / 12, month % 12 + 1, 1).addMonths(1).addDays(-1);
}

struct Mrr
{
    std::map<std::pair<qint64, int>, double> mrr; // (account, month) -> cents
    std::map<std::pair<qint64, int>, QString> revenuePlan;
    int first = INT_MAX, last = INT_MIN; // months with MRR data (INT_MAX/INT_MIN: none)
};

inline Mrr readMrr(Workspace& w)
{
    Mrr out;
    QSqlQuery q(w.database());
    q.exec(QStringLiteral("SELECT account_id, month, mrr, plan FROM revenue"));
    while (q.next()) {
        const int m = q.value(1).toInt() / 100 * 12 + q.value(1).toInt() % 100 - 1;
        out.mrr[{q.value(0).toLongLong(), m}] += q.value(2).toDouble();
        if (!q.value(3).toString().isEmpty())
            out.revenuePlan[{q.value(0).toLongLong(), m}] = q.value(3).toString();
        out.first = std::min(out.first, m);
        out.last = std::max(out.last, m);
    }
    struct Sub
    {
        qint64 account;
        QDate start, end;
        double monthly;
    };
    QList<Sub> subs;
    q.exec(QStringLiteral(
        "SELECT account_id, start_date, end_date, amount, interval, interval_count FROM subscriptions"));
    while (q.next()) {
        const QString interval = q.value(4).toString();
        const double factor = interval == QLatin1String("year")   ? 1.0 / 12
                              : interval == QLatin1String("week") ? 52.0 / 12
                              : interval == QLatin1String("day")  ? 365.0 / 12
                                                                  : 1.0;
        subs << Sub{q.value(0).toLongLong(), day(q.value(1).toString()), day(q.value(2).toString()),
                    // amount: per billing interval for all units; interval_count intervals per bill
                    q.value(3).toDouble() * factor / std::max(1.0, q.value(5).toDouble())};
        out.first = std::min(out.first, monthOfDay(subs.last().start));
        out.last = std::max(out.last, monthOfDay(subs.last().start));
        if (subs.last().end.isValid())
            out.last = std::max(out.last, monthOfDay(subs.last().end));
    }
    for (const Sub& s : subs)
        for (int m = out.first; m <= out.last; ++m)
            if (s.start <= lastDay(m) && (!s.end.isValid() || lastDay(m) < s.end))
                out.mrr[{s.account, m}] += s.monthly;
    return out;
}

} // namespace tenure::test::reference
