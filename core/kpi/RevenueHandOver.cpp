#include "kpi/RevenueHandOver.h"

#include <QMutex>

#include <algorithm>

namespace tenure::kpidata {

int RevenueTable::intern(const QByteArray& text, int* last)
{
    if (text.isEmpty())
        return -1;
    if (*last >= 0 && m_texts[size_t(*last)] == text)
        return *last;
    const auto it = std::find(m_texts.begin(), m_texts.end(), text);
    if (it != m_texts.end()) {
        *last = int(it - m_texts.begin());
    } else {
        m_texts.push_back(text);
        *last = int(m_texts.size()) - 1;
    }
    return *last;
}

void RevenueTable::add(qint64 accountId, int month, double mrr, const QByteArray& plan,
                       const QByteArray& currency)
{
    m_rows.push_back({accountId, month, intern(plan, &m_lastPlan), intern(currency, &m_lastCurrency), mrr});
}

void RevenueTable::finish()
{
    auto key = [](const Row& r) { return std::make_pair(r.accountId, r.month); };
    const bool ordered = std::adjacent_find(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
                             return !(key(a) < key(b));
                         }) == m_rows.end();
    if (ordered)
        return;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const Row& a, const Row& b) { return key(a) < key(b); });
    // The last of equal keys is what the upsert left.
    size_t out = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (i + 1 < m_rows.size() && key(m_rows[i + 1]) == key(m_rows[i]))
            continue;
        m_rows[out++] = m_rows[i];
    }
    m_rows.resize(out);
}

namespace {

struct Offer
{
    QString path, token;
    std::shared_ptr<RevenueTable> table;
};

QMutex offerMutex;
Offer offered;

} // namespace

void offerRevenue(const QString& workspacePath, const QString& dataToken, std::shared_ptr<RevenueTable> table)
{
    QMutexLocker lock(&offerMutex);
    offered = Offer{workspacePath, dataToken, std::move(table)};
}

std::shared_ptr<const RevenueTable> takeRevenue(const QString& workspacePath, const QString& dataToken)
{
    QMutexLocker lock(&offerMutex);
    if (offered.table && offered.path == workspacePath && offered.token != dataToken)
        offered = Offer(); // of a state the workspace has left: no load will ask for it again
    if (!offered.table || offered.path != workspacePath || dataToken.isEmpty())
        return nullptr;
    std::shared_ptr<const RevenueTable> table = std::move(offered.table);
    offered = Offer();
    return table;
}

bool revenueOffered(const QString& workspacePath, const QString& dataToken)
{
    QMutexLocker lock(&offerMutex);
    return offered.table && offered.path == workspacePath && offered.token == dataToken;
}

} // namespace tenure::kpidata
