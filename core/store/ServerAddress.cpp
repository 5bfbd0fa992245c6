#include "store/ServerAddress.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

#include <libpq-fe.h>

namespace tenure::server {

namespace {

QMutex passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}

// A conninfo value, quoted as libpq wants it.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool isServerUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool parse(const QString& location, Address* address, QString* error)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(location.toUtf8().constData(), &message);
    if (!options) {
        *error = QStringLiteral("%1 is not a PostgreSQL address: %2")
                     .arg(location, QString::fromUtf8(message ? message : "cannot parse it").trimmed());
        PQfreemem(message);
        return false;
    }
    *address = Address();
    QStringList pairs;
    bool hasPassword = false;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("dbname"))
            address->database = value;
        else if (keyword == QLatin1String("user"))
            address->user = value;
        else if (keyword == QLatin1String("host"))
            address->host = value;
        else if (keyword == QLatin1String("password"))
            hasPassword = true;
        pairs << keyword + QLatin1Char('=') + quoted(value);
    }
    PQconninfoFree(options);

    // The URL without its password: what the window shows and the recent list keeps.
    QUrl url(location);
    url.setPassword(QString());
    address->display = url.isValid() ? url.toString() : location;
    if (!hasPassword) {
        const QString typed = rememberedPassword(address->display);
        if (!typed.isEmpty())
            pairs << QStringLiteral("password=") + quoted(typed);
    }
    // Tenure's sessions are named in pg_stat_activity, so a waiting import can say who holds the lock.
    if (!location.contains(QLatin1String("application_name")))
        pairs << QStringLiteral("application_name='Tenure'");
    address->connectOptions = pairs.join(QLatin1Char(';'));
    return true;
}

void rememberPassword(const QString& display, const QString& password)
{
    QMutexLocker lock(&passwordsMutex);
    passwords().insert(display, password);
}

QString rememberedPassword(const QString& display)
{
    QMutexLocker lock(&passwordsMutex);
    return passwords().value(display);
}

bool needsPassword(const QString& message)
{
    return message.contains(QLatin1String("no password supplied")) ||
           message.contains(QLatin1String("password authentication failed"));
}

} // namespace tenure::server
