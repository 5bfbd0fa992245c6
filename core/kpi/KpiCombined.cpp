// KpiEngine::computeCombined: a KPI over several segment values taken together as one segment.
//
// The engine maps each account (and each account-month, for plans from revenue rows) to a result
// slot through the attribute's value list, by name. Renaming the combined values to one slot name
// for the duration of one compute() makes the engine treat them as a single segment, so every KPI
// (ratios of sums, churn over start and end, medians, NPS) is computed over the union exactly as for
// any other segment. The value list keeps its length, so value indices (accounts, revenue plans) stay
// valid; the names are restored before returning.

#include "kpi/KpiCompute.h"
#include "kpi/KpiEngine.h"

namespace tenure {

using namespace kpidata;

KpiTable KpiEngine::computeCombined(const KpiQuery& query, const QStringList& values, const QString& label)
{
    KpiTable table;
    if (query.segmentAttribute.isEmpty() || query.segmentAttribute == QLatin1String("account") ||
        values.isEmpty())
        return table;
    const Call call(*this); // load first: the renaming below must survive until compute() reads it
    Store& s = m_data->store;
    const int index = s.attributeIndex(query.segmentAttribute);
    if (index < 0)
        return table;
    Attribute& attribute = s.attributes[size_t(index)];
    const QString unknown = QStringLiteral("unknown");
    // Accounts without a value and rows without an account go to the "unknown" slot: when it is part
    // of the union, the union takes that name; otherwise a name no value can have.
    QString slot = values.contains(unknown) ? unknown : QStringLiteral("\x1f") + label;
    while (!values.contains(unknown) && attribute.values.contains(slot))
        slot += QLatin1Char('\x1f');

    struct Restore
    {
        Attribute& attribute;
        QStringList saved;
        ~Restore() { attribute.values = saved; }
    } restore{attribute, attribute.values};
    for (QString& value : attribute.values)
        if (values.contains(value))
            value = slot;

    KpiQuery combined = query;
    combined.segmentValues = {slot};
    table = compute(combined);
    for (KpiResult& row : table.rows)
        row.segment = label;
    return table;
}

} // namespace tenure
