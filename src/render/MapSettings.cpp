#include "MapSettings.h"
#include "core/Geodesy.h"
#include "core/Locale.h"
#include "core/Project.h"
#include <QMutex>
#include <map>
#include <tuple>
#include "FeatureSet.h"
#include <cmath>

namespace ps::render {

QRectF MapSettings::visibleExtent() const
{
    if (extent.isEmpty() || outputSize.isEmpty())
        return extent;
    const double frameAspect = outputSize.width() / outputSize.height();
    const double extAspect = extent.width() / extent.height();
    QRectF r = extent;
    if (extAspect < frameAspect) {
        const double w = extent.height() * frameAspect;
        r.setLeft(extent.center().x() - w / 2);
        r.setWidth(w);
    } else {
        const double h = extent.width() / frameAspect;
        r.setTop(extent.center().y() - h / 2);
        r.setHeight(h);
    }
    return r;
}

double MapSettings::mapUnitsPerPixel() const
{
    const QRectF v = visibleExtent();
    return outputSize.width() > 0 ? v.width() / outputSize.width() : 1.0;
}

QTransform MapSettings::mapToPixel() const
{
    const QRectF v = visibleExtent();
    const double s = 1.0 / mapUnitsPerPixel();
    // x' = (x - left) * s ; y' = (top_north - y) * s, with top_north = v.bottom() (max y)
    return QTransform(s, 0, 0, -s, -v.left() * s, v.bottom() * s);
}

QPointF MapSettings::toPixel(const QPointF& map) const { return mapToPixel().map(map); }
QPointF MapSettings::toMap(const QPointF& pixel) const { return mapToPixel().inverted().map(pixel); }

QString crsForExtent(const QRectF& lonLat)
{
    const QPointF c = lonLat.center();
    if (lonLat.width() <= 8.0)
        return QStringLiteral("EPSG:%1").arg(ps::utmEpsgFor(c.x(), c.y()));
    return QString::fromLatin1(kWideCrs);
}

QString crsLabel(const QString& crs)
{
    bool ok = false;
    const int code = crs.section(QLatin1Char(':'), 1).toInt(&ok);
    if (ok && code > 32600 && code < 32661)
        return QStringLiteral("WGS 84 / UTM %1N").arg(code - 32600);
    if (ok && code > 32700 && code < 32761)
        return QStringLiteral("WGS 84 / UTM %1S").arg(code - 32700);
    if (crs == QLatin1String(kWideCrs))
        return ps::pick(QStringLiteral("Lambert silinder sama-luas (ESRI:54034)"),
                        QStringLiteral("Lambert cylindrical equal-area (ESRI:54034)"));
    if (code == 3395)
        return QStringLiteral("WGS 84 / World Mercator");
    if (code == 3857)
        return QStringLiteral("WGS 84 / Pseudo-Mercator");
    return crs;
}

namespace {

// Ground distances by CRS and the two map points, as measured with PROJ; the
// ones not yet in the project are `fresh`. Bounded: a desktop session pans
// through many frames, each with its own points.
struct GroundDistances {
    using Key = std::tuple<QString, double, double, double, double>;
    QMutex mutex;
    std::map<Key, double> known;
    std::map<Key, double> fresh;
    static constexpr size_t kMax = 4096;
};
GroundDistances& groundDistances()
{
    static GroundDistances d;
    return d;
}

// Geodesic metres between map points a and b of crs; NaN when PROJ cannot invert them.
double measuredDistance(const QString& crs, const QPointF& a, const QPointF& b)
{
    GroundDistances& d = groundDistances();
    const GroundDistances::Key key{crs, a.x(), a.y(), b.x(), b.y()};
    {
        QMutexLocker lock(&d.mutex);
        if (auto it = d.known.find(key); it != d.known.end())
            return it->second;
    }
    const ps::Transformer& t = lonLatTo(crs);
    double ax = a.x(), ay = a.y(), bx = b.x(), by = b.y();
    if (!t.inverse(ax, ay) || !t.inverse(bx, by))
        return std::nan("");
    const double m = ps::geodesicDistanceM(ax, ay, bx, by);
    QMutexLocker lock(&d.mutex);
    if (d.known.size() < GroundDistances::kMax) {
        d.known[key] = m;
        d.fresh[key] = m;
    }
    return m;
}

} // namespace

double groundMetresPerPixel(const MapSettings& s)
{
    const QPointF c(s.outputSize.width() / 2, s.outputSize.height() / 2);
    const double halfSpan = std::max(1.0, s.outputSize.width() / 10);
    QPointF a = s.toMap(c - QPointF(halfSpan, 0)), b = s.toMap(c + QPointF(halfSpan, 0));
    try {
        const double m = measuredDistance(s.crs, a, b);
        return std::isnan(m) ? s.mapUnitsPerPixel() : m / (2 * halfSpan);
    } catch (...) {
        return s.mapUnitsPerPixel();
    }
}

void loadGroundDistances(Project& project)
{
    if (!project.db().hasTable("ground_distance"))
        return;
    GroundDistances& d = groundDistances();
    auto st = project.db().prepare(
        QStringLiteral("SELECT crs, ax, ay, bx, by, metres FROM ground_distance LIMIT %1").arg(GroundDistances::kMax / 2));
    QMutexLocker lock(&d.mutex);
    while (st.step())
        d.known[{st.text(0), st.real(1), st.real(2), st.real(3), st.real(4)}] = st.real(5);
}

bool hasNewGroundDistances()
{
    GroundDistances& d = groundDistances();
    QMutexLocker lock(&d.mutex);
    return !d.fresh.empty();
}

void storeGroundDistances(Project& writable)
{
    Database& db = writable.db();
    if (!db.hasTable("ground_distance"))
        return;
    GroundDistances& d = groundDistances();
    QMutexLocker lock(&d.mutex);
    Transaction tx(db);
    auto write = db.prepare("INSERT OR REPLACE INTO ground_distance(crs, ax, ay, bx, by, metres) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto& [key, metres] : d.fresh) {
        write.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key));
        write.bind(4, std::get<3>(key)).bind(5, std::get<4>(key)).bind(6, metres);
        write.run();
        write.reset();
    }
    tx.commit();
    d.fresh.clear();
}

double niceScaleLength(double maxMetres)
{
    if (!(maxMetres > 0))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= maxMetres * (1 + 1e-9))
            return m * p;
    return p;
}

} // namespace ps::render
