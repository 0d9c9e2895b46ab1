#pragma once
#include "FeatureSet.h"
#include "core/Types.h"
#include <QSizeF>
#include <optional>
#include <set>

namespace ps {
class Project;
}

namespace ps::render {

// Area outlines generalized once and kept in the project (table area_lod,
// schema 10), so a small-scale map reads a few vertices per area instead of
// every one (the national kecamatan layer: 290,000 vertices), and does no
// GEOS work while it is drawn. Tolerances in degrees, coarsest first; a map
// uses the coarsest one under half a pixel (see lodTolerance).
inline constexpr double kLodTolerancesDeg[] = {0.01, 0.001};

// The coarsest stored tolerance that stays under half a pixel on a map of the
// lon/lat extent `ext` drawn into at most `pixels` (the whole page: the map
// frame is smaller, so the real pixel is larger); none when every stored one is
// too coarse (a kabupaten map: full detail).
std::optional<double> lodTolerance(const QRectF& lonLatExt, const QSizeF& pixels);

// The ring buffer of one outline as stored in area_lod.rings: int32 ring count,
// int32 ring starts (vertex index, with the end as last entry), float64 x,y
// pairs, host byte order (the cache is rebuilt, never exchanged).
QByteArray packRings(const std::vector<double>& xy, const std::vector<int>& ringStarts);
// False on a buffer that is not one (truncated, counts out of range).
bool unpackRings(const QByteArray& blob, std::vector<double>& xy, std::vector<int>& ringStarts);

// Generalizes every stored area that lacks a row for some tolerance, in one
// transaction; returns how many areas were generalized. A no-op (0) on a
// project without the area_lod table (opened read-only at an older schema).
int updateAreaLod(Project& project);
// Areas without a generalized outline (any tolerance), all levels.
int missingAreaLod(Project& project);
bool hasAreaLod(Project& project);

// The areas of `level` under codePrefix at tolerance tol, in lon/lat (xy,
// interior point, bbox), ordered by code as Project::areas; nullopt when the
// cache does not hold every one of them.
std::optional<std::vector<ProjectedFeature>> readAreaLod(Project& project, AdminLevel level, const QString& codePrefix,
                                                          double tol);

// The lon/lat extent of the areas under codePrefix from the cache (no geometry
// read); null when the cache does not hold every area.
QRectF areaLodExtent(Project& project, const QString& codePrefix, double tol);

// The same outlines projected to a map's CRS (table area_lod_projected, schema
// 11), exactly as FeatureSet::fromLonLat made them from readAreaLod's: a map
// from this cache needs no PROJ (nor its libraries) at all. nullopt when the
// cache lacks any of the areas (or the table).
std::optional<std::vector<ProjectedFeature>> readProjectedLod(Project& project, AdminLevel level, const QString& codePrefix,
                                                               double tol, const QString& crs);
// Stores projected outlines (of tolerance tol) in one transaction, replacing
// rows of the same areas; a no-op without the table.
void storeProjectedLod(Project& project, double tol, const FeatureSet& projected);

} // namespace ps::render
