#pragma once
#include "core/Types.h"
#include <optional>

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
Facility fixFacility(Project& project, qint64 id, const FacilityFix& fix);

} // namespace ps::geocode
