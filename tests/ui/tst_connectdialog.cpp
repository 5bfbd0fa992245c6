// File > Connect to team workspace...: OK only for a postgresql:// URL libpq accepts; no server is
// needed, nothing connects.
#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace tenure;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void okOnlyForServerUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<bool>("problemShown");
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false << false;
        QTest::newRow("file path") << QStringLiteral("/home/alice/acme.tenure") << false << true;
        QTest::newRow("other scheme") << QStringLiteral("mysql://alice@db/tenure") << false << true;
        QTest::newRow("url") << QStringLiteral("postgresql://alice@db.example:5432/tenure") << true << false;
        QTest::newRow("url with spaces around")
            << QStringLiteral("  postgresql://db/tenure ") << true << false;
        QTest::newRow("postgres scheme") << QStringLiteral("postgres://db/tenure") << true << false;
        QTest::newRow("service") << QStringLiteral("postgresql:///?service=tenure") << true << false;
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://db/tenure?nosuchoption=1") << false << true;
    }
    void okOnlyForServerUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, acceptable);
        QFETCH(bool, problemShown);
        ConnectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.urlEdit(), text);
        QCOMPARE(dialog.isAcceptable(), acceptable);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), acceptable);
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("connectProblem"));
        QVERIFY(problem);
        QCOMPARE(problem->isVisible(), problemShown);
        QCOMPARE(dialog.url(), text.trimmed());
        // Enter accepts only what OK would.
        QTest::keyClick(dialog.urlEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result() == QDialog::Accepted, acceptable);
    }

    void startsWithOkDisabledAndTheExample()
    {
        ConnectDialog dialog;
        QVERIFY(!dialog.isAcceptable());
        QCOMPARE(dialog.urlEdit()->placeholderText(), QStringLiteral("postgresql://user@host:5432/dbname"));
        dialog.setUrl(QStringLiteral("postgresql:///?service=tenure"));
        QVERIFY(dialog.isAcceptable());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
