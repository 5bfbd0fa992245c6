// The German and French translations: every tr() string of app/, ui/ and core/ (extracted by
// lupdate into a temporary .ts, as translations/update.sh does) is in tenure_de.ts and tenure_fr.ts,
// finished, with its placeholders and all plural forms; the embedded .qm files load and translate;
// numbers, money and dates follow the chosen language.
#include "Format.h"
#include "Language.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiMoney.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using namespace tenure;

namespace {

struct Message
{
    bool numerus = false;
    bool finished = false;
    QStringList forms; // one translation, or the plural forms
};

// context + source + comment -> message, as lupdate identifies them.
using Catalogue = QMap<QString, Message>;

QString key(const QString& context, const QString& source, const QString& comment)
{
    return context + QStringLiteral(" | ") + source +
           (comment.isEmpty() ? QString() : QStringLiteral(" | ") + comment);
}

Catalogue readTs(const QString& path, QString* error)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                message = Message{};
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.finished = type.isEmpty();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.insert(key(context, source, comment), message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

// "%1", "%2", ... and "%n" of a text, sorted and without repeats.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QString translationsDir()
{
    return QStringLiteral(TENURE_SOURCE_DIR "/translations");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    Catalogue m_extracted;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        // The sources as they are now, extracted the way translations/update.sh does.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("extracted.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TENURE_SOURCE_DIR));
        lupdate.start(QStringLiteral(TENURE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
                       QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("-ts"), ts});
        QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        m_extracted = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The sources have hundreds of strings; a handful would mean lupdate missed folders.
        QVERIFY2(m_extracted.size() > 300, qPrintable(QString::number(m_extracted.size())));
        QVERIFY(m_extracted.contains(key(QStringLiteral("tenure::MainWindow"), QStringLiteral("&File"), {})));
        QVERIFY(m_extracted.contains(
            key(QStringLiteral("tenure::KpiCatalogue"), QStringLiteral("Customer churn rate"), {})));
        QVERIFY(m_extracted.contains(
            key(QStringLiteral("tenure::cli"), QStringLiteral("--workspace is required"), {})));
    }

    void init() { QSettings().clear(); }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    // Every extracted string is in the language's .ts, finished, with the source's placeholders,
    // and (for %n strings) both plural forms of German and French. The message lists them all.
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const Catalogue ts =
            readTs(translationsDir() + QStringLiteral("/tenure_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing, unfinished, broken;
        for (auto it = m_extracted.cbegin(); it != m_extracted.cend(); ++it) {
            const auto found = ts.constFind(it.key());
            if (found == ts.cend()) {
                missing << it.key();
                continue;
            }
            const Message& m = *found;
            const bool empty = m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(),
                                                                [](const QString& f) { return f.isEmpty(); });
            if (!m.finished || empty) {
                unfinished << it.key();
                continue;
            }
            if (it->numerus && m.forms.size() != 2)
                broken << QStringLiteral("%1 (%2 plural forms, want 2)").arg(it.key()).arg(m.forms.size());
            const QString source = it.key().section(QStringLiteral(" | "), 1, 1);
            QStringList want = placeholders(source);
            for (const QString& form : m.forms) {
                QStringList have = placeholders(form);
                // A singular form may spell out the one ("1 Zeile" is fine without %n).
                if (it->numerus && !have.contains(QStringLiteral("%n")) && form != m.forms.last()) {
                    have << QStringLiteral("%n");
                    have.sort();
                }
                if (have != want)
                    broken << QStringLiteral("%1 -> %2 (placeholders %3, want %4)")
                                  .arg(it.key(), form, have.join(QLatin1Char(',')),
                                       want.join(QLatin1Char(',')));
            }
        }
        QStringList problems;
        if (!missing.isEmpty())
            problems << QStringLiteral("missing from tenure_%1.ts (run translations/update.sh):\n  ")
                                .arg(language) +
                            missing.join(QStringLiteral("\n  "));
        if (!unfinished.isEmpty())
            problems << QStringLiteral("unfinished in tenure_%1.ts:\n  ").arg(language) +
                            unfinished.join(QStringLiteral("\n  "));
        if (!broken.isEmpty())
            problems << QStringLiteral("wrong in tenure_%1.ts:\n  ").arg(language) +
                            broken.join(QStringLiteral("\n  "));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void embeddedTranslationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("churn");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("Kundenabwanderungsrate");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                            << QStringLiteral("Taux d'attrition clients");
    }
    void embeddedTranslationsLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, churn);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/translations/tenure_%1.qm").arg(language)));
        QCOMPARE(translator.translate("tenure::MainWindow", "&File"), file);
        QCOMPARE(translator.translate("tenure::KpiCatalogue", "Customer churn rate"), churn);
        // German and French plural rules: 1 is singular, 2 plural (French: 0 singular too).
        QCOMPARE(translator.translate("tenure::KpiCatalogue", "%1 days"),
                 language == QLatin1String("de") ? QStringLiteral("%1 Tage") : QStringLiteral("%1 jours"));
    }

    void choiceIsKeptAndGivesTheLocale()
    {
        QCOMPARE(language::chosen(), QString());
        language::setChosen(QStringLiteral("de"));
        QCOMPARE(language::chosen(), QStringLiteral("de"));
        QCOMPARE(language::localeFor(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(language::localeFor(QStringLiteral("fr")).language(), QLocale::French);
        language::setChosen(QStringLiteral("xx")); // unknown codes are ignored on reading
        QCOMPARE(language::chosen(), QString());
        language::setChosen(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QCOMPARE(language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    // The numbers of the issue: 1.234,56 € and 31.03.2026 in German.
    void formatsFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("large");
        QTest::addColumn<QString>("small");
        QTest::addColumn<QString>("negative");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("days");
        const QString nbsp(QChar(0x00A0)), nnbsp(QChar(0x202F));
        QTest::newRow("de_DE") << QStringLiteral("de_DE")
                               << QStringLiteral("14.207") + nbsp + QStringLiteral("€")
                               << QStringLiteral("42,50") + nbsp + QStringLiteral("€")
                               << QStringLiteral("-1.200") + nbsp + QStringLiteral("€")
                               << QStringLiteral("3,2 %") << QStringLiteral("31.03.2026")
                               << QStringLiteral("12,5 days");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR")
                               << QStringLiteral("14") + nnbsp + QStringLiteral("207") + nbsp +
                                      QStringLiteral("€")
                               << QStringLiteral("42,50") + nbsp + QStringLiteral("€")
                               << QStringLiteral("-1") + nnbsp + QStringLiteral("200") + nbsp +
                                      QStringLiteral("€")
                               << QStringLiteral("3,2 %") << QStringLiteral("31/03/2026")
                               << QStringLiteral("12,5 days");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("€14,207")
                               << QStringLiteral("€42.50") << QStringLiteral("-€1,200")
                               << QStringLiteral("3.2 %") << QStringLiteral("3/31/2026")
                               << QStringLiteral("12.5 days");
    }
    void formatsFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, large);
        QFETCH(QString, small);
        QFETCH(QString, negative);
        QFETCH(QString, percent);
        QFETCH(QString, date);
        QFETCH(QString, days);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString eur = QStringLiteral("EUR");
        QCOMPARE(format::money(14207.4, eur), large);
        QCOMPARE(format::money(42.5, eur), small);
        QCOMPARE(format::money(-1200, eur), negative);
        QCOMPARE(format::money(-0.001, eur), format::money(0, eur)); // never a negative zero
        QCOMPARE(format::percent(3.24), percent);
        QCOMPARE(format::date(QDate(2026, 3, 31)), date);
        // No translator is installed here: the unit word stays English, the digits follow the locale.
        QCOMPARE(formatKpiValue(*kpiInfo(QStringLiteral("time_to_value")), 12.5, eur, displayLocale()), days);
        // The CLI form never changes with the locale.
        QCOMPARE(formatMoney(14207.4, eur), QStringLiteral("€14,207"));
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
