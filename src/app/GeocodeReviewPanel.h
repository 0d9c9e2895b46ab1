#pragma once
#include "core/Types.h"
#include <QWidget>
#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QTableWidget;
class QLabel;
class QUndoStack;
class QListWidget;

namespace ps {
class Project;
}
namespace ps::geocode {
struct FacilityFix;
class Gazetteer;
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
    ~GeocodeReviewPanel() override;
    void setProject(ps::Project* project);
    void reload();
    std::vector<qint64> facilityIds() const;
    void selectFacility(qint64 id);
    qint64 selectedFacility() const;
    // Saves a fix for the selected facility; false (message in the panel) when refused.
    bool applyDesa(const QString& desaCode);
    bool applyPoint(qint64 id, double lon, double lat);
    // A move dragged on the map: asks for confirmation (from/to desa and
    // kecamatan) in a dialog named "moveConfirmation", then applyPoint().
    bool moveFacility(qint64 id, double lon, double lat);
    // Every saved fix is here (Ctrl+Z / Ctrl+Shift+Z); cleared when another project opens.
    QUndoStack* undoStack() const { return m_undo; }
    // Writes an earlier/later state back (undo/redo), recorded in the history.
    bool restore(const Facility& state, const QString& action);
    QString lastError() const { return m_error; }

    // The best candidate desa (with scores) shown for the selected unmatched/ambiguous row.
    int candidateCount() const;
    // The desa name as typed in the facility's spreadsheet row (raw JSON), if any.
    static QString typedDesaName(const Facility& f);

    static bool needsReview(const QString& status);
    // A stored status or placement method in words, for people.
    static QString statusLabel(const QString& status);
    static QString methodLabel(const QString& method);

signals:
    void facilitySelected(const ps::Facility& f);
    void facilityFixed(qint64 id);

private:
    bool runAndPush(qint64 id, const ps::geocode::FacilityFix& fix, const QString& what);
    const Facility* rowFacility(int row) const;   // by the id kept in the row (the table sorts)
    void applyFilters();
    void showCandidates(const Facility* f);
    ps::Project* m_project = nullptr;
    QUndoStack* m_undo;
    std::vector<Facility> m_rows;
    QTableWidget* m_table;
    QComboBox* m_desa;
    QComboBox* m_statusFilter;
    QComboBox* m_typeFilter;
    QComboBox* m_kecFilter;
    QLabel* m_candidateLabel;
    QListWidget* m_candidates;
    std::unique_ptr<ps::geocode::Gazetteer> m_gazetteer;   // GUI thread only (GEOS per thread)
    std::map<QString, QString> m_names;                     // area code -> name
    QLabel* m_message;
    QString m_error;
};

} // namespace ps::app
