#pragma once
#include "Metric.h"
#include <vector>

namespace ps::analysis {

struct SitePoint {
    double lon = 0.0, lat = 0.0;
};

// A bucket grid over facility points (lon/lat) for nearest-facility queries
// in ground metres. Immutable after construction: safe to query from many threads.
class FacilityIndex {
public:
    // bucketM: approximate bucket side in metres (0 = chosen from the density).
    explicit FacilityIndex(std::vector<SitePoint> points, double bucketM = 0.0);

    struct Hit {
        int index = -1;          // into points(), -1 when there are no points
        double distanceM = 0.0;  // +inf when there are no points
    };
    // Nearest point to a cell centre whose row metric is m.
    Hit nearest(const LocalMetric& m, double lon, double lat) const;
    // Indices of points whose position lies within the lon/lat box (inclusive).
    void inBox(double minLon, double minLat, double maxLon, double maxLat, std::vector<int>& out) const;

    const std::vector<SitePoint>& points() const { return m_points; }
    bool empty() const { return m_points.empty(); }

private:
    int bucketOf(int bx, int by) const { return by * m_nx + bx; }
    std::vector<SitePoint> m_points;
    double m_minLon = 0, m_minLat = 0, m_stepLon = 1, m_stepLat = 1;
    int m_nx = 0, m_ny = 0;
    std::vector<int> m_start;   // CSR: bucket b holds m_items[m_start[b] .. m_start[b+1])
    std::vector<int> m_items;
};

} // namespace ps::analysis
