#include "analysis/Ranking.h"
#include <gtest/gtest.h>

using namespace ps::analysis;

TEST(Ranking, PercentilesShareMidRanksAndSkipMissing)
{
    struct Case {
        std::vector<std::optional<double>> in;
        std::vector<double> out;
    };
    const Case cases[] = {
        {{1.0, 2.0, 3.0}, {0.0, 0.5, 1.0}},
        {{3.0, 1.0, 3.0, 2.0}, {5.0 / 6.0, 0.0, 5.0 / 6.0, 1.0 / 3.0}},
        {{std::nullopt, 4.0, 1.0}, {0.0, 1.0, 0.0}},
        {{7.0}, {0.5}},
        {{std::nullopt}, {0.0}},
    };
    for (const Case& c : cases) {
        const auto p = percentiles(c.in);
        ASSERT_EQ(p.size(), c.out.size());
        for (size_t i = 0; i < p.size(); ++i)
            EXPECT_NEAR(p[i], c.out[i], 1e-12) << i;
    }
}

TEST(Ranking, ScoreIsTheWeightedSumOfItsShownParts)
{
    std::vector<RankInput> in(4);
    //            code  people uncovered prev  count balita posyandu
    auto set = [](RankInput& r, const char* code, double pop, double unc, double prev, double cnt, double bal, int pos) {
        r.code = QString::fromLatin1(code);
        r.population = pop;
        r.uncoveredPopulation = unc;
        r.stuntingPrevalence = prev;
        r.stuntingCount = cnt;
        r.balita = bal;
        r.posyandu = pos;
    };
    set(in[0], "A", 1000, 900, 30, 20, 100, 0);   // nobody served, high burden
    set(in[1], "B", 1000, 100, 10, 5, 100, 2);
    set(in[2], "C", 1000, 500, 20, 10, 100, 1);
    set(in[3], "D", 0, 0, 5, 0, 0, 0);            // unpeopled
    RankWeights w{2, 1, 1, 0};
    const auto rows = rankAreas(in, w, 0.34);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].in.code, QStringLiteral("A"));
    EXPECT_EQ(rows[1].in.code, QStringLiteral("C"));
    EXPECT_EQ(rows[2].in.code, QStringLiteral("B"));
    EXPECT_EQ(rows[3].in.code, QStringLiteral("D"));
    for (const RankRow& r : rows)
        EXPECT_NEAR(r.score, 100.0 * (2 * r.partUncovered + r.partPrevalence + r.partCount) / 4.0, 1e-9);
    EXPECT_DOUBLE_EQ(rows[0].score, 100.0);
    EXPECT_DOUBLE_EQ(rows[0].partBalitaPerPosyandu, 1.0);   // no posyandu ranks highest on the ratio
    EXPECT_FALSE(rows[0].balitaPerPosyandu.has_value());
    EXPECT_DOUBLE_EQ(*rows[1].balitaPerPosyandu, 100.0);
    EXPECT_TRUE(rows[0].underserved);                          // top third and no posyandu
    EXPECT_TRUE(rows[1].underserved);                          // half its people beyond reach
    EXPECT_FALSE(rows[2].underserved);
    EXPECT_TRUE(rows[3].underserved);                          // no posyandu, even unpeopled
    EXPECT_EQ(rows[3].score, 0.0);
    EXPECT_EQ(rows[0].rank, 1);
}
