#include "AreaCoverage.h"
#include "core/Geodesy.h"
#include <QtConcurrent/QtConcurrentMap>
#include <geodesic.h>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>

namespace ps::analysis {

namespace {
// Disc vertex offsets (Δlon, Δlat) for one reach at one latitude. The shape of
// a geodesic circle does not depend on longitude, and changes negligibly over
// 0.001° of latitude, so the offsets are computed once per (reach, 0.001°).
struct DiscTemplate {
    double dlon[kDiscVertices];
    double dlat[kDiscVertices];
};

const DiscTemplate& discTemplate(double lat, double reachM)
{
    thread_local std::map<std::pair<long long, long long>, DiscTemplate> cache;
    const long long latKey = std::llround(lat * 1000.0);
    const long long reachKey = std::llround(reachM * 1000.0);
    auto it = cache.find({latKey, reachKey});
    if (it != cache.end())
        return it->second;
    static const geod_geodesic wgs84 = [] {
        geod_geodesic gg;
        geod_init(&gg, 6378137.0, 1.0 / 298.257223563);
        return gg;
    }();
    // Equal-area polygon: area of a regular n-gon of circumradius r is n/2·r²·sin(2π/n).
    const double n = kDiscVertices;
    const double r = reachM * std::sqrt(M_PI / (n / 2 * std::sin(2 * M_PI / n)));
    const double lat0 = latKey / 1000.0;
    DiscTemplate t;
    for (int i = 0; i < kDiscVertices; ++i) {
        // Counter-clockwise from east, as a polygon shell wants.
        const double azimuth = 90.0 - 360.0 * i / n;
        double lat2 = 0, lon2 = 0, azi2 = 0;
        geod_direct(&wgs84, lat0, 0.0, azimuth, r, &lat2, &lon2, &azi2);
        t.dlon[i] = lon2;
        t.dlat[i] = lat2 - lat0;
    }
    return cache.emplace(std::make_pair(latKey, reachKey), t).first->second;
}
} // namespace

GeomPtr reachDisc(GeosContext& g, double lon, double lat, double reachM)
{
    const DiscTemplate& t = discTemplate(lat, reachM);
    const GEOSContextHandle_t h = g.handle();
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, kDiscVertices + 1, 2);
    for (int i = 0; i <= kDiscVertices; ++i) {
        const int k = i % kDiscVertices;
        GEOSCoordSeq_setXY_r(h, seq, i, lon + t.dlon[k], lat + t.dlat[k]);
    }
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(h, seq);
    return g.own(GEOSGeom_createPolygon_r(h, shell, nullptr, 0));
}

AreaCovered coveredPartOfArea(GeosContext& g, const QByteArray& areaWkb, const std::vector<ReachSet>& sets,
                              bool wantGeometry)
{
    AreaCovered out;
    GeomPtr area = g.fromWkb(areaWkb);
    if (!area)
        return out;
    const GEOSContextHandle_t h = g.handle();
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    GEOSGeom_getXMin_r(h, area.get(), &minX);
    GEOSGeom_getYMin_r(h, area.get(), &minY);
    GEOSGeom_getXMax_r(h, area.get(), &maxX);
    GEOSGeom_getYMax_r(h, area.get(), &maxY);
    const LocalMetric m = metricAtLatitude(std::abs(minY) > std::abs(maxY) ? minY : maxY); // widest margin
    std::vector<GEOSGeometry*> discs;
    std::vector<int> near;
    for (const ReachSet& s : sets) {
        if (!s.index || s.reachM <= 0)
            continue;
        const double mLon = s.reachM * 1.01 / m.kx, mLat = s.reachM * 1.01 / m.ky;
        s.index->inBox(minX - mLon, minY - mLat, maxX + mLon, maxY + mLat, near);
        for (int i : near) {
            const SitePoint& p = s.index->points()[i];
            discs.push_back(reachDisc(g, p.lon, p.lat, s.reachM).release());
        }
    }
    if (discs.empty())
        return out;
    GeomPtr all = g.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, discs.data(), static_cast<unsigned>(discs.size())));
    GeomPtr reach = g.own(GEOSUnaryUnion_r(h, all.get()));
    if (!reach) {
        out.failed = true;
        return out;
    }
    GeomPtr covered = g.own(GEOSIntersection_r(h, area.get(), reach.get()));
    if (!covered) {
        // The stored area is invalid in a way GEOS refuses: repair and retry.
        PolygonalRepair fixed = makeValidMultiPolygon(g, area.get());
        if (fixed.geom)
            covered = g.own(GEOSIntersection_r(h, fixed.geom.get(), reach.get()));
    }
    if (!covered) {
        out.failed = true;
        return out;
    }
    GeomPtr poly = polygonalParts(g, covered.get());
    if (!poly)
        return out;
    out.coveredKm2 = geodesicAreaKm2(g, poly.get());
    if (wantGeometry)
        out.coveredWkb = g.toWkb(poly.get());
    return out;
}

std::vector<AreaCovered> coveredPartsOfAreas(const std::vector<AdminArea>& areas, const std::vector<ReachSet>& sets,
                                             bool wantGeometry, const Progress& progress)
{
    std::vector<AreaCovered> out(areas.size());
    std::vector<int> order(areas.size());
    std::iota(order.begin(), order.end(), 0);
    std::atomic<int> done{0};
    std::mutex reportMutex; // a Progress callback need not be thread-safe
    const int total = static_cast<int>(areas.size());
    QtConcurrent::blockingMap(order, [&](int i) {
        if (progress.cancelled())
            return;
        out[i] = coveredPartOfArea(geos(), areas[i].wkb, sets, wantGeometry);
        const int n = ++done;
        if (n % 64 == 0 || n == total) {
            std::lock_guard<std::mutex> lock(reportMutex);
            progress.report(static_cast<double>(n) / total);
        }
    });
    progress.throwIfCancelled();
    return out;
}

} // namespace ps::analysis
