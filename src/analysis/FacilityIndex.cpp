#include "FacilityIndex.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::analysis {

FacilityIndex::FacilityIndex(std::vector<SitePoint> points, double bucketM) : m_points(std::move(points))
{
    if (m_points.empty())
        return;
    double maxLon = m_points[0].lon, maxLat = m_points[0].lat;
    m_minLon = maxLon;
    m_minLat = maxLat;
    for (const SitePoint& p : m_points) {
        m_minLon = std::min(m_minLon, p.lon);
        m_minLat = std::min(m_minLat, p.lat);
        maxLon = std::max(maxLon, p.lon);
        maxLat = std::max(maxLat, p.lat);
    }
    const LocalMetric m = metricAtLatitude((m_minLat + maxLat) / 2);
    if (bucketM <= 0) {
        // About one point per bucket, within sane bounds.
        const double areaM2 = std::max(1.0, (maxLon - m_minLon) * m.kx) * std::max(1.0, (maxLat - m_minLat) * m.ky);
        bucketM = std::clamp(std::sqrt(areaM2 / static_cast<double>(m_points.size())), 250.0, 50000.0);
    }
    m_stepLon = bucketM / m.kx;
    m_stepLat = bucketM / m.ky;
    m_nx = static_cast<int>((maxLon - m_minLon) / m_stepLon) + 1;
    m_ny = static_cast<int>((maxLat - m_minLat) / m_stepLat) + 1;
    std::vector<int> bucket(m_points.size());
    m_start.assign(static_cast<size_t>(m_nx) * m_ny + 1, 0);
    for (size_t i = 0; i < m_points.size(); ++i) {
        const int bx = std::min(m_nx - 1, static_cast<int>((m_points[i].lon - m_minLon) / m_stepLon));
        const int by = std::min(m_ny - 1, static_cast<int>((m_points[i].lat - m_minLat) / m_stepLat));
        bucket[i] = bucketOf(bx, by);
        ++m_start[bucket[i] + 1];
    }
    for (size_t b = 1; b < m_start.size(); ++b)
        m_start[b] += m_start[b - 1];
    m_items.resize(m_points.size());
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    for (size_t i = 0; i < m_points.size(); ++i)
        m_items[fill[bucket[i]]++] = static_cast<int>(i);
}

FacilityIndex::Hit FacilityIndex::nearest(const LocalMetric& m, double lon, double lat) const
{
    Hit best{-1, std::numeric_limits<double>::infinity()};
    // The best's squared distance: a candidate clearly farther (by more than
    // rounding) needs no square root; near ties are compared as before.
    double bestSq = std::numeric_limits<double>::infinity();
    if (m_points.empty())
        return best;
    // Query bucket (may lie outside the grid: then rings start where the grid begins).
    const int qx = static_cast<int>(std::floor((lon - m_minLon) / m_stepLon));
    const int qy = static_cast<int>(std::floor((lat - m_minLat) / m_stepLat));
    const double sideM = std::min(m_stepLon * m.kx, m_stepLat * m.ky);
    // Distance from the query to the grid, in buckets: rings closer than that are empty.
    const int outside = std::max({0, -qx, qx - (m_nx - 1), -qy, qy - (m_ny - 1)});
    const int maxRing = outside + std::max(m_nx, m_ny);
    for (int ring = outside; ring <= maxRing; ++ring) {
        const int x0 = qx - ring, x1 = qx + ring, y0 = qy - ring, y1 = qy + ring;
        for (int by = std::max(0, y0); by <= std::min(m_ny - 1, y1); ++by) {
            const bool edgeRow = (by == y0 || by == y1);
            for (int bx = std::max(0, x0); bx <= std::min(m_nx - 1, x1); ++bx) {
                if (!edgeRow && bx != x0 && bx != x1) {
                    bx = std::max(bx, x1 - 1); // jump to the ring's right edge
                    continue;
                }
                const int b = bucketOf(bx, by);
                for (int k = m_start[b]; k < m_start[b + 1]; ++k) {
                    const SitePoint& p = m_points[m_items[k]];
                    const double sq = groundDistanceSqM(m, lon, lat, p.lon, p.lat);
                    if (sq > bestSq * (1 + 1e-12))
                        continue; // its root is strictly larger than the best's
                    const double d = std::sqrt(sq);
                    if (d < best.distanceM || (d == best.distanceM && m_items[k] < best.index)) {
                        best = Hit{m_items[k], d};
                        bestSq = sq;
                    }
                }
            }
        }
        // Any point not yet seen lies at least `ring` whole buckets away.
        if (best.index >= 0 && best.distanceM <= ring * sideM)
            break;
    }
    return best;
}

void FacilityIndex::inBox(double minLon, double minLat, double maxLon, double maxLat, std::vector<int>& out) const
{
    out.clear();
    if (m_points.empty())
        return;
    const int x0 = std::max(0, static_cast<int>(std::floor((minLon - m_minLon) / m_stepLon)));
    const int x1 = std::min(m_nx - 1, static_cast<int>(std::floor((maxLon - m_minLon) / m_stepLon)));
    const int y0 = std::max(0, static_cast<int>(std::floor((minLat - m_minLat) / m_stepLat)));
    const int y1 = std::min(m_ny - 1, static_cast<int>(std::floor((maxLat - m_minLat) / m_stepLat)));
    for (int by = y0; by <= y1; ++by)
        for (int bx = x0; bx <= x1; ++bx) {
            const int b = bucketOf(bx, by);
            for (int k = m_start[b]; k < m_start[b + 1]; ++k) {
                const SitePoint& p = m_points[m_items[k]];
                if (p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat)
                    out.push_back(m_items[k]);
            }
        }
}

} // namespace ps::analysis
