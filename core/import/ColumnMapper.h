#pragma once

#include "DataKinds.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenure {

class Workspace;

// Header as compared with the alias table: lowercase letters and digits only (spaces, underscores,
// punctuation and a BOM dropped). A header of punctuation only ("#") is kept as its trimmed self.
QString normaliseHeader(QStringView header);

// One column of the file and where it goes.
struct MappedColumn
{
    QString header;    // as in the file (the reader's clean, unique name)
    QString canonical; // canonical column of the kind; empty when unmapped
    QString attribute; // accounts only: custom segment attribute that keeps an unmapped column
    int score = 0;     // how sure the alias match is (higher is surer); 0 when unmapped
    // Minor units: Always = the header says cents ("amount_in_cents"); WhenWhole = an export known to
    // write cents there (Stripe "Amount"), believed when every value of the column is a whole number.
    enum class Cents { No, WhenWhole, Always };
    Cents cents = Cents::No;
};

// A file's columns mapped onto one data kind.
struct ColumnMapping
{
    DataKind kind = DataKind::Accounts;
    QList<MappedColumn> columns;
    // Values for canonical columns no file column maps to, e.g. survey = nps inferred from
    // "How likely are you to recommend us?".
    QHash<QString, QString> defaults;
    QStringList notes;       // how the mapping was decided (shown in the preview)
    bool remembered = false; // came from a mapping the user confirmed earlier

    int columnFor(const QString& canonical) const; // index in columns, -1 when unmapped
    bool provides(const QString& canonical) const
    {
        return columnFor(canonical) >= 0 || defaults.contains(canonical);
    }
    QStringList missingRequired() const;
    // fx_rates in the ECB's wide layout (Date, then one column per currency holding the units of
    // that currency per 1 EUR): the indexes of the currency columns; empty for a long layout.
    QList<int> rateColumns() const;
    QStringList ignoredHeaders() const; // unmapped columns of a kind that keeps no extra columns
    bool isComplete() const { return missingRequired().isEmpty(); }

    QJsonObject toJson() const;
    // Rebuilds a mapping stored with toJson() for the given file headers. Fails (nullopt, *error)
    // when the JSON names an unknown kind or canonical column, or a header the file does not have.
    static std::optional<ColumnMapping> fromJson(const QJsonObject& json, const QStringList& headers,
                                                 QString* error);
};

struct KindScore
{
    DataKind kind;
    int score = 0;
    bool complete = false; // every required column is provided
};

// Kind detection and column mapping from the alias table in :/core/aliases.json (data, not code).
class ColumnMapper
{
public:
    static const ColumnMapper& instance();

    // Maps headers onto kind: every header gets its best alias match; each canonical column takes
    // the best-scoring header. For accounts, unmapped headers become custom attributes.
    ColumnMapping map(const QStringList& headers, DataKind kind) const;
    // Every kind scored for these headers, best first; complete kinds before incomplete ones.
    QList<KindScore> rank(const QStringList& headers) const;
    // The best complete kind, or nullopt when no kind's required columns are all there or the header
    // is one of an export that holds no data kind (ChartMogul plans).
    std::optional<DataKind> guessKind(const QStringList& headers) const;
    // The name of such an export ("ChartMogul plans"), or empty.
    QString unsupportedExport(const QStringList& headers) const;

    // Hash of the normalised header list: the key of remembered mappings.
    static QString headerSignature(const QStringList& headers);
    // Remembers a mapping the user confirmed, for files with the same header.
    static bool saveMapping(Workspace& workspace, const QStringList& headers, const ColumnMapping& mapping,
                            QString* error = nullptr);
    static std::optional<ColumnMapping> loadMapping(Workspace& workspace, const QStringList& headers);
    static bool forgetMapping(Workspace& workspace, const QStringList& headers);

private:
    ColumnMapper();
    struct Alias
    {
        QString normalised;
        QStringList words; // for "contains" aliases
        int rank = 0;
        bool contains = false;
        bool cents = false;
    };
    struct KindAliases
    {
        QHash<QString, QList<Alias>> columns; // canonical -> aliases
        QStringList distinctive;              // normalised
        QHash<QString, QString> defaults;
    };
    // Score of header for canonical column (0 = no match); sets *cents.
    int matchScore(const KindAliases& aliases, const QString& canonical, const QString& normalised,
                   const QStringList& words, MappedColumn::Cents* cents) const;
    int kindScore(const ColumnMapping& mapping, const QStringList& headers) const;

    QHash<int, KindAliases> m_kinds;
    QList<QPair<QString, QStringList>> m_unsupported; // export name, normalised headers it has
};

} // namespace tenure
