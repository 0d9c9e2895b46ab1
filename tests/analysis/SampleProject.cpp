#include "SampleProject.h"
#include "core/Catalogue.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "io/TableReader.h"

namespace pstest {

using namespace ps;

static void loadLayer(Project& p, const QString& gpkg, const char* layerName, AdminLevel level, const QString& prefix)
{
    auto ds = openVector(gpkg);
    OGRLayer* layer = ds->GetLayerByName(layerName);
    GeosContext& g = geos();
    for (auto& f : *layer) {
        const QString code = QString::fromUtf8(f->GetFieldAsString("kode"));
        if (code != prefix && !code.startsWith(prefix + QLatin1Char('.')))
            continue;
        const OGRGeometry* geom = f->GetGeometryRef();
        if (!geom)
            continue;
        QByteArray wkb(geom->WkbSize(), Qt::Uninitialized);
        geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
        GeomPtr gg = g.fromWkb(wkb);
        PolygonalRepair fixed = makeValidMultiPolygon(g, gg.get());
        if (!fixed.geom)
            continue;
        AdminArea a;
        a.code = code;
        a.level = level;
        if (level == AdminLevel::Desa && code.mid(9, 1) == QLatin1String("1"))
            a.level = AdminLevel::Kelurahan;
        a.name = QString::fromUtf8(f->GetFieldAsString("nama"));
        a.parentCode = QString::fromUtf8(f->GetFieldAsString("kode_induk"));
        a.areaKm2 = geodesicAreaKm2(g, fixed.geom.get());
        a.wkb = g.toWkb(fixed.geom.get());
        p.upsertArea(a, QStringLiteral("test"));
    }
}

std::unique_ptr<Project> buildSampleProject(const QString& path, const SampleSpec& spec)
{
    initGdal();
    auto p = Project::create(path);
    Transaction tx(p->db());
    p->syncCatalogue(Catalogue::standard());
    loadLayer(*p, spec.adminGpkg, "kabupaten", AdminLevel::Kabupaten, spec.codePrefix);
    loadLayer(*p, spec.adminGpkg, "kecamatan", AdminLevel::Kecamatan, spec.codePrefix);
    loadLayer(*p, spec.desaGpkg, "desa", AdminLevel::Desa, spec.codePrefix);
    const io::Table fac = io::readTable(spec.facilitiesCsv);
    const int cType = fac.column("jenis"), cCode = fac.column("kode"), cDesa = fac.column("desa_kode"),
              cLat = fac.column("lat"), cLon = fac.column("lon");
    for (const QStringList& row : fac.rows) {
        Facility f;
        f.type = facilityTypeFromName(row[cType]).value_or(FacilityType::Posyandu);
        f.code = row[cCode];
        f.desaCode = row[cDesa];
        f.kecamatanCode = f.desaCode.left(8);
        f.lat = row[cLat].toDouble();
        f.lon = row[cLon].toDouble();
        f.status = FacilityStatus::Exact;
        p->insertFacility(f);
    }
    if (!spec.indicatorsCsv.isEmpty()) {
        const io::Table ind = io::readTable(spec.indicatorsCsv);
        const int cYear = ind.column("tahun"), cKec = ind.column("kode_kecamatan"), cBal = ind.column("jumlah_balita"),
                  cDiu = ind.column("balita_diukur"), cSt = ind.column("balita_stunting");
        for (const QStringList& row : ind.rows) {
            const int year = row[cYear].toInt();
            p->upsertIndicatorValue({row[cKec], year, QStringLiteral("stunting"), row[cSt].toDouble(), row[cDiu].toDouble()}, 0, 100);
            p->upsertIndicatorValue({row[cKec], year, QStringLiteral("cakupan_pengukuran"), row[cDiu].toDouble(), row[cBal].toDouble()}, 0, 100);
        }
    }
    p->setSetting(QStringLiteral("population_raster"), spec.populationTif);
    tx.commit();
    return p;
}

} // namespace pstest
