#include "Geos.h"
#include <vector>

namespace ps {

GeosContext::GeosContext()
{
    m_ctx = GEOS_init_r();
    GEOSContext_setErrorMessageHandler_r(m_ctx, &GeosContext::onError, this);
    m_reader = GEOSWKBReader_create_r(m_ctx);
    m_writer = GEOSWKBWriter_create_r(m_ctx);
    GEOSWKBWriter_setOutputDimension_r(m_ctx, m_writer, 2);
    GEOSWKBWriter_setByteOrder_r(m_ctx, m_writer, GEOS_WKB_NDR);
}

GeosContext::~GeosContext()
{
    GEOSWKBReader_destroy_r(m_ctx, m_reader);
    GEOSWKBWriter_destroy_r(m_ctx, m_writer);
    GEOS_finish_r(m_ctx);
}

void GeosContext::onError(const char* message, void* userdata)
{
    static_cast<GeosContext*>(userdata)->m_lastError = QString::fromUtf8(message);
}

PreparedPtr GeosContext::prepare(const GEOSGeometry* g) const
{
    return PreparedPtr(GEOSPrepare_r(m_ctx, g), PreparedDeleter{m_ctx});
}

GeomPtr GeosContext::fromWkb(const QByteArray& wkb) const
{
    if (wkb.isEmpty())
        return own(nullptr);
    return own(GEOSWKBReader_read_r(m_ctx, m_reader,
                                    reinterpret_cast<const unsigned char*>(wkb.constData()),
                                    static_cast<size_t>(wkb.size())));
}

QByteArray GeosContext::toWkb(const GEOSGeometry* g) const
{
    size_t size = 0;
    unsigned char* buf = GEOSWKBWriter_write_r(m_ctx, m_writer, g, &size);
    if (!buf)
        return {};
    QByteArray out(reinterpret_cast<const char*>(buf), static_cast<qsizetype>(size));
    GEOSFree_r(m_ctx, buf);
    return out;
}

GeomPtr GeosContext::point(double x, double y) const
{
    return own(GEOSGeom_createPointFromXY_r(m_ctx, x, y));
}

GeosContext& geos()
{
    thread_local GeosContext ctx;
    return ctx;
}

static void collectPolygons(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<GEOSGeometry*>& out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(h, g))
            out.push_back(GEOSGeom_clone_r(h, g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}

GeomPtr polygonalParts(GeosContext& g, const GEOSGeometry* in)
{
    std::vector<GEOSGeometry*> polys;
    collectPolygons(g.handle(), in, polys);
    if (polys.empty())
        return g.own(nullptr);
    return g.own(GEOSGeom_createCollection_r(g.handle(), GEOS_MULTIPOLYGON, polys.data(),
                                             static_cast<unsigned>(polys.size())));
}

static bool hasNonPolygonal(GEOSContextHandle_t h, const GEOSGeometry* g)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return false;
    if (type != GEOS_GEOMETRYCOLLECTION)
        return !GEOSisEmpty_r(h, g);
    const int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i)
        if (hasNonPolygonal(h, GEOSGetGeometryN_r(h, g, i)))
            return true;
    return false;
}

PolygonalRepair makeValidMultiPolygon(GeosContext& g, const GEOSGeometry* in)
{
    PolygonalRepair r{g.own(nullptr), false, false};
    if (!in)
        return r;
    const GEOSContextHandle_t h = g.handle();
    if (GEOSisValid_r(h, in) == 1) {
        r.geom = polygonalParts(g, in);
        return r;
    }
    r.wasInvalid = true;
    // "structure" keeps every ring's area the way a person drew it; GEOS 3.10+.
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(h);
    GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0);
    GeomPtr fixed = g.own(GEOSMakeValidWithParams_r(h, in, params));
    GEOSMakeValidParams_destroy_r(h, params);
    if (!fixed)
        fixed = g.own(GEOSMakeValid_r(h, in));
    if (!fixed)
        return r;
    r.changedType = hasNonPolygonal(h, fixed.get());
    r.geom = polygonalParts(g, fixed.get());
    return r;
}

} // namespace ps
