// Periods: keys that keep yearly data meaning the year, month names and dates as offices write them.
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include <gtest/gtest.h>

using namespace ps;

TEST(Period, KeysRoundTripAndYearsStayYears)
{
    struct Case {
        const char* text;
        int key;
    };
    const Case cases[] = {{"2024", 2024}, {"2024-08", 202408}, {"2024-8", 202408}, {"2024-S1", 202431},
                          {"2024-S2", 202432}, {"2024-Q3", 202423}, {"2024-TW4", 202424}, {"2023-12", 202312}};
    for (const Case& c : cases) {
        const auto p = Period::parse(QString::fromLatin1(c.text));
        ASSERT_TRUE(p) << c.text;
        EXPECT_EQ(p->key(), c.key) << c.text;
        EXPECT_EQ(Period::fromKey(c.key)->key(), c.key) << c.text;
        EXPECT_EQ(Period::parse(p->text())->key(), c.key) << c.text;
    }
    for (const char* bad : {"2024-13", "2024-S3", "24-08", "Agustus", ""})
        EXPECT_FALSE(Period::parse(QString::fromLatin1(bad))) << bad;
    EXPECT_FALSE(Period::fromKey(202413));
}

TEST(Period, ContainmentAndLabels)
{
    const Period year{2024, Period::Kind::Year, 0}, s2{2024, Period::Kind::Semester, 2}, q1{2024, Period::Kind::Quarter, 1};
    const Period feb{2024, Period::Kind::Month, 2}, aug{2024, Period::Kind::Month, 8};
    EXPECT_TRUE(year.contains(feb) && year.contains(aug) && s2.contains(aug) && q1.contains(feb));
    EXPECT_FALSE(s2.contains(feb));
    EXPECT_FALSE(q1.contains(aug));
    EXPECT_FALSE((Period{2023, Period::Kind::Year, 0}).contains(aug));
    EXPECT_EQ(aug.label(), QStringLiteral("Agustus 2024"));
    EXPECT_EQ(periodLabel(202431), QStringLiteral("Semester 1 2024"));
    EXPECT_EQ(periodLabel(2024), QStringLiteral("2024"));
}

TEST(Period, MonthNamesIndonesianEnglishAndAbbreviations)
{
    struct Case {
        const char* text;
        int month;
    };
    const Case cases[] = {{"Januari", 1}, {"FEBRUARI", 2}, {"Pebruari", 2}, {"Feb", 2}, {"Mei", 5}, {"Agustus", 8},
                          {"Agt", 8},     {"Agu", 8},       {"Ags", 8},      {"Aug.", 8}, {"august", 8}, {"Okt", 10},
                          {"Nopember", 11}, {"Des", 12},    {"12", 12},      {"8", 8}};
    for (const Case& c : cases)
        EXPECT_EQ(parseMonth(QString::fromUtf8(c.text)), c.month) << c.text;
    for (const char* bad : {"13", "0", "Agustusan", "", "Bulan"})
        EXPECT_FALSE(parseMonth(QString::fromUtf8(bad))) << bad;
}

TEST(Period, DatesAsTyped)
{
    struct Case {
        const char* text;
        int key;
    };
    const Case cases[] = {{"15/08/2024", 202408}, {"1/2/2024", 202402},  {"01-02-2024", 202402}, {"2024-08-15", 202408},
                          {"2024-08-15T00:00:00", 202408}, {"12 Agustus 2024", 202408}, {"45519", 202408},
                          {"15.08.2024", 202408}};
    for (const Case& c : cases) {
        const auto p = monthOfDate(QString::fromUtf8(c.text));
        ASSERT_TRUE(p) << c.text;
        EXPECT_EQ(p->key(), c.key) << c.text;
    }
    for (const char* bad : {"31/02/2024", "2024", "Agustus", "15/13/2024", ""})
        EXPECT_FALSE(monthOfDate(QString::fromUtf8(bad))) << bad;
}

// What a period picker offers (desktop combo, server viewer and capabilities): stored periods
// and the years and semesters of stored months, in time order; never a year mixed among months.
TEST(PeriodChoice, ChoicesLatestAndOrder)
{
    struct Case {
        std::vector<int> stored, choices;
        int latest;
    };
    const Case cases[] = {
        {{2021, 2022, 2023}, {2021, 2022, 2023}, 2023},
        {{202402, 202408}, {2024, 202431, 202432, 202402, 202408}, 202408},
        // A stored year ends in December: it is later than its August (and 2025 is later than 2024-08,
        // though the key 2025 is the smaller number).
        {{2024, 202408}, {2024, 202432, 202408}, 2024},
        {{2025, 202408}, {2024, 202432, 202408, 2025}, 2025},
        {{202423, 2023}, {2023, 2024, 202423}, 202423},
        {{202431, 202432}, {2024, 202431, 202432}, 202432},
        {{}, {}, 0},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(periodChoices(c.stored), c.choices);
        EXPECT_EQ(latestPeriod(c.stored), c.latest);
    }
    EXPECT_EQ(sortedPeriods({202408, 2025, 202402, 2024}), (std::vector<int>{2024, 202402, 202408, 2025}));
}
