#pragma once
// Builds a project store straight from the shared sample data (true facility
// coordinates, boundaries read with OGR), independent of the importers.
#include "core/Project.h"
#include <QString>
#include <memory>

namespace pstest {

struct SampleSpec {
    QString desaGpkg;          // e.g. boundaries/desa_sumatera_selatan.gpkg (absolute)
    QString adminGpkg;         // boundaries/indonesia_admin.gpkg (absolute)
    QString codePrefix;        // "16.07" or "33"
    QString facilitiesCsv;     // truth/facilities_truth.csv (jenis,kode,desa_kode,lat,lon)
    QString indicatorsCsv;     // truth/indikator_truth.csv (optional)
    QString populationTif;
};

// Creates `path` and fills it; returns the open project.
std::unique_ptr<ps::Project> buildSampleProject(const QString& path, const SampleSpec& spec);

} // namespace pstest
