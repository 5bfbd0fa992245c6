#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tenure::language {

// The languages Tenure is translated into, as codes: "en", "de", "fr".
QStringList available();
// The language's own name: "English", "Deutsch", "Français".
QString nativeName(const QString& code);
// The choice kept in QSettings ("language"): a code, or empty to follow the system locale.
QString chosen();
void setChosen(const QString& code);
// The locale of a choice: the system locale for "" (and for a code that is the system's language,
// so de_AT keeps its own formats), else the language's main country (de_DE, fr_FR, en_US).
QLocale localeFor(const QString& code);
// The code of the language shown for a choice: "de" for "" on a German system, "en" when the system
// language has no translation.
QString effective(const QString& code);

// Installs Qt's and Tenure's translators for the chosen language (the system locale when none is
// chosen) and makes its locale the default, so QLocale() formats numbers and dates in it. Called
// once at start, after the QCoreApplication exists and before any window or catalogue is built.
void apply(QCoreApplication& app, bool useSettings = true);

} // namespace tenure::language
