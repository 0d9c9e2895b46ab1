#pragma once
#include "Gazetteer.h"
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class GDALDataset;

namespace ps::geocode {

// Where a facility without usable coordinates is put inside its desa.
struct Placement {
    double lon = 0.0, lat = 0.0;
    QString method;          // "desa_population_peak" or "desa_interior_point"
    double radiusM = 0.0;    // from the point, covers the whole desa (farthest boundary vertex)
};

// Places points inside desa: at the most populated raster cell whose centre
// lies in the polygon when a population raster is given, else at GEOS's
// point-on-surface (always inside, unlike a centroid). Results are cached per
// desa. One per thread (GDAL dataset and GEOS objects are not shared).
class DesaPlacer {
public:
    DesaPlacer(const Gazetteer& gazetteer, const QString& populationRaster = {});
    ~DesaPlacer();
    DesaPlacer(const DesaPlacer&) = delete;
    DesaPlacer& operator=(const DesaPlacer&) = delete;

    std::optional<Placement> place(int desaIndex);   // nullopt when the desa has no geometry
    bool hasRaster() const { return m_raster != nullptr; }

private:
    std::optional<std::pair<double, double>> populationPeak(int desaIndex, const GEOSGeometry* geom);
    const Gazetteer& m_gaz;
    std::unique_ptr<GDALDataset, void (*)(GDALDataset*)> m_raster;
    double m_gt[6] = {0, 1, 0, 0, 0, -1};
    std::unordered_map<int, std::optional<Placement>> m_cache;
    std::vector<float> m_buf;                          // populationPeak's reused buffers
    std::vector<std::uint64_t> m_cells;
};

// The geodesic distance from (lon, lat) to the farthest vertex of the geometry:
// a circle of that radius holds the whole polygon.
double coveringRadiusM(const GEOSGeometry* geom, double lon, double lat);

} // namespace ps::geocode
