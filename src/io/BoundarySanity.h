#pragma once
#include "core/Geos.h"
#include <QString>
#include <ogr_core.h>

namespace ps::io {

// Indonesia's extent (lon/lat), with a margin of two degrees for islands at
// the edge and for coastlines drawn generously.
inline constexpr double kIndonesiaMinLon = 92.0, kIndonesiaMaxLon = 144.0;
inline constexpr double kIndonesiaMinLat = -13.5, kIndonesiaMaxLat = 8.5;

// Why an area's coordinates cannot be an Indonesian boundary; empty when they
// can. `lonLat` is the envelope after transformation to EPSG:4326, `source`
// the envelope in the file's own coordinates, `projected` whether the file's
// CRS is in metres. The reason says what probably went wrong: swapped axes, a
// CRS label that does not fit the numbers, or coordinates outside Indonesia.
QString boundaryExtentProblem(const OGREnvelope& lonLat, const OGREnvelope& source, bool projected,
                              const QString& sourceCrs);

// How a re-imported area compares with the stored one.
struct GeometryChange {
    double oldKm2 = 0, newKm2 = 0;
    double overlapShare = 1;   // share of the old area that the new one still covers (0..1)
    bool beyondTolerance(double tolerance = 0.1) const
    {
        return newKm2 < oldKm2 * (1 - tolerance) || overlapShare < 1 - tolerance;
    }
};
GeometryChange compareGeometry(GeosContext& g, const GEOSGeometry* stored, const GEOSGeometry* incoming);

} // namespace ps::io
