#include "CommandLine.h"

#include "Workspace.h"
#include "kpi/KpiLoad.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace tenure::cli {

int fail(const QString& message, int code)
{
    const QByteArray line = "tenure: " + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return code;
}

void out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

CommandParser::CommandParser(const QString& command, const QString& synopsis)
    : m_command(command), m_synopsis(synopsis)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(synopsis);
    m_parser.addHelpOption();
}

void CommandParser::addOption(const QString& name, const QString& description, const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

int CommandParser::parse(const QStringList& args)
{
    QStringList full = args;
    full.prepend(QStringLiteral("tenure ") + m_command);
    if (!m_parser.parse(full))
        return fail(QCoreApplication::translate("tenure::cli", "%1: %2 (see tenure %1 --help)")
                        .arg(m_command, m_parser.errorText()),
                    Usage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(QCoreApplication::translate("tenure::cli", "Usage: tenure %1\n\n%2")
                .arg(m_synopsis, m_parser.helpText().section(QLatin1Char('\n'), 2)));
        return Ok;
    }
    return -1;
}

QString CommandParser::outputFormat() const
{
    const QString format =
        isSet(QStringLiteral("format")) ? value(QStringLiteral("format")).toLower() : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json") &&
        format != QLatin1String("table")) {
        fail(QCoreApplication::translate("tenure::cli", "%1: bad --format %2 (csv, json or table)")
                 .arg(m_command, format),
             Usage);
        return {};
    }
    return format;
}

void addAsOfOption(CommandParser& parser)
{
    parser.addOption(
        QStringLiteral("as-of"),
        QStringLiteral("As-of month for this run (YYYY-MM or YYYY-MM-DD): active subscriptions count "
                       "through it, no MRR after it. Default: the workspace's setting, else the "
                       "latest billing import."),
        QStringLiteral("DATE"));
}

bool asOfValue(const CommandParser& parser, const QString& command, std::optional<MonthIndex>* month)
{
    month->reset();
    if (!parser.isSet(QStringLiteral("as-of")))
        return true;
    const QString text = parser.value(QStringLiteral("as-of"));
    *month = kpidata::parseAsOf(text);
    if (*month)
        return true;
    fail(QStringLiteral("%1: --as-of '%2' is not a month or a date (YYYY-MM or YYYY-MM-DD)")
             .arg(command, text),
         Usage);
    return false;
}

namespace {

// One line from the terminal without echo.
QString readPassword(const QString& prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

} // namespace

std::unique_ptr<Workspace> openWorkspace(const CommandParser& parser, bool mustExist)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        fail(QCoreApplication::translate("tenure::cli", "--workspace is required"), Usage);
        return nullptr;
    }
    QString error;
    auto workspace = mustExist ? Workspace::openExisting(path, &error) : Workspace::open(path, &error);
    // A team workspace whose server wants a password libpq could not find (~/.pgpass, PGPASSWORD, the
    // service file): asked for at the terminal, kept in memory for this run only.
    if (!workspace && server::isServerUrl(path) && server::needsPassword(error) && isatty(STDIN_FILENO)) {
        server::Address address;
        if (server::parse(path, &address, &error)) {
            const QString password = readPassword(QStringLiteral("Password for %1: ").arg(address.display));
            if (!password.isEmpty()) {
                server::rememberPassword(address.display, password);
                workspace = Workspace::open(path, &error);
            }
        }
    }
    if (!workspace)
        fail(error);
    return workspace;
}

} // namespace tenure::cli
