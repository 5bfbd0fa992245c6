#pragma once

#include "kpi/KpiEngine.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;
class QTimer;

namespace tenure {

class BacktestGroupModel;
class BacktestModel;
class HealthLab;

// Edit > Health score...: a weight per component (the six built-in ones and any numeric custom
// account attribute added with a direction and a scale), components switched off, the red/amber
// cut-offs, reset to defaults and undo of the last change. Beside them, live, the backtest of the
// configuration as edited (per month and band, the lift and AUC in all and per segment) and how many
// accounts change band against the saved configuration. Save stores it in the workspace.
class HealthConfigDialog : public QDialog
{
    Q_OBJECT
public:
    HealthConfigDialog(KpiEngine& engine, QWidget* parent = nullptr);
    ~HealthConfigDialog() override;

    HealthConfig config() const { return m_config; }
    // Replaces the configuration as one change (undo goes back to the one before).
    void setConfig(const HealthConfig& config);
    bool canUndo() const { return !m_undo.isEmpty(); }
    void undo();
    void resetToDefaults();
    // Adds a custom component on a numeric attribute, its scale the attribute's range.
    bool addCustom(const QString& attribute);
    // Why the configuration cannot be saved (empty: it can).
    QString problem() const;
    // Stores the configuration in the workspace; false when it has a problem.
    bool save();
    // Recomputes now instead of at the next turn of the event loop (tests).
    void recomputeNow();
    int recomputeCount() const { return m_recomputes; }

    QSlider* weightSlider(const QString& id) const { return m_rows.value(id).slider; }
    QDoubleSpinBox* weightBox(const QString& id) const { return m_rows.value(id).weight; }
    QCheckBox* enabledBox(const QString& id) const { return m_rows.value(id).enabled; }
    QDoubleSpinBox* redBox() const { return m_red; }
    QDoubleSpinBox* amberBox() const { return m_amber; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* attributeBox() const { return m_attribute; }
    BacktestModel* backtestModel() const { return m_backtest; }
    BacktestGroupModel* groupModel() const { return m_groups; }
    QLabel* changesLabel() const { return m_changes; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* undoButton() const { return m_undoButton; }
    QPushButton* resetButton() const { return m_reset; }

private:
    struct Row
    {
        QCheckBox* enabled = nullptr;
        QSlider* slider = nullptr;
        QDoubleSpinBox* weight = nullptr;
        QComboBox* direction = nullptr;
        QDoubleSpinBox* low = nullptr;
        QDoubleSpinBox* high = nullptr;
    };
    void rebuildRows();
    void syncControls();
    // Applies an edit as one change: the configuration before it goes on the undo stack (a slider
    // drag counts once).
    void edit(const std::function<void(HealthConfig&)>& change);
    void schedule();
    void recompute();
    void rebuildLab();

    KpiEngine& m_engine;
    std::unique_ptr<HealthLab> m_lab;
    HealthConfig m_config;
    HealthConfig m_saved;
    QList<HealthConfig> m_undo;
    bool m_dragging = false;
    bool m_syncing = false;
    int m_recomputes = 0;
    QMap<QString, Row> m_rows;
    QWidget* m_rowsWidget = nullptr;
    QGridLayout* m_grid = nullptr;
    QComboBox* m_attribute = nullptr;
    QPushButton* m_add = nullptr;
    QDoubleSpinBox* m_red = nullptr;
    QDoubleSpinBox* m_amber = nullptr;
    QComboBox* m_segment = nullptr;
    QLabel* m_changes = nullptr;
    QLabel* m_problem = nullptr;
    BacktestModel* m_backtest = nullptr;
    BacktestGroupModel* m_groups = nullptr;
    QTableView* m_backtestView = nullptr;
    QTableView* m_groupView = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_reset = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace tenure
