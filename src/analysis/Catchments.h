#pragma once
#include "FacilityIndex.h"
#include <QByteArray>
#include <vector>

namespace ps::analysis {

// Nearest-facility catchments: the Voronoi cell of each site (GEOSVoronoiDiagram,
// built in the UTM zone of the sites' centre so that "nearest" is in metres),
// clipped to `clipWkb` (lon/lat polygonal, e.g. the kabupaten). Returns one
// MultiPolygon WKB (EPSG:4326) per site, empty for a site that shares its
// location with an earlier one or whose cell lies outside the clip.
std::vector<QByteArray> voronoiCatchments(const std::vector<SitePoint>& sites, const QByteArray& clipWkb);

} // namespace ps::analysis
