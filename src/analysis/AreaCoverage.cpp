#include "AreaCoverage.h"
#include "core/Geodesy.h"
#include <QtConcurrent/QtConcurrentMap>
#include <geodesic.h>
#include <atomic>
#include <cmath>
#include <map>
#include <memory>
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

namespace {
struct Envelope {
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    void add(const Envelope& o)
    {
        minX = std::min(minX, o.minX);
        minY = std::min(minY, o.minY);
        maxX = std::max(maxX, o.maxX);
        maxY = std::max(maxY, o.maxY);
    }
};

Envelope envelopeOf(GEOSContextHandle_t h, const GEOSGeometry* g)
{
    Envelope e;
    GEOSGeom_getXMin_r(h, g, &e.minX);
    GEOSGeom_getYMin_r(h, g, &e.minY);
    GEOSGeom_getXMax_r(h, g, &e.maxX);
    GEOSGeom_getYMax_r(h, g, &e.maxY);
    return e;
}

// Union (GEOSUnaryUnion: cascaded, never pairwise) of the discs of every
// facility within reach of the envelope; null when none.
// With `parts`, only facilities within reach of one of these boxes take part
// (a tile's bounding box holds many discs that reach none of its areas).
GeomPtr discUnion(GeosContext& g, const Envelope& env, const std::vector<ReachSet>& sets, bool& hadDiscs,
                  const std::vector<Envelope>* parts = nullptr)
{
    const GEOSContextHandle_t h = g.handle();
    const LocalMetric m = metricAtLatitude(std::abs(env.minY) > std::abs(env.maxY) ? env.minY : env.maxY);
    std::vector<GEOSGeometry*> discs;
    std::vector<int> near;
    for (const ReachSet& s : sets) {
        if (!s.index || s.reachM <= 0)
            continue;
        const double mLon = s.reachM * 1.02 / m.kx, mLat = s.reachM * 1.02 / m.ky;
        s.index->inBox(env.minX - mLon, env.minY - mLat, env.maxX + mLon, env.maxY + mLat, near);
        for (int i : near) {
            const SitePoint& p = s.index->points()[i];
            bool near = !parts;
            for (size_t k = 0; parts && k < parts->size() && !near; ++k) {
                const Envelope& e = (*parts)[k];
                near = p.lon >= e.minX - mLon && p.lon <= e.maxX + mLon && p.lat >= e.minY - mLat && p.lat <= e.maxY + mLat;
            }
            if (near)
                discs.push_back(reachDisc(g, p.lon, p.lat, s.reachM).release());
        }
    }
    hadDiscs = !discs.empty();
    if (discs.empty())
        return g.own(nullptr);
    GeomPtr all = g.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, discs.data(), static_cast<unsigned>(discs.size())));
    return g.own(GEOSUnaryUnion_r(h, all.get()));
}

AreaCovered coverWithUnion(GeosContext& g, const GEOSGeometry* area, double areaKm2, const GEOSGeometry* reach,
                           const GEOSPreparedGeometry* prepReach, bool wantGeometry)
{
    AreaCovered out;
    const GEOSContextHandle_t h = g.handle();
    if (!reach || !GEOSPreparedIntersects_r(h, prepReach, area))
        return out;
    if (GEOSPreparedContains_r(h, prepReach, area) == 1) {
        out.coveredKm2 = areaKm2 > 0 ? areaKm2 : geodesicAreaKm2(g, area);
        if (wantGeometry)
            out.coveredWkb = g.toWkb(area);
        return out;
    }
    const Envelope e = envelopeOf(h, area);
    const double pad = 1e-7;
    GeomPtr local = g.own(GEOSClipByRect_r(h, reach, e.minX - pad, e.minY - pad, e.maxX + pad, e.maxY + pad));
    GeomPtr covered = g.own(GEOSIntersection_r(h, area, local ? local.get() : reach));
    if (!covered) {
        // The stored area is invalid in a way GEOS refuses: repair and retry.
        PolygonalRepair fixed = makeValidMultiPolygon(g, area);
        if (fixed.geom)
            covered = g.own(GEOSIntersection_r(h, fixed.geom.get(), reach));
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
} // namespace

AreaCovered coveredPartOfArea(GeosContext& g, const QByteArray& areaWkb, const std::vector<ReachSet>& sets,
                              bool wantGeometry)
{
    AreaCovered out;
    GeomPtr area = g.fromWkb(areaWkb);
    if (!area)
        return out;
    bool hadDiscs = false;
    GeomPtr reach = discUnion(g, envelopeOf(g.handle(), area.get()), sets, hadDiscs);
    if (!reach) {
        out.failed = hadDiscs;
        return out;
    }
    PreparedPtr prep = g.prepare(reach.get());
    return coverWithUnion(g, area.get(), 0.0, reach.get(), prep.get(), wantGeometry);
}

std::vector<AreaCovered> coveredPartsOfAreas(const std::vector<AdminArea>& areas, const std::vector<ReachSet>& sets,
                                             bool wantGeometry, const Progress& progress)
{
    std::vector<AreaCovered> out(areas.size());
    // Tiles: areas grouped by kecamatan code.
    std::map<QString, std::vector<int>> byTile;
    for (size_t i = 0; i < areas.size(); ++i)
        byTile[areas[i].code.left(8)].push_back(static_cast<int>(i));
    std::vector<const std::vector<int>*> tiles;
    for (const auto& [code, members] : byTile)
        tiles.push_back(&members);
    // Big tiles first so that the two cores finish together.
    std::sort(tiles.begin(), tiles.end(), [](auto* a, auto* b) { return a->size() > b->size(); });
    std::atomic<int> done{0};
    std::mutex reportMutex; // a Progress callback need not be thread-safe
    const int total = static_cast<int>(areas.size());
    QtConcurrent::blockingMap(tiles, [&](const std::vector<int>* members) {
        if (progress.cancelled())
            return;
        GeosContext& g = geos();
        const GEOSContextHandle_t h = g.handle();
        std::vector<GeomPtr> geoms;
        Envelope tile;
        for (int i : *members) {
            geoms.push_back(g.fromWkb(areas[i].wkb));
            if (geoms.back())
                tile.add(envelopeOf(h, geoms.back().get()));
        }
        std::vector<Envelope> parts;
        for (const GeomPtr& a : geoms)
            if (a)
                parts.push_back(envelopeOf(h, a.get()));
        bool hadDiscs = false;
        GeomPtr reach = discUnion(g, tile, sets, hadDiscs, &parts);
        if (reach) {
            PreparedPtr prep = g.prepare(reach.get());
            for (size_t k = 0; k < members->size(); ++k)
                if (geoms[k])
                    out[(*members)[k]] = coverWithUnion(g, geoms[k].get(), areas[(*members)[k]].areaKm2, reach.get(),
                                                        prep.get(), wantGeometry);
        } else if (hadDiscs) {
            for (int i : *members)
                out[i].failed = true; // GEOS could not union the discs
        }
        const int n = done += static_cast<int>(members->size());
        std::lock_guard<std::mutex> lock(reportMutex);
        progress.report(static_cast<double>(n) / total);
    });
    progress.throwIfCancelled();
    return out;
}

} // namespace ps::analysis
