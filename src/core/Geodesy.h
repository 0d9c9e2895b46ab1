#pragma once
#include "Geos.h"
#include <QString>
#include <memory>

typedef struct pj_ctx PJ_CONTEXT;
typedef struct PJconsts PJ;

namespace ps {

// Area on the WGS 84 ellipsoid (PROJ's geodesic routines) of a polygon or
// multipolygon whose coordinates are lon/lat degrees, in km².
double geodesicAreaKm2(GeosContext& g, const GEOSGeometry* lonLatPolygonal);

// Ellipsoidal distance in metres between two lon/lat points.
double geodesicDistanceM(double lon1, double lat1, double lon2, double lat2);

// EPSG code of the UTM zone (WGS 84) containing lon/lat: 326zz north, 327zz south.
int utmEpsgFor(double lon, double lat);

// A PROJ coordinate operation with x = easting/longitude, y = northing/latitude
// on both sides, whatever the CRS's axis order. Not shared between threads.
class Transformer {
public:
    Transformer(const QString& sourceCrs, const QString& targetCrs); // "EPSG:4326", WKT, PROJ strings
    // The operation a PROJ pipeline string names ("+proj=pipeline +step ..."),
    // without the CRS look-ups in PROJ's database that a CRS pair costs.
    static std::unique_ptr<Transformer> fromPipeline(const QString& pipeline);
    ~Transformer();
    Transformer(const Transformer&) = delete;
    Transformer& operator=(const Transformer&) = delete;

    bool forward(double& x, double& y) const;   // false when the point cannot be transformed
    bool inverse(double& x, double& y) const;
    void forwardArray(double* x, double* y, size_t n) const;
    // Transforms every coordinate of a geometry (forward or inverse); returns a new geometry.
    GeomPtr transform(GeosContext& g, const GEOSGeometry* in, bool inverseDirection = false) const;

private:
    Transformer() = default;
    PJ_CONTEXT* m_ctx = nullptr;
    PJ* m_pj = nullptr;
};

} // namespace ps
