#include "DataKinds.h"
#include "Period.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "import/Importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace tenure;

namespace {

constexpr MonthIndex LastMonth = monthIndex(2026, 6);

demo::DemoOptions smallOptions(int accounts = 300, int months = 24, std::uint64_t seed = 7)
{
    demo::DemoOptions options;
    options.accounts = accounts;
    options.months = months;
    options.seed = seed;
    options.lastMonth = LastMonth;
    return options;
}

void generateInto(Workspace& workspace, const demo::DemoOptions& options, const QString& csvDir = {},
                  demo::DemoCounts* counts = nullptr)
{
    QString error;
    if (!demo::generate(options, &workspace, csvDir, &error, counts))
        QFAIL(qPrintable(error));
}

qint64 scalar(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

double real(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toDouble();
}

// Every kind table's rows without batch ids, in a fixed order, hashed.
QByteArray tablesDigest(Workspace& workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(workspace.database());
    const QStringList tables = {QStringLiteral("accounts"), QStringLiteral("account_attributes"),
                                QStringLiteral("revenue"),  QStringLiteral("subscriptions"),
                                QStringLiteral("orders"),   QStringLiteral("surveys"),
                                QStringLiteral("tickets"),  QStringLiteral("signups"),
                                QStringLiteral("funnel"),   QStringLiteral("costs"),
                                QStringLiteral("renewals")};
    for (const QString& table : tables) {
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table));
        const int columns = query.record().count();
        const int batchColumn = query.record().indexOf(QStringLiteral("batch_id"));
        while (query.next()) {
            for (int c = 0; c < columns; ++c) {
                if (c != batchColumn)
                    hash.addData(QByteArray(query.value(c).toString().toUtf8() + '\x1f'));
            }
            hash.addData("\n");
        }
    }
    return hash.result();
}

// Churn events over active months by revenue plan: an account active in month m and not in m+1.
double monthlyChurn(Workspace& workspace, const QString& plan)
{
    const QString sql =
        QStringLiteral(
            "SELECT 1.0 * sum(NOT EXISTS (SELECT 1 FROM revenue n WHERE n.account_id = r.account_id "
            "AND n.month = CASE WHEN r.month % 100 = 12 THEN r.month + 89 ELSE r.month + 1 END)) "
            "/ count(*) FROM revenue r WHERE r.month < %1 AND r.plan = '%2'")
            .arg(yyyymm(LastMonth))
            .arg(plan);
    return real(workspace, sql);
}

// Share of revenue-billed accounts (active at some point) whose last revenue month is before the end.
double churnedShare(Workspace& workspace, const QString& accountFilter)
{
    const QString sql =
        QStringLiteral("SELECT avg(last < %1) FROM (SELECT account_id, max(month) AS last FROM revenue "
                       "WHERE account_id IN (%2) GROUP BY account_id)")
            .arg(yyyymm(LastMonth))
            .arg(accountFilter);
    return real(workspace, sql);
}

QList<QByteArray> readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A table's rows with account ids replaced by account keys and batch ids left out, so two
// workspaces filled in different ways can be compared.
QStringList contentOf(Workspace& workspace, const QString& select)
{
    QStringList rows;
    QSqlQuery query(workspace.database());
    if (!query.exec(select))
        qFatal("query failed: %s", qPrintable(select));
    while (query.next()) {
        QStringList cells;
        for (int c = 0; c < query.record().count(); ++c)
            cells << (query.value(c).isNull() ? QStringLiteral("<null>") : query.value(c).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

} // namespace

class TestDemoCompany : public QObject
{
    Q_OBJECT

private slots:
    void defaultLastMonth_data();
    void defaultLastMonth();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void sameSeedSameCompany();
    void differentSeedDifferentCompany();
    void csvIsByteIdenticalForASeed();
    void rowCounts_data();
    void rowCounts();
    void invariants();
    void believableLinks();
    void csvMatchesWorkspace();
    void importedCsvEqualsWorkspace();
    void refusesWorkspaceWithData();
};

void TestDemoCompany::defaultLastMonth_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected");
    QTest::newRow("mid-month") << QDate(2026, 3, 15) << monthIndex(2026, 2);
    QTest::newRow("first of month") << QDate(2026, 3, 1) << monthIndex(2026, 2);
    QTest::newRow("january goes back a year") << QDate(2026, 1, 20) << monthIndex(2025, 12);
}

void TestDemoCompany::defaultLastMonth()
{
    QFETCH(QDate, today);
    QFETCH(int, expected);
    QCOMPARE(demo::defaultLastMonth(today), expected);
}

void TestDemoCompany::rejectsBadOptions_data()
{
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("months");
    QTest::newRow("no accounts") << 0 << 36;
    QTest::newRow("negative accounts") << -3 << 36;
    QTest::newRow("too many accounts") << demo::MaxAccounts + 1 << 36;
    QTest::newRow("no months") << 100 << 0;
    QTest::newRow("too many months") << 100 << demo::MaxMonths + 1;
}

void TestDemoCompany::rejectsBadOptions()
{
    QFETCH(int, accounts);
    QFETCH(int, months);
    const demo::DemoOptions options = smallOptions(accounts, months);
    QVERIFY(!demo::validateOptions(options).isEmpty());
    test::TempWorkspace temp;
    QString error;
    QVERIFY(!demo::generate(options, &temp.workspace(), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!demo::workspaceHasData(temp.workspace()));
}

void TestDemoCompany::sameSeedSameCompany()
{
    test::TempWorkspace first;
    test::TempWorkspace second;
    generateInto(first.workspace(), smallOptions());
    generateInto(second.workspace(), smallOptions());
    QCOMPARE(tablesDigest(first.workspace()), tablesDigest(second.workspace()));
}

void TestDemoCompany::differentSeedDifferentCompany()
{
    test::TempWorkspace first;
    test::TempWorkspace second;
    generateInto(first.workspace(), smallOptions(300, 24, 7));
    generateInto(second.workspace(), smallOptions(300, 24, 8));
    QVERIFY(tablesDigest(first.workspace()) != tablesDigest(second.workspace()));
    QCOMPARE(scalar(first.workspace(), QStringLiteral("SELECT count(*) FROM accounts")), qint64(300));
    QCOMPARE(scalar(second.workspace(), QStringLiteral("SELECT count(*) FROM accounts")), qint64(300));
}

void TestDemoCompany::csvIsByteIdenticalForASeed()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    QString error;
    QVERIFY2(demo::generate(smallOptions(), nullptr, a, &error), qPrintable(error));
    // Written together with a workspace, the files are the same as on their own.
    test::TempWorkspace temp;
    QVERIFY2(demo::generate(smallOptions(), &temp.workspace(), b, &error), qPrintable(error));
    for (const KindInfo& info : allKinds()) {
        if (info.kind == DataKind::FxRates) // the demo company bills in one currency
            continue;
        const QString name = info.name + QStringLiteral(".csv");
        QFile fa(QDir(a).filePath(name));
        QFile fb(QDir(b).filePath(name));
        QVERIFY(fa.open(QIODevice::ReadOnly));
        QVERIFY(fb.open(QIODevice::ReadOnly));
        QVERIFY2(fa.readAll() == fb.readAll(), qPrintable(name));
    }
}

void TestDemoCompany::rowCounts_data()
{
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("months");
    QTest::newRow("300 accounts, 24 months") << 300 << 24;
    QTest::newRow("1000 accounts, 36 months") << 1000 << 36;
    QTest::newRow("500 accounts, 13 months") << 500 << 13;
}

void TestDemoCompany::rowCounts()
{
    QFETCH(int, accounts);
    QFETCH(int, months);
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    demo::DemoCounts counts;
    generateInto(workspace, smallOptions(accounts, months), {}, &counts);

    for (const KindInfo& info : allKinds()) {
        if (info.kind == DataKind::FxRates) // the demo company bills in one currency
            continue;
        const qint64 rows = scalar(workspace, QStringLiteral("SELECT count(*) FROM %1").arg(info.table));
        QVERIFY2(rows > 0, qPrintable(info.name));
        QCOMPARE(counts.rowsOf(info.kind), rows);
    }
    QCOMPARE(counts.rowsOf(DataKind::Accounts), qint64(accounts));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM account_attributes")), qint64(accounts));
    // Roughly half to three quarters of account-months carry MRR (customers join and leave).
    const qint64 revenue = counts.rowsOf(DataKind::Revenue);
    QVERIFY2(revenue > qint64(accounts) * months * 4 / 10, qPrintable(QString::number(revenue)));
    QVERIFY2(revenue < qint64(accounts) * months * 85 / 100, qPrintable(QString::number(revenue)));
    QCOMPARE(counts.rowsOf(DataKind::Funnel), qint64(months) * 4);
    // Salaries and tools every month, plus training and events now and then.
    QVERIFY(counts.rowsOf(DataKind::Costs) >= 2 * months);
    QVERIFY(counts.rowsOf(DataKind::Costs) <= 4 * months);
    QVERIFY(counts.rowsOf(DataKind::Subscriptions) < counts.rowsOf(DataKind::Accounts) / 10);
    // Revenue months run contiguously over the requested window.
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(DISTINCT month) FROM revenue")), qint64(months));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT max(month) FROM revenue")), qint64(yyyymm(LastMonth)));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT min(month) FROM revenue")),
             qint64(yyyymm(LastMonth - months + 1)));
}

void TestDemoCompany::invariants()
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    generateInto(workspace, smallOptions(800, 36));
    const QString lastDay = lastDayOf(LastMonth).toString(Qt::ISODate);
    auto zero = [&](const QString& sql) {
        const qint64 n = scalar(workspace, sql);
        if (n != 0)
            qWarning("%lld rows break: %s", n, qPrintable(sql));
        return n == 0;
    };

    QVERIFY(zero(QStringLiteral("SELECT count(*) FROM revenue WHERE mrr <= 0")));
    QVERIFY(zero(QStringLiteral("SELECT count(*) FROM subscriptions WHERE amount <= 0")));
    // No MRR before the account existed.
    QVERIFY(zero(QStringLiteral(
        "SELECT count(*) FROM revenue r JOIN accounts a ON a.id = r.account_id "
        "WHERE r.month < CAST(substr(a.created_at, 1, 4) || substr(a.created_at, 6, 2) AS INTEGER)")));
    // Accounts billed by subscription have no revenue rows, so MRR is never counted twice.
    QVERIFY(zero(QStringLiteral(
        "SELECT count(*) FROM revenue WHERE account_id IN (SELECT account_id FROM subscriptions)")));
    // Subscription terms follow each other without gap or overlap; only the last may be open.
    QVERIFY(zero(QStringLiteral(
        "SELECT count(*) FROM subscriptions s WHERE end_date IS NOT NULL AND end_date <= start_date")));
    QVERIFY(zero(QStringLiteral(
        "SELECT count(*) FROM subscriptions s WHERE end_date IS NOT NULL AND EXISTS (SELECT 1 "
        "FROM subscriptions n WHERE n.account_id = s.account_id AND n.start_date > s.start_date) "
        "AND NOT EXISTS (SELECT 1 FROM subscriptions n WHERE n.account_id = s.account_id AND "
        "n.start_date = s.end_date)")));
    QVERIFY(zero(
        QStringLiteral("SELECT count(*) FROM (SELECT account_id FROM subscriptions WHERE end_date IS NULL "
                       "GROUP BY account_id HAVING count(*) > 1)")));
    // Every row belongs to a known account, and nothing is dated after the last day of data.
    for (const QString& table :
         {QStringLiteral("revenue"), QStringLiteral("subscriptions"), QStringLiteral("orders"),
          QStringLiteral("surveys"), QStringLiteral("tickets"), QStringLiteral("signups"),
          QStringLiteral("renewals"), QStringLiteral("account_attributes")}) {
        QVERIFY2(
            zero(QStringLiteral("SELECT count(*) FROM %1 WHERE account_id IS NOT NULL AND account_id NOT IN "
                                "(SELECT id FROM accounts)")
                     .arg(table)),
            qPrintable(table));
    }
    const QStringList dated = {QStringLiteral("orders.ordered_at"),    QStringLiteral("surveys.responded_at"),
                               QStringLiteral("tickets.created_at"),   QStringLiteral("tickets.resolved_at"),
                               QStringLiteral("signups.signed_up_at"), QStringLiteral("signups.activated_at"),
                               QStringLiteral("funnel.date"),          QStringLiteral("costs.date"),
                               QStringLiteral("renewals.due_date"),    QStringLiteral("accounts.created_at")};
    for (const QString& column : dated) {
        const QString table = column.section(QLatin1Char('.'), 0, 0);
        QVERIFY2(zero(QStringLiteral(
                          "SELECT count(*) FROM %1 WHERE %2 > '%3' OR (%2 IS NOT NULL AND date(%2) IS NULL)")
                          .arg(table, column, lastDay)),
                 qPrintable(column));
    }
    QVERIFY(zero(QStringLiteral(
        "SELECT count(*) FROM tickets WHERE resolved_at < created_at OR contacts NOT BETWEEN 0 AND 5")));
    QVERIFY(zero(QStringLiteral("SELECT count(*) FROM signups WHERE activated_at < signed_up_at")));
    QVERIFY(zero(QStringLiteral(
        "SELECT count(*) FROM surveys WHERE NOT ((survey = 'nps' AND score BETWEEN 0 AND 10) "
        "OR (survey = 'csat' AND score BETWEEN 1 AND 5) OR (survey = 'ces' AND score BETWEEN 1 AND 7))")));
    QVERIFY(
        zero(QStringLiteral("SELECT count(*) FROM funnel WHERE conversions > visitors OR visitors <= 0")));
    // Renewals agree with MRR: renewed contracts keep paying in the due month, lost ones stop.
    const QString dueMonth =
        QStringLiteral("CAST(substr(due_date, 1, 4) || substr(due_date, 6, 2) AS INTEGER)");
    QVERIFY(zero(QStringLiteral("SELECT count(*) FROM renewals WHERE renewed = 0 AND arr_after <> 0")));
    QVERIFY(zero(QStringLiteral("SELECT count(*) FROM renewals WHERE renewed = 1 AND arr_after <= 0")));
    QVERIFY(zero(QStringLiteral(
                     "SELECT count(*) FROM renewals w WHERE renewed = 0 AND EXISTS (SELECT 1 FROM revenue r "
                     "WHERE r.account_id = w.account_id AND r.month = %1)")
                     .arg(dueMonth)));
    QVERIFY(zero(
        QStringLiteral("SELECT count(*) FROM renewals w WHERE renewed = 1 AND w.account_id NOT IN (SELECT "
                       "account_id FROM subscriptions) AND NOT EXISTS (SELECT 1 FROM revenue r WHERE "
                       "r.account_id = w.account_id AND r.month = %1 AND r.mrr * 12 = w.arr_after)")
            .arg(dueMonth)));
    // Every kind is recorded as a batch, and the settings describe the company.
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_batches")),
             qint64(allKinds().size()) - 1); // all but fx_rates
    QVERIFY(zero(QStringLiteral("SELECT count(*) FROM revenue WHERE batch_id IS NULL")));
    QCOMPARE(workspace.companyName(), QStringLiteral("Northwind Demo"));
    QCOMPARE(workspace.currency(), QStringLiteral("USD"));
    QCOMPARE(workspace.grossMarginPercent(), 80.0);
    QVERIFY(workspace.dataVersion() >= 1);
    QSqlQuery check(workspace.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());
}

void TestDemoCompany::believableLinks()
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    generateInto(workspace, smallOptions(4000, 36));

    // Accounts that answer as detractors leave more often than promoters.
    const double detractors =
        churnedShare(workspace, QStringLiteral("SELECT account_id FROM surveys WHERE survey = 'nps' GROUP BY "
                                               "account_id HAVING avg(score) <= 6"));
    const double promoters =
        churnedShare(workspace, QStringLiteral("SELECT account_id FROM surveys WHERE survey = 'nps' GROUP BY "
                                               "account_id HAVING avg(score) >= 9"));
    QVERIFY2(detractors > promoters * 1.3,
             qPrintable(QStringLiteral("%1 vs %2").arg(detractors).arg(promoters)));

    // Accounts whose users mostly never activated leave more often.
    const double unactivated = churnedShare(
        workspace,
        QStringLiteral("SELECT account_id FROM signups GROUP BY account_id HAVING count(*) >= 2 AND "
                       "avg(activated_at IS NOT NULL) < 0.4"));
    const double activated = churnedShare(
        workspace,
        QStringLiteral("SELECT account_id FROM signups GROUP BY account_id HAVING count(*) >= 2 AND "
                       "avg(activated_at IS NOT NULL) >= 0.8"));
    QVERIFY2(unactivated > activated, qPrintable(QStringLiteral("%1 vs %2").arg(unactivated).arg(activated)));

    // Enterprise churns less than Starter, month by month.
    const double enterprise = monthlyChurn(workspace, QStringLiteral("Enterprise"));
    const double starter = monthlyChurn(workspace, QStringLiteral("Starter"));
    QVERIFY2(enterprise < starter / 2, qPrintable(QStringLiteral("%1 vs %2").arg(enterprise).arg(starter)));
    QVERIFY(starter < 0.06);

    // Seasonality: more new accounts per month in Q1 than in July and August.
    auto newPerMonth = [&](const QString& months) {
        return real(workspace,
                    QStringLiteral("SELECT 1.0 * count(*) / count(DISTINCT substr(created_at, 1, 7)) FROM "
                                   "accounts WHERE created_at >= '%1' AND substr(created_at, 6, 2) IN (%2)")
                        .arg(firstDayOf(LastMonth - 35).toString(Qt::ISODate), months));
    };
    const double q1 = newPerMonth(QStringLiteral("'01','02','03'"));
    const double summer = newPerMonth(QStringLiteral("'07','08'"));
    QVERIFY2(q1 > summer * 1.2, qPrintable(QStringLiteral("%1 vs %2").arg(q1).arg(summer)));

    // The headline KPIs land in believable ranges.
    const double nps =
        real(workspace, QStringLiteral("SELECT 100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*) "
                                       "FROM surveys WHERE survey = 'nps'"));
    QVERIFY2(nps > 10 && nps < 50, qPrintable(QString::number(nps)));
    const double conversion =
        real(workspace, QStringLiteral("SELECT 100.0 * sum(conversions) / sum(visitors) FROM funnel"));
    QVERIFY2(conversion > 2.5 && conversion < 4.5, qPrintable(QString::number(conversion)));
    const double fcr =
        real(workspace, QStringLiteral("SELECT 100.0 * sum(contacts = 1) / sum(contacts >= 1) FROM tickets"));
    QVERIFY2(fcr > 65 && fcr < 92, qPrintable(QString::number(fcr)));
}

void TestDemoCompany::csvMatchesWorkspace()
{
    QTemporaryDir dir;
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    demo::DemoCounts counts;
    generateInto(workspace, smallOptions(400, 24), dir.path(), &counts);
    QVERIFY(counts.csvBytes > 0);

    for (const KindInfo& info : allKinds()) {
        if (info.kind == DataKind::FxRates)
            continue;
        const QList<QByteArray> lines = readLines(dir.filePath(info.name + QStringLiteral(".csv")));
        QVERIFY(!lines.isEmpty());
        QString header = templateHeader(info.kind);
        if (info.kind == DataKind::Accounts)
            header += QStringLiteral(",lead_source");
        QCOMPARE(QString::fromUtf8(lines.first()), header);
        QCOMPARE(qint64(lines.size() - 1),
                 scalar(workspace, QStringLiteral("SELECT count(*) FROM %1").arg(info.table)));
    }

    // The revenue rows are the same: a checksum over (account key, month, cents) from both sides.
    const QList<QByteArray> revenue = readLines(dir.filePath(QStringLiteral("revenue.csv")));
    QStringList csvRows;
    for (qsizetype i = 1; i < revenue.size(); ++i) {
        const QList<QByteArray> fields = revenue.at(i).split(',');
        QCOMPARE(fields.size(), 4);
        const QList<QByteArray> money = fields.at(2).split('.');
        QCOMPARE(money.size(), 2);
        QCOMPARE(money.at(1).size(), 2);
        const qint64 cents = money.at(0).toLongLong() * 100 + money.at(1).toLongLong();
        csvRows << QStringLiteral("%1|%2|%3|%4")
                       .arg(QString::fromUtf8(fields.at(0)),
                            QString::fromUtf8(fields.at(1)).remove(QLatin1Char('-')))
                       .arg(cents)
                       .arg(QString::fromUtf8(fields.at(3)));
    }
    QStringList workspaceRows;
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT a.account_key, r.month, r.mrr, r.plan FROM revenue r JOIN accounts a ON "
                       "a.id = r.account_id")));
    while (query.next())
        workspaceRows << QStringLiteral("%1|%2|%3|%4")
                             .arg(query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString());
    csvRows.sort();
    workspaceRows.sort();
    QCOMPARE(csvRows.size(), workspaceRows.size());
    const auto checksum = [](const QStringList& rows) {
        return QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    };
    QCOMPARE(checksum(csvRows), checksum(workspaceRows));

    // The custom column lands as a segment attribute.
    const QList<QByteArray> accounts = readLines(dir.filePath(QStringLiteral("accounts.csv")));
    const QList<QByteArray> second = accounts.at(1).split(',');
    QSqlQuery attribute(workspace.database());
    attribute.prepare(
        QStringLiteral("SELECT value FROM account_attributes JOIN accounts ON accounts.id = account_id "
                       "WHERE account_key = ? AND attribute = 'lead_source'"));
    attribute.addBindValue(QString::fromUtf8(second.first()));
    QVERIFY(attribute.exec() && attribute.next());
    QCOMPARE(attribute.value(0).toString(), QString::fromUtf8(second.last()));
}

void TestDemoCompany::importedCsvEqualsWorkspace()
{
    // Importing the CSV files gives the same rows as generating straight into a workspace.
    QTemporaryDir dir;
    test::TempWorkspace generated;
    generateInto(generated.workspace(), smallOptions(250, 24), dir.path());
    test::TempWorkspace imported;
    std::vector<KindInfo> kinds = allKinds();
    kinds.erase(std::remove_if(kinds.begin(), kinds.end(),
                               [](const KindInfo& k) { return k.kind == DataKind::FxRates; }),
                kinds.end());
    std::stable_sort(kinds.begin(), kinds.end(), [](const KindInfo& a, const KindInfo& b) {
        return Importer::kindOrder(a.kind) < Importer::kindOrder(b.kind);
    });
    for (const KindInfo& info : kinds) {
        ImportOptions options;
        options.kind = info.kind;
        options.strict = true;
        const ImportResult result =
            Importer::run(imported.workspace(), dir.filePath(info.name + QStringLiteral(".csv")), options);
        QVERIFY2(result.status == ImportStatus::Imported,
                 qPrintable(info.name + QStringLiteral(": ") + result.message));
        QCOMPARE(result.rowsRejected, qint64(0));
        QCOMPARE(result.stubAccounts, qint64(0));
    }

    const QString key = QStringLiteral("(SELECT account_key FROM accounts WHERE accounts.id = t.account_id)");
    const QStringList selects = {
        QStringLiteral(
            "SELECT account_key, name, plan, region, industry, size, owner, created_at FROM accounts t"),
        QStringLiteral("SELECT %1, attribute, value FROM account_attributes t").arg(key),
        QStringLiteral("SELECT %1, month, mrr, plan FROM revenue t").arg(key),
        QStringLiteral(
            "SELECT row_key, %1, start_date, end_date, amount, interval, quantity, subscription_id FROM "
            "subscriptions t")
            .arg(key),
        QStringLiteral("SELECT row_key, order_id, %1, ordered_at, amount, type FROM orders t").arg(key),
        QStringLiteral("SELECT row_key, response_id, %1, responded_at, survey, score, comment FROM surveys t")
            .arg(key),
        QStringLiteral("SELECT ticket_id, %1, created_at, resolved_at, contacts, channel FROM tickets t")
            .arg(key),
        QStringLiteral("SELECT signup_id, %1, signed_up_at, activated_at FROM signups t").arg(key),
        QStringLiteral("SELECT date, source, visitors, conversions FROM funnel t"),
        QStringLiteral("SELECT row_key, date, amount, category FROM costs t"),
        QStringLiteral("SELECT %1, due_date, renewed, arr_before, arr_after FROM renewals t").arg(key),
    };
    for (const QString& select : selects) {
        const QStringList expected = contentOf(generated.workspace(), select);
        const QStringList actual = contentOf(imported.workspace(), select);
        QVERIFY2(!expected.isEmpty(), qPrintable(select));
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (actual.at(i) != expected.at(i))
                QFAIL(qPrintable(QStringLiteral("%1\n   imported: %2\n  generated: %3")
                                     .arg(select, actual.at(i), expected.at(i))));
        }
    }
}

void TestDemoCompany::refusesWorkspaceWithData()
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    generateInto(workspace, smallOptions(50, 12));
    const qint64 accounts = scalar(workspace, QStringLiteral("SELECT count(*) FROM accounts"));
    const qint64 version = workspace.dataVersion();
    QString error;
    QVERIFY(!demo::generate(smallOptions(60, 12), &workspace, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("already holds data")), qPrintable(error));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM accounts")), accounts);
    QCOMPARE(workspace.dataVersion(), version);
}

QTEST_GUILESS_MAIN(TestDemoCompany)
#include "tst_democompany.moc"
