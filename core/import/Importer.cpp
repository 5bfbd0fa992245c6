#include "Importer.h"

#include "RowConverter.h"
#include "TableWriters.h"
#include "Workspace.h"
#include "kpi/RevenueHandOver.h"
#include "store/Db.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace tenure {

namespace {

// Rows travel from the reading thread to the writing thread in chunks.
constexpr size_t ChunkRows = 1024;

struct Chunk
{
    std::vector<Cell> cells; // rows x table columns
    int rows = 0;
    // SQLite: the accounts first named by these rows, with the ids the reading thread gave them;
    // written before the rows.
    std::vector<std::pair<QByteArray, qint64>> newAccounts;
};

// A bounded queue of chunks between one producer and one consumer.
class ChunkQueue
{
public:
    // false when the consumer stopped (the chunk is dropped).
    bool push(Chunk&& chunk)
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopped && m_chunks.size() >= MaxChunks) {
            const auto waitStart = std::chrono::steady_clock::now();
            ++m_waiting;
            m_changed.wait(lock, [this] { return m_stopped || m_chunks.size() < MaxChunks; });
            --m_waiting;
            pushWait += std::chrono::steady_clock::now() - waitStart;
        }
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        if (m_waiting > 0) // a wake-up is a system call: only for a side that sleeps
            m_changed.notify_all();
        return true;
    }
    // false when the producer finished and everything was taken, or the queue was stopped.
    bool pop(Chunk& chunk)
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopped && !m_finished && m_chunks.empty()) {
            const auto waitStart = std::chrono::steady_clock::now();
            ++m_waiting;
            m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_chunks.empty(); });
            --m_waiting;
            popWait += std::chrono::steady_clock::now() - waitStart;
        }
        if (m_stopped || m_chunks.empty())
            return false;
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        if (m_waiting > 0)
            m_changed.notify_all();
        return true;
    }
    // A chunk the consumer is done with, for the producer to fill again: its cells keep their text
    // buffers, so steady-state conversion allocates nothing (and nothing is freed on the other thread).
    void recycle(Chunk&& chunk)
    {
        chunk.rows = 0;
        chunk.newAccounts.clear();
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(chunk));
    }
    // An empty chunk of cellCount cells: a recycled one when there is one.
    Chunk fresh(size_t cellCount)
    {
        Chunk chunk;
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                chunk = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        chunk.cells.resize(cellCount);
        return chunk;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    // Time each side spent waiting for the other (TENURE_IMPORT_TRACE).
    std::chrono::steady_clock::duration pushWait{}, popWait{};

private:
    // 32 chunks are some 10 ms of writing: enough to ride out either thread losing its core for a
    // moment on a busy 2-core machine.
    static constexpr size_t MaxChunks = 32;
    int m_waiting = 0; // threads asleep in push() or pop()
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    std::vector<Chunk> m_free;
    bool m_finished = false;
    bool m_stopped = false;
};

// The versions of each subscription: a snapshot that says something new about a subscription
// starts a version at the batch's as-of date (valid_from); the months before keep the earlier
// snapshot's version. Works on the rows as the importer writes them (table plan order).
class SubscriptionVersions
{
public:
    // Table plan columns: row_key 0, valid_from 1, account_id 2, start_date 3, end_date 4, amount 5,
    // interval 6, interval_count 7, quantity 8, subscription_id 9, status 10, plan 11, trial_end 12,
    // currency 13.
    static constexpr int ValidFromColumn = 1;
    static constexpr std::array<int, 11> Compared{2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13};

    SubscriptionVersions(qint64 batchId, QByteArray asOf) : m_batchId(batchId), m_asOf(std::move(asOf)) {}

    bool load(const db::Connection& db, QString* error)
    {
        db::Cursor q(db,
                     "SELECT row_key, valid_from, account_id, start_date, end_date, amount, interval, "
                     "interval_count, quantity, subscription_id, status, plan, trial_end, currency, batch_id "
                     "FROM subscriptions ORDER BY row_key, valid_from");
        while (q.next()) {
            const QByteArray key = q.bytes(0);
            Latest latest;
            latest.validFrom = q.bytes(1);
            latest.batchId = q.int64(14);
            for (int c : Compared) {
                switch (q.type(c)) {
                case db::Row::Null:
                    latest.digest += '\0';
                    break;
                case db::Row::Integer:
                    latest.digest += QByteArray::number(q.int64(c));
                    break;
                case db::Row::Real:
                    latest.digest += QByteArray::number(q.real(c), 'g', 17);
                    break;
                default:
                    latest.digest += q.bytes(c);
                }
                latest.digest += '\x1f';
            }
            m_latest.insert(key, latest); // rows come in valid_from order: the last one stays
        }
        if (!q.ok()) {
            *error = q.error();
            return false;
        }
        return true;
    }

    // Sets the row's valid_from. false: the latest version already says exactly this (nothing to write).
    bool place(Cell* row)
    {
        QByteArray digest;
        for (int c : Compared) {
            const Cell& cell = row[c];
            if (cell.type == Cell::Null)
                digest += '\0';
            else if (cell.type == Cell::Real)
                digest += QByteArray::number(cell.d, 'g', 17);
            else
                digest += cell.toBytes();
            digest += '\x1f';
        }
        const QByteArray& key = row[0].s;
        auto it = m_latest.find(key);
        if (it == m_latest.end()) {
            row[ValidFromColumn].setText(QByteArray());
            m_latest.insert(key, Latest{QByteArray(), digest, m_batchId});
            return true;
        }
        if (it->batchId != m_batchId && it->digest == digest) {
            ++m_unchanged;
            return false;
        }
        if (it->batchId != m_batchId) {
            // An export older than the latest version knows less than it: it changes nothing.
            if (m_asOf < it->validFrom) {
                ++m_unchanged;
                return false;
            }
            ++m_changed;
            it->validFrom = m_asOf; // the same day again: that day's version is replaced
            it->batchId = m_batchId;
        }
        it->digest = digest;
        row[ValidFromColumn].setText(it->validFrom);
        return true;
    }

    qint64 changed() const { return m_changed; }
    qint64 unchanged() const { return m_unchanged; }

private:
    struct Latest
    {
        QByteArray validFrom;
        QByteArray digest;
        qint64 batchId = 0;
    };
    qint64 m_batchId;
    QByteArray m_asOf;
    QHash<QByteArray, Latest> m_latest;
    qint64 m_changed = 0;
    qint64 m_unchanged = 0;
};

// SHA-256 of the file's bytes, through OpenSSL: about 15x faster than QCryptographicHash here,
// which matters on a 40 MB export.
QString fileSha256(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        *error = QStringLiteral("cannot hash %1").arg(path);
        return {};
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(context.get(), digest, &size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

// The mapping decided for a file: the caller's, a remembered one, or the alias table's guess.
// Returns false with *error when no kind fits or required columns are missing.
bool decideMapping(const QStringList& headers, std::optional<DataKind> kind,
                   const std::optional<ColumnMapping>& given, Workspace* workspace, ColumnMapping* mapping,
                   QList<KindScore>* scores, QString* error)
{
    const ColumnMapper& mapper = ColumnMapper::instance();
    if (scores)
        *scores = mapper.rank(headers);
    if (given) {
        *mapping = *given;
    } else {
        std::optional<ColumnMapping> remembered;
        if (workspace)
            remembered = ColumnMapper::loadMapping(*workspace, headers);
        if (remembered && (!kind || remembered->kind == *kind)) {
            *mapping = *remembered;
        } else if (kind) {
            *mapping = mapper.map(headers, *kind);
        } else if (const auto guess = mapper.guessKind(headers)) {
            *mapping = mapper.map(headers, *guess);
        } else {
            const QList<KindScore> ranked = scores ? *scores : mapper.rank(headers);
            *mapping = mapper.map(headers, ranked.first().kind);
            const QString unsupported = mapper.unsupportedExport(headers);
            *error =
                unsupported.isEmpty()
                    ? QStringLiteral(
                          "cannot tell which kind of data this is from its header (%1); name it with --kind")
                          .arg(headers.mid(0, 8).join(QStringLiteral(", ")))
                    : QStringLiteral("this looks like a %1 export, which holds no Tenure data kind")
                          .arg(unsupported);
            return false;
        }
    }
    const QStringList missing = mapping->missingRequired();
    if (!missing.isEmpty()) {
        *error = QStringLiteral("%1 needs column(s) %2, which the file does not have (header: %3)")
                     .arg(kindName(mapping->kind), missing.join(QStringLiteral(", ")),
                          headers.mid(0, 8).join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// Pass 1: every mapped, typed column's format decided from all of its values, and the number and
// date convention of the whole file from every column (a European file writes 1.234,56 and d/m/Y
// in all of them).
struct FormatPass
{
    QList<ColumnFormat> formats;
    QStringList notes;
    QStringList decisions;            // one line per decision that changes what a value means
    QMap<QString, qint64> currencies; // values of the currency column, if any
};

// The one currency a file's currency column holds (codes and symbols normalised), or empty when it
// holds none or several.
QString onlyCurrency(const QMap<QString, qint64>& values)
{
    QSet<QString> codes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (const QString code = fx::codeOf(it.key()); !code.isEmpty())
            codes.insert(code);
    return codes.size() == 1 ? *codes.cbegin() : QString();
}

// Every record of a file goes through add(); decide() then settles the formats. Pass 1 feeds it
// before anything is written; a single-pass import (ImportOptions::formatSample) feeds it from the
// writing pass's reading thread, to confirm the formats a sample decided.
class FormatSurvey
{
public:
    FormatSurvey(const ColumnMapping& mapping, bool allCents);
    void add(const CsvRecord& record);
    // The formats, notes and decisions for the records added; delimiter is the file's.
    void decide(QChar delimiter, FormatPass* pass);

private:
    struct Tracked
    {
        int column;
        ColumnType type;
        std::unique_ptr<ColumnFormatDetector> detector;
        bool mapped;
    };
    const ColumnMapping& m_mapping;
    bool m_allCents;
    std::vector<Tracked> m_tracked;
    int m_currencyColumn = -1;
    QList<ColumnFormat> m_types;        // per file column, the type only
    QMap<QString, qint64> m_currencies; // values of the currency column, if any
};

FormatSurvey::FormatSurvey(const ColumnMapping& mapping, bool allCents)
    : m_mapping(mapping), m_allCents(allCents)
{
    const KindInfo& info = kindInfo(mapping.kind);
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        const MappedColumn& column = mapping.columns.at(i);
        ColumnFormat format;
        format.type = ColumnType::Text;
        if (!column.canonical.isEmpty()) {
            for (const CanonicalColumn& canonical : info.columns) {
                if (canonical.name == column.canonical)
                    format.type = canonical.type;
            }
        }
        if (column.canonical == QLatin1String("currency"))
            m_currencyColumn = int(i);
        m_types.append(format);
        if (format.type == ColumnType::Text || format.type == ColumnType::Key) {
            // Unmapped columns still tell the file's convention (a date or an amount we do not use).
            if (column.canonical.isEmpty()) {
                m_tracked.push_back(Tracked{int(i), ColumnType::Date,
                                            std::make_unique<ColumnFormatDetector>(ColumnType::Date), false});
                m_tracked.push_back(Tracked{int(i), ColumnType::Number,
                                            std::make_unique<ColumnFormatDetector>(ColumnType::Number),
                                            false});
            }
            continue;
        }
        m_tracked.push_back(
            Tracked{int(i), format.type, std::make_unique<ColumnFormatDetector>(format.type), true});
    }
}

void FormatSurvey::add(const CsvRecord& record)
{
    for (Tracked& t : m_tracked) {
        const QStringView field = record.field(t.column);
        t.detector->add(field);
        // A currency written in the amounts ("€1.234,56") tells the file's currency as a column would.
        if (t.type == ColumnType::Money && m_currencyColumn < 0 && !field.isEmpty() &&
            (!field.front().isDigit() || !field.back().isDigit())) {
            if (const QStringView mark = fx::markIn(field); !mark.isEmpty())
                ++m_currencies[mark.toString()];
        }
    }
    // A rates file's currency column names the rates' currencies, not the money's.
    if (m_currencyColumn >= 0 && m_mapping.kind != DataKind::FxRates) {
        const QStringView v = record.field(m_currencyColumn).trimmed();
        if (!v.isEmpty())
            ++m_currencies[v.toString().toUpper()];
    }
}

// Pass 1 (all records, sampleRecords < 0) or its sample (the first sampleRecords); *wholeFile
// tells whether the sample reached the end of the file, *sampleChars (if given) gets the text
// length of the records read, with a delimiter or line end per field.
bool decideFormats(CsvReader& reader, const ColumnMapping& mapping, bool allCents, FormatPass* pass,
                   qint64 sampleRecords = -1, bool* wholeFile = nullptr, qint64* sampleChars = nullptr)
{
    FormatSurvey survey(mapping, allCents);
    CsvRecord record;
    qint64 records = 0, chars = 0;
    bool limited = false;
    while (reader.readRecord(record)) {
        survey.add(record);
        if (sampleChars)
            for (int i = 0; i < record.size(); ++i)
                chars += record.field(i).size() + 1;
        // One record past the sample: a file of exactly that many rows is read whole.
        if (sampleRecords >= 0 && ++records > sampleRecords) {
            limited = true;
            break;
        }
    }
    if (reader.cancelled() || (!limited && !reader.atEnd()))
        return false;
    if (wholeFile)
        *wholeFile = !limited;
    if (sampleChars)
        *sampleChars = chars;
    survey.decide(reader.dialect().delimiter, pass);
    return true;
}

void FormatSurvey::decide(QChar delimiter, FormatPass* pass)
{
    const ColumnMapping& mapping = m_mapping;
    const bool allCents = m_allCents;
    std::vector<Tracked>& tracked = m_tracked;
    pass->formats = m_types;
    pass->notes.clear();
    pass->decisions.clear();
    pass->currencies = m_currencies;
    // The file's convention: values only one convention reads, in any column. Without one, a
    // semicolon delimiter (what a European spreadsheet writes) tips it.
    int european = 0, us = 0;
    QString europeanWhy, usWhy;
    for (const Tracked& t : tracked) {
        const FileConvention e = t.detector->evidence();
        const QString why = QStringLiteral("%1 in '%2'")
                                .arg(t.detector->evidenceExample(), mapping.columns.at(t.column).header);
        if (e == FileConvention::European && european++ == 0)
            europeanWhy = why;
        if (e == FileConvention::US && us++ == 0)
            usWhy = why;
    }
    FileConvention convention = FileConvention::Unknown;
    QString conventionWhy;
    if (european > 0 && us == 0) {
        convention = FileConvention::European;
        conventionWhy = europeanWhy;
    } else if (us > 0 && european == 0) {
        convention = FileConvention::US;
        conventionWhy = usWhy;
    } else if (european == 0 && us == 0 && delimiter == u';') {
        convention = FileConvention::European;
        conventionWhy = QStringLiteral("the ';' delimiter");
    }
    if (european > 0 && us > 0)
        pass->notes << QStringLiteral(
                           "the file mixes conventions (%1, %2): each column is read by its own values")
                           .arg(europeanWhy, usWhy);

    bool anyByFile = false;
    for (Tracked& t : tracked) {
        if (!t.mapped)
            continue;
        t.detector->setFileConvention(convention);
        ColumnFormat format = t.detector->decide();
        format.type = t.type;
        const MappedColumn& column = mapping.columns.at(t.column);
        format.minorUnits =
            t.type == ColumnType::Money && (allCents || column.cents == MappedColumn::Cents::Always);
        pass->formats[t.column] = format;
        anyByFile |= t.detector->decidedByFile();
        for (const QString& note : t.detector->notes())
            pass->notes << QStringLiteral("'%1': %2").arg(column.header, note);
        if (t.type == ColumnType::Money && t.detector->seen() > 0) {
            pass->decisions << (format.minorUnits
                                    ? QStringLiteral("'%1' read as cents (%2)")
                                          .arg(column.header, allCents ? QStringLiteral("as you said")
                                                                       : QStringLiteral("its header says so"))
                                    : QStringLiteral(
                                          "'%1' read as currency units, not cents (use --cents, or "
                                          "the preview's cents switch, if it is in cents)")
                                          .arg(column.header));
        }
        if ((t.type == ColumnType::Money || t.type == ColumnType::Number || t.type == ColumnType::Integer) &&
            t.detector->sawNumberMarks())
            pass->decisions << QStringLiteral("'%1': decimal mark %2")
                                   .arg(column.header, format.number == NumberFormat::Comma
                                                           ? QStringLiteral("comma (1.234,56)")
                                                           : QStringLiteral("point (1,234.56)"));
        if ((format.date == DateFormat::US || format.date == DateFormat::EuropeanSlash ||
             format.date == DateFormat::EuropeanDot) &&
            (t.type == ColumnType::Date || t.type == ColumnType::Month))
            pass->decisions
                << QStringLiteral("'%1': dates read as %2").arg(column.header, dateFormatName(format.date));
    }
    if (convention != FileConvention::Unknown)
        pass->decisions.prepend(
            QStringLiteral("file convention %1, decided by %2%3")
                .arg(fileConventionName(convention), conventionWhy,
                     anyByFile ? QStringLiteral("; values that fit both are read so") : QString()));
}

QJsonObject batchMappingJson(const ColumnMapping& mapping, const QList<ColumnFormat>& formats)
{
    QJsonObject json = mapping.toJson();
    QJsonObject described;
    for (qsizetype i = 0; i < mapping.columns.size() && i < formats.size(); ++i) {
        if (!mapping.columns.at(i).canonical.isEmpty())
            described.insert(mapping.columns.at(i).header, formats.at(i).describe());
    }
    json.insert(QStringLiteral("formats"), described);
    return json;
}

// The table columns each kind writes (besides batch_id) and its natural key.
struct TablePlan
{
    QStringList columns;
    QStringList keys;
};

TablePlan tablePlan(DataKind kind)
{
    auto l = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* name : names)
            list << QString::fromLatin1(name);
        return list;
    };
    switch (kind) {
    case DataKind::Revenue:
        return {l({"account_id", "month", "mrr", "plan", "currency"}), l({"account_id", "month"})};
    case DataKind::Subscriptions:
        return {
            l({"row_key", "valid_from", "account_id", "start_date", "end_date", "amount", "interval",
               "interval_count", "quantity", "subscription_id", "status", "plan", "trial_end", "currency"}),
            l({"row_key", "valid_from"})};
    case DataKind::Orders:
        return {l({"row_key", "order_id", "account_id", "ordered_at", "amount", "type", "currency"}),
                l({"row_key"})};
    case DataKind::Surveys:
        return {l({"row_key", "response_id", "account_id", "responded_at", "survey", "score", "comment"}),
                l({"row_key"})};
    case DataKind::Tickets:
        return {l({"ticket_id", "account_id", "created_at", "resolved_at", "contacts", "channel",
                   "satisfaction", "satisfaction_comment"}),
                l({"ticket_id"})};
    case DataKind::Signups:
        return {l({"signup_id", "account_id", "signed_up_at", "activated_at"}), l({"signup_id"})};
    case DataKind::Funnel:
        return {l({"date", "source", "visitors", "conversions"}), l({"date", "source"})};
    case DataKind::Costs:
        return {l({"row_key", "date", "amount", "category", "currency"}), l({"row_key"})};
    case DataKind::Renewals:
        return {l({"account_id", "due_date", "renewed", "arr_before", "arr_after", "currency"}),
                l({"account_id", "due_date"})};
    case DataKind::FxRates:
        return {l({"date", "currency", "base", "rate", "per_base"}), l({"date", "currency", "base"})};
    case DataKind::Accounts:
        break;
    }
    return {};
}

// The key of kinds whose natural key is "the id column if given, else all columns".
QString rowKeyColumn(DataKind kind)
{
    switch (kind) {
    case DataKind::Subscriptions:
        return QStringLiteral("subscription_id");
    case DataKind::Orders:
        return QStringLiteral("order_id");
    case DataKind::Surveys:
        return QStringLiteral("response_id");
    case DataKind::Costs:
        return QStringLiteral("-"); // costs have no id: always every column
    default:
        return {};
    }
}

class ImportJob
{
public:
    // speculate: read a big file once, its formats decided from a sample (ImportOptions::formatSample).
    ImportJob(Workspace& workspace, const QString& path, const ImportOptions& options, bool speculate)
        : m_workspace(workspace), m_path(path), m_options(options), m_speculate(speculate)
    {}
    ImportResult run();
    // A single-pass attempt wrote nothing because its sample's formats did not hold (or it failed):
    // the file is to be imported again in two passes.
    bool needsSecondLook() const { return m_secondLook; }

private:
    ImportResult& refuse(ImportStatus status, const QString& message)
    {
        m_result.status = status;
        m_result.message = message;
        return m_result;
    }
    bool writeRows(CsvReader& reader, const db::Connection& db, QString* error);
    bool writeAccounts(CsvReader& reader, const db::Connection& db, const RowConverter& converter,
                       QString* error);
    bool writeAccountsInBulk(CsvReader& reader, const db::Connection& db, const RowConverter& converter,
                             const QStringList& columns, const std::vector<int>& sourceSlots, QString* error);
    bool beginImport(const db::Connection& db, QString* error);
    bool reject(const ImportReject& reject);
    bool reportProgress(qint64 done);
    QString decideCurrency(const QMap<QString, qint64>& values);
    void addConverterNotes(const RowConverter& converter);

    Workspace& m_workspace;
    QString m_path;
    const ImportOptions& m_options;
    ImportResult m_result;
    qint64 m_total = 0;
    qint64 m_offset = 0;
    qint64 m_passWeight = 1; // 2 for a single pass
    qint64 m_reported = 0;   // the last progress reported
    bool m_strictStop = false;
    bool m_speculate = false;
    bool m_secondLook = false;
    // A single-pass attempt: the whole file's survey, filled by the reading thread, and the rejects
    // held back from ImportOptions::onReject until the survey confirms the formats they were found with.
    std::unique_ptr<FormatSurvey> m_survey;
    QList<ImportReject> m_heldRejects;
    // The revenue rows written, for the engine's next load (kpi/RevenueHandOver.h): kept while the
    // table was empty before this import and every value is of the type the table stores.
    std::shared_ptr<kpidata::RevenueTable> m_revenue;
    QString m_currency; // the workspace's currency, for the rows' currency column
    QString m_home;     // the workspace's home currency (stored as NULL)
    fx::FxRates m_rates;
};

// The workspace currency, which every amount of this file must be in. A new workspace (no currency
// chosen, no money imported yet) takes the currency of a file that holds exactly one.
QString ImportJob::decideCurrency(const QMap<QString, qint64>& values)
{
    const QString current = m_workspace.currency();
    m_home = m_workspace.homeCurrency();
    const QString only = onlyCurrency(values);
    if (only.isEmpty() || m_workspace.setting(QStringLiteral("currency")).isValid())
        return current;
    if (only == current)
        return current;
    if (fx::hasMoney(m_workspace.database()))
        return current;
    if (!m_options.dryRun) {
        m_workspace.setSetting(QStringLiteral("currency"), only);
        m_workspace.setSetting(QStringLiteral("home_currency"), only);
    }
    m_home = only;
    m_result.decisions << QStringLiteral("workspace currency set to %1, the currency of this file").arg(only);
    return only;
}

void ImportJob::addConverterNotes(const RowConverter& converter)
{
    const ConvertTallies& t = converter.tallies();
    if (t.notMrr > 0)
        m_result.warnings << QStringLiteral(
                                 "%1 subscription(s) trialing, incomplete, paused or not started yet: "
                                 "imported, not counted as MRR")
                                 .arg(t.notMrr);
    for (auto it = t.currencies.cbegin(); it != t.currencies.cend(); ++it)
        m_result.warnings << QStringLiteral("%1 row(s) in %2 rejected: no exchange rate from %2 to %3 for "
                                            "their dates (import the rates as fx_rates first)")
                                 .arg(it.value())
                                 .arg(it.key(), m_currency);
    for (auto it = t.converted.cbegin(); it != t.converted.cend(); ++it)
        m_result.decisions << QStringLiteral("%1 row(s) in %2, converted to %3 at the exchange rates (MRR at "
                                             "the month's last rate, other amounts at their day's)")
                                  .arg(it.value())
                                  .arg(it.key(), m_currency);
    if (t.mrrDisagreements > 0)
        m_result.warnings << QStringLiteral(
                                 "%1 row(s) whose own mrr column disagrees with amount and interval (%2); "
                                 "Tenure uses amount and interval")
                                 .arg(t.mrrDisagreements)
                                 .arg(t.mrrExample);
    if (t.unreadRatings > 0)
        m_result.warnings << QStringLiteral(
                                 "%1 satisfaction value(s) are no rating (such as 'offered') and count "
                                 "as no answer")
                                 .arg(t.unreadRatings);
}

bool ImportJob::reportProgress(qint64 done)
{
    if (!m_options.progress)
        return true;
    // Never backwards: a single pass starts from the top of the file its sample read.
    m_reported = std::min(m_total, std::max(m_reported, m_offset + m_passWeight * done));
    return m_options.progress(m_reported, m_total);
}

bool ImportJob::reject(const ImportReject& reject)
{
    constexpr qsizetype MaxHeldRejects = 1000; // more: the formats are likely wrong, read it again
    if (m_survey) {
        if (m_heldRejects.size() >= MaxHeldRejects) {
            m_secondLook = true;
            return false;
        }
        m_heldRejects.append(reject);
    }
    ++m_result.rowsRejected;
    if (m_result.rejects.size() < m_options.maxRejectsKept)
        m_result.rejects.append(reject);
    if (m_options.onReject && !m_survey)
        m_options.onReject(reject);
    if (m_options.strict) {
        m_strictStop = true;
        return false;
    }
    return true;
}

ImportResult ImportJob::run()
{
    const QFileInfo info(m_path);
    m_result.fileName = info.fileName();
    m_result.filePath = info.absoluteFilePath();
    m_result.fileSize = info.size();
    m_total = 2 * std::max<qint64>(1, info.size());

    CsvReader reader;
    if (!reader.open(m_path, m_options.csv))
        return refuse(ImportStatus::Refused, reader.errorString());
    m_result.dialect = reader.dialect();
    const QStringList headers = reader.header();

    QString error;
    QList<KindScore> scores;
    if (!decideMapping(headers, m_options.kind, m_options.mapping, &m_workspace, &m_result.mapping, &scores,
                       &error)) {
        m_result.kind = m_result.mapping.kind;
        return refuse(ImportStatus::Refused, QStringLiteral("%1: %2").arg(m_result.fileName, error));
    }
    const ColumnMapping& mapping = m_result.mapping;
    m_result.kind = mapping.kind;
    m_result.warnings << mapping.notes;
    for (const QString& ignored : mapping.ignoredHeaders())
        m_result.warnings << QStringLiteral("column '%1' is not used by %2 and is ignored")
                                 .arg(ignored, kindName(mapping.kind));

    // TENURE_IMPORT_TRACE=1: where an import's time goes, phase by phase (for make bench work).
    QElapsedTimer phase;
    phase.start();
    const bool trace = qEnvironmentVariableIsSet("TENURE_IMPORT_TRACE");
    auto traced = [&](const char* what) {
        if (trace)
            qInfo("import %s: %s %lld ms", qPrintable(m_result.fileName), what, phase.restart());
    };
    traced("header and mapping");
    // The file's hash on the other core while pass 1 reads it.
    std::future<std::pair<QString, QString>> hashing = std::async(std::launch::async, [this]() {
        QString hashError;
        QString hash = fileSha256(m_path, &hashError);
        return std::make_pair(hash, hashError);
    });

    QSqlDatabase qdb = m_workspace.database();
    const db::Connection db(qdb);
    if (!db.isValid())
        return refuse(ImportStatus::Failed, QStringLiteral("the workspace is not open"));
    if (!m_workspace.canWrite())
        return refuse(ImportStatus::Refused,
                      QStringLiteral("%1: cannot import into team workspace %2: role %3 may only read it (an "
                                     "import needs INSERT rights; ask the workspace's owner)")
                          .arg(m_result.fileName, m_workspace.path(), m_workspace.serverUser()));

    // The same content imported before: skipped. Asked again once the import holds the write lock,
    // so two users importing one file at the same moment import it once.
    auto sameContentBatch = [&]() -> qint64 {
        QSqlQuery query(qdb);
        query.prepare(QStringLiteral(
            "SELECT id FROM import_batches WHERE sha256 = ? AND kind = ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(m_result.sha256);
        query.addBindValue(kindName(mapping.kind));
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    };
    auto importedBefore = [&]() {
        if (m_options.force)
            return false;
        const qint64 batch = sameContentBatch();
        if (!batch)
            return false;
        m_result.batchId = batch;
        refuse(ImportStatus::Skipped, QStringLiteral("%1 was already imported as batch %2 (same content); "
                                                     "skipped, use --force to import it again")
                                          .arg(m_result.fileName)
                                          .arg(m_result.batchId));
        return true;
    };
    // Only a batch of this kind and size can hold the same content: without one, the hash can wait
    // until the rows are written (a failed query says there may be one).
    auto sameSizeImported = [&]() {
        QSqlQuery query(qdb);
        query.prepare(
            QStringLiteral("SELECT 1 FROM import_batches WHERE file_size = ? AND kind = ? LIMIT 1"));
        query.addBindValue(m_result.fileSize);
        query.addBindValue(kindName(mapping.kind));
        return !query.exec() || query.next();
    };
    traced("checks");
    // Pass 1: the whole column decides each format. A big file's single-pass attempt decides them
    // from a sample and has the writing pass survey every row, to confirm them before it commits.
    // Not for strict imports (they stop at the first reject, which the sample's formats may have
    // caused) nor on PostgreSQL (a rolled-back attempt would use up sequence values: the batch and
    // account ids would no longer be a file workspace's).
    const bool speculate =
        m_speculate && mapping.kind != DataKind::Accounts && !m_options.strict && !db.isPostgres();
    reader.setProgress([this](qint64 done, qint64) { return reportProgress(done); });
    FormatPass pass;
    bool wholeFile = true;
    if (!decideFormats(reader, mapping, m_options.cents, &pass, speculate ? m_options.formatSample : -1,
                       &wholeFile)) {
        if (reader.cancelled())
            return refuse(ImportStatus::Cancelled,
                          QStringLiteral("%1: import cancelled; nothing was written").arg(m_result.fileName));
        return refuse(ImportStatus::Refused, reader.errorString());
    }
    if (!wholeFile) {
        m_survey = std::make_unique<FormatSurvey>(mapping, m_options.cents);
        m_passWeight = 2; // the one pass is the whole job
    }
    m_result.formats = pass.formats;
    const qsizetype passNotesAt = m_result.warnings.size();
    m_result.warnings << pass.notes;
    m_result.decisions = pass.decisions;
    traced(m_survey ? "pass 1 (a sample)" : "pass 1");
    const bool hashLater = m_survey && !m_options.force && !sameSizeImported();
    if (!hashLater) {
        std::tie(m_result.sha256, error) = hashing.get();
        if (m_result.sha256.isEmpty())
            return refuse(ImportStatus::Refused, error);
        if (importedBefore())
            return m_result;
    }

    // Pass 2 from the start of the file.
    CsvReader second;
    if (!second.open(m_path, m_options.csv))
        return refuse(ImportStatus::Refused, second.errorString());
    m_offset = m_survey ? 0 : std::max<qint64>(1, info.size());
    second.setProgress([this](qint64 done, qint64) { return reportProgress(done); });

    // Every account id the import writes comes from the accounts table or a stub it just created, so
    // SQLite's per-row foreign-key lookups are skipped (the pragma cannot change inside a
    // transaction).
    struct ForeignKeysOff
    {
        const db::Connection& db;
        explicit ForeignKeysOff(const db::Connection& connection) : db(connection)
        {
            if (!db.isPostgres())
                db.exec("PRAGMA foreign_keys = OFF");
        }
        ~ForeignKeysOff()
        {
            if (!db.isPostgres())
                db.exec("PRAGMA foreign_keys = ON");
        }
    } foreignKeysOff(db);
    if (!beginImport(db, &error)) {
        if (second.cancelled() || error.startsWith(QLatin1String("cancelled")))
            return refuse(ImportStatus::Cancelled,
                          QStringLiteral("%1: import cancelled; nothing was written").arg(m_result.fileName));
        return refuse(ImportStatus::Failed, QStringLiteral("workspace is busy: %1").arg(error));
    }
    auto rollback = [&db]() { db.exec("ROLLBACK"); };
    if (!hashLater && importedBefore()) {
        rollback();
        return m_result;
    }

    const QDateTime clock = (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toUTC();
    const QString now = clock.toString(Qt::ISODate);
    m_result.asOf = m_options.asOf ? *m_options.asOf : clock.date();
    m_currency = decideCurrency(pass.currencies);
    {
        QSqlQuery insert(qdb);
        insert.prepare(QStringLiteral(
            "INSERT INTO import_batches(file_name, file_path, file_size, sha256, kind, mapping, imported_at, "
            "as_of) VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(m_result.fileName);
        insert.addBindValue(m_result.filePath);
        insert.addBindValue(m_result.fileSize);
        insert.addBindValue(hashLater ? QStringLiteral("") : m_result.sha256); // set with the counts
        insert.addBindValue(kindName(mapping.kind));
        insert.addBindValue(QString::fromUtf8(
            QJsonDocument(batchMappingJson(mapping, pass.formats)).toJson(QJsonDocument::Compact)));
        insert.addBindValue(now);
        insert.addBindValue(m_result.asOf.toString(Qt::ISODate));
        if (!insert.exec() || !insert.next()) {
            rollback();
            return refuse(ImportStatus::Failed,
                          QStringLiteral("cannot record the import: %1").arg(insert.lastError().text()));
        }
        m_result.batchId = insert.value(0).toLongLong();
        insert.finish();
    }

    traced("sha256 and lock");
    const bool written = writeRows(second, db, &error);
    traced("pass 2 (rows written)");
    if (m_survey) {
        // The single pass holds if the whole file decides the formats and currency its sample did,
        // and the content was not imported meanwhile; otherwise nothing of it is kept.
        if (!written && !second.cancelled())
            m_secondLook = true;
        if (written && !m_secondLook) {
            FormatPass whole;
            m_survey->decide(second.dialect().delimiter, &whole);
            if (whole.formats != pass.formats ||
                onlyCurrency(whole.currencies) != onlyCurrency(pass.currencies)) {
                m_secondLook = true;
            } else {
                // The notes and decisions of the whole file, in the sample's place.
                m_result.warnings.remove(passNotesAt, pass.notes.size());
                for (qsizetype i = 0; i < whole.notes.size(); ++i)
                    m_result.warnings.insert(passNotesAt + i, whole.notes.at(i));
                m_result.decisions.remove(0, pass.decisions.size());
                for (qsizetype i = 0; i < whole.decisions.size(); ++i)
                    m_result.decisions.insert(i, whole.decisions.at(i));
            }
        }
        if (written && !m_secondLook && hashLater) {
            std::tie(m_result.sha256, error) = hashing.get();
            if (m_result.sha256.isEmpty() || sameContentBatch())
                m_secondLook = true;
        }
        traced(m_secondLook ? "single pass: formats or content changed, read again"
                            : "single pass confirmed");
        if (m_secondLook) {
            rollback();
            return m_result;
        }
        if (m_options.onReject)
            for (const ImportReject& held : m_heldRejects)
                m_options.onReject(held);
    }
    for (const CsvWarning& warning : second.warnings())
        m_result.warnings << warning.message;
    if (second.warningCount() > second.warnings().size())
        m_result.warnings << QStringLiteral("... and %1 more reader warnings")
                                 .arg(second.warningCount() - second.warnings().size());

    if (!written) {
        rollback();
        m_result.rowsImported = 0;
        const qint64 batch = m_result.batchId;
        m_result.batchId = 0;
        Q_UNUSED(batch);
        if (m_strictStop) {
            const ImportReject& first = m_result.rejects.first();
            return refuse(ImportStatus::Aborted,
                          QStringLiteral("%1: strict import aborted at %2; nothing was written")
                              .arg(m_result.fileName, first.describe()));
        }
        if (second.cancelled())
            return refuse(ImportStatus::Cancelled,
                          QStringLiteral("%1: import cancelled; nothing was written").arg(m_result.fileName));
        return refuse(ImportStatus::Failed,
                      QStringLiteral("%1: %2; nothing was written").arg(m_result.fileName, error));
    }

    {
        QSqlQuery update(qdb);
        update.prepare(QStringLiteral("UPDATE import_batches SET rows_read = ?, rows_imported = ?, "
                                      "rows_rejected = ?, rows_skipped = ?, sha256 = ? WHERE id = ?"));
        update.addBindValue(m_result.rowsRead);
        update.addBindValue(m_result.rowsImported);
        update.addBindValue(m_result.rowsRejected);
        update.addBindValue(m_result.rowsSkipped);
        update.addBindValue(m_result.sha256);
        update.addBindValue(m_result.batchId);
        if (!update.exec()) {
            rollback();
            return refuse(ImportStatus::Failed,
                          QStringLiteral("cannot record the import: %1").arg(update.lastError().text()));
        }
    }
    // A mapping the user confirmed (the preview's corrections, --cents) is remembered for files
    // with the same header.
    if (m_options.mapping || m_options.cents) {
        ColumnMapping confirmed = m_result.mapping;
        for (qsizetype i = 0; i < confirmed.columns.size() && i < m_result.formats.size(); ++i)
            if (m_result.formats.at(i).type == ColumnType::Money)
                confirmed.columns[i].cents =
                    m_result.formats.at(i).minorUnits ? MappedColumn::Cents::Always : MappedColumn::Cents::No;
        if (!ColumnMapper::saveMapping(m_workspace, headers, confirmed, &error)) {
            rollback();
            return refuse(ImportStatus::Failed,
                          QStringLiteral("%1: cannot remember the mapping: %2; nothing was written")
                              .arg(m_result.fileName, error));
        }
    }
    if (!m_workspace.bumpDataVersion()) {
        rollback();
        return refuse(ImportStatus::Failed,
                      QStringLiteral("%1: cannot record the new data version: %2; nothing "
                                     "was written")
                          .arg(m_result.fileName, db.lastError()));
    }
    // Read inside the transaction: the state this import leaves (another commit may follow ours).
    const QString leftToken = m_revenue ? m_workspace.dataToken() : QString();

    if (m_options.dryRun) {
        rollback();
        m_result.batchId = 0;
        m_result.status = ImportStatus::DryRun;
    } else {
        // The log's pages reach the database file on another thread afterwards (a checkpoint of a
        // million-row import is as much writing again).
        if (!db.isPostgres())
            db.exec("PRAGMA wal_autocheckpoint = 0");
        const bool committed = db.exec("COMMIT", &error);
        if (!db.isPostgres()) {
            db.exec("PRAGMA wal_autocheckpoint = 1000");
            if (committed)
                m_workspace.checkpointInBackground();
        }
        if (!committed) {
            rollback();
            return refuse(
                ImportStatus::Failed,
                QStringLiteral("%1: cannot commit: %2; nothing was written").arg(m_result.fileName, error));
        }
        m_result.status = ImportStatus::Imported;
        if (m_revenue) {
            m_revenue->finish();
            kpidata::offerRevenue(m_workspace.path(), leftToken, std::move(m_revenue));
        }
    }
    traced("commit");
    QStringList skipped;
    for (auto it = m_result.skippedByReason.cbegin(); it != m_result.skippedByReason.cend(); ++it)
        skipped << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    m_result.message =
        QStringLiteral("%1: %2 %3 %4 rows read, %5 imported, %6 rejected%7%8")
            .arg(m_result.fileName, kindName(mapping.kind),
                 m_options.dryRun ? QStringLiteral("(dry run, nothing written):")
                                  : QStringLiteral("batch %1:").arg(m_result.batchId))
            .arg(m_result.rowsRead)
            .arg(m_result.rowsImported)
            .arg(m_result.rowsRejected)
            .arg(m_result.rowsSkipped ? QStringLiteral(", %1 skipped (%2)")
                                            .arg(m_result.rowsSkipped)
                                            .arg(skipped.join(QStringLiteral(", ")))
                                      : QString())
            .arg(m_result.stubAccounts
                     ? QStringLiteral(", %1 new accounts referenced").arg(m_result.stubAccounts)
                     : QString());
    return m_result;
}

// The import's one transaction. A team workspace serialises imports with an advisory lock; the
// user learns who holds it and may cancel while waiting.
bool ImportJob::beginImport(const db::Connection& db, QString* error)
{
    if (!db.beginWrite(error))
        return false;
    if (!db.isPostgres())
        return true;
    bool told = false;
    const bool locked = importing::lockImports(
        db,
        [&](const QString& message) {
            if (!told) {
                told = true;
                m_result.warnings << message;
                if (m_options.onNotice)
                    m_options.onNotice(message);
            }
            return reportProgress(0);
        },
        error);
    if (!locked)
        db.exec("ROLLBACK");
    return locked;
}

bool ImportJob::writeRows(CsvReader& reader, const db::Connection& db, QString* error)
{
    const ColumnMapping& mapping = m_result.mapping;
    CurrencyContext money(m_currency);
    money.home = m_home.isEmpty() ? m_currency : m_home;
    m_rates = fx::FxRates::load(m_workspace.database());
    money.rates = &m_rates;
    RowConverter converter(mapping, m_result.formats, reader.header(), money);
    struct Notes
    {
        ImportJob* job;
        const RowConverter& converter;
        ~Notes() { job->addConverterNotes(converter); }
    } notes{this, converter};
    if (mapping.kind == DataKind::Accounts)
        return writeAccounts(reader, db, converter, error);

    importing::AccountIds accounts(db, m_result.batchId);
    if (!accounts.load(error))
        return false;
    const TablePlan plan = tablePlan(mapping.kind);
    const size_t width = size_t(plan.columns.size());
    const std::unique_ptr<importing::TableWriter> writer = importing::TableWriter::create(
        db, kindInfo(mapping.kind).table, plan.columns, plan.keys, m_result.batchId);
    // A revenue table empty before this import holds exactly the rows it writes: they are kept for
    // the engine's load after it (a file workspace; not for a dry run).
    const qsizetype revenueColumns[5] = {
        plan.columns.indexOf(QStringLiteral("account_id")), plan.columns.indexOf(QStringLiteral("month")),
        plan.columns.indexOf(QStringLiteral("mrr")), plan.columns.indexOf(QStringLiteral("plan")),
        plan.columns.indexOf(QStringLiteral("currency"))};
    m_revenue.reset();
    constexpr size_t MaxRevenueKept = size_t(1) << 24; // 16 M rows, some 512 MB: read them back beyond
    if (m_options.handRevenueToTheNextLoad && mapping.kind == DataKind::Revenue && !db.isPostgres() &&
        !m_options.dryRun &&
        std::find(std::begin(revenueColumns), std::end(revenueColumns), -1) == std::end(revenueColumns)) {
        db::Cursor any(db, "SELECT 1 FROM revenue LIMIT 1");
        if (any.ok() && !any.next() && any.ok()) {
            m_revenue = std::make_shared<kpidata::RevenueTable>();
            // Room for the rows at once (revenue rows take some 20 bytes or more): growing by copies
            // cost the writing thread some 70 ms on 895,000 rows.
            m_revenue->reserve(
                size_t(std::min<qint64>(qint64(MaxRevenueKept), m_result.fileSize / 20 + 1024)));
        }
    }
    auto keepRevenue = [&](const Cell* cells) {
        const Cell& id = cells[revenueColumns[0]];
        const Cell& month = cells[revenueColumns[1]];
        const Cell& mrr = cells[revenueColumns[2]];
        const Cell& planCell = cells[revenueColumns[3]];
        const Cell& currency = cells[revenueColumns[4]];
        const bool stored = id.type == Cell::Int && month.type == Cell::Int && month.i > 0 &&
                            month.i < std::numeric_limits<int>::max() &&
                            (mrr.type == Cell::Int || mrr.type == Cell::Real) &&
                            (planCell.type == Cell::Text || planCell.isNull()) &&
                            (currency.type == Cell::Text || currency.isNull());
        if (!stored || m_revenue->size() >= MaxRevenueKept) {
            m_revenue.reset(); // the load reads the table
            return;
        }
        static const QByteArray none;
        m_revenue->add(id.i, int(month.i), mrr.type == Cell::Int ? double(mrr.i) : mrr.d,
                       planCell.isNull() ? none : planCell.s, currency.isNull() ? none : currency.s);
    };

    // Where each table column comes from: a canonical slot, the row key, the account id, or (for
    // subscriptions) the version's valid_from, decided by the writing thread.
    enum : int { RowKey = -1, AccountId = -2, ValidFrom = -3 };
    const bool subscriptions = mapping.kind == DataKind::Subscriptions;
    SubscriptionVersions versions(m_result.batchId, m_result.asOf.toString(Qt::ISODate).toUtf8());
    if (subscriptions && !versions.load(db, error))
        return false;
    // Subscriptions without an id are the same subscription when account, start and plan agree (a
    // later export fills in the end date).
    const int startSlot = converter.slotOf(QStringLiteral("start_date"));
    const int planSlot = converter.slotOf(QStringLiteral("plan"));
    const int accountSlot = converter.slotOf(QStringLiteral("account_id"));
    const QString idColumn = rowKeyColumn(mapping.kind);
    const int idSlot = idColumn.isEmpty() ? -1 : converter.slotOf(idColumn);
    std::vector<int> sources;
    size_t accountColumn = width;
    for (const QString& column : plan.columns) {
        if (column == QLatin1String("row_key")) {
            sources.push_back(RowKey);
        } else if (column == QLatin1String("account_id")) {
            accountColumn = sources.size();
            sources.push_back(AccountId);
        } else if (column == QLatin1String("valid_from")) {
            sources.push_back(ValidFrom);
        } else {
            sources.push_back(converter.slotOf(column));
        }
    }

    // Two threads: this one writes to the workspace while a worker reads and converts the next rows (the
    // reader, the converter and the reject callback run on the worker; nothing there touches the
    // database). Account keys travel as text and become ids here, where stubs can be created.
    // SQLite: the reading thread names each row's account (an id known when the import began, or
    // the next stub id, as SQLite would give it) and keeps the rows for the engine, so the writing
    // thread, the bottleneck, touches no cell before SQLite does. PostgreSQL's ids come from a
    // sequence: there the writing thread asks for them.
    const bool idsInReader = !db.isPostgres() && accountColumn < width;
    QHash<QByteArray, qint64> readerIds = idsInReader ? accounts.knownIds() : QHash<QByteArray, qint64>();
    qint64 nextStubId = accounts.nextStubId();
    ChunkQueue queue;
    std::atomic<bool> producerFailed = false;
    QString producerError;
    std::thread producer([&]() {
        CsvRecord record;
        std::vector<Cell> cells;
        ImportReject rejected;
        QByteArray lastKey; // consecutive rows mostly name the same account
        qint64 lastId = 0;
        Chunk chunk = queue.fresh(ChunkRows * width);
        const int parts = converter.rowsPerRecord();
        bool stop = false;
        while (!stop && reader.readRecord(record)) {
            ++m_result.rowsRead;
            if (m_survey)
                m_survey->add(record);
            for (int part = 0; part < parts; ++part) {
                if (!converter.convert(record, cells, &rejected, part)) {
                    if (rejected.skipped) {
                        ++m_result.rowsSkipped;
                        ++m_result.skippedByReason[rejected.reason];
                        continue;
                    }
                    if (!reject(rejected)) {
                        stop = true;
                        break;
                    }
                    continue;
                }
                // Swapped, not moved: the converter gets the recycled cells' buffers back.
                Cell* out = chunk.cells.data() + size_t(chunk.rows) * width;
                for (size_t i = 0; i < width; ++i) {
                    const int source = sources[i];
                    if (source >= 0) {
                        std::swap(out[i], cells[size_t(source)]);
                    } else if (source == AccountId) {
                        std::swap(out[i], cells[size_t(accountSlot)]);
                    } else if (source == ValidFrom) {
                        out[i].setNull();
                    } else {
                        // row_key is the first column of every plan, so no cell has been moved yet.
                        Cell key;
                        const Cell* id = idSlot >= 0 ? &cells[size_t(idSlot)] : nullptr;
                        if (id && !id->isNull()) {
                            key.setText(QByteArray("id:" + id->s));
                        } else if (subscriptions) {
                            key.setText(QByteArray("k:" + cells[size_t(accountSlot)].s + '\x1f' +
                                                   cells[size_t(startSlot)].s + '\x1f' +
                                                   cells[size_t(planSlot)].s));
                        } else {
                            QCryptographicHash hash(QCryptographicHash::Sha1);
                            for (size_t c = 0; c < cells.size(); ++c) {
                                if (!converter.isCanonicalSlot(int(c)))
                                    continue;
                                hash.addData(cells[c].toBytes());
                                hash.addData(QByteArrayView("\x1f", 1));
                            }
                            key.setText(QByteArray("h:" + hash.result().toHex()));
                        }
                        out[i] = std::move(key);
                    }
                }
                if (idsInReader && out[accountColumn].type == Cell::Text) {
                    Cell& account = out[accountColumn];
                    if (!lastId || account.s != lastKey) {
                        // Copies of the key, not shares: the cell's buffer is refilled in place.
                        lastKey = QByteArray(account.s.constData(), account.s.size());
                        auto known = readerIds.constFind(lastKey);
                        if (known != readerIds.constEnd()) {
                            lastId = known.value();
                        } else {
                            lastId = nextStubId++;
                            readerIds.insert(lastKey, lastId);
                            chunk.newAccounts.emplace_back(lastKey, lastId);
                        }
                    }
                    account.setInt(lastId);
                }
                if (m_revenue)
                    keepRevenue(out);
                if (++chunk.rows == ChunkRows) {
                    if (!queue.push(std::move(chunk))) {
                        stop = true;
                        break;
                    }
                    chunk = queue.fresh(ChunkRows * width);
                }
            }
        }
        if (chunk.rows > 0) {
            chunk.cells.resize(size_t(chunk.rows) * width);
            queue.push(std::move(chunk));
        }
        if (m_strictStop || reader.cancelled() || !reader.atEnd()) {
            producerFailed = true;
            if (!m_strictStop && !reader.cancelled())
                producerError = reader.errorString();
        }
        queue.finish();
    });

    bool ok = true;
    Chunk chunk;
    while (ok && queue.pop(chunk)) {
        if (accountColumn < width && !accounts.createMissing(
                                         chunk.cells.data(), chunk.rows, width, accountColumn,
                                         [&] {
                                             if (writer->pause())
                                                 return true;
                                             *error = writer->error();
                                             return false;
                                         },
                                         error))
            ok = false;
        for (const auto& [key, id] : chunk.newAccounts)
            if (ok && !accounts.createStub(key, id, error))
                ok = false;
        for (int row = 0; ok && row < chunk.rows; ++row) {
            Cell* cells = chunk.cells.data() + size_t(row) * width;
            if (accountColumn < width && cells[accountColumn].type == Cell::Text) {
                const qint64 id = accounts.idOf(cells[accountColumn].s, error);
                if (!id)
                    ok = false;
                cells[accountColumn].setInt(id);
            }
            if (ok && subscriptions && !versions.place(cells)) {
                ++m_result.rowsImported; // the same as the latest snapshot said: nothing to write
                continue;
            }
            if (ok && !writer->addInPlace(cells)) {
                *error = writer->error();
                ok = false;
            }
            if (ok)
                ++m_result.rowsImported;
        }
        if (ok && !writer->sync()) {
            *error = writer->error();
            ok = false;
        }
        queue.recycle(std::move(chunk));
        chunk = Chunk();
    }
    if (!ok)
        queue.stop(); // the worker stops at its next push
    producer.join();
    if (qEnvironmentVariableIsSet("TENURE_IMPORT_TRACE"))
        qInfo("import: reader waited %lld ms for the writer, the writer %lld ms for the reader",
              qint64(std::chrono::duration_cast<std::chrono::milliseconds>(queue.pushWait).count()),
              qint64(std::chrono::duration_cast<std::chrono::milliseconds>(queue.popWait).count()));
    if (!ok)
        return false;
    if (producerFailed) {
        if (!producerError.isEmpty())
            *error = producerError;
        return false;
    }
    if (!writer->finish()) {
        *error = writer->error();
        return false;
    }
    m_result.stubAccounts = accounts.stubs();
    if (subscriptions && (versions.changed() > 0 || versions.unchanged() > 0))
        m_result.warnings << QStringLiteral(
                                 "a later snapshot of %1 subscription(s): %2 changed from %3 on (the months "
                                 "before keep what the earlier export said), %4 unchanged")
                                 .arg(versions.changed() + versions.unchanged())
                                 .arg(versions.changed())
                                 .arg(m_result.asOf.toString(Qt::ISODate))
                                 .arg(versions.unchanged());
    return true;
}

// A custom attribute column of an accounts file: its file column and the attribute's name.
struct AccountAttribute
{
    int column;
    QByteArray name;
};

std::vector<AccountAttribute> accountAttributes(const ColumnMapping& mapping)
{
    std::vector<AccountAttribute> attributes;
    for (qsizetype i = 0; i < mapping.columns.size(); ++i)
        if (!mapping.columns.at(i).attribute.isEmpty())
            attributes.push_back(AccountAttribute{int(i), mapping.columns.at(i).attribute.toUtf8()});
    return attributes;
}

// After the last record: false when the reader stopped early (cancelled, or *error says why).
bool readToTheEnd(const CsvReader& reader, QString* error)
{
    if (reader.cancelled())
        return false;
    if (!reader.atEnd()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

// A team workspace: the accounts through one COPY and upsert, then their attributes through another
// (one round trip per account and attribute would cost a millisecond each over the network).
bool ImportJob::writeAccountsInBulk(CsvReader& reader, const db::Connection& db,
                                    const RowConverter& converter, const QStringList& columns,
                                    const std::vector<int>& sourceSlots, QString* error)
{
    const std::vector<AccountAttribute> attributeColumns = accountAttributes(m_result.mapping);
    const std::unique_ptr<importing::TableWriter> accounts = importing::TableWriter::create(
        db, QStringLiteral("accounts"), columns, {QStringLiteral("account_key")}, m_result.batchId);
    struct AttributeValue
    {
        QByteArray key;
        int attribute;
        QByteArray value; // null: empty in the file
    };
    std::vector<AttributeValue> values;
    CsvRecord record;
    std::vector<Cell> cells;
    std::vector<Cell> row(sourceSlots.size());
    ImportReject rejected;
    while (reader.readRecord(record)) {
        ++m_result.rowsRead;
        if (!converter.convert(record, cells, &rejected)) {
            if (!reject(rejected))
                return false;
            continue;
        }
        const QByteArray key = cells[size_t(sourceSlots[0])].s;
        for (size_t a = 0; a < attributeColumns.size(); ++a) {
            const QStringView value = record.field(attributeColumns[a].column).trimmed();
            values.push_back(AttributeValue{key, int(a), value.isEmpty() ? QByteArray() : value.toUtf8()});
        }
        for (size_t i = 0; i < sourceSlots.size(); ++i)
            row[i] = std::move(cells[size_t(sourceSlots[i])]);
        if (!accounts->add(row.data())) {
            *error = accounts->error();
            return false;
        }
        ++m_result.rowsImported;
    }
    if (!readToTheEnd(reader, error))
        return false;
    if (!accounts->finish()) {
        *error = accounts->error();
        return false;
    }
    if (values.empty())
        return true;
    importing::AccountIds ids(db, m_result.batchId);
    if (!ids.load(error))
        return false;
    const std::unique_ptr<importing::TableWriter> attributes = importing::TableWriter::create(
        db, QStringLiteral("account_attributes"),
        {QStringLiteral("account_id"), QStringLiteral("attribute"), QStringLiteral("value")},
        {QStringLiteral("account_id"), QStringLiteral("attribute")}, m_result.batchId);
    Cell attributeRow[3];
    for (const AttributeValue& v : values) {
        attributeRow[0].setInt(ids.idOf(v.key, error));
        if (!attributeRow[0].i)
            return false;
        attributeRow[1].setText(attributeColumns[size_t(v.attribute)].name);
        if (v.value.isNull())
            attributeRow[2].setNull();
        else
            attributeRow[2].setText(v.value);
        if (!attributes->add(attributeRow)) {
            *error = attributes->error();
            return false;
        }
    }
    if (!attributes->finish()) {
        *error = attributes->error();
        return false;
    }
    return true;
}

bool ImportJob::writeAccounts(CsvReader& reader, const db::Connection& db, const RowConverter& converter,
                              QString* error)
{
    const ColumnMapping& mapping = m_result.mapping;
    const KindInfo& info = kindInfo(DataKind::Accounts);
    // Only the columns the file has are written: an export without "industry" keeps the industry
    // an earlier import set.
    QStringList columns{QStringLiteral("account_key")};
    std::vector<int> sourceSlots{converter.slotOf(QStringLiteral("account_id"))};
    for (const CanonicalColumn& column : info.columns) {
        if (column.name != QLatin1String("account_id") && mapping.provides(column.name)) {
            columns << column.name;
            sourceSlots.push_back(converter.slotOf(column.name));
        }
    }
    if (db.isPostgres())
        return writeAccountsInBulk(reader, db, converter, columns, sourceSlots, error);
    QStringList placeholders, updates;
    for (const QString& column : columns) {
        placeholders << QStringLiteral("?");
        if (column != QLatin1String("account_key"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    updates << QStringLiteral("batch_id = excluded.batch_id");
    db::Statement upsert, attribute;
    if (!upsert.prepare(
            db,
            QStringLiteral(
                "INSERT INTO accounts(%1, batch_id) VALUES(%2, %3) ON CONFLICT(account_key) DO UPDATE SET %4 "
                "RETURNING id")
                .arg(columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')))
                .arg(m_result.batchId)
                .arg(updates.join(QStringLiteral(", ")))) ||
        !attribute.prepare(
            db,
            QStringLiteral(
                "INSERT INTO account_attributes(account_id, attribute, value, batch_id) VALUES(?, ?, ?, %1) "
                "ON CONFLICT(account_id, attribute) DO UPDATE SET value = excluded.value, "
                "batch_id = excluded.batch_id")
                .arg(m_result.batchId))) {
        *error = upsert.isPrepared() ? attribute.error() : upsert.error();
        return false;
    }
    const std::vector<AccountAttribute> attributes = accountAttributes(mapping);
    CsvRecord record;
    std::vector<Cell> cells;
    ImportReject rejected;
    while (reader.readRecord(record)) {
        ++m_result.rowsRead;
        if (!converter.convert(record, cells, &rejected)) {
            if (!reject(rejected))
                return false;
            continue;
        }
        for (size_t i = 0; i < sourceSlots.size(); ++i)
            upsert.bind(int(i) + 1, cells[size_t(sourceSlots[i])]);
        const qint64 id = upsert.exec() && upsert.next() ? upsert.int64(0) : 0;
        if (!id) {
            *error = QStringLiteral("cannot write account '%1': %2")
                         .arg(cells[size_t(sourceSlots[0])].text(), upsert.error());
            return false;
        }
        for (const AccountAttribute& a : attributes) {
            const QStringView value = record.field(a.column).trimmed();
            attribute.bindInt(1, id);
            attribute.bindText(2, a.name);
            if (value.isEmpty())
                attribute.bindNull(3);
            else
                attribute.bindText(3, value.toUtf8());
            if (!attribute.exec()) {
                *error = QStringLiteral("cannot write attribute '%1': %2")
                             .arg(QString::fromUtf8(a.name), attribute.error());
                return false;
            }
        }
        ++m_result.rowsImported;
    }
    return readToTheEnd(reader, error);
}

} // namespace

QString ImportReject::describe() const
{
    QString where = QStringLiteral("line %1 (row %2)").arg(line).arg(row);
    if (column.isEmpty())
        return QStringLiteral("%1: %2").arg(where, reason);
    return QStringLiteral("%1: column '%2' value '%3': %4").arg(where, column, value, reason);
}

QString importStatusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Imported:
        return QStringLiteral("imported");
    case ImportStatus::DryRun:
        return QStringLiteral("dry-run");
    case ImportStatus::Skipped:
        return QStringLiteral("skipped");
    case ImportStatus::Refused:
        return QStringLiteral("refused");
    case ImportStatus::Aborted:
        return QStringLiteral("aborted");
    case ImportStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ImportStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int Importer::kindOrder(DataKind kind)
{
    // Rates before the amounts they convert; accounts before the rows that name them.
    return kind == DataKind::FxRates ? -1 : kind == DataKind::Accounts ? 0 : 1;
}

ImportResult Importer::run(Workspace& workspace, const QString& path, const ImportOptions& options)
{
    {
        // Its own scope: what a single pass kept (rows for the engine, held rejects) is freed
        // before the file is read again.
        ImportJob job(workspace, path, options, options.formatSample > 0);
        ImportResult result = job.run();
        if (!job.needsSecondLook())
            return result;
    }
    ImportJob exact(workspace, path, options, false);
    ImportResult result = exact.run();
    result.secondLook = true;
    return result;
}

ImportPreview Importer::preview(const QString& path, const PreviewOptions& options, Workspace* workspace)
{
    ImportPreview preview;
    preview.fileName = QFileInfo(path).fileName();
    CsvReader reader;
    if (!reader.open(path, options.csv)) {
        preview.error = reader.errorString();
        return preview;
    }
    preview.dialect = reader.dialect();
    preview.headers = reader.header();
    QString error;
    const bool mapped = decideMapping(preview.headers, options.kind, options.mapping, workspace,
                                      &preview.mapping, &preview.kindScores, &error);
    if (mapped)
        preview.kind = preview.mapping.kind;
    else
        preview.warnings << error;
    preview.warnings << preview.mapping.notes;
    for (const QString& ignored : preview.mapping.ignoredHeaders())
        preview.warnings << QStringLiteral("column '%1' is not used by %2 and is ignored")
                                .arg(ignored, kindName(preview.mapping.kind));

    if (options.progress)
        reader.setProgress(options.progress);
    FormatPass pass;
    bool wholeFile = true;
    qint64 sampleChars = 0;
    if (!decideFormats(reader, preview.mapping, options.cents, &pass,
                       options.formatSample > 0 ? options.formatSample : -1, &wholeFile, &sampleChars)) {
        preview.error = reader.cancelled() ? QStringLiteral("cancelled") : reader.errorString();
        return preview;
    }
    preview.formats = pass.formats;
    preview.warnings << pass.notes;
    preview.decisions = pass.decisions;
    // The currency the import would check against (a new workspace takes the file's only currency).
    QString currency = workspace ? workspace->currency() : QStringLiteral("USD");
    if (!workspace || !workspace->setting(QStringLiteral("currency")).isValid())
        if (const QString only = onlyCurrency(pass.currencies); !only.isEmpty())
            currency = only;
    preview.rowsInFile = reader.rowsRead();
    if (!wholeFile) {
        // The file's rows as long as the sample's on average (one byte per character for the
        // ASCII of most exports, two in UTF-16).
        preview.rowsEstimated = true;
        const double bytesPerChar = preview.dialect.encoding.contains(QLatin1String("16")) ? 2 : 1;
        const double perRow = bytesPerChar * double(std::max<qint64>(1, sampleChars)) /
                              double(std::max<qint64>(1, reader.rowsRead()));
        preview.rowsInFile = std::max(preview.rowsInFile, qint64(double(reader.totalBytes()) / perRow));
    }
    for (const CsvWarning& warning : reader.warnings())
        preview.warnings << warning.message;

    CsvReader rows;
    if (!rows.open(path, options.csv)) {
        preview.error = rows.errorString();
        return preview;
    }
    std::optional<RowConverter> converter;
    fx::FxRates rates;
    CurrencyContext money(currency);
    if (workspace) {
        rates = fx::FxRates::load(workspace->database());
        money.home =
            workspace->setting(QStringLiteral("currency")).isValid() ? workspace->homeCurrency() : currency;
    }
    money.rates = &rates;
    if (mapped)
        converter.emplace(preview.mapping, preview.formats, preview.headers, money);
    CsvRecord record;
    std::vector<Cell> cells;
    ImportReject rejected;
    while ((options.rows < 0 || preview.rows.size() < options.rows) && rows.readRecord(record)) {
        QStringList cellsText = record.toStringList();
        while (cellsText.size() < preview.headers.size())
            cellsText << QString();
        preview.rows.append(cellsText);
        // Every row of the record (an ECB rates file has one per currency column).
        for (int part = 0; converter && part < converter->rowsPerRecord(); ++part)
            if (!converter->convert(record, cells, &rejected, part) && !rejected.skipped)
                preview.rejects.append(rejected);
    }
    preview.ok = true;
    return preview;
}

QList<BatchInfo> ImportBatches::list(Workspace& workspace)
{
    QList<BatchInfo> batches;
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral(
        "SELECT id, file_name, file_path, file_size, sha256, kind, mapping, imported_at, rows_read, "
        "rows_imported, rows_rejected FROM import_batches ORDER BY id"));
    while (query.next()) {
        BatchInfo b;
        b.id = query.value(0).toLongLong();
        b.fileName = query.value(1).toString();
        b.filePath = query.value(2).toString();
        b.fileSize = query.value(3).toLongLong();
        b.sha256 = query.value(4).toString();
        b.kind = query.value(5).toString();
        b.mapping = query.value(6).toString();
        b.importedAt = query.value(7).toString();
        b.rowsRead = query.value(8).toLongLong();
        b.rowsImported = query.value(9).toLongLong();
        b.rowsRejected = query.value(10).toLongLong();
        batches << b;
    }
    return batches;
}

std::optional<BatchInfo> ImportBatches::find(Workspace& workspace, qint64 id)
{
    for (const BatchInfo& batch : list(workspace)) {
        if (batch.id == id)
            return batch;
    }
    return std::nullopt;
}

bool ImportBatches::remove(Workspace& workspace, qint64 id, QString* error)
{
    if (!find(workspace, id)) {
        *error = QStringLiteral("there is no import batch %1").arg(id);
        return false;
    }
    const db::Connection db(workspace.database());
    if (!db.isValid()) {
        *error = QStringLiteral("the workspace is not open");
        return false;
    }
    if (!workspace.canWrite()) {
        *error = QStringLiteral("cannot remove a batch from team workspace %1: role %2 may only read it")
                     .arg(workspace.path(), workspace.serverUser());
        return false;
    }
    if (!db.beginWrite(error))
        return false;
    if (db.isPostgres() && !importing::lockImports(db, {}, error)) {
        db.exec("ROLLBACK");
        return false;
    }
    const QString b = QString::number(id);
    QStringList statements;
    for (const KindInfo& info : allKinds()) {
        if (info.kind != DataKind::Accounts)
            statements << QStringLiteral("DELETE FROM %1 WHERE batch_id = %2").arg(info.table, b);
    }
    statements << QStringLiteral("DELETE FROM account_attributes WHERE batch_id = %1").arg(b);
    // Accounts of the batch that other rows still reference stay, as stubs, owned by a batch that
    // references them.
    QStringList referencing;
    QStringList owners;
    for (const char* table :
         {"revenue", "subscriptions", "orders", "surveys", "tickets", "signups", "renewals"}) {
        referencing << QStringLiteral("EXISTS (SELECT 1 FROM %1 r WHERE r.account_id = accounts.id)")
                           .arg(QLatin1String(table));
        owners << QStringLiteral("(SELECT r.batch_id FROM %1 r WHERE r.account_id = accounts.id LIMIT 1)")
                      .arg(QLatin1String(table));
    }
    statements << QStringLiteral("DELETE FROM accounts WHERE batch_id = %1 AND NOT (%2)")
                      .arg(b, referencing.join(QStringLiteral(" OR ")));
    statements << QStringLiteral("DELETE FROM account_attributes WHERE account_id IN (SELECT id FROM "
                                 "accounts WHERE batch_id = %1)")
                      .arg(b);
    statements << QStringLiteral("UPDATE accounts SET name = NULL, plan = NULL, region = NULL, industry = "
                                 "NULL, size = NULL, owner = NULL, "
                                 "created_at = NULL, batch_id = coalesce(%2) WHERE batch_id = %1")
                      .arg(b, owners.join(QStringLiteral(", ")));
    statements << QStringLiteral("DELETE FROM import_batches WHERE id = %1").arg(b);
    for (const QString& sql : statements) {
        if (!db.exec(sql.toUtf8(), error)) {
            db.exec("ROLLBACK");
            return false;
        }
    }
    if (!workspace.bumpDataVersion()) {
        *error = QStringLiteral("cannot record the new data version: %1").arg(db.lastError());
        db.exec("ROLLBACK");
        return false;
    }
    if (!db.exec("COMMIT", error)) {
        db.exec("ROLLBACK");
        return false;
    }
    return true;
}

} // namespace tenure
