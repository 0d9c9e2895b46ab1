#include "ProvinceLayers.h"
#include "LonLat.h"
#include "core/Gdal.h"
#include "core/Paths.h"
#include "render/FeatureSet.h"
#include "render/MapSettings.h"
#include <map>

namespace pstest {

ProvinceLayers jawaTengahLayers()
{
    ps::initGdal();
    const QString shared = ps::sharedDataDir();
    std::vector<ps::render::LonLatPolygon> in;
    std::vector<QByteArray> wkbs;
    {
        auto ds = ps::openVector(shared + QStringLiteral("/boundaries/desa_jawa_tengah.gpkg"));
        for (auto& f : *ds->GetLayer(0)) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g)
                continue;
            QByteArray wkb(g->WkbSize(), 0);
            g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()));
            in.push_back({QString::fromUtf8(f->GetFieldAsString("kode")), QString::fromUtf8(f->GetFieldAsString("nama")), wkb});
            wkbs.push_back(wkb);
        }
    }
    ProvinceLayers out;
    out.crs = ps::render::crsForExtent(ps::render::lonLatExtent(wkbs));
    auto fs = ps::render::FeatureSet::project(in, out.crs);
    out.extent = fs->extent();
    ps::render::AreaLayer desa;
    desa.features = fs;
    const QColor ramp[] = {QColor(254, 240, 217), QColor(253, 204, 138), QColor(252, 141, 89), QColor(227, 74, 51),
                           QColor(179, 0, 0)};
    for (int i = 0; i < fs->size(); ++i)
        desa.fills.push_back(ramp[i % 5]);
    desa.strokeWidthPt = 0.3;
    out.layers.areas.push_back(desa);

    // Facilities in the order the app stacks them (posyandu under puskesmas).
    const std::pair<const char*, ps::FacilityType> types[] = {{"posyandu", ps::FacilityType::Posyandu},
                                                             {"pustu", ps::FacilityType::Pustu},
                                                             {"puskesmas", ps::FacilityType::Puskesmas}};
    std::map<QString, ps::render::PointLayer> byType;
    ps::app::LonLatTransform lonLat(out.crs);
    auto ds = ps::openVector(shared + QStringLiteral("/sample/jawa_tengah/truth/facilities_truth.csv"));
    for (auto& f : *ds->GetLayer(0)) {
        const QString type = QString::fromUtf8(f->GetFieldAsString("jenis"));
        ps::render::PointLayer& layer = byType[type];
        layer.points.push_back({lonLat.toMap(f->GetFieldAsDouble("lon"), f->GetFieldAsDouble("lat")), 0});
        ++out.facilities;
    }
    for (const auto& [name, type] : types) {
        auto it = byType.find(QString::fromLatin1(name));
        if (it == byType.end())
            continue;
        it->second.symbols.push_back(ps::render::facilitySymbol(type));
        out.layers.points.push_back(std::move(it->second));
    }
    return out;
}

} // namespace pstest
