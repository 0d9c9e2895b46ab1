#include "classify/Classifier.h"
#include "classify/Legend.h"
#include "classify/Palette.h"
#include "core/Catalogue.h"
#include "core/Locale.h"
#include <gtest/gtest.h>
#include <limits>

using namespace ps::classify;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// Switches the language for one test and always back to Indonesian.
struct Language {
    explicit Language(const char* lang) { ps::setLanguage(QString::fromLatin1(lang)); }
    ~Language() { ps::setLanguage(QStringLiteral("id")); }
};
} // namespace

TEST(Legend, RangeLabelsFollowTheLanguage)
{
    const struct {
        ClassRange range;
        int decimals;
        const char* unit;
        const char* id;
        const char* en;
    } table[] = {
        {{10, 20, false, {}, {}}, 1, "%", "10,0 – < 20,0%", "10.0 – < 20.0%"},
        {{6.31, 9.5, true, {}, {}}, 1, "%", "6,3 – 9,5%", "6.3 – 9.5%"},
        {{-kInf, 2.5, false, {}, {}}, 1, "%", "< 2,5%", "< 2.5%"},
        {{30, kInf, false, {}, {}}, 0, "%", "≥ 30%", "≥ 30%"},
        {{1234.5, 20000, false, {}, {}}, 1, "per 100.000", "1.234,5 – < 20.000,0 per 100.000", "1,234.5 – < 20,000.0 per 100.000"},
        {{4, 4, true, {}, {}}, 0, "", "4", "4"},
        {{12.25, 15, false, {}, {}}, 2, "‰", "12,25 – < 15,00‰", "12.25 – < 15.00‰"},
    };
    for (const auto& row : table) {
        EXPECT_EQ(rangeLabel(row.range, row.decimals, QString::fromUtf8(row.unit)), QString::fromUtf8(row.id));
        Language en("en");
        EXPECT_EQ(rangeLabel(row.range, row.decimals, QString::fromUtf8(row.unit)), QString::fromUtf8(row.en));
    }
}

TEST(Legend, OfficialClassesShowLabelRangeCountAndNoData)
{
    const ps::IndicatorDef& stunting = *ps::Catalogue::standard().indicator(QStringLiteral("stunting"));
    const Classification c = classify(Method::Official, {}, 5, {}, &stunting);
    const std::vector<double> values = {6.31, 12.0, 15.5, 22.0, 29.99, 30.0, kNaN, kNaN, 1.0};
    const std::vector<QColor> colors = indicatorColors(stunting, c.size());
    const std::vector<LegendEntry> e = legendEntries(c, colors, values, 1, stunting.unitSymbol());
    ASSERT_EQ(e.size(), 6u);
    const char* labels[] = {"Sangat rendah (< 2,5%)", "Rendah (2,5 – < 10%)", "Sedang (10 – < 20%)",
                            "Tinggi (20 – < 30%)", "Sangat tinggi (≥ 30%)", "Tidak ada data"};
    const int counts[] = {1, 1, 2, 2, 1, 2};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(e[i].label, QString::fromUtf8(labels[i]));
        EXPECT_EQ(e[i].count, counts[i]) << i;
        EXPECT_EQ(e[i].noData, i == 5);
        EXPECT_EQ(e[i].classIndex, i == 5 ? -1 : i);
        EXPECT_EQ(e[i].color, i == 5 ? noDataColor() : colors[i]);
    }
    Language en("en");
    const std::vector<LegendEntry> en5 = legendEntries(c, colors, values, 1, stunting.unitSymbol());
    EXPECT_EQ(en5[1].label, QStringLiteral("Low (2.5 – < 10%)"));
    EXPECT_EQ(en5[5].label, QStringLiteral("No data"));
}

TEST(Legend, DataDrivenClassesUseDecimalComma)
{
    const std::vector<double> values = {6.31, 7.0, 18.2, 19.0, kNaN};
    const Classification c = naturalBreaks(values, 2);
    const auto colors = palette(QStringLiteral("YlOrRd"))->colors(2);
    auto e = legendEntries(c, colors, values, 1, QStringLiteral("%"));
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0].label, QStringLiteral("6,3 – 7,0%"));
    EXPECT_EQ(e[0].count, 2);
    EXPECT_EQ(e[1].label, QStringLiteral("18,2 – 19,0%"));
    EXPECT_EQ(e[2].count, 1);
    EXPECT_TRUE(e[2].noData);
    {
        Language en("en");
        e = legendEntries(c, colors, values, 1, QStringLiteral("%"));
        EXPECT_EQ(e[0].label, QStringLiteral("6.3 – 7.0%"));
    }
    // Every area has data: the no-data entry stays, with count 0; missing colours fall back.
    e = legendEntries(c, {}, {6.31, 19.0}, 1, QStringLiteral("%"));
    EXPECT_EQ(e.back().count, 0);
    EXPECT_TRUE(e.back().noData);
    EXPECT_EQ(e[0].color, noDataColor());
    EXPECT_EQ(ps::language(), QStringLiteral("id"));
}

TEST(Legend, DecimalsJustEnoughToTellBoundsApart)
{
    const struct {
        std::vector<double> values;
        int k;
        int decimals;
    } table[] = {
        {{0, 10, 20, 30, 40}, 4, 0},         // equal interval 0,10,20,30,40
        {{0, 1, 2, 3}, 4, 1},                // 0, 0.75, 1.5, 2.25, 3: "1" and "2" repeat at 0 decimals
        {{6.31, 6.32, 6.33, 6.34}, 2, 2},
    };
    for (const auto& row : table)
        EXPECT_EQ(legendDecimals(equalInterval(row.values, row.k)), row.decimals) << ::testing::PrintToString(row.values);
    EXPECT_EQ(legendDecimals(equalInterval({0, 10, 20}, 2), 1), 1);   // minimum respected
    EXPECT_EQ(legendDecimals(Classification{}), 0);
}

TEST(Legend, PooledClassificationForSmallMultiples)
{
    const std::vector<std::vector<double>> years = {{5, 6, 7}, {15, 16, kNaN}, {25, 26, 27}};
    const Classification c = classifyPooled(Method::NaturalBreaks, years, 3);
    ASSERT_EQ(c.size(), 3);
    EXPECT_EQ(c.counts(years[0]), (std::vector<int>{3, 0, 0}));
    EXPECT_EQ(c.counts(years[2]), (std::vector<int>{0, 0, 3}));
}

TEST(Legend, OfficialLabelsThatStateTheirRangeAreNotRepeated)
{
    // A label that already holds digits is shown as it is.
    Classification manualLabels = manual({50});
    manualLabels.classes[0].label = QStringLiteral("< 50% dari target");
    EXPECT_EQ(legendEntries(manualLabels, {QColor(Qt::red), QColor(Qt::blue)}, {}, 1, QStringLiteral("%"))[0].label,
              QStringLiteral("< 50% dari target"));
    // K6's catalogue classes are words, so they carry their range like every SPM indicator.
    const ps::IndicatorDef& k6 = *ps::Catalogue::standard().indicator(QStringLiteral("k6"));
    const Classification c = classify(Method::Official, {}, 4, {}, &k6);
    const auto e = legendEntries(c, indicatorColors(k6, c.size()), {40, 100}, 1, k6.unitSymbol());
    ASSERT_EQ(e.size(), 5u);
    EXPECT_EQ(e[1].label, QStringLiteral("Di bawah target (50 – < 80%)"));
    EXPECT_EQ(e[3].label, QStringLiteral("Target SPM tercapai (≥ 100%)"));
    EXPECT_EQ(e[0].count, 1);
    EXPECT_EQ(e[3].count, 1);
    // Generated SPM classes have word labels, so they carry their range.
    const ps::IndicatorDef& ukur = *ps::Catalogue::standard().indicator(QStringLiteral("cakupan_pengukuran"));
    const Classification g = classify(Method::Official, {}, 4, {}, &ukur);
    const auto ge = legendEntries(g, indicatorColors(ukur, g.size()), {}, 1, ukur.unitSymbol());
    EXPECT_EQ(ge[2].label, QStringLiteral("Mendekati target (80 – < 100%)"));
    EXPECT_EQ(ge[3].label, QStringLiteral("Target SPM tercapai (≥ 100%)"));
}
