#pragma once
// A small, fixed company written straight into a workspace by SQL (40 accounts, 24 months of MRR,
// surveys with comments, tickets, signups, renewals, import batches), shared by the report tests.
// Deterministic: the same rows on every run, so reports can be compared byte for byte in text.

#include "Workspace.h"

#include <QDate>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tenure::test {

inline void exec(Workspace& workspace, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(workspace.database());
    query.prepare(sql);
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        qFatal("fixture SQL failed: %s", qPrintable(query.lastError().text()));
}

// Accounts ACC-001..ACC-040; months 2024-01..2025-12.
inline void fillReportFixture(Workspace& workspace)
{
    quint32 seed = 12345;
    const auto next = [&seed](int n) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % quint32(n));
    };
    QSqlDatabase db = workspace.database();
    db.transaction();
    workspace.setSetting(QStringLiteral("company_name"), QStringLiteral("Northwind Analytics"));
    const char* files[][3] = {{"accounts.csv", "accounts", "40"}, {"revenue.csv", "revenue", "800"},
                              {"surveys.csv", "surveys", "300"},  {"tickets.csv", "tickets", "400"},
                              {"signups.csv", "signups", "120"},  {"renewals.csv", "renewals", "60"}};
    for (int i = 0; i < 6; ++i)
        exec(workspace,
             QStringLiteral("INSERT INTO import_batches(id, file_name, sha256, kind, imported_at, rows_read, "
                            "rows_imported) VALUES(?, ?, ?, ?, '2026-01-05T10:00:00Z', ?, ?)"),
             {i + 1, QString::fromLatin1(files[i][0]), QStringLiteral("%1").arg(i + 1).repeated(64).left(64),
              QString::fromLatin1(files[i][1]), QString::fromLatin1(files[i][2]).toInt(),
              QString::fromLatin1(files[i][2]).toInt()});
    const QStringList plans{QStringLiteral("Starter"), QStringLiteral("Growth"),
                            QStringLiteral("Enterprise")};
    const QStringList regions{QStringLiteral("EMEA"), QStringLiteral("Americas")};
    const QStringList comments{QStringLiteral("Support took too long to answer our billing question."),
                               QStringLiteral("Great product, the dashboards save us hours every week."),
                               QStringLiteral("Onboarding was confusing and the export keeps failing."),
                               QStringLiteral("Love the new reporting features."), QString()};
    for (int a = 1; a <= 40; ++a) {
        const QString plan = plans[a % 3];
        exec(workspace,
             QStringLiteral("INSERT INTO accounts(id, account_key, name, plan, region, industry, size, "
                            "owner, created_at, "
                            "batch_id) VALUES(?, ?, ?, ?, ?, 'Software', 'SMB', 'Dana', '2023-12-01', 1)"),
             {a, QStringLiteral("ACC-%1").arg(a, 3, 10, QLatin1Char('0')),
              QStringLiteral("Customer %1 Ltd").arg(a), plan, regions[a % 2]});
        const int start = a <= 25 ? 0 : next(18); // month offset of the first MRR
        const int churn = a % 7 == 0 ? start + 4 + next(12) : 99;
        qint64 mrr = (plan == QLatin1String("Starter")  ? 9900
                      : plan == QLatin1String("Growth") ? 49900
                                                        : 199900) +
                     next(50) * 100;
        for (int m = start; m < 24 && m < churn; ++m) {
            if (next(10) == 0)
                mrr += 5000; // expansion
            else if (next(25) == 0 && mrr > 10000)
                mrr -= 3000; // contraction
            const int year = 2024 + m / 12, month = m % 12 + 1;
            exec(workspace,
                 QStringLiteral("INSERT INTO revenue(account_id, month, mrr, batch_id) VALUES(?, ?, ?, 2)"),
                 {a, year * 100 + month, mrr});
        }
        // Renewals yearly from the first month.
        for (int y = 0; y < 3; ++y) {
            const QDate due = QDate(2024, 1, 1).addMonths(start + 12 * (y + 1) - 1).addDays(14);
            exec(workspace,
                 QStringLiteral(
                     "INSERT INTO renewals(account_id, due_date, renewed, arr_before, arr_after, batch_id) "
                     "VALUES(?, ?, ?, ?, ?, 6)"),
                 {a, due.toString(Qt::ISODate), churn == 99 ? 1 : 0, mrr * 12, churn == 99 ? mrr * 12 : 0});
        }
    }
    for (int i = 0; i < 300; ++i) {
        const int a = 1 + next(40);
        const QDate date = QDate(2024, 1, 1).addDays(next(730));
        const bool nps = i % 3 != 0;
        const int score = nps ? next(11) : 1 + next(5);
        const QString comment = comments[(score + i) % comments.size()];
        exec(
            workspace,
            QStringLiteral(
                "INSERT INTO surveys(row_key, response_id, account_id, responded_at, survey, score, comment, "
                "batch_id) VALUES(?, ?, ?, ?, ?, ?, ?, 3)"),
            {QStringLiteral("R%1").arg(i), QStringLiteral("R%1").arg(i), a, date.toString(Qt::ISODate),
             nps ? QStringLiteral("nps") : QStringLiteral("csat"), score,
             comment.isEmpty() ? QVariant() : comment});
    }
    for (int i = 0; i < 400; ++i) {
        const int a = 1 + next(40);
        const QDate created = QDate(2024, 1, 1).addDays(next(730));
        const QVariant resolved =
            next(20) == 0 ? QVariant() : QVariant(created.addDays(next(5)).toString(Qt::ISODate));
        exec(workspace,
             QStringLiteral(
                 "INSERT INTO tickets(ticket_id, account_id, created_at, resolved_at, contacts, channel, "
                 "batch_id) VALUES(?, ?, ?, ?, ?, ?, 4)"),
             {QStringLiteral("T-%1").arg(1000 + i), a, created.toString(Qt::ISODate), resolved, next(4),
              i % 2 ? QStringLiteral("email") : QStringLiteral("chat")});
    }
    for (int i = 0; i < 120; ++i) {
        const QDate date = QDate(2024, 1, 1).addDays(next(730));
        exec(
            workspace,
            QStringLiteral("INSERT INTO signups(signup_id, account_id, signed_up_at, activated_at, batch_id) "
                           "VALUES(?, NULL, ?, ?, 5)"),
            {QStringLiteral("S-%1").arg(i), date.toString(Qt::ISODate),
             next(3) == 0 ? QVariant() : QVariant(date.addDays(1 + next(20)).toString(Qt::ISODate))});
    }
    // Targets: NRR 100 % by the end of 2025, churn 3 % (no date).
    exec(workspace,
         QStringLiteral("INSERT INTO targets(kpi, segment_attribute, segment_value, value, due_date) "
                        "VALUES('nrr', '', '', 100, '2025-12-31'), ('churn_rate', '', '', 3, NULL)"));
    db.commit();
    workspace.bumpDataVersion();
}

// Output of a poppler tool (pdftotext, pdfinfo, pdfimages).
inline QString runTool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfInfo(const QString& path, const QString& key)
{
    for (const QString& line : runTool(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n')))
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

inline int pdfPages(const QString& path)
{
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

// The text of each page (pdftotext -layout keeps table rows on one line).
inline QStringList pdfPageTexts(const QString& path)
{
    QStringList pages =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Lines of `pdfimages -list` after its two header lines: one per raster image.
inline int pdfImageCount(const QString& path)
{
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

} // namespace tenure::test
