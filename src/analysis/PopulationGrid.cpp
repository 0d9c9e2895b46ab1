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

// A chunk of the window is about this many cells (4 MB of values, 4 MB of labels).
constexpr int kChunkCells = 1 << 20;
} // namespace

// The study areas' polygons, parsed once, with their envelopes so that a chunk
// is rasterised with only the polygons that can reach it.
class AreaShapes {
public:
    AreaShapes(const QString& rasterPath, const std::vector<AdminArea>& areas) : m_rasterPath(rasterPath)
    {
        for (size_t i = 0; i < areas.size(); ++i) {
            OGRGeometryH h = nullptr;
            if (OGR_G_CreateFromWkb(areas[i].wkb.constData(), nullptr, &h, static_cast<int>(areas[i].wkb.size())) != OGRERR_NONE || !h)
                continue;
            OGREnvelope e;
            OGR_G_GetEnvelope(h, &e);
            m_geoms.emplace_back(h);
            m_envelopes.push_back(e);
            m_index.push_back(static_cast<double>(i));
            m_extent.Merge(e);
        }
    }
    const OGREnvelope& extent() const { return m_extent; }
    bool empty() const { return m_geoms.empty(); }

    // Area index of each of the w × h cells of a grid whose top-left corner is
    // (lon0, lat0), -1 where no area holds the cell's centre. GDAL burns a cell
    // when its centre is inside a polygon; a later area wins an overlap, as on
    // one grid of the whole window.
    std::vector<std::int32_t> labels(double lon0, double lat0, double stepLon, double stepLat, int w, int h) const
    {
        std::vector<std::int32_t> out(static_cast<size_t>(w) * h, -1);
        const double west = lon0, east = lon0 + w * stepLon, north = lat0, south = lat0 + h * stepLat;
        std::vector<OGRGeometryH> geoms;
        std::vector<double> burn;
        for (size_t k = 0; k < m_geoms.size(); ++k) {
            const OGREnvelope& e = m_envelopes[k];
            if (e.MaxX < west || e.MinX > east || e.MaxY < south || e.MinY > north)
                continue;
            geoms.push_back(m_geoms[k].get());
            burn.push_back(m_index[k]);
        }
        if (geoms.empty())
            return out;
        GDALDriverH mem = GDALGetDriverByName("MEM");
        GDALDatasetUniquePtr ds(GDALDataset::FromHandle(GDALCreate(mem, "", w, h, 0, GDT_Int32, nullptr)));
        // Wrap our own buffer as the MEM band so nothing is copied.
        char ptrOpt[64];
        snprintf(ptrOpt, sizeof ptrOpt, "DATAPOINTER=%p", static_cast<void*>(out.data()));
        char* opts[] = {ptrOpt, nullptr};
        ds->AddBand(GDT_Int32, opts);
        double gt[6] = {lon0, stepLon, 0, lat0, 0, stepLat};
        ds->SetGeoTransform(gt);
        int band = 1;
        const CPLErr err = GDALRasterizeGeometries(ds.get(), 1, &band, static_cast<int>(geoms.size()), geoms.data(),
                                                   nullptr, nullptr, burn.data(), nullptr, nullptr, nullptr);
        if (err != CE_None)
            throw Error(m_rasterPath, tr("gagal merasterkan batas wilayah: %1").arg(lastGdalError()));
        return out;
    }

private:
    QString m_rasterPath;
    std::vector<OgrGeomPtr> m_geoms;
    std::vector<OGREnvelope> m_envelopes;
    std::vector<double> m_index; // the burn value: index in the caller's area list
    OGREnvelope m_extent;
};

int PopulationGrid::areaAt(double lon, double lat) const
{
    const double c = (lon - originLon) / stepLon, r = (lat - originLat) / stepLat;
    if (!shapes || c < 0 || r < 0 || c >= width || r >= height)
        return -1;
    const int col = static_cast<int>(c), row = static_cast<int>(r);
    return shapes->labels(originLon + col * stepLon, originLat + row * stepLat, stepLon, stepLat, 1, 1)[0];
}

namespace {
// The populated cells of one chunk, in row-major order (window rows and columns);
// area -1 for a cell whose centre is in no study area.
struct ChunkCells {
    std::vector<std::int32_t> row, col, area;
    std::vector<float> pop;
    size_t next = 0; // merge cursor
};

// Chunk size along one axis: whole blocks, about `target` cells; a block longer
// than the target (a strip as wide as the raster) is cut, GDAL's cache keeps it.
int chunkLength(int block, int target)
{
    block = std::max(1, block);
    return block >= target ? target : std::max(1, target / block) * block;
}
// Makes room for a band's cells before they are appended. The arrays grow to
// the count extrapolated from the rows read so far (and at least 1.5 times):
// a few moves instead of one per power of two, and no page touched twice more
// than needed (page faults are a large share of this pass on a VM).
void reserveForBand(PopulationGrid& g, const std::vector<ChunkCells>& chunks, int rowsDone)
{
    size_t need = g.cellPop.size();
    for (const ChunkCells& c : chunks)
        need += c.pop.size();
    if (need <= g.cellPop.capacity())
        return;
    const double guess = static_cast<double>(need) * g.height / std::max(1, rowsDone) * 1.1;
    const size_t cap = std::max({need, g.cellPop.capacity() * 3 / 2,
                                 std::min(static_cast<size_t>(guess), static_cast<size_t>(g.width) * g.height)});
    g.cellRow.reserve(cap);
    g.cellCol.reserve(cap);
    g.cellPop.reserve(cap);
    g.cellArea.reserve(cap);
}
} // namespace

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
    auto shapes = std::make_shared<const AreaShapes>(rasterPath, areas);
    if (shapes->empty())
        return g;
    const OGREnvelope& ext = shapes->extent();
    const int rw = ds->GetRasterXSize(), rh = ds->GetRasterYSize();
    const int c0 = std::clamp(static_cast<int>(std::floor((ext.MinX - gt[0]) / gt[1])), 0, rw);
    const int c1 = std::clamp(static_cast<int>(std::ceil((ext.MaxX - gt[0]) / gt[1])), 0, rw);
    const int r0 = std::clamp(static_cast<int>(std::floor((ext.MaxY - gt[3]) / gt[5])), 0, rh);
    const int r1 = std::clamp(static_cast<int>(std::ceil((ext.MinY - gt[3]) / gt[5])), 0, rh);
    g.width = c1 - c0;
    g.height = r1 - r0;
    g.originLon = gt[0] + c0 * gt[1];
    g.originLat = gt[3] + r0 * gt[5];
    g.stepLon = gt[1];
    g.stepLat = gt[5];
    if (g.width <= 0 || g.height <= 0)
        return g; // the raster does not reach the study areas
    g.shapes = shapes;
    g.rowMetric.resize(g.height);
    for (int r = 0; r < g.height; ++r)
        g.rowMetric[r] = metricAtLatitude(g.latOf(r));
    progress.report(0.0, tr("membaca raster penduduk"));

    // Chunks aligned on the raster's blocks; a band of chunks is merged back
    // into row-major order so that the cells (and every sum over them) come in
    // the same order as from one read of the whole window.
    int bx = 0, by = 0;
    band->GetBlockSize(&bx, &by);
    const int cw = chunkLength(bx, 1024);
    const int ch = chunkLength(by, std::max(1, kChunkCells / cw));
    std::vector<float> buf;
    for (int y = r0; y < r1;) {
        const int yEnd = std::min(r1, (y / ch + 1) * ch);
        std::vector<ChunkCells> chunks;
        for (int x = c0; x < c1;) {
            const int xEnd = std::min(c1, (x / cw + 1) * cw);
            const int w = xEnd - x, h = yEnd - y;
            const int x0 = x;
            x = xEnd;
            // A sparse GeoTIFF's missing blocks are nodata: nothing to read or label.
            if (band->GetDataCoverageStatus(x0, y, w, h, 0, nullptr) == GDAL_DATA_COVERAGE_STATUS_EMPTY)
                continue;
            buf.resize(static_cast<size_t>(w) * h);
            if (band->RasterIO(GF_Read, x0, y, w, h, buf.data(), w, h, GDT_Float32, 0, 0) != CE_None)
                throw Error(rasterPath, tr("gagal membaca raster penduduk: %1").arg(lastGdalError()), y + 1);
            auto populated = [&](float v) {
                return v > 0 && !(hasNoData && v == static_cast<float>(noData)) && std::isfinite(v);
            };
            if (std::none_of(buf.begin(), buf.end(), populated))
                continue;
            const std::vector<std::int32_t> lab =
                shapes->labels(g.originLon + (x0 - c0) * g.stepLon, g.originLat + (y - r0) * g.stepLat, g.stepLon, g.stepLat, w, h);
            ChunkCells cells;
            const size_t n = static_cast<size_t>(std::count_if(buf.begin(), buf.end(), populated));
            cells.row.reserve(n);
            cells.col.reserve(n);
            cells.pop.reserve(n);
            cells.area.reserve(n);
            for (size_t i = 0; i < buf.size(); ++i) {
                const float v = buf[i];
                if (!populated(v))
                    continue;
                // Unassigned people are kept (area -1) to be summed in row-major order below.
                cells.row.push_back(static_cast<std::int32_t>(y - r0 + static_cast<int>(i / w)));
                cells.col.push_back(static_cast<std::int32_t>(x0 - c0 + static_cast<int>(i % w)));
                cells.pop.push_back(v);
                cells.area.push_back(lab[i]);
            }
            if (!cells.pop.empty())
                chunks.push_back(std::move(cells));
        }
        reserveForBand(g, chunks, yEnd - r0);
        for (int row = y - r0; row < yEnd - r0; ++row)
            for (ChunkCells& c : chunks)
                for (; c.next < c.pop.size() && c.row[c.next] == row; ++c.next) {
                    if (c.area[c.next] < 0) {
                        g.unassignedPopulation += c.pop[c.next];
                        continue;
                    }
                    g.cellRow.push_back(row);
                    g.cellCol.push_back(c.col[c.next]);
                    g.cellPop.push_back(c.pop[c.next]);
                    g.cellArea.push_back(c.area[c.next]);
                }
        y = yEnd;
        progress.report(static_cast<double>(y - r0) / g.height, tr("membaca raster penduduk"));
        progress.throwIfCancelled();
    }
    return g;
}

} // namespace ps::analysis
