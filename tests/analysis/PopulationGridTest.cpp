// The population raster is read in block-aligned chunks: a nominally huge,
// sparse GeoTIFF gives exactly the cells a small raster of the same people
// gives, without memory for its nominal size.
#include "TestSupport.h"
#include "analysis/Greedy.h"
#include "analysis/PopulationGrid.h"
#include "core/Gdal.h"
#include <gdal_priv.h>
#include <ogr_api.h>
#include <cmath>

using namespace ps;
using namespace ps::analysis;

namespace {

constexpr double kCell = 1e-5; // ~1.1 m

AdminArea square(const QString& code, double west, double north, double east, double south)
{
    const QString wkt = QStringLiteral("MULTIPOLYGON(((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2)))")
                            .arg(west, 0, 'f', 7).arg(north, 0, 'f', 7).arg(east, 0, 'f', 7).arg(south, 0, 'f', 7);
    QByteArray utf8 = wkt.toUtf8();
    char* text = utf8.data();
    OGRGeometryH g = nullptr;
    OGR_G_CreateFromWkt(&text, nullptr, &g);
    AdminArea a;
    a.code = code;
    a.level = AdminLevel::Desa;
    a.wkb.resize(OGR_G_WkbSize(g));
    OGR_G_ExportToWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(a.wkb.data()));
    OGR_G_DestroyGeometry(g);
    return a;
}

// People in a 300 x 200 patch whose top-left cell is (col0, row0) of a raster
// with origin (lon0, lat0); value by position so that order mistakes show.
float patchValue(int r, int c) { return 0.01f + 0.0001f * static_cast<float>((r * 7 + c * 3) % 50); }

void writeRaster(const QString& path, int width, int height, double lon0, double lat0, int col0, int row0, bool sparse)
{
    initGdal();
    CPLStringList opts;
    opts.SetNameValue("TILED", "YES");
    opts.SetNameValue("COMPRESS", "DEFLATE");
    if (sparse)
        opts.SetNameValue("SPARSE_OK", "YES");
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
        path.toUtf8().constData(), width, height, 1, GDT_Float32, opts.List()));
    ASSERT_TRUE(ds);
    double gt[6] = {lon0, kCell, 0, lat0, 0, -kCell};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    ds->SetSpatialRef(&srs);
    GDALRasterBand* band = ds->GetRasterBand(1);
    band->SetNoDataValue(-1);
    std::vector<float> patch(300 * 200);
    for (int r = 0; r < 200; ++r)
        for (int c = 0; c < 300; ++c)
            patch[r * 300 + c] = patchValue(r, c);
    ASSERT_EQ(band->RasterIO(GF_Write, col0, row0, 300, 200, patch.data(), 300, 200, GDT_Float32, 0, 0), CE_None);
}

} // namespace

TEST(PopulationGrid, AHugeSparseRasterGivesTheCellsOfASmallOne)
{
    QTemporaryDir dir;
    // 60,000 x 60,000 cells (14 GB of Float32 nominally); the patch straddles tile edges.
    const QString huge = dir.filePath("huge.tif"), small = dir.filePath("small.tif");
    const double lon0 = 104.0, lat0 = -2.0;
    const int col0 = 30'000 - 150, row0 = 20'000 - 100;
    writeRaster(huge, 60'000, 60'000, lon0, lat0, col0, row0, true);
    // The same people on a 400 x 300 raster around them.
    writeRaster(small, 400, 300, lon0 + (col0 - 50) * kCell, lat0 - (row0 - 50) * kCell, 50, 50, false);
    EXPECT_LT(QFileInfo(huge).size(), 40'000'000);

    // Two desa side by side over the patch (its eastern part lies in neither), and
    // a third, empty, 40 km away: the huge raster's window is 236 million cells.
    const double w = lon0 + (col0 - 20) * kCell, n = lat0 - (row0 - 20) * kCell;
    const double mid = lon0 + (col0 + 100) * kCell, e = lon0 + (col0 + 200) * kCell, s = lat0 - (row0 + 240) * kCell;
    const std::vector<AdminArea> areas = {square("16.07.01.2001", w, n, mid, s), square("16.07.01.2002", mid, n, e, s),
                                       square("16.07.01.2003", lon0 + 0.40, lat0 - 0.40, lon0 + 0.41, lat0 - 0.41)};

    const PopulationGrid a = buildPopulationGrid(huge, areas), b = buildPopulationGrid(small, areas);
    EXPECT_GT(static_cast<qint64>(a.width) * a.height, 200'000'000); // the old refusal bound
    ASSERT_EQ(a.size(), 200u * 200u);      // columns 0-199 of the patch are in a desa
    ASSERT_EQ(a.size(), b.size());
    double totalA = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(i);
        ASSERT_DOUBLE_EQ(a.lonOf(a.cellCol[i]), b.lonOf(b.cellCol[i]));
        ASSERT_DOUBLE_EQ(a.latOf(a.cellRow[i]), b.latOf(b.cellRow[i]));
        ASSERT_EQ(a.cellPop[i], b.cellPop[i]);
        ASSERT_EQ(a.cellArea[i], b.cellArea[i]);
        if (i > 0) // row-major, as one read of the whole window would give
            ASSERT_TRUE(a.cellRow[i] > a.cellRow[i - 1] || (a.cellRow[i] == a.cellRow[i - 1] && a.cellCol[i] > a.cellCol[i - 1]));
        totalA += a.cellPop[i];
    }
    EXPECT_GT(totalA, 0);
    EXPECT_EQ(a.unassignedPopulation, b.unassignedPopulation);
    EXPECT_GT(a.unassignedPopulation, 0);   // the patch's eastern third
    // The cell-centre rule for a point, without a label grid of the window.
    EXPECT_EQ(a.areaAt(lon0 + (col0 + 10.5) * kCell, lat0 - (row0 + 10.5) * kCell), 0);
    EXPECT_EQ(a.areaAt(lon0 + (col0 + 150.5) * kCell, lat0 - (row0 + 10.5) * kCell), 1);
    EXPECT_EQ(a.areaAt(lon0 + (col0 + 250.5) * kCell, lat0 - (row0 + 10.5) * kCell), -1);
    EXPECT_EQ(a.areaAt(10.0, 10.0), -1);

    // Proposals on the huge window (sparse lookup) match those on the small one (dense lookup).
    const std::vector<char> none(a.size(), 0);
    const auto pa = greedyMaximalCovering(a, none, 50.0, 3), pb = greedyMaximalCovering(b, none, 50.0, 3);
    ASSERT_EQ(pa.size(), pb.size());
    for (size_t k = 0; k < pa.size(); ++k) {
        EXPECT_EQ(pa[k].cell, pb[k].cell);
        EXPECT_EQ(pa[k].marginalGain, pb[k].marginalGain);
    }
}
