#pragma once

#include "kpi/Bands.h"

#include <QDialog>
#include <QMap>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tenure {

// Edits the benchmark bands and the target (all customers, or one segment) of every KPI. Edits of
// several KPIs are kept while switching the KPI combo; OK validates them all first and stores them
// through Bands, so an invalid band saves nothing. Import/Export of band packs act at once.
class BandsDialog : public QDialog
{
    Q_OBJECT
public:
    BandsDialog(Bands& bands, QWidget* parent = nullptr);

    void selectKpi(const QString& kpi);
    QString currentKpi() const;
    QString errorText() const;

    void accept() override;
    bool importPack(); // through FileDialog
    bool exportPack();

private:
    struct Edit
    {
        QList<Band> bands;
        bool reset = false;
        bool hasTarget = false;
        Target target;
    };

    void load(const QString& kpi);
    void capture();
    bool readTable(QList<Band>* bands, QString* error) const;
    void addRow(const Band& band);
    void setError(const QString& text);
    void markDirty();

    Bands& m_bands;
    QComboBox* m_kpi = nullptr;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_hasTarget = nullptr;
    QDoubleSpinBox* m_targetValue = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_segmentAttribute = nullptr;
    QLineEdit* m_segmentValue = nullptr;
    QLabel* m_error = nullptr;
    QString m_loaded;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_reset = false;
    QMap<QString, Edit> m_edits; // captured edits of KPIs other than the shown one
};

} // namespace tenure
