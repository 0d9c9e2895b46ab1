// Where server maps count crowded facilities: per kecamatan when there is room for a count
// per kecamatan at the request's scale, else per kabupaten/kota.
#include "TestSupport.h"
#include "server/MapService.h"
#include <cmath>

using namespace ps;
using namespace ps::server;

namespace {

// A 24 × 24 grid of kecamatan 0.07° (about 7.7 km) across near 110°E 7°S: Jawa Tengah's
// 576 kecamatan of about 57 km², in web Mercator (EPSG:3857) as tiles draw them.
std::shared_ptr<const render::FeatureSet> jawaTengahLikeGrid()
{
    std::vector<render::ProjectedFeature> lonLat;
    for (int k = 0; k < 576; ++k) {
        render::ProjectedFeature f;
        f.code = QStringLiteral("33.%1.%2").arg(1 + k / 24, 2, 10, QLatin1Char('0')).arg(1 + k % 24, 2, 10, QLatin1Char('0'));
        const double x0 = 109.0 + 0.07 * (k % 24), y0 = -8.0 + 0.07 * (k / 24), d = 0.07;
        f.xy = {x0, y0, x0 + d, y0, x0 + d, y0 + d, x0, y0 + d, x0, y0};
        f.ringStarts = {0, 5};
        f.bbox = QRectF(x0, y0, d, d);
        f.interiorPoint = QPointF(x0 + d / 2, y0 + d / 2);
        lonLat.push_back(f);
    }
    return render::FeatureSet::fromLonLat(lonLat, QStringLiteral("EPSG:3857"));
}

} // namespace

TEST(FacilityDensity, TilesCountPerKecamatanOnlyWhereAKecamatanHasRoomForItsCount)
{
    const auto grid = jawaTengahLikeGrid();
    ASSERT_EQ(grid->size(), 576);
    const double pxPerPt = 90.7 / 72.0;   // MapRequest's OGC pixel
    struct Case {
        int zoom;
        bool perKecamatan;
        const char* why;
    } const cases[] = {
        {7, false, "the whole province in about 150 px: a kecamatan is 6 px across"},
        {9, false, "a kecamatan 25 px across: a 7 pt count covers 12 % of it"},
        {10, true, "a kecamatan 50 px across: the count covers 3 %"},
        {13, true, "zoomed in"},
    };
    for (const Case& c : cases) {
        const double pxPerMetre = 256.0 * std::pow(2.0, c.zoom) / 40075016.686;   // a 256 px tile at this zoom
        EXPECT_EQ(countPerKecamatan(*grid, pxPerMetre, pxPerPt), c.perKecamatan) << "z" << c.zoom << ": " << c.why;
    }
}
