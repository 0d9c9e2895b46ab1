#pragma once
// Square desa polygons for covered-area tests (lon/lat MultiPolygons with their
// geodesic area), so that expected figures follow from the layout alone.
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "core/Types.h"

namespace pstest {

inline ps::AdminArea desaSquare(const QString& code, double west, double south, double side)
{
    ps::GeosContext& g = ps::geos();
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(g.handle(), 5, 2);
    const double xs[] = {west, west + side, west + side, west, west}, ys[] = {south, south, south + side, south + side, south};
    for (unsigned i = 0; i < 5; ++i)
        GEOSCoordSeq_setXY_r(g.handle(), seq, i, xs[i], ys[i]);
    GEOSGeometry* poly = GEOSGeom_createPolygon_r(g.handle(), GEOSGeom_createLinearRing_r(g.handle(), seq), nullptr, 0);
    ps::GeomPtr multi = g.own(GEOSGeom_createCollection_r(g.handle(), GEOS_MULTIPOLYGON, &poly, 1));
    ps::AdminArea a;
    a.code = code;
    a.level = ps::AdminLevel::Desa;
    a.wkb = g.toWkb(multi.get());
    a.areaKm2 = ps::geodesicAreaKm2(g, multi.get());
    return a;
}

} // namespace pstest
