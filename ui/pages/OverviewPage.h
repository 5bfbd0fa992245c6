#pragma once

#include "DashboardPage.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace tenure {

class OverviewModel;

// One KPI at a glance, drawn from a row of the OverviewModel: value, changes, sparkline, band,
// target progress, small-sample marker. Double-click or Enter explains the value.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(QWidget* parent = nullptr);
    void setRow(const OverviewModel* model, int row);
    QString kpi() const { return m_kpi; }
    QString period() const { return m_period; }
    // A change line as drawn (arrow and text, without the "vs" suffix) and its colour: good, bad,
    // or the neutral placeholder colour. yearBefore: the second line.
    QString changeText(bool yearBefore) const;
    QColor changeColour(bool yearBefore) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(const QString& kpi, const QString& period);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_kpi;
    QString m_period;
    QString m_name;
    QString m_value;
    QString m_previous;
    int m_previousDirection = 0;
    int m_previousSign = 0;
    int m_yearSign = 0;
    QString m_yearBefore;
    int m_yearDirection = 0;
    QString m_band;
    QString m_bandColour;
    QString m_target;
    double m_progress = -1;
    bool m_targetMet = false;
    bool m_smallSample = false;
    QString m_responses;
    QVariantList m_spark;
};

// Overview: KPI tiles grouped by family for the filter's current period.
class OverviewPage : public DashboardPage
{
    Q_OBJECT
public:
    OverviewPage(const DashboardContext* context, QWidget* parent = nullptr);

    QString viewName() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    OverviewModel* model() const { return m_model; }
    QList<KpiTile*> tiles() const { return m_tiles; }

protected:
    void refresh() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    OverviewModel* m_model;
    QLabel* m_heading;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QVBoxLayout* m_layout;
    QList<KpiTile*> m_tiles;
    QList<QLabel*> m_familyLabels;
    QList<QGridLayout*> m_grids;
    int m_columns = 0;
};

} // namespace tenure
