#include "geocode/NameNormalizer.h"
#include "core/Similarity.h"
#include <gtest/gtest.h>

using namespace ps;
using namespace ps::geocode;

TEST(NameNormalizer, TableOfSpreadsheetSpellings)
{
    struct Case {
        const char* in;
        NameKind kind;
        const char* out;
    };
    const Case cases[] = {
        {"Mariana", NameKind::Desa, "mariana"},
        {"  PETALING ", NameKind::Desa, "petaling"},
        {"Desa Panca Desa", NameKind::Desa, "panca desa"},
        {"DESA TANAH MAS", NameKind::Desa, "tanah mas"},
        {"Ds. Pulau Rajak", NameKind::Desa, "pulau rajak"},
        {"ds. santan sari", NameKind::Desa, "santan sari"},
        {"Kel. Tanjung Tiga", NameKind::Desa, "tanjung tiga"},
        {"Kelurahan Sukomoro", NameKind::Desa, "sukomoro"},
        {"Desa  Talang  Kemang", NameKind::Desa, "talang kemang"},
        {"Kec. Betung", NameKind::Kecamatan, "betung"},
        {"Kecamatan Banyuasin III", NameKind::Kecamatan, "banyuasin 3"},
        {"BANYUASIN 3", NameKind::Kecamatan, "banyuasin 3"},
        {"Banyuasin I", NameKind::Kecamatan, "banyuasin 1"},
        {"Banyuasin 1", NameKind::Kecamatan, "banyuasin 1"},
        {"Sungsang IV", NameKind::Desa, "sungsang 4"},
        {"SUNGSANG 4", NameKind::Desa, "sungsang 4"},
        {"Sungsang4", NameKind::Desa, "sungsang 4"},
        {"Sido Mulyo XVIII", NameKind::Desa, "sido mulyo 18"},
        {"Sido Mulyo 18", NameKind::Desa, "sido mulyo 18"},
        {"Taja Raya II", NameKind::Desa, "taja raya 2"},
        {"Margo Mulyo 016", NameKind::Desa, "margo mulyo 16"},
        {"Tj. Agung", NameKind::Desa, "tanjung agung"},
        {"Tg Kerang", NameKind::Desa, "tanjung kerang"},
        {"P. Borang", NameKind::Desa, "pulau borang"},
        {"Sei Rengit", NameKind::Desa, "sungai rengit"},
        {"Sungei Pinang", NameKind::Desa, "sungai pinang"},
        {"Kp. Baru", NameKind::Desa, "kampung baru"},
        {"Sp. Tiga", NameKind::Desa, "simpang tiga"},
        {"Ma. Abab", NameKind::Desa, "muara abab"},
        {"Kota Baru", NameKind::Desa, "kota baru"},            // "Kota" is only a kabupaten prefix
        {"Kota Palembang", NameKind::Kabupaten, "palembang"},
        {"Kab. Banyuasin", NameKind::Kabupaten, "banyuasin"},
        {"Kabupaten Banyuasin", NameKind::Kabupaten, "banyuasin"},
        {"Desa", NameKind::Desa, "desa"},                      // never the whole name
        {"Vila Indah", NameKind::Desa, "vila indah"},
        {"Mulia Agung", NameKind::Desa, "mulia agung"},
        {"Lubuk Lancang-Ilir", NameKind::Desa, "lubuk lancang ilir"},
        {"Sekar Jaya (Sekarjaya)", NameKind::Desa, "sekar jaya sekarjaya"},
        {"Désa Ćinta", NameKind::Desa, "cinta"},
        {"", NameKind::Desa, ""},
        {" . ", NameKind::Desa, ""},
    };
    for (const Case& c : cases)
        EXPECT_EQ(normalizeName(QString::fromUtf8(c.in), c.kind), QString::fromUtf8(c.out)) << c.in;
}

TEST(NameNormalizer, RomanNumeralsAndNumbers)
{
    const std::pair<const char*, int> romans[] = {{"i", 1},  {"ii", 2},   {"iii", 3}, {"iv", 4},   {"v", 5},
                                                  {"ix", 9}, {"xiv", 14}, {"xx", 20}, {"xxxix", 39}, {"iiii", 0},
                                                  {"vv", 0}, {"il", 0},   {"", 0},    {"mulia", 0}};
    for (const auto& [t, v] : romans)
        EXPECT_EQ(romanValue(QString::fromLatin1(t)), v) << t;
    EXPECT_EQ(nameNumbers("sido mulyo 18"), QStringList{"18"});
    EXPECT_TRUE(nameNumbers("pulau rimau").isEmpty());
    EXPECT_EQ(compactName("juru taro"), QStringLiteral("jurutaro"));
}

TEST(Similarity, EditDistanceAndJaroWinkler)
{
    struct Case {
        const char* a;
        const char* b;
        int d;
    };
    const Case cases[] = {{"perajen", "preajen", 1},   // transposition counts once
                          {"mainan", "mainn", 1},      {"duren ijo", "duren io", 1},
                          {"kitten", "sitting", 3},    {"", "abc", 3},
                          {"sama", "sama", 0},         {"tanjungmerbu", "tanjungmerbu", 0}};
    for (const Case& c : cases)
        EXPECT_EQ(editDistance(c.a, c.b), c.d) << c.a << " / " << c.b;
    EXPECT_NEAR(jaroWinkler("martha", "marhta"), 0.9611, 1e-3);
    EXPECT_NEAR(jaroWinkler("dixon", "dicksonx"), 0.8133, 1e-3);
    EXPECT_DOUBLE_EQ(jaroWinkler("abc", "abc"), 1.0);
    EXPECT_DOUBLE_EQ(jaroWinkler("abc", "xyz"), 0.0);
    EXPECT_NEAR(editSimilarity("mainan", "mainn"), 1.0 - 1.0 / 6.0, 1e-12);
}
