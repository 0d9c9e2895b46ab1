#include "DesaPlacement.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cmath>
#include <vector>

namespace ps::geocode {

static void closeDataset(GDALDataset* ds)
{
    if (ds)
        GDALClose(ds);
}

DesaPlacer::DesaPlacer(const Gazetteer& gazetteer, const QString& populationRaster)
    : m_gaz(gazetteer), m_raster(nullptr, closeDataset)
{
    if (populationRaster.isEmpty())
        return;
    initGdal();
    if (!QFileInfo::exists(populationRaster))
        throw Error(populationRaster, QCoreApplication::translate("ps::geocode", "raster penduduk tidak ditemukan"));
    m_raster.reset(GDALDataset::Open(populationRaster.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!m_raster || m_raster->GetRasterCount() < 1 || m_raster->GetGeoTransform(m_gt) != CE_None)
        throw Error(populationRaster, QCoreApplication::translate("ps::geocode", "raster penduduk tidak terbaca: %1")
                                          .arg(lastGdalError()));
}

DesaPlacer::~DesaPlacer() = default;

static void collectVertices(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<std::pair<double, double>>& out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(h, g); ++i)
            collectVertices(h, GEOSGetGeometryN_r(h, g, i), out);
        return;
    }
    // The farthest point of a polygon from any point is one of its exterior vertices.
    const GEOSGeometry* line = type == GEOS_POLYGON ? GEOSGetExteriorRing_r(h, g) : g;
    if (type != GEOS_POLYGON && type != GEOS_LINESTRING && type != GEOS_LINEARRING && type != GEOS_POINT)
        return;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, line);
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    for (unsigned int i = 0; i < n; ++i) {
        double x, y;
        GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
        out.emplace_back(x, y);
    }
}

double coveringRadiusM(const GEOSGeometry* geom, double lon, double lat)
{
    std::vector<std::pair<double, double>> vertices;
    collectVertices(geos().handle(), geom, vertices);
    // A flat (equirectangular) distance ranks the vertices; it is within a fraction of a
    // percent of the geodesic one at desa scale, so the geodesic maximum is among those
    // within 5% of the flat maximum, and only they get the (costly) geodesic computation.
    const double k = std::cos(lat * M_PI / 180.0);
    std::vector<double> flat(vertices.size());
    double flatMax = 0.0;
    for (size_t i = 0; i < vertices.size(); ++i) {
        const double dx = (vertices[i].first - lon) * k, dy = vertices[i].second - lat;
        flat[i] = std::sqrt(dx * dx + dy * dy);
        flatMax = std::max(flatMax, flat[i]);
    }
    double best = 0.0;
    for (size_t i = 0; i < vertices.size(); ++i)
        if (flat[i] >= 0.95 * flatMax)
            best = std::max(best, geodesicDistanceM(lon, lat, vertices[i].first, vertices[i].second));
    return best;
}

std::optional<std::pair<double, double>> DesaPlacer::populationPeak(int desaIndex, const GEOSGeometry* geom)
{
    GeosContext& g = geos();
    double minX, minY, maxX, maxY;
    GEOSGeom_getXMin_r(g.handle(), geom, &minX);
    GEOSGeom_getYMin_r(g.handle(), geom, &minY);
    GEOSGeom_getXMax_r(g.handle(), geom, &maxX);
    GEOSGeom_getYMax_r(g.handle(), geom, &maxY);
    // North-up grid: pixel column/row of the desa's bounding box, clamped to the raster.
    const int w = m_raster->GetRasterXSize(), h = m_raster->GetRasterYSize();
    int c0 = static_cast<int>(std::floor((minX - m_gt[0]) / m_gt[1]));
    int c1 = static_cast<int>(std::floor((maxX - m_gt[0]) / m_gt[1]));
    int r0 = static_cast<int>(std::floor((maxY - m_gt[3]) / m_gt[5]));
    int r1 = static_cast<int>(std::floor((minY - m_gt[3]) / m_gt[5]));
    c0 = std::max(c0, 0), r0 = std::max(r0, 0), c1 = std::min(c1, w - 1), r1 = std::min(r1, h - 1);
    if (c0 > c1 || r0 > r1)
        return std::nullopt;
    const int nx = c1 - c0 + 1;
    GDALRasterBand* band = m_raster->GetRasterBand(1);
    int hasNoData = 0;
    const double noData = band->GetNoDataValue(&hasNoData);
    // The desa's box is read one block-aligned chunk at a time and only its populated
    // cells are kept: memory follows them, not the box (a fine raster's box can be
    // billions of cells; a sparse GeoTIFF's empty blocks are not read at all).
    int bx = 0, by = 0;
    band->GetBlockSize(&bx, &by);
    bx = std::clamp(bx, 1, 1024);
    by = std::clamp(by, 1, std::max(1, (1 << 20) / bx));
    // One key per populated cell: the value's bits above (positive finite floats order as
    // their bit patterns), the complement of the position in the box below (ties: the
    // smaller position, north-west, first). Larger key = placed first; one integer compare.
    // A box of 2^32 cells or more (16 GiB of floats) is not searched.
    const qint64 boxCells = static_cast<qint64>(nx) * (r1 - r0 + 1);
    if (boxCells >= (qint64(1) << 32))
        return std::nullopt;
    // The buffers live as long as the placer: a province's thousands of desa reuse the
    // same memory instead of allocating it for every desa.
    std::vector<float>& buf = m_buf;
    std::vector<std::uint64_t>& cells = m_cells;
    cells.clear();
    for (int y = r0; y <= r1;) {
        const int yEnd = std::min(r1 + 1, (y / by + 1) * by);
        for (int x = c0; x <= c1;) {
            const int xEnd = std::min(c1 + 1, (x / bx + 1) * bx);
            const int w = xEnd - x, h = yEnd - y;
            if (band->GetDataCoverageStatus(x, y, w, h, 0, nullptr) != GDAL_DATA_COVERAGE_STATUS_EMPTY) {
                buf.resize(static_cast<size_t>(w) * h);
                if (band->RasterIO(GF_Read, x, y, w, h, buf.data(), w, h, GDT_Float32, 0, 0) != CE_None)
                    return std::nullopt;
                const float noDataF = static_cast<float>(noData);
                for (int r = 0; r < h; ++r) {
                    const float* row = buf.data() + static_cast<size_t>(r) * w;
                    const std::uint64_t rowStart = static_cast<std::uint64_t>(y - r0 + r) * nx + (x - c0);
                    for (int c = 0; c < w; ++c) {
                        const float v = row[c];
                        if (std::isfinite(v) && v > 0 && !(hasNoData && v == noDataF))
                            cells.push_back((static_cast<std::uint64_t>(std::bit_cast<std::uint32_t>(v)) << 32) |
                                            (0xFFFFFFFFu - (rowStart + c)));
                    }
                }
            }
            x = xEnd;
        }
        y = yEnd;
    }
    auto centre = [&](std::uint64_t key) {
        const qint64 i = static_cast<qint64>(0xFFFFFFFFu - (key & 0xFFFFFFFFu));
        return std::make_pair(m_gt[0] + (c0 + i % nx + 0.5) * m_gt[1], m_gt[3] + (r0 + i / nx + 0.5) * m_gt[5]);
    };
    if (cells.empty())
        return std::nullopt;
    // The most populated cell often lies inside: found by one pass; the heap is built only when not.
    const auto top = std::max_element(cells.begin(), cells.end());
    const auto first = centre(*top);
    if (m_gaz.desaContains(desaIndex, first.first, first.second))
        return first;
    std::iter_swap(top, cells.end() - 1);
    cells.pop_back();
    std::make_heap(cells.begin(), cells.end());
    while (!cells.empty()) {
        std::pop_heap(cells.begin(), cells.end());
        const auto [x, y] = centre(cells.back());
        cells.pop_back();
        if (m_gaz.desaContains(desaIndex, x, y))
            return std::make_pair(x, y);
    }
    return std::nullopt;
}

std::optional<Placement> DesaPlacer::place(int desaIndex)
{
    auto cached = m_cache.find(desaIndex);
    if (cached != m_cache.end())
        return cached->second;
    std::optional<Placement> out;
    const GEOSGeometry* geom = desaIndex >= 0 && desaIndex < static_cast<int>(m_gaz.desa().size())
                                   ? m_gaz.desa()[desaIndex].geom.get()
                                   : nullptr;
    if (geom) {
        Placement p;
        std::optional<std::pair<double, double>> peak;
        if (m_raster)
            peak = populationPeak(desaIndex, geom);
        if (peak) {
            p.lon = peak->first;
            p.lat = peak->second;
            p.method = QStringLiteral("desa_population_peak");
        } else {
            GeosContext& g = geos();
            GeomPtr surface = g.own(GEOSPointOnSurface_r(g.handle(), geom));
            if (surface) {
                GEOSGeomGetX_r(g.handle(), surface.get(), &p.lon);
                GEOSGeomGetY_r(g.handle(), surface.get(), &p.lat);
                p.method = QStringLiteral("desa_interior_point");
            }
        }
        if (!p.method.isEmpty()) {
            p.radiusM = coveringRadiusM(geom, p.lon, p.lat);
            out = p;
        }
    }
    m_cache.emplace(desaIndex, out);
    return out;
}

} // namespace ps::geocode
