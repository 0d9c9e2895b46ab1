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

TEST(RollUp, KabupatenFiguresAreSumsAndPrevalenceFromSummedCounts)
{
    // Two kecamatan of 16.07 (10 % of 200 measured, 30 % of 100 measured) and one of 16.08.
    auto kecamatan = [](const char* code, double people, double uncovered, double balita, int posyandu,
                        std::optional<double> prevalence, std::optional<double> count) {
        RankInput in;
        in.code = QString::fromLatin1(code);
        in.population = people;
        in.uncoveredPopulation = uncovered;
        in.balita = balita;
        in.posyandu = posyandu;
        in.stuntingPrevalence = prevalence;
        in.stuntingCount = count;
        return in;
    };
    const std::vector<RankInput> kec = {kecamatan("16.07.01", 1000, 100, 90, 2, 10.0, 20.0),
                                        kecamatan("16.07.02", 500, 50, 40, 1, 30.0, 30.0),
                                        kecamatan("16.08.01", 700, 0, 0, 0, std::nullopt, std::nullopt)};
    const std::vector<RankInput> kab = rollUpInputs(kec, 5);
    ASSERT_EQ(kab.size(), 2u);
    EXPECT_EQ(kab[0].code, QStringLiteral("16.07"));
    EXPECT_DOUBLE_EQ(kab[0].population, 1500);
    EXPECT_DOUBLE_EQ(kab[0].uncoveredPopulation, 150);
    EXPECT_DOUBLE_EQ(kab[0].balita, 130);
    EXPECT_EQ(kab[0].posyandu, 3);
    ASSERT_TRUE(kab[0].stuntingCount && kab[0].stuntingPrevalence);
    EXPECT_DOUBLE_EQ(*kab[0].stuntingCount, 50);
    EXPECT_NEAR(*kab[0].stuntingPrevalence, 50.0 / 300 * 100, 1e-9);   // not the mean of 10 % and 30 %
    EXPECT_EQ(kab[1].code, QStringLiteral("16.08"));
    EXPECT_FALSE(kab[1].stuntingPrevalence.has_value());
    EXPECT_EQ(rollUpInputs(kec, 2).size(), 1u);
}
