#include "TestSupport.h"
#include "io/AreaLookup.h"
#include "io/IndicatorImporter.h"
#include "io/NumberText.h"

using namespace ps;
using namespace ps::io;

TEST(NumberText, AcceptsUnambiguousCountsAndRejectsTheRest)
{
    struct Case {
        const char* text;
        std::optional<double> value;
        const char* errorPart; // nullptr: accepted or blank
    } cases[] = {
        {"", std::nullopt, nullptr},
        {"   ", std::nullopt, nullptr},
        {"0", 0, nullptr},
        {"3510", 3510, nullptr},
        {" 55626 ", 55626, nullptr},
        {"695.5", 695.5, nullptr},
        {"695,5", 695.5, nullptr},
        {"12,25", 12.25, nullptr},
        {"0.1234", 0.1234, nullptr},
        {"1.234.567", 1234567, nullptr},
        {"1,234,567", 1234567, nullptr},
        {"1.234,5", 1234.5, nullptr},
        {"1,234.5", 1234.5, nullptr},
        {"12.345.678,25", 12345678.25, nullptr},
        {"1.2E+05", 120000, nullptr},
        {"3.510", std::nullopt, "dua cara"},
        {"3,510", std::nullopt, "dua cara"},
        {"12.34.567", std::nullopt, "kelompok tiga"},
        {"1.234,5,6", std::nullopt, "tidak konsisten"},
        {"1,23.456", std::nullopt, "tidak konsisten"},
        {"abc", std::nullopt, "bukan angka"},
        {"12x", std::nullopt, "bukan angka"},
        {"-5", std::nullopt, "negatif"},
        {"6,31%", std::nullopt, "persen"},
        {"1 234", std::nullopt, "bukan angka"},
        {"-", std::nullopt, "bukan angka"},
    };
    for (const Case& c : cases) {
        const ParsedNumber n = parseCount(QString::fromUtf8(c.text));
        SCOPED_TRACE(c.text);
        EXPECT_EQ(n.value.has_value(), c.value.has_value());
        if (n.value && c.value) {
            EXPECT_DOUBLE_EQ(*n.value, *c.value);
        }
        if (c.errorPart)
            EXPECT_TRUE(n.error.contains(QString::fromUtf8(c.errorPart))) << n.error.toStdString();
        else
            EXPECT_TRUE(n.error.isEmpty()) << n.error.toStdString();
    }
}

TEST(NumberText, AmbiguousMessageGivesBothReadings)
{
    const ParsedNumber n = parseCount(QStringLiteral("3.510"));
    EXPECT_TRUE(n.error.contains("3510")) << n.error.toStdString();
    EXPECT_TRUE(n.error.contains("3,510")) << n.error.toStdString(); // 3.51 in Indonesian notation
}

TEST(SheetYear, ReadsOneYearFromTheSheetName)
{
    const struct {
        const char* sheet;
        std::optional<int> year;
    } cases[] = {
        {"2021", 2021}, {" 2023 ", 2023}, {"Tahun 2022", 2022}, {"data_2024", 2024}, {"", std::nullopt},
        {"Sheet1", std::nullopt}, {"2021-2022", std::nullopt}, {"12021", std::nullopt}, {"1850", std::nullopt},
    };
    for (const auto& c : cases)
        EXPECT_EQ(yearFromSheetName(QString::fromUtf8(c.sheet)), c.year) << c.sheet;
}

TEST(AreaLookup, KnowsStoredCodesAndTheirAncestorsAndMatchesNamesExactly)
{
    std::vector<AdminArea> areas = {
        {"16.07.01.2001", AdminLevel::Desa, "Karang Anyar", "16.07.01", 1, {}},
        {"16.07.02.2001", AdminLevel::Desa, "KARANG  ANYAR ", "16.07.02", 1, {}},
        {"16.07.01", AdminLevel::Kecamatan, "Banyuasin I", "16.07", 1, {}},
    };
    const AreaLookup lookup(areas);
    EXPECT_TRUE(lookup.knowsCode("16.07.01.2001"));
    EXPECT_TRUE(lookup.knowsCode("16.07.02"));   // parent of a stored desa
    EXPECT_TRUE(lookup.knowsCode("16.07"));
    EXPECT_TRUE(lookup.knowsCode("16"));
    EXPECT_FALSE(lookup.knowsCode("16.07.03"));
    EXPECT_FALSE(lookup.knowsCode("16.07.01.2002"));
    EXPECT_EQ(lookup.byName(" karang anyar").size(), 2u);
    EXPECT_EQ(lookup.byName("Karang Anyar", AdminLevel::Kecamatan).size(), 0u);
    ASSERT_EQ(lookup.byName("banyuasin i", AdminLevel::Kecamatan).size(), 1u);
    EXPECT_EQ(lookup.byName("banyuasin i")[0]->code, "16.07.01");
    EXPECT_TRUE(lookup.byName("Banyuasin 1").empty()); // exact only; fuzzy matching is the geocoder's
}
