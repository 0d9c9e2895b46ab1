#include "GeocodeTestSupport.h"
#include "TestSupport.h"
#include "io/BoundaryImporter.h"

namespace pstest {

void loadSharedAreas(ps::Project& project, const QString& codePrefix, const QString& desaGpkg)
{
    ps::io::BoundaryImportOptions kec;
    kec.layer = QStringLiteral("kecamatan");
    kec.codePrefix = codePrefix;
    ps::io::importBoundaries(project, shared("boundaries/indonesia_admin.gpkg"), kec);
    ps::io::BoundaryImportOptions desa;
    desa.layer = QStringLiteral("desa");
    desa.codePrefix = codePrefix;
    ps::io::importBoundaries(project, shared(desaGpkg), desa);
}

std::unique_ptr<ps::Project> banyuasinProject(const QString& path)
{
    auto p = ps::Project::create(path);
    loadSharedAreas(*p, QStringLiteral("16.07"), QStringLiteral("boundaries/desa_sumatera_selatan.gpkg"));
    return p;
}

} // namespace pstest
