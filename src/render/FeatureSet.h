#pragma once
#include "core/Geodesy.h"
#include "core/Types.h"
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

namespace ps::render {

// One polygonal feature, already projected to map units. Rings are stored flat
// (x,y pairs) so a frame only multiplies and adds: no SQLite, GEOS or PROJ work
// happens while drawing.
struct ProjectedFeature {
    QString code, name;
    QRectF bbox;                    // map units
    std::vector<double> xy;         // x0,y0,x1,y1,... of every ring
    std::vector<int> ringStarts;    // vertex index where each ring starts (plus an end sentinel)
    QPointF interiorPoint;          // GEOSPointOnSurface, map units: labels and hit tests
    double area = 0;                // map units², label priority
    int rings() const { return static_cast<int>(ringStarts.size()) - 1; }
};

// Input: a polygonal geometry in lon/lat (EPSG:4326) as WKB.
struct LonLatPolygon {
    QString code, name;
    QByteArray wkb;
};

// An immutable set of projected features. Built once (per project and CRS) and
// shared between frames and threads through shared_ptr<const FeatureSet>.
class FeatureSet {
public:
    // Projects every geometry with PROJ; skips empty/unreadable ones. Uses the
    // calling thread's GEOS context.
    static std::shared_ptr<const FeatureSet> project(const std::vector<LonLatPolygon>& in, const QString& crs);
    static std::shared_ptr<const FeatureSet> fromAreas(const std::vector<AdminArea>& areas, const QString& crs);
    // Features already flat in lon/lat (the generalized outlines of AreaLod:
    // xy, interior point and bbox in degrees), projected in place: no GEOS work.
    static std::shared_ptr<const FeatureSet> fromLonLat(std::vector<ProjectedFeature> lonLat, const QString& crs);
    // Features already in the map units of crs (a set fromLonLat made, kept in the
    // project: AreaLod's readProjectedLod): no PROJ work.
    static std::shared_ptr<const FeatureSet> fromProjected(std::vector<ProjectedFeature> projected, const QString& crs);

    const std::vector<ProjectedFeature>& features() const { return m_features; }
    int size() const { return static_cast<int>(m_features.size()); }
    int indexOf(const QString& code) const;      // -1 when absent
    QRectF extent() const { return m_extent; }   // map units
    QString crs() const { return m_crs; }
    qint64 vertexCount() const;

private:
    std::vector<ProjectedFeature> m_features;
    QRectF m_extent;
    QString m_crs;
};

// The areas of a FeatureSet by code, for counting points per area
// (PointLayer::areaOf): all codes of a set have one length (8 kecamatan, 5
// kabupaten, 2 provinsi), and a finer code falls in the area its prefix names.
class AreaIndex {
public:
    explicit AreaIndex(const FeatureSet& areas);
    int codeLength() const { return m_length; }
    // The area holding `code` (its own or a finer level's), -1 when none.
    int of(const QString& code) const { return m_index.value(code.left(m_length), -1); }
    // A facility's area: by its desa code, else its kecamatan code.
    int of(const Facility& f) const { return of(f.desaCode.size() >= m_length ? f.desaCode : f.kecamatanCode); }

private:
    QHash<QString, int> m_index;
    int m_length = 0;
};

// The calling thread's transformation from lon/lat (EPSG:4326) to crs, created
// once per thread and CRS.
const ps::Transformer& lonLatTo(const QString& crs);

// The PROJ pipeline from lon/lat to the CRSs maps are drawn in (kWideCrs, WGS 84
// UTM zones): the operation proj_create_crs_to_crs chooses for them (tested),
// written out so that lonLatTo needs no CRS look-up in PROJ's database. Empty
// for other CRSs.
QString lonLatPipeline(const QString& crs);

// The union of lon/lat polygons (e.g. a kabupaten outline built from its
// kecamatan when no kabupaten polygon is stored), as WKB in lon/lat.
// GEOSCoverageUnion first (fast for edge-matched coverages), GEOSUnaryUnion
// when the coverage is not clean. Empty when nothing is polygonal.
QByteArray unionLonLat(const std::vector<QByteArray>& wkbs);

// Bounding box (lon/lat) of WKB geometries.
QRectF lonLatExtent(const std::vector<QByteArray>& wkbs);

} // namespace ps::render
