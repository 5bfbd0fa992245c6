// The SQLite table writer (core/import/TableWriters): rows copied (add) and rows read in place
// (addInPlace + sync) land with their types, the last row of a key wins at any batch boundary, and
// a failing statement names the table and SQLite's reason.

#include "TestSupport.h"
#include "Workspace.h"
#include "import/TableWriters.h"
#include "store/Db.h"

#include <QtTest>

#include <optional>
#include <vector>

using namespace tenure;

namespace {

// One row of the scratch table: key, an integer, a real, a text (NULL where the cell is Null).
std::vector<Cell> row(qint64 key, std::optional<qint64> number, std::optional<double> real,
                      std::optional<QByteArray> text)
{
    std::vector<Cell> cells(4);
    cells[0].setInt(key);
    if (number)
        cells[1].setInt(*number);
    if (real)
        cells[2].setReal(*real);
    if (text)
        cells[3].setText(*text);
    return cells;
}

QString dump(Workspace& workspace)
{
    db::Cursor cursor(
        db::Connection(workspace.database()),
        "SELECT k, typeof(n), n, typeof(r), r, typeof(t), hex(t), batch_id FROM scratch ORDER BY k");
    QStringList rows;
    while (cursor.next()) {
        QStringList cells;
        for (int c = 0; c < 8; ++c)
            cells << (cursor.isNull(c) ? QStringLiteral("NULL") : QString::fromUtf8(cursor.bytes(c)));
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestTableWriters : public QObject
{
    Q_OBJECT

private slots:
    void rowsLandWithTheirTypes_data();
    void rowsLandWithTheirTypes();
    void lastRowOfAKeyWinsAcrossBatches_data();
    void lastRowOfAKeyWinsAcrossBatches();
    void failedStatementSaysWhy();
    void tooWideTableIsRefused();
};

void TestTableWriters::rowsLandWithTheirTypes_data()
{
    QTest::addColumn<bool>("inPlace");
    QTest::newRow("copied") << false;
    QTest::newRow("in place") << true;
}

// Integers, reals, text (with an embedded NUL and UTF-8) and NULL arrive as they were given.
void TestTableWriters::rowsLandWithTheirTypes()
{
    QFETCH(bool, inPlace);
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const db::Connection db(workspace.database());
    QVERIFY(
        db.exec("CREATE TABLE scratch (k INTEGER PRIMARY KEY, n INTEGER, r REAL, t TEXT, batch_id INTEGER)"));
    QVERIFY(db.exec("BEGIN"));
    auto writer = importing::TableWriter::create(
        db, QStringLiteral("scratch"),
        {QStringLiteral("k"), QStringLiteral("n"), QStringLiteral("r"), QStringLiteral("t")},
        {QStringLiteral("k")}, 7);
    std::vector<std::vector<Cell>> rows;
    rows.push_back(row(1, 42, 1.5, QByteArray("plain")));
    rows.push_back(row(2, std::nullopt, std::nullopt, std::nullopt));
    rows.push_back(row(3, -9007199254740993LL, 0.1, QByteArray("a\0b", 3)));
    rows.push_back(row(4, 0, 2.25, QByteArray("Zürich")));
    for (auto& cells : rows)
        QVERIFY(inPlace ? writer->addInPlace(cells.data()) : writer->add(cells.data()));
    if (inPlace)
        QVERIFY(writer->sync());
    QVERIFY2(writer->finish(), qPrintable(writer->error()));
    QVERIFY(db.exec("COMMIT"));
    QCOMPARE(dump(workspace), QStringLiteral("1|integer|42|real|1.5|text|706C61696E|7\n"
                                             "2|null|NULL|null|NULL|null||7\n"
                                             "3|integer|-9007199254740993|real|0.1|text|610062|7\n"
                                             "4|integer|0|real|2.25|text|5AC3BC72696368|7"));
}

void TestTableWriters::lastRowOfAKeyWinsAcrossBatches_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("inPlace");
    for (const int rows : {1, 1023, 1024, 1025, 5000}) {
        QTest::addRow("%d copied", rows) << rows << false;
        QTest::addRow("%d in place", rows) << rows << true;
    }
}

// Keys repeat every 100 rows: each key's last row wins, whichever statement it falls into.
void TestTableWriters::lastRowOfAKeyWinsAcrossBatches()
{
    QFETCH(int, rows);
    QFETCH(bool, inPlace);
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const db::Connection db(workspace.database());
    QVERIFY(db.exec("CREATE TABLE scratch (k INTEGER NOT NULL, n INTEGER, r REAL, t TEXT, batch_id INTEGER, "
                    "PRIMARY KEY (k)) WITHOUT ROWID"));
    QVERIFY(db.exec("BEGIN"));
    auto writer = importing::TableWriter::create(
        db, QStringLiteral("scratch"),
        {QStringLiteral("k"), QStringLiteral("n"), QStringLiteral("r"), QStringLiteral("t")},
        {QStringLiteral("k")}, 3);
    std::vector<std::vector<Cell>> all;
    all.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        all.push_back(row(i % 100, i, i / 2.0, QByteArray::number(i)));
    for (auto& cells : all)
        QVERIFY(inPlace ? writer->addInPlace(cells.data()) : writer->add(cells.data()));
    QVERIFY2(writer->finish(), qPrintable(writer->error()));
    QVERIFY(db.exec("COMMIT"));
    db::Cursor cursor(db, "SELECT k, n, r, t FROM scratch ORDER BY k");
    int keys = 0;
    while (cursor.next()) {
        const qint64 key = cursor.int64(0);
        const qint64 last = key + ((rows - 1 - key) / 100) * 100; // the last i with i % 100 == key
        QCOMPARE(cursor.int64(1), last);
        QCOMPARE(cursor.real(2), last / 2.0);
        QCOMPARE(cursor.bytes(3), QByteArray::number(last));
        ++keys;
    }
    QCOMPARE(keys, std::min(rows, 100));
}

// A statement SQLite refuses (here a trigger's RAISE) fails the writer with the table and reason.
void TestTableWriters::failedStatementSaysWhy()
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const db::Connection db(workspace.database());
    QVERIFY(
        db.exec("CREATE TABLE scratch (k INTEGER PRIMARY KEY, n INTEGER, r REAL, t TEXT, batch_id INTEGER)"));
    QVERIFY(db.exec("CREATE TRIGGER no_thirteen BEFORE INSERT ON scratch WHEN NEW.n = 13 "
                    "BEGIN SELECT RAISE(ABORT, 'thirteen is unlucky'); END"));
    QVERIFY(db.exec("BEGIN"));
    auto writer = importing::TableWriter::create(
        db, QStringLiteral("scratch"),
        {QStringLiteral("k"), QStringLiteral("n"), QStringLiteral("r"), QStringLiteral("t")},
        {QStringLiteral("k")}, 1);
    std::vector<Cell> good = row(1, 12, 0, QByteArray("x"));
    std::vector<Cell> bad = row(2, 13, 0, QByteArray("y"));
    QVERIFY(writer->addInPlace(good.data()));
    QVERIFY(writer->addInPlace(bad.data()));
    QVERIFY(!writer->sync());
    QCOMPARE(writer->error(), QStringLiteral("cannot write scratch: thirteen is unlucky"));
    QVERIFY(db.exec("ROLLBACK"));
}

// More columns than the row source carries: a clear refusal, not a statement with missing values.
void TestTableWriters::tooWideTableIsRefused()
{
    test::TempWorkspace temp;
    const db::Connection db(temp.workspace().database());
    QStringList columns;
    QStringList definitions;
    for (int c = 0; c < 40; ++c) {
        columns << QStringLiteral("c%1").arg(c);
        definitions << columns.last();
    }
    QVERIFY(db.exec("CREATE TABLE wide (" + definitions.join(QLatin1Char(',')).toUtf8() +
                    ", batch_id INTEGER, PRIMARY KEY (c0))"));
    auto writer =
        importing::TableWriter::create(db, QStringLiteral("wide"), columns, {QStringLiteral("c0")}, 1);
    std::vector<Cell> cells(40);
    cells[0].setInt(1);
    QVERIFY(writer->add(cells.data()));
    QVERIFY(!writer->finish());
    QCOMPARE(writer->error(),
             QStringLiteral("cannot write wide: 40 columns, more than the 32 a batch can carry"));
}

QTEST_GUILESS_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
