#include "GeocodeTestSupport.h"
#include "TestSupport.h"
#include "core/AdminCode.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "core/Sqlite.h"

namespace pstest {

static void loadLayer(ps::Project& project, const QString& file, const char* layerName, const QString& prefix)
{
    auto ds = ps::openVector(file);
    OGRLayer* layer = ds->GetLayerByName(layerName);
    if (!layer)
        throw ps::Error(file, QStringLiteral("no layer %1").arg(QString::fromLatin1(layerName)));
    layer->SetAttributeFilter(QStringLiteral("kode LIKE '%1.%'").arg(prefix).toUtf8().constData());
    ps::GeosContext& g = ps::geos();
    for (auto& feat : *layer) {
        const auto code = ps::parseAdminCode(QString::fromUtf8(feat->GetFieldAsString("kode")));
        OGRGeometry* geom = feat->GetGeometryRef();
        if (!code || !geom)
            continue;
        QByteArray wkb(geom->WkbSize(), 0);
        geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
        ps::GeomPtr in = g.fromWkb(wkb);
        ps::PolygonalRepair fixed = ps::makeValidMultiPolygon(g, in.get());
        if (!fixed.geom)
            continue;
        ps::AdminArea a;
        a.code = code->code;
        a.level = code->level;
        a.parentCode = code->parent;
        a.name = QString::fromUtf8(feat->GetFieldAsString("nama"));
        a.areaKm2 = ps::geodesicAreaKm2(g, fixed.geom.get());
        a.wkb = g.toWkb(fixed.geom.get());
        project.upsertArea(a, file);
    }
}

void loadSharedAreas(ps::Project& project, const QString& codePrefix, const QString& desaGpkg)
{
    ps::Transaction tx(project.db());
    loadLayer(project, shared("boundaries/indonesia_admin.gpkg"), "kecamatan", codePrefix);
    loadLayer(project, shared(desaGpkg), "desa", codePrefix);
    tx.commit();
}

std::unique_ptr<ps::Project> banyuasinProject(const QString& path)
{
    auto p = ps::Project::create(path);
    loadSharedAreas(*p, QStringLiteral("16.07"), QStringLiteral("boundaries/desa_sumatera_selatan.gpkg"));
    return p;
}

} // namespace pstest
