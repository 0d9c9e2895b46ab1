#include "geocode/Geocoder.h"
#include "geocode/NameMatcher.h"
#include <gtest/gtest.h>

using namespace ps;
using namespace ps::geocode;

// Names only (no polygons): Banyuasin's repeated "Karang Anyar" and numbered desa.
static Gazetteer smallGazetteer()
{
    auto kec = [](const char* code, const char* name) {
        return AdminArea{code, AdminLevel::Kecamatan, name, "16.07", 0, {}};
    };
    auto desa = [](const char* code, const char* name, const char* parent) {
        return AdminArea{code, AdminLevel::Desa, name, parent, 0, {}};
    };
    return Gazetteer({kec("16.07.01", "Banyuasin I"), kec("16.07.02", "Banyuasin II"), kec("16.07.07", "Muara Padang"),
                      kec("16.07.15", "Tungkal Ilir"), kec("16.07.18", "Sumber Marga Telang"),
                      kec("33.01.01", "Karanganyar"), kec("33.02.01", "Karanganyar")},
                     {desa("16.07.01.1016", "Mariana", "16.07.01"), desa("16.07.01.1021", "Mariana Ilir", "16.07.01"),
                      desa("16.07.01.2004", "Perajen", "16.07.01"), desa("16.07.02.2001", "Sungsang I", "16.07.02"),
                      desa("16.07.02.2002", "Sungsang II", "16.07.02"), desa("16.07.02.2004", "Sungsang IV", "16.07.02"),
                      desa("16.07.07.2003", "Karang Anyar", "16.07.07"), desa("16.07.07.2012", "Sido Mulyo 18", "16.07.07"),
                      desa("16.07.07.2018", "Sido Mulyo 20", "16.07.07"), desa("16.07.15.2006", "Karang Anyar", "16.07.15"),
                      desa("16.07.18.2002", "Karang Anyar", "16.07.18"), desa("16.07.18.2010", "Sri Tiga", "16.07.18"),
                      desa("16.07.15.2004", "Suka Mulya", "16.07.15"), desa("16.07.15.2005", "Suka Raja", "16.07.15"),
                      desa("33.01.01.2001", "Jati", "33.01.01"), desa("33.02.01.2001", "Jati", "33.02.01"),
                      desa("33.02.01.2002", "Bolong", "33.02.01")});
}

TEST(Matcher, KecamatanThenDesa)
{
    Gazetteer gaz = smallGazetteer();
    DesaPlacer placer(gaz);
    Geocoder geo(gaz, placer);
    struct Case {
        const char* kec;
        const char* desa;
        NameMatch::Kind kind;
        const char* code;   // expected desa code when found
    };
    using K = NameMatch::Kind;
    const Case cases[] = {
        {"Banyuasin 1", "Mariana", K::Exact, "16.07.01.1016"},
        {"Kec. BANYUASIN I", "Kel. Mariana Ilir", K::Exact, "16.07.01.1021"},
        {"Banyuasin I", "PREAJEN", K::Fuzzy, "16.07.01.2004"},                // swapped letters
        {"Banyuasin 2", "Sunsgang IV", K::Fuzzy, "16.07.02.2004"},
        {"Banyuasin 2", "Sungsang 4", K::Exact, "16.07.02.2004"},
        {"Banyuasin 2", "Sungsang III", K::Unmatched, ""},                    // no such number: never Sungsang I/II/IV
        {"Muara Padang", "Sido Mulyo 19", K::Unmatched, ""},
        {"Muara Padang", "Karang Anyar", K::Exact, "16.07.07.2003"},          // the kecamatan decides
        {"Sumber Marga Telang", "Karang Anyar", K::Exact, "16.07.18.2002"},
        {"", "Karang Anyar", K::Ambiguous, ""},                               // three of them, no kecamatan
        {"Kecamatan Antah", "Karang Anyar", K::Ambiguous, ""},
        {"", "Sri Tiga", K::Exact, "16.07.18.2010"},                          // unique across the kabupaten
        {"Tungkal Ilir", "Suka Maya", K::Unmatched, ""},                      // two edits from both Suka Mulya and Suka Raja
        {"Tungkal Ilir", "Suka Mulia", K::Fuzzy, "16.07.15.2004"},
        {"Sumber Marga Telang", "Sukamaju Jaya Abadi", K::Unmatched, ""},
        {"Karanganyar", "Bolong", K::Exact, "33.02.01.2002"},                 // kecamatan in two kabupaten, desa decides
        {"Karanganyar", "Jati", K::Ambiguous, ""},
        {"Banyuasin I", "", K::Empty, ""},
    };
    for (const Case& c : cases) {
        const auto& m = geo.matchDesa(QString::fromUtf8(c.kec), QString::fromUtf8(c.desa));
        EXPECT_EQ(m.desa.kind, c.kind) << c.kec << " / " << c.desa;
        if (m.desa.found()) {
            EXPECT_EQ(gaz.desa()[m.desa.index].code, QString::fromUtf8(c.code)) << c.desa;
        }
    }
}

TEST(Matcher, ShortNamesMustMatchExactly)
{
    Gazetteer gaz = smallGazetteer();
    const NameMatch m = matchName("Jatu", NameKind::Desa, gaz.desa(), gaz.allDesa());
    EXPECT_EQ(m.kind, NameMatch::Kind::Unmatched);
}

// Suggestions for a person in the geocode review: the closest names, best first.
TEST(Matcher, ClosestDesaSuggestions)
{
    const Gazetteer gaz = smallGazetteer();
    struct Case {
        const char* text;
        const char* kecamatan;
        const char* bestCode;
    } cases[] = {
        {"Mariana Ilr", "16.07.01", "16.07.01.1021"},    // a typo
        {"Perajin", "", "16.07.01.2004"},                // no kecamatan given
        {"Karang Anyer", "16.07.15", "16.07.15.2006"},   // the same name elsewhere: the named kecamatan first
        {"Karang Anyer", "16.07.18", "16.07.18.2002"},
        {"Sungsang 4", "16.07.02", "16.07.02.2004"},     // numbers as digits
    };
    for (const Case& c : cases) {
        const auto got = closestDesa(gaz, QString::fromUtf8(c.text), QString::fromUtf8(c.kecamatan), 3);
        ASSERT_EQ(got.size(), 3u) << c.text;
        EXPECT_EQ(gaz.desa()[got[0].index].code, QString::fromUtf8(c.bestCode)) << c.text;
        EXPECT_GT(got[0].score, 0.8) << c.text;
        EXPECT_GE(got[0].score + 0.05, got[1].score) << c.text;
    }
    EXPECT_TRUE(closestDesa(gaz, QString(), QString(), 3).empty());
}
