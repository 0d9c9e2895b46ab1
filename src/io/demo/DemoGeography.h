#pragma once
#include "DemoRandom.h"
#include "core/Geos.h"
#include <vector>

namespace ps::demo {

struct Point2 {
    double x = 0, y = 0;
};
double distance(Point2 a, Point2 b);

// The district's shapes in projected metres (UTM), before they become lon/lat.
struct Tiling {
    GeomPtr outline;                  // the kabupaten as drawn, a polygon
    Point2 town;                      // the kabupaten's town centre
    std::vector<Point2> seeds;        // one per desa: its village centre
    std::vector<GeomPtr> desa;        // one per seed; together they tile the kabupaten
    std::vector<int> kecamatanOf;     // kecamatan index of each desa
    std::vector<GeomPtr> kecamatan;   // unary union of each kecamatan's desa
    GeomPtr kabupaten;                // unary union of all desa
};

// A smooth irregular blob of the given area around a centre.
GeomPtr makeOutline(GeosContext& g, Rng& rng, Point2 centre, double radiusM, double areaM2);

// Village centres: spread out (a minimum distance) and denser near the town.
std::vector<Point2> placeSeeds(GeosContext& g, Rng& rng, const GEOSGeometry* outline, Point2 town, int count);

// `count` points inside a polygon, at least minDistanceM apart where possible
// (the spacing shrinks until they fit).
std::vector<Point2> placeSpreadPoints(GeosContext& g, Rng& rng, const GEOSGeometry* polygon, int count, double minDistanceM);

// Desa polygons: Voronoi edges of the seeds, bent by a smooth random warp so
// they do not look ruled, noded with the outline and polygonized. All desa
// come from one linework, so neighbours share their boundary exactly. Pieces
// without a seed join the neighbour they share the longest boundary with.
std::vector<GeomPtr> tileDesa(GeosContext& g, Rng& rng, const GEOSGeometry* outline,
                              const std::vector<Point2>& seeds);

// Groups seeds into `count` compact kecamatan (k-means from spread-out starts);
// the first group holds the town.
std::vector<int> groupSeeds(const std::vector<Point2>& seeds, int count, Point2 town);

// Moves desa between kecamatan until every kecamatan is one piece, then
// renumbers the groups 0..n-1 (dropping empty ones). Returns the unions.
std::vector<GeomPtr> contiguousKecamatan(GeosContext& g, const std::vector<GeomPtr>& desa,
                                         std::vector<int>& kecamatanOf);

// Union of several geometries (GEOSUnaryUnion_r of a collection of clones).
GeomPtr unionOf(GeosContext& g, const std::vector<const GEOSGeometry*>& parts);

// Length of the boundary two polygonal geometries share.
double sharedBoundary(GeosContext& g, const GEOSGeometry* a, const GEOSGeometry* b);

Tiling buildTiling(GeosContext& g, Rng& rng, Point2 centre, double areaM2, int desaCount, int kecamatanCount);

} // namespace ps::demo
