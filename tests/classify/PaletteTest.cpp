#include "classify/Palette.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Paths.h"
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ps::classify;

namespace {
const ps::IndicatorDef& indicator(const char* code) { return *ps::Catalogue::standard().indicator(QString::fromLatin1(code)); }

QStringList hex(const std::vector<QColor>& colors)
{
    QStringList out;
    for (const QColor& c : colors)
        out << c.name();
    return out;
}

// Perceived lightness (0 dark .. 255 light); "warm" = more red than blue.
int lightness(const QColor& c) { return c.toHsl().lightness(); }
bool warm(const QColor& c) { return c.red() > c.blue() + 40; }
} // namespace

TEST(Palette, ShipsTheRequiredSchemesForEverySupportedClassCount)
{
    const struct {
        const char* id;
        const char* kind;
        int minK, maxK;
    } table[] = {
        {"YlOrRd", "sequential", 3, 9}, {"OrRd", "sequential", 3, 9},    {"Reds", "sequential", 3, 9},
        {"YlGnBu", "sequential", 3, 9}, {"GnBu", "sequential", 3, 9},    {"Greens", "sequential", 3, 9},
        {"Blues", "sequential", 3, 9},  {"Purples", "sequential", 3, 9}, {"PuBuGn", "sequential", 3, 9},
        {"RdYlBu", "diverging", 3, 11}, {"RdBu", "diverging", 3, 11},    {"BrBG", "diverging", 3, 11},
        {"PuOr", "diverging", 3, 11},   {"Set2", "qualitative", 3, 8},   {"Dark2", "qualitative", 3, 8},
        {"Paired", "qualitative", 3, 12},
    };
    for (const auto& row : table) {
        SCOPED_TRACE(row.id);
        const Palette* p = palette(QString::fromLatin1(row.id));
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(p->kind, QString::fromLatin1(row.kind));
        EXPECT_EQ(p->minClasses(), row.minK);
        EXPECT_EQ(p->maxClasses(), row.maxK);
        for (int k = 1; k <= row.maxK + 3; ++k) {
            const std::vector<QColor> c = p->colors(k);
            ASSERT_EQ(static_cast<int>(c.size()), k) << "k " << k;
            for (const QColor& col : c)
                EXPECT_TRUE(col.isValid());
        }
        if (p->kind == QLatin1String("sequential"))   // light to dark
            for (int k = 3; k <= 9; ++k) {
                const auto c = p->colors(k);
                EXPECT_GT(lightness(c.front()), lightness(c.back())) << "k " << k;
            }
    }
    EXPECT_EQ(palette(QStringLiteral("ylorrd")), palette(QStringLiteral("YlOrRd")));
    EXPECT_EQ(palette(QStringLiteral("NoSuchScheme")), nullptr);
    EXPECT_TRUE(paletteIds(QStringLiteral("diverging")).contains(QStringLiteral("RdYlBu")));
    EXPECT_FALSE(paletteIds(QStringLiteral("sequential")).contains(QStringLiteral("Set2")));
    EXPECT_GE(paletteIds().size(), 16);
}

TEST(Palette, ExactColorBrewerValues)
{
    const struct {
        const char* id;
        int k;
        QStringList colors;
    } table[] = {
        {"YlOrRd", 5, {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}},
        {"YlOrRd", 3, {"#ffeda0", "#feb24c", "#f03b20"}},
        {"YlGnBu", 5, {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"}},
        {"Reds", 4, {"#fee5d9", "#fcae91", "#fb6a4a", "#cb181d"}},
        {"Blues", 3, {"#deebf7", "#9ecae1", "#3182bd"}},
        {"Greens", 9, {"#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"}},
        {"RdYlBu", 5, {"#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"}},
        {"PuOr", 3, {"#f1a340", "#f7f7f7", "#998ec3"}},
        {"Set2", 3, {"#66c2a5", "#fc8d62", "#8da0cb"}},
        {"Dark2", 4, {"#1b9e77", "#d95f02", "#7570b3", "#e7298a"}},
    };
    for (const auto& row : table)
        EXPECT_EQ(hex(palette(QString::fromLatin1(row.id))->colors(row.k)), row.colors) << row.id << " " << row.k;
}

TEST(Palette, ColourBlindSafetyFlags)
{
    for (const char* id : {"YlOrRd", "YlGnBu", "Reds", "Blues", "RdYlBu", "RdBu", "BrBG", "PuOr"})
        EXPECT_TRUE(palette(QString::fromLatin1(id))->colorBlindSafe) << id;
    for (const char* id : {"Set2", "Dark2", "Paired", "RdYlGn", "Spectral"})
        EXPECT_FALSE(palette(QString::fromLatin1(id))->colorBlindSafe) << id;
    EXPECT_TRUE(palette(QStringLiteral("Set2"))->colorBlindSafeFor(3));
    EXPECT_FALSE(palette(QStringLiteral("Set2"))->colorBlindSafeFor(4));
    EXPECT_TRUE(palette(QStringLiteral("Paired"))->colorBlindSafeFor(4));
    EXPECT_FALSE(palette(QStringLiteral("Paired"))->colorBlindSafeFor(5));
}

TEST(Palette, FewerOrMoreClassesThanPublished)
{
    const Palette& p = *palette(QStringLiteral("YlOrRd"));
    EXPECT_EQ(hex(p.colors(1)), QStringList{QStringLiteral("#f03b20")});
    EXPECT_EQ(hex(p.colors(2)), (QStringList{QStringLiteral("#ffeda0"), QStringLiteral("#f03b20")}));
    const auto twelve = p.colors(12);   // interpolated along the 9-class ramp, ends kept
    EXPECT_EQ(twelve.front().name(), QStringLiteral("#ffffcc"));
    EXPECT_EQ(twelve.back().name(), QStringLiteral("#800026"));
    const auto set2 = palette(QStringLiteral("Set2"))->colors(10);   // qualitative repeats
    EXPECT_EQ(set2[8], set2[0]);
    EXPECT_TRUE(p.colors(0).empty());
}

TEST(Palette, DefaultFollowsTheIndicatorsDirection)
{
    // Stunting: higher is worse -> warm sequential, colour-blind safe, worst class darkest and warm.
    const ps::IndicatorDef& stunting = indicator("stunting");
    const Palette& ps = defaultPaletteFor(stunting);
    EXPECT_EQ(ps.kind, QStringLiteral("sequential"));
    EXPECT_TRUE(ps.colorBlindSafe);
    EXPECT_FALSE(reversedFor(stunting));
    const auto sc = indicatorColors(stunting, 5);
    EXPECT_TRUE(warm(sc.back()));
    EXPECT_LT(lightness(sc.back()), lightness(sc.front()));

    // K6 coverage: higher is better -> not warm; the lowest-coverage class is the dark end.
    const ps::IndicatorDef& k6 = indicator("k6");
    const Palette& pk = defaultPaletteFor(k6);
    EXPECT_EQ(pk.kind, QStringLiteral("sequential"));
    EXPECT_TRUE(pk.colorBlindSafe);
    EXPECT_NE(pk.id, ps.id);
    EXPECT_TRUE(reversedFor(k6));
    const auto kc = indicatorColors(k6, 5);
    for (const QColor& c : kc)
        EXPECT_FALSE(warm(c)) << c.name().toStdString();
    EXPECT_LT(lightness(kc.front()), lightness(kc.back()));
    EXPECT_EQ(kc, classColors(pk, 5, true));

    // Diverging schemes start warm: reversed for higher-is-worse so the worst is red.
    const Palette& rdylbu = *palette(QStringLiteral("RdYlBu"));
    EXPECT_TRUE(reversedFor(stunting, rdylbu));
    EXPECT_FALSE(reversedFor(k6, rdylbu));
    EXPECT_TRUE(warm(indicatorColors(stunting, 5, QStringLiteral("RdYlBu")).back()));
    EXPECT_TRUE(warm(indicatorColors(k6, 5, QStringLiteral("RdYlBu")).front()));
    EXPECT_FALSE(reversedFor(stunting, *palette(QStringLiteral("Set2"))));
    // An unknown palette id falls back to the default.
    EXPECT_EQ(indicatorColors(stunting, 5, QStringLiteral("nope")), sc);
}

TEST(Palette, BadPaletteFileNamesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("palettes.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"palettes":[{"id":"X","kind":"sequential","schemes":{"3":["#fff","#ccc"]}}]})");
    f.close();
    try {
        loadPalettes(path);
        FAIL() << "expected ps::Error";
    } catch (const ps::Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_TRUE(e.message().contains(QStringLiteral("X")));
    }
    EXPECT_THROW(loadPalettes(dir.filePath(QStringLiteral("missing.json"))), ps::Error);
}
