#pragma once

#include <cmath>

// Writes KPI test data straight into a workspace with SQL (shared by the tst_kpi*, tst_cohorts and
// tst_health tests).

#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtTest>

namespace tenure::test {

class Company
{
public:
    explicit Company(Workspace& workspace) : m_w(workspace), m_db(workspace.database())
    {
        m_db.transaction();
    }

    // Commits and bumps the data version (as an import does).
    void done()
    {
        m_db.commit();
        m_w.bumpDataVersion();
        m_db.transaction();
    }
    ~Company() { m_db.commit(); }

    qint64 account(const QString& key, const QString& plan = {}, const QString& region = {},
                   const QString& industry = {})
    {
        exec(QStringLiteral(
                 "INSERT INTO accounts(account_key, name, plan, region, industry) VALUES(?, ?, ?, ?, ?)"),
             {key, QString(QStringLiteral("Name of ") + key), text(plan), text(region), text(industry)});
        return m_last;
    }
    void attribute(qint64 account, const QString& name, const QString& value)
    {
        exec(QStringLiteral("INSERT INTO account_attributes(account_id, attribute, value) VALUES(?, ?, ?)"),
             {account, name, value});
    }
    void revenue(qint64 account, int yyyymm, qint64 cents, const QString& plan = {})
    {
        exec(QStringLiteral("INSERT INTO revenue(account_id, month, mrr, plan) VALUES(?, ?, ?, ?)"),
             {account, yyyymm, cents, text(plan)});
    }
    void subscription(qint64 account, const QString& start, const QString& end, qint64 amount,
                      const QString& interval = QStringLiteral("month"), double quantity = 1)
    {
        exec(QStringLiteral(
                 "INSERT INTO subscriptions(row_key, account_id, start_date, end_date, amount, interval, "
                 "quantity) VALUES(?, ?, ?, ?, ?, ?, ?)"),
             // The table keeps the amount per interval for all units (schema 3).
             {key(), account, start, text(end), qint64(std::llround(double(amount) * quantity)), interval,
              quantity});
    }
    // account 0: no account
    void survey(qint64 account, const QString& date, const QString& type, double score,
                const QString& comment = {})
    {
        exec(QStringLiteral("INSERT INTO surveys(row_key, account_id, responded_at, survey, score, comment) "
                            "VALUES(?, ?, ?, ?, ?, ?)"),
             {key(), id(account), date, type, score, text(comment)});
    }
    void ticket(qint64 account, const QString& created, const QString& resolved, int contacts)
    {
        exec(QStringLiteral("INSERT INTO tickets(ticket_id, account_id, created_at, resolved_at, contacts) "
                            "VALUES(?, ?, ?, ?, ?)"),
             {key(), id(account), created, text(resolved), contacts});
    }
    void signup(qint64 account, const QString& date, const QString& activated)
    {
        exec(QStringLiteral(
                 "INSERT INTO signups(signup_id, account_id, signed_up_at, activated_at) VALUES(?, ?, ?, ?)"),
             {key(), id(account), date, text(activated)});
    }
    void order(qint64 account, const QString& date, qint64 amount, const QString& type = {})
    {
        exec(QStringLiteral(
                 "INSERT INTO orders(row_key, account_id, ordered_at, amount, type) VALUES(?, ?, ?, ?, ?)"),
             {key(), account, date, amount, text(type)});
    }
    void funnel(const QString& date, qint64 visitors, qint64 conversions, const QString& source = {})
    {
        exec(QStringLiteral("INSERT INTO funnel(date, source, visitors, conversions) VALUES(?, ?, ?, ?)"),
             {date, source.isEmpty() ? QStringLiteral("") : source, visitors, conversions});
    }
    void cost(const QString& date, qint64 amount)
    {
        exec(QStringLiteral("INSERT INTO costs(row_key, date, amount) VALUES(?, ?, ?)"),
             {key(), date, amount});
    }
    void renewal(qint64 account, const QString& due, bool renewed, qint64 before, std::optional<qint64> after)
    {
        exec(QStringLiteral("INSERT INTO renewals(account_id, due_date, renewed, arr_before, arr_after) "
                            "VALUES(?, ?, ?, ?, ?)"),
             {account, due, renewed ? 1 : 0, before, after ? QVariant(*after) : QVariant()});
    }

private:
    static QVariant text(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }
    static QVariant id(qint64 account) { return account == 0 ? QVariant() : QVariant(account); }
    QString key()
    {
        static int counter = 0; // unique across Company objects on one workspace
        return QStringLiteral("k%1").arg(++counter);
    }
    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("fixture SQL failed: %s", qPrintable(q.lastError().text()));
        m_last = q.lastInsertId().toLongLong();
    }

    Workspace& m_w;
    QSqlDatabase m_db;
    qint64 m_last = 0;
};

// The small company of the hand-checked tests (amounts in cents).
inline void buildSmallCompany(Company& c)
{
    const qint64 a = c.account(QStringLiteral("A"), QStringLiteral("pro"), QStringLiteral("eu"));
    const qint64 b = c.account(QStringLiteral("B"), QStringLiteral("basic"), QStringLiteral("us"));
    const qint64 cc = c.account(QStringLiteral("C"), QStringLiteral("basic"), QStringLiteral("eu"));
    const qint64 d = c.account(QStringLiteral("D"), QStringLiteral("pro"));
    const qint64 e = c.account(QStringLiteral("E"), QStringLiteral("basic"));
    // MRR (currency):  Jan  Feb  Mar  Apr
    //   A              100  100  150  150
    //   B               50   50    -    -
    //   C                -   80   60   60
    //   D              200    -    -  120
    //   E (yearly sub)   -  100  100    -   1,200 a year from Feb 15 to Apr 10
    for (auto [m, v] : {std::pair{202601, 10000}, {202602, 10000}, {202603, 15000}, {202604, 15000}})
        c.revenue(a, m, v);
    c.revenue(b, 202601, 5000);
    c.revenue(b, 202602, 5000);
    c.revenue(cc, 202602, 8000);
    c.revenue(cc, 202603, 6000);
    c.revenue(cc, 202604, 6000);
    c.revenue(d, 202601, 20000);
    c.revenue(d, 202604, 12000);
    c.subscription(e, QStringLiteral("2026-02-15"), QStringLiteral("2026-04-10"), 120000,
                   QStringLiteral("year"));

    c.survey(a, QStringLiteral("2026-02-10"), QStringLiteral("nps"), 10);
    c.survey(a, QStringLiteral("2026-03-02"), QStringLiteral("nps"), 10, QStringLiteral("Love it"));
    c.survey(cc, QStringLiteral("2026-03-03"), QStringLiteral("nps"), 9);
    c.survey(0, QStringLiteral("2026-03-04"), QStringLiteral("nps"), 8);
    c.survey(b, QStringLiteral("2026-03-05"), QStringLiteral("nps"), 3, QStringLiteral("Too slow"));
    c.survey(e, QStringLiteral("2026-03-31"), QStringLiteral("nps"), 6);
    c.survey(a, QStringLiteral("2026-03-06"), QStringLiteral("csat"), 5);
    c.survey(cc, QStringLiteral("2026-03-07"), QStringLiteral("csat"), 4);
    c.survey(b, QStringLiteral("2026-03-08"), QStringLiteral("csat"), 2);
    c.survey(0, QStringLiteral("2026-03-09"), QStringLiteral("csat"), 3);
    c.survey(a, QStringLiteral("2026-03-10"), QStringLiteral("ces"), 7);
    c.survey(cc, QStringLiteral("2026-03-11"), QStringLiteral("ces"), 5);
    c.survey(b, QStringLiteral("2026-03-12"), QStringLiteral("ces"), 3);

    c.ticket(a, QStringLiteral("2026-02-20"), QStringLiteral("2026-03-02"), 0);
    c.ticket(a, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-03"), 1);
    c.ticket(cc, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-04"), 1);
    c.ticket(b, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-05"), 3);
    c.ticket(0, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-06"), 0);
    c.ticket(a, QStringLiteral("2026-03-30"), QStringLiteral("2026-04-02"), 1);
    c.ticket(a, QStringLiteral("2026-03-30"), {}, 2);

    c.signup(a, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-11"));
    c.signup(a, QStringLiteral("2026-03-05"), QStringLiteral("2026-03-25"));
    c.signup(cc, QStringLiteral("2026-03-10"), {});
    c.signup(0, QStringLiteral("2026-03-20"), QStringLiteral("2026-04-19"));

    c.order(a, QStringLiteral("2026-01-10"), 10000);
    c.order(b, QStringLiteral("2026-02-01"), 2000);
    c.order(a, QStringLiteral("2026-03-05"), 5000, QStringLiteral("add-on"));
    c.order(cc, QStringLiteral("2026-03-20"), 3000);

    c.funnel(QStringLiteral("2026-03-01"), 1000, 30);
    c.funnel(QStringLiteral("2026-03-15"), 500, 15, QStringLiteral("ads"));
    c.cost(QStringLiteral("2026-03-31"), 30000);
    c.cost(QStringLiteral("2026-03-01"), 15000);

    c.renewal(a, QStringLiteral("2026-03-15"), true, 120000, 180000);
    c.renewal(b, QStringLiteral("2026-03-20"), false, 60000, std::nullopt);
    c.done();
}

} // namespace tenure::test
