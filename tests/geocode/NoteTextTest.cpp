#include "core/Locale.h"
#include "geocode/NoteText.h"
#include <gtest/gtest.h>

using namespace ps;
using namespace ps::geocode;

TEST(NoteText, IndonesianNumbersBecomeEnglishCodesAndWordsStay)
{
    const struct {
        const char* in;
        const char* out;
    } cases[] = {
        {"radius 3,7 km", "radius 3.7 km"},
        {"55.626 jiwa", "55,626 jiwa"},
        {"1.234,5", "1,234.5"},
        {"(skor 0,91)", "(skor 0.91)"},
        {"kode 16.07.01.2003", "kode 16.07.01.2003"},
        {"Sido Mulyo 2", "Sido Mulyo 2"},
        {"-2,585449, 104,759103", "-2.585449, 104.759103"},
        {"250 m", "250 m"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(englishNumbers(QString::fromUtf8(c.in)).toStdString(), c.out);
}

// Notes stored by an Indonesian import, shown in an English session.
TEST(NoteText, StoredIndonesianNotesAreShownInEnglish)
{
    const NoteTranslator& t = NoteTranslator::english();
    ASSERT_GT(t.size(), 20u);
    const struct {
        const char* stored;
        const char* english;
    } cases[] = {
        {"ditempatkan di titik dalam Desa Upang Cemara, radius ketidakpastian 3,7 km",
         "placed at a point inside village Upang Cemara, uncertainty radius 3.7 km"},
        {"koordinat 0,0 ditolak; ditempatkan di titik dalam Desa Mariana Ilir, radius ketidakpastian 2,1 km",
         "coordinates 0,0 rejected; placed at a point inside village Mariana Ilir, uncertainty radius 2.1 km"},
        {"kode PY160700599 sama dengan baris 64", nullptr},
        {"sesuatu yang tidak dikenal; radius 3,7 km", "sesuatu yang tidak dikenal; radius 3,7 km"},   // no template: as stored
    };
    for (const auto& c : cases) {
        const QString got = t.translate(QString::fromUtf8(c.stored));
        if (c.english)
            EXPECT_EQ(got.toStdString(), c.english);
        else
            EXPECT_NE(got, QString::fromUtf8(c.stored)) << got.toStdString();
    }
    setLanguage(QStringLiteral("id"));
    EXPECT_EQ(noteForDisplay(QStringLiteral("radius ketidakpastian 3,7 km")), QStringLiteral("radius ketidakpastian 3,7 km"));
}
