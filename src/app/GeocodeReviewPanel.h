#pragma once
#include "core/Types.h"
#include <QWidget>
#include <vector>

class QComboBox;
class QTableWidget;
class QLabel;

namespace ps {
class Project;
}

namespace ps::app {

// Facilities whose place is unsure (unmatched, ambiguous, estimated, flagged):
// a person fixes one by choosing its desa from a list or by dragging its
// point on the map (Shift + drag); the fix goes through ps::geocode::fixFacility
// (status "manual", updated_by = the OS user, updated_at = now).
class GeocodeReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit GeocodeReviewPanel(QWidget* parent = nullptr);
    void setProject(ps::Project* project);
    void reload();
    std::vector<qint64> facilityIds() const;
    void selectFacility(qint64 id);
    qint64 selectedFacility() const;
    // Saves a fix for the selected facility; false (message in the panel) when refused.
    bool applyDesa(const QString& desaCode);
    bool applyPoint(qint64 id, double lon, double lat);
    QString lastError() const { return m_error; }

    static bool needsReview(const QString& status);
    // A stored status or placement method in words, for people.
    static QString statusLabel(const QString& status);
    static QString methodLabel(const QString& method);

signals:
    void facilitySelected(const ps::Facility& f);
    void facilityFixed(qint64 id);

private:
    ps::Project* m_project = nullptr;
    std::vector<Facility> m_rows;
    QTableWidget* m_table;
    QComboBox* m_desa;
    QLabel* m_message;
    QString m_error;
};

} // namespace ps::app
