#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "Period.h"

#include <memory>
#include <optional>

namespace tenure {
class Workspace;
}

namespace tenure::cli {

// Exit codes shared by every sub-command.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Prints "tenure: <message>" as one line on standard error and returns code.
int fail(const QString& message, int code = Failed);
// Writes text to standard output as UTF-8.
void out(const QString& text);

// A QCommandLineParser for one sub-command; parse() turns unknown options and missing values into
// one-line errors. args excludes the program name and the sub-command itself.
class CommandParser
{
public:
    CommandParser(const QString& command, const QString& synopsis);
    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QString& name, const QString& description, const QString& valueName = {});
    // Returns -1 when parsing succeeded, else the exit code to return (help printed: Ok).
    int parse(const QStringList& args);
    QString value(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // --format as csv (default), json or table, lower-cased; empty after printing a one-line error.
    QString outputFormat() const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
};

// --as-of YYYY-MM or YYYY-MM-DD (the as-of month for this run). Adds the option; asOfValue() reads
// it: false after printing a one-line error.
void addAsOfOption(CommandParser& parser);
bool asOfValue(const CommandParser& parser, const QString& command, std::optional<MonthIndex>* month);

// Opens --workspace for a command that needs existing data; prints the error and returns nullptr.
std::unique_ptr<Workspace> openWorkspace(const CommandParser& parser, bool mustExist);

} // namespace tenure::cli
