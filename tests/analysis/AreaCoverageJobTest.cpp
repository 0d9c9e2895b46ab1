// AreaCoverageJob: the covered area computed on its own thread is the same as the
// direct computation, column by column, and a job abandoned or cancelled ends.
#include "DesaSquares.h"
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
    for (int k = 0; k < 12; ++k)
        out.push_back(pstest::desaSquare(QStringLiteral("33.01.0%1.20%2").arg(k / 4 + 1).arg(10 + k), 110.0 + (k % 4) * 0.02,
                                         -7.0 - (k / 4) * 0.02, 0.02));
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
