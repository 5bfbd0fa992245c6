#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace tenure::language {

namespace {
const QString LanguageKey = QStringLiteral("language");

QLocale::Language qtLanguage(const QString& code)
{
    if (code == QLatin1String("de"))
        return QLocale::German;
    if (code == QLatin1String("fr"))
        return QLocale::French;
    return QLocale::English;
}
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString chosen()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return available().contains(code) ? code : QString();
}

void setChosen(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty() || system.language() == qtLanguage(code))
        return system;
    if (code == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString effective(const QString& code)
{
    if (!code.isEmpty())
        return code;
    const QLocale::Language system = QLocale::system().language();
    for (const QString& candidate : available())
        if (qtLanguage(candidate) == system)
            return candidate;
    return QStringLiteral("en");
}

void apply(QCoreApplication& app, bool useSettings)
{
    const QString code = useSettings ? chosen() : QString();
    const QLocale locale = localeFor(code);
    // A system in the C locale (scripts, CI) keeps C as default: displayLocale() turns it into en_US.
    if (!code.isEmpty() || locale.language() != QLocale::C)
        QLocale::setDefault(locale);
    // Parented to the application, so they live as long as it does.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    // A language without a translation (and the C locale) gets the English one: it carries the
    // plural forms, so "%n row(s)" reads "1 row", "2 rows".
    auto* tenure = new QTranslator(&app);
    if (tenure->load(locale, QStringLiteral("tenure"), QStringLiteral("_"),
                     QStringLiteral(":/translations")) ||
        tenure->load(QStringLiteral(":/translations/tenure_en.qm")))
        app.installTranslator(tenure);
    else
        delete tenure;
}

} // namespace tenure::language
