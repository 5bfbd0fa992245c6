// make bench: measures the targets of SPEC.md section 7. Sections are added by the import, KPI and
// dashboard work; each prints its figures beside a reference measured in the same run.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "tenure_bench: no benchmarks yet\n";
    return 0;
}
