#include "TestSupport.h"

#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace tenure::test {

QString dataFile(const QString& name)
{
    return QDir(QStringLiteral(TENURE_TEST_DATA)).filePath(name);
}

TempWorkspace::TempWorkspace() : m_path(m_dir.filePath(QStringLiteral("test.tenure"))) {}

TempWorkspace::~TempWorkspace() = default;

Workspace& TempWorkspace::workspace()
{
    if (!m_workspace) {
        QString error;
        m_workspace = Workspace::open(m_path, &error);
        if (!m_workspace)
            qFatal("cannot open test workspace: %s", qPrintable(error));
    }
    return *m_workspace;
}

void TempWorkspace::close()
{
    m_workspace.reset();
}

CliResult runTenure(const QStringList& args, const QString& workingDir)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TENURE_BINARY), args);
    CliResult result;
    if (!process.waitForFinished(5 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

} // namespace tenure::test
