#pragma once
#include "core/Types.h"
#include <QDialog>
#include <QUndoCommand>
#include <functional>
#include <map>

class QTableWidget;

namespace ps {
class Project;
}

namespace ps::app {

// The officer's name for the history of location fixes: asked once (when
// `ask` and none is remembered), then remembered in QSettings ("officer/name").
// Falls back to the OS user name when nobody answers.
QString officerName(QWidget* parent, bool ask = true);
void setOfficerName(const QString& name);

// "Desa Sungsang IV, Kec. Banyuasin II" (codes when a name is unknown).
QString placeLabel(const QString& desaCode, const QString& kecamatanCode, const std::map<QString, QString>& names);

// The text of the move confirmation: which facility, from which desa and
// kecamatan to which (a move into another desa or kecamatan is said plainly).
QString moveQuestion(const QString& facilityName, const QString& from, const QString& to, bool otherKecamatan);

// One fix on the undo stack. The fix is already saved when the command is
// pushed, so the first redo() does nothing; undo()/redo() write the earlier or
// later state back through `restore` (which records the history).
class FacilityFixCommand : public QUndoCommand {
public:
    using Restore = std::function<bool(const Facility& state, const QString& action)>;
    FacilityFixCommand(Facility before, Facility after, Restore restore, const QString& text);
    void undo() override;
    void redo() override;

private:
    Facility m_before, m_after;
    Restore m_restore;
    bool m_done = true;
};

// The history of one facility's location: when, who, what, before, after.
class FacilityHistoryDialog : public QDialog {
    Q_OBJECT
public:
    FacilityHistoryDialog(ps::Project& project, qint64 facilityId, QWidget* parent = nullptr);
    int rowCount() const;

private:
    QTableWidget* m_table;
};

} // namespace ps::app
