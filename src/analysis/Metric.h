#pragma once
#include <cmath>

namespace ps::analysis {

// Metres per degree of longitude and latitude at one latitude, measured on the
// WGS 84 ellipsoid with PROJ's geodesic routines. Over the few kilometres of a
// service reach the ground distance between two nearby points is
// sqrt((Δlon·kx)² + (Δlat·ky)²) to well under a metre (the curvature terms are
// of order (d / 6371 km)²), so distances stay metres on the ground, never degrees.
struct LocalMetric {
    double kx = 0.0; // metres per degree of longitude
    double ky = 0.0; // metres per degree of latitude
};

LocalMetric metricAtLatitude(double lat);

// Ground distance in metres from a raster cell centre (whose row metric is m)
// to a point. Every reach test in the module goes through this one function so
// that coverage, proposals and their verification count the same cells.
// Its square (no root), for comparing candidates; groundDistanceM is its root.
inline double groundDistanceSqM(const LocalMetric& m, double cellLon, double cellLat, double lon, double lat)
{
    const double dx = (lon - cellLon) * m.kx;
    const double dy = (lat - cellLat) * m.ky;
    return dx * dx + dy * dy;
}
inline double groundDistanceM(const LocalMetric& m, double cellLon, double cellLat, double lon, double lat)
{
    return std::sqrt(groundDistanceSqM(m, cellLon, cellLat, lon, lat));
}

} // namespace ps::analysis
