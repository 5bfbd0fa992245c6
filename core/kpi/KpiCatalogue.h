#pragma once

#include "DataKinds.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace tenure {

// The KPI catalogue of SPEC.md section 4: what each KPI is, not how it is computed (KpiEngine).
enum class KpiFamily { Revenue, Retention, Satisfaction, Support, Adoption, Growth };
enum class KpiUnit {
    Money,   // workspace currency (major units: cents / 100)
    Percent, // 0-100 (nps: -100..100)
    Count,
    Days,
    Ratio, // a plain ratio (quick_ratio)
    Score, // 0-100 health score, ces 1-7
};

struct KpiInfo
{
    QString id;   // "churn_rate"
    QString name; // "Customer churn rate"
    KpiFamily family;
    KpiUnit unit;
    bool higherIsBetter = true;
    bool isRatio = false;     // value = numerator / denominator (x100 for percent); both are reported
    bool mrrBased = false;    // exists only for months within the MRR data range; periods clipped there
    bool survey = false;      // carries responses, margin of error, small-sample flag
    QString definition;       // plain text, as in SPEC.md section 4 (explain-a-number, report appendix)
    QString numeratorLabel;   // "accounts lost (S \ E)"; empty when not a ratio
    QString denominatorLabel; // "accounts at start (S)"
    QList<DataKind> needs;    // data kinds it is computed from
};

// Every KPI in catalogue order (SPEC.md section 4).
const std::vector<KpiInfo>& kpiCatalogue();
// nullptr for an unknown id.
const KpiInfo* kpiInfo(const QString& id);
QStringList kpiIds();
QString familyName(KpiFamily family); // "Revenue"
QList<KpiFamily> allFamilies();
QString unitName(KpiUnit unit); // "money", "percent", ...
// A short human rendering: "$12,345", "3.2 %", "41", "12.5 days", "1.8x". currency is an ISO code.
// English digits (the CLI); the second form in a locale's digits (the GUI and the report: displayLocale()).
QString formatKpiValue(const KpiInfo& info, double value, const QString& currency = QStringLiteral("USD"));
QString formatKpiValue(const KpiInfo& info, double value, const QString& currency, const QLocale& locale);

} // namespace tenure
