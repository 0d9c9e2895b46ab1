#pragma once
#include "FacilityIndex.h"
#include "core/Geos.h"
#include "core/Progress.h"
#include "core/Types.h"
#include <QByteArray>
#include <vector>

namespace ps::analysis {

// Facilities of one type with their reach.
struct ReachSet {
    const FacilityIndex* index = nullptr;
    double reachM = 0.0;
};

// A reach disc around (lon, lat) as a lon/lat polygon: kVertices vertices
// placed on the ground at the same distance from the centre with PROJ's
// geodesic (so the disc is round on the ground, oval in degrees). The vertex
// distance is enlarged slightly (1.3% for 16 vertices, a deviation of
// at most about 13 m from the true circle at 1 km) so that the polygon
// has the area of the true disc.
GeomPtr reachDisc(GeosContext& g, double lon, double lat, double reachM);
constexpr int kDiscVertices = 16;

// Covered part of one area: the union (GEOSUnaryUnion, never pairwise) of
// the discs of every facility near the area, intersected with the area.
struct AreaCovered {
    double coveredKm2 = 0.0;   // geodesic area of the covered part
    QByteArray coveredWkb;     // MultiPolygon, EPSG:4326; empty when nothing is covered or not asked
    bool failed = false;       // GEOS could not intersect even after repair
};
AreaCovered coveredPartOfArea(GeosContext& g, const QByteArray& areaWkb, const std::vector<ReachSet>& sets,
                              bool wantGeometry);

// The covered part of many areas, on all cores (one GEOS context per thread).
// The discs are unioned once per tile of a regular 0.2° grid (each disc in every
// tile it reaches, so a tile's union is exact inside the tile); an area inside
// one tile is then either wholly outside, wholly inside (prepared test, no
// overlay) or intersected with the union clipped to its bounding box; an area
// across tiles takes one clipped piece from each of its tiles, the pieces
// (which meet only along tile edges) unioned. The covered km² equal the direct
// computation (coveredPartOfArea) up to overlay rounding, below 1e-7 of the area.
// `cpuSeconds`, when given, receives the CPU seconds spent on all threads.
std::vector<AreaCovered> coveredPartsOfAreas(const std::vector<AdminArea>& areas, const std::vector<ReachSet>& sets,
                                             bool wantGeometry, const Progress& progress = Progress::none(),
                                             double* cpuSeconds = nullptr);

} // namespace ps::analysis
