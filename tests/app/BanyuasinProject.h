#pragma once
#include <QString>

namespace pstest {

// Builds the Banyuasin project (kecamatan + desa boundaries, indicator xlsx,
// puskesmas and pustu) from ../shared/data at `path`, through the importers
// in src/io and src/geocode, as a user would. Returns false when the shared
// data is absent. Throws on import errors.
bool buildBanyuasinProject(const QString& path, bool withFacilities = true);
// The same plus the population raster and the posyandu: what the coverage
// analysis (underserved ranking, proposed sites) needs.
bool buildBanyuasinProjectForCoverage(const QString& path);

} // namespace pstest
