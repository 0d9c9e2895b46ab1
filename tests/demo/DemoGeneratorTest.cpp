// The generated district, checked as a planner's data would be: shapes that
// tile, codes that parse, people where the map says, facilities inside their
// desa, counts that add up. Generated once for the whole suite.
#include "core/AdminCode.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "io/TableReader.h"
#include "io/demo/DemoDistrict.h"
#include "io/demo/DemoIndicators.h"
#include "io/demo/DemoWriter.h"
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <cmath>
#include <map>
#include <numeric>
#include <memory>

using namespace ps;
using namespace ps::demo;

namespace {

struct Generated {
    DemoDistrict district;
    QTemporaryDir dir;
    DemoFiles files;
};

class DemoGenerator : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_a = std::make_unique<Generated>();
        s_a->district = generateDistrict();
        s_a->files = writeDemoInputs(s_a->district, s_a->dir.path());
    }
    static void TearDownTestSuite() { s_a.reset(); }
    static const DemoDistrict& d() { return s_a->district; }
    static const DemoFiles& files() { return s_a->files; }
    static std::unique_ptr<Generated> s_a;
};
std::unique_ptr<Generated> DemoGenerator::s_a;

double planarArea(const QByteArray& wkb)
{
    GeomPtr g = geos().fromWkb(wkb);
    double a = 0;
    GEOSArea_r(geos().handle(), g.get(), &a);
    return a;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

} // namespace

TEST_F(DemoGenerator, IsDeterministic)
{
    Generated again;
    again.district = generateDistrict();
    again.files = writeDemoInputs(again.district, again.dir.path());
    for (const auto& [a, b] : {std::pair{files().puskesmas, again.files.puskesmas},
                               std::pair{files().pustu, again.files.pustu},
                               std::pair{files().posyandu, again.files.posyandu},
                               std::pair{files().indicatorCsv, again.files.indicatorCsv},
                               std::pair{files().population, again.files.population},
                               std::pair{files().boundaries, again.files.boundaries}})
        EXPECT_EQ(readAll(a), readAll(b)) << a.toStdString();
    ASSERT_EQ(d().desa.size(), again.district.desa.size());
    for (size_t i = 0; i < d().desa.size(); ++i) {
        EXPECT_EQ(d().desa[i].wkb, again.district.desa[i].wkb) << d().desa[i].code.toStdString();
        EXPECT_EQ(d().desa[i].areaKm2, again.district.desa[i].areaKm2);
        EXPECT_EQ(d().desa[i].name, again.district.desa[i].name);
    }
    ASSERT_EQ(d().kecamatan.size(), again.district.kecamatan.size());
    for (size_t i = 0; i < d().kecamatan.size(); ++i)
        EXPECT_EQ(d().kecamatan[i].wkb, again.district.kecamatan[i].wkb);
    EXPECT_EQ(d().population.people, again.district.population.people);

    // Another seed gives another district.
    DemoOptions other;
    other.seed = 99;
    EXPECT_NE(generateDistrict(other).desa.front().wkb, d().desa.front().wkb);
}

TEST_F(DemoGenerator, HasPlausibleSizeAndPlace)
{
    EXPECT_GE(d().kabupaten.areaKm2, 1500.0);
    EXPECT_LE(d().kabupaten.areaKm2, 2500.0);
    EXPECT_GE(d().kecamatan.size(), 8u);
    EXPECT_LE(d().kecamatan.size(), 12u);
    EXPECT_GE(d().desa.size(), 80u);
    EXPECT_LE(d().desa.size(), 150u);
    // Java, one UTM zone (49S) for every vertex's box.
    GeomPtr kab = geos().fromWkb(d().kabupaten.wkb);
    double x0, y0, x1, y1;
    GEOSGeom_getXMin_r(geos().handle(), kab.get(), &x0);
    GEOSGeom_getYMin_r(geos().handle(), kab.get(), &y0);
    GEOSGeom_getXMax_r(geos().handle(), kab.get(), &x1);
    GEOSGeom_getYMax_r(geos().handle(), kab.get(), &y1);
    for (double lon : {x0, x1})
        for (double lat : {y0, y1})
            EXPECT_EQ(utmEpsgFor(lon, lat), 32749) << lon << " " << lat;
    EXPECT_GT(y1, -8.2);
    EXPECT_LT(y0, -7.0);
    // The province contains the kabupaten.
    GeomPtr prov = geos().fromWkb(d().provinsi.wkb);
    EXPECT_TRUE(GEOSCovers_r(geos().handle(), prov.get(), kab.get()));
    // ... and its other kabupaten, which lie inside it and beside ours.
    ASSERT_GE(d().neighbours.size(), 3u);
    for (const DemoArea& n : d().neighbours) {
        const auto c = parseAdminCode(n.code);
        ASSERT_TRUE(c);
        EXPECT_EQ(c->level, AdminLevel::Kabupaten);
        EXPECT_EQ(n.parentCode, kProvinsiCode);
        GeomPtr g = geos().fromWkb(n.wkb);
        GeomPtr inProvince = geos().own(GEOSIntersection_r(geos().handle(), g.get(), prov.get()));
        GeomPtr overlap = geos().own(GEOSIntersection_r(geos().handle(), g.get(), kab.get()));
        double a = 0, ap = 0, ao = 0;
        GEOSArea_r(geos().handle(), g.get(), &a);
        GEOSArea_r(geos().handle(), inProvince.get(), &ap);
        GEOSArea_r(geos().handle(), overlap.get(), &ao);
        EXPECT_NEAR(ap, a, a * 1e-6) << n.code.toStdString();
        EXPECT_LT(ao, a * 1e-6) << n.code.toStdString();
    }
}

TEST_F(DemoGenerator, DesaTileTheKabupatenExactly)
{
    const GEOSContextHandle_t h = geos().handle();
    double sumKm2 = 0, sumPlanar = 0;
    std::vector<const GEOSGeometry*> parts;
    std::vector<GeomPtr> owned;
    for (const DemoArea& a : d().desa) {
        GeomPtr g = geos().fromWkb(a.wkb);
        ASSERT_TRUE(g) << a.code.toStdString();
        EXPECT_TRUE(GEOSisValid_r(h, g.get())) << a.code.toStdString();
        EXPECT_EQ(GEOSGeomTypeId_r(h, g.get()), GEOS_MULTIPOLYGON);
        EXPECT_GT(a.areaKm2, 1.0) << a.code.toStdString();
        sumKm2 += a.areaKm2;
        sumPlanar += planarArea(a.wkb);
        owned.push_back(std::move(g));
    }
    EXPECT_NEAR(sumKm2, d().kabupaten.areaKm2, d().kabupaten.areaKm2 * 0.001);
    // No overlaps: the union has the area of the sum.
    std::vector<GEOSGeometry*> clones;
    for (const GeomPtr& g : owned)
        clones.push_back(GEOSGeom_clone_r(h, g.get()));
    GeomPtr coll = geos().own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                          static_cast<unsigned>(clones.size())));
    GeomPtr u = geos().own(GEOSUnaryUnion_r(h, coll.get()));
    double unionPlanar = 0;
    GEOSArea_r(h, u.get(), &unionPlanar);
    EXPECT_NEAR(unionPlanar, sumPlanar, sumPlanar * 1e-6);
    EXPECT_NEAR(unionPlanar, planarArea(d().kabupaten.wkb), sumPlanar * 1e-6);

    // Each kecamatan is one piece, the exact union of its desa.
    for (const DemoArea& k : d().kecamatan) {
        double sum = 0;
        int n = 0;
        for (const DemoArea& a : d().desa)
            if (a.parentCode == k.code) {
                sum += a.areaKm2;
                ++n;
            }
        EXPECT_GE(n, 3) << k.code.toStdString();
        EXPECT_NEAR(sum, k.areaKm2, k.areaKm2 * 1e-6) << k.code.toStdString();
        GeomPtr g = geos().fromWkb(k.wkb);
        EXPECT_EQ(GEOSGetNumGeometries_r(h, g.get()), 1) << k.code.toStdString();
    }
}

TEST_F(DemoGenerator, CodesAndNamesAreKemendagriStyle)
{
    QSet<QString> kecCodes, kecNames, codes;
    for (const DemoArea& k : d().kecamatan) {
        const auto c = parseAdminCode(k.code);
        ASSERT_TRUE(c);
        EXPECT_EQ(c->level, AdminLevel::Kecamatan);
        EXPECT_EQ(c->code, k.code);
        EXPECT_EQ(k.parentCode, kKabupatenCode);
        EXPECT_FALSE(k.name.isEmpty());
        kecCodes.insert(k.code);
        kecNames.insert(k.name);
    }
    EXPECT_EQ(kecNames.size(), kecCodes.size()) << "kecamatan names are unique";
    int kelurahan = 0;
    std::map<QString, QSet<QString>> kecOfName;
    for (const DemoArea& a : d().desa) {
        const auto c = parseAdminCode(a.code);
        ASSERT_TRUE(c) << a.code.toStdString();
        EXPECT_EQ(c->code, a.code);
        EXPECT_EQ(c->level, a.level);
        EXPECT_EQ(c->parent, a.parentCode);
        EXPECT_TRUE(kecCodes.contains(a.parentCode)) << a.code.toStdString();
        EXPECT_FALSE(codes.contains(a.code));
        codes.insert(a.code);
        EXPECT_FALSE(a.name.isEmpty());
        kelurahan += a.level == AdminLevel::Kelurahan;
        EXPECT_FALSE(kecOfName[a.name].contains(a.parentCode)) << "name repeated inside one kecamatan: "
                                                               << a.name.toStdString();
        kecOfName[a.name].insert(a.parentCode);
    }
    EXPECT_GE(kelurahan, 3);
    EXPECT_LE(kelurahan, 8);
    EXPECT_GE(kecOfName[QStringLiteral("Karang Anyar")].size(), 2) << "a desa name repeats across kecamatan";
    EXPECT_EQ(d().townDesaCode.right(4), QStringLiteral("1001"));
}

TEST_F(DemoGenerator, PopulationRasterIsReadableByGdal)
{
    initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(files().population.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "GTiff");
    GDALRasterBand* band = ds->GetRasterBand(1);
    EXPECT_EQ(band->GetRasterDataType(), GDT_Float32);
    int hasNoData = 0;
    EXPECT_EQ(band->GetNoDataValue(&hasNoData), -1.0);
    EXPECT_TRUE(hasNoData);
    double gt[6];
    ASSERT_EQ(ds->GetGeoTransform(gt), CE_None);
    EXPECT_NEAR(gt[1], 1.0 / 1200.0, 1e-12);
    EXPECT_NEAR(gt[5], -1.0 / 1200.0, 1e-12);
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    ASSERT_TRUE(srs);
    EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4326");
    std::vector<float> cells(static_cast<size_t>(ds->GetRasterXSize()) * ds->GetRasterYSize());
    ASSERT_EQ(band->RasterIO(GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), cells.data(),
                             ds->GetRasterXSize(), ds->GetRasterYSize(), GDT_Float32, 0, 0),
              CE_None);
    double total = 0, maxCell = 0;
    int empty = 0, valid = 0;
    for (float v : cells) {
        if (v == -1.0f)
            continue;
        ++valid;
        total += v;
        maxCell = std::max(maxCell, static_cast<double>(v));
        empty += v < 0.05f;
    }
    EXPECT_GT(total, 400000.0);
    EXPECT_LT(total, 900000.0);
    EXPECT_NEAR(total, d().population.total(), 1.0);
    EXPECT_GT(maxCell, 50.0) << "a town core";
    EXPECT_GT(empty, valid / 20) << "forest and swamp with next to nobody";
    // Every desa has people, the desa's share adds up to the total.
    double sum = 0;
    for (const DemoArea& a : d().desa) {
        EXPECT_GT(a.population, 100.0) << a.code.toStdString();
        sum += a.population;
    }
    EXPECT_NEAR(sum, total, total * 1e-4);
}

TEST_F(DemoGenerator, FacilitiesLieInTheirNamedDesa)
{
    const GEOSContextHandle_t h = geos().handle();
    std::map<QString, QString> kecCodeByName;
    for (const DemoArea& k : d().kecamatan)
        kecCodeByName[k.name] = k.code;
    std::map<std::pair<QString, QString>, const DemoArea*> desaByNames;   // (kecamatan code, desa name)
    for (const DemoArea& a : d().desa)
        desaByNames[{a.parentCode, a.name}] = &a;

    struct File {
        QString path, desaCol, kecCol, latCol, lonCol;
    };
    const File list[] = {{files().puskesmas, "desa", "kecamatan", "latitude", "longitude"},
                         {files().pustu, "desa", "kecamatan", "lintang", "bujur"},
                         {files().posyandu, "desa", "kecamatan", "latitude", "longitude"}};
    std::map<QString, int> posyanduPerDesa;
    int blank = 0;
    for (const File& f : list) {
        const io::Table t = io::readTable(f.path);
        ASSERT_FALSE(t.rows.empty()) << f.path.toStdString();
        const int dc = t.column(f.desaCol), kc = t.column(f.kecCol), la = t.column(f.latCol), lo = t.column(f.lonCol);
        ASSERT_TRUE(dc >= 0 && kc >= 0 && la >= 0 && lo >= 0) << f.path.toStdString();
        for (const QStringList& row : t.rows) {
            ASSERT_TRUE(kecCodeByName.count(row[kc])) << row[kc].toStdString();
            const auto it = desaByNames.find({kecCodeByName[row[kc]], row[dc]});
            ASSERT_NE(it, desaByNames.end()) << row[dc].toStdString();
            if (f.path == files().posyandu)
                ++posyanduPerDesa[it->second->code];
            if (row[la].isEmpty()) {
                ++blank;
                continue;
            }
            GeomPtr desa = geos().fromWkb(it->second->wkb);
            GeomPtr pt = geos().point(row[lo].toDouble(), row[la].toDouble());
            EXPECT_TRUE(GEOSContains_r(h, desa.get(), pt.get())) << f.path.toStdString() << " " << row.join(',').toStdString();
        }
    }
    EXPECT_GT(blank, 0) << "some posyandu need geocoding";
    EXPECT_LT(blank, static_cast<int>(d().posyandu.rows.size()) / 5);
    EXPECT_EQ(d().desaWithoutPosyandu.size(), 3);
    for (const DemoArea& a : d().desa) {
        const int n = posyanduPerDesa[a.code];
        if (d().desaWithoutPosyandu.contains(a.code)) {
            EXPECT_EQ(n, 0) << a.code.toStdString();
        } else {
            EXPECT_GE(n, 2) << a.code.toStdString();
            EXPECT_LE(n, 8) << a.code.toStdString();
        }
    }
    // A puskesmas in every kecamatan, more in the largest; pustu in about half the desa.
    EXPECT_GE(d().puskesmas.rows.size(), d().kecamatan.size() + 1);
    QSet<QString> withPuskesmas;
    for (const QStringList& row : d().puskesmas.rows)
        withPuskesmas.insert(row[d().puskesmas.column("kecamatan")]);
    EXPECT_EQ(withPuskesmas.size(), static_cast<int>(d().kecamatan.size()));
    EXPECT_GT(d().pustu.rows.size(), d().desa.size() / 3);
    EXPECT_LT(d().pustu.rows.size(), d().desa.size() * 2 / 3);
}

TEST_F(DemoGenerator, IndicatorWorkbookHasFourPlausibleYears)
{
    const std::vector<io::Table> sheets = io::readTables(files().indicatorXlsx);
    ASSERT_EQ(sheets.size(), 4u);
    std::map<QString, double> population;
    for (const DemoArea& k : d().kecamatan)
        population[k.code] = k.population;
    int blanks = 0;
    std::map<int, std::vector<double>> stuntingByYear;
    for (int i = 0; i < 4; ++i) {
        const io::Table& t = sheets[static_cast<size_t>(i)];
        EXPECT_EQ(t.sheet, QString::number(2021 + i));
        ASSERT_EQ(t.rows.size(), d().kecamatan.size());
        const int code = t.column("kode_kecamatan"), balita = t.column("jumlah_balita"), diukur = t.column("balita_diukur"),
                  stunting = t.column("balita_stunting"), wasting = t.column("balita_wasting");
        ASSERT_TRUE(code >= 0 && balita >= 0 && diukur >= 0 && stunting >= 0 && wasting >= 0);
        for (const QStringList& row : t.rows) {
            for (const QString& cell : row)
                blanks += cell.isEmpty();
            const double b = row[balita].toDouble(), m = row[diukur].toDouble();
            const double share = b / (population[row[code]] * std::pow(1.011, -(3 - i)));
            EXPECT_GT(share, 0.075) << row[code].toStdString();
            EXPECT_LT(share, 0.095) << row[code].toStdString();
            EXPECT_LE(m, b);
            EXPECT_GE(m, 0.6 * b);
            if (!row[stunting].isEmpty()) {
                EXPECT_LE(row[stunting].toDouble(), m);
                stuntingByYear[2021 + i].push_back(100.0 * row[stunting].toDouble() / m);
            }
            EXPECT_LE(row[wasting].toDouble(), m);
        }
    }
    EXPECT_EQ(blanks, static_cast<int>(d().blanks.size()));
    // 2024 spans the WHO classes from low to very high; the trend goes down.
    const auto& latest = stuntingByYear[2024];
    EXPECT_LT(*std::min_element(latest.begin(), latest.end()), 10.0);
    EXPECT_GE(*std::max_element(latest.begin(), latest.end()), 30.0);
    auto mean = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / v.size(); };
    EXPECT_LT(mean(stuntingByYear[2024]), mean(stuntingByYear[2021]));

    // The CSV copy: same numbers, a tahun column.
    const io::Table csv = io::readTable(files().indicatorCsv);
    EXPECT_EQ(csv.rows.size(), 4 * d().kecamatan.size());
    EXPECT_EQ(csv.column("tahun"), 0);
}
