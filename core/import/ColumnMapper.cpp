#include "ColumnMapper.h"

#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// Q_INIT_RESOURCE cannot be used inside a namespace; the resources live in a static library.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace tenure {

namespace {

// Lowercase words of a header: "Created (UTC)" -> {"created", "utc"}.
QStringList headerWords(QStringView header)
{
    QStringList words;
    QString current;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

bool containsWords(const QStringList& haystack, const QStringList& needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < needle.size() && all; ++j)
            all = haystack.at(i + j) == needle.at(j);
        if (all)
            return true;
    }
    return false;
}

QString centsName(MappedColumn::Cents cents)
{
    switch (cents) {
    case MappedColumn::Cents::Always:
        return QStringLiteral("always");
    case MappedColumn::Cents::WhenWhole:
        return QStringLiteral("when-whole");
    case MappedColumn::Cents::No:
        break;
    }
    return QStringLiteral("no");
}

// Survey type from the wording of the score column's header.
QString surveyFromHeader(const QStringList& words)
{
    for (const QString& w : words) {
        if (w == QLatin1String("recommend") || w == QLatin1String("likely") || w == QLatin1String("nps"))
            return QStringLiteral("nps");
        if (w == QLatin1String("satisfied") || w == QLatin1String("satisfaction") ||
            w == QLatin1String("csat"))
            return QStringLiteral("csat");
        if (w == QLatin1String("easy") || w == QLatin1String("effort") || w == QLatin1String("ces"))
            return QStringLiteral("ces");
    }
    return {};
}

} // namespace

QString normaliseHeader(QStringView header)
{
    QString result;
    result.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    if (result.isEmpty()) {
        QString trimmed = header.trimmed().toString();
        trimmed.remove(QChar(0xFEFF));
        return trimmed;
    }
    return result;
}

int ColumnMapping::columnFor(const QString& canonical) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).canonical == canonical)
            return int(i);
    }
    return -1;
}

namespace {

// The ISO 4217 codes in use (and the ECB's historic ones), for telling a wide rates file's
// currency columns from other three-letter headers (NPS, ARR).
bool isIsoCurrencyCode(const QString& code)
{
    static const QSet<QString> codes = [] {
        const QString all = QStringLiteral(
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN "
            "BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CYP CZK DJF DKK DOP DZD EEK EGP ERN ETB EUR FJD FKP GBP "
            "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR "
            "KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LVL LYD MAD MDL MGA MKD MMK MNT MOP MRU MTL MUR "
            "MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR ROL RON RSD RUB "
            "RWF SAR SBD SCR SDG SEK SGD SHP SIT SKK SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRL "
            "TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL");
        const QStringList list = all.split(QLatin1Char(' '));
        return QSet<QString>(list.begin(), list.end());
    }();
    return codes.contains(code);
}

} // namespace

QList<int> ColumnMapping::rateColumns() const
{
    QList<int> wide;
    if (kind != DataKind::FxRates || columnFor(QStringLiteral("currency")) >= 0 ||
        columnFor(QStringLiteral("rate")) >= 0)
        return wide;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const MappedColumn& column = columns.at(i);
        if (column.canonical.isEmpty() && isIsoCurrencyCode(column.header.trimmed()))
            wide << int(i);
    }
    return wide;
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    const bool wideRates = kind == DataKind::FxRates && !rateColumns().isEmpty();
    for (const CanonicalColumn& column : kindInfo(kind).columns) {
        if (!column.required || provides(column.name))
            continue;
        if (wideRates && (column.name == QLatin1String("currency") || column.name == QLatin1String("rate")))
            continue;
        // A renewal pipeline export has no outcome yet: its rows are upcoming renewals.
        if (kind == DataKind::Renewals && column.name == QLatin1String("renewed"))
            continue;
        // Chargebee gives the amount for all units (plan_amount) instead of a unit price.
        if (kind == DataKind::Subscriptions && column.name == QLatin1String("amount") &&
            provides(QStringLiteral("total_amount")))
            continue;
        missing << column.name;
    }
    return missing;
}

QStringList ColumnMapping::ignoredHeaders() const
{
    QStringList ignored;
    for (const MappedColumn& column : columns) {
        if (column.canonical.isEmpty() && column.attribute.isEmpty())
            ignored << column.header;
    }
    return ignored;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray array;
    for (const MappedColumn& column : columns) {
        QJsonObject entry{{QStringLiteral("header"), column.header}};
        entry.insert(QStringLiteral("canonical"),
                     column.canonical.isEmpty() ? QJsonValue() : QJsonValue(column.canonical));
        if (!column.attribute.isEmpty())
            entry.insert(QStringLiteral("attribute"), column.attribute);
        if (column.cents != MappedColumn::Cents::No)
            entry.insert(QStringLiteral("cents"), centsName(column.cents));
        array.append(entry);
    }
    QJsonObject defaultsJson;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        defaultsJson.insert(it.key(), it.value());
    return {{QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("columns"), array},
            {QStringLiteral("defaults"), defaultsJson}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json, const QStringList& headers,
                                                     QString* error)
{
    auto failWith = [error](const QString& message) -> std::optional<ColumnMapping> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return failWith(
            QStringLiteral("unknown kind '%1'").arg(json.value(QStringLiteral("kind")).toString()));
    const KindInfo& info = kindInfo(*kind);
    auto known = [&info](const QString& name) {
        return std::any_of(info.columns.begin(), info.columns.end(),
                           [&name](const CanonicalColumn& c) { return c.name == name; });
    };
    ColumnMapping mapping;
    mapping.kind = *kind;
    for (const QString& header : headers)
        mapping.columns.append(MappedColumn{header, {}, {}, 0, MappedColumn::Cents::No});
    QSet<QString> used;
    const QJsonArray array = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject entry = value.toObject();
        const QString header = entry.value(QStringLiteral("header")).toString();
        const qsizetype index = headers.indexOf(header);
        if (index < 0)
            return failWith(QStringLiteral("the file has no column '%1'").arg(header));
        MappedColumn& column = mapping.columns[index];
        const QString canonical = entry.value(QStringLiteral("canonical")).toString();
        if (!canonical.isEmpty()) {
            if (!known(canonical))
                return failWith(QStringLiteral("%1 has no column '%2'").arg(info.name, canonical));
            if (used.contains(canonical))
                return failWith(QStringLiteral("two columns map to '%1'").arg(canonical));
            used.insert(canonical);
            column.canonical = canonical;
            column.score = 1000;
        }
        if (*kind == DataKind::Accounts && canonical.isEmpty())
            column.attribute = entry.value(QStringLiteral("attribute")).toString();
        const QString cents = entry.value(QStringLiteral("cents")).toString();
        column.cents = cents == QLatin1String("always")       ? MappedColumn::Cents::Always
                       : cents == QLatin1String("when-whole") ? MappedColumn::Cents::WhenWhole
                                                              : MappedColumn::Cents::No;
    }
    const QJsonObject defaultsJson = json.value(QStringLiteral("defaults")).toObject();
    for (auto it = defaultsJson.begin(); it != defaultsJson.end(); ++it) {
        if (!known(it.key()))
            return failWith(QStringLiteral("%1 has no column '%2'").arg(info.name, it.key()));
        mapping.defaults.insert(it.key(), it.value().toString());
    }
    return mapping;
}

const ColumnMapper& ColumnMapper::instance()
{
    static const ColumnMapper mapper;
    return mapper;
}

ColumnMapper::ColumnMapper()
{
    initCoreResources();
    QFile file(QStringLiteral(":/core/aliases.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("aliases.json is missing from the core resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject kinds = root.value(QStringLiteral("kinds")).toObject();
    for (const QJsonValue& value : root.value(QStringLiteral("unsupported")).toArray()) {
        QStringList headers;
        for (const QJsonValue& header : value.toObject().value(QStringLiteral("headers")).toArray())
            headers << normaliseHeader(header.toString());
        m_unsupported.append({value.toObject().value(QStringLiteral("export")).toString(), headers});
    }
    for (const KindInfo& info : allKinds()) {
        const QJsonObject entry = kinds.value(info.name).toObject();
        KindAliases aliases;
        QSet<QString> centsAliases;
        for (const QJsonValue& value : entry.value(QStringLiteral("cents")).toArray())
            centsAliases.insert(normaliseHeader(value.toString()));
        const QJsonObject columns = entry.value(QStringLiteral("columns")).toObject();
        const QJsonObject contains = entry.value(QStringLiteral("contains")).toObject();
        for (const CanonicalColumn& column : info.columns) {
            QList<Alias> list;
            int rank = 0;
            for (const QJsonValue& value : columns.value(column.name).toArray()) {
                const QString normalised = normaliseHeader(value.toString());
                list.append(Alias{normalised, {}, rank++, false, centsAliases.contains(normalised)});
            }
            rank = 0;
            for (const QJsonValue& value : contains.value(column.name).toArray())
                list.append(Alias{{}, headerWords(value.toString()), rank++, true, false});
            aliases.columns.insert(column.name, list);
        }
        for (const QJsonValue& value : entry.value(QStringLiteral("distinctive")).toArray())
            aliases.distinctive << normaliseHeader(value.toString());
        const QJsonObject defaults = entry.value(QStringLiteral("defaults")).toObject();
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            aliases.defaults.insert(it.key(), it.value().toString());
        m_kinds.insert(int(info.kind), aliases);
    }
}

int ColumnMapper::matchScore(const KindAliases& aliases, const QString& canonical, const QString& normalised,
                             const QStringList& words, MappedColumn::Cents* cents) const
{
    *cents = MappedColumn::Cents::No;
    const QList<Alias> list = aliases.columns.value(canonical);
    for (const Alias& alias : list) {
        if (!alias.contains && alias.normalised == normalised) {
            // Only a header that says cents makes a column cents (see map()); whole values never do.
            if (alias.cents)
                *cents = MappedColumn::Cents::Always;
            return 1000 - 10 * alias.rank;
        }
    }
    // Word-aligned "contains" matches: survey questions are whole sentences.
    for (const Alias& alias : list) {
        if (alias.contains && containsWords(words, alias.words))
            return 300 - alias.rank;
    }
    return 0;
}

namespace {

// Vendor conventions the alias table cannot express on its own.
void adjustSubscriptionMapping(ColumnMapping& mapping, const QStringList& headers)
{
    QSet<QString> normalised;
    for (const QString& header : headers)
        normalised.insert(normaliseHeader(header));
    // Chargebee: plan_amount is plan_unit_price x plan_quantity already (its exports carry
    // billing_period_unit and plan_quantity), so it is the amount for all units.
    const bool chargebee = normalised.contains(QStringLiteral("billingperiodunit")) ||
                           normalised.contains(QStringLiteral("planquantity")) ||
                           normalised.contains(QStringLiteral("planunitprice"));
    const int amount = mapping.columnFor(QStringLiteral("amount"));
    if (chargebee && amount >= 0 && !mapping.provides(QStringLiteral("total_amount")) &&
        normaliseHeader(mapping.columns.at(amount).header) == QLatin1String("planamount")) {
        MappedColumn& column = mapping.columns[amount];
        column.canonical = QStringLiteral("total_amount");
        mapping.notes << QStringLiteral(
                             "'%1' is Chargebee's amount for all units (unit price x quantity); it is not "
                             "multiplied by the quantity again")
                             .arg(column.header);
        for (MappedColumn& other : mapping.columns) {
            if (other.canonical.isEmpty() &&
                normaliseHeader(other.header) == QLatin1String("planunitprice")) {
                other.canonical = QStringLiteral("amount");
                other.score = 1000;
            }
        }
    }
    // A subscriptions file that gives only a monthly MRR per subscription: that is its amount.
    if (!mapping.provides(QStringLiteral("amount")) && !mapping.provides(QStringLiteral("total_amount"))) {
        const int mrr = mapping.columnFor(QStringLiteral("mrr"));
        if (mrr >= 0) {
            mapping.columns[mrr].canonical = QStringLiteral("amount");
            if (!mapping.provides(QStringLiteral("interval")))
                mapping.defaults.insert(QStringLiteral("interval"), QStringLiteral("month"));
            mapping.notes << QStringLiteral("'%1' is the subscription's monthly amount")
                                 .arg(mapping.columns[mrr].header);
        }
    }
}

} // namespace

ColumnMapping ColumnMapper::map(const QStringList& headers, DataKind kind) const
{
    const KindInfo& info = kindInfo(kind);
    const KindAliases& aliases = m_kinds[int(kind)];
    ColumnMapping mapping;
    mapping.kind = kind;

    struct Candidate
    {
        int column;
        QString canonical;
        int score;
        MappedColumn::Cents cents;
    };
    QList<Candidate> candidates;
    QList<QStringList> wordsOf;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        mapping.columns.append(MappedColumn{headers.at(i), {}, {}, 0, MappedColumn::Cents::No});
        const QString normalised = normaliseHeader(headers.at(i));
        const QStringList words = headerWords(headers.at(i));
        wordsOf << words;
        for (const CanonicalColumn& column : info.columns) {
            MappedColumn::Cents cents;
            const int score = matchScore(aliases, column.name, normalised, words, &cents);
            if (score > 0)
                candidates.append(Candidate{int(i), column.name, score, cents});
        }
    }
    // Best matches first; among equals, the leftmost column.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    QSet<QString> taken;
    for (const Candidate& candidate : candidates) {
        MappedColumn& column = mapping.columns[candidate.column];
        if (!column.canonical.isEmpty() || taken.contains(candidate.canonical))
            continue;
        column.canonical = candidate.canonical;
        column.score = candidate.score;
        column.cents = candidate.cents;
        taken.insert(candidate.canonical);
    }
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        MappedColumn& column = mapping.columns[i];
        const QStringList& words = wordsOf.at(i);
        if (!column.canonical.isEmpty()) {
            const ColumnType type =
                std::find_if(info.columns.begin(), info.columns.end(), [&column](const CanonicalColumn& c) {
                    return c.name == column.canonical;
                })->type;
            if (type == ColumnType::Money &&
                (words.contains(QStringLiteral("cents")) ||
                 normaliseHeader(column.header).endsWith(QLatin1String("cents"))))
                column.cents = MappedColumn::Cents::Always;
            if (type != ColumnType::Money)
                column.cents = MappedColumn::Cents::No;
        } else if (kind == DataKind::Accounts && !column.header.trimmed().isEmpty()) {
            column.attribute = column.header.trimmed();
        }
    }

    if (kind == DataKind::Surveys && !mapping.provides(QStringLiteral("survey"))) {
        const int scoreColumn = mapping.columnFor(QStringLiteral("score"));
        QString survey = scoreColumn >= 0 ? surveyFromHeader(wordsOf.at(scoreColumn)) : QString();
        if (!survey.isEmpty()) {
            mapping.notes << QStringLiteral("survey type %1, from the header '%2'")
                                 .arg(survey, headers.at(scoreColumn));
        } else {
            survey = aliases.defaults.value(QStringLiteral("survey"));
            if (!survey.isEmpty())
                mapping.notes
                    << QStringLiteral("no survey type column: every answer is taken as %1").arg(survey);
        }
        if (!survey.isEmpty())
            mapping.defaults.insert(QStringLiteral("survey"), survey);
    }
    if (kind == DataKind::Subscriptions)
        adjustSubscriptionMapping(mapping, headers);
    if (const QList<int> wide = mapping.rateColumns(); !wide.isEmpty())
        mapping.notes << QStringLiteral(
                             "ECB layout: %1 currency column(s), each the units of that currency per 1 EUR")
                             .arg(wide.size());
    for (const MappedColumn& column : mapping.columns) {
        if (column.cents == MappedColumn::Cents::Always)
            mapping.notes << QStringLiteral("'%1' is in cents (its header says so)").arg(column.header);
    }
    return mapping;
}

int ColumnMapper::kindScore(const ColumnMapping& mapping, const QStringList& headers) const
{
    const KindInfo& info = kindInfo(mapping.kind);
    int score = 0;
    for (const MappedColumn& column : mapping.columns) {
        if (column.canonical.isEmpty())
            continue;
        const bool required =
            std::any_of(info.columns.begin(), info.columns.end(), [&column](const CanonicalColumn& c) {
                return c.name == column.canonical && c.required;
            });
        // Exact aliases weigh more than a word found inside a long header.
        score += (required ? 30 : 10) + (column.score >= 500 ? 5 : 0);
    }
    const QStringList& distinctive = m_kinds[int(mapping.kind)].distinctive;
    for (const QString& header : headers) {
        if (distinctive.contains(normaliseHeader(header)))
            score += 20;
    }
    return score;
}

QList<KindScore> ColumnMapper::rank(const QStringList& headers) const
{
    QList<KindScore> scores;
    for (const KindInfo& info : allKinds()) {
        const ColumnMapping mapping = map(headers, info.kind);
        scores.append(KindScore{info.kind, kindScore(mapping, headers), mapping.isComplete()});
    }
    std::stable_sort(scores.begin(), scores.end(), [](const KindScore& a, const KindScore& b) {
        if (a.complete != b.complete)
            return a.complete;
        return a.score > b.score;
    });
    return scores;
}

QString ColumnMapper::unsupportedExport(const QStringList& headers) const
{
    QSet<QString> normalised;
    for (const QString& header : headers)
        normalised.insert(normaliseHeader(header));
    for (const auto& [name, signature] : m_unsupported) {
        if (std::all_of(signature.begin(), signature.end(),
                        [&normalised](const QString& h) { return normalised.contains(h); }))
            return name;
    }
    return {};
}

std::optional<DataKind> ColumnMapper::guessKind(const QStringList& headers) const
{
    if (!unsupportedExport(headers).isEmpty())
        return std::nullopt;
    const QList<KindScore> scores = rank(headers);
    if (scores.isEmpty() || !scores.first().complete)
        return std::nullopt;
    return scores.first().kind;
}

QString ColumnMapper::headerSignature(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& header : headers)
        normalised << normaliseHeader(header);
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

bool ColumnMapper::saveMapping(Workspace& workspace, const QStringList& headers, const ColumnMapping& mapping,
                               QString* error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO column_mappings(signature, kind, mapping) VALUES(?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping"));
    query.addBindValue(headerSignature(headers));
    query.addBindValue(kindName(mapping.kind));
    query.addBindValue(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

std::optional<ColumnMapping> ColumnMapper::loadMapping(Workspace& workspace, const QStringList& headers)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT mapping FROM column_mappings WHERE signature = ?"));
    query.addBindValue(headerSignature(headers));
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    auto mapping = ColumnMapping::fromJson(json, headers, nullptr);
    if (mapping) {
        mapping->remembered = true;
        mapping->notes << QStringLiteral(
            "mapping remembered from an earlier import of a file with this header");
    }
    return mapping;
}

bool ColumnMapper::forgetMapping(Workspace& workspace, const QStringList& headers)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM column_mappings WHERE signature = ?"));
    query.addBindValue(headerSignature(headers));
    return query.exec();
}

} // namespace tenure
