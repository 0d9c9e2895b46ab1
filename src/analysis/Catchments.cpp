#include "Catchments.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include <QString>

namespace ps::analysis {

std::vector<QByteArray> voronoiCatchments(const std::vector<SitePoint>& sites, const QByteArray& clipWkb)
{
    std::vector<QByteArray> out(sites.size());
    if (sites.empty())
        return out;
    GeosContext& g = geos();
    const GEOSContextHandle_t h = g.handle();
    GeomPtr clipLonLat = g.fromWkb(clipWkb);
    if (!clipLonLat)
        return out;
    double cx = 0, cy = 0;
    for (const SitePoint& p : sites) {
        cx += p.lon;
        cy += p.lat;
    }
    cx /= sites.size();
    cy /= sites.size();
    Transformer utm(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:%1").arg(utmEpsgFor(cx, cy)));
    std::vector<double> xs(sites.size()), ys(sites.size());
    std::vector<GEOSGeometry*> pts;
    for (size_t i = 0; i < sites.size(); ++i) {
        xs[i] = sites[i].lon;
        ys[i] = sites[i].lat;
    }
    utm.forwardArray(xs.data(), ys.data(), xs.size());
    for (size_t i = 0; i < sites.size(); ++i)
        pts.push_back(GEOSGeom_createPointFromXY_r(h, xs[i], ys[i]));
    GeomPtr multi = g.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, pts.data(), static_cast<unsigned>(pts.size())));
    GeomPtr clip = utm.transform(g, clipLonLat.get());
    if (!clip || !multi)
        return out;
    if (GEOSisValid_r(h, clip.get()) != 1)
        clip = makeValidMultiPolygon(g, clip.get()).geom;
    if (!clip)
        return out;
    GeomPtr cells = g.own(GEOSVoronoiDiagram_r(h, multi.get(), clip.get(), 0.0, 0));
    if (!cells)
        return out;
    PreparedPtr prepClip = g.prepare(clip.get());
    const int n = GEOSGetNumGeometries_r(h, cells.get());
    std::vector<char> taken(sites.size(), 0);
    for (int c = 0; c < n; ++c) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(h, cells.get(), c);
        PreparedPtr prep = g.prepare(cell);
        // Voronoi cells come in no promised order (GEOS 3.11): find the site inside.
        int owner = -1;
        for (size_t i = 0; i < sites.size() && owner < 0; ++i)
            if (!taken[i] && GEOSPreparedIntersects_r(h, prep.get(), GEOSGetGeometryN_r(h, multi.get(), static_cast<int>(i))))
                owner = static_cast<int>(i);
        if (owner < 0)
            continue;
        taken[owner] = 1;
        if (!GEOSPreparedIntersects_r(h, prepClip.get(), cell))
            continue;
        GeomPtr clipped = g.own(GEOSIntersection_r(h, cell, clip.get()));
        GeomPtr poly = clipped ? polygonalParts(g, clipped.get()) : g.own(nullptr);
        if (!poly)
            continue;
        GeomPtr back = utm.transform(g, poly.get(), /*inverseDirection=*/true);
        if (back)
            out[owner] = g.toWkb(back.get());
    }
    return out;
}

} // namespace ps::analysis
