#include "classify/Classifier.h"
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

using namespace ps::classify;

namespace {

// The classes as groups of the input values, ascending: what published examples list.
std::vector<std::vector<double>> groups(const Classification& c, std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    std::vector<std::vector<double>> out(c.size());
    for (double v : values)
        if (int i = c.classOf(v); i >= 0)
            out[i].push_back(v);
    return out;
}

double ssq(const std::vector<double>& xs, std::size_t from, std::size_t to)   // [from, to)
{
    double mean = 0;
    for (std::size_t i = from; i < to; ++i)
        mean += xs[i];
    mean /= double(to - from);
    double s = 0;
    for (std::size_t i = from; i < to; ++i)
        s += (xs[i] - mean) * (xs[i] - mean);
    return s;
}

// Least SDCM over every split of the sorted values into k non-empty contiguous runs
// (all C(n-1, k-1) of them).
double bruteForceContiguous(std::vector<double> xs, int k)
{
    std::sort(xs.begin(), xs.end());
    const int n = static_cast<int>(xs.size());
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> cuts;
    std::function<void(int)> rec = [&](int from) {
        if (static_cast<int>(cuts.size()) == k - 1) {
            double total = 0;
            int start = 0;
            for (int c : cuts) {
                total += ssq(xs, start, c);
                start = c;
            }
            total += ssq(xs, start, n);
            best = std::min(best, total);
            return;
        }
        for (int c = from; c < n; ++c) {
            cuts.push_back(c);
            rec(c + 1);
            cuts.pop_back();
        }
    };
    rec(1);
    return best;
}

// Least SDCM over EVERY assignment of values to k non-empty groups (no contiguity
// assumed): k^n labelings, for tiny n only.
double bruteForceAnyPartition(const std::vector<double>& xs, int k)
{
    const int n = static_cast<int>(xs.size());
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> label(n, 0);
    for (;;) {
        std::vector<double> sum(k, 0), cnt(k, 0);
        for (int i = 0; i < n; ++i) {
            sum[label[i]] += xs[i];
            cnt[label[i]] += 1;
        }
        if (std::all_of(cnt.begin(), cnt.end(), [](double c) { return c > 0; })) {
            double total = 0;
            for (int i = 0; i < n; ++i) {
                const double d = xs[i] - sum[label[i]] / cnt[label[i]];
                total += d * d;
            }
            best = std::min(best, total);
        }
        int i = 0;
        while (i < n && ++label[i] == k)
            label[i++] = 0;
        if (i == n)
            return best;
    }
}

} // namespace

// Published worked examples of optimal 1-D k-means = Fisher–Jenks natural breaks:
// the test table of simple-statistics' ckmeans (Wang & Song 2011), plus the
// classic two-cluster {4, 5, 9, 10}.
TEST(Jenks, MatchesPublishedWorkedExamples)
{
    struct Case {
        std::vector<double> input;
        int k;
        std::vector<std::vector<double>> expected;
    };
    const std::vector<Case> cases = {
        {{4, 5, 9, 10}, 2, {{4, 5}, {9, 10}}},
        {{-1, 2, -1, 2, 4, 5, 6, -1, 2, -1}, 3, {{-1, -1, -1, -1}, {2, 2, 2}, {4, 5, 6}}},
        {{1, 2, 3}, 3, {{1}, {2}, {3}}},
        {{0, 3, 4}, 2, {{0}, {3, 4}}},
        {{-3, 0, 4}, 2, {{-3, 0}, {4}}},
        {{1, 2, 2, 3}, 3, {{1}, {2, 2}, {3}}},
        {{1, 2, 2, 3, 3}, 3, {{1}, {2, 2}, {3, 3}}},
        {{3, 2, 3, 5, 2, 1}, 3, {{1, 2, 2}, {3, 3}, {5}}},
        {{0, 1, 2, 100, 101, 103}, 2, {{0, 1, 2}, {100, 101, 103}}},
        {{0, 1, 2, 50, 100, 101, 103}, 3, {{0, 1, 2}, {50}, {100, 101, 103}}},
        {{64.64249127327881, 64.64249127328245, 57.79216426169771}, 2,
         {{57.79216426169771}, {64.64249127327881, 64.64249127328245}}},
        {{1, 1, 1, 1}, 1, {{1, 1, 1, 1}}},
        {{1}, 1, {{1}}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(::testing::PrintToString(c.input));
        const Classification cl = naturalBreaks(c.input, c.k);
        EXPECT_EQ(cl.method, Method::NaturalBreaks);
        EXPECT_EQ(groups(cl, c.input), c.expected);
    }
    // Breaks read as class ranges: [4, 5] and [9, 10], upper-inclusive.
    const Classification cl = naturalBreaks({4, 5, 9, 10}, 2);
    ASSERT_EQ(cl.size(), 2);
    EXPECT_EQ(cl.classes[0].lower, 4);
    EXPECT_EQ(cl.classes[0].upper, 5);
    EXPECT_TRUE(cl.classes[0].upperInclusive);
    EXPECT_EQ(cl.classes[1].lower, 9);
    EXPECT_EQ(cl.classes[1].upper, 10);
}

// The proof of exactness: on random small data sets (with ties) the DP reaches the
// least SDCM found by exhaustive search.
TEST(Jenks, EqualsExhaustiveSearchOnSmallData)
{
    std::mt19937 rng(20231122);
    for (int trial = 0; trial < 300; ++trial) {
        const int n = 2 + static_cast<int>(rng() % 11);   // 2..12
        std::vector<double> xs(n);
        const bool ties = trial % 3 == 0;
        for (double& x : xs)
            x = ties ? double(rng() % 6) : std::uniform_real_distribution<double>(0, 100)(rng);
        std::vector<double> uniq = xs;
        std::sort(uniq.begin(), uniq.end());
        uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
        for (int k = 1; k <= std::min<int>(5, static_cast<int>(uniq.size())); ++k) {
            SCOPED_TRACE(::testing::Message() << "trial " << trial << " n " << n << " k " << k);
            const Classification c = naturalBreaks(xs, k);
            ASSERT_EQ(c.size(), k);
            const double best = bruteForceContiguous(xs, k);
            EXPECT_NEAR(sdcm(c, xs), best, 1e-9 * std::max(1.0, best));
            for (int count : c.counts(xs))
                EXPECT_GT(count, 0);
        }
    }
}

// Contiguous runs are not an assumption: against every labeling of tiny data sets.
TEST(Jenks, EqualsSearchOverAllPartitions)
{
    std::mt19937 rng(7);
    for (int trial = 0; trial < 40; ++trial) {
        const int n = 3 + static_cast<int>(rng() % 6);   // 3..8
        std::vector<double> xs(n);
        for (double& x : xs)
            x = std::uniform_real_distribution<double>(-50, 50)(rng);
        for (int k = 2; k <= 3; ++k) {
            SCOPED_TRACE(::testing::Message() << "trial " << trial << " k " << k);
            const double best = bruteForceAnyPartition(xs, k);
            EXPECT_NEAR(sdcm(naturalBreaks(xs, k), xs), best, 1e-9 * std::max(1.0, best));
        }
    }
}

// The divide-and-conquer layers agree with the plain O(k n^2) recurrence on larger data.
TEST(Jenks, MatchesQuadraticDynamicProgramming)
{
    std::mt19937 rng(99);
    std::vector<double> xs(400);
    for (double& x : xs)
        x = std::lognormal_distribution<double>(2.5, 0.6)(rng);
    std::sort(xs.begin(), xs.end());
    const int n = static_cast<int>(xs.size());
    for (int k : {2, 5, 7}) {
        // D[c][j]: least SDCM of xs[0..j] in c+1 groups.
        std::vector<std::vector<double>> d(k, std::vector<double>(n, std::numeric_limits<double>::infinity()));
        for (int j = 0; j < n; ++j)
            d[0][j] = ssq(xs, 0, j + 1);
        for (int c = 1; c < k; ++c)
            for (int j = c; j < n; ++j)
                for (int i = c; i <= j; ++i)
                    d[c][j] = std::min(d[c][j], d[c - 1][i - 1] + ssq(xs, i, j + 1));
        EXPECT_NEAR(sdcm(naturalBreaks(xs, k), xs), d[k - 1][n - 1], 1e-7 * d[k - 1][n - 1]) << "k " << k;
    }
}

TEST(Jenks, EdgeCases)
{
    const double kNaN = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(naturalBreaks({}, 5).empty());
    EXPECT_TRUE(naturalBreaks({kNaN, kNaN}, 5).empty());
    // k larger than the distinct values: one class per value.
    const Classification few = naturalBreaks({3, 1, 3, kNaN, 2}, 5);
    ASSERT_EQ(few.size(), 3);
    EXPECT_EQ(few.counts({3, 1, 3, kNaN, 2}), (std::vector<int>{1, 1, 2}));
    // All equal: one class.
    const Classification same = naturalBreaks({7, 7, 7}, 4);
    ASSERT_EQ(same.size(), 1);
    EXPECT_EQ(same.classOf(7), 0);
    EXPECT_EQ(same.classOf(kNaN), -1);
    // k = 0 or negative is taken as one class.
    EXPECT_EQ(naturalBreaks({1, 2, 3}, 0).size(), 1);
}

TEST(Jenks, LargeInputStaysExact)
{
    // 20,000 values with many ties (rates with one decimal): the weighted DP on the
    // distinct values gives the same SDCM as the per-value recurrence would.
    std::mt19937 rng(5);
    std::vector<double> xs(20000);
    for (double& x : xs)
        x = std::round(std::gamma_distribution<double>(3.0, 7.0)(rng) * 10) / 10;
    const Classification c = naturalBreaks(xs, 6);
    ASSERT_EQ(c.size(), 6);
    // Local optimality: moving any boundary by one distinct value never lowers SDCM.
    std::vector<double> uniq = xs;
    std::sort(uniq.begin(), uniq.end());
    uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
    const double base = sdcm(c, xs);
    for (int b = 0; b + 1 < c.size(); ++b) {
        const auto pos = std::lower_bound(uniq.begin(), uniq.end(), c.classes[b].upper) - uniq.begin();
        for (int delta : {-1, 1}) {
            const auto p = pos + delta;
            if (p < 0 || p >= static_cast<long>(uniq.size()))
                continue;
            Classification moved = c;
            moved.classes[b].upper = uniq[p];
            if ((b > 0 && uniq[p] <= moved.classes[b - 1].upper) || uniq[p] >= moved.classes[b + 1].upper)
                continue;
            EXPECT_GE(sdcm(moved, xs), base * (1 - 1e-12)) << "break " << b << " moved " << delta;
        }
    }
}
