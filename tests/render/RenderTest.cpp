#include "RenderFixtures.h"
#include "RenderTestUtil.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "core/Paths.h"
#include "core/Progress.h"
#include "render/MapRenderer.h"
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <thread>

using namespace ps;
using namespace ps::render;

namespace {

struct Synthetic : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    void SetUp() override { project = rtest::syntheticProject(dir.filePath(QStringLiteral("demo.sqlite"))); }
    MapSpec stunting() const
    {
        MapSpec s;
        s.indicator = QStringLiteral("stunting");
        s.periods = {2023};
        return s;
    }
};


} // namespace

TEST(MapSettingsTest, CrsRuleUtmForSmallExtentsMercatorForWide)
{
    struct Case {
        QRectF lonLat;
        QString crs;
    } cases[] = {
        {QRectF(QPointF(104.3, -3.2), QPointF(105.3, -2.2)), QStringLiteral("EPSG:32748")},   // Banyuasin
        {QRectF(QPointF(108.5, -8.2), QPointF(111.7, -5.7)), QStringLiteral("EPSG:32749")},   // Jawa Tengah
        {QRectF(QPointF(116, 0.5), QPointF(117, 1.5)), QStringLiteral("EPSG:32650")},         // north of the equator
        {QRectF(QPointF(95, -11), QPointF(141, 6)), QStringLiteral("ESRI:54034")},            // Indonesia
    };
    for (const Case& c : cases)
        EXPECT_EQ(crsForExtent(c.lonLat), c.crs) << c.lonLat.center().x();
}

// lonLatTo's written-out pipelines are the operations PROJ itself chooses: the
// same coordinates as from the CRS pair, across Indonesia.
TEST(MapSettingsTest, LonLatPipelinesMatchProjCrsToCrs)
{
    struct Case {
        const char* crs;
        double lon0, lon1, lat0, lat1;
    } cases[] = {{kWideCrs, 94, 142, -11, 6}, {"EPSG:32748", 102, 108, -8, -1}, {"EPSG:32749", 108, 114, -8, -1},
                 {"EPSG:32647", 96, 102, 1, 6}, {"EPSG:32754", 138, 141, -9, -2}};
    for (const Case& c : cases) {
        const QString crs = QString::fromLatin1(c.crs);
        ASSERT_FALSE(lonLatPipeline(crs).isEmpty()) << c.crs;
        const auto direct = ps::Transformer::fromPipeline(lonLatPipeline(crs));
        const ps::Transformer pair(QStringLiteral("EPSG:4326"), crs);
        for (int i = 0; i <= 4; ++i)
            for (int j = 0; j <= 4; ++j) {
                double x1 = c.lon0 + (c.lon1 - c.lon0) * i / 4, y1 = c.lat0 + (c.lat1 - c.lat0) * j / 4;
                double x2 = x1, y2 = y1;
                ASSERT_TRUE(direct->forward(x1, y1));
                ASSERT_TRUE(pair.forward(x2, y2));
                EXPECT_NEAR(x1, x2, 1e-6) << c.crs;
                EXPECT_NEAR(y1, y2, 1e-6) << c.crs;
            }
    }
    EXPECT_TRUE(lonLatPipeline(QStringLiteral("EPSG:3857")).isEmpty());
}

TEST(MapSettingsTest, NiceScaleLengths)
{
    const std::pair<double, double> cases[] = {{1234, 1000}, {2500, 2000}, {9999, 5000}, {10000, 10000}, {73000, 50000}, {0.7, 0.5}};
    for (const auto& [in, want] : cases)
        EXPECT_DOUBLE_EQ(niceScaleLength(in), want) << in;
}

TEST(MapSettingsTest, PixelTransformRoundTripsAndKeepsAspect)
{
    MapSettings s;
    s.crs = QStringLiteral("EPSG:32748");
    s.extent = QRectF(400000, 9650000, 10000, 10000);
    s.outputSize = QSizeF(200, 100);
    EXPECT_DOUBLE_EQ(s.mapUnitsPerPixel(), 100.0);   // height-limited: 10 km over 100 px
    const QPointF c = s.toPixel(s.extent.center());
    EXPECT_NEAR(c.x(), 100, 1e-9);
    EXPECT_NEAR(c.y(), 50, 1e-9);
    const QPointF ne = s.toPixel(QPointF(s.extent.right(), s.extent.bottom()));   // north-east corner
    EXPECT_NEAR(ne.y(), 0, 1e-9);
    EXPECT_LT(ne.x(), 200);
    const QPointF back = s.toMap(QPointF(13, 77));
    EXPECT_NEAR(s.toPixel(back).x(), 13, 1e-9);
    // UTM near its central meridian: ground metres per pixel ≈ map units per pixel (scale factor 0.9996).
    EXPECT_NEAR(groundMetresPerPixel(s) / s.mapUnitsPerPixel(), 1.0, 0.002);
}

TEST(PagePresetTest, PresetSizes)
{
    const std::pair<const char*, QSize> cases[] = {{"slide-1080", QSize(1920, 1080)}, {"slide-2160", QSize(3840, 2160)},
                                                   {"4x3", QSize(1600, 1200)}, {"a4-300", QSize(3508, 2480)}};
    for (const auto& [id, size] : cases) {
        auto p = pagePreset(QString::fromLatin1(id));
        ASSERT_TRUE(p) << id;
        EXPECT_EQ(p->pixels(), size) << id;
    }
    EXPECT_FALSE(pagePreset(QStringLiteral("poster")));
}

// A slide with a two-line subtitle and three legend groups (score, facilities,
// an analysis run): the legend is drawn smaller rather than over the source line.
TEST(PageLayoutTest, LongLegendStaysAboveTheSourceLine)
{
    Page page;
    page.title = QStringLiteral("Desa kurang terlayani posyandu, Kabupaten Banyuasin");
    page.subtitle = QString(QStringLiteral("Skor = rata-rata persentil penduduk di luar jangkauan ")).repeated(3);
    page.sourceLine = QString(QStringLiteral("Analisis jangkauan: jarak garis lurus di permukaan bumi. ")).repeated(4);
    page.dateLine = QStringLiteral("Dibuat 2 Desember 2026");
    for (int g = 0; g < 3; ++g) {
        LegendGroup group{QStringLiteral("Kelompok %1").arg(g), {}};
        for (int i = 0; i < 6; ++i)
            group.items.push_back(LegendItem{QStringLiteral("butir %1").arg(i), QColor(200, 100, 50)});
        page.legend.push_back(group);
    }
    page.panels.push_back(MapPanel{});
    page.panels.back().extent = QRectF(0, 0, 1000, 1000);
    const auto preset = *pagePreset(QStringLiteral("slide-1080"));
    const PageGeometry g = layoutPage(QSizeF(preset.pixels()), preset.dpi, page);
    EXPECT_LE(g.legend.bottom(), g.source.top());
    EXPECT_LT(g.legendPxPerPt, g.pxPerPt);
    // A short legend keeps its full size.
    page.legend.resize(1);
    EXPECT_DOUBLE_EQ(layoutPage(QSizeF(preset.pixels()), preset.dpi, page).legendPxPerPt, g.pxPerPt);
}

TEST_F(Synthetic, EachKecamatanHasItsClassColourAtItsInteriorPoint)
{
    MapSpec spec = stunting();
    spec.labels = false;
    spec.facilities = false;
    MapBuilder b(*project);
    const BuiltMap m = b.build(spec);
    ASSERT_EQ(m.features->size(), 5);
    EXPECT_EQ(m.classification.method, classify::Method::Official);   // stunting defaults to WHO thresholds
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const QImage img = renderPageImage(m.page, preset);
    rtest::preview(img, QStringLiteral("synthetic_stunting.png"));
    const int expected[] = {0, 1, 2, 3, -1};   // very low, low, medium, high, no data
    for (int i = 0; i < 5; ++i) {
        const ProjectedFeature& f = m.features->features()[i];
        EXPECT_EQ(m.featureClass[i], expected[f.code.right(1).toInt() - 1]) << f.code.toStdString();
        if (m.featureClass[i] < 0)
            continue;
        const QPoint px = rtest::pagePixel(m.page, img.size(), preset.dpi, f.interiorPoint);
        EXPECT_TRUE(rtest::near(img.pixel(px), m.classColors[m.featureClass[i]]))
            << f.code.toStdString() << " got " << QColor(img.pixel(px)).name().toStdString() << " want "
            << m.classColors[m.featureClass[i]].name().toStdString();
    }
}

TEST_F(Synthetic, NoDataAreaIsHatchedAndFacilitiesAppear)
{
    MapSpec spec = stunting();
    spec.labels = false;
    MapBuilder b(*project);
    const BuiltMap m = b.build(spec);
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const QImage img = renderPageImage(m.page, preset);
    rtest::preview(img, QStringLiteral("synthetic_stunting_facilities.png"));
    // 16.07.05 has no 2023 data: its box shows both the light hatch background and the hatch lines.
    const int i = m.features->indexOf(QStringLiteral("16.07.05"));
    ASSERT_GE(i, 0);
    const QRectF box = m.features->features()[i].bbox;
    const QPoint a = rtest::pagePixel(m.page, img.size(), preset.dpi, box.center() - QPointF(box.width() / 6, 0));
    int background = 0, lines = 0;
    for (int dy = -15; dy <= 15; ++dy)
        for (int dx = -15; dx <= 15; ++dx) {
            const QRgb c = img.pixel(a + QPoint(dx, dy));
            background += rtest::near(c, QColor(238, 238, 238), 4);
            lines += qGray(c) < 200;
        }
    EXPECT_GT(background, 200);
    EXPECT_GT(lines, 30);
    // The puskesmas symbol (white cross on red) sits at each puskesmas.
    const QColor red = facilitySymbol(FacilityType::Puskesmas).fill;
    for (int k = 1; k <= 4; ++k) {
        const QPointF map = rtest::lonLatToMap(m.page.panels[0].crs, rtest::syntheticPuskesmas(k));
        const QPoint c = rtest::pagePixel(m.page, img.size(), preset.dpi, map);
        bool found = false;
        for (int dy = -8; dy <= 8 && !found; ++dy)
            for (int dx = -8; dx <= 8 && !found; ++dx)
                found = rtest::near(img.pixel(c + QPoint(dx, dy)), red, 6);
        EXPECT_TRUE(found) << "puskesmas " << k;
    }
    // The legend has the facility group and the no-data class.
    ASSERT_EQ(m.page.legend.size(), 2u);
    EXPECT_TRUE(m.page.legend[0].items.back().hatched);
    EXPECT_EQ(m.page.legend[0].items.back().count, 1);
}

TEST_F(Synthetic, SvgKeepsTitleAndLegendAsText)
{
    MapBuilder b(*project);
    const BuiltMap m = b.build(stunting());
    const QString path = dir.filePath(QStringLiteral("stunting.svg"));
    exportPage(m.page, *pagePreset(QStringLiteral("slide-1080")), path, Format::Svg);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("<text")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Prevalensi stunting (terukur) per kecamatan")));
    // A label may be split into several <text> runs where the font falls back
    // for a glyph (≥): the text content, tags removed, holds each label whole.
    QString text = svg;
    text.replace(QRegularExpression(QStringLiteral(">\\s+<")), QStringLiteral("><"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    for (const LegendItem& it : m.page.legend[0].items)
        EXPECT_TRUE(text.contains(it.label.toHtmlEscaped())) << it.label.toStdString() << " in "
                                                              << text.mid(text.indexOf(QStringLiteral("Sangat tinggi")), 40).toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("Tidak ada data")));
}

TEST_F(Synthetic, PdfAtlasHasOnePagePerKecamatanAndPerIndicator)
{
    MapBuilder b(*project);
    const PagePreset a4 = *pagePreset(QStringLiteral("a4-300"));
    const QString byKec = dir.filePath(QStringLiteral("atlas_kecamatan.pdf"));
    exportPdf(b.atlasByKecamatan(stunting()), a4, byKec);
    QFile f(byKec);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(rtest::countPdfPages(f.readAll()), 5);

    const QString byInd = dir.filePath(QStringLiteral("atlas_indicators.pdf"));
    const auto pages = b.atlasByIndicator(stunting());
    EXPECT_EQ(pages.size(), 4u);   // stunting, measurement coverage, K6, immunisation
    exportPdf(pages, a4, byInd);
    QFile g(byInd);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    EXPECT_EQ(rtest::countPdfPages(g.readAll()), 4);
}

TEST_F(Synthetic, SmallMultiplesShareOneClassification)
{
    MapSpec spec = stunting();
    spec.kind = MapKind::SmallMultiples;
    spec.periods = {2021, 2022, 2023, 2024};
    spec.method = classify::Method::Quantile;
    spec.classes = 4;
    MapBuilder b(*project);
    const BuiltMap m = b.build(spec);
    ASSERT_EQ(m.page.panels.size(), 4u);
    EXPECT_EQ(m.page.panels[0].caption, QStringLiteral("2021"));
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const QImage img = renderPageImage(m.page, preset);
    rtest::preview(img, QStringLiteral("synthetic_trend.png"));
    // The same kecamatan in 2021 (higher rates) and 2024 is coloured by the same breaks:
    // 16.07.01 was 5.5 % in 2021 and -0.5 % → 0 % later; 16.07.04 is 29 % in 2021.
    const int k4 = m.features->indexOf(QStringLiteral("16.07.04"));
    const QPoint p2021 = rtest::pagePixel(m.page, img.size(), preset.dpi, m.features->features()[k4].interiorPoint, 0);
    EXPECT_TRUE(rtest::near(img.pixel(p2021), m.classColors.back()));
}

TEST_F(Synthetic, RenderingIsCancellableAndThreadSafe)
{
    MapBuilder b(*project);
    MapSpec spec = stunting();
    spec.level = AdminLevel::Desa;
    const BuiltMap m = b.build(spec);
    MapSettings s;
    s.crs = m.page.panels[0].crs;
    s.extent = m.page.panels[0].extent;
    s.outputSize = QSizeF(400, 300);
    Progress cancelled;
    cancelled.cancel();
    QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&img);
        MapRenderer r;
        EXPECT_FALSE(r.render(p, s, m.page.panels[0].layers, &cancelled));
    }
    // Two workers painting the same shared layers on their own QImages give identical pictures.
    auto paint = [&](QImage* out) {
        *out = QImage(400, 300, QImage::Format_ARGB32_Premultiplied);
        out->fill(Qt::white);
        QPainter p(out);
        MapRenderer r;
        r.render(p, s, m.page.panels[0].layers);
    };
    QImage a, c, single;
    std::thread t1(paint, &a), t2(paint, &c);
    t1.join();
    t2.join();
    paint(&single);
    EXPECT_EQ(a, single);
    EXPECT_EQ(c, single);
    // Banded rendering on two threads composes to the same picture (up to rounding).
    QImage banded(400, 300, QImage::Format_ARGB32_Premultiplied);
    banded.fill(Qt::white);
    MapRenderer r;
    ASSERT_TRUE(r.renderImage(banded, s, m.page.panels[0].layers, nullptr, 2));
    int differ = 0;
    for (int y = 0; y < 300; ++y)
        for (int x = 0; x < 400; ++x) {
            const QRgb p = banded.pixel(x, y), q = single.pixel(x, y);
            differ += std::abs(qRed(p) - qRed(q)) > 3 || std::abs(qGreen(p) - qGreen(q)) > 3 || std::abs(qBlue(p) - qBlue(q)) > 3;
        }
    EXPECT_LT(differ, 400 * 300 / 500);
}

TEST_F(Synthetic, EveryShippedTemplateRenders)
{
    MapBuilder b(*project);
    const QDir maps(ps::mapsDir());
    const QStringList files = maps.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 5);
    for (const QString& name : files) {
        const MapSpec spec = loadMapSpec(maps.filePath(name));
        // Coverage maps need a stored analysis run: tests/demo renders them after `analyze coverage`.
        if (!spec.atlas.isEmpty() || spec.kind == MapKind::Coverage || spec.kind == MapKind::Underserved)
            continue;
        const BuiltMap m = b.build(spec);
        const QImage img = renderPageImage(m.page, *pagePreset(spec.preset), 72);
        EXPECT_FALSE(img.isNull()) << name.toStdString();
        EXPECT_FALSE(m.page.title.isEmpty()) << name.toStdString();
        rtest::preview(renderPageImage(m.page, *pagePreset(spec.preset)), QStringLiteral("template_") + name + QStringLiteral(".png"));
    }
}

TEST(MapSpecTest, BadTemplateNamesFileAndField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"indicator": "stunting", "classification": {"method": "magic"}})");
    f.close();
    try {
        loadMapSpec(path);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.column(), QStringLiteral("classification.method"));
    }
}
