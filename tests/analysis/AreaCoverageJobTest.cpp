// AreaCoverageJob: the covered area computed on its own thread is the same as the
// direct computation, column by column, and a job abandoned or cancelled ends.
#include "TestSupport.h"
#include "analysis/AreaCoverageJob.h"
#include "core/Error.h"
#include "core/Geos.h"

using namespace ps;
using namespace ps::analysis;

namespace {
// A grid of desa squares (0.02° ≈ 2.2 km) in three kecamatan near 110°E, 7°S.
std::vector<AdminArea> squares()
{
    std::vector<AdminArea> out;
    GeosContext& g = geos();
    for (int k = 0; k < 12; ++k) {
        const double x = 110.0 + (k % 4) * 0.02, y = -7.0 - (k / 4) * 0.02;
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(g.handle(), 5, 2);
        const double xs[] = {x, x + 0.02, x + 0.02, x, x}, ys[] = {y, y, y + 0.02, y + 0.02, y};
        for (unsigned i = 0; i < 5; ++i)
            GEOSCoordSeq_setXY_r(g.handle(), seq, i, xs[i], ys[i]);
        GEOSGeometry* poly = GEOSGeom_createPolygon_r(g.handle(), GEOSGeom_createLinearRing_r(g.handle(), seq), nullptr, 0);
        GeomPtr multi = g.own(GEOSGeom_createCollection_r(g.handle(), GEOS_MULTIPOLYGON, &poly, 1));
        AdminArea a;
        a.code = QStringLiteral("33.01.0%1.20%2").arg(k / 4 + 1).arg(10 + k);
        a.level = AdminLevel::Desa;
        a.wkb = g.toWkb(multi.get());
        out.push_back(a);
    }
    return out;
}
} // namespace

TEST(AreaCoverageJob, SameAreasAsTheDirectComputationForEveryColumn)
{
    const std::vector<AdminArea> desa = squares();
    const FacilityIndex posyandu({{110.01, -7.01}, {110.035, -7.012}, {110.07, -7.05}});
    const FacilityIndex pustu({{110.05, -7.03}});
    const std::vector<std::vector<ReachSet>> columns = {
        {{&posyandu, 1000}}, {{&pustu, 2000}}, {{&posyandu, 1000}, {&pustu, 2000}}};
    AreaCoverageJob job(desa, columns, true);
    const auto got = job.wait(Progress::none());
    ASSERT_EQ(got.size(), columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        const auto want = coveredPartsOfAreas(desa, columns[c], true);
        ASSERT_EQ(got[c].size(), desa.size());
        double total = 0;
        for (size_t d = 0; d < desa.size(); ++d) {
            EXPECT_DOUBLE_EQ(got[c][d].coveredKm2, want[d].coveredKm2) << c << " " << d;
            EXPECT_EQ(got[c][d].coveredWkb, want[d].coveredWkb);
            EXPECT_FALSE(got[c][d].failed);
            total += got[c][d].coveredKm2;
        }
        EXPECT_GT(total, 0.0);
    }
}

TEST(AreaCoverageJob, AbandonedOrCancelledJobEnds)
{
    const std::vector<AdminArea> desa = squares();
    const FacilityIndex posyandu({{110.01, -7.01}, {110.035, -7.012}});
    {
        AreaCoverageJob job(desa, {{{&posyandu, 1000}}}, false);   // destroyed without wait(): cancels and joins
    }
    AreaCoverageJob job(desa, {{{&posyandu, 1000}}, {{&posyandu, 1000}}}, false);
    job.cancel();
    try {
        const auto got = job.wait(Progress::none());   // may have finished before the cancel
        EXPECT_EQ(got.size(), 2u);
    } catch (const Cancelled&) {
    }
}
