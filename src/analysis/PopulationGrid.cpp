#include "PopulationGrid.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QCoreApplication>
#include <gdal_alg.h>
#include <ogr_api.h>
#include <ogr_spatialref.h>
#include <algorithm>
#include <cmath>
#include <memory>

namespace ps::analysis {

static QString tr(const char* s) { return QCoreApplication::translate("ps::analysis", s); }

namespace {
struct OgrGeomDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using OgrGeomPtr = std::unique_ptr<void, OgrGeomDeleter>;
} // namespace

// Rasterises the areas' polygons (value = index in `areas`, -1 elsewhere) on
// the window's grid. GDAL burns a cell when its centre is inside a polygon.
static std::vector<std::int32_t> rasteriseAreas(const PopulationGrid& g, const std::vector<AdminArea>& areas)
{
    std::vector<std::int32_t> labels(static_cast<size_t>(g.width) * g.height, -1);
    GDALDriverH mem = GDALGetDriverByName("MEM");
    GDALDatasetUniquePtr ds(GDALDataset::FromHandle(GDALCreate(mem, "", g.width, g.height, 0, GDT_Int32, nullptr)));
    // Wrap our own buffer as the MEM band so nothing is copied.
    char ptrOpt[64];
    snprintf(ptrOpt, sizeof ptrOpt, "DATAPOINTER=%p", static_cast<void*>(labels.data()));
    char* opts[] = {ptrOpt, nullptr};
    ds->AddBand(GDT_Int32, opts);
    double gt[6] = {g.originLon, g.stepLon, 0, g.originLat, 0, g.stepLat};
    ds->SetGeoTransform(gt);
    std::vector<OgrGeomPtr> owned;
    std::vector<OGRGeometryH> geoms;
    std::vector<double> burn;
    for (size_t i = 0; i < areas.size(); ++i) {
        OGRGeometryH h = nullptr;
        if (OGR_G_CreateFromWkb(areas[i].wkb.constData(), nullptr, &h, static_cast<int>(areas[i].wkb.size())) != OGRERR_NONE || !h)
            continue;
        owned.emplace_back(h);
        geoms.push_back(h);
        burn.push_back(static_cast<double>(i));
    }
    int band = 1;
    const CPLErr err = GDALRasterizeGeometries(ds.get(), 1, &band, static_cast<int>(geoms.size()), geoms.data(),
                                               nullptr, nullptr, burn.data(), nullptr, nullptr, nullptr);
    if (err != CE_None)
        throw Error(g.rasterPath, tr("gagal merasterkan batas wilayah: %1").arg(lastGdalError()));
    return labels;
}

PopulationGrid buildPopulationGrid(const QString& rasterPath, const std::vector<AdminArea>& areas, const Progress& progress)
{
    initGdal();
    PopulationGrid g;
    g.rasterPath = rasterPath;
    GDALDatasetUniquePtr ds(GDALDataset::Open(rasterPath.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds)
        throw Error(rasterPath, tr("raster penduduk tidak dapat dibuka: %1").arg(lastGdalError()));
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0 || gt[5] >= 0)
        throw Error(rasterPath, tr("raster penduduk harus utara-ke-atas dengan geotransform"));
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    if (srs && !srs->IsGeographic())
        throw Error(rasterPath, tr("raster penduduk harus dalam derajat bujur/lintang (EPSG:4326)"));
    GDALRasterBand* band = ds->GetRasterBand(1);
    int hasNoData = 0;
    const double noData = band->GetNoDataValue(&hasNoData);

    // Window: the areas' extent, in whole raster cells.
    double minLon = 1e9, minLat = 1e9, maxLon = -1e9, maxLat = -1e9;
    for (const AdminArea& a : areas) {
        OGRGeometryH h = nullptr;
        if (OGR_G_CreateFromWkb(a.wkb.constData(), nullptr, &h, static_cast<int>(a.wkb.size())) != OGRERR_NONE || !h)
            continue;
        OGREnvelope e;
        OGR_G_GetEnvelope(h, &e);
        OGR_G_DestroyGeometry(h);
        minLon = std::min(minLon, e.MinX);
        maxLon = std::max(maxLon, e.MaxX);
        minLat = std::min(minLat, e.MinY);
        maxLat = std::max(maxLat, e.MaxY);
    }
    const int rw = ds->GetRasterXSize(), rh = ds->GetRasterYSize();
    const int c0 = std::clamp(static_cast<int>(std::floor((minLon - gt[0]) / gt[1])), 0, rw);
    const int c1 = std::clamp(static_cast<int>(std::ceil((maxLon - gt[0]) / gt[1])), 0, rw);
    const int r0 = std::clamp(static_cast<int>(std::floor((maxLat - gt[3]) / gt[5])), 0, rh);
    const int r1 = std::clamp(static_cast<int>(std::ceil((minLat - gt[3]) / gt[5])), 0, rh);
    g.width = c1 - c0;
    g.height = r1 - r0;
    g.originLon = gt[0] + c0 * gt[1];
    g.originLat = gt[3] + r0 * gt[5];
    g.stepLon = gt[1];
    g.stepLat = gt[5];
    if (g.width <= 0 || g.height <= 0 || areas.empty())
        return g; // the raster does not reach the study areas
    // The label grid below holds the whole window: refuse (rather than std::bad_alloc) a raster
    // registered before import checked its resolution against the project (~800 MB at the bound).
    if (static_cast<qint64>(g.width) * g.height > 200'000'000)
        throw Error(rasterPath, tr("raster penduduk terlalu rinci untuk wilayah ini (%1 × %2 sel); perkasar dengan "
                                   "gdalwarp -tr 0.0008333 0.0008333 -r sum lalu impor lagi").arg(g.width).arg(g.height));
    g.rowMetric.resize(g.height);
    for (int r = 0; r < g.height; ++r)
        g.rowMetric[r] = metricAtLatitude(g.latOf(r));

    progress.report(0.0, tr("merasterkan batas wilayah"));
    g.labels = rasteriseAreas(g, areas);
    const std::vector<std::int32_t>& labels = g.labels;
    progress.throwIfCancelled();

    // Read the window one block row at a time: memory stays at one strip.
    int bx = 0, by = 0;
    band->GetBlockSize(&bx, &by);
    const int strip = std::max(1, by);
    std::vector<float> buf(static_cast<size_t>(g.width) * strip);
    for (int row = 0; row < g.height; row += strip) {
        const int n = std::min(strip, g.height - row);
        if (band->RasterIO(GF_Read, c0, r0 + row, g.width, n, buf.data(), g.width, n, GDT_Float32, 0, 0) != CE_None)
            throw Error(rasterPath, tr("gagal membaca raster penduduk: %1").arg(lastGdalError()), r0 + row + 1);
        for (int y = 0; y < n; ++y) {
            const float* src = buf.data() + static_cast<size_t>(y) * g.width;
            const std::int32_t* lab = labels.data() + static_cast<size_t>(row + y) * g.width;
            for (int x = 0; x < g.width; ++x) {
                const float v = src[x];
                if (!(v > 0) || (hasNoData && v == static_cast<float>(noData)) || !std::isfinite(v))
                    continue;
                if (lab[x] < 0) {
                    g.unassignedPopulation += v;
                    continue;
                }
                g.cellRow.push_back(row + y);
                g.cellCol.push_back(x);
                g.cellPop.push_back(v);
                g.cellArea.push_back(lab[x]);
            }
        }
        progress.report(0.1 + 0.9 * (row + n) / g.height, tr("membaca raster penduduk"));
        progress.throwIfCancelled();
    }
    return g;
}

} // namespace ps::analysis
