#include "DefaultWorkspace.h"

#include "Workspace.h"
#include "demo/DemoCompany.h"

#include <QFile>
#include <QFileInfo>

using namespace tenure;

namespace {

// Removes a workspace file with its WAL side files.
void removeWorkspaceFile(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QString ensureDefaultWorkspace(QString* error)
{
    const QString path = Workspace::defaultPath();
    if (QFileInfo::exists(path)) {
        // A default workspace left empty (by an earlier build, or a first launch that was killed)
        // still gets the demo company; one with any data is the user's and stays as it is.
        auto workspace = Workspace::open(path, error);
        if (!workspace)
            return {};
        if (demo::workspaceHasData(*workspace))
            return path;
        demo::DemoOptions options;
        if (!demo::generate(options, workspace.get(), {}, error))
            return {};
        return path;
    }

    // Built under a temporary name and renamed when complete, so a crash never leaves a half
    // demo in place of the default workspace.
    const QString partial = path + QStringLiteral(".part");
    removeWorkspaceFile(partial);
    {
        auto workspace = Workspace::open(partial, error);
        if (!workspace)
            return {};
        demo::DemoOptions options; // about 2,000 accounts over 36 months ending last month
        if (!demo::generate(options, workspace.get(), {}, error)) {
            workspace.reset();
            removeWorkspaceFile(partial);
            return {};
        }
    }
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot create the default workspace %1").arg(path);
        removeWorkspaceFile(partial);
        return {};
    }
    return path;
}
