#include "core/AdminCode.h"
#include <gtest/gtest.h>

using ps::AdminLevel;

struct CodeCase {
    const char* input;
    bool valid;
    const char* code;
    const char* parent;
    AdminLevel level;
};

TEST(AdminCode, ParsesKemendagriCodesTable)
{
    const CodeCase cases[] = {
        {"16", true, "16", "", AdminLevel::Provinsi},
        {"16.07", true, "16.07", "16", AdminLevel::Kabupaten},
        {"16.07.01", true, "16.07.01", "16.07", AdminLevel::Kecamatan},
        {"16.07.01.2001", true, "16.07.01.2001", "16.07.01", AdminLevel::Desa},
        {"16.07.01.1016", true, "16.07.01.1016", "16.07.01", AdminLevel::Kelurahan},
        {" 16.7.1.2001 ", true, "16.07.01.2001", "16.07.01", AdminLevel::Desa},
        {"1607012001", true, "16.07.01.2001", "16.07.01", AdminLevel::Desa},
        {"160701", true, "16.07.01", "16.07", AdminLevel::Kecamatan},
        {"33.74", true, "33.74", "33", AdminLevel::Kabupaten},
        {"16.07.01.3001", false, "", "", AdminLevel::Desa},   // 4th part must start with 1 or 2
        {"16.07.01.2001.5", false, "", "", AdminLevel::Desa},
        {"abc", false, "", "", AdminLevel::Desa},
        {"", false, "", "", AdminLevel::Desa},
        {"16..01", false, "", "", AdminLevel::Desa},
        {"160", false, "", "", AdminLevel::Desa},
    };
    for (const CodeCase& c : cases) {
        SCOPED_TRACE(c.input);
        const auto parsed = ps::parseAdminCode(QString::fromUtf8(c.input));
        ASSERT_EQ(parsed.has_value(), c.valid);
        if (!c.valid)
            continue;
        EXPECT_EQ(parsed->code, QString::fromUtf8(c.code));
        EXPECT_EQ(parsed->parent, QString::fromUtf8(c.parent));
        EXPECT_EQ(parsed->level, c.level);
    }
}

TEST(AdminCode, LevelNamesRoundTrip)
{
    for (AdminLevel l : {AdminLevel::Provinsi, AdminLevel::Kabupaten, AdminLevel::Kecamatan, AdminLevel::Desa,
                         AdminLevel::Kelurahan})
        EXPECT_EQ(ps::levelFromName(ps::levelName(l)), l);
    EXPECT_EQ(ps::codeLength(AdminLevel::Kecamatan), 8);
    EXPECT_EQ(ps::codeLength(AdminLevel::Kelurahan), 13);
}

TEST(AdminCode, ProvinceNamesByKemendagriCode)
{
    const std::pair<const char*, const char*> cases[] = {
        {"33", "Jawa Tengah"}, {"16", "Sumatera Selatan"}, {"34", "Daerah Istimewa Yogyakarta"},
        {"96", "Papua Barat Daya"}, {"65", "Kalimantan Utara"}, {"20", ""}, {"3", ""}, {"33.01", ""}};
    for (const auto& [code, name] : cases)
        EXPECT_EQ(ps::provinceName(QString::fromLatin1(code)), QString::fromUtf8(name)) << code;
}
