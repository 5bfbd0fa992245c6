#include "kpi/Bands.h"

namespace tenure {

bool Band::contains(double value) const
{
    return (!lower || value >= *lower) && (!upper || value < *upper);
}

Bands::Bands(Workspace& workspace) : m_workspace(workspace) {}

QMap<QString, QList<Band>> Bands::defaults()
{
    return {};
}

QList<Band> Bands::defaultsFor(const QString& kpi)
{
    return defaults().value(kpi);
}

void Bands::reload() {}

QList<Band> Bands::bandsFor(const QString& kpi) const
{
    return m_user.contains(kpi) ? m_user.value(kpi) : defaultsFor(kpi);
}

bool Bands::isCustomised(const QString& kpi) const
{
    return m_user.contains(kpi);
}

std::optional<BandMatch> Bands::bandFor(const QString& kpi, double value) const
{
    for (const Band& band : bandsFor(kpi))
        if (band.contains(value))
            return BandMatch{band.label, band.colour};
    return std::nullopt;
}

bool Bands::setBands(const QString&, const QList<Band>&, QString*)
{
    return false;
}

void Bands::resetBands(const QString&) {}

QByteArray Bands::exportPack() const
{
    return {};
}

bool Bands::importPack(const QByteArray&, QString*)
{
    return false;
}

QList<Target> Bands::targets() const
{
    return m_targets;
}

std::optional<Target> Bands::targetFor(const QString&, const QString&, const QString&) const
{
    return std::nullopt;
}

bool Bands::setTarget(const Target&, QString*)
{
    return false;
}

void Bands::removeTarget(const QString&, const QString&, const QString&) {}

} // namespace tenure
