#include "store/ServerAddress.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
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

QString withoutPassword(const QString& location)
{
    QString text = location;
    // postgresql://user:secret@host -> postgresql://user@host
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.replace(userInfo, QStringLiteral("\\1@"));
    // ?password=secret&... -> ?...
    static const QRegularExpression parameter(QStringLiteral("([?&])password=[^&]*(&|$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(parameter, QStringLiteral("\\1"));
    if (text.endsWith(QLatin1Char('?')) || text.endsWith(QLatin1Char('&')))
        text.chop(1);
    return text;
}

bool parse(const QString& location, Address* address, QString* error)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(location.toUtf8().constData(), &message);
    if (!options) {
        *error = QStringLiteral("%1 is not a PostgreSQL address: %2")
                     .arg(withoutPassword(location),
                          QString::fromUtf8(message ? message : "cannot parse it").trimmed());
        PQfreemem(message);
        return false;
    }
    *address = Address();
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("password")) {
            address->password = value;
            continue;
        }
        if (keyword == QLatin1String("dbname"))
            address->database = value;
        address->keywords << keyword;
        address->values << value;
    }
    PQconninfoFree(options);

    // The URL without its password: what the window shows and the recent list keeps. A password
    // the URL carries is remembered for it (in memory), so worker threads reopening the workspace
    // by this address still have it.
    address->display = withoutPassword(location);
    if (!address->password.isEmpty())
        rememberPassword(address->display, address->password);
    else
        address->password = rememberedPassword(address->display);
    // Defaults the URL may override: a server that does not answer is given up on after a few
    // seconds, not the system's minutes; Tenure's sessions are named in pg_stat_activity, so a
    // waiting import can say who holds the lock.
    const std::pair<const char*, const char*> defaults[] = {{"connect_timeout", "5"},
                                                            {"application_name", "Tenure"}};
    for (const auto& [keyword, value] : defaults) {
        if (!address->keywords.contains(QLatin1String(keyword))) {
            address->keywords << QLatin1String(keyword);
            address->values << QLatin1String(value);
        }
    }
    QStringList pairs;
    for (qsizetype i = 0; i < address->keywords.size(); ++i)
        pairs << address->keywords.at(i) + QLatin1Char('=') + quoted(address->values.at(i));
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

QString passwordWantedPhrase()
{
    return QStringLiteral("the server wants a password");
}

bool needsPassword(const QString& message)
{
    return message.contains(passwordWantedPhrase());
}

} // namespace tenure::server
