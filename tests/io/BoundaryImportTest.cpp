#include "Fixtures.h"
#include <QFile>
#include <cmath>
#include "TestSupport.h"
#include "core/Error.h"
#include "core/Geos.h"
#include "io/BoundaryImporter.h"
#include <geos_c.h>

using namespace ps;
using namespace ps::io;
using iotest::Feature;

namespace {

struct Fixture : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    void SetUp() override { project = Project::create(dir.filePath("p.sqlite")); }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    qint64 count(const char* sql) { return project->db().scalarInt(sql); }
};

// Lon/lat of the centroid of a stored area.
QPointF centroid(Project& p, const QString& code)
{
    auto a = p.area(code);
    EXPECT_TRUE(a);
    auto& g = geos();
    GeomPtr geom = g.fromWkb(a->wkb);
    GeomPtr c = g.own(GEOSGetCentroid_r(g.handle(), geom.get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(g.handle(), c.get(), &x);
    GEOSGeomGetY_r(g.handle(), c.get(), &y);
    return {x, y};
}

BoundaryImportOptions opts(const QString& layer, const QString& code = QStringLiteral("kode"),
                           const QString& name = QStringLiteral("nama"), const QString& within = {})
{
    BoundaryImportOptions o;
    o.layer = layer;
    o.codeField = code;
    o.nameField = name;
    o.codePrefix = within;
    return o;
}

} // namespace

using BoundaryImport = Fixture;

TEST_F(BoundaryImport, StoresLevelParentAndGeodesicAreaFromGeoJson)
{
    const QString path = file("batas.geojson");
    // Codes dotted and undotted, desa and kelurahan.
    iotest::writeVector(path, "GeoJSON", "batas", 4326,
                        {{"16.07.01", "Banyuasin I", iotest::squareWkt(104.7, -2.9, 0.1)},
                         {"160702", "  Banyuasin II ", iotest::squareWkt(104.8, -2.9, 0.1)},
                         {"16.07.01.2001", "Desa Satu", iotest::squareWkt(104.7, -2.9, 0.05)},
                         {"1607011002", "Kelurahan Dua", iotest::squareWkt(104.75, -2.9, 0.05)}});
    const BoundaryImportReport r = importBoundaries(*project, path, {});
    EXPECT_EQ(r.read, 4);
    EXPECT_EQ(r.stored, 4);
    EXPECT_EQ(r.inserted, 4);
    EXPECT_EQ(r.updated, 0);
    EXPECT_EQ(r.repaired, 0);
    EXPECT_EQ(r.byLevel.at("kecamatan"), 2);
    EXPECT_EQ(r.byLevel.at("desa"), 1);
    EXPECT_EQ(r.byLevel.at("kelurahan"), 1);

    auto kec = project->area("16.07.02");
    ASSERT_TRUE(kec);
    EXPECT_EQ(kec->name, "Banyuasin II");
    EXPECT_EQ(kec->level, AdminLevel::Kecamatan);
    EXPECT_EQ(kec->parentCode, "16.07");
    // 0.1° x 0.1° at 2.9° S: about 11.06 km x 11.13 km.
    EXPECT_NEAR(kec->areaKm2, 123.0, 1.0);
    auto kel = project->area("16.07.01.1002");
    ASSERT_TRUE(kel);
    EXPECT_EQ(kel->level, AdminLevel::Kelurahan);
    EXPECT_EQ(kel->parentCode, "16.07.01");
    EXPECT_EQ(count("SELECT count(*) FROM import_log WHERE kind='boundaries' AND rows_ok=4"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM admin_area WHERE ST_IsValid(geom) = 1 AND GeometryType(geom) = 'MULTIPOLYGON'"), 4);
}

TEST_F(BoundaryImport, ReprojectsFromUtmToLonLat)
{
    // A 10 km square in UTM 48S (EPSG:32748) on the 105° E central meridian, near 3° S.
    const QString path = file("utm.gpkg");
    iotest::writeVector(path, "GPKG", "kecamatan", 32748,
                        {{"16.07.05", "Kotak", iotest::squareWkt(495000, 9660000, 10000)}});
    const BoundaryImportReport r = importBoundaries(*project, path, opts(QStringLiteral("kecamatan")));
    EXPECT_EQ(r.stored, 1);
    EXPECT_EQ(r.sourceCrs, "EPSG:32748");
    const QPointF c = centroid(*project, "16.07.05");
    EXPECT_NEAR(c.x(), 105.0, 0.01);   // x is longitude
    EXPECT_NEAR(c.y(), -3.028, 0.01);  // y is latitude (south)
    // 100 km² on the grid; the true area is larger by the UTM scale factor 0.9996 (squared).
    EXPECT_NEAR(project->area("16.07.05")->areaKm2, 100.0 / (0.9996 * 0.9996), 0.05);
}

TEST_F(BoundaryImport, RepairsBowTieAndCountsIt)
{
    const QString path = file("bowtie.geojson");
    iotest::writeVector(path, "GeoJSON", "batas", 4326,
                        {{"16.07.01", "Dasi Kupu", "POLYGON((104 -3, 104.1 -2.9, 104.1 -3, 104 -2.9, 104 -3))"},
                         {"16.07.02", "Kotak", iotest::squareWkt(104.2, -3, 0.1)}});
    const BoundaryImportReport r = importBoundaries(*project, path, {});
    EXPECT_EQ(r.stored, 2);
    EXPECT_EQ(r.repaired, 1);
    EXPECT_EQ(r.repairedCodes, QStringList{"16.07.01"});
    // Both triangles kept: half of the square.
    auto a = project->area("16.07.01");
    ASSERT_TRUE(a);
    EXPECT_NEAR(a->areaKm2, project->area("16.07.02")->areaKm2 / 2, 0.5);
    EXPECT_EQ(count("SELECT ST_IsValid(geom) FROM admin_area WHERE code='16.07.01'"), 1);
}

TEST_F(BoundaryImport, ReimportUpdatesWithoutDuplicates)
{
    const QString path = file("batas.gpkg");
    iotest::writeVector(path, "GPKG", "kecamatan", 4326,
                        {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)},
                         {"16.07.02", "Dua", iotest::squareWkt(104.8, -2.9, 0.1)}});
    importBoundaries(*project, path, opts(QStringLiteral("kecamatan")));
    const QString path2 = file("batas2.gpkg");
    iotest::writeVector(path2, "GPKG", "kecamatan", 4326,
                        {{"16.07.02", "Dua Baru", iotest::squareWkt(104.8, -2.9, 0.2)},
                         {"16.07.03", "Tiga", iotest::squareWkt(104.9, -2.9, 0.1)}});
    const BoundaryImportReport r = importBoundaries(*project, path2, opts(QStringLiteral("kecamatan")));
    EXPECT_EQ(r.inserted, 1);
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(count("SELECT count(*) FROM admin_area"), 3);
    EXPECT_EQ(project->area("16.07.02")->name, "Dua Baru");
    EXPECT_GT(project->area("16.07.02")->areaKm2, 400.0);
    EXPECT_EQ(count("SELECT count(*) FROM import_log"), 2);
}

TEST_F(BoundaryImport, WithinKeepsOnlyCodesUnderThePrefix)
{
    const QString path = file("batas.geojson");
    iotest::writeVector(path, "GeoJSON", "batas", 4326,
                        {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)},
                         {"16.70.01", "Lain", iotest::squareWkt(104.8, -2.9, 0.1)},
                         {"16.07", "Kabupaten", iotest::squareWkt(104.7, -2.9, 0.3)}});
    BoundaryImportOptions o;
    o.codePrefix = QStringLiteral("16.7");
    const BoundaryImportReport r = importBoundaries(*project, path, o);
    EXPECT_EQ(r.stored, 2);
    EXPECT_EQ(r.outsidePrefix, 1);
    EXPECT_FALSE(project->area("16.70.01"));
}

TEST_F(BoundaryImport, ReportsFeaturesWithoutPolygonInsteadOfDroppingThemSilently)
{
    const QString path = file("batas.geojson");
    iotest::writeVector(path, "GeoJSON", "batas", 4326,
                        {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)},
                         {"16.07.02", "Tanpa geometri", {}},
                         {"16.07.03", "Garis", "LINESTRING(104 -3, 105 -3)"}});
    const BoundaryImportReport r = importBoundaries(*project, path, {});
    EXPECT_EQ(r.read, 3);
    EXPECT_EQ(r.stored, 1);
    EXPECT_EQ(r.skipped, 2);
    ASSERT_EQ(r.warnings.size(), 2);
    EXPECT_TRUE(r.warnings[0].contains("16.07.02"));
    EXPECT_TRUE(r.warnings[1].contains("16.07.03"));
    EXPECT_EQ(count("SELECT rows_failed FROM import_log"), 2);
}

TEST_F(BoundaryImport, MapsCodeAndNameFields)
{
    const QString path = file("batas.gpkg");
    iotest::writeVector(path, "GPKG", "wilayah", 4326, {{"1607012001", "Sukamaju", iotest::squareWkt(104.7, -2.9, 0.01)}},
                        QStringLiteral("KD_DESA"));
    BoundaryImportOptions o;
    o.codeField = QStringLiteral("KD_DESA");
    const BoundaryImportReport r = importBoundaries(*project, path, o);
    EXPECT_EQ(r.byLevel.at("desa"), 1);
    EXPECT_EQ(project->area("16.07.01.2001")->name, "Sukamaju");
}

TEST_F(BoundaryImport, WarnsAboutACodeUsedTwiceInOneFile)
{
    const QString path = file("batas.geojson");
    iotest::writeVector(path, "GeoJSON", "batas", 4326,
                        {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)},
                         {"16.07.01", "Satu lagi", iotest::squareWkt(104.8, -2.9, 0.1)}});
    const BoundaryImportReport r = importBoundaries(*project, path, {});
    EXPECT_EQ(r.inserted, 1);
    EXPECT_EQ(r.updated, 1);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains("16.07.01"));
    EXPECT_EQ(count("SELECT count(*) FROM admin_area"), 1);
}

TEST_F(BoundaryImport, ShapefileWithoutCrsIsAssumedLonLatOnlyWhenItCanBe)
{
    const QString degrees = file("derajat.shp");
    iotest::writeVector(degrees, "ESRI Shapefile", "derajat", 0, {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)}});
    const BoundaryImportReport r = importBoundaries(*project, degrees, {});
    EXPECT_EQ(r.stored, 1);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains("EPSG:4326"));

    const QString metres = file("meter.shp");
    iotest::writeVector(metres, "ESRI Shapefile", "meter", 0, {{"16.07.02", "Dua", iotest::squareWkt(495000, 9660000, 10000)}});
    EXPECT_THROW(importBoundaries(*project, metres, {}), Error);
    EXPECT_FALSE(project->area("16.07.02"));
}

// -- errors: each names the file and what is wrong, and the store is unchanged.

static QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return QStringLiteral("(no error)");
}

TEST_F(BoundaryImport, InvalidCodeNamesFileFeatureAndFieldAndRollsBack)
{
    const QString good = file("good.geojson");
    iotest::writeVector(good, "GeoJSON", "batas", 4326, {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)}});
    importBoundaries(*project, good, {});
    const QString before = iotest::dumpUserTables(*project);

    const QString bad = file("bad.geojson");
    iotest::writeVector(bad, "GeoJSON", "batas", 4326,
                        {{"16.07.01", "Satu baru", iotest::squareWkt(104.7, -2.9, 0.2)},
                         {"16.07.02", "Dua", iotest::squareWkt(104.8, -2.9, 0.1)},
                         {"16.07.xx", "Rusak", iotest::squareWkt(104.9, -2.9, 0.1)}});
    const QString msg = errorOf([&] { importBoundaries(*project, bad, {}); });
    EXPECT_TRUE(msg.contains(bad)) << msg.toStdString();
    EXPECT_TRUE(msg.contains("fitur 3")) << msg.toStdString();
    EXPECT_TRUE(msg.contains("kolom 'kode'")) << msg.toStdString();
    EXPECT_TRUE(msg.contains("16.07.xx")) << msg.toStdString();
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

TEST_F(BoundaryImport, FileAndLayerAndFieldErrorsAreClear)
{
    const QString two = file("dua.gpkg");
    iotest::writeVector(two, "GPKG", "kecamatan", 4326, {{"16.07.01", "Satu", iotest::squareWkt(104.7, -2.9, 0.1)}});
    iotest::writeVector(file("lain.gpkg"), "GPKG", "desa", 4326, {});
    const QString corrupt = file("rusak.gpkg");
    iotest::writeGarbage(corrupt);
    const QString before = iotest::dumpUserTables(*project);

    struct Case {
        QString path;
        BoundaryImportOptions options;
        QStringList expected;
    } cases[] = {
        {file("tidak_ada.gpkg"), {}, {"tidak_ada.gpkg", "tidak ditemukan"}},
        {corrupt, {}, {"rusak.gpkg", "tidak dapat dibaca"}},
        {two, opts(QStringLiteral("desa")), {"dua.gpkg", "layer 'desa' tidak ada", "kecamatan"}},
        {two, opts(QStringLiteral("kecamatan"), QStringLiteral("kd")), {"dua.gpkg", "kolom 'kd'", "kode, nama"}},
        {two, opts(QStringLiteral("kecamatan"), QStringLiteral("kode"), QStringLiteral("nm")), {"kolom 'nm'"}},
        {two, opts({}, QStringLiteral("kode"), QStringLiteral("nama"), QStringLiteral("16.x")), {"16.x", "--within"}},
    };
    for (const Case& c : cases) {
        const QString msg = errorOf([&] { importBoundaries(*project, c.path, c.options); });
        for (const QString& e : c.expected)
            EXPECT_TRUE(msg.contains(e)) << msg.toStdString() << " | expected: " << e.toStdString();
    }
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

TEST_F(BoundaryImport, DamageInsideAFileIsAnErrorNotAPartialImport)
{
    // A GeoPackage whose header is fine but whose pages half-way are overwritten:
    // GDAL opens it and ends the feature loop early with an error.
    const QString path = file("rusak_tengah.gpkg");
    std::vector<Feature> features;
    for (int i = 0; i < 1500; ++i) {
        QString ring;
        for (int k = 0; k <= 100; ++k) {
            const double a = 2 * M_PI * (k % 100) / 100.0;
            ring += QStringLiteral("%1 %2,").arg(104 + (i % 50) * 0.02 + 0.005 * std::cos(a), 0, 'f', 7).arg(-3 + (i / 50) * 0.02 + 0.005 * std::sin(a), 0, 'f', 7);
        }
        ring.chop(1);
        features.push_back({QStringLiteral("16.07.%1.2%2").arg(i / 100 + 1, 2, 10, QLatin1Char('0')).arg(i % 100, 3, 10, QLatin1Char('0')),
                            QStringLiteral("Desa %1").arg(i), QStringLiteral("MULTIPOLYGON(((%1)))").arg(ring)});
    }
    iotest::writeVector(path, "GPKG", "desa", 4326, features);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 page = 4096, at = (f.size() * 6 / 10) / page * page;
        ASSERT_TRUE(f.seek(at));
        f.write(QByteArray(5 * page, '\x5a'));
    }
    const QString before = iotest::dumpUserTables(*project);
    const QString msg = errorOf([&] { importBoundaries(*project, path, {}); });
    EXPECT_TRUE(msg.contains(path)) << msg.toStdString();
    EXPECT_TRUE(msg.contains("berkas rusak")) << msg.toStdString();
    EXPECT_TRUE(msg.contains("dari 1500")) << msg.toStdString();
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

TEST_F(BoundaryImport, CancelRollsBack)
{
    const QString path = file("batas.geojson");
    std::vector<Feature> features;
    for (int i = 1; i <= 200; ++i)
        features.push_back({QStringLiteral("16.07.%1").arg(i % 99 + 1, 2, 10, QLatin1Char('0')) + (i > 99 ? ".2001" : ""),
                            QStringLiteral("A%1").arg(i), iotest::squareWkt(104 + i * 0.01, -3, 0.01)});
    iotest::writeVector(path, "GeoJSON", "batas", 4326, features);
    const QString before = iotest::dumpUserTables(*project);
    Progress progress([&](double f, const QString&) {
        if (f > 0.2)
            progress.cancel();
    });
    EXPECT_THROW(importBoundaries(*project, path, {}, progress), Cancelled);
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

// -- shared data: the national kecamatan layer (7,285 features, ~4% invalid).

TEST(BoundaryImportShared, NationalKecamatanAllStoredWithRepairsCounted)
{
    PS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath("p.sqlite"));
    BoundaryImportOptions o;
    o.layer = QStringLiteral("kecamatan");
    const BoundaryImportReport r = importBoundaries(*project, pstest::shared("boundaries/indonesia_admin.gpkg"), o);
    std::cout << "[ info     ] kecamatan: read " << r.read << ", stored " << r.stored << ", repaired " << r.repaired
              << ", warnings " << r.warnings.size() << std::endl;
    EXPECT_EQ(r.read, 7285);
    EXPECT_EQ(r.stored, 7285);
    EXPECT_EQ(r.inserted, 7285);
    EXPECT_EQ(r.skipped, 0);
    EXPECT_GT(r.repaired, 200);
    EXPECT_LT(r.repaired, 350);
    EXPECT_EQ(project->areaCountsByLevel().at("kecamatan"), 7285);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM admin_area WHERE geom IS NULL OR area_km2 <= 0"), 0);
    // Re-importing part of the layer updates those areas and adds none.
    const BoundaryImportReport again = importBoundaries(
        *project, pstest::shared("boundaries/indonesia_admin.gpkg"), opts(QStringLiteral("kecamatan"), "kode", "nama", "16.07"));
    EXPECT_EQ(again.stored, 21);
    EXPECT_EQ(again.updated, 21);
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM admin_area"), 7285);
    // Kecamatan Banyuasin I is stored with its kabupaten as parent.
    auto a = project->area("16.07.01", false);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->parentCode, "16.07");
}
