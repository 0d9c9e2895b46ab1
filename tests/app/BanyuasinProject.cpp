#include "BanyuasinProject.h"
#include "core/Catalogue.h"
#include "core/Paths.h"
#include "core/Project.h"
#include "geocode/FacilityImport.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "io/PopulationRaster.h"

namespace pstest {

bool buildBanyuasinProject(const QString& path, bool withFacilities)
{
    const QString data = ps::sharedDataDir();
    if (data.isEmpty())
        return false;
    auto project = ps::Project::create(path);
    project->syncCatalogue(ps::Catalogue::standard());
    ps::io::BoundaryImportOptions kec;
    kec.layer = QStringLiteral("kecamatan");
    kec.codePrefix = QStringLiteral("16.07");
    ps::io::importBoundaries(*project, data + QStringLiteral("/boundaries/indonesia_admin.gpkg"), kec);
    ps::io::BoundaryImportOptions desa;
    desa.layer = QStringLiteral("desa");
    desa.codePrefix = QStringLiteral("16.07");
    ps::io::importBoundaries(*project, data + QStringLiteral("/boundaries/desa_sumatera_selatan.gpkg"), desa);
    ps::io::importIndicators(*project, data + QStringLiteral("/sample/banyuasin/indikator_kecamatan.xlsx"), {});
    if (withFacilities) {
        for (auto [file, type] : {std::pair{"puskesmas.csv", ps::FacilityType::Puskesmas},
                                  std::pair{"pustu.csv", ps::FacilityType::Pustu}}) {
            ps::geocode::FacilityImportOptions o;
            o.type = type;
            o.areaPrefix = QStringLiteral("16.07");
            ps::geocode::importFacilities(*project, data + QStringLiteral("/sample/banyuasin/") + QString::fromLatin1(file), o);
        }
    }
    return true;
}

bool buildBanyuasinProjectForCoverage(const QString& path)
{
    if (!buildBanyuasinProject(path, true))
        return false;
    const QString data = ps::sharedDataDir() + QStringLiteral("/sample/banyuasin/");
    auto project = ps::Project::open(path);
    ps::io::registerPopulationRaster(*project, data + QStringLiteral("population_100m.tif"));
    ps::geocode::FacilityImportOptions o;
    o.type = ps::FacilityType::Posyandu;
    o.areaPrefix = QStringLiteral("16.07");
    ps::geocode::importFacilities(*project, data + QStringLiteral("posyandu.csv"), o);
    return true;
}

} // namespace pstest
