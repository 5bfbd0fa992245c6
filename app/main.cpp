// Entry point: a sub-command runs without any window; anything else opens the GUI.
#include "CommandLine.h"
#include "GuiLauncher.h"
#include "Language.h"
#include "commands/Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStringList>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace tenure;

namespace {

QString usage()
{
    QString text = QCoreApplication::translate(
        "tenure::cli", "Usage: tenure [WORKSPACE]                 open the dashboard\n"
                       "       tenure --screenshot FILE.png [--size WxH] [--view VIEW] [WORKSPACE]\n"
                       "       tenure COMMAND [OPTIONS]           run a job without a window\n\n"
                       "Commands:\n");
    int count = 0;
    const cli::Command* table = cli::commandTable(&count);
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(table[i].name).leftJustified(10),
                         QCoreApplication::translate("tenure::cli", table[i].summary));
    text += QCoreApplication::translate(
        "tenure::cli",
        "\nA WORKSPACE (and --workspace W) is a .tenure file or a team workspace on PostgreSQL,\n"
        "postgresql://user@host:5432/dbname (docs/team-workspace.md).\n"
        "Run 'tenure COMMAND --help' for a command's options.\n");
    return text;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tenure"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tenure.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Tenure"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
}

// Without XDG_RUNTIME_DIR (containers, CI, ssh sessions) Qt warns on stderr before any command
// runs, which breaks the promise of one-line errors. Give it a private folder instead.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(uint(getuid()));
    if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) {
        struct stat info;
        if (::stat(dir.constData(), &info) == 0 && info.st_uid == getuid() && (info.st_mode & 077) == 0)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    ensureRuntimeDir();
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        QCoreApplication app(argc, argv);
        language::apply(app, false);
        cli::out(usage());
        return cli::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QCoreApplication app(argc, argv);
        cli::out(QStringLiteral("tenure %1\n").arg(QStringLiteral(TENURE_VERSION)));
        return cli::Ok;
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('.')) &&
        !first.contains(QLatin1Char('/'))) {
        const cli::Command* command = cli::findCommand(first);
        if (!command) {
            QCoreApplication app(argc, argv);
            language::apply(app, false);
            return cli::fail(
                QCoreApplication::translate("tenure::cli", "unknown command '%1' (see tenure --help)")
                    .arg(first),
                cli::Usage);
        }
        std::unique_ptr<QCoreApplication> app;
        if (command->needsGui) {
            // Reports need fonts and painting but never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setApplicationNames();
        // Messages a user reads follow the system language; --format csv|json never changes.
        language::apply(*app, false);
        QStringList args = app->arguments().mid(2);
        return command->run(args);
    }
    return runGui(argc, argv, setApplicationNames);
}
