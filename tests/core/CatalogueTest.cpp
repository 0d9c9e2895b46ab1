#include "core/Catalogue.h"
#include <gtest/gtest.h>

TEST(Catalogue, ShipsTheRequiredIndicators)
{
    const ps::Catalogue& c = ps::Catalogue::standard();
    for (const char* code : {"stunting", "wasting", "underweight", "k6", "imunisasi_dasar_lengkap"}) {
        SCOPED_TRACE(code);
        const ps::IndicatorDef* d = c.indicator(QString::fromLatin1(code));
        ASSERT_NE(d, nullptr);
        EXPECT_FALSE(d->nameId.isEmpty());
        EXPECT_FALSE(d->nameEn.isEmpty());
        EXPECT_NE(c.variable(d->numerator), nullptr);
        EXPECT_NE(c.variable(d->denominator), nullptr);
    }
    const ps::IndicatorDef* s = c.indicator(QStringLiteral("stunting"));
    EXPECT_EQ(s->numerator, QStringLiteral("balita_stunting"));
    EXPECT_EQ(s->denominator, QStringLiteral("balita_diukur"));
    EXPECT_TRUE(s->higherIsWorse);
    EXPECT_DOUBLE_EQ(s->scale, 100.0);
    EXPECT_FALSE(c.indicator(QStringLiteral("k6"))->higherIsWorse);
}

TEST(Catalogue, StuntingCarriesWhoUnicefThresholds)
{
    const ps::IndicatorDef* s = ps::Catalogue::standard().indicator(QStringLiteral("stunting"));
    ASSERT_EQ(s->thresholds.size(), 5u);
    const double uppers[] = {2.5, 10, 20, 30};
    for (int i = 0; i < 4; ++i)
        EXPECT_DOUBLE_EQ(s->thresholds[i].upper, uppers[i]);
    EXPECT_TRUE(std::isinf(s->thresholds[4].upper));
    EXPECT_EQ(s->thresholds[4].labelEn, QStringLiteral("Very high"));
}

TEST(Catalogue, MapsSpreadsheetHeadersToVariables)
{
    const ps::Catalogue& c = ps::Catalogue::standard();
    EXPECT_EQ(c.variableForHeader(QStringLiteral(" Balita_Stunting "))->code, QStringLiteral("balita_stunting"));
    EXPECT_EQ(c.variableForHeader(QStringLiteral("IDL"))->code, QStringLiteral("imunisasi_dasar_lengkap"));
    EXPECT_EQ(c.variableForHeader(QStringLiteral("kecamatan")), nullptr);
}
