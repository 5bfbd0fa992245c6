// KpiEngine::surveyDistribution: survey answers per period and category, counted exactly as the
// survey KPIs count them (the answer's month, the account's segment in that month).

#include "kpi/KpiCompute.h"
#include "kpi/KpiEngine.h"

namespace tenure {

using namespace kpidata;

QList<KpiEngine::SurveyCounts> KpiEngine::surveyDistribution(const QString& survey, Grain grain,
                                                             const Period& from, const Period& to,
                                                             const QString& segmentAttribute,
                                                             const QString& segmentValue)
{
    QList<SurveyCounts> out;
    SurveyType type;
    if (survey == QLatin1String("nps"))
        type = Nps;
    else if (survey == QLatin1String("csat"))
        type = Csat;
    else if (survey == QLatin1String("ces"))
        type = Ces;
    else
        return out;
    const MonthIndex first = Period::containing(grain, from.firstMonth).firstMonth;
    for (Period p = Period::containing(grain, first); p.firstMonth <= to.lastMonth; p = p.next())
        out << SurveyCounts{p};
    if (out.isEmpty())
        return out;
    const Call call(*this);
    const Store& s = m_data->store;
    Segmentation seg;
    const bool split = !segmentAttribute.isEmpty();
    if (!makeSegmentation(s, split ? segmentAttribute : QString(),
                          split ? QStringList{segmentValue} : QStringList(), &seg))
        return out;
    const MonthIndex last = out.last().period.lastMonth;
    for (const SurveyRec& r : s.surveys) {
        if (r.type != type || r.month < first || r.month > last || seg.slotOf(r.account, r.month) != 0)
            continue;
        // Periods of one grain have equal month counts (years and quarters start on their boundary).
        SurveyCounts& c = out[(r.month - first) / out.first().period.monthCount()];
        switch (type) {
        case Nps:
            ++(r.score >= 9 ? c.high : r.score <= 6 ? c.low : c.middle);
            break;
        case Csat:
            ++(r.score >= 4 ? c.high : r.score >= 3 ? c.middle : c.low);
            break;
        case Ces:
            ++(r.score >= 5 ? c.high : r.score >= 4 ? c.middle : c.low);
            break;
        }
    }
    return out;
}

} // namespace tenure
