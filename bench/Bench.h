#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

// Each section of `make bench` lives in its own file and prints its figures to out.
// csvDir holds the benchmark company as canonical CSV files (revenue.csv is ~1,000,000 rows);
// workspace is a fresh scratch folder for the section's own files.
namespace tenure::bench {

struct Context
{
    QString csvDir;        // the 40,000-account x 36-month company as CSV
    QString workspacePath; // the same company generated straight into a workspace
    QString scratchDir;    // a folder the section may write into
    QTextStream* out;
};

int runImportBench(const Context& context); // bench/ImportBench.cpp
int runUiBench(const Context& context);     // bench/UiBench.cpp
int runKpiBench(const Context& context);    // bench/KpiBench.cpp
int runXlsxBench(const Context& context);   // bench/XlsxBench.cpp
int runHealthBench(const Context& context); // bench/HealthBench.cpp
int runDropBench(const Context& context);   // bench/DropBench.cpp
int runScaleBench(const Context& context);  // bench/ScaleBench.cpp
int runTeamBench(const Context& context);   // bench/TeamBench.cpp

// A target of issue 13 / SPEC.md section 7: the measured figure beside its limit (lower is better).
struct Target
{
    QString name;
    double value = 0;
    double limit = 0;
    QString unit;
    bool pass() const { return value <= limit; }
};
// Records a target for the summary and prints "-> PASS ..." or "-> MISS ..." under the section.
void checkTarget(QTextStream& out, const QString& name, double value, double limit, const QString& unit);
// Every target checked so far in this run, in order.
const QList<Target>& targets();

// Peak resident memory of this process so far, in MB (VmHWM).
double peakMemoryMb();
// Resets the peak counter (writes 5 to /proc/self/clear_refs) where the kernel allows it.
void resetPeakMemory();

} // namespace tenure::bench
