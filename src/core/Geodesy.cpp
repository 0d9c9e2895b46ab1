#include "Geodesy.h"
#include "Error.h"
#include "ProjLib.h"
#include <cmath>
#include <vector>

namespace ps {

static const geod_geodesic& wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic gg;
        projLib().geod_init(&gg, 6378137.0, 1.0 / 298.257223563);
        return gg;
    }();
    return g;
}

static double ringArea(GEOSContextHandle_t h, const GEOSGeometry* ring)
{
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    if (n < 4)
        return 0.0;
    std::vector<double> lon(n), lat(n);
    for (unsigned int i = 0; i < n; ++i) {
        GEOSCoordSeq_getXY_r(h, seq, i, &lon[i], &lat[i]);
    }
    double area = 0, perimeter = 0;
    // The closing vertex repeats the first one; geod_polygonarea closes rings itself.
    projLib().geod_polygonarea(&wgs84(), lat.data(), lon.data(), static_cast<int>(n - 1), &area, &perimeter);
    return std::fabs(area);
}

static double polygonArea(GEOSContextHandle_t h, const GEOSGeometry* poly)
{
    double a = ringArea(h, GEOSGetExteriorRing_r(h, poly));
    const int holes = GEOSGetNumInteriorRings_r(h, poly);
    for (int i = 0; i < holes; ++i)
        a -= ringArea(h, GEOSGetInteriorRingN_r(h, poly, i));
    return a;
}

double geodesicAreaKm2(GeosContext& g, const GEOSGeometry* geom)
{
    if (!geom)
        return 0.0;
    const GEOSContextHandle_t h = g.handle();
    const int type = GEOSGeomTypeId_r(h, geom);
    double m2 = 0.0;
    if (type == GEOS_POLYGON) {
        m2 = polygonArea(h, geom);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, geom);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(h, geom, i);
            if (GEOSGeomTypeId_r(h, part) == GEOS_POLYGON)
                m2 += polygonArea(h, part);
        }
    }
    return m2 / 1e6;
}

double geodesicDistanceM(double lon1, double lat1, double lon2, double lat2)
{
    double s12 = 0, azi1 = 0, azi2 = 0;
    projLib().geod_inverse(&wgs84(), lat1, lon1, lat2, lon2, &s12, &azi1, &azi2);
    return s12;
}

int utmEpsgFor(double lon, double lat)
{
    int zone = static_cast<int>(std::floor((lon + 180.0) / 6.0)) + 1;
    zone = std::clamp(zone, 1, 60);
    return (lat >= 0 ? 32600 : 32700) + zone;
}

Transformer::Transformer(const QString& sourceCrs, const QString& targetCrs)
{
    const ProjLib& proj = projLib();
    m_ctx = proj.context_create();
    PJ* raw = proj.create_crs_to_crs(m_ctx, sourceCrs.toUtf8().constData(),
                                     targetCrs.toUtf8().constData(), nullptr);
    if (raw) {
        m_pj = proj.normalize_for_visualization(m_ctx, raw);
        proj.destroy(raw);
    }
    if (!m_pj) {
        const QString why = QString::fromUtf8(proj.context_errno_string(m_ctx, proj.context_errno(m_ctx)));
        proj.context_destroy(m_ctx);
        throw Error(QStringLiteral("PROJ: tidak dapat membuat transformasi %1 -> %2: %3")
                        .arg(sourceCrs.left(60), targetCrs.left(60), why));
    }
}

std::unique_ptr<Transformer> Transformer::fromPipeline(const QString& pipeline)
{
    const ProjLib& proj = projLib();
    std::unique_ptr<Transformer> t(new Transformer());
    t->m_ctx = proj.context_create();
    t->m_pj = proj.create(t->m_ctx, pipeline.toUtf8().constData());
    if (!t->m_pj)
        throw Error(QStringLiteral("PROJ: tidak dapat membuat transformasi %1: %2")
                        .arg(pipeline.left(120), QString::fromUtf8(proj.context_errno_string(t->m_ctx, proj.context_errno(t->m_ctx)))));
    return t;
}

Transformer::~Transformer()
{
    const ProjLib& proj = projLib();
    proj.destroy(m_pj);
    proj.context_destroy(m_ctx);
}

static bool apply(PJ* pj, PJ_DIRECTION dir, double& x, double& y)
{
    const ProjLib& proj = projLib();
    PJ_COORD c = proj.coord(x, y, 0, 0);
    c = proj.trans(pj, dir, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || c.xy.x == HUGE_VAL)
        return false;
    x = c.xy.x;
    y = c.xy.y;
    return true;
}

bool Transformer::forward(double& x, double& y) const { return apply(m_pj, PJ_FWD, x, y); }
bool Transformer::inverse(double& x, double& y) const { return apply(m_pj, PJ_INV, x, y); }

void Transformer::forwardArray(double* x, double* y, size_t n) const
{
    projLib().trans_generic(m_pj, PJ_FWD, x, sizeof(double), n, y, sizeof(double), n, nullptr, 0, 0, nullptr, 0, 0);
}

namespace {
struct TransformData {
    PJ* pj;
    PJ_DIRECTION dir;
};
int transformCallback(double* x, double* y, void* userdata)
{
    auto* d = static_cast<TransformData*>(userdata);
    return apply(d->pj, d->dir, *x, *y) ? 1 : 0;
}
} // namespace

GeomPtr Transformer::transform(GeosContext& g, const GEOSGeometry* in, bool inverseDirection) const
{
    TransformData d{m_pj, inverseDirection ? PJ_INV : PJ_FWD};
    return g.own(GEOSGeom_transformXY_r(g.handle(), in, &transformCallback, &d));
}

} // namespace ps
