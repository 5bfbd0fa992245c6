// Dashboard pages and their models on a small demo company: every model passes the model tester,
// filters change what the views show, the explain panel's numbers equal the KPI engine's.
#include "ExplainDialog.h"
#include "FileDialog.h"
#include "Format.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "models/KpiModels.h"
#include "pages/OverviewPage.h"
#include "pages/TablePages.h"
#include "pages/TrendPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace tenure;

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        if (!window->openWorkspace(m_path, &error))
            qWarning("%s", qPrintable(error));
        return window;
    }

    template <typename Page> Page* pageOf(MainWindow& window, const QString& view)
    {
        auto* page = qobject_cast<Page*>(window.page(view));
        if (page)
            page->ensureFresh();
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
        m_path = m_dir.filePath(QStringLiteral("demo.tenure"));
        QString error;
        auto workspace = Workspace::open(m_path, &error);
        QVERIFY2(workspace, qPrintable(error));
        demo::DemoOptions options;
        options.accounts = 120;
        options.months = 15;
        options.lastMonth = monthIndex(2026, 3);
        QVERIFY2(demo::generate(options, workspace.get(), QString(), &error), qPrintable(error));
    }
    void init() { QSettings().clear(); }

    void everyModelPassesTheTester()
    {
        auto window = openWindow();
        DashboardContext context{window->workspace(), window->engine(), window->bands(), {}};
        for (Grain grain : {Grain::Month, Grain::Quarter}) {
            context.filter.grain = grain;
            context.filter.segmentAttribute.clear();
            for (int pass = 0; pass < 2; ++pass) {
                OverviewModel overview;
                QAbstractItemModelTester t1(&overview,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
                overview.load(context);
                QCOMPARE(overview.rowCount(), int(kpiCatalogue().size()));
                TrendModel trend;
                QAbstractItemModelTester t2(&trend, QAbstractItemModelTester::FailureReportingMode::QtTest);
                trend.load(context, QStringLiteral("churn_rate"));
                QVERIFY(trend.rowCount() > 0);
                MovementsModel movements;
                QAbstractItemModelTester t3(&movements,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
                movements.load(context);
                QVERIFY(movements.rowCount() > 0);
                CohortModel cohorts;
                QAbstractItemModelTester t4(&cohorts, QAbstractItemModelTester::FailureReportingMode::QtTest);
                cohorts.load(context, CohortMetric::Mrr);
                QVERIFY(cohorts.rowCount() > 0);
                SegmentModel segments;
                QAbstractItemModelTester t5(&segments,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
                segments.load(context);
                QVERIFY(segments.rowCount() > 1);
                NpsDistributionModel nps;
                QAbstractItemModelTester t6(&nps, QAbstractItemModelTester::FailureReportingMode::QtTest);
                nps.load(context);
                CommentsModel comments;
                QAbstractItemModelTester t7(&comments,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
                comments.load(context);
                CommentsFilterModel filter;
                filter.setSourceModel(&comments);
                QAbstractItemModelTester t8(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
                filter.setGroup(QStringLiteral("detractor"));
                filter.setText(QStringLiteral("e"));
                HealthModel health;
                QAbstractItemModelTester t9(&health, QAbstractItemModelTester::FailureReportingMode::QtTest);
                health.load(context);
                // Second pass: split by a segment attribute.
                context.filter.segmentAttribute = QStringLiteral("plan");
            }
        }
    }

    void movementsAddUpToTheMrrChange()
    {
        auto window = openWindow();
        auto* page = pageOf<MovementsPage>(*window, QStringLiteral("movements"));
        MovementsModel* model = page->model();
        QVERIFY(model->rowCount() > 2);
        for (int r = 1; r < model->rowCount(); ++r) {
            const double before =
                model->index(r - 1, MovementsModel::MrrColumn).data(GridModel::RawValueRole).toDouble();
            const double after =
                model->index(r, MovementsModel::MrrColumn).data(GridModel::RawValueRole).toDouble();
            const double net =
                model->index(r, MovementsModel::NetColumn).data(GridModel::RawValueRole).toDouble();
            QVERIFY2(std::abs(before + net - after) < 0.01, qPrintable(model->index(r, 0).data().toString()));
        }
    }

    void overviewFollowsTheFilter()
    {
        auto window = openWindow();
        auto* page = pageOf<OverviewPage>(*window, QStringLiteral("overview"));
        OverviewModel* model = page->model();
        QCOMPARE(model->periodLabel(), QStringLiteral("2026-03"));
        auto valueOf = [&](const QString& kpi) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, OverviewModel::ValueColumn).data(GridModel::KpiRole).toString() == kpi)
                    return model->index(r, OverviewModel::ValueColumn).data(GridModel::RawValueRole);
            }
            return QVariant();
        };
        const double allCustomers = valueOf(QStringLiteral("customers")).toDouble();
        QCOMPARE(allCustomers,
                 *window->engine()
                      ->value(QStringLiteral("customers"), *Period::parse(QStringLiteral("2026-03")))
                      .value);

        DashboardFilter filter;
        filter.grain = Grain::Quarter;
        filter.to = QStringLiteral("2025-Q4");
        window->setFilter(filter);
        page->ensureFresh();
        QCOMPARE(model->periodLabel(), QStringLiteral("2025-Q4"));
        const auto quarterMrr =
            window->engine()->value(QStringLiteral("mrr"), *Period::parse(QStringLiteral("2025-Q4")));
        QCOMPARE(valueOf(QStringLiteral("mrr")).toDouble(), *quarterMrr.value);

        filter = {};
        filter.segmentAttribute = QStringLiteral("plan");
        const QString plan = window->engine()->segmentValues(QStringLiteral("plan")).first();
        filter.segmentValue = plan;
        window->setFilter(filter);
        page->ensureFresh();
        const double planCustomers = valueOf(QStringLiteral("customers")).toDouble();
        QVERIFY(planCustomers < allCustomers);
        QCOMPARE(planCustomers,
                 *window->engine()
                      ->value(QStringLiteral("customers"), *Period::parse(QStringLiteral("2026-03")),
                              QStringLiteral("plan"), plan)
                      .value);
        // The tiles show the model's rows.
        QCOMPARE(page->tiles().first()->kpi(),
                 model->index(0, OverviewModel::ValueColumn).data(GridModel::KpiRole).toString());
    }

    void trendSplitsBySegment()
    {
        auto window = openWindow();
        QVERIFY(window->showView(QStringLiteral("trend:mrr")));
        auto* page = pageOf<TrendPage>(*window, QStringLiteral("trend"));
        QCOMPARE(page->model()->seriesCount(), 1);
        QCOMPARE(page->model()->rowCount(), 15);
        DashboardFilter filter;
        filter.segmentAttribute = QStringLiteral("plan");
        filter.from = QStringLiteral("2025-06");
        window->setFilter(filter);
        page->ensureFresh();
        QCOMPARE(page->model()->rowCount(), 10);
        QVERIFY(page->model()->seriesCount() > 1);
        // The segment lines add up to the whole for MRR (when every account has a plan).
        double sum = 0;
        for (int c = TrendModel::FirstSeriesColumn + 1; c < page->model()->columnCount(); ++c)
            sum += page->model()->index(9, c).data(GridModel::RawValueRole).toDouble();
        if (page->model()->hiddenSegments() == 0)
            QVERIFY(std::abs(sum - page->model()
                                       ->index(9, TrendModel::FirstSeriesColumn)
                                       .data(GridModel::RawValueRole)
                                       .toDouble()) < 0.5);
        QVERIFY(!window->showView(QStringLiteral("trend:no_such_kpi")));
    }

    // Beyond the largest MaxSegments, the other segments are one "other" line computed over their
    // union: for MRR the lines add up to all accounts; the drawn ones are the largest by MRR.
    void trendDrawsOtherSegments()
    {
        auto window = openWindow();
        QVERIFY(window->showView(QStringLiteral("trend:mrr")));
        auto* page = pageOf<TrendPage>(*window, QStringLiteral("trend"));
        DashboardFilter filter;
        filter.segmentAttribute = QStringLiteral("industry");
        window->setFilter(filter);
        page->ensureFresh();
        TrendModel* model = page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList values = window->engine()->segmentValues(QStringLiteral("industry"));
        QVERIFY(values.size() > TrendModel::MaxSegments + 1);
        QCOMPARE(model->seriesCount(), 1 + TrendModel::MaxSegments + 1);
        QCOMPARE(model->hiddenSegments(), int(values.size()) - TrendModel::MaxSegments);
        const int other = model->otherColumn();
        QCOMPARE(other, model->columnCount() - 1);
        QVERIFY(model->headerData(other, Qt::Horizontal).toString().startsWith(QStringLiteral("Other")));
        const int last = model->rowCount() - 1;
        for (int r = 0; r < model->rowCount(); ++r) {
            double sum = 0;
            for (int c = TrendModel::FirstSeriesColumn + 1; c < model->columnCount(); ++c)
                sum += model->index(r, c).data(GridModel::RawValueRole).toDouble();
            const double all =
                model->index(r, TrendModel::FirstSeriesColumn).data(GridModel::RawValueRole).toDouble();
            QVERIFY2(std::abs(sum - all) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(all)));
        }
        // The smallest drawn segment is at least as large as any segment in "other".
        const auto lastPeriod = Period::parse(model->index(last, 0).data(GridModel::PeriodRole).toString());
        QVERIFY(lastPeriod);
        double smallestDrawn = 1e300;
        QStringList drawn;
        for (int c = TrendModel::FirstSeriesColumn + 1; c < other; ++c) {
            drawn << model->headerData(c, Qt::Horizontal).toString();
            smallestDrawn =
                std::min(smallestDrawn, model->index(last, c).data(GridModel::RawValueRole).toDouble());
        }
        for (const QString& value : values) {
            if (drawn.contains(value))
                continue;
            const KpiResult r = window->engine()->value(QStringLiteral("mrr"), *lastPeriod,
                                                        QStringLiteral("industry"), value);
            QVERIFY(r.value.value_or(0) <= smallestDrawn);
        }
        // "Other" is no single segment: nothing to explain there, a hint in the status bar instead.
        QVERIFY(model->index(last, other).data(GridModel::KpiRole).toString().isEmpty());
        QSignalSpy hint(page, &DashboardPage::statusMessage);
        QSignalSpy explain(page, &DashboardPage::explainRequested);
        emit page->findChild<QTableView*>()->doubleClicked(model->index(last, other));
        QCOMPARE(hint.size(), 1);
        QCOMPARE(explain.size(), 0);
        emit page->findChild<QTableView*>()->doubleClicked(model->index(last, other - 1));
        QCOMPARE(explain.size(), 1);
        // A ratio KPI: "other" is the engine's value over the union, not an average of the parts.
        page->setViewArgument(QStringLiteral("churn_rate"));
        page->ensureFresh();
        QStringList rest = values;
        for (int c = TrendModel::FirstSeriesColumn + 1; c < model->otherColumn(); ++c)
            rest.removeAll(model->headerData(c, Qt::Horizontal).toString());
        KpiQuery query;
        query.kpis = {QStringLiteral("churn_rate")};
        query.from = query.to = *lastPeriod;
        query.segmentAttribute = QStringLiteral("industry");
        const KpiTable expected = window->engine()->computeCombined(query, rest, TrendModel::OtherSegment);
        QCOMPARE(expected.rows.size(), 1);
        QCOMPARE(model->index(last, model->otherColumn()).data(GridModel::RawValueRole),
                 expected.rows.first().value ? QVariant(*expected.rows.first().value) : QVariant());
    }

    void segmentsSortByValue()
    {
        auto window = openWindow();
        auto* page = pageOf<SegmentsPage>(*window, QStringLiteral("segments"));
        QCOMPARE(page->model()->attribute(), QStringLiteral("plan"));
        const int column =
            SegmentModel::FirstKpiColumn + int(SegmentModel::kpis().indexOf(QStringLiteral("mrr")));
        page->proxy()->sort(column, Qt::DescendingOrder);
        QCOMPARE(page->proxy()->index(0, SegmentModel::SegmentColumn).data(GridModel::SegmentRole).toString(),
                 QStringLiteral("all"));
        double previous = 1e18;
        for (int r = 0; r < page->proxy()->rowCount(); ++r) {
            const double v = page->proxy()->index(r, column).data(GridModel::RawValueRole).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
    }

    void surveyCommentsFilter()
    {
        auto window = openWindow();
        auto* page = pageOf<SurveysPage>(*window, QStringLiteral("surveys"));
        const int all = page->commentsFilter()->rowCount();
        QVERIFY(all > 0);
        page->groupBox()->setCurrentIndex(page->groupBox()->findData(QStringLiteral("detractor")));
        const int detractors = page->commentsFilter()->rowCount();
        QVERIFY(detractors > 0 && detractors < all);
        for (int r = 0; r < detractors; ++r)
            QCOMPARE(page->commentsFilter()->index(r, CommentsModel::GroupColumn).data().toString(),
                     QStringLiteral("detractor"));
        page->searchEdit()->setText(QStringLiteral("zzzz-not-in-any-comment"));
        QCOMPARE(page->commentsFilter()->rowCount(), 0);
    }

    void explainNumbersEqualTheEngine_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<QString>("period");
        QTest::newRow("churn_rate month") << QStringLiteral("churn_rate") << QStringLiteral("2026-02");
        QTest::newRow("nrr quarter") << QStringLiteral("nrr") << QStringLiteral("2025-Q4");
        QTest::newRow("mrr") << QStringLiteral("mrr") << QStringLiteral("2026-03");
    }
    void explainNumbersEqualTheEngine()
    {
        QFETCH(QString, kpi);
        QFETCH(QString, period);
        auto window = openWindow();
        window->explain(kpi, period, QString(), QString());
        ExplainDialog* dialog = window->explainDialog();
        QVERIFY(dialog);
        const KpiResult expected = window->engine()->value(kpi, *Period::parse(period));
        const KpiResult& shown = dialog->explanation().result;
        QCOMPARE(shown.value.has_value(), expected.value.has_value());
        if (expected.value)
            QCOMPARE(*shown.value, *expected.value);
        QCOMPARE(shown.numerator.has_value(), expected.numerator.has_value());
        if (expected.numerator) {
            QCOMPARE(*shown.numerator, *expected.numerator);
            QCOMPARE(dialog->numeratorLabel()->text(),
                     format::ratioPart(kpi, true, *expected.numerator, window->workspace()->currency()));
            QCOMPARE(dialog->denominatorLabel()->text(),
                     format::ratioPart(kpi, false, *expected.denominator, window->workspace()->currency()));
        }
        const KpiInfo* info = kpiInfo(kpi);
        QCOMPARE(dialog->valueLabel()->text(),
                 kpiformat::value(*info, expected.value, window->workspace()->currency()));
        QAbstractItemModelTester tester(dialog->rowsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->rowsModel()->rowCount(),
                 int(window->engine()->explain(kpi, *Period::parse(period)).rows.rows.size()));

        // Export CSV through the file-dialog seam.
        const QString csv = m_dir.filePath(kpi + QStringLiteral(".csv"));
        FileDialog::instance().setNextFileName(csv);
        QVERIFY(dialog->exportCsv());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size() - 1, dialog->rowsModel()->rowCount() + 1);
        dialog->close();
    }

    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("negative number") << QStringLiteral("-120.5") << QStringLiteral("-120.5");
        QTest::newRow("comma quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("formula with quote")
            << QStringLiteral("=\"x\",1") << QStringLiteral("\"'=\"\"x\"\",1\"");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
    }
    void csvNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(neutralisedCsvCell(cell), written);
    }

    void emptyWorkspaceShowsEmptyStates()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("empty.tenure")), &error));
        for (const QString& view :
             {QStringLiteral("overview"), QStringLiteral("trend"), QStringLiteral("movements"),
              QStringLiteral("cohorts"), QStringLiteral("segments"), QStringLiteral("surveys"),
              QStringLiteral("health"), QStringLiteral("data")}) {
            QVERIFY(window.showView(view));
            window.page(view)->ensureFresh();
        }
        auto* overview = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
        QCOMPARE(overview->model()->rowCount(), 0);
        window.explain(QStringLiteral("mrr"), QStringLiteral("2026-01"), QString(), QString());
        QVERIFY(window.explainDialog());
        QVERIFY(!window.explainDialog()->explanation().result.value.has_value());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
