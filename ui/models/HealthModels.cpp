#include "HealthModels.h"

#include "Format.h"
#include "kpi/KpiCatalogue.h"

#include <QLocale>

namespace tenure {

QString bandColour(const QString& band)
{
    if (band == QLatin1String("red"))
        return QStringLiteral("#c62828");
    if (band == QLatin1String("amber"))
        return QStringLiteral("#ef8f00");
    if (band == QLatin1String("green"))
        return QStringLiteral("#2e7d32");
    return {};
}

namespace {

GridModel::Cell bandCell(const QString& band)
{
    GridModel::Cell c = GridModel::text(band);
    if (!band.isEmpty())
        c[GridModel::BandColourRole] = bandColour(band);
    return c;
}

GridModel::Cell optionalNumber(std::optional<double> v, int decimals, const QString& suffix = {})
{
    return GridModel::number(v ? QLocale().toString(*v, 'f', decimals) + suffix : QStringLiteral("–"),
                             v ? QVariant(*v) : QVariant());
}

// A churn share in percent; "–" without accounts. (Not through std::optional: GCC's -O3
// maybe-uninitialized false positive.)
GridModel::Cell shareCell(int churned, int accounts)
{
    if (accounts <= 0)
        return GridModel::number(QStringLiteral("–"), QVariant());
    const double share = 100.0 * churned / accounts;
    return GridModel::number(QLocale().toString(share, 'f', 1) + QStringLiteral(" %"), share);
}

} // namespace

BacktestModel::BacktestModel(QObject* parent) : GridModel(parent)
{
    load({});
}

void BacktestModel::load(const QList<BacktestRow>& rows)
{
    QList<QList<Cell>> grid;
    for (const BacktestRow& r : rows)
        grid << QList<Cell>{text(monthLabel(r.month)), bandCell(r.band),
                            number(QLocale().toString(r.accounts), r.accounts),
                            number(QLocale().toString(r.churned), r.churned),
                            optionalNumber(r.churnShare, 1, QStringLiteral(" %"))};
    setGrid({tr("Month"), tr("Band"), tr("Accounts"), tr("Churned within 3 months"), tr("Share")}, grid);
}

BacktestGroupModel::BacktestGroupModel(QObject* parent) : GridModel(parent)
{
    load({});
}

void BacktestGroupModel::load(const QList<BacktestGroup>& groups)
{
    QList<QList<Cell>> grid;
    for (const BacktestGroup& g : groups) {
        if (g.observations == 0 && g.segment != QLatin1String("all"))
            continue; // a segment value no scored account-month had
        grid << QList<Cell>{text(g.segment),
                            number(QLocale().toString(g.observations), g.observations),
                            number(QLocale().toString(g.churned), g.churned),
                            shareCell(g.redChurned, g.red),
                            shareCell(g.greenChurned, g.green),
                            optionalNumber(g.lift, 2, QStringLiteral(" x")),
                            optionalNumber(g.auc, 3)};
    }
    setGrid({tr("Segment"), tr("Account-months"), tr("Churned"), tr("Red churn"), tr("Green churn"),
             tr("Lift"), tr("AUC")},
            grid,
            {{},
             tr("Scored active account-months with 3 later months of data"),
             tr("Of them, churned within the next 3 months"),
             tr("Share of red account-months that churned within 3 months"),
             tr("Share of green account-months that churned within 3 months"),
             tr("Red churn share / green churn share: how much riskier red is"),
             tr("The chance that a churner scored below a non-churner (ties count half): 0.5 is a coin toss, "
                "1 a perfect ordering")});
}

AccountMonthsModel::AccountMonthsModel(QObject* parent) : GridModel(parent) {}

void AccountMonthsModel::load(const AccountStory& story, const QString& currency)
{
    QStringList headers{tr("Month"), tr("MRR"), tr("Movement"), tr("Change"), tr("Score"), tr("Band")};
    QStringList ids;
    for (const AccountStory::Month& m : story.months)
        if (!m.components.isEmpty()) {
            for (const HealthComponent& c : m.components)
                ids << c.id;
            break;
        }
    for (const QString& id : ids)
        headers << HealthConfig::componentName(id);
    QList<QList<Cell>> grid;
    for (const AccountStory::Month& m : story.months) {
        if (m.mrr <= 0 && m.movement.isEmpty())
            continue;
        QList<Cell> row{text(monthLabel(m.month)),
                        number(format::money(m.mrr, currency), m.mrr),
                        text(m.movement),
                        m.movement.isEmpty() ? text(QString())
                                             : number(format::money(m.change, currency), m.change),
                        optionalNumber(m.score, 0),
                        bandCell(m.band)};
        for (int i = 0; i < ids.size(); ++i)
            row << optionalNumber(i < m.components.size() ? m.components.at(i).score : std::nullopt, 0);
        grid << row;
    }
    setGrid(headers, grid);
}

TextTableModel::TextTableModel(QObject* parent) : GridModel(parent) {}

void TextTableModel::load(const QStringList& headers, const QList<QStringList>& rows,
                          const QList<int>& numeric)
{
    QList<QList<Cell>> grid;
    for (const QStringList& r : rows) {
        QList<Cell> row;
        for (int i = 0; i < headers.size(); ++i) {
            const QString v = r.value(i);
            bool ok = false;
            const double x = v.toDouble(&ok);
            row << (numeric.contains(i) && ok ? number(v, x) : text(v));
        }
        grid << row;
    }
    setGrid(headers, grid);
}

} // namespace tenure
