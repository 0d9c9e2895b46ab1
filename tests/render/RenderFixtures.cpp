#include "RenderFixtures.h"
#include "core/Error.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "TestSupport.h"

using namespace ps;

namespace rtest {

QByteArray rectWkb(double x0, double y0, double x1, double y1)
{
    auto& g = geos();
    GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
    const QByteArray wkt = QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))")
                               .arg(x0, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(x1, 0, 'f', 6).arg(y1, 0, 'f', 6).toUtf8();
    GeomPtr geom = g.own(GEOSWKTReader_read_r(g.handle(), r, wkt.constData()));
    GEOSWKTReader_destroy_r(g.handle(), r);
    return g.toWkb(geom.get());
}

static constexpr double kX = 104.5, kY = -2.6, kCell = 0.15;

static QPointF cellOrigin(int i)   // i = 1..5: a 3 + 2 arrangement
{
    const int k = i - 1;
    return QPointF(kX + (k % 3) * kCell, kY - (k / 3) * kCell);
}

QPointF syntheticPuskesmas(int i) { return cellOrigin(i) + QPointF(kCell * 0.3, kCell * 0.7); }

std::unique_ptr<Project> syntheticProject(const QString& path)
{
    auto p = Project::create(path);
    Transaction tx(p->db());
    p->syncCatalogue(Catalogue::standard());
    const char* names[] = {"Talang Kelapa", "Banyuasin I", "Rambutan", "Muara Padang", "Pulau Rimau"};
    const double stunting2023[] = {1.5, 7, 15, 25, -1};
    for (int i = 1; i <= 5; ++i) {
        const QPointF o = cellOrigin(i);
        const QString kec = QStringLiteral("16.07.%1").arg(i, 2, 10, QLatin1Char('0'));
        p->upsertArea({kec, AdminLevel::Kecamatan, QString::fromUtf8(names[i - 1]), QStringLiteral("16.07"), 0,
                       rectWkb(o.x(), o.y(), o.x() + kCell, o.y() + kCell)});
        for (int d = 0; d < 4; ++d) {
            const double x = o.x() + (d % 2) * kCell / 2, y = o.y() + (d / 2) * kCell / 2;
            p->upsertArea({QStringLiteral("%1.20%2").arg(kec).arg(d + 1, 2, 10, QLatin1Char('0')), AdminLevel::Desa,
                           QStringLiteral("Desa %1-%2").arg(i).arg(d + 1), kec, 0, rectWkb(x, y, x + kCell / 2, y + kCell / 2)});
        }
        for (int year = 2021; year <= 2024; ++year) {
            const double measured = 1000 + 100 * i;
            double rate = stunting2023[i - 1] + (2023 - year) * 2.0;
            if (stunting2023[i - 1] < 0)
                rate = 12 + (2023 - year);
            std::optional<double> num = measured * rate / 100.0;
            if (year == 2023 && stunting2023[i - 1] < 0)
                num.reset();
            p->upsertIndicatorValue({kec, year, QStringLiteral("stunting"), num, measured}, 0, 100);
            p->upsertIndicatorValue({kec, year, QStringLiteral("cakupan_pengukuran"), measured, measured / 0.8}, 0, 100);
        }
        p->upsertIndicatorValue({kec, 2023, QStringLiteral("k6"), 40.0 + 15 * i, 100}, 0, 100);
        p->upsertIndicatorValue({kec, 2023, QStringLiteral("imunisasi_dasar_lengkap"), 55.0 + 12 * i, 100}, 0, 100);
        auto addFacility = [&](FacilityType t, const QString& name, QPointF at) {
            Facility f;
            f.type = t;
            f.name = name;
            f.kecamatanCode = kec;
            f.lon = at.x();
            f.lat = at.y();
            f.status = FacilityStatus::Exact;
            p->insertFacility(f);
        };
        addFacility(FacilityType::Puskesmas, QStringLiteral("Puskesmas %1").arg(i), syntheticPuskesmas(i));
        addFacility(FacilityType::Pustu, QStringLiteral("Pustu %1").arg(i), o + QPointF(kCell * 0.75, kCell * 0.25));
        addFacility(FacilityType::Posyandu, QStringLiteral("Posyandu %1a").arg(i), o + QPointF(kCell * 0.2, kCell * 0.2));
        addFacility(FacilityType::Posyandu, QStringLiteral("Posyandu %1b").arg(i), o + QPointF(kCell * 0.8, kCell * 0.8));
    }
    tx.commit();
    return p;
}

// A new project file with the indicator catalogue, for the importers.
static std::unique_ptr<Project> projectWithCatalogue(const QString& path)
{
    auto p = Project::create(path);
    Transaction tx(p->db());
    p->syncCatalogue(Catalogue::standard());
    tx.commit();
    return p;
}

std::unique_ptr<Project> banyuasinProject(const QString& path)
{
    auto p = projectWithCatalogue(path);
    const QString gpkg = pstest::shared(QStringLiteral("boundaries/indonesia_admin.gpkg"));
    io::BoundaryImportOptions o;
    o.layer = QStringLiteral("kecamatan");
    o.codePrefix = QStringLiteral("16.07");
    io::importBoundaries(*p, gpkg, o);
    o.layer = QStringLiteral("kabupaten");
    o.codePrefix = QStringLiteral("16");
    io::importBoundaries(*p, gpkg, o);
    o.layer = QStringLiteral("provinsi");
    io::importBoundaries(*p, gpkg, o);
    io::importIndicators(*p, pstest::shared(QStringLiteral("sample/banyuasin/indikator_kecamatan.xlsx")), {});
    return p;
}

std::unique_ptr<Project> nationalProject(const QString& path)
{
    auto p = projectWithCatalogue(path);
    const QString gpkg = pstest::shared(QStringLiteral("boundaries/indonesia_admin.gpkg"));
    io::BoundaryImportOptions o;
    for (const char* layer : {"provinsi", "kabupaten", "kecamatan"}) {
        o.layer = QString::fromLatin1(layer);
        io::importBoundaries(*p, gpkg, o);
    }
    Transaction tx(p->db());
    for (const AdminArea& a : p->areas(AdminLevel::Kecamatan, false))
        p->upsertIndicatorValue({a.code, 2024, QStringLiteral("stunting"), 15.0, 100.0}, 0, 100);
    tx.commit();
    return p;
}

} // namespace rtest
