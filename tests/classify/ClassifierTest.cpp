#include "classify/Classifier.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include <gtest/gtest.h>
#include <cmath>
#include <limits>

using namespace ps::classify;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

const ps::IndicatorDef& indicator(const char* code)
{
    const ps::IndicatorDef* d = ps::Catalogue::standard().indicator(QString::fromLatin1(code));
    if (!d)
        throw std::runtime_error(code);
    return *d;
}
} // namespace

TEST(Method, IdsRoundTrip)
{
    const struct {
        Method m;
        const char* id;
    } table[] = {{Method::EqualInterval, "equal"}, {Method::Quantile, "quantile"}, {Method::NaturalBreaks, "jenks"},
                 {Method::StdDev, "stddev"},       {Method::Manual, "manual"},     {Method::Official, "official"}};
    for (const auto& row : table) {
        EXPECT_EQ(methodId(row.m), QString::fromLatin1(row.id));
        EXPECT_EQ(methodFromId(QString::fromLatin1(row.id)), row.m);
        EXPECT_FALSE(methodName(row.m).isEmpty());
    }
    EXPECT_EQ(methodFromId(QStringLiteral(" Jenks ")), Method::NaturalBreaks);
    EXPECT_EQ(methodFromId(QStringLiteral("natural")), Method::NaturalBreaks);
    EXPECT_EQ(methodFromId(QStringLiteral("kmeans")), std::nullopt);
}

TEST(Classification, ClassOfFollowsUpperBoundsAndClampsOutliers)
{
    const Classification c{Method::Manual, {{0, 10, false, {}, {}}, {10, 20, false, {}, {}}, {20, 30, true, {}, {}}}};
    const struct {
        double v;
        int cls;
    } table[] = {{-5, 0}, {0, 0}, {9.999, 0}, {10, 1}, {19.99, 1}, {20, 2}, {30, 2}, {99, 2}, {kNaN, -1}, {kInf, 2}, {-kInf, 0}};
    for (const auto& row : table)
        EXPECT_EQ(c.classOf(row.v), row.cls) << row.v;
    EXPECT_EQ(c.counts({-5, 5, 10, kNaN, 25, 30}), (std::vector<int>{2, 1, 2}));
    EXPECT_EQ(c.classesOf({5, kNaN}), (std::vector<int>{0, -1}));
    EXPECT_EQ(c.breaks(), (std::vector<double>{10, 20}));
    EXPECT_EQ(Classification{}.classOf(1), -1);
    EXPECT_EQ(noDataCount({1, kNaN, kNaN}), 2);
}

TEST(EqualInterval, WorkedExample)
{
    // min 0, max 100, k 4: width 25.
    const std::vector<double> v = {0, 10, 25, 30, 50, 74.9, 75, 100, kNaN};
    const Classification c = equalInterval(v, 4);
    ASSERT_EQ(c.size(), 4);
    const double lows[] = {0, 25, 50, 75}, highs[] = {25, 50, 75, 100};
    for (int i = 0; i < 4; ++i) {
        EXPECT_DOUBLE_EQ(c.classes[i].lower, lows[i]);
        EXPECT_DOUBLE_EQ(c.classes[i].upper, highs[i]);
        EXPECT_EQ(c.classes[i].upperInclusive, i == 3);
    }
    EXPECT_EQ(c.counts(v), (std::vector<int>{2, 2, 2, 2}));
    EXPECT_EQ(c.classOf(100), 3);
    EXPECT_EQ(c.classOf(kNaN), -1);
}

TEST(EqualInterval, DegenerateInputs)
{
    EXPECT_TRUE(equalInterval({}, 5).empty());
    EXPECT_TRUE(equalInterval({kNaN}, 5).empty());
    const Classification one = equalInterval({4.2}, 5);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.classOf(4.2), 0);
    EXPECT_EQ(equalInterval({3, 3, 3}, 5).size(), 1);
    EXPECT_EQ(equalInterval({1, 2}, 5).size(), 2);   // k capped at the distinct values
}

TEST(Quantile, EqualCountsWithoutTies)
{
    std::vector<double> v;
    for (int i = 10; i >= 1; --i)
        v.push_back(i * 1.5);
    v.push_back(kNaN);
    const Classification c = quantile(v, 5);
    ASSERT_EQ(c.size(), 5);
    EXPECT_EQ(c.counts(v), (std::vector<int>(5, 2)));
    EXPECT_DOUBLE_EQ(c.classes[0].lower, 1.5);
    EXPECT_DOUBLE_EQ(c.classes[0].upper, 3.0);
    EXPECT_TRUE(c.classes[0].upperInclusive);
    EXPECT_DOUBLE_EQ(c.classes[4].upper, 15.0);
}

TEST(Quantile, TiesNeverSplitAcrossClasses)
{
    const struct {
        std::vector<double> values;
        int k;
        std::vector<int> counts;
    } table[] = {
        {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 4, {3, 3, 3, 3}},
        {{1, 2, 2, 2, 3, 4, 5, 6}, 4, {1, 3, 2, 2}},     // cut at 2 moves below the run of 2s
        {{1, 1, 1, 1, 1, 1, 2, 3}, 4, {6, 1, 1}},        // only 3 distinct values: 3 classes
        {{5, 5, 5, 5}, 3, {4}},
        {{1, 2, 3, 3, 3, 3, 4, 5, 6, 7}, 2, {6, 4}},     // ideal cut 5 falls inside the 3s: nearest gap is 6
    };
    for (const auto& row : table) {
        SCOPED_TRACE(::testing::PrintToString(row.values));
        const Classification c = quantile(row.values, row.k);
        EXPECT_EQ(c.counts(row.values), row.counts);
        // Every distinct value lies wholly in one class.
        for (double v : row.values)
            for (double w : row.values)
                if (v == w) {
                    EXPECT_EQ(c.classOf(v), c.classOf(w));
                }
    }
    EXPECT_TRUE(quantile({}, 4).empty());
    EXPECT_EQ(quantile({2.0}, 4).size(), 1);
}

TEST(StdDev, ClassesOneSdWideAroundTheMean)
{
    // mean 50, population sd 10.
    const std::vector<double> v = {40, 60, 40, 60, kNaN};
    const Classification even = stdDev(v, 4);
    ASSERT_EQ(even.size(), 4);
    EXPECT_EQ(even.breaks(), (std::vector<double>{40, 50, 60}));
    EXPECT_TRUE(std::isinf(even.classes.front().lower));
    EXPECT_TRUE(std::isinf(even.classes.back().upper));
    const Classification odd = stdDev(v, 5);
    ASSERT_EQ(odd.size(), 5);
    EXPECT_EQ(odd.breaks(), (std::vector<double>{35, 45, 55, 65}));
    EXPECT_EQ(odd.classOf(50), 2);   // the middle class is centred on the mean
    EXPECT_EQ(stdDev({4, 4, 4}, 5).size(), 1);
    EXPECT_TRUE(stdDev({kNaN}, 3).empty());
}

TEST(Manual, BreaksAreSortedAndOpenEnded)
{
    const Classification c = manual({20, 10, 10, kNaN});
    ASSERT_EQ(c.size(), 3);
    EXPECT_EQ(c.breaks(), (std::vector<double>{10, 20}));
    EXPECT_EQ(c.classOf(-100), 0);
    EXPECT_EQ(c.classOf(10), 1);
    EXPECT_EQ(c.classOf(1e9), 2);
    EXPECT_EQ(classify(Method::Manual, {}, 99, {15}).size(), 2);   // k is ignored
    EXPECT_THROW(makeClassifier(Method::Manual), ps::Error);
}

TEST(Official, WhoStuntingPrevalenceClasses)
{
    const ps::IndicatorDef& stunting = indicator("stunting");
    const auto classifier = makeClassifier(Method::Official, {}, &stunting);
    EXPECT_EQ(classifier->method(), Method::Official);
    const Classification c = classifier->classify({}, 3);   // thresholds, not data or k
    ASSERT_EQ(c.size(), 5);
    const struct {
        double v;
        int cls;
        const char* id;
        const char* en;
    } table[] = {
        {0.0, 0, "Sangat rendah", "Very low"}, {2.49, 0, "Sangat rendah", "Very low"}, {2.5, 1, "Rendah", "Low"},
        {6.31, 1, "Rendah", "Low"},            {10.0, 2, "Sedang", "Medium"},          {19.99, 2, "Sedang", "Medium"},
        {20.0, 3, "Tinggi", "High"},           {29.99, 3, "Tinggi", "High"},           {30.0, 4, "Sangat tinggi", "Very high"},
        {55.0, 4, "Sangat tinggi", "Very high"},
    };
    for (const auto& row : table) {
        const int i = c.classOf(row.v);
        EXPECT_EQ(i, row.cls) << row.v;
        EXPECT_EQ(c.classes[i].label, QString::fromUtf8(row.id));
        EXPECT_EQ(c.classes[i].labelEn, QString::fromUtf8(row.en));
    }
    EXPECT_EQ(c.classOf(kNaN), -1);
    EXPECT_THROW(makeClassifier(Method::Official), ps::Error);
    EXPECT_THROW(makeClassifier(Method::Official, {}, &indicator("underweight")), ps::Error);   // no thresholds, no target
}

TEST(Official, SpmTargetClasses)
{
    // k6 ships its own SPM classes in the catalogue.
    const Classification k6 = classify(Method::Official, {}, 5, {}, &indicator("k6"));
    ASSERT_EQ(k6.size(), 4);
    EXPECT_EQ(k6.breaks(), (std::vector<double>{50, 80, 100}));
    EXPECT_EQ(k6.classOf(100.0), 3);
    EXPECT_EQ(k6.classOf(99.9), 2);
    // An indicator with a target and no thresholds gets the generated SPM classes.
    const ps::IndicatorDef& pengukuran = indicator("cakupan_pengukuran");
    ASSERT_TRUE(pengukuran.thresholds.empty());
    const Classification c = classify(Method::Official, {}, 5, {}, &pengukuran);
    ASSERT_EQ(c.size(), 4);
    EXPECT_EQ(c.breaks(), (std::vector<double>{50, 80, 100}));
    EXPECT_EQ(c.classOf(100.0), 3);
    EXPECT_EQ(c.classes[3].label, QStringLiteral("Target SPM tercapai"));
    const std::vector<ps::Threshold> t = spmTargetThresholds(90);
    ASSERT_EQ(t.size(), 4u);
    EXPECT_DOUBLE_EQ(t[0].upper, 45);
    EXPECT_DOUBLE_EQ(t[1].upper, 72);
    EXPECT_DOUBLE_EQ(t[2].upper, 90);
    EXPECT_TRUE(std::isinf(t[3].upper));
}

TEST(Classifier, FactoryDispatchesEveryMethod)
{
    const std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, kNaN};
    for (Method m : {Method::EqualInterval, Method::Quantile, Method::NaturalBreaks, Method::StdDev}) {
        SCOPED_TRACE(methodId(m).toStdString());
        const auto c = makeClassifier(m);
        EXPECT_EQ(c->method(), m);
        const Classification cl = c->classify(v, 5);
        EXPECT_EQ(cl.method, m);
        EXPECT_EQ(cl.size(), 5);
        int total = 0;
        for (int n : cl.counts(v))
            total += n;
        EXPECT_EQ(total, 10);   // every value with data is in a class; the NaN in none
    }
}
