#include "Gazetteer.h"
#include "core/Geodesy.h"
#include "core/Project.h"
#include <cmath>
#include <limits>

namespace ps::geocode {

// Spatial indexes (one over desa, one over kecamatan) and lazily prepared desa geometries.
struct Gazetteer::Index {
    GEOSContextHandle_t ctx = nullptr;
    GEOSSTRtree* desaTree = nullptr;
    GEOSSTRtree* kecTree = nullptr;
    mutable std::vector<PreparedPtr> prepared;
    ~Index()
    {
        if (desaTree)
            GEOSSTRtree_destroy_r(ctx, desaTree);
        if (kecTree)
            GEOSSTRtree_destroy_r(ctx, kecTree);
    }
};

static Place makePlace(const AdminArea& a)
{
    Place p;
    p.code = a.code;
    p.name = a.name;
    p.parentCode = a.parentCode;
    p.level = a.level;
    p.key = normalizeName(a.name, a.level == AdminLevel::Kecamatan ? NameKind::Kecamatan : NameKind::Desa);
    p.compact = compactName(p.key);
    p.numbers = nameNumbers(p.key);
    if (!a.wkb.isEmpty())
        p.geom = geos().fromWkb(a.wkb);
    return p;
}

Gazetteer Gazetteer::fromProject(Project& project, const QString& codePrefix)
{
    return Gazetteer(project.areas(AdminLevel::Kecamatan, true, codePrefix),
                     project.areas(AdminLevel::Desa, true, codePrefix));
}

static void addEnvelope(QRectF& extent, GeosContext& g, const GEOSGeometry* geom)
{
    double minX, minY, maxX, maxY;
    if (!GEOSGeom_getXMin_r(g.handle(), geom, &minX) || !GEOSGeom_getYMin_r(g.handle(), geom, &minY) ||
        !GEOSGeom_getXMax_r(g.handle(), geom, &maxX) || !GEOSGeom_getYMax_r(g.handle(), geom, &maxY))
        return;
    const QRectF r(QPointF(minX, minY), QPointF(maxX, maxY));
    extent = extent.isNull() ? r : extent.united(r);
}

Gazetteer::Gazetteer(const std::vector<AdminArea>& kecamatan, const std::vector<AdminArea>& desa)
    : m_index(std::make_unique<Index>())
{
    GeosContext& g = geos();
    m_index->ctx = g.handle();
    m_index->desaTree = GEOSSTRtree_create_r(g.handle(), 10);
    m_index->kecTree = GEOSSTRtree_create_r(g.handle(), 10);
    for (const AdminArea& a : kecamatan) {
        m_kecByCode.insert(a.code, static_cast<int>(m_kecamatan.size()));
        m_allKecamatan.push_back(static_cast<int>(m_kecamatan.size()));
        m_kecamatan.push_back(makePlace(a));
        m_kecByCompact[m_kecamatan.back().compact].push_back(m_allKecamatan.back());
    }
    m_desaOfKec.resize(m_kecamatan.size());
    for (const AdminArea& a : desa) {
        const int i = static_cast<int>(m_desa.size());
        m_desaByCode.insert(a.code, i);
        m_allDesa.push_back(i);
        m_desa.push_back(makePlace(a));
        m_desaByCompact[m_desa.back().compact].push_back(i);
        const int k = kecamatanIndex(a.parentCode);
        if (k >= 0)
            m_desaOfKec[k].push_back(i);
    }
    // Item pointers carry the index into m_desa / m_kecamatan (+1, so none is null).
    for (size_t i = 0; i < m_desa.size(); ++i)
        if (m_desa[i].geom) {
            GEOSSTRtree_insert_r(g.handle(), m_index->desaTree, m_desa[i].geom.get(), reinterpret_cast<void*>(i + 1));
            addEnvelope(m_extent, g, m_desa[i].geom.get());
        }
    for (size_t i = 0; i < m_kecamatan.size(); ++i)
        if (m_kecamatan[i].geom) {
            GEOSSTRtree_insert_r(g.handle(), m_index->kecTree, m_kecamatan[i].geom.get(), reinterpret_cast<void*>(i + 1));
            addEnvelope(m_extent, g, m_kecamatan[i].geom.get());
        }
    m_index->prepared.resize(m_desa.size());
}

Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;

const std::vector<int>& Gazetteer::desaOf(int kecamatanIndex) const
{
    static const std::vector<int> none;
    if (kecamatanIndex < 0 || kecamatanIndex >= static_cast<int>(m_desaOfKec.size()))
        return none;
    return m_desaOfKec[kecamatanIndex];
}

const GEOSPreparedGeometry* Gazetteer::prepared(int i) const
{
    PreparedPtr& p = m_index->prepared[i];
    if (!p && m_desa[i].geom)
        p = geos().prepare(m_desa[i].geom.get());
    return p.get();
}

bool Gazetteer::desaContains(int i, double lon, double lat) const
{
    if (i < 0 || i >= static_cast<int>(m_desa.size()) || !m_desa[i].geom)
        return false;
    GeosContext& g = geos();
    GeomPtr pt = g.point(lon, lat);
    return GEOSPreparedIntersects_r(g.handle(), prepared(i), pt.get()) == 1;
}

static void collect(void* item, void* userdata)
{
    static_cast<std::vector<int>*>(userdata)->push_back(static_cast<int>(reinterpret_cast<size_t>(item)) - 1);
}

std::optional<int> Gazetteer::desaAt(double lon, double lat) const
{
    GeosContext& g = geos();
    GeomPtr pt = g.point(lon, lat);
    std::vector<int> hits;
    GEOSSTRtree_query_r(g.handle(), m_index->desaTree, pt.get(), collect, &hits);
    for (int i : hits)
        if (desaContains(i, lon, lat))
            return i;
    return std::nullopt;
}

// Geodesic distance from a point to a geometry, through the nearest point GEOS finds in degrees.
static double distanceM(GeosContext& g, const GEOSGeometry* geom, double lon, double lat)
{
    GeomPtr pt = g.point(lon, lat);
    GEOSCoordSequence* seq = GEOSNearestPoints_r(g.handle(), geom, pt.get());
    if (!seq)
        return std::numeric_limits<double>::infinity();
    double x = lon, y = lat;
    GEOSCoordSeq_getXY_r(g.handle(), seq, 0, &x, &y);
    GEOSCoordSeq_destroy_r(g.handle(), seq);
    return geodesicDistanceM(lon, lat, x, y);
}

double Gazetteer::distanceToDesaM(int i, double lon, double lat) const
{
    if (i < 0 || i >= static_cast<int>(m_desa.size()) || !m_desa[i].geom)
        return std::numeric_limits<double>::infinity();
    if (desaContains(i, lon, lat))
        return 0.0;
    return distanceM(geos(), m_desa[i].geom.get(), lon, lat);
}

double Gazetteer::distanceToKecamatanM(int i, double lon, double lat) const
{
    if (i < 0 || i >= static_cast<int>(m_kecamatan.size()) || !m_kecamatan[i].geom)
        return std::numeric_limits<double>::infinity();
    return distanceM(geos(), m_kecamatan[i].geom.get(), lon, lat);
}

double Gazetteer::distanceToCoverageM(double lon, double lat, double searchM) const
{
    GeosContext& g = geos();
    // A search box of searchM around the point (1° of latitude ≈ 111 km).
    const double dLat = searchM / 111000.0;
    const double dLon = dLat / std::max(0.1, std::cos(lat * M_PI / 180.0));
    GeomPtr box = g.own(GEOSGeom_createRectangle_r(g.handle(), lon - dLon, lat - dLat, lon + dLon, lat + dLat));
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> hits;
    GEOSSTRtree_query_r(g.handle(), m_index->desaTree, box.get(), collect, &hits);
    for (int i : hits) {
        best = std::min(best, distanceToDesaM(i, lon, lat));
        if (best == 0.0)
            return 0.0;
    }
    hits.clear();
    GEOSSTRtree_query_r(g.handle(), m_index->kecTree, box.get(), collect, &hits);
    for (int i : hits)
        best = std::min(best, distanceM(g, m_kecamatan[i].geom.get(), lon, lat));
    return best <= searchM ? best : std::numeric_limits<double>::infinity();
}

} // namespace ps::geocode
