// Acceptance on the Banyuasin sample (../shared/data): the 2023 stunting map.
#include "RenderFixtures.h"
#include "RenderTestUtil.h"
#include "TestSupport.h"
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
