#include "AreaCoverage.h"
#include "BackgroundTask.h"
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

bool overlaps(const Envelope& a, const Envelope& b)
{
    return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

// Union (GEOSUnaryUnion: cascaded, never pairwise) of the discs of every
// facility whose disc reaches into the box `env`; null when none. Inside the
// box this is exactly the union of all the discs.
GeomPtr discUnion(GeosContext& g, const Envelope& env, const std::vector<ReachSet>& sets, bool& hadDiscs)
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
            GeomPtr disc = reachDisc(g, p.lon, p.lat, s.reachM);
            if (overlaps(envelopeOf(h, disc.get()), env))
                discs.push_back(disc.release());
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

namespace {
// Side of a grid tile in degrees (about 22 km on Java). The discs of a tile are
// unioned once; a disc near a tile edge goes into each tile it reaches, so
// smaller tiles repeat more discs and larger ones make bigger unions: the
// union's cost per disc grows with its size. 0.2° measured best on Jawa Tengah.
constexpr double kTileDeg = 0.2;
constexpr double kClipPad = 1e-7; // as coverWithUnion pads an area's box

// The areas' boxes laid on the tile grid: an area whose box lies in one tile is
// finished by that tile's job; an area across tiles gets one piece of the
// covered land from each of its tiles and is finished afterwards.
struct TileGrid {
    double originX = 0, originY = 0;
    int nx = 0, ny = 0;
    struct Tile {
        Envelope rect;
        std::vector<int> whole;                   // areas inside this tile only
        std::vector<std::pair<int, int>> pieces;  // (area, its piece slot) for areas across tiles
    };
    std::vector<Tile> tiles;                      // only tiles that some area reaches
};

TileGrid layTiles(const std::vector<Envelope>& boxes, std::vector<int>& pieceCount)
{
    TileGrid grid;
    Envelope all;
    for (const Envelope& e : boxes)
        if (e.minX <= e.maxX)
            all.add(e);
    pieceCount.assign(boxes.size(), 0);
    if (all.minX > all.maxX)
        return grid;
    grid.originX = std::floor(all.minX / kTileDeg) * kTileDeg;
    grid.originY = std::floor(all.minY / kTileDeg) * kTileDeg;
    grid.nx = static_cast<int>((all.maxX - grid.originX) / kTileDeg) + 1;
    grid.ny = static_cast<int>((all.maxY - grid.originY) / kTileDeg) + 1;
    auto col = [&](double x) { return std::clamp(static_cast<int>(std::floor((x - grid.originX) / kTileDeg)), 0, grid.nx - 1); };
    auto row = [&](double y) { return std::clamp(static_cast<int>(std::floor((y - grid.originY) / kTileDeg)), 0, grid.ny - 1); };
    std::map<int, size_t> slot; // grid cell -> index in grid.tiles
    auto tileAt = [&](int cx, int cy) -> TileGrid::Tile& {
        auto [it, fresh] = slot.emplace(cy * grid.nx + cx, grid.tiles.size());
        if (fresh) {
            TileGrid::Tile t;
            t.rect = {grid.originX + cx * kTileDeg, grid.originY + cy * kTileDeg, grid.originX + (cx + 1) * kTileDeg,
                      grid.originY + (cy + 1) * kTileDeg};
            grid.tiles.push_back(std::move(t));
        }
        return grid.tiles[it->second];
    };
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Envelope& e = boxes[i];
        if (e.minX > e.maxX)
            continue;
        const int x0 = col(e.minX - kClipPad), x1 = col(e.maxX + kClipPad);
        const int y0 = row(e.minY - kClipPad), y1 = row(e.maxY + kClipPad);
        if (x0 == x1 && y0 == y1) {
            tileAt(x0, y0).whole.push_back(static_cast<int>(i));
            continue;
        }
        for (int cy = y0; cy <= y1; ++cy)
            for (int cx = x0; cx <= x1; ++cx)
                tileAt(cx, cy).pieces.emplace_back(static_cast<int>(i), pieceCount[i]++);
    }
    return grid;
}

// Calls fn(i) for i in [0, n) on all cores, in chunks.
template <typename Fn>
void parallelFor(size_t n, size_t chunk, Fn fn)
{
    std::vector<size_t> starts;
    for (size_t s = 0; s < n; s += chunk)
        starts.push_back(s);
    QtConcurrent::blockingMap(starts, [&](size_t s) {
        for (size_t i = s; i < std::min(n, s + chunk); ++i)
            fn(i);
    });
}
} // namespace

std::vector<AreaCovered> coveredPartsOfAreas(const std::vector<AdminArea>& areas, const std::vector<ReachSet>& sets,
                                             bool wantGeometry, const Progress& progress, double* cpuSeconds)
{
    std::atomic<double> cpu{0.0};
    auto addCpu = [&cpu](double since) {
        const double d = threadCpuSeconds() - since;
        for (double old = cpu.load(); !cpu.compare_exchange_weak(old, old + d);) {
        }
    };
    std::vector<AreaCovered> out(areas.size());
    // Each area's box (an area GEOS cannot read stays empty and uncovered).
    std::vector<Envelope> boxes(areas.size());
    parallelFor(areas.size(), 256, [&](size_t i) {
        const double t0 = threadCpuSeconds();
        GeosContext& g = geos();
        if (GeomPtr a = g.fromWkb(areas[i].wkb))
            boxes[i] = envelopeOf(g.handle(), a.get());
        addCpu(t0);
    });
    std::vector<int> pieceCount;
    TileGrid grid = layTiles(boxes, pieceCount);
    // Pieces cross threads as WKB (GEOS objects stay in the thread that made them).
    std::vector<std::vector<QByteArray>> pieces(areas.size());
    for (size_t i = 0; i < areas.size(); ++i)
        pieces[i].resize(pieceCount[i]);
    std::unique_ptr<std::atomic<bool>[]> pieceFailed(new std::atomic<bool>[areas.size()]);
    for (size_t i = 0; i < areas.size(); ++i)
        pieceFailed[i] = false;

    std::vector<TileGrid::Tile*> tiles;
    for (TileGrid::Tile& t : grid.tiles)
        tiles.push_back(&t);
    // Big tiles first so that the cores finish together.
    std::sort(tiles.begin(), tiles.end(), [](auto* a, auto* b) {
        return a->whole.size() + a->pieces.size() > b->whole.size() + b->pieces.size();
    });
    size_t across = 0;
    for (int n : pieceCount)
        across += n > 0;
    std::atomic<int> done{0};
    std::mutex reportMutex; // a Progress callback need not be thread-safe
    const double total = static_cast<double>(areas.size() - across) + 0.5 * static_cast<double>(across) + 1e-9;
    auto advance = [&](double n) {
        const int sum = done += static_cast<int>(n * 2);
        std::lock_guard<std::mutex> lock(reportMutex);
        progress.report(std::min(1.0, sum / 2.0 / total));
    };

    // 1. Per tile: the union of the discs reaching it; the areas wholly inside
    //    the tile are finished here, the areas across tiles get their piece.
    QtConcurrent::blockingMap(tiles, [&](TileGrid::Tile* tile) {
        if (progress.cancelled())
            return;
        const double t0 = threadCpuSeconds();
        GeosContext& g = geos();
        const GEOSContextHandle_t h = g.handle();
        bool hadDiscs = false;
        GeomPtr reach = discUnion(g, tile->rect, sets, hadDiscs);
        if (reach) {
            PreparedPtr prep = g.prepare(reach.get());
            for (int i : tile->whole)
                if (GeomPtr a = g.fromWkb(areas[i].wkb))
                    out[i] = coverWithUnion(g, a.get(), areas[i].areaKm2, reach.get(), prep.get(), wantGeometry);
            for (const auto& [i, k] : tile->pieces) {
                const Envelope& b = boxes[i];
                GeomPtr piece = g.own(GEOSClipByRect_r(h, reach.get(), std::max(b.minX - kClipPad, tile->rect.minX),
                                                       std::max(b.minY - kClipPad, tile->rect.minY),
                                                       std::min(b.maxX + kClipPad, tile->rect.maxX),
                                                       std::min(b.maxY + kClipPad, tile->rect.maxY)));
                if (!piece)
                    pieceFailed[i] = true;
                else if (!GEOSisEmpty_r(h, piece.get()))
                    pieces[i][k] = g.toWkb(piece.get());
            }
        } else if (hadDiscs) {
            for (int i : tile->whole)
                out[i].failed = true; // GEOS could not union the discs
            for (const auto& [i, k] : tile->pieces)
                pieceFailed[i] = true;
        }
        addCpu(t0);
        advance(static_cast<double>(tile->whole.size()) + 0.25 * static_cast<double>(tile->pieces.size()));
    });
    progress.throwIfCancelled();

    // 2. Areas across tiles: their pieces (which meet only along tile edges)
    //    unioned into the covered land near the area, then as above.
    std::vector<int> rest;
    for (size_t i = 0; i < areas.size(); ++i)
        if (pieceCount[i] > 0)
            rest.push_back(static_cast<int>(i));
    QtConcurrent::blockingMap(rest, [&](int i) {
        if (progress.cancelled())
            return;
        const double t0 = threadCpuSeconds();
        GeosContext& g = geos();
        const GEOSContextHandle_t h = g.handle();
        out[i].failed = pieceFailed[i];
        std::vector<GEOSGeometry*> parts;
        for (const QByteArray& wkb : pieces[i])
            if (!wkb.isEmpty())
                if (GeomPtr p = g.fromWkb(wkb))
                    parts.push_back(p.release());
        if (parts.empty()) {
            addCpu(t0);
            advance(0.5);
            return;
        }
        GeomPtr local = g.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(), static_cast<unsigned>(parts.size())));
        if (parts.size() > 1)
            local = g.own(GEOSUnaryUnion_r(h, local.get()));
        GeomPtr a = g.fromWkb(areas[i].wkb);
        if (!local) {
            out[i].failed = true;
        } else if (a) {
            PreparedPtr prep = g.prepare(local.get());
            const bool failed = out[i].failed;
            out[i] = coverWithUnion(g, a.get(), areas[i].areaKm2, local.get(), prep.get(), wantGeometry);
            out[i].failed = out[i].failed || failed;
        }
        addCpu(t0);
        advance(0.5);
    });
    progress.throwIfCancelled();
    if (cpuSeconds)
        *cpuSeconds = cpu.load();
    return out;
}

} // namespace ps::analysis
