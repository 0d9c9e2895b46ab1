// coveredPartsOfAreas unions the discs once per grid tile (0.2°); desa across tile
// edges are finished from one piece per tile. Each desa's covered area and
// geometry must be those of the direct computation (the discs near that one desa
// unioned and intersected with it), up to floating-point noise of the overlay
// (measured below 1e-7 of the desa area: the order of the overlays differs).
#include "DesaSquares.h"
#include "TestSupport.h"
#include "analysis/AreaCoverage.h"
#include "core/Geodesy.h"
#include "core/Geos.h"

using namespace ps;
using namespace ps::analysis;

namespace {
// 0.03° squares over 109.91–110.27°E, 7.09–6.73°S: across the tile edges at
// 110.0 and 110.2°E and 7.0 and 6.8°S, so that many desa lie in two or four tiles.
std::vector<AdminArea> squares()
{
    std::vector<AdminArea> out;
    for (int r = 0; r < 12; ++r)
        for (int c = 0; c < 12; ++c)
            out.push_back(pstest::desaSquare(QStringLiteral("33.01.%1.2%2").arg(r + 10).arg(c + 100), 109.91 + c * 0.03,
                                             -7.09 + r * 0.03, 0.03));
    return out;
}

// Posyandu on a jittered lattice (about one per km, some gaps), pustu sparser.
std::vector<SitePoint> lattice(double step, int skipEvery)
{
    std::vector<SitePoint> out;
    int k = 0;
    for (double y = -7.1; y < -6.71; y += step)
        for (double x = 109.9; x < 110.29; x += step, ++k)
            if (k % skipEvery != 0)
                out.push_back({x + 0.004 * std::sin(k * 1.3), y + 0.004 * std::cos(k * 0.7)});
    return out;
}
} // namespace

TEST(AreaCoverage, TiledUnionGivesEachDesaItsDirectCoveredArea)
{
    const std::vector<AdminArea> desa = squares();
    const FacilityIndex posyandu(lattice(0.009, 7)), pustu(lattice(0.05, 3));
    GeosContext& g = geos();
    for (const std::vector<ReachSet>& sets : {std::vector<ReachSet>{{&posyandu, 1000}},
                                              std::vector<ReachSet>{{&posyandu, 1000}, {&pustu, 2000}}}) {
        const auto got = coveredPartsOfAreas(desa, sets, true);
        ASSERT_EQ(got.size(), desa.size());
        int partly = 0, whole = 0;
        for (size_t d = 0; d < desa.size(); ++d) {
            const AreaCovered want = coveredPartOfArea(g, desa[d].wkb, sets, true);
            EXPECT_FALSE(got[d].failed);
            EXPECT_NEAR(got[d].coveredKm2, want.coveredKm2, 1e-7 * desa[d].areaKm2) << desa[d].code.toStdString();
            // The geometry is the same land: nothing in one and not the other beyond noise.
            GeomPtr a = g.fromWkb(got[d].coveredWkb), b = g.fromWkb(want.coveredWkb);
            ASSERT_EQ(a == nullptr, b == nullptr) << desa[d].code.toStdString();
            if (a) {
                EXPECT_TRUE(GEOSisValid_r(g.handle(), a.get())) << desa[d].code.toStdString();
                GeomPtr diff = g.own(GEOSSymDifference_r(g.handle(), a.get(), b.get()));
                ASSERT_TRUE(diff);
                EXPECT_LT(geodesicAreaKm2(g, diff.get()), 1e-7 * desa[d].areaKm2) << desa[d].code.toStdString();
                EXPECT_NEAR(geodesicAreaKm2(g, a.get()), got[d].coveredKm2, 1e-7 * desa[d].areaKm2);
            }
            whole += got[d].coveredKm2 == desa[d].areaKm2;
            partly += got[d].coveredKm2 > 0 && got[d].coveredKm2 < desa[d].areaKm2;
        }
        // The lattice leaves gaps: both kinds of desa are in the test.
        EXPECT_GT(whole, 0);
        EXPECT_GT(partly, 10);
    }
}
