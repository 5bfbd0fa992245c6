#pragma once

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
             {key(), account, start, text(end), amount, interval, quantity});
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

} // namespace tenure::test
