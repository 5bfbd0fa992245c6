#include "DefaultWorkspace.h"

#include "Workspace.h"

#include <QFileInfo>

using namespace tenure;

QString ensureDefaultWorkspace(QString* error)
{
    const QString path = Workspace::defaultPath();
    if (QFileInfo::exists(path))
        return path;
    auto workspace = Workspace::open(path, error);
    if (!workspace)
        return {};
    // The demo generator fills it (see DemoCompany); until then the dashboard shows an empty workspace.
    return path;
}
