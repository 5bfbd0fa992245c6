// The bands/targets and settings dialogs: values typed into the widgets are stored through Bands
// and Workspace settings on OK; invalid input is refused with a message and nothing is saved.
#include "BandsDialog.h"
#include "FileDialog.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "import/Importer.h"
#include "kpi/Bands.h"
#include "kpi/KpiEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace tenure;

namespace {

template <typename T> T* child(QWidget& dialog, const char* name)
{
    T* widget = dialog.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->item(row, column)->setText(text);
}

} // namespace

class TestEditors : public QObject
{
    Q_OBJECT

private slots:
    void bandsAndTargetSaved()
    {
        test::TempWorkspace temp;
        Bands bands(temp.workspace());
        QVERIFY(!bands.isCustomised(QStringLiteral("nps")));
        BandsDialog dialog(bands);
        dialog.selectKpi(QStringLiteral("nps"));
        QCOMPARE(dialog.currentKpi(), QStringLiteral("nps"));
        auto* table = child<QTableWidget>(dialog, "bandsTable");
        const int defaultRows = Bands::defaultsFor(QStringLiteral("nps")).size();
        QCOMPARE(table->rowCount(), defaultRows);
        child<QPushButton>(dialog, "addBand")->click();
        const int last = table->rowCount() - 1;
        setCell(table, last, 0, QStringLiteral("Stellar"));
        setCell(table, last, 1, QStringLiteral("80"));
        setCell(table, last, 2, QString());
        setCell(table, last, 3, QStringLiteral("#123456"));
        child<QCheckBox>(dialog, "hasTarget")->setChecked(true);
        child<QDoubleSpinBox>(dialog, "targetValue")->setValue(45);
        child<QCheckBox>(dialog, "hasDue")->setChecked(true);
        child<QDateEdit>(dialog, "targetDue")->setDate(QDate(2027, 6, 30));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Bands stored(temp.workspace());
        QVERIFY(stored.isCustomised(QStringLiteral("nps")));
        const QList<Band> list = stored.bandsFor(QStringLiteral("nps"));
        QCOMPARE(list.size(), defaultRows + 1);
        QCOMPARE(list.last().label, QStringLiteral("Stellar"));
        QCOMPARE(list.last().lower, std::optional<double>(80));
        QVERIFY(!list.last().upper);
        QCOMPARE(list.last().colour, QStringLiteral("#123456"));
        const auto target = stored.targetFor(QStringLiteral("nps"));
        QVERIFY(target);
        QCOMPARE(target->value, 45.0);
        QCOMPARE(target->due, QDate(2027, 6, 30));
    }

    void editsOfSeveralKpisKept()
    {
        test::TempWorkspace temp;
        Bands bands(temp.workspace());
        BandsDialog dialog(bands);
        dialog.selectKpi(QStringLiteral("nps"));
        auto* table = child<QTableWidget>(dialog, "bandsTable");
        setCell(table, 0, 0, QStringLiteral("Renamed"));
        dialog.selectKpi(QStringLiteral("churn_rate"));
        child<QCheckBox>(dialog, "hasTarget")->setChecked(true);
        child<QDoubleSpinBox>(dialog, "targetValue")->setValue(2.5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Bands stored(temp.workspace());
        QCOMPARE(stored.bandsFor(QStringLiteral("nps")).first().label, QStringLiteral("Renamed"));
        QVERIFY(!stored.isCustomised(QStringLiteral("churn_rate")));
        QCOMPARE(stored.targetFor(QStringLiteral("churn_rate"))->value, 2.5);
    }

    void resetToDefaults()
    {
        test::TempWorkspace temp;
        Bands bands(temp.workspace());
        QList<Band> custom{{QStringLiteral("Only"), 0.0, 100.0, QStringLiteral("#000000"), {}}};
        QVERIFY(bands.setBands(QStringLiteral("nps"), custom));
        BandsDialog dialog(bands);
        dialog.selectKpi(QStringLiteral("nps"));
        QCOMPARE(child<QTableWidget>(dialog, "bandsTable")->rowCount(), 1);
        child<QPushButton>(dialog, "resetBands")->click();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!Bands(temp.workspace()).isCustomised(QStringLiteral("nps")));
    }

    void invalidBandRefused_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("lower above upper") << 1 << QStringLiteral("1000");
        QTest::newRow("lower not a number") << 1 << QStringLiteral("abc");
        QTest::newRow("bad colour") << 3 << QStringLiteral("notacolour");
        QTest::newRow("empty label") << 0 << QString();
    }
    void invalidBandRefused()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        test::TempWorkspace temp;
        Bands bands(temp.workspace());
        BandsDialog dialog(bands);
        dialog.selectKpi(QStringLiteral("nps"));
        auto* table = child<QTableWidget>(dialog, "bandsTable");
        setCell(table, 0, 2, QStringLiteral("10")); // upper bound of the first band
        setCell(table, 0, column, text);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!Bands(temp.workspace()).isCustomised(QStringLiteral("nps")));
    }

    void exportAndImportPack()
    {
        test::TempWorkspace temp;
        Bands bands(temp.workspace());
        QVERIFY(bands.setBands(
            QStringLiteral("nps"),
            {{QStringLiteral("Packed"), std::nullopt, std::nullopt, QStringLiteral("#abcdef"), {}}}));
        const QString file = temp.dir() + QStringLiteral("/pack.json");
        {
            BandsDialog dialog(bands);
            FileDialog::instance().setNextFileName(file);
            QVERIFY(dialog.exportPack());
        }
        QVERIFY(QFile::exists(file));
        bands.resetBands(QStringLiteral("nps"));
        QVERIFY(!bands.isCustomised(QStringLiteral("nps")));
        BandsDialog dialog(bands);
        dialog.selectKpi(QStringLiteral("nps"));
        FileDialog::instance().setNextFileName(file);
        QVERIFY(dialog.importPack());
        QCOMPARE(child<QTableWidget>(dialog, "bandsTable")->item(0, 0)->text(), QStringLiteral("Packed"));
        QCOMPARE(Bands(temp.workspace()).bandsFor(QStringLiteral("nps")).first().label,
                 QStringLiteral("Packed"));
    }

    void settingsSaved()
    {
        test::TempWorkspace temp;
        Workspace& workspace = temp.workspace();
        const QString logo = temp.dir() + QStringLiteral("/logo.png");
        test::writeFile(logo, QByteArray("png"));
        QVERIFY(QFile::exists(logo));
        SettingsDialog dialog(workspace);
        child<QLineEdit>(dialog, "companyName")->setText(QStringLiteral("Acme Ltd"));
        FileDialog::instance().setNextFileName(logo);
        child<QPushButton>(dialog, "browseLogo")->click();
        QCOMPARE(child<QLineEdit>(dialog, "logoPath")->text(), logo);
        child<QLineEdit>(dialog, "currency")->setText(QStringLiteral("eur"));
        child<QDoubleSpinBox>(dialog, "grossMargin")->setValue(72.5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(workspace.companyName(), QStringLiteral("Acme Ltd"));
        QCOMPARE(workspace.setting(QStringLiteral("logo_path")).toString(), logo);
        QCOMPARE(workspace.currency(), QStringLiteral("EUR"));
        QCOMPARE(workspace.grossMarginPercent(), 72.5);
    }

    // Formula profile: the combo starts on the workspace's profile, the line under it says what the
    // chosen one changes, OK stores its name in "kpi_profile".
    void settingsProfileSaved()
    {
        test::TempWorkspace temp;
        Workspace& workspace = temp.workspace();
        workspace.setSetting(QStringLiteral("kpi_profile"), QStringLiteral("baremetrics"));
        SettingsDialog dialog(workspace);
        auto* combo = child<QComboBox>(dialog, "kpiProfile");
        auto* summary = child<QLabel>(dialog, "kpiProfileSummary");
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("baremetrics"));
        QCOMPARE(summary->text(), kpiProfileSummary(KpiProfile::Baremetrics));
        QCOMPARE(combo->itemText(0), QStringLiteral("Tenure (SPEC.md, default)"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("chartmogul")));
        QCOMPARE(summary->text(), kpiProfileSummary(KpiProfile::ChartMogul));
        QVERIFY(summary->text().contains(QLatin1String("LTV")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(workspace.setting(QStringLiteral("kpi_profile")).toString(), QStringLiteral("chartmogul"));
        QCOMPARE(KpiEngine(workspace).profile(), KpiProfile::ChartMogul);

        // An unknown stored name shows the default, and OK stores the default's name.
        workspace.setSetting(QStringLiteral("kpi_profile"), QStringLiteral("stripe"));
        SettingsDialog again(workspace);
        QCOMPARE(child<QComboBox>(again, "kpiProfile")->currentData().toString(), QStringLiteral("tenure"));
        again.accept();
        QCOMPARE(workspace.setting(QStringLiteral("kpi_profile")).toString(), QStringLiteral("tenure"));
    }

    void invalidSettingsRefused_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("logo");
        QTest::newRow("two letters") << QStringLiteral("EU") << QString();
        QTest::newRow("digits") << QStringLiteral("E1R") << QString();
        QTest::newRow("missing logo") << QStringLiteral("EUR") << QStringLiteral("/nonexistent/logo.png");
    }
    void invalidSettingsRefused()
    {
        QFETCH(QString, currency);
        QFETCH(QString, logo);
        test::TempWorkspace temp;
        Workspace& workspace = temp.workspace();
        SettingsDialog dialog(workspace);
        child<QLineEdit>(dialog, "companyName")->setText(QStringLiteral("Acme Ltd"));
        child<QLineEdit>(dialog, "currency")->setText(currency);
        child<QLineEdit>(dialog, "logoPath")->setText(logo);
        child<QDoubleSpinBox>(dialog, "grossMargin")->setValue(50);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!workspace.setting(QStringLiteral("company_name")).isValid());
        QCOMPARE(workspace.currency(), QStringLiteral("USD"));
        QCOMPARE(workspace.grossMarginPercent(), 100.0);
        QVERIFY(!workspace.setting(QStringLiteral("kpi_profile")).isValid());
    }

    // A new currency converts every amount: with dollar revenue and no rates into euros it is
    // refused, the dialog says why, and nothing is saved.
    void currencyWithoutRatesRefused()
    {
        test::TempWorkspace temp;
        Workspace& workspace = temp.workspace();
        const QString revenue = temp.dir() + QStringLiteral("/revenue.csv");
        test::writeFile(revenue, QByteArray("account_id,month,mrr\nA,2026-01,100.00\n"));
        QVERIFY(Importer::run(workspace, revenue, ImportOptions()).ok());
        SettingsDialog dialog(workspace);
        child<QLineEdit>(dialog, "companyName")->setText(QStringLiteral("Acme Ltd"));
        child<QLineEdit>(dialog, "currency")->setText(QStringLiteral("EUR"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(
            dialog.errorText().contains(QLatin1String("no rate from USD to EUR on or before 2026-01-31")),
            qPrintable(dialog.errorText()));
        QCOMPARE(workspace.currency(), QStringLiteral("USD"));
        QVERIFY(!workspace.setting(QStringLiteral("company_name")).isValid());

        // With a rate it is taken, and the dollars are converted: 100 USD / 1.25 = 80 EUR.
        const QString rates = temp.dir() + QStringLiteral("/rates.csv");
        test::writeFile(rates, QByteArray("date,currency,rate\n2026-01-15,EUR,1.25\n"));
        QVERIFY(Importer::run(workspace, rates, ImportOptions()).ok());
        SettingsDialog again(workspace);
        child<QLineEdit>(again, "currency")->setText(QStringLiteral("EUR"));
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(workspace.currency(), QStringLiteral("EUR"));
        KpiEngine engine(workspace);
        QCOMPARE(*engine.value(QStringLiteral("mrr"), *Period::parse(QStringLiteral("2026-01"))).value, 80.0);
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
