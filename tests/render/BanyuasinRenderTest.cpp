// Acceptance on the Banyuasin sample (../shared/data): the 2023 stunting map.
#include "RenderFixtures.h"
#include "RenderTestUtil.h"
#include "TestSupport.h"
#include "core/Paths.h"
#include "core/Sqlite.h"
#include "render/MapRenderer.h"
#include <QFile>

using namespace ps;
using namespace ps::render;

namespace {

using Banyuasin = rtest::SharedDataSuite<rtest::banyuasinProject>;

} // namespace

TEST_F(Banyuasin, Stunting2023PixelAtEachKecamatanInteriorPointHasItsClassColour)
{
    PS_REQUIRE_SHARED_DATA();
    MapSpec spec;
    spec.indicator = QStringLiteral("stunting");
    spec.periods = {2023};
    spec.codePrefix = QStringLiteral("16.07");
    spec.labels = false;      // labels would cover interior points
    spec.facilities = false;
    MapBuilder b(*project);
    const BuiltMap m = b.build(spec);
    ASSERT_EQ(m.features->size(), 21);
    EXPECT_EQ(m.page.panels[0].crs, QStringLiteral("EPSG:32748"));
    EXPECT_TRUE(m.page.inset.has_value());   // Sumatera Selatan's kabupaten are stored
    EXPECT_TRUE(m.page.subtitle.contains(QStringLiteral("6,31%"))) << m.page.subtitle.toStdString();
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const QImage img = renderPageImage(m.page, preset);
    rtest::preview(img, QStringLiteral("banyuasin_stunting_nolabels.png"));
    int checked = 0;
    for (int i = 0; i < m.features->size(); ++i) {
        const int k = m.featureClass[i];
        if (k < 0)
            continue;
        const QPoint px = rtest::pagePixel(m.page, img.size(), preset.dpi, m.features->features()[i].interiorPoint);
        EXPECT_TRUE(rtest::near(img.pixel(px), m.classColors[k]))
            << m.features->features()[i].code.toStdString() << " got " << QColor(img.pixel(px)).name().toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 18);
}

TEST_F(Banyuasin, TemplatesAndExportsForPeople)
{
    PS_REQUIRE_SHARED_DATA();
    MapBuilder b(*project);
    MapSpec spec;
    spec.indicator = QStringLiteral("stunting");
    spec.periods = {2023};
    spec.labelValues = true;
    const BuiltMap m = b.build(spec);
    const QImage img = renderPageImage(m.page, *pagePreset(QStringLiteral("slide-1080")));
    rtest::preview(img, QStringLiteral("banyuasin_stunting_2023.png"));
    EXPECT_FALSE(img.isNull());
    const QString pdf = dir->filePath(QStringLiteral("atlas.pdf"));
    exportPdf(b.atlasByKecamatan(spec), *pagePreset(QStringLiteral("a4-300")), pdf);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(rtest::countPdfPages(f.readAll()), 21);
    MapSpec trend = spec;
    trend.kind = MapKind::SmallMultiples;
    trend.periods = {2021, 2022, 2023, 2024};
    rtest::preview(renderPageImage(b.build(trend).page, *pagePreset(QStringLiteral("slide-1080"))),
                   QStringLiteral("banyuasin_trend.png"));
}

TEST(Labels, LongNamesAreWrappedOrShortenedBeforeTheyAreDropped)
{
    const struct {
        const char *text, *wrapped, *abbreviated;
    } cases[] = {
        {"Penukal Abab Lematang Ilir\n17,2%", "Penukal Abab\nLematang Ilir\n17,2%", "PALI\n17,2%"},
        {"Ogan Komering Ulu", "Ogan\nKomering Ulu", "OKU"},
        {"Ogan Komering Ulu Timur\n7,7%", "Ogan Komering\nUlu Timur\n7,7%", "OKU Timur\n7,7%"},
        {"Musi Rawas Utara", "Musi Rawas\nUtara", ""},   // two words before the direction: kept whole
        {"Lahat\n20,0%", "", ""},
        {"Banyuasin", "", ""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(wrappedLabel(QString::fromUtf8(c.text)), QString::fromUtf8(c.wrapped)) << c.text;
        EXPECT_EQ(abbreviatedLabel(QString::fromUtf8(c.text)), QString::fromUtf8(c.abbreviated)) << c.text;
    }
}

// The Sumatera Selatan rakontek map (maps/rakontek_kabupaten.json): every one
// of the 17 kabupaten/kota is named with its value.
TEST_F(Banyuasin, RakontekMapNamesEveryKabupatenKota)
{
    PS_REQUIRE_SHARED_DATA();
    const int period = 2030;   // a year of its own: the suite's other maps are unchanged
    {
        Transaction tx(project->db());
        int i = 0;
        for (const AdminArea& a : project->areas(AdminLevel::Kabupaten, false, QStringLiteral("16")))
            project->upsertIndicatorValue({a.code, period, QStringLiteral("stunting"), 50.0 + 137 * (i++ % 7), 1000.0}, 0, 100);
        tx.commit();
    }
    int areas = 0;
    const MapRenderer::Stats st = rtest::rakontekFrameLabels(*project, QStringLiteral("16"), {period}, QStringLiteral("rakontek_sumsel.png"), &areas);
    ASSERT_EQ(areas, 17);
    EXPECT_EQ(st.labelsPlaced, 17);
    EXPECT_EQ(st.labelsDropped, 0);
}
