#include "DemoPopulation.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <gdal_alg.h>
#include <algorithm>
#include <cmath>

namespace ps::demo {

double DemoRaster::total() const
{
    double sum = 0.0;
    for (float v : people)
        if (v != kNoData)
            sum += v;
    return sum;
}

DemoRaster gridFor(double west, double south, double east, double north, double marginDeg)
{
    DemoRaster r;
    const double perDeg = 1200.0;
    r.west = std::floor((west - marginDeg) * perDeg) / perDeg;
    r.north = std::ceil((north + marginDeg) * perDeg) / perDeg;
    const double eastEdge = std::ceil((east + marginDeg) * perDeg) / perDeg;
    const double southEdge = std::floor((south - marginDeg) * perDeg) / perDeg;
    r.width = static_cast<int>(std::lround((eastEdge - r.west) * perDeg));
    r.height = static_cast<int>(std::lround((r.north - southEdge) * perDeg));
    r.people.assign(static_cast<size_t>(r.width) * r.height, DemoRaster::kNoData);
    return r;
}

std::vector<int> rasterizeDesa(const DemoRaster& grid, const std::vector<QByteArray>& desaWkb)
{
    initGdal();
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr ds(mem->Create("", grid.width, grid.height, 1, GDT_Int32, nullptr));
    double gt[6] = {grid.west, grid.cellDeg, 0.0, grid.north, 0.0, -grid.cellDeg};
    ds->SetGeoTransform(gt);
    std::vector<OGRGeometryH> geoms;
    std::vector<double> burn;
    for (size_t i = 0; i < desaWkb.size(); ++i) {
        OGRGeometry* geom = nullptr;
        if (OGRGeometryFactory::createFromWkb(desaWkb[i].constData(), nullptr, &geom, desaWkb[i].size()) != OGRERR_NONE)
            throw Error(QStringLiteral("demo: WKB desa %1 tidak terbaca").arg(i));
        geoms.push_back(OGRGeometry::ToHandle(geom));
        burn.push_back(static_cast<double>(i + 1));
    }
    int band = 1;
    const CPLErr err = GDALRasterizeGeometries(ds.get(), 1, &band, static_cast<int>(geoms.size()), geoms.data(), nullptr,
                                               nullptr, burn.data(), nullptr, nullptr, nullptr);
    for (OGRGeometryH h : geoms)
        OGR_G_DestroyGeometry(h);
    if (err != CE_None)
        throw Error(QStringLiteral("demo: rasterisasi desa gagal: %1").arg(lastGdalError()));
    std::vector<int> ids(static_cast<size_t>(grid.width) * grid.height);
    if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, grid.width, grid.height, ids.data(), grid.width, grid.height,
                                       GDT_Int32, 0, 0) != CE_None)
        throw Error(QStringLiteral("demo: membaca raster desa gagal"));
    for (int& v : ids)
        v -= 1;
    return ids;
}

namespace {
struct Cluster {
    Point2 at;
    double sigma, peak;
};

} // namespace

PopulationModel buildPopulation(GeosContext& g, Rng& rng, const Tiling& tiling,
                                const std::vector<QByteArray>& desaWkbLonLat, const Transformer& lonLatToUtm,
                                double targetTotal)
{
    const GEOSContextHandle_t h = g.handle();
    PopulationModel m;
    // Grid over the kabupaten's lon/lat box.
    double west = 1e9, south = 1e9, east = -1e9, north = -1e9;
    for (const QByteArray& wkb : desaWkbLonLat) {
        GeomPtr d = g.fromWkb(wkb);
        double v;
        GEOSGeom_getXMin_r(h, d.get(), &v), west = std::min(west, v);
        GEOSGeom_getYMin_r(h, d.get(), &v), south = std::min(south, v);
        GEOSGeom_getXMax_r(h, d.get(), &v), east = std::max(east, v);
        GEOSGeom_getYMax_r(h, d.get(), &v), north = std::max(north, v);
    }
    m.raster = gridFor(west, south, east, north, 0.02);
    DemoRaster& r = m.raster;
    m.desaOfCell = rasterizeDesa(r, desaWkbLonLat);

    // Cell centres in UTM metres, for distances.
    const size_t nCells = r.people.size();
    std::vector<double> cx(nCells), cy(nCells);
    for (int row = 0; row < r.height; ++row)
        for (int col = 0; col < r.width; ++col) {
            const size_t i = static_cast<size_t>(row) * r.width + col;
            cx[i] = r.west + (col + 0.5) * r.cellDeg;
            cy[i] = r.north - (row + 0.5) * r.cellDeg;
        }
    lonLatToUtm.forwardArray(cx.data(), cy.data(), nCells);

    Rng forestRng = rng.fork(11), placeRng = rng.fork(12), peopleRng = rng.fork(13);
    const SmoothField forestField(forestRng, 9000.0, 26000.0);
    const SmoothField texture(forestRng, 1500.0, 5000.0);
    // Forest and swamp grow more likely away from the town, never in it.
    auto forest = [&](double x, double y) {
        const double d = distance({x, y}, tiling.town);
        return forestField(x, y) + 0.45 * std::min(1.0, d / 30000.0) - 0.2 - 0.8 * std::exp(-(d * d) / (5000.0 * 5000.0));
    };
    // 0 (open land) .. 1 (forest), with a soft edge.
    auto forestness = [&](double x, double y) { return std::clamp((forest(x, y) - 0.25) / 0.2, 0.0, 1.0); };

    // Village clusters: the desa's centre first, more in large desa.
    std::vector<Cluster> clusters;
    m.settlements.resize(tiling.desa.size());
    for (size_t d = 0; d < tiling.desa.size(); ++d) {
        double areaM2 = 0;
        GEOSArea_r(h, tiling.desa[d].get(), &areaM2);
        const double km2 = areaM2 / 1e6;
        int n = 1 + (km2 > 12 ? 1 : 0) + (km2 > 25 ? 1 : 0) + (placeRng.chance(0.3) ? 1 : 0);
        PreparedPtr inside = g.prepare(tiling.desa[d].get());
        m.settlements[d].push_back(tiling.seeds[d]);
        for (int k = 1; k < n; ++k) {
            double x0, y0, x1, y1;
            GEOSGeom_getXMin_r(h, tiling.desa[d].get(), &x0);
            GEOSGeom_getYMin_r(h, tiling.desa[d].get(), &y0);
            GEOSGeom_getXMax_r(h, tiling.desa[d].get(), &x1);
            GEOSGeom_getYMax_r(h, tiling.desa[d].get(), &y1);
            Point2 place = tiling.seeds[d];
            for (int attempt = 0; attempt < 200; ++attempt) {
                const Point2 p{placeRng.uniform(x0, x1), placeRng.uniform(y0, y1)};
                GeomPtr pt = g.point(p.x, p.y);
                if (!GEOSPreparedContains_r(h, inside.get(), pt.get()))
                    continue;
                if (forest(p.x, p.y) > 0.35 && placeRng.chance(0.85))
                    continue;
                if (distance(p, tiling.seeds[d]) < 700.0)
                    continue;
                place = p;
                break;
            }
            m.settlements[d].push_back(place);
        }
        for (size_t k = 0; k < m.settlements[d].size(); ++k)
            clusters.push_back({m.settlements[d][k], peopleRng.uniform(250.0, 550.0),
                                peopleRng.uniform(12.0, 30.0) * (k == 0 ? 1.2 : 1.0)});
    }

    // People per cell before scaling to the target total.
    std::vector<double> people(nCells, 0.0);
    const double metresPerCell = r.cellDeg * 111000.0;
    auto addGaussian = [&](Point2 at, double sigma, double peak, double reach) {
        double lon = at.x, lat = at.y;
        lonLatToUtm.inverse(lon, lat);
        const int col0 = static_cast<int>(std::floor((lon - r.west) / r.cellDeg));
        const int row0 = static_cast<int>(std::floor((r.north - lat) / r.cellDeg));
        const int span = static_cast<int>(std::ceil(reach * sigma / metresPerCell)) + 1;
        for (int row = std::max(0, row0 - span); row <= std::min(r.height - 1, row0 + span); ++row)
            for (int col = std::max(0, col0 - span); col <= std::min(r.width - 1, col0 + span); ++col) {
                const size_t i = static_cast<size_t>(row) * r.width + col;
                const double dx = cx[i] - at.x, dy = cy[i] - at.y;
                people[i] += peak * std::exp(-(dx * dx + dy * dy) / (2.0 * sigma * sigma));
            }
    };
    addGaussian(tiling.town, 1700.0, 70.0, 4.0);
    for (const Cluster& c : clusters)
        addGaussian(c.at, c.sigma, c.peak, 3.0);

    m.desaPopulation.assign(tiling.desa.size(), 0.0);
    m.forestShare.assign(tiling.desa.size(), 0.0);
    std::vector<int> desaCells(tiling.desa.size(), 0);
    double sum = 0.0;
    for (size_t i = 0; i < nCells; ++i) {
        const int d = m.desaOfCell[i];
        if (d < 0)
            continue;
        const double f = forestness(cx[i], cy[i]);
        const bool isForest = f > 0.5;
        const double background = 0.55 * (1.0 + 0.6 * texture(cx[i], cy[i]));
        // Never below zero: a deep trough of the texture made a few cells -0.01 people, which
        // `import population` rightly refuses.
        people[i] = std::max(0.0, people[i] * (1.0 - 0.5 * f) + background * (1.0 - 0.97 * f));
        sum += people[i];
        ++desaCells[static_cast<size_t>(d)];
        if (isForest)
            m.forestShare[static_cast<size_t>(d)] += 1.0;
    }
    const double scale = sum > 0 ? targetTotal / sum : 0.0;
    for (size_t i = 0; i < nCells; ++i) {
        const int d = m.desaOfCell[i];
        if (d < 0)
            continue;
        const float v = static_cast<float>(people[i] * scale);
        r.people[i] = v;
        m.desaPopulation[static_cast<size_t>(d)] += v;
    }
    for (size_t d = 0; d < desaCells.size(); ++d)
        if (desaCells[d] > 0)
            m.forestShare[d] /= desaCells[d];
    return m;
}

} // namespace ps::demo
