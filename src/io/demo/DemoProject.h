#pragma once
#include "DemoDistrict.h"
#include "DemoWriter.h"
#include <map>

namespace ps::demo {

struct DemoProjectSummary {
    QString projectPath;
    DemoFiles files;
    std::map<QString, int> areasByLevel;        // as stored ("kecamatan" -> 10, ...)
    double areaKm2 = 0.0, population = 0.0;
    std::map<QString, int> facilitiesByStatus;   // "posyandu:estimated" -> n, as Project counts them
    int puskesmas = 0, pustu = 0, posyandu = 0;  // rows in the input files
    int posyanduWithoutCoordinates = 0;          // placed by geocoding
    QStringList indicators;                      // with data
    std::vector<int> years;
    QStringList warnings;                        // from the importers
};

// `petasehat demo`: generates the district into outDir/input/ and builds
// outDir/demo.sqlite from those files with the same importers a user runs
// (boundaries, indicators, population raster, facilities). An existing
// demo.sqlite is replaced; the project is built under a temporary name and
// renamed at the end, so a failed run leaves no half-built project behind.
DemoProjectSummary buildDemoProject(const QString& outDir, const DemoOptions& options = {},
                                    Progress& progress = Progress::none());

} // namespace ps::demo
