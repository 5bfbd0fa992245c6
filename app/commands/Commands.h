#pragma once

#include <QStringList>

namespace tenure::cli {

// Each sub-command takes its arguments (without the program name and the command name) and returns
// the process exit code. They need no display: main() runs them under QCoreApplication.
int runImport(const QStringList& args);
int runInspect(const QStringList& args);
int runTemplate(const QStringList& args);
int runImports(const QStringList& args);
int runKpi(const QStringList& args);
int runCohorts(const QStringList& args);
int runHealth(const QStringList& args);
int runAccount(const QStringList& args);
int runReport(const QStringList& args);
int runDemo(const QStringList& args);
int runCurrency(const QStringList& args);

struct Command
{
    const char* name;
    const char* summary; // translated when printed (context "tenure::cli")
    int (*run)(const QStringList& args);
    bool needsGui; // report renders with QtGui (fonts), so it runs under QGuiApplication offscreen
};

const Command* findCommand(const QString& name);
const Command* commandTable(int* count);

} // namespace tenure::cli
