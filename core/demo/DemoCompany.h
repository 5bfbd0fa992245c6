#pragma once

#include "DataKinds.h"
#include "Period.h"

#include <QDate>
#include <QString>

#include <array>
#include <cstdint>

namespace tenure {
class Workspace;
}

namespace tenure::demo {

// A deterministic B2B SaaS company: the same options give byte-identical CSV files and identical
// workspace tables on every machine.
struct DemoOptions
{
    int accounts = 2000;
    int months = 36;
    std::uint64_t seed = 42;
    // The last month of data; -1 means the last complete month before today.
    MonthIndex lastMonth = -1;
    QString companyName = QStringLiteral("Northwind Demo");
    QString currency = QStringLiteral("USD");
    double grossMarginPercent = 80;
};

constexpr int MaxAccounts = 1000000;
constexpr int MaxMonths = 240;

// The last complete month before today.
MonthIndex defaultLastMonth(const QDate& today = QDate::currentDate());
// An empty string when the options can be generated, else a one-line reason.
QString validateOptions(const DemoOptions& options);

struct DemoCounts
{
    std::array<qint64, 11> rows{}; // indexed by DataKind
    qint64 csvBytes = 0;
    qint64 rowsOf(DataKind kind) const { return rows[size_t(kind)]; }
    qint64 total() const;
};

// True when the workspace holds any imported row or batch (the demo only fills empty workspaces).
bool workspaceHasData(Workspace& workspace);

// Generates the company into workspace (must be empty; one transaction, rolled back on failure)
// and/or as canonical CSV files into csvDir (created if missing; one file per kind named
// "<kind>.csv"). Either target may be absent (nullptr / empty string). Returns false with a
// one-line reason in *error.
bool generate(const DemoOptions& options, Workspace* workspace, const QString& csvDir, QString* error,
              DemoCounts* counts = nullptr);

} // namespace tenure::demo
