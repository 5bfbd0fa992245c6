#include "kpi/KpiSnapshot.h"

#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>
#include <cstring>
#include <type_traits>

namespace tenure::kpidata {

namespace {

// Bump when Store or a record type changes shape; the record sizes are checked as well.
constexpr quint32 Magic = 0x534b4e54; // "TNKS"
// 2: the as-of month, upcoming renewals; 3: MRR and plans as runs; 4: the revenue rows' months
constexpr quint32 Format = 4;
constexpr qsizetype HeaderSize = 4 + 4 + 8 + 8; // magic, format, layout, checksum of the rest

// A checksum of the payload: a damaged file (a bad disk block, a partial copy) is never trusted.
// Its own, fixed function (Qt's qHashBits is seeded per process): four multiply-rotate lanes over
// 8-byte words, a few milliseconds for a 50 MB snapshot.
quint64 checksum(const uchar* data, qsizetype size)
{
    constexpr quint64 Prime1 = 0x9E3779B185EBCA87ull, Prime2 = 0xC2B2AE3D27D4EB4Full;
    auto mix = [](quint64 lane, quint64 word) {
        lane += word * Prime2;
        lane = (lane << 31) | (lane >> 33);
        return lane * Prime1;
    };
    quint64 lanes[4] = {Prime1, Prime2, 0x165667B19E3779F9ull, 0x27D4EB2F165667C5ull};
    qsizetype i = 0;
    for (; i + 32 <= size; i += 32)
        for (int l = 0; l < 4; ++l) {
            quint64 word;
            std::memcpy(&word, data + i + 8 * l, 8);
            lanes[l] = mix(lanes[l], word);
        }
    quint64 sum = quint64(size);
    for (quint64 lane : lanes)
        sum = mix(sum, lane);
    for (; i < size; ++i)
        sum = mix(sum, data[i]);
    return sum;
}

class Writer
{
public:
    template <typename T> void pod(const T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes.append(reinterpret_cast<const char*>(&value), qsizetype(sizeof(T)));
    }
    template <typename T> void array(const std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        pod(quint64(values.size()));
        m_bytes.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
    }
    // As runs of equal values (bit for bit): an account's MRR and plan repeat month after month, and
    // most accounts have none in most months: a fraction of the bytes to write and read.
    template <typename T> void runs(const std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        pod(quint64(values.size()));
        const qsizetype countAt = m_bytes.size();
        pod(quint64(0)); // the number of runs, filled in below
        quint64 count = 0;
        for (size_t i = 0; i < values.size();) {
            size_t end = i + 1;
            while (end < values.size() && end - i < 0xffffffffu &&
                   std::memcmp(&values[end], &values[i], sizeof(T)) == 0)
                ++end;
            pod(values[i]);
            pod(quint32(end - i));
            ++count;
            i = end;
        }
        std::memcpy(m_bytes.data() + countAt, &count, sizeof count);
    }
    void string(const QString& text)
    {
        pod(quint32(text.size()));
        m_bytes.append(reinterpret_cast<const char*>(text.utf16()),
                       text.size() * qsizetype(sizeof(char16_t)));
    }
    void strings(const QStringList& list)
    {
        pod(quint32(list.size()));
        for (const QString& text : list)
            string(text);
    }
    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class Reader
{
public:
    Reader(const uchar* data, qint64 size) : m_at(data), m_end(data + size) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    template <typename T> T pod()
    {
        T value{};
        if (take(sizeof(T)))
            std::memcpy(&value, m_at - sizeof(T), sizeof(T));
        return value;
    }
    template <typename T> void array(std::vector<T>& values)
    {
        const quint64 n = pod<quint64>();
        if (!m_ok || n > quint64(m_end - m_at) / sizeof(T)) {
            m_ok = false;
            return;
        }
        values.resize(size_t(n));
        if (n && take(size_t(n) * sizeof(T)))
            std::memcpy(values.data(), m_at - n * sizeof(T), size_t(n) * sizeof(T));
    }
    template <typename T> void runs(std::vector<T>& values)
    {
        const quint64 n = pod<quint64>();
        const quint64 count = pod<quint64>();
        if (!m_ok || count > n || count > quint64(m_end - m_at) / (sizeof(T) + 4)) {
            m_ok = false;
            return;
        }
        values.clear();
        values.reserve(size_t(n));
        for (quint64 run = 0; run < count && m_ok; ++run) {
            const T value = pod<T>();
            const quint32 length = pod<quint32>();
            if (!m_ok || length == 0 || length > n - values.size()) {
                m_ok = false;
                return;
            }
            values.insert(values.end(), length, value);
        }
        if (values.size() != n)
            m_ok = false;
    }
    QString string()
    {
        const quint32 n = pod<quint32>();
        if (!m_ok || !take(size_t(n) * sizeof(char16_t)))
            return {};
        return QString(reinterpret_cast<const QChar*>(m_at - size_t(n) * sizeof(char16_t)), qsizetype(n));
    }
    QStringList strings()
    {
        const quint32 n = pod<quint32>();
        QStringList list;
        if (!m_ok || n > quint64(m_end - m_at) / 4) {
            m_ok = false;
            return list;
        }
        list.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i)
            list << string();
        return list;
    }

private:
    bool take(size_t bytes)
    {
        if (!m_ok || bytes > size_t(m_end - m_at)) {
            m_ok = false;
            return false;
        }
        m_at += bytes;
        return true;
    }
    const uchar* m_at;
    const uchar* m_end;
    bool m_ok = true;
};

// The record sizes: a build whose records differ in layout reads no other build's snapshots.
quint64 layoutFingerprint()
{
    const quint64 sizes[] = {sizeof(SurveyRec), sizeof(TicketRec), sizeof(SignupRec),  sizeof(OrderRec),
                             sizeof(FunnelRec), sizeof(CostRec),   sizeof(RenewalRec), sizeof(Range)};
    quint64 print = 1469598103934665603ull;
    for (quint64 size : sizes)
        print = (print ^ size) * 1099511628211ull;
    return print;
}

// The cache keeps the snapshots of the most recently used workspaces only.
void pruneSnapshots(const QString& folder)
{
    constexpr int Kept = 8;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.snapshot")}, QDir::Files, QDir::Time); // newest first
    for (qsizetype i = Kept; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}

} // namespace

QString snapshotPath(const Workspace& workspace)
{
    if (qEnvironmentVariable("TENURE_KPI_SNAPSHOT") == QLatin1String("off"))
        return {};
    const QString id = workspace.workspaceId();
    if (id.isEmpty())
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(QStringLiteral("kpi/%1.snapshot").arg(id));
}

bool saveSnapshot(const Store& s, const QString& dataToken, const QString& path)
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    Writer w;
    w.reserve(qsizetype(s.mrr.size() / 2 + s.surveys.size() * sizeof(SurveyRec) +
                        s.tickets.size() * sizeof(TicketRec) + s.signups.size() * sizeof(SignupRec) +
                        s.accounts.size() * 64 + (1 << 20)));
    w.pod(Magic);
    w.pod(Format);
    w.pod(layoutFingerprint());
    w.pod(quint64(0)); // the checksum, filled in below
    w.string(dataToken);

    std::vector<qint64> ids;
    QStringList keys, names;
    ids.reserve(s.accounts.size());
    for (const AccountRec& a : s.accounts) {
        ids.push_back(a.id);
        keys << a.key;
        names << a.name;
    }
    w.array(ids);
    w.strings(keys);
    w.strings(names);
    w.array(s.accountById);
    w.pod(quint32(s.attributes.size()));
    for (const Attribute& a : s.attributes) {
        w.string(a.name);
        w.pod(quint8(a.custom));
        w.strings(a.values);
        w.array(a.value);
    }
    w.pod(s.asOf);
    w.pod(quint8(s.hasAsOf));
    w.pod(qint32(s.asOfOrigin));
    w.pod(s.mrrRange);
    w.pod(s.revenueMonths);
    w.pod(s.months);
    w.runs(s.mrr);
    w.runs(s.revenuePlan);
    w.array(s.surveys);
    w.array(s.tickets);
    w.array(s.signups);
    w.array(s.orders);
    w.array(s.funnel);
    w.array(s.costs);
    w.array(s.renewals);
    for (const Range& r : s.surveyRange)
        w.pod(r);
    for (const Range* r : {&s.resolvedRange, &s.signupRange, &s.orderRange, &s.addOnRange, &s.funnelRange,
                           &s.costRange, &s.renewalRange})
        w.pod(*r);
    w.pod(Magic); // the end: a truncated file fails here

    QByteArray bytes = w.bytes();
    const quint64 sum =
        checksum(reinterpret_cast<const uchar*>(bytes.constData()) + HeaderSize, bytes.size() - HeaderSize);
    std::memcpy(bytes.data() + HeaderSize - 8, &sum, 8);
    // A temporary file of a unique name renamed over the old one: a reader sees the old snapshot or
    // the new one. Not synced to disk (QSaveFile would): a cache, and one cut short by a power cut
    // fails its checksum and is made again.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return false;
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    if (!written ||
        std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return false; // the temporary file goes with `file`
    pruneSnapshots(QFileInfo(path).absolutePath());
    return true;
}

bool loadSnapshot(const QString& path, const QString& dataToken, qint64 dataVersion, Store* out)
{
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    const uchar* data = file.map(0, size);
    if (!data)
        return false;
    Reader r(data, size);
    if (size < HeaderSize || r.pod<quint32>() != Magic || r.pod<quint32>() != Format ||
        r.pod<quint64>() != layoutFingerprint())
        return false;
    const quint64 sum = r.pod<quint64>();
    if (dataToken.isEmpty() || r.string() != dataToken || !r.ok() ||
        sum != checksum(data + HeaderSize, size - HeaderSize))
        return false;

    Store s;
    s.dataVersion = dataVersion;
    std::vector<qint64> ids;
    r.array(ids);
    const QStringList keys = r.strings();
    const QStringList names = r.strings();
    if (!r.ok() || keys.size() != qsizetype(ids.size()) || names.size() != qsizetype(ids.size()))
        return false;
    s.accounts.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
        s.accounts.push_back(AccountRec{ids[i], keys.at(qsizetype(i)), names.at(qsizetype(i))});
    r.array(s.accountById);
    if (s.accountById.empty()) { // sparse ids: the hash instead
        s.accountIndex.reserve(qsizetype(ids.size()));
        for (size_t i = 0; i < ids.size(); ++i)
            s.accountIndex.insert(ids[i], int(i));
    }
    const quint32 attributes = r.pod<quint32>();
    for (quint32 i = 0; i < attributes && r.ok(); ++i) {
        Attribute a;
        a.name = r.string();
        a.custom = r.pod<quint8>() != 0;
        a.values = r.strings();
        r.array(a.value);
        if (a.value.size() != s.accounts.size())
            return false;
        for (int v : a.value)
            if (v < -1 || v >= a.values.size())
                return false;
        s.attributes.push_back(std::move(a));
    }
    s.asOf = r.pod<MonthIndex>();
    s.hasAsOf = r.pod<quint8>() != 0;
    s.asOfOrigin = r.pod<qint32>();
    s.mrrRange = r.pod<Range>();
    s.revenueMonths = r.pod<Range>();
    s.months = r.pod<int>();
    r.runs(s.mrr);
    r.runs(s.revenuePlan);
    r.array(s.surveys);
    r.array(s.tickets);
    r.array(s.signups);
    r.array(s.orders);
    r.array(s.funnel);
    r.array(s.costs);
    r.array(s.renewals);
    for (Range& range : s.surveyRange)
        range = r.pod<Range>();
    for (Range* range : {&s.resolvedRange, &s.signupRange, &s.orderRange, &s.addOnRange, &s.funnelRange,
                         &s.costRange, &s.renewalRange})
        *range = r.pod<Range>();
    if (r.pod<quint32>() != Magic || !r.ok() || !r.atEnd())
        return false;
    // The shapes the engine indexes by must agree, or the file is not trusted.
    if (s.attributes.size() < 5 || s.months < 0 || s.mrr.size() != s.accounts.size() * size_t(s.months) ||
        (!s.revenuePlan.empty() && s.revenuePlan.size() != s.mrr.size()) ||
        (s.mrrRange.valid != (s.months > 0)) ||
        (s.mrrRange.valid && s.months != s.mrrRange.last - s.mrrRange.first + 1))
        return false;
    const int accounts = int(s.accounts.size());
    for (int a : s.accountById)
        if (a < -1 || a >= accounts)
            return false;
    auto accountsValid = [accounts](const auto& rows) {
        for (const auto& row : rows)
            if (row.account < -1 || row.account >= accounts)
                return false;
        return true;
    };
    if (!accountsValid(s.surveys) || !accountsValid(s.tickets) || !accountsValid(s.signups) ||
        !accountsValid(s.orders) || !accountsValid(s.renewals))
        return false;
    for (int p : s.revenuePlan)
        if (p < -1 || p >= s.attributes[0].values.size())
            return false;
    *out = std::move(s);
    return true;
}

} // namespace tenure::kpidata
