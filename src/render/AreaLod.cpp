#include "AreaLod.h"
#include "core/Geos.h"
#include "core/Project.h"
#include <cmath>
#include <cstring>
#include <limits>

namespace ps::render {

namespace {

// "desa" means every village-level unit, desa and kelurahan alike (as Project::areas).
QString levelClause(AdminLevel level)
{
    if (level == AdminLevel::Desa || level == AdminLevel::Kelurahan)
        return QStringLiteral("a.level IN ('desa','kelurahan')");
    return QStringLiteral("a.level = '%1'").arg(levelName(level));
}

const char* kPrefixClause = " AND (a.code = ?2 OR a.code LIKE ?2 || '.%')";

// The outlines of the areas of `level` under ?2 joined with a cache table
// (`join`, aliased l), ordered by code as Project::areas.
QString outlineQuery(const QString& join, AdminLevel level, const QString& codePrefix)
{
    QString sql = QStringLiteral("SELECT a.code, a.name, l.ix, l.iy, l.area, l.minx, l.miny, l.maxx, l.maxy, l.rings "
                                 "FROM admin_area a LEFT JOIN ") +
                  join + QStringLiteral(" WHERE ") + levelClause(level);
    if (!codePrefix.isEmpty())
        sql += QLatin1String(kPrefixClause);
    return sql + QStringLiteral(" ORDER BY a.code");
}

// Its rows as features; nullopt when an area has no row (or a damaged one).
std::optional<std::vector<ProjectedFeature>> readOutlines(Statement& st)
{
    std::vector<ProjectedFeature> out;
    while (st.step()) {
        if (st.isNull(9))
            return std::nullopt;   // not in the cache yet: the caller reads or makes them otherwise
        ProjectedFeature f;
        f.code = st.text(0);
        f.name = st.text(1);
        f.interiorPoint = QPointF(st.real(2), st.real(3));
        f.area = st.real(4);
        f.bbox = QRectF(QPointF(st.real(5), st.real(6)), QPointF(st.real(7), st.real(8)));
        if (!unpackRings(st.blob(9), f.xy, f.ringStarts))
            return std::nullopt;
        out.push_back(std::move(f));
    }
    return out;
}

// The rings of a (multi)polygon, flat, as FeatureSet keeps them.
void collectRings(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<double>& xy, std::vector<int>& starts)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0, n = GEOSGetNumGeometries_r(h, g); i < n; ++i)
            collectRings(h, GEOSGetGeometryN_r(h, g, i), xy, starts);
        return;
    }
    if (type != GEOS_POLYGON)
        return;
    auto ring = [&](const GEOSGeometry* r) {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, r);
        unsigned int n = 0;
        GEOSCoordSeq_getSize_r(h, seq, &n);
        if (n < 3)
            return;
        const size_t at = xy.size();
        xy.resize(at + 2 * n);
        GEOSCoordSeq_copyToBuffer_r(h, seq, xy.data() + at, 0, 0);
        starts.push_back(static_cast<int>(at / 2));
    };
    ring(GEOSGetExteriorRing_r(h, g));
    for (int i = 0, n = GEOSGetNumInteriorRings_r(h, g); i < n; ++i)
        ring(GEOSGetInteriorRingN_r(h, g, i));
}

// Drops the rings smaller than tol across (islands and holes under half a
// pixel of the maps this tolerance serves: most of Indonesia's 17,000 islands
// on a national map), keeping the largest ring so no area vanishes.
void dropTinyRings(std::vector<double>& xy, std::vector<int>& starts, double tol)
{
    const int rings = static_cast<int>(starts.size()) - 1;
    std::vector<double> size(static_cast<size_t>(std::max(rings, 0)));
    int largest = 0;
    for (int r = 0; r < rings; ++r) {
        double x0 = xy[2 * starts[r]], x1 = x0, y0 = xy[2 * starts[r] + 1], y1 = y0;
        for (int i = starts[r] + 1; i < starts[r + 1]; ++i) {
            x0 = std::min(x0, xy[2 * i]);
            x1 = std::max(x1, xy[2 * i]);
            y0 = std::min(y0, xy[2 * i + 1]);
            y1 = std::max(y1, xy[2 * i + 1]);
        }
        size[r] = std::max(x1 - x0, y1 - y0);
        if (size[r] > size[largest])
            largest = r;
    }
    std::vector<double> keptXy;
    std::vector<int> keptStarts;
    for (int r = 0; r < rings; ++r) {
        if (size[r] < tol && r != largest)
            continue;
        keptStarts.push_back(static_cast<int>(keptXy.size() / 2));
        keptXy.insert(keptXy.end(), xy.begin() + 2 * starts[r], xy.begin() + 2 * starts[r + 1]);
    }
    keptStarts.push_back(static_cast<int>(keptXy.size() / 2));
    xy.swap(keptXy);
    starts.swap(keptStarts);
}

} // namespace

std::optional<double> lodTolerance(const QRectF& ext, const QSizeF& pixels)
{
    if (ext.isEmpty() || pixels.width() <= 0 || pixels.height() <= 0)
        return std::nullopt;
    // The map fits both sides into its frame, so a pixel covers at least this much.
    const double degPerPx = std::max(ext.width() / pixels.width(), ext.height() / pixels.height());
    for (double tol : kLodTolerancesDeg)
        if (tol <= 0.5 * degPerPx)
            return tol;
    return std::nullopt;
}

QByteArray packRings(const std::vector<double>& xy, const std::vector<int>& ringStarts)
{
    const std::int32_t rings = static_cast<std::int32_t>(ringStarts.size()) - 1;
    QByteArray out;
    if (rings < 1)
        return out;
    out.resize(static_cast<qsizetype>(sizeof(std::int32_t) * (1 + ringStarts.size()) + sizeof(double) * xy.size()));
    char* p = out.data();
    std::memcpy(p, &rings, sizeof rings);
    p += sizeof rings;
    for (int s : ringStarts) {
        const std::int32_t v = s;
        std::memcpy(p, &v, sizeof v);
        p += sizeof v;
    }
    std::memcpy(p, xy.data(), sizeof(double) * xy.size());
    return out;
}

bool unpackRings(const QByteArray& blob, std::vector<double>& xy, std::vector<int>& ringStarts)
{
    const size_t size = static_cast<size_t>(blob.size());
    std::int32_t rings = 0;
    if (size < sizeof rings)
        return false;
    std::memcpy(&rings, blob.constData(), sizeof rings);
    const size_t head = sizeof(std::int32_t) * (2 + static_cast<size_t>(std::max(rings, 0)));
    if (rings < 1 || head > size)
        return false;
    ringStarts.resize(static_cast<size_t>(rings) + 1);
    std::vector<std::int32_t> raw(ringStarts.size());
    std::memcpy(raw.data(), blob.constData() + sizeof rings, sizeof(std::int32_t) * raw.size());
    const std::int32_t vertices = raw.back();
    if (raw.front() != 0 || vertices < 3 || head + sizeof(double) * 2 * static_cast<size_t>(vertices) != size)
        return false;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (i > 0 && raw[i] <= raw[i - 1])
            return false;
        ringStarts[i] = raw[i];
    }
    xy.resize(2 * static_cast<size_t>(vertices));
    std::memcpy(xy.data(), blob.constData() + head, sizeof(double) * xy.size());
    return true;
}

bool hasAreaLod(Project& project) { return project.db().hasTable("area_lod"); }

int missingAreaLod(Project& project)
{
    if (!hasAreaLod(project))
        return 0;
    auto st = project.db().prepare(QStringLiteral("SELECT count(*) FROM admin_area a WHERE "
                                                  "(SELECT count(*) FROM area_lod l WHERE l.code = a.code) < %1")
                                       .arg(std::size(kLodTolerancesDeg)));
    return st.step() ? static_cast<int>(st.int64(0)) : 0;
}

int updateAreaLod(Project& project)
{
    if (!hasAreaLod(project))
        return 0;
    Database& db = project.db();
    Transaction tx(db);
    auto read = db.prepare(QStringLiteral("SELECT a.code, AsBinary(a.geom) FROM admin_area a WHERE "
                                          "(SELECT count(*) FROM area_lod l WHERE l.code = a.code) < %1")
                               .arg(std::size(kLodTolerancesDeg)));
    auto write = db.prepare("INSERT OR REPLACE INTO area_lod(code, tolerance, ix, iy, area, minx, miny, maxx, maxy, rings) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    GeosContext& g = geos();
    const GEOSContextHandle_t h = g.handle();
    int done = 0;
    while (read.step()) {
        const QString code = read.text(0);
        GeomPtr geom = g.fromWkb(read.blob(1));
        if (!geom || GEOSisEmpty_r(h, geom.get()))
            continue;
        // Interior point, area and box of the full outline: labels, ranking and
        // the frame stay what they are at full detail.
        double ix = 0, iy = 0, area = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (GeomPtr pos = g.own(GEOSPointOnSurface_r(h, geom.get()))) {
            GEOSGeomGetX_r(h, pos.get(), &ix);
            GEOSGeomGetY_r(h, pos.get(), &iy);
        }
        GEOSArea_r(h, geom.get(), &area);
        GEOSGeom_getXMin_r(h, geom.get(), &x0);
        GEOSGeom_getYMin_r(h, geom.get(), &y0);
        GEOSGeom_getXMax_r(h, geom.get(), &x1);
        GEOSGeom_getYMax_r(h, geom.get(), &y1);
        for (double tol : kLodTolerancesDeg) {
            // Topology preserving: no ring collapses, so a small island keeps
            // its few vertices and is still seen.
            GeomPtr simple = g.own(GEOSTopologyPreserveSimplify_r(h, geom.get(), tol));
            std::vector<double> xy;
            std::vector<int> starts;
            collectRings(h, simple ? simple.get() : geom.get(), xy, starts);
            if (starts.empty())
                collectRings(h, geom.get(), xy, starts);
            if (starts.empty())
                continue;
            starts.push_back(static_cast<int>(xy.size() / 2));
            dropTinyRings(xy, starts, tol);
            write.bind(1, code).bind(2, tol).bind(3, ix).bind(4, iy).bind(5, area);
            write.bind(6, x0).bind(7, y0).bind(8, x1).bind(9, y1).bindBlob(10, packRings(xy, starts));
            write.run();
            write.reset();
        }
        ++done;
    }
    tx.commit();
    return done;
}

std::optional<std::vector<ProjectedFeature>> readAreaLod(Project& project, AdminLevel level, const QString& codePrefix,
                                                          double tol)
{
    if (!hasAreaLod(project))
        return std::nullopt;
    auto st = project.db().prepare(outlineQuery(QStringLiteral("area_lod l ON l.code = a.code AND l.tolerance = ?1"), level, codePrefix));
    st.bind(1, tol);
    if (!codePrefix.isEmpty())
        st.bind(2, codePrefix);
    return readOutlines(st);
}

std::optional<std::vector<ProjectedFeature>> readProjectedLod(Project& project, AdminLevel level, const QString& codePrefix,
                                                               double tol, const QString& crs)
{
    if (!project.db().hasTable("area_lod_projected"))
        return std::nullopt;
    auto st = project.db().prepare(
        outlineQuery(QStringLiteral("area_lod_projected l ON l.crs = ?3 AND l.tolerance = ?1 AND l.code = a.code"), level, codePrefix));
    st.bind(1, tol);
    st.bind(2, codePrefix);
    st.bind(3, crs);
    return readOutlines(st);
}

void storeProjectedLod(Project& project, double tol, const FeatureSet& projected)
{
    Database& db = project.db();
    if (!db.hasTable("area_lod_projected"))
        return;
    Transaction tx(db);
    auto write = db.prepare("INSERT OR REPLACE INTO area_lod_projected(crs, tolerance, code, ix, iy, area, minx, miny, maxx, maxy, rings) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (const ProjectedFeature& f : projected.features()) {
        write.bind(1, projected.crs()).bind(2, tol).bind(3, f.code).bind(4, f.interiorPoint.x()).bind(5, f.interiorPoint.y());
        write.bind(6, f.area).bind(7, f.bbox.left()).bind(8, f.bbox.top()).bind(9, f.bbox.right()).bind(10, f.bbox.bottom());
        write.bindBlob(11, packRings(f.xy, f.ringStarts));
        write.run();
        write.reset();
    }
    tx.commit();
}

QRectF areaLodExtent(Project& project, const QString& codePrefix, double tol)
{
    if (!hasAreaLod(project))
        return {};
    QString sql = QStringLiteral("SELECT count(*), count(l.code), min(l.minx), min(l.miny), max(l.maxx), max(l.maxy) "
                                 "FROM admin_area a LEFT JOIN area_lod l ON l.code = a.code AND l.tolerance = ?1");
    if (!codePrefix.isEmpty())
        sql += QStringLiteral(" WHERE 1=1") + QLatin1String(kPrefixClause);
    auto st = project.db().prepare(sql);
    st.bind(1, tol);
    if (!codePrefix.isEmpty())
        st.bind(2, codePrefix);
    if (!st.step() || st.int64(0) == 0 || st.int64(0) != st.int64(1))
        return {};
    return QRectF(QPointF(st.real(2), st.real(3)), QPointF(st.real(4), st.real(5)));
}

} // namespace ps::render
