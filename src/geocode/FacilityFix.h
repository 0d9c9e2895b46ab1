#pragma once
#include "core/Types.h"
#include <QJsonObject>
#include <optional>
#include <vector>

namespace ps {
class Project;
}

namespace ps::geocode {

// A person's correction of one facility: a desa (the point is placed inside
// it as for estimated rows) or coordinates (the desa is taken from the point
// unless given), or both.
struct FacilityFix {
    QString desaCode;
    std::optional<double> lat, lon;
    QString by;                  // who fixed it (updated_by)
    QString note;                // the person's remark, kept beside ours
};

// Applies the fix in one transaction: status Manual, updated_by/updated_at
// set; throws ps::Error (store unchanged) for an unknown id or desa, or
// coordinates outside the project's areas.
// Every fix is written to the facility's history (facility_edit) in the same
// transaction, so the CLI, the server and the desktop app all record it.
Facility fixFacility(Project& project, qint64 id, const FacilityFix& fix);

// Puts a facility back into an earlier state (the desktop app's undo/redo):
// the place, status and note of `state`, updated_by = by; recorded in the
// history with `action` ("undo" or "redo"). Throws ps::Error for an unknown id.
Facility restoreFacility(Project& project, const Facility& state, const QString& by, const QString& action);

// One change of a facility's place: who, when, what it was and what it became.
struct FacilityEdit {
    qint64 id = 0, facilityId = 0;
    QString by, at, action;          // action: "fix", "undo" or "redo"
    QJsonObject before, after;       // placeJson() of the facility
};
// The part of a facility a fix changes, as stored in the history.
QJsonObject placeJson(const Facility& f);
// Oldest first; empty for a project without history.
std::vector<FacilityEdit> facilityHistory(Project& project, qint64 id);

} // namespace ps::geocode
