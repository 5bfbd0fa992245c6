#pragma once

// The small company of tests/core/tst_profiles.cpp, worked out by hand under every formula profile
// (shared with tst_kpi_cli and the UI tests).

#include "Workspace.h"
#include "tst_kpi_fixture.h"

namespace tenure::test {

// The company, MRR per month of 2026 (currency units; every account 100 unless said):
//   A0..A9  from January. A9 churns in February and comes back in July at 100 (reactivation).
//   A8      churns in April.
//   A7      churns in July.
//   A6      contracts in July, 100 -> 20.
//   A5      expands in July, 100 -> 150.
//   N1      new in February, N2 new in April, N3 new in July at 350.
// Gross margin 80 %.
//
// Monthly customer churn (churned / active the month before):
//   Jan: no value (nobody active in December)    Feb: 1/10 (A9)    Mar: 0/10
//   Apr: 1/10 (A8)    May: 0/10    Jun: 0/10    Jul: 1/10 (A7)
// July: S = A0..A7, N1, N2 (10 accounts, MRR 1,000). Movements: churn 100 (A7), contraction 80 (A6),
//   expansion 50 (A5), reactivation 100 (A9), new 350 (N3).
//   MRR at the end = 1,000 - 100 - 80 + 50 + 100 + 350 = 1,320 over 11 customers: ARPA 120.
//   MRR at the end of the accounts in S = 5 x 100 + 150 + 20 + 0 + 100 + 100 = 870.
//
// churn_rate, every profile: 1 / 10 = 10 %.
// gross_mrr_churn_rate, every profile: (100 + 80) / 1,000 = 18 %.
// net_mrr_churn_rate: tenure, chartmogul, profitwell (100 + 80 - 50 - 100) / 1,000 = 3 %;
//   baremetrics (no reactivation offset) (100 + 80 - 50) / 1,000 = 13 %.
// nrr: tenure, chartmogul, profitwell 870 / 1,000 = 87 %; baremetrics 100 % - 13 % = 87 % (the same
//   within one month: they part over a quarter, when accounts outside S move).
// arpa, every profile: 1,320 / 11 = 120.
// clv: tenure: mean churn Feb..Jul = (0.1 + 0 + 0.1 + 0 + 0 + 0.1) / 6 = 0.05; 120 x 80 % / 0.05 = 1,920.
//   chartmogul: the six months before July, Jan..Jun, of which Feb..Jun have a value:
//     (0.1 + 0 + 0.1 + 0 + 0) / 5 = 0.04; no gross margin: 120 / 0.04 = 3,000.
//   baremetrics: July's churn alone: 120 / 0.1 = 1,200.
//   profitwell: 120 / (1 - 0.87) = 923.0769...
inline void makeProfilesCompany(Workspace& w)
{
    Company c(w);
    qint64 a[10];
    for (int i = 0; i < 10; ++i)
        a[i] = c.account(QStringLiteral("A%1").arg(i));
    const qint64 n1 = c.account(QStringLiteral("N1")), n2 = c.account(QStringLiteral("N2")),
                 n3 = c.account(QStringLiteral("N3"));
    for (int m = 1; m <= 7; ++m) {
        const int month = 202600 + m;
        for (int i = 0; i <= 4; ++i)
            c.revenue(a[i], month, 10000);
        c.revenue(a[5], month, m == 7 ? 15000 : 10000);
        c.revenue(a[6], month, m == 7 ? 2000 : 10000);
        if (m <= 6)
            c.revenue(a[7], month, 10000);
        if (m <= 3)
            c.revenue(a[8], month, 10000);
        if (m == 1 || m == 7)
            c.revenue(a[9], month, 10000);
        if (m >= 2)
            c.revenue(n1, month, 10000);
        if (m >= 4)
            c.revenue(n2, month, 10000);
        if (m == 7)
            c.revenue(n3, month, 35000);
    }
    c.done();
    w.setSetting(QStringLiteral("gross_margin"), 80.0);
}

} // namespace tenure::test
