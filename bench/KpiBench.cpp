// KPI benchmark (SPEC.md section 7): every KPI of section 4 for every month of the benchmark
// workspace, for "all" and for one segment attribute, from a cold start (open the workspace, load,
// compute) and warm (the engine already loaded, a filter change: another segment attribute).
#include "Bench.h"
#include "Workspace.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiSnapshot.h"

#include <QFile>
#include <QFileInfo>

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <ctime>

namespace tenure::bench {

namespace {

QString fixed(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Process CPU time in ms: on a shared, busy machine the wall clock mostly measures the others.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

int countValues(const KpiTable& t)
{
    int n = 0;
    for (const KpiResult& r : t.rows)
        n += r.value ? 1 : 0;
    return n;
}

} // namespace

int runKpiBench(const Context& context)
{
    QTextStream& out = *context.out;
    QString error;
    QElapsedTimer total, step;

    // The first start after an import: no snapshot of this data yet, so the rows are read from the
    // workspace and the snapshot is written for the starts that follow.
    {
        auto first = Workspace::openExisting(context.workspacePath, &error);
        if (!first) {
            out << "kpi: " << error << "\n";
            return 1;
        }
        QFile::remove(kpidata::snapshotPath(*first));
        KpiEngine engine(*first);
        step.start();
        const double cpu = cpuMs();
        engine.refresh();
        const double firstMs = ms(step);
        const double firstCpuMs = cpuMs() - cpu;
        const QFileInfo snapshot(kpidata::snapshotPath(*first));
        out << "  first start after an import: rows read from the workspace and snapshot written in "
            << fixed(firstMs, 0) << " ms (CPU " << fixed(firstCpuMs, 0) << " ms on 2 threads), snapshot "
            << fixed(double(snapshot.size()) / 1e6, 1) << " MB\n";
    }

    // Cold: a start like every later one (open the workspace, read the snapshot, compute).
    total.start();
    step.start();
    const double cpuStart = cpuMs();
    auto workspace = Workspace::openExisting(context.workspacePath, &error);
    if (!workspace) {
        out << "kpi: " << error << "\n";
        return 1;
    }
    const double openMs = ms(step);
    KpiEngine engine(*workspace);
    step.restart();
    double cpu = cpuMs();
    engine.refresh();
    const double loadMs = ms(step);
    const double loadCpuMs = cpuMs() - cpu;
    const double loadMb = peakMemoryMb();

    KpiQuery all; // every KPI, every month
    step.restart();
    cpu = cpuMs();
    const KpiTable allTable = engine.compute(all);
    const double allMs = ms(step);
    const double allCpuMs = cpuMs() - cpu;

    KpiQuery byPlan = all;
    byPlan.segmentAttribute = QStringLiteral("plan");
    step.restart();
    cpu = cpuMs();
    const KpiTable planTable = engine.compute(byPlan);
    const double planMs = ms(step);
    const double planCpuMs = cpuMs() - cpu;
    const double coldMs = ms(total);
    const double coldCpuMs = cpuMs() - cpuStart;

    // Warm: filter changes on the loaded engine. A new segment attribute each time (no computation
    // of it to reuse): region, industry, size and owner; then one value of one of them, and "all"
    // again.
    QList<double> newAttributeMs, newAttributeCpuMs;
    qsizetype attributeRows = 0;
    const int rounds = qEnvironmentVariableIsSet("TENURE_KPI_NO_CACHE") ? 20 : 1; // profiling only
    for (int round = 0; round < rounds; ++round)
        for (const char* attribute : {"region", "industry", "size", "owner"}) {
            KpiQuery byAttribute = all;
            byAttribute.segmentAttribute = QString::fromLatin1(attribute);
            step.restart();
            cpu = cpuMs();
            attributeRows = engine.compute(byAttribute).rows.size();
            newAttributeMs << ms(step);
            newAttributeCpuMs << cpuMs() - cpu;
        }
    std::sort(newAttributeMs.begin(), newAttributeMs.end());
    std::sort(newAttributeCpuMs.begin(), newAttributeCpuMs.end());
    KpiQuery oneValue = all;
    oneValue.segmentAttribute = QStringLiteral("region");
    oneValue.segmentValues = engine.segmentValues(QStringLiteral("region")).mid(0, 1);
    step.restart();
    const KpiTable oneTable = engine.compute(oneValue);
    const double oneMs = ms(step);
    step.restart();
    const KpiTable allAgain = engine.compute(all);
    const double allAgainMs = ms(step);

    const auto range = engine.mrrRange();
    const int months = range ? range->last - range->first + 1 : 0;
    out << "  workspace: " << months << " months of MRR, " << engine.accounts().size() << " accounts\n";
    out << "  cold: open " << fixed(openMs, 0) << " ms, load " << fixed(loadMs, 0) << " ms (CPU "
        << fixed(loadCpuMs, 0) << " ms on 2 threads, peak " << fixed(loadMb, 0)
        << " MB), all KPIs x months for all " << fixed(allMs, 0) << " ms (CPU " << fixed(allCpuMs, 0)
        << " ms, " << allTable.rows.size() << " results, " << countValues(allTable)
        << " with a value), by plan " << fixed(planMs, 0) << " ms (CPU " << fixed(planCpuMs, 0) << " ms, "
        << planTable.rows.size() << " results)\n";
    out << "  cold total " << fixed(coldMs, 0) << " ms, CPU " << fixed(coldCpuMs, 0)
        << " ms (target < 500 ms)\n";
    out << "  warm: a new segment attribute (region, industry, size, owner; about " << attributeRows
        << " results each) median " << fixed(newAttributeMs.at(1), 1) << " ms (max "
        << fixed(newAttributeMs.last(), 1) << "), CPU median " << fixed(newAttributeCpuMs.at(1), 1)
        << " ms; one region " << fixed(oneMs, 1) << " ms (" << oneTable.rows.size() << " results); all again "
        << fixed(allAgainMs, 1) << " ms (target < 50 ms)\n";
    out << "  peak memory " << fixed(peakMemoryMb(), 0) << " MB (target < 300 MB)\n";
    checkTarget(out, QStringLiteral("cold KPI start (open, load, every KPI x month, by plan)"), coldMs, 500,
                QStringLiteral("ms"));
    checkTarget(out, QStringLiteral("warm: every KPI x month by a new segment attribute (max)"),
                newAttributeMs.last(), 20, QStringLiteral("ms"));
    checkTarget(out, QStringLiteral("KPI peak memory"), peakMemoryMb(), 300, QStringLiteral("MB"));
    return 0;
}

} // namespace tenure::bench
