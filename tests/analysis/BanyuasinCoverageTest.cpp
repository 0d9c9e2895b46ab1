// Acceptance tests on the Banyuasin sample (skipped without ../shared/data).
#include "SampleProject.h"
#include "TestSupport.h"
#include "analysis/CoverageAnalysis.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "io/TableReader.h"
#include <gdal_priv.h>
#include <algorithm>
#include <cmath>
#include <set>

using namespace ps;
using namespace ps::analysis;

namespace {

class Banyuasin : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (ps::sharedDataDir().isEmpty())
            return;
        s_dir = new QTemporaryDir;
        pstest::SampleSpec spec;
        spec.desaGpkg = pstest::shared("boundaries/desa_sumatera_selatan.gpkg");
        spec.adminGpkg = pstest::shared("boundaries/indonesia_admin.gpkg");
        spec.codePrefix = QStringLiteral("16.07");
        spec.facilitiesCsv = pstest::shared("sample/banyuasin/truth/facilities_truth.csv");
        spec.indicatorsCsv = pstest::shared("sample/banyuasin/truth/indikator_truth.csv");
        spec.populationTif = pstest::shared("sample/banyuasin/population_100m.tif");
        auto p = pstest::buildSampleProject(s_dir->filePath("banyuasin.sqlite"), spec);
        CoverageParams params;
        params.codePrefix = QStringLiteral("16.07");
        params.proposeCount = 10;
        s_result = new CoverageResult(runCoverage(*p, params));
    }
    static void TearDownTestSuite()
    {
        delete s_result;
        delete s_dir;
        s_result = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override { PS_REQUIRE_SHARED_DATA(); }
    std::unique_ptr<Project> open() { return Project::open(s_dir->filePath("banyuasin.sqlite")); }

    static QTemporaryDir* s_dir;
    static CoverageResult* s_result;
};
QTemporaryDir* Banyuasin::s_dir = nullptr;
CoverageResult* Banyuasin::s_result = nullptr;

} // namespace

TEST_F(Banyuasin, EveryDesaWithoutPosyanduIsRankedUnderserved)
{
    const io::Table t = io::readTable(pstest::shared("sample/banyuasin/truth/desa_population.csv"));
    const int cCode = t.column("desa_kode"), cHas = t.column("has_posyandu");
    std::set<QString> without;
    for (const QStringList& row : t.rows)
        if (row[cHas].trimmed() == QLatin1String("0"))
            without.insert(row[cCode]);
    ASSERT_FALSE(without.empty());
    int seen = 0;
    for (const RankRow& r : s_result->desaRanking) {
        if (!without.count(r.in.code))
            continue;
        ++seen;
        EXPECT_TRUE(r.underserved) << r.in.code.toStdString() << " rank " << r.rank;
        EXPECT_EQ(r.in.posyandu, 0) << r.in.code.toStdString();
        EXPECT_TRUE(r.reason.contains(QStringLiteral("tanpa posyandu")));
    }
    EXPECT_EQ(seen, static_cast<int>(without.size()));
    // The stored map layer carries the same flags and the desa polygons.
    auto p = open();
    EXPECT_EQ(p->db().scalarInt(QStringLiteral("SELECT count(*) FROM underserved_rank WHERE run_id = %1 AND level = 'desa' "
                                               "AND underserved = 1 AND geom IS NOT NULL AND reason LIKE '%%tanpa posyandu%%'")
                                    .arg(s_result->runId).toUtf8().constData()),
              static_cast<qint64>(without.size()));
}

// Independent of the fast path: every populated cell of the raster read whole
// with GDAL, its centre tested against the desa polygons with GEOS, its
// distance to every posyandu measured with PROJ's geodesic (a lon/lat box only
// skips posyandu that are obviously too far).
TEST_F(Banyuasin, KabupatenCoveredPopulationMatchesABruteForceGeodesicCount)
{
    auto p = open();
    GeosContext& g = geos();
    std::vector<GeomPtr> parts;
    std::vector<PreparedPtr> prepared;
    for (const AdminArea& a : p->areas(AdminLevel::Desa, true, QStringLiteral("16.07"))) {
        parts.push_back(g.fromWkb(a.wkb));
        prepared.push_back(g.prepare(parts.back().get()));
    }
    std::vector<std::pair<double, double>> posyandu; // (lon, lat) sorted by lon
    for (const Facility& f : p->facilities(FacilityType::Posyandu))
        posyandu.emplace_back(*f.lon, *f.lat);
    std::sort(posyandu.begin(), posyandu.end());

    initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(pstest::shared("sample/banyuasin/population_100m.tif").toUtf8().constData(),
                                              GDAL_OF_RASTER));
    ASSERT_TRUE(ds);
    double gt[6];
    ds->GetGeoTransform(gt);
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    std::vector<float> pop(static_cast<size_t>(w) * h);
    ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, w, h, pop.data(), w, h, GDT_Float32, 0, 0), CE_None);
    double total = 0, covered = 0;
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) {
            const float v = pop[static_cast<size_t>(r) * w + c];
            if (!(v > 0))
                continue;
            const double lon = gt[0] + (c + 0.5) * gt[1], lat = gt[3] + (r + 0.5) * gt[5];
            GeomPtr pt = g.point(lon, lat);
            bool inside = false;
            for (size_t k = 0; k < prepared.size() && !inside; ++k)
                inside = GEOSPreparedContains_r(g.handle(), prepared[k].get(), pt.get()) == 1;
            if (!inside)
                continue;
            total += v;
            auto it = std::lower_bound(posyandu.begin(), posyandu.end(), std::make_pair(lon - 0.02, -90.0));
            for (; it != posyandu.end() && it->first <= lon + 0.02; ++it)
                if (std::abs(it->second - lat) < 0.02 && geodesicDistanceM(lon, lat, it->first, it->second) <= 1000.0) {
                    covered += v;
                    break;
                }
        }
    const AreaCoverageRow* kab = s_result->row(QStringLiteral("16.07"), QStringLiteral("posyandu"));
    ASSERT_NE(kab, nullptr);
    std::printf("Banyuasin posyandu 1 km: tool %.0f of %.0f people; brute force %.0f of %.0f\n", kab->coveredPopulation,
                kab->population, covered, total);
    EXPECT_NEAR(kab->population, total, total * 0.005);
    EXPECT_NEAR(kab->coveredPopulation, covered, covered * 0.005);
}

TEST_F(Banyuasin, ProposedSiteGainsAreReproducedByRerunningCoverage)
{
    ASSERT_EQ(s_result->proposed.size(), 10u);
    auto p = open();
    CoverageParams params;
    params.codePrefix = QStringLiteral("16.07");
    params.types = {FacilityType::Posyandu};
    params.areaCoverage = false;
    params.catchments = false;
    params.ranking = false;
    params.store = false;
    double previous = s_result->row(QStringLiteral("16.07"), QStringLiteral("posyandu"))->coveredPopulation;
    for (const ProposedSiteRow& s : s_result->proposed) {
        params.extraSites.push_back({FacilityType::Posyandu, SitePoint{s.lon, s.lat}});
        const CoverageResult again = runCoverage(*p, params);
        const double now = again.row(QStringLiteral("16.07"), QStringLiteral("posyandu"))->coveredPopulation;
        EXPECT_GT(s.marginalGain, 0);
        EXPECT_NEAR(now - previous, s.marginalGain, 0.01 + 1e-6 * now) << "site " << s.rank;
        previous = now;
    }
    for (size_t i = 1; i < s_result->proposed.size(); ++i)
        EXPECT_GE(s_result->proposed[i - 1].marginalGain, s_result->proposed[i].marginalGain);
}

TEST_F(Banyuasin, RunIsStoredWithItsLayersAndReadsBack)
{
    auto p = open();
    const auto run = latestRun(*p);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->id, s_result->runId);
    EXPECT_EQ(run->parameters.value("reach_m").toObject().value("posyandu").toDouble(), 1000.0);
    EXPECT_FALSE(run->startedAt.isEmpty());
    EXPECT_FALSE(run->finishedAt.isEmpty());
    const auto desa = storedCoverage(*p, run->id, AdminLevel::Desa, QStringLiteral("posyandu"));
    EXPECT_EQ(desa.size(), 305u);
    for (const AreaCoverageRow& r : desa) {
        EXPECT_LE(r.coveredKm2, r.areaKm2 * 1.0001 + 1e-9) << r.code.toStdString();
        EXPECT_LE(r.coveredPopulation, r.population + 1e-6);
    }
    const qint64 id = run->id;
    auto count = [&](const char* sql) { return p->db().scalarInt(QString::fromLatin1(sql).arg(id).toUtf8().constData()); };
    EXPECT_GT(count("SELECT count(*) FROM coverage_geom WHERE run_id=%1 AND facility_type='posyandu' AND geom IS NOT NULL"), 200);
    EXPECT_GT(count("SELECT count(*) FROM coverage_geom WHERE run_id=%1 AND facility_type='any'"), 200);
    EXPECT_EQ(count("SELECT count(*) FROM proposed_site WHERE run_id=%1 AND geom IS NOT NULL"), 10);
    EXPECT_EQ(count("SELECT count(*) FROM catchment WHERE run_id=%1"), 33);
    EXPECT_GE(count("SELECT count(*) FROM catchment WHERE run_id=%1 AND geom IS NOT NULL"), 30);
    EXPECT_EQ(count("SELECT count(*) FROM underserved_rank WHERE run_id=%1 AND level='kecamatan'"), 21);
    // Catchments share out the kabupaten's people.
    double inCatchments = 0;
    for (const CatchmentRow& c : s_result->catchments)
        inCatchments += c.population;
    const AreaCoverageRow* any = s_result->row(QStringLiteral("16.07"), QStringLiteral("any"));
    EXPECT_NEAR(inCatchments, any->population, 1.0);
    // More reach, more people: any ≥ each type; puskesmas 5 km ≥ posyandu 1 km by area.
    for (const char* t : {"posyandu", "pustu", "puskesmas"})
        EXPECT_GE(any->coveredPopulation + 1e-6, s_result->row("16.07", QString::fromLatin1(t))->coveredPopulation);
    std::printf("Banyuasin totals (people %.0f, area %.1f km2):\n", any->population, any->areaKm2);
    for (const char* t : {"posyandu", "pustu", "poskesdes", "puskesmas", "any"}) {
        const AreaCoverageRow* r = s_result->row("16.07", QString::fromLatin1(t));
        std::printf("  %-10s covered people %.0f (%.1f%%), covered area %.1f km2 (%.1f%%), mean distance %.0f m\n", t,
                    r->coveredPopulation, 100 * r->coveredPopulation / std::max(1.0, r->population), r->coveredKm2,
                    100 * r->coveredKm2 / std::max(1e-9, r->areaKm2), r->meanDistanceM().value_or(-1));
    }
}
