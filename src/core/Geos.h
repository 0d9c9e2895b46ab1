#pragma once
#include <QByteArray>
#include <QString>
#include <geos_c.h>
#include <memory>

namespace ps {

// Owns a GEOSGeometry together with the context it was made in.
struct GeomDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSGeometry* g) const
    {
        if (g)
            GEOSGeom_destroy_r(ctx, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const
    {
        if (g)
            GEOSPreparedGeom_destroy_r(ctx, g);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// A GEOS reentrant context. GEOS objects never cross threads: use geos() to
// get the calling thread's own context.
class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return m_ctx; }
    QString lastError() const { return m_lastError; }

    GeomPtr own(GEOSGeometry* g) const { return GeomPtr(g, GeomDeleter{m_ctx}); }
    PreparedPtr prepare(const GEOSGeometry* g) const;
    GeomPtr fromWkb(const QByteArray& wkb) const;     // null on bad input
    QByteArray toWkb(const GEOSGeometry* g) const;     // ISO WKB, 2D
    GeomPtr point(double x, double y) const;
    GeomPtr clone(const GEOSGeometry* g) const { return own(GEOSGeom_clone_r(m_ctx, g)); }

private:
    static void onError(const char* message, void* userdata);
    GEOSContextHandle_t m_ctx;
    GEOSWKBReader* m_reader;
    GEOSWKBWriter* m_writer;
    QString m_lastError;
};

GeosContext& geos(); // the calling thread's context

// Result of making an area geometry valid for storage.
struct PolygonalRepair {
    GeomPtr geom;            // MultiPolygon, or null when nothing polygonal remains
    bool wasInvalid = false; // input failed GEOSisValid
    bool changedType = false;// lines/points were dropped while keeping polygonal parts
};

// GEOSMakeValid, keeping only the polygonal parts, always returned as a MultiPolygon.
PolygonalRepair makeValidMultiPolygon(GeosContext& g, const GEOSGeometry* in);

// Collects the polygonal parts of any geometry into a MultiPolygon (null when none).
GeomPtr polygonalParts(GeosContext& g, const GEOSGeometry* in);

} // namespace ps
