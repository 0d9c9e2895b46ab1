// The population peak of a desa: the most populated raster cell whose centre lies in
// the polygon, ties by position (north-west first); cells of the box outside the desa
// are passed over; no populated cell inside gives the polygon's interior point.
#include "core/Gdal.h"
#include "core/Geos.h"
#include "geocode/DesaPlacement.h"
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <vector>

using namespace ps;
using namespace ps::geocode;

namespace {

// An L-shaped desa over a 20 x 20 grid of 0.001° cells from (104.00, -3.00): the square
// without its north-east quarter (columns 10-19, rows 0-9), which is in the box but not the desa.
constexpr const char* kLShape =
    "MULTIPOLYGON(((104.00 -3.02, 104.02 -3.02, 104.02 -3.01, 104.01 -3.01, 104.01 -3.00, 104.00 -3.00, 104.00 -3.02)))";

QByteArray wkb(const char* wkt)
{
    GeosContext& g = geos();
    GeomPtr geom = g.own(GEOSGeomFromWKT_r(g.handle(), wkt));
    return g.toWkb(geom.get());
}

struct Cell {
    int col, row;
    float value;
};

QString writeRaster(const QString& path, const std::vector<Cell>& cells)
{
    initGdal();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 20, 20, 1, GDT_Float32, nullptr));
    double gt[6] = {104.0, 0.001, 0, -3.0, 0, -0.001};
    ds->SetGeoTransform(gt);
    ds->GetRasterBand(1)->SetNoDataValue(-1);
    std::vector<float> v(400, 0.0f);
    for (const Cell& c : cells)
        v[c.row * 20 + c.col] = c.value;
    EXPECT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 20, 20, v.data(), 20, 20, GDT_Float32, 0, 0), CE_None);
    return path;
}

} // namespace

TEST(DesaPlacement, PopulationPeakInsideTheDesaTiesNorthWestFirst)
{
    struct Case {
        const char* what;
        std::vector<Cell> cells;
        int col, row;   // expected cell; -1: no populated cell inside (interior point)
    };
    const Case cases[] = {
        {"peak inside", {{2, 15, 9}, {4, 12, 30}, {18, 18, 7}}, 4, 12},
        {"peak in the cut-out quarter is passed over", {{15, 5, 90}, {12, 8, 80}, {3, 3, 40}, {16, 16, 20}}, 3, 3},
        {"tie: the northern, then western cell", {{8, 14, 50}, {3, 14, 50}, {9, 11, 50}, {1, 19, 49}}, 9, 11},
        {"tie with the first by position outside", {{12, 2, 60}, {5, 2, 60}, {0, 0, 10}}, 5, 2},
        {"only the cut-out quarter is populated", {{11, 1, 5}, {19, 9, 3}}, -1, -1},
    };
    QTemporaryDir dir;
    int n = 0;
    for (const Case& c : cases) {
        const QString tif = writeRaster(dir.filePath(QStringLiteral("pop%1.tif").arg(n++)), c.cells);
        Gazetteer gaz({}, {AdminArea{"16.99.01.2001", AdminLevel::Desa, "Alpha", "16.99.01", 0, wkb(kLShape)}});
        DesaPlacer placer(gaz, tif);
        const auto p = placer.place(0);
        ASSERT_TRUE(p) << c.what;
        if (c.col < 0) {
            EXPECT_EQ(p->method, QStringLiteral("desa_interior_point")) << c.what;
            continue;
        }
        EXPECT_EQ(p->method, QStringLiteral("desa_population_peak")) << c.what;
        EXPECT_NEAR(p->lon, 104.0 + (c.col + 0.5) * 0.001, 1e-9) << c.what;
        EXPECT_NEAR(p->lat, -3.0 - (c.row + 0.5) * 0.001, 1e-9) << c.what;
    }
}
