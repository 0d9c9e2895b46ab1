#include "analysis/Greedy.h"
#include <gtest/gtest.h>

using namespace ps::analysis;

// A toy grid of 100 m-ish cells near the equator with people at chosen cells.
static PopulationGrid toyGrid(int w, int h, const std::vector<std::tuple<int, int, float>>& people)
{
    PopulationGrid g;
    g.originLon = 110.0;
    g.originLat = 0.0;
    g.stepLon = 1.0 / 1200;
    g.stepLat = -1.0 / 1200;
    g.width = w;
    g.height = h;
    for (int r = 0; r < h; ++r)
        g.rowMetric.push_back(metricAtLatitude(g.latOf(r)));
    for (const auto& [row, col, pop] : people) {
        g.cellRow.push_back(row);
        g.cellCol.push_back(col);
        g.cellPop.push_back(pop);
        g.cellArea.push_back(0);
    }
    return g;
}

TEST(Greedy, PicksTheLargestClustersWithTheirMarginalGains)
{
    // Cluster A: 3 cells of 100 around (5,5); cluster B: 2 cells of 120 at (5,40),(5,41);
    // a lone cell of 10 at (30,30); one covered cell of 1000 at (30,5).
    const auto g = toyGrid(60, 60, {{5, 5, 100}, {5, 6, 100}, {6, 5, 100}, {5, 40, 120}, {5, 41, 120}, {30, 30, 10},
                                    {30, 5, 1000}});
    std::vector<char> covered = {0, 0, 0, 0, 0, 0, 1};
    const auto sites = greedyMaximalCovering(g, covered, 300.0, 5);
    ASSERT_EQ(sites.size(), 3u);   // stops when nothing is left to cover
    EXPECT_DOUBLE_EQ(sites[0].marginalGain, 300);
    EXPECT_DOUBLE_EQ(sites[1].marginalGain, 240);
    EXPECT_DOUBLE_EQ(sites[2].marginalGain, 10);
    EXPECT_DOUBLE_EQ(sites[2].cumulativeGain, 550);
    EXPECT_EQ(g.cellRow[sites[0].cell], 5);
    EXPECT_LE(g.cellCol[sites[0].cell], 6);
    EXPECT_EQ(g.cellCol[sites[1].cell] / 10, 4);
    EXPECT_EQ(sites[0].rank, 1);
    EXPECT_DOUBLE_EQ(sites[0].lon, g.lonOf(g.cellCol[sites[0].cell]));
}

TEST(Greedy, ReachIsTheCellCentreRule)
{
    // Two cells ~5 cells apart (~460 m at the equator): a 400 m reach cannot join them, 500 m can.
    const auto g = toyGrid(20, 20, {{10, 5, 50}, {10, 10, 40}});
    std::vector<char> covered = {0, 0};
    EXPECT_EQ(greedyMaximalCovering(g, covered, 400.0, 1)[0].marginalGain, 50);
    EXPECT_EQ(greedyMaximalCovering(g, covered, 600.0, 1)[0].marginalGain, 90);
    EXPECT_TRUE(greedyMaximalCovering(g, {1, 1}, 600.0, 3).empty());
}
