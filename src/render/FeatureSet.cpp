#include "FeatureSet.h"
#include "MapSettings.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ps::render {

namespace {

void appendRing(GEOSContextHandle_t h, const GEOSGeometry* ring, ProjectedFeature& f)
{
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    if (n < 3)
        return;
    const size_t at = f.xy.size();
    f.xy.resize(at + 2 * n);
    GEOSCoordSeq_copyToBuffer_r(h, seq, f.xy.data() + at, 0, 0);
    f.ringStarts.push_back(static_cast<int>(at / 2));
}

void appendPolygon(GEOSContextHandle_t h, const GEOSGeometry* poly, ProjectedFeature& f)
{
    appendRing(h, GEOSGetExteriorRing_r(h, poly), f);
    const int holes = GEOSGetNumInteriorRings_r(h, poly);
    for (int i = 0; i < holes; ++i)
        appendRing(h, GEOSGetInteriorRingN_r(h, poly, i), f);
}

void collect(GEOSContextHandle_t h, const GEOSGeometry* g, ProjectedFeature& f)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        appendPolygon(h, g, f);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collect(h, GEOSGetGeometryN_r(h, g, i), f);
    }
}

// A hole left by a dissolve is a sliver (a gap between neighbours in a
// simplified boundary file), not a real enclave, when it is tiny next to its
// shell or long and thin (isoperimetric ratio 4πA/P² well below a circle's 1).
bool isSliverHole(GEOSContextHandle_t h, const GEOSGeometry* hole, double shellArea)
{
    GEOSGeometry* ring = GEOSGeom_clone_r(h, hole);
    GEOSGeometry* poly = GEOSGeom_createPolygon_r(h, ring, nullptr, 0);
    if (!poly)
        return false;
    double area = 0, perimeter = 0;
    GEOSArea_r(h, poly, &area);
    GEOSLength_r(h, poly, &perimeter);
    GEOSGeom_destroy_r(h, poly);
    const double compactness = perimeter > 0 ? 4 * M_PI * area / (perimeter * perimeter) : 0;
    return area < 0.002 * shellArea || compactness < 0.15;
}

// The polygons of g with their sliver holes filled.
GeomPtr withoutSliverHoles(GeosContext& g, const GEOSGeometry* in)
{
    const GEOSContextHandle_t h = g.handle();
    std::vector<GEOSGeometry*> polys;
    const int n = GEOSGetNumGeometries_r(h, in);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* poly = GEOSGetGeometryN_r(h, in, i);
        if (GEOSGeomTypeId_r(h, poly) != GEOS_POLYGON)
            continue;
        GEOSGeometry* shell = GEOSGeom_clone_r(h, GEOSGetExteriorRing_r(h, poly));
        double shellArea = 0;
        {
            GEOSGeometry* tmp = GEOSGeom_createPolygon_r(h, GEOSGeom_clone_r(h, shell), nullptr, 0);
            GEOSArea_r(h, tmp, &shellArea);
            GEOSGeom_destroy_r(h, tmp);
        }
        std::vector<GEOSGeometry*> holes;
        for (int k = 0; k < GEOSGetNumInteriorRings_r(h, poly); ++k) {
            const GEOSGeometry* hole = GEOSGetInteriorRingN_r(h, poly, k);
            if (!isSliverHole(h, hole, shellArea))
                holes.push_back(GEOSGeom_clone_r(h, hole));
        }
        polys.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())));
    }
    if (polys.empty())
        return g.own(nullptr);
    return g.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys.data(), static_cast<unsigned>(polys.size())));
}

} // namespace

QString lonLatPipeline(const QString& crs)
{
    const QString start = QStringLiteral("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step ");
    if (crs == QLatin1String(kWideCrs))
        return start + QStringLiteral("+proj=cea +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84");
    bool ok = false;
    const int code = crs.startsWith(QLatin1String("EPSG:")) ? crs.mid(5).toInt(&ok) : 0;
    if (ok && code > 32600 && code < 32661)
        return start + QStringLiteral("+proj=utm +zone=%1 +ellps=WGS84").arg(code - 32600);
    if (ok && code > 32700 && code < 32761)
        return start + QStringLiteral("+proj=utm +zone=%1 +south +ellps=WGS84").arg(code - 32700);
    return {};
}

const ps::Transformer& lonLatTo(const QString& crs)
{
    // Creating a PROJ transformation from a CRS pair costs tens of milliseconds
    // (database look-ups); a map builds several feature sets in the same CRS.
    thread_local std::map<QString, std::unique_ptr<ps::Transformer>> cache;
    auto& slot = cache[crs];
    if (!slot) {
        const QString pipeline = lonLatPipeline(crs);
        slot = pipeline.isEmpty() ? std::make_unique<ps::Transformer>(QStringLiteral("EPSG:4326"), crs)
                                  : ps::Transformer::fromPipeline(pipeline);
    }
    return *slot;
}

std::shared_ptr<const FeatureSet> FeatureSet::project(const std::vector<LonLatPolygon>& in, const QString& crs)
{
    auto set = std::make_shared<FeatureSet>();
    set->m_crs = crs;
    if (in.empty())
        return set;   // (no PROJ for nothing: a national map's empty context layer)
    GeosContext& g = geos();
    const GEOSContextHandle_t h = g.handle();
    const ps::Transformer& t = lonLatTo(crs);
    set->m_features.reserve(in.size());
    for (const LonLatPolygon& p : in) {
        GeomPtr geom = g.fromWkb(p.wkb);
        if (!geom)
            continue;
        // No GEOSNormalize: every fill uses the odd-even rule, which needs no ring order.
        ProjectedFeature f;
        f.code = p.code;
        f.name = p.name;
        collect(h, geom.get(), f);
        if (f.ringStarts.empty())
            continue;
        f.ringStarts.push_back(static_cast<int>(f.xy.size() / 2));
        const size_t n = f.xy.size() / 2;
        // proj_trans_generic on the interleaved buffer: stride of two doubles.
        std::vector<double> xs(n), ys(n);
        for (size_t i = 0; i < n; ++i) {
            xs[i] = f.xy[2 * i];
            ys[i] = f.xy[2 * i + 1];
        }
        t.forwardArray(xs.data(), ys.data(), n);
        double minX = std::numeric_limits<double>::max(), minY = minX, maxX = -minX, maxY = -minX;
        for (size_t i = 0; i < n; ++i) {
            f.xy[2 * i] = xs[i];
            f.xy[2 * i + 1] = ys[i];
            minX = std::min(minX, xs[i]);
            maxX = std::max(maxX, xs[i]);
            minY = std::min(minY, ys[i]);
            maxY = std::max(maxY, ys[i]);
        }
        f.bbox = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        if (GeomPtr pos = g.own(GEOSPointOnSurface_r(h, geom.get()))) {
            double x = 0, y = 0;
            GEOSGeomGetX_r(h, pos.get(), &x);
            GEOSGeomGetY_r(h, pos.get(), &y);
            t.forward(x, y);
            f.interiorPoint = QPointF(x, y);
        } else {
            f.interiorPoint = f.bbox.center();
        }
        // Relative size for label priority: lon/lat area is good enough to rank.
        double a = 0;
        if (GEOSArea_r(h, geom.get(), &a))
            f.area = a;
        set->m_extent = set->m_extent.isNull() ? f.bbox : set->m_extent.united(f.bbox);
        set->m_features.push_back(std::move(f));
    }
    return set;
}

std::shared_ptr<const FeatureSet> FeatureSet::fromAreas(const std::vector<AdminArea>& areas, const QString& crs)
{
    std::vector<LonLatPolygon> in;
    in.reserve(areas.size());
    for (const AdminArea& a : areas)
        in.push_back({a.code, a.name, a.wkb});
    return project(in, crs);
}

std::shared_ptr<const FeatureSet> FeatureSet::fromLonLat(std::vector<ProjectedFeature> lonLat, const QString& crs)
{
    auto set = std::make_shared<FeatureSet>();
    set->m_crs = crs;
    const ps::Transformer& t = lonLatTo(crs);
    size_t total = 0;
    for (const ProjectedFeature& f : lonLat)
        total += f.xy.size() / 2 + 5;
    // One PROJ call for every vertex, interior point and box corner of the set.
    std::vector<double> xs, ys;
    xs.reserve(total);
    ys.reserve(total);
    for (const ProjectedFeature& f : lonLat) {
        for (size_t i = 0; i < f.xy.size(); i += 2) {
            xs.push_back(f.xy[i]);
            ys.push_back(f.xy[i + 1]);
        }
        const QRectF& b = f.bbox;
        for (const QPointF& p : {f.interiorPoint, b.topLeft(), b.topRight(), b.bottomLeft(), b.bottomRight()}) {
            xs.push_back(p.x());
            ys.push_back(p.y());
        }
    }
    t.forwardArray(xs.data(), ys.data(), xs.size());
    size_t k = 0;
    for (ProjectedFeature& f : lonLat) {
        const size_t n = f.xy.size() / 2;
        double minX = std::numeric_limits<double>::max(), minY = minX, maxX = -minX, maxY = -minX;
        auto grow = [&](double x, double y) {
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        };
        for (size_t i = 0; i < n; ++i, ++k) {
            f.xy[2 * i] = xs[k];
            f.xy[2 * i + 1] = ys[k];
            grow(xs[k], ys[k]);
        }
        f.interiorPoint = QPointF(xs[k], ys[k]);
        ++k;
        // The full outline's box too: the frame holds every area as at full detail.
        for (int c = 0; c < 4; ++c, ++k)
            grow(xs[k], ys[k]);
        f.bbox = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        set->m_extent = set->m_extent.isNull() ? f.bbox : set->m_extent.united(f.bbox);
    }
    set->m_features = std::move(lonLat);
    return set;
}

std::shared_ptr<const FeatureSet> FeatureSet::fromProjected(std::vector<ProjectedFeature> projected, const QString& crs)
{
    auto set = std::make_shared<FeatureSet>();
    set->m_crs = crs;
    for (const ProjectedFeature& f : projected)
        set->m_extent = set->m_extent.isNull() ? f.bbox : set->m_extent.united(f.bbox);
    set->m_features = std::move(projected);
    return set;
}

AreaIndex::AreaIndex(const FeatureSet& areas)
{
    m_index.reserve(areas.size());
    for (int i = 0; i < areas.size(); ++i)
        m_index.insert(areas.features()[static_cast<size_t>(i)].code, i);
    if (areas.size() > 0)
        m_length = static_cast<int>(areas.features().front().code.size());
}

int FeatureSet::indexOf(const QString& code) const
{
    for (int i = 0; i < size(); ++i)
        if (m_features[i].code == code)
            return i;
    return -1;
}

qint64 FeatureSet::vertexCount() const
{
    qint64 n = 0;
    for (const auto& f : m_features)
        n += static_cast<qint64>(f.xy.size() / 2);
    return n;
}

QByteArray unionLonLat(const std::vector<QByteArray>& wkbs)
{
    GeosContext& g = geos();
    const GEOSContextHandle_t h = g.handle();
    std::vector<GEOSGeometry*> parts;
    for (const QByteArray& w : wkbs) {
        GeomPtr p = g.fromWkb(w);
        if (!p)
            continue;
        const int n = GEOSGetNumGeometries_r(h, p.get());
        for (int i = 0; i < n; ++i)
            parts.push_back(GEOSGeom_clone_r(h, GEOSGetGeometryN_r(h, p.get(), i)));
    }
    if (parts.empty())
        return {};
    GeomPtr coll = g.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                     static_cast<unsigned>(parts.size())));
    GeomPtr u = g.own(GEOSCoverageUnion_r(h, coll.get()));
    // A coverage union of a dirty coverage (overlaps, slivers) can leave internal
    // edges or fail; the full overlay union is slower but always clean.
    if (!u || GEOSisValid_r(h, u.get()) != 1)
        u = g.own(GEOSUnaryUnion_r(h, coll.get()));
    if (!u)
        return {};
    GeomPtr poly = polygonalParts(g, u.get());
    if (!poly)
        return {};
    // Slivers between the parts come out of the union as holes: an outline
    // drawn from them would show stray line pieces inside the district.
    GeomPtr clean = withoutSliverHoles(g, poly.get());
    return clean ? g.toWkb(clean.get()) : g.toWkb(poly.get());
}

QRectF lonLatExtent(const std::vector<QByteArray>& wkbs)
{
    GeosContext& g = geos();
    const GEOSContextHandle_t h = g.handle();
    QRectF r;
    for (const QByteArray& w : wkbs) {
        GeomPtr p = g.fromWkb(w);
        if (!p || GEOSisEmpty_r(h, p.get()))
            continue;
        double x0, y0, x1, y1;
        GEOSGeom_getXMin_r(h, p.get(), &x0);
        GEOSGeom_getYMin_r(h, p.get(), &y0);
        GEOSGeom_getXMax_r(h, p.get(), &x1);
        GEOSGeom_getYMax_r(h, p.get(), &y1);
        const QRectF b(QPointF(x0, y0), QPointF(x1, y1));
        r = r.isNull() ? b : r.united(b);
    }
    return r;
}

} // namespace ps::render
