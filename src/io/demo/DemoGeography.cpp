#include "DemoGeography.h"
#include "core/Error.h"
#include <algorithm>
#include <cmath>
#include <numbers>

namespace ps::demo {

double distance(Point2 a, Point2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

static void check(const GeomPtr& p, const char* what)
{
    if (!p)
        throw Error(QStringLiteral("demo: GEOS gagal (%1): %2").arg(QLatin1String(what), geos().lastError()));
}

GeomPtr unionOf(GeosContext& g, const std::vector<const GEOSGeometry*>& parts)
{
    const GEOSContextHandle_t h = g.handle();
    std::vector<GEOSGeometry*> clones;
    for (const GEOSGeometry* p : parts)
        clones.push_back(GEOSGeom_clone_r(h, p));
    GeomPtr coll = g.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                     static_cast<unsigned>(clones.size())));
    GeomPtr u = g.own(GEOSUnaryUnion_r(h, coll.get()));
    check(u, "union");
    return u;
}

double sharedBoundary(GeosContext& g, const GEOSGeometry* a, const GEOSGeometry* b)
{
    const GEOSContextHandle_t h = g.handle();
    if (!GEOSIntersects_r(h, a, b))
        return 0.0;
    GeomPtr ba = g.own(GEOSBoundary_r(h, a));
    GeomPtr bb = g.own(GEOSBoundary_r(h, b));
    GeomPtr shared = g.own(GEOSIntersection_r(h, ba.get(), bb.get()));
    double len = 0.0;
    if (shared)
        GEOSLength_r(h, shared.get(), &len);
    return len;
}

static GeomPtr polygonFromRing(GeosContext& g, const std::vector<Point2>& ring)
{
    const GEOSContextHandle_t h = g.handle();
    const auto n = static_cast<unsigned>(ring.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i)
        GEOSCoordSeq_setXY_r(h, seq, i, ring[i % n].x, ring[i % n].y);
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(h, seq);
    return g.own(GEOSGeom_createPolygon_r(h, shell, nullptr, 0));
}

GeomPtr makeOutline(GeosContext& g, Rng& rng, Point2 centre, double radiusM, double areaM2)
{
    struct Harmonic {
        int k;
        double amp, phase;
    };
    // A falling spectrum (amplitude ~ k^-1.4), like real coastlines and
    // watersheds: broad lobes with ever smaller, irregular bends.
    std::vector<Harmonic> harmonics;
    for (int k = 2; k <= 90; ++k)
        harmonics.push_back({k, 0.5 * std::pow(k, -1.4) * rng.uniform(0.3, 1.0), rng.uniform(0.0, 2.0 * std::numbers::pi)});

    const int n = 1440;
    std::vector<double> radius(n);
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * std::numbers::pi * i / n;
        double f = 1.0;
        for (const Harmonic& hm : harmonics)
            f += hm.amp * std::cos(hm.k * t + hm.phase);
        radius[static_cast<size_t>(i)] = radiusM * std::max(0.45, f);
    }
    // Scale to the wanted area (shoelace area of the star-shaped ring).
    double area = 0.0;
    for (int i = 0; i < n; ++i) {
        const double t0 = 2.0 * std::numbers::pi * i / n, t1 = 2.0 * std::numbers::pi * (i + 1) / n;
        area += 0.5 * radius[static_cast<size_t>(i)] * radius[static_cast<size_t>((i + 1) % n)] * std::sin(t1 - t0);
    }
    const double s = std::sqrt(areaM2 / area);
    std::vector<Point2> ring;
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * std::numbers::pi * i / n;
        const double r = radius[static_cast<size_t>(i)] * s;
        ring.push_back({centre.x + r * std::cos(t), centre.y + r * std::sin(t)});
    }
    GeomPtr p = polygonFromRing(g, ring);
    check(p, "outline");
    return p;
}

std::vector<Point2> placeSeeds(GeosContext& g, Rng& rng, const GEOSGeometry* outline, Point2 town, int count)
{
    const GEOSContextHandle_t h = g.handle();
    PreparedPtr inside = g.prepare(outline);
    double x0, y0, x1, y1;
    GEOSGeom_getXMin_r(h, outline, &x0);
    GEOSGeom_getYMin_r(h, outline, &y0);
    GEOSGeom_getXMax_r(h, outline, &x1);
    GEOSGeom_getYMax_r(h, outline, &y1);

    std::vector<Point2> seeds{town};
    for (int attempt = 0; attempt < 400000 && static_cast<int>(seeds.size()) < count; ++attempt) {
        const Point2 p{rng.uniform(x0, x1), rng.uniform(y0, y1)};
        const double d = distance(p, town);
        // Desa are small and many near the town, large and few far away.
        if (!rng.chance(0.35 + 0.65 * std::exp(-(d * d) / (9000.0 * 9000.0))))
            continue;
        const double minDistance = 1300.0 + 1900.0 * std::min(1.0, d / 16000.0);
        bool spaced = true;
        for (const Point2& s : seeds)
            if (distance(s, p) < minDistance) {
                spaced = false;
                break;
            }
        if (!spaced)
            continue;
        GeomPtr pt = g.point(p.x, p.y);
        if (!GEOSPreparedContains_r(h, inside.get(), pt.get()))
            continue;
        seeds.push_back(p);
    }
    return seeds;
}

std::vector<Point2> placeSpreadPoints(GeosContext& g, Rng& rng, const GEOSGeometry* polygon, int count, double minDistanceM)
{
    const GEOSContextHandle_t h = g.handle();
    PreparedPtr inside = g.prepare(polygon);
    double x0, y0, x1, y1;
    GEOSGeom_getXMin_r(h, polygon, &x0);
    GEOSGeom_getYMin_r(h, polygon, &y0);
    GEOSGeom_getXMax_r(h, polygon, &x1);
    GEOSGeom_getYMax_r(h, polygon, &y1);
    std::vector<Point2> points;
    for (double spacing = minDistanceM; spacing > 1.0 && static_cast<int>(points.size()) < count; spacing *= 0.8) {
        for (int attempt = 0; attempt < 5000 && static_cast<int>(points.size()) < count; ++attempt) {
            const Point2 p{rng.uniform(x0, x1), rng.uniform(y0, y1)};
            bool spaced = true;
            for (const Point2& q : points)
                spaced = spaced && distance(p, q) >= spacing;
            GeomPtr pt = g.point(p.x, p.y);
            if (spaced && GEOSPreparedContains_r(h, inside.get(), pt.get()))
                points.push_back(p);
        }
    }
    return points;
}

namespace {
struct Warp {
    SmoothField fx, fy, gx, gy;
};
int warpPoint(double* x, double* y, void* userdata)
{
    const auto* w = static_cast<const Warp*>(userdata);
    // Broad bends of up to ~250 m and small wiggles of ~50 m: boundaries that
    // follow no straight line, like rivers and field edges.
    const double dx = 170.0 * std::clamp(w->fx(*x, *y), -1.5, 1.5) + 35.0 * std::clamp(w->gx(*x, *y), -1.5, 1.5);
    const double dy = 170.0 * std::clamp(w->fy(*x, *y), -1.5, 1.5) + 35.0 * std::clamp(w->gy(*x, *y), -1.5, 1.5);
    *x += dx;
    *y += dy;
    return 1;
}
} // namespace

std::vector<GeomPtr> tileDesa(GeosContext& g, Rng& rng, const GEOSGeometry* outline, const std::vector<Point2>& seeds)
{
    const GEOSContextHandle_t h = g.handle();
    std::vector<GEOSGeometry*> pts;
    for (const Point2& s : seeds)
        pts.push_back(GEOSGeom_createPointFromXY_r(h, s.x, s.y));
    GeomPtr multipoint = g.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, pts.data(), static_cast<unsigned>(pts.size())));
    GeomPtr frame = g.own(GEOSBuffer_r(h, outline, 10000.0, 8));
    GeomPtr env = g.own(GEOSEnvelope_r(h, frame.get()));
    GeomPtr edges = g.own(GEOSVoronoiDiagram_r(h, multipoint.get(), env.get(), 0.0, 1));
    check(edges, "voronoi");
    GeomPtr near = g.own(GEOSBuffer_r(h, outline, 3000.0, 8));
    GeomPtr clipped = g.own(GEOSIntersection_r(h, edges.get(), near.get()));
    GeomPtr dense = g.own(GEOSDensify_r(h, clipped.get(), 100.0));
    check(dense, "densify");
    Warp warp{SmoothField(rng, 2500.0, 7000.0), SmoothField(rng, 2500.0, 7000.0), SmoothField(rng, 500.0, 1200.0),
              SmoothField(rng, 500.0, 1200.0)};
    GeomPtr bent = g.own(GEOSGeom_transformXY_r(h, dense.get(), &warpPoint, &warp));
    check(bent, "warp");
    GeomPtr ring = g.own(GEOSBoundary_r(h, outline));
    GeomPtr noded = g.own(GEOSUnion_r(h, bent.get(), ring.get()));
    check(noded, "noding");
    const GEOSGeometry* lines[] = {noded.get()};
    GeomPtr faces = g.own(GEOSPolygonize_r(h, lines, 1));
    check(faces, "polygonize");

    // Faces inside the outline, each given to the seed it holds.
    PreparedPtr inOutline = g.prepare(outline);
    std::vector<std::vector<GeomPtr>> owned(seeds.size());
    std::vector<GeomPtr> pieces;
    const int nFaces = GEOSGetNumGeometries_r(h, faces.get());
    for (int i = 0; i < nFaces; ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces.get(), i);
        GeomPtr probe = g.own(GEOSPointOnSurface_r(h, face));
        if (!probe || !GEOSPreparedContains_r(h, inOutline.get(), probe.get()))
            continue;
        PreparedPtr pf = g.prepare(face);
        int owner = -1;
        for (size_t s = 0; s < seeds.size() && owner < 0; ++s) {
            GeomPtr pt = g.point(seeds[s].x, seeds[s].y);
            if (GEOSPreparedContains_r(h, pf.get(), pt.get()))
                owner = static_cast<int>(s);
        }
        if (owner >= 0)
            owned[static_cast<size_t>(owner)].push_back(g.clone(face));
        else
            pieces.push_back(g.clone(face));
    }
    for (size_t s = 0; s < seeds.size(); ++s)
        if (owned[s].empty())
            throw Error(QStringLiteral("demo: desa %1 kehilangan wilayahnya (geser batas terlalu besar)").arg(s));

    // Seedless pieces (cut off by a bend of the outline or of a warped edge)
    // join the desa they share the longest boundary with.
    for (int pass = 0; pass < 10 && !pieces.empty(); ++pass) {
        std::vector<GeomPtr> left;
        for (GeomPtr& piece : pieces) {
            int best = -1;
            double bestLen = 0.0;
            for (size_t s = 0; s < owned.size(); ++s)
                for (const GeomPtr& f : owned[s]) {
                    const double len = sharedBoundary(g, piece.get(), f.get());
                    if (len > bestLen) {
                        bestLen = len;
                        best = static_cast<int>(s);
                    }
                }
            if (best >= 0)
                owned[static_cast<size_t>(best)].push_back(std::move(piece));
            else
                left.push_back(std::move(piece));
        }
        pieces = std::move(left);
    }

    std::vector<GeomPtr> desa;
    for (const auto& faceList : owned) {
        std::vector<const GEOSGeometry*> parts;
        for (const GeomPtr& f : faceList)
            parts.push_back(f.get());
        desa.push_back(parts.size() == 1 ? g.clone(parts.front()) : unionOf(g, parts));
    }
    return desa;
}

std::vector<int> groupSeeds(const std::vector<Point2>& seeds, int count, Point2 town)
{
    count = std::max(1, std::min(count, static_cast<int>(seeds.size())));
    std::vector<Point2> centres{town};
    while (static_cast<int>(centres.size()) < count) {
        // Farthest-point start: the seed farthest from every centre so far.
        size_t far = 0;
        double farD = -1.0;
        for (size_t i = 0; i < seeds.size(); ++i) {
            double d = 1e300;
            for (const Point2& c : centres)
                d = std::min(d, distance(c, seeds[i]));
            if (d > farD) {
                farD = d;
                far = i;
            }
        }
        centres.push_back(seeds[far]);
    }
    std::vector<int> group(seeds.size(), 0);
    for (int iteration = 0; iteration < 12; ++iteration) {
        for (size_t i = 0; i < seeds.size(); ++i) {
            double best = 1e300;
            for (size_t c = 0; c < centres.size(); ++c) {
                const double d = distance(centres[c], seeds[i]);
                if (d < best) {
                    best = d;
                    group[i] = static_cast<int>(c);
                }
            }
        }
        std::vector<Point2> sum(centres.size());
        std::vector<int> n(centres.size(), 0);
        for (size_t i = 0; i < seeds.size(); ++i) {
            const auto c = static_cast<size_t>(group[i]);
            sum[c].x += seeds[i].x;
            sum[c].y += seeds[i].y;
            ++n[c];
        }
        for (size_t c = 1; c < centres.size(); ++c)  // the town's kecamatan stays centred on the town
            if (n[c] > 0)
                centres[c] = {sum[c].x / n[c], sum[c].y / n[c]};
    }
    return group;
}

std::vector<GeomPtr> contiguousKecamatan(GeosContext& g, const std::vector<GeomPtr>& desa, std::vector<int>& kecamatanOf)
{
    const GEOSContextHandle_t h = g.handle();
    auto build = [&] {
        // Renumber to 0..n-1 in order of first appearance of each group number.
        int maxGroup = 0;
        for (int k : kecamatanOf)
            maxGroup = std::max(maxGroup, k);
        std::vector<int> remap(static_cast<size_t>(maxGroup) + 1, -1);
        int next = 0;
        for (int k = 0; k <= maxGroup; ++k)
            if (std::find(kecamatanOf.begin(), kecamatanOf.end(), k) != kecamatanOf.end())
                remap[static_cast<size_t>(k)] = next++;
        for (int& k : kecamatanOf)
            k = remap[static_cast<size_t>(k)];
        std::vector<GeomPtr> kec;
        for (int k = 0; k < next; ++k) {
            std::vector<const GEOSGeometry*> parts;
            for (size_t i = 0; i < desa.size(); ++i)
                if (kecamatanOf[i] == k)
                    parts.push_back(desa[i].get());
            kec.push_back(unionOf(g, parts));
        }
        return kec;
    };
    std::vector<GeomPtr> kec = build();
    for (int pass = 0; pass < 8; ++pass) {
        bool changed = false;
        for (size_t k = 0; k < kec.size(); ++k) {
            const int parts = GEOSGetNumGeometries_r(h, kec[k].get());
            if (parts <= 1)
                continue;
            int largest = 0;
            double largestArea = -1.0;
            for (int p = 0; p < parts; ++p) {
                double a = 0;
                GEOSArea_r(h, GEOSGetGeometryN_r(h, kec[k].get(), p), &a);
                if (a > largestArea) {
                    largestArea = a;
                    largest = p;
                }
            }
            for (int p = 0; p < parts; ++p) {
                if (p == largest)
                    continue;
                const GEOSGeometry* part = GEOSGetGeometryN_r(h, kec[k].get(), p);
                int best = -1;
                double bestLen = 0.0;
                for (size_t j = 0; j < kec.size(); ++j) {
                    if (j == k)
                        continue;
                    const double len = sharedBoundary(g, part, kec[j].get());
                    if (len > bestLen) {
                        bestLen = len;
                        best = static_cast<int>(j);
                    }
                }
                if (best < 0)
                    continue;
                PreparedPtr pp = g.prepare(part);
                for (size_t i = 0; i < desa.size(); ++i) {
                    if (kecamatanOf[i] != static_cast<int>(k))
                        continue;
                    GeomPtr probe = g.own(GEOSPointOnSurface_r(h, desa[i].get()));
                    if (GEOSPreparedContains_r(h, pp.get(), probe.get())) {
                        kecamatanOf[i] = best;
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
        kec = build();
    }
    return kec;
}

Tiling buildTiling(GeosContext& g, Rng& rng, Point2 centre, double areaM2, int desaCount, int kecamatanCount)
{
    Tiling t;
    Rng outlineRng = rng.fork(1), seedRng = rng.fork(2), warpRng = rng.fork(3);
    const double radius = std::sqrt(areaM2 / std::numbers::pi);
    t.outline = makeOutline(g, outlineRng, centre, radius, areaM2);
    // The town sits off-centre, as district towns usually do (on a road or river).
    const double angle = seedRng.uniform(0.0, 2.0 * std::numbers::pi);
    t.town = {centre.x + 0.3 * radius * std::cos(angle), centre.y + 0.3 * radius * std::sin(angle)};
    t.seeds = placeSeeds(g, seedRng, t.outline.get(), t.town, desaCount);
    t.desa = tileDesa(g, warpRng, t.outline.get(), t.seeds);
    t.kecamatanOf = groupSeeds(t.seeds, kecamatanCount, t.town);
    t.kecamatan = contiguousKecamatan(g, t.desa, t.kecamatanOf);
    std::vector<const GEOSGeometry*> all;
    for (const GeomPtr& d : t.desa)
        all.push_back(d.get());
    t.kabupaten = unionOf(g, all);
    return t;
}

} // namespace ps::demo
