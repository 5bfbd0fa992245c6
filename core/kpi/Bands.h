#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tenure {

class Workspace;

// One benchmark band of a KPI: values in [lower, upper) (a missing bound is open), in the KPI's
// unit (percent for rates).
struct Band
{
    QString label;
    std::optional<double> lower;
    std::optional<double> upper;
    QString colour; // "#2e7d32"
    QString source; // the seed article the default comes from
    bool contains(double value) const;
};

struct BandMatch
{
    QString label;
    QString colour;
};

// A target value for a KPI (optionally per segment), due at a date.
struct Target
{
    QString kpi;
    QString segmentAttribute; // empty: all
    QString segmentValue;     // empty: all
    double value = 0;
    QDate due; // may be invalid (no date)
};

// Benchmark bands (SPEC.md section 3) and targets. Defaults come from the resource
// :/core/kpi/bands.json; a KPI with rows in the workspace `bands` table uses those instead.
class Bands
{
public:
    // Reads the user's bands and targets from the workspace (a snapshot; call reload() after edits
    // made by another Bands object).
    explicit Bands(Workspace& workspace);

    static QMap<QString, QList<Band>> defaults();
    static QList<Band> defaultsFor(const QString& kpi);

    void reload();
    QList<Band> bandsFor(const QString& kpi) const; // the user's bands, else the defaults
    bool isCustomised(const QString& kpi) const;
    std::optional<BandMatch> bandFor(const QString& kpi, double value) const;

    // Stores the user's bands of a KPI (replacing the previous ones); an empty list resets to defaults.
    bool setBands(const QString& kpi, const QList<Band>& bands, QString* error = nullptr);
    void resetBands(const QString& kpi);

    // A band pack: {"format": "tenure-bands", "version": 1, "kpis": {"nps": [{label, lower, upper,
    // colour, source}, ...], ...}}. Export holds every KPI's effective bands.
    QByteArray exportPack() const;
    // Validates the whole pack first; on error nothing is written.
    bool importPack(const QByteArray& json, QString* error);

    QList<Target> targets() const;
    // The most specific target: kpi + segment, else kpi for all.
    std::optional<Target> targetFor(const QString& kpi, const QString& segmentAttribute = {},
                                    const QString& segmentValue = {}) const;
    bool setTarget(const Target& target, QString* error = nullptr);
    void removeTarget(const QString& kpi, const QString& segmentAttribute = {},
                      const QString& segmentValue = {});

private:
    Workspace& m_workspace;
    QMap<QString, QList<Band>> m_user;
    QList<Target> m_targets;
};

} // namespace tenure
