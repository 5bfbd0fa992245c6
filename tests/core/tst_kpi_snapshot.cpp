// The KPI engine's snapshot: the arrays it loads, saved to a cache file per state of the data and
// read back on the next start. A start from the snapshot must give exactly what a start from the
// workspace rows gives, and a snapshot of any other state of the data, or a damaged one, must
// never be used.
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiSnapshot.h"
#include "kpi/RevenueHandOver.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>
#include <thread>

using namespace tenure;

namespace {

demo::DemoOptions smallCompany()
{
    demo::DemoOptions options;
    options.accounts = 240;
    options.months = 15;
    options.lastMonth = monthIndex(2026, 6);
    options.seed = 7;
    return options;
}

bool sameNumber(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || *a == *b || (std::isnan(*a) && std::isnan(*b));
}

// Every field of every row, or the first difference.
QString difference(const KpiTable& x, const KpiTable& y)
{
    if (x.rows.size() != y.rows.size())
        return QStringLiteral("%1 rows against %2").arg(x.rows.size()).arg(y.rows.size());
    for (qsizetype i = 0; i < x.rows.size(); ++i) {
        const KpiResult& a = x.rows.at(i);
        const KpiResult& b = y.rows.at(i);
        if (a.kpi != b.kpi || a.period != b.period || a.segment != b.segment || a.partial != b.partial ||
            !sameNumber(a.value, b.value) || !sameNumber(a.numerator, b.numerator) ||
            !sameNumber(a.denominator, b.denominator) || a.responses != b.responses ||
            !sameNumber(a.marginOfError, b.marginOfError) || a.smallSample != b.smallSample)
            return QStringLiteral("%1 %2 %3: %4 against %5")
                .arg(a.kpi, a.period.label(), a.segment)
                .arg(a.value.value_or(-1))
                .arg(b.value.value_or(-1));
    }
    return {};
}

QList<KpiQuery> queries(KpiEngine& engine)
{
    QList<KpiQuery> list;
    for (const Grain grain : {Grain::Month, Grain::Quarter, Grain::Year}) {
        KpiQuery all;
        all.grain = grain;
        list << all;
        for (const SegmentAttribute& attribute : engine.segmentAttributes()) {
            KpiQuery by = all;
            by.segmentAttribute = attribute.name;
            list << by;
        }
    }
    return list;
}

// Everything the engine answers, as text, for comparing two engines.
QStringList answers(KpiEngine& engine)
{
    QStringList out;
    for (const AccountInfo& a : engine.accounts()) {
        QStringList attributes;
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it)
            attributes << it.key() + QLatin1Char('=') + it.value();
        out << QStringLiteral("account %1 %2 %3 %4")
                   .arg(a.id)
                   .arg(a.key, a.name, attributes.join(QLatin1Char(',')));
    }
    for (const SegmentAttribute& attribute : engine.segmentAttributes())
        out << QStringLiteral("attribute %1 %2").arg(attribute.name, attribute.values.join(QLatin1Char(',')));
    for (const CohortMetric metric : {CohortMetric::Customers, CohortMetric::Mrr})
        for (const CohortRow& row : engine.cohorts(metric).rows) {
            QStringList values;
            for (double v : row.values)
                values << QString::number(v, 'g', 17);
            out << QStringLiteral("cohort %1 %2 %3")
                       .arg(row.cohort)
                       .arg(row.size)
                       .arg(values.join(QLatin1Char(',')));
        }
    const HealthReport health = engine.health();
    for (const AccountHealth& h : health.accounts)
        out << QStringLiteral("health %1 %2 %3")
                   .arg(h.accountKey)
                   .arg(h.score.value_or(-1), 0, 'g', 17)
                   .arg(h.band);
    for (const BacktestRow& row : engine.healthBacktest())
        out << QStringLiteral("backtest %1 %2 %3 %4")
                   .arg(row.month)
                   .arg(row.band)
                   .arg(row.accounts)
                   .arg(row.churned);
    for (const SurveyComment& c : engine.comments())
        out << QStringLiteral("comment %1 %2 %3").arg(c.date.toString(Qt::ISODate), c.accountKey, c.comment);
    const Period march = Period::containing(Grain::Month, monthIndex(2026, 3));
    for (const QString& kpi :
         {QStringLiteral("churn_rate"), QStringLiteral("nps"), QStringLiteral("fcr_rate")}) {
        const Explanation e = engine.explain(kpi, march, QStringLiteral("plan"),
                                             engine.segmentValues(QStringLiteral("plan")).value(0));
        out << QStringLiteral("explain %1 %2 %3").arg(kpi, e.text).arg(e.rows.rows.size());
    }
    return out;
}

} // namespace

class TestKpiSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("TENURE_KPI_SNAPSHOT");
    }

    void fromSnapshotEqualsFromRows();
    void snapshotOfAnotherStateIsNotUsed();
    void copiesChangedApartKeepTheirOwnNumbers();
    void damagedSnapshotIsIgnored_data();
    void damagedSnapshotIsIgnored();
    void snapshotsCanBeTurnedOff();
    void adoptedLoadIsServedWithoutReading();
    void loadMadeOnAnotherThreadEqualsOwnLoad();
    void notFollowingTheDataKeepsTheLoadedNumbers();
    void revenueHandedOverEqualsReadingIt_data();
    void revenueHandedOverEqualsReadingIt();
    void revenueIsHandedOverOnlyForItsOwnState();
};

void TestKpiSnapshot::fromSnapshotEqualsFromRows()
{
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    const QString snapshot = kpidata::snapshotPath(temp.workspace());
    QVERIFY(!snapshot.isEmpty());
    QFile::remove(snapshot);

    KpiEngine fromRows(temp.workspace());
    fromRows.refresh();
    QVERIFY(!fromRows.loadedFromSnapshot());
    QVERIFY(QFile::exists(snapshot));

    auto second = Workspace::openExisting(temp.path(), &error);
    QVERIFY2(second, qPrintable(error));
    KpiEngine fromSnapshot(*second);
    fromSnapshot.refresh();
    QVERIFY(fromSnapshot.loadedFromSnapshot());

    const QList<KpiQuery> list = queries(fromRows);
    QVERIFY(list.size() > 6);
    for (const KpiQuery& query : list) {
        const KpiTable a = fromRows.compute(query);
        QVERIFY(!a.rows.isEmpty());
        const QString diff = difference(a, fromSnapshot.compute(query));
        QVERIFY2(diff.isEmpty(), qPrintable(query.segmentAttribute + QLatin1String(": ") + diff));
    }
    QCOMPARE(answers(fromSnapshot), answers(fromRows));
}

void TestKpiSnapshot::snapshotOfAnotherStateIsNotUsed()
{
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    const QString key = KpiEngine(temp.workspace()).accounts().first().key;
    {
        KpiEngine engine(temp.workspace());
        engine.refresh(); // writes the snapshot of this state
    }
    const double before =
        *KpiEngine(temp.workspace())
             .value(QStringLiteral("mrr"), Period::containing(Grain::Month, monthIndex(2026, 6)))
             .value;

    // An import changes the data: the snapshot no longer applies.
    const QString csv = test::writeFile(temp.dir() + QStringLiteral("/revenue.csv"),
                                        "account_id,month,mrr\n" + key.toUtf8() + ",2026-06,123456.00\n");
    const ImportResult result = Importer::run(temp.workspace(), csv);
    QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
    KpiEngine after(temp.workspace());
    const auto mrr =
        after.value(QStringLiteral("mrr"), Period::containing(Grain::Month, monthIndex(2026, 6))).value;
    QVERIFY(!after.loadedFromSnapshot());
    QVERIFY(mrr);
    QVERIFY(std::abs(*mrr - before) > 1); // the new row counts
    // And the next start reads the snapshot of the new state.
    KpiEngine next(temp.workspace());
    QCOMPARE(next.value(QStringLiteral("mrr"), Period::containing(Grain::Month, monthIndex(2026, 6))).value,
             mrr);
    QVERIFY(next.loadedFromSnapshot());
}

void TestKpiSnapshot::copiesChangedApartKeepTheirOwnNumbers()
{
    // A workspace copied, then each copy changed differently: they share a workspace id (and the
    // snapshot file) but not the state of their data.
    test::TempWorkspace original;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &original.workspace(), {}, &error), qPrintable(error));
    const QString key = KpiEngine(original.workspace()).accounts().first().key;
    original.close();
    const QString copyPath = original.dir() + QStringLiteral("/copy.tenure");
    QVERIFY(QFile::copy(original.path(), copyPath));

    auto a = Workspace::openExisting(original.path(), &error);
    auto b = Workspace::openExisting(copyPath, &error);
    QVERIFY(a && b);
    QCOMPARE(a->workspaceId(), b->workspaceId());
    const Period june = Period::containing(Grain::Month, monthIndex(2026, 6));
    for (auto [workspace, amount] : {std::pair{a.get(), "1000.00"}, std::pair{b.get(), "2000.00"}}) {
        const QString csv =
            test::writeFile(original.dir() + QStringLiteral("/r%1.csv").arg(QLatin1String(amount)),
                            "account_id,month,mrr\n" + key.toUtf8() + ",2026-06," + amount + "\n");
        QCOMPARE(Importer::run(*workspace, csv).status, ImportStatus::Imported);
    }
    QCOMPARE(a->dataVersion(), b->dataVersion()); // the same count of changes...
    QVERIFY(a->dataToken() != b->dataToken());    // ...but not the same data
    KpiEngine ea(*a);
    const auto mrrA = ea.value(QStringLiteral("mrr"), june).value; // writes A's snapshot
    KpiEngine eb(*b);
    const auto mrrB = eb.value(QStringLiteral("mrr"), june).value;
    QVERIFY(!eb.loadedFromSnapshot());
    QVERIFY(mrrA && mrrB);
    QCOMPARE(*mrrB - *mrrA, 1000.0);
}

void TestKpiSnapshot::damagedSnapshotIsIgnored_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("cut in half") << QStringLiteral("half");
    QTest::newRow("last byte missing") << QStringLiteral("short");
    QTest::newRow("a byte changed in the header") << QStringLiteral("header");
    QTest::newRow("bytes changed inside the arrays") << QStringLiteral("inside");
    QTest::newRow("not a snapshot") << QStringLiteral("text");
}

void TestKpiSnapshot::damagedSnapshotIsIgnored()
{
    QFETCH(QString, damage);
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    KpiQuery byPlan;
    byPlan.segmentAttribute = QStringLiteral("plan");
    KpiEngine first(temp.workspace());
    const KpiTable expected = first.compute(byPlan);
    const QString path = kpidata::snapshotPath(temp.workspace());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("short"))
        bytes.chop(1);
    else if (damage == QLatin1String("header"))
        bytes[5] = char(bytes[5] ^ 0x40);
    else if (damage == QLatin1String("inside")) {
        // Still a well-formed file, with other numbers in it: only the checksum can tell.
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
            bytes[i] = char(bytes[i] ^ 0x01);
    } else
        bytes = "hello";
    test::writeFile(path, bytes);

    auto second = Workspace::openExisting(temp.path(), &error);
    QVERIFY(second);
    KpiEngine engine(*second);
    const KpiTable got = engine.compute(byPlan);
    const QString diff = difference(expected, got);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!engine.loadedFromSnapshot());
}

void TestKpiSnapshot::snapshotsCanBeTurnedOff()
{
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    const QString path = kpidata::snapshotPath(temp.workspace());
    QFile::remove(path);
    qputenv("TENURE_KPI_SNAPSHOT", "off");
    {
        KpiEngine engine(temp.workspace());
        QVERIFY(
            engine.value(QStringLiteral("mrr"), Period::containing(Grain::Month, monthIndex(2026, 6))).value);
    }
    qunsetenv("TENURE_KPI_SNAPSHOT");
    QVERIFY(!QFile::exists(path));
}

// An engine that adopts another's load answers from it and reads nothing itself: rows deleted
// behind its back (without a new data version) do not show, while a fresh engine sees them gone.
// Its own profile override stays its own; the giver is left unloaded.
void TestKpiSnapshot::adoptedLoadIsServedWithoutReading()
{
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    const Period june = Period::containing(Grain::Month, monthIndex(2026, 6));
    auto other = Workspace::openExisting(temp.path(), &error);
    QVERIFY2(other, qPrintable(error));
    KpiEngine giver(*other);
    KpiQuery byPlan;
    byPlan.segmentAttribute = QStringLiteral("plan");
    const KpiTable expected = giver.compute(byPlan);
    const std::optional<double> mrr = giver.value(QStringLiteral("mrr"), june).value;
    QVERIFY(mrr && *mrr > 0);
    std::shared_ptr<KpiEngine::Loaded> loaded = giver.takeLoaded();
    QVERIFY(!giver.isLoaded());

    QSqlQuery wipe(other->database());
    QVERIFY(
        wipe.exec(QStringLiteral("DELETE FROM revenue"))); // no bumpDataVersion(): unseen by a version check
    QFile::remove(kpidata::snapshotPath(temp.workspace()));

    KpiEngine taker(temp.workspace());
    taker.setProfile(KpiProfile::ChartMogul);
    QVERIFY(!taker.isLoaded());
    taker.adopt(loaded);
    QVERIFY(taker.isLoaded());
    QCOMPARE(taker.profile(), KpiProfile::ChartMogul);
    taker.setProfile(std::nullopt);
    const QString diff = difference(expected, taker.compute(byPlan));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(taker.value(QStringLiteral("mrr"), june).value, mrr);

    KpiEngine fresh(temp.workspace());
    QVERIFY(fresh.value(QStringLiteral("mrr"), june).value.value_or(0) < *mrr / 2); // subscriptions only
    // Adopting nothing changes nothing.
    taker.adopt(nullptr);
    taker.adopt(loaded); // already taken: empty
    QCOMPARE(taker.value(QStringLiteral("mrr"), june).value, mrr);
}

// A load on a thread of its own (its own Workspace) and handed over gives exactly what the engine's
// own load gives, for every grain and segmentation.
void TestKpiSnapshot::loadMadeOnAnotherThreadEqualsOwnLoad()
{
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    QFile::remove(kpidata::snapshotPath(temp.workspace()));
    std::shared_ptr<KpiEngine::Loaded> loaded;
    std::thread worker([&] {
        QString threadError;
        auto own = Workspace::openExisting(temp.path(), &threadError);
        if (!own)
            return;
        KpiEngine engine(*own);
        engine.compute(KpiQuery()); // computations made there travel along
        loaded = engine.takeLoaded();
    });
    worker.join();
    QVERIFY(loaded);
    KpiEngine adopted(temp.workspace());
    adopted.adopt(loaded);
    auto second = Workspace::openExisting(temp.path(), &error);
    QVERIFY2(second, qPrintable(error));
    KpiEngine own(*second);
    for (const KpiQuery& query : queries(own)) {
        const KpiTable a = own.compute(query);
        const QString diff = difference(a, adopted.compute(query));
        QVERIFY2(diff.isEmpty(), qPrintable(query.segmentAttribute + QLatin1String(": ") + diff));
    }
    QCOMPARE(answers(adopted), answers(own));
}

// With setFollowData(false) the engine keeps serving what it loaded after an import changed the
// data, still follows a setting (the gross margin changes CLV), and loads the new data after
// invalidate(); following (the default) it loads the new data at the next query.
void TestKpiSnapshot::notFollowingTheDataKeepsTheLoadedNumbers()
{
    test::TempWorkspace temp;
    QString error;
    QVERIFY2(demo::generate(smallCompany(), &temp.workspace(), {}, &error), qPrintable(error));
    const Period june = Period::containing(Grain::Month, monthIndex(2026, 6));
    KpiEngine holding(temp.workspace());
    holding.setFollowData(false);
    KpiEngine following(temp.workspace());
    const std::optional<double> before = holding.value(QStringLiteral("customers"), june).value;
    QCOMPARE(following.value(QStringLiteral("customers"), june).value, before);
    const std::optional<double> clvBefore = holding.value(QStringLiteral("clv"), june).value;
    QVERIFY(clvBefore);

    const QString csv = test::writeFile(temp.dir() + QStringLiteral("/more.csv"),
                                        "account_id,month,mrr\nNEW-1,2026-06,100\nNEW-2,2026-06,200\n");
    const ImportResult result = Importer::run(temp.workspace(), csv);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(holding.value(QStringLiteral("customers"), june).value, before);
    QCOMPARE(following.value(QStringLiteral("customers"), june).value, *before + 2);

    QVERIFY(temp.workspace().setSetting(QStringLiteral("gross_margin"),
                                        temp.workspace().grossMarginPercent() / 2));
    const std::optional<double> clvAfter = holding.value(QStringLiteral("clv"), june).value;
    QVERIFY(clvAfter && *clvAfter != *clvBefore);
    QCOMPARE(holding.value(QStringLiteral("customers"), june).value, before);

    holding.invalidate();
    QCOMPARE(holding.value(QStringLiteral("customers"), june).value, *before + 2);
}

// The revenue rows an import wrote into an empty table, handed to the next load in the process
// (kpi/RevenueHandOver.h), give exactly what reading them back gives: in the table's order or
// not, with repeated keys (the last wins, as the upsert leaves it), stub accounts, plans, and
// amounts in other currencies converted at the imported rates.
void TestKpiSnapshot::revenueHandedOverEqualsReadingIt_data()
{
    QTest::addColumn<QByteArray>("accounts");
    QTest::addColumn<QByteArray>("revenue");
    const QByteArray accounts =
        "account_id,name,plan,region\nA,Alpha,Pro,EU\nB,Beta,Basic,US\nC,Gamma,Pro,US\n";
    QTest::newRow("in table order, known accounts")
        << accounts
        << QByteArray("account_id,month,mrr\nA,2026-01,100\nA,2026-02,120\nB,2026-01,50\nB,2026-03,55\n"
                      "C,2026-02,70\nC,2026-03,0\n");
    QTest::newRow("stub accounts in file order")
        << QByteArray()
        << QByteArray("account_id,month,mrr\nZ,2026-01,10\nY,2026-01,20\nZ,2026-02,15\n"
                      "X,2026-03,30\nY,2026-03,25\n");
    QTest::newRow("out of order, repeated keys")
        << accounts
        << QByteArray("account_id,month,mrr\nC,2026-03,70\nA,2026-02,120\nA,2026-01,100\nB,2026-01,50\n"
                      "A,2026-02,999\nNEW,2026-02,5\nB,2026-01,51\n");
    QTest::newRow("plans and currencies")
        << accounts
        << QByteArray("account_id,month,mrr,plan,currency\nA,2026-01,100,Pro,USD\nA,2026-02,100,Pro,EUR\n"
                      "B,2026-01,50,,\nB,2026-02,60,Enterprise,JPY\nC,2026-03,70,Basic,EUR\n"
                      "C,2026-02,70,Basic,usd\n");
}

void TestKpiSnapshot::revenueHandedOverEqualsReadingIt()
{
    QFETCH(QByteArray, accounts);
    QFETCH(QByteArray, revenue);
    test::TempWorkspace temp;
    QString error;
    QVERIFY(temp.workspace().setCurrency(QStringLiteral("USD"), &error));
    QVERIFY(
        Importer::run(temp.workspace(),
                      test::writeFile(temp.dir() + QStringLiteral("/rates.csv"),
                                      "date,currency,rate\n2026-01-30,EUR,1.10\n2026-02-27,EUR,1.20\n"
                                      "2026-03-31,EUR,1.25\n2026-01-30,JPY,0.0070\n2026-02-27,JPY,0.0065\n"))
            .ok());
    if (!accounts.isEmpty())
        QVERIFY(Importer::run(temp.workspace(),
                              test::writeFile(temp.dir() + QStringLiteral("/accounts.csv"), accounts))
                    .ok());
    ImportOptions handOver;
    handOver.handRevenueToTheNextLoad = true;
    const ImportResult result = Importer::run(
        temp.workspace(), test::writeFile(temp.dir() + QStringLiteral("/revenue.csv"), revenue), handOver);
    QVERIFY2(result.ok() && result.status == ImportStatus::Imported, qPrintable(result.message));
    QCOMPARE(result.rowsRejected, 0);
    const QString token = temp.workspace().dataToken();
    QVERIFY(kpidata::revenueOffered(temp.workspace().path(), token));

    KpiEngine handedOver(temp.workspace());
    handedOver.refresh();
    QVERIFY(!handedOver.loadedFromSnapshot());
    QVERIFY(!kpidata::revenueOffered(temp.workspace().path(), token)); // taken by that load
    QFile::remove(kpidata::snapshotPath(temp.workspace()));
    auto second = Workspace::openExisting(temp.path(), &error);
    QVERIFY2(second, qPrintable(error));
    KpiEngine read(*second);
    read.refresh();
    QVERIFY(!read.loadedFromSnapshot());
    QVERIFY(read.mrrRange());
    for (const KpiQuery& query : queries(read)) {
        const QString diff = difference(read.compute(query), handedOver.compute(query));
        QVERIFY2(diff.isEmpty(), qPrintable(query.segmentAttribute + QLatin1String(": ") + diff));
    }
    QCOMPARE(answers(handedOver), answers(read));
}

// Offered only when asked for, when the table was empty before the import and for the state the
// import left: a second revenue import, a dry run or a change after the import leave the load to
// read the rows.
void TestKpiSnapshot::revenueIsHandedOverOnlyForItsOwnState()
{
    test::TempWorkspace temp;
    const QString first = test::writeFile(temp.dir() + QStringLiteral("/first.csv"),
                                          "account_id,month,mrr\nA,2026-01,100\nB,2026-01,50\n");
    const QString later = test::writeFile(temp.dir() + QStringLiteral("/later.csv"),
                                          "account_id,month,mrr\nA,2026-02,110\nC,2026-02,30\n");
    ImportOptions handOver;
    handOver.handRevenueToTheNextLoad = true;
    ImportOptions dry = handOver;
    dry.dryRun = true;
    QVERIFY(Importer::run(temp.workspace(), first, dry).ok());
    QVERIFY(!kpidata::revenueOffered(temp.workspace().path(), temp.workspace().dataToken()));
    {
        // Not asked for (no load follows): nothing kept.
        test::TempWorkspace other;
        QVERIFY(Importer::run(other.workspace(), first).ok());
        QVERIFY(!kpidata::revenueOffered(other.workspace().path(), other.workspace().dataToken()));
    }
    QVERIFY(Importer::run(temp.workspace(), first, handOver).ok());
    const QString afterFirst = temp.workspace().dataToken();
    QVERIFY(kpidata::revenueOffered(temp.workspace().path(), afterFirst));

    // Another change after the import: that state's load reads the rows.
    QVERIFY(Importer::run(temp.workspace(), test::writeFile(temp.dir() + QStringLiteral("/accounts.csv"),
                                                            "account_id,name\nA,Alpha\n"))
                .ok());
    QVERIFY(!kpidata::revenueOffered(temp.workspace().path(), temp.workspace().dataToken()));
    KpiEngine engine(temp.workspace());
    const Period january = Period::containing(Grain::Month, monthIndex(2026, 1));
    QCOMPARE(engine.value(QStringLiteral("mrr"), january).value, 150.0);
    // Dropped by that load: the workspace left the state it was for.
    QVERIFY(!kpidata::revenueOffered(temp.workspace().path(), afterFirst));

    QVERIFY(Importer::run(temp.workspace(), later, handOver).ok());
    QVERIFY(!kpidata::revenueOffered(temp.workspace().path(),
                                     temp.workspace().dataToken())); // the table had rows
    QCOMPARE(engine.value(QStringLiteral("mrr"), Period::containing(Grain::Month, monthIndex(2026, 2))).value,
             140.0);
}

QTEST_GUILESS_MAIN(TestKpiSnapshot)
#include "tst_kpi_snapshot.moc"
