#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tenure {
class Workspace;
}

namespace tenure::test {

// Path of a file in tests/data.
QString dataFile(const QString& name);

// A temporary folder that holds a fresh workspace file for one test.
class TempWorkspace
{
public:
    TempWorkspace();
    ~TempWorkspace();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Workspace& workspace(); // opens on first use
    void close();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

// Runs the tenure executable to completion (timeout 5 minutes).
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runTenure(const QStringList& args, const QString& workingDir = {});

// Writes bytes to a file, creating folders; returns the path.
QString writeFile(const QString& path, const QByteArray& bytes);

} // namespace tenure::test
