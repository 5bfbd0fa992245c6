#pragma once

// A small company whose health backtest is worked out by hand (tst_health, tst_health_cli,
// tst_healthui). Jan..Jun 2026; in Jan-Mar each account's only component is one CSAT answer of
// 2026-01-05 (CSAT s scores (s - 1) / 4 x 100), so its score is that answer:
//   A  csat 1 ->   0 red,   active all months, owner ann, plan basic, seats 50
//   B  csat 2 ->  25 red,   active Jan-Feb (churns in Mar),  ann, basic, seats 200
//   C  csat 4 ->  75 green, active all months,  bob, pro, seats 10; a ticket on 2026-06-20
//   D  csat 5 -> 100 green, active Jan-Apr (churns in May), bob, pro, seats "many"; an order in Feb
//   E  csat 3 ->  50 amber, active all months,  bob, pro, no seats
// Backtest (Jan, Feb, Mar have 3 later months): 14 scored account-months, 4 churned (B Jan, B Feb,
// D Feb, D Mar). Red: 5 (A x3, B x2), 2 churned = 40 %; green: 6 (C x3, D x3), 2 churned = 33.3 %;
// lift 1.2. AUC: churners 25, 25, 100, 100 against non-churners 0 x3, 50 x3, 75 x3, 100 (D Jan): each
// 25 has 7 above (14), each 100 ties 1 (2 x 0.5) -> 15 / (4 x 10) = 0.375. By plan: basic (A, B) AUC
// 0 / 6 = 0, no green so no lift; pro (C, D, E) churners 100, 100 tie D Jan once each: 1 / 14.
// June, default weights (trend 30, csat 15, tickets 15; tickets count from June): A (75x30 + 0 +
// 100x15) / 60 = 62.5 amber, C (2250 + 1125 + 80x15) / 60 = 76.25 green, E (2250 + 750 + 1500) / 60
// = 75 green.
#include "Workspace.h"
#include "tst_kpi_fixture.h"

#include <QSqlQuery>

namespace tenure::test {

inline void makeBacktestCompany(Workspace& w)
{
    Company c(w);
    struct Spec
    {
        const char* key;
        int csat;
        int lastMonth;
        const char* owner;
        const char* plan;
        const char* seats;
    };
    const Spec specs[] = {{"A", 1, 6, "ann", "basic", "50"},
                          {"B", 2, 2, "ann", "basic", "200"},
                          {"C", 4, 6, "bob", "pro", "10"},
                          {"D", 5, 4, "bob", "pro", "many"},
                          {"E", 3, 6, "bob", "pro", nullptr}};
    QList<std::pair<qint64, QString>> owners;
    for (const Spec& s : specs) {
        const qint64 id = c.account(QString::fromLatin1(s.key), QString::fromLatin1(s.plan));
        owners << std::pair{id, QString::fromLatin1(s.owner)};
        for (int m = 1; m <= 6; ++m)
            c.revenue(id, 202600 + m, m <= s.lastMonth ? 10000 : 0);
        c.survey(id, QStringLiteral("2026-01-05"), QStringLiteral("csat"), s.csat,
                 s.csat == 1 ? QStringLiteral("Too slow") : QString());
        if (s.seats)
            c.attribute(id, QStringLiteral("seats"), QString::fromLatin1(s.seats));
        if (qstrcmp(s.key, "C") == 0)
            c.ticket(id, QStringLiteral("2026-06-20"), {}, 2);
        if (qstrcmp(s.key, "D") == 0)
            c.order(id, QStringLiteral("2026-02-15"), 50000, QStringLiteral("add-on"));
    }
    c.done();
    QSqlQuery q(w.database());
    for (const auto& [id, owner] : owners) {
        q.prepare(QStringLiteral("UPDATE accounts SET owner = ? WHERE id = ?"));
        q.addBindValue(owner);
        q.addBindValue(id);
        q.exec();
    }
    w.bumpDataVersion();
}

} // namespace tenure::test
