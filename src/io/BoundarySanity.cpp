#include "BoundarySanity.h"
#include "core/Geodesy.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <cmath>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::BoundaryImporter", s); }

static bool within(const OGREnvelope& e, double minX, double maxX, double minY, double maxY)
{
    return std::isfinite(e.MinX) && std::isfinite(e.MaxX) && std::isfinite(e.MinY) && std::isfinite(e.MaxY) &&
           e.MinX >= minX && e.MaxX <= maxX && e.MinY >= minY && e.MaxY <= maxY;
}

static QString box(const OGREnvelope& e, const QString& x, const QString& y)
{
    auto f = [](double v) { return formatNumber(v, 4); };
    return QStringLiteral("%1 %2 – %3, %4 %5 – %6").arg(x, f(e.MinX), f(e.MaxX), y, f(e.MinY), f(e.MaxY));
}

QString boundaryExtentProblem(const OGREnvelope& lonLat, const OGREnvelope& source, bool projected, const QString& sourceCrs)
{
    if (within(lonLat, kIndonesiaMinLon, kIndonesiaMaxLon, kIndonesiaMinLat, kIndonesiaMaxLat))
        return {};
    const QString where = tr("koordinat (%1) di luar Indonesia").arg(box(lonLat, tr("bujur"), tr("lintang")));
    if (within(lonLat, kIndonesiaMinLat, kIndonesiaMaxLat, kIndonesiaMinLon, kIndonesiaMaxLon))
        return where + tr("; bujur dan lintang tampak tertukar (urutan sumbu). Simpan ulang berkas dengan urutan x = bujur, "
                          "y = lintang");
    if (projected && within(source, -180, 180, -90, 90))
        return where + tr("; angka di berkas (%1) tampak seperti derajat, padahal CRS berkas %2 memakai meter: label CRS "
                          "berkas salah. Tetapkan CRS yang benar (mis. EPSG:4326) lalu impor lagi").arg(box(source, QStringLiteral("x"), QStringLiteral("y")), sourceCrs);
    if (!projected && within(source, -1e8, 1e8, -1e8, 1e8) && (std::fabs(source.MaxX) > 1000 || std::fabs(source.MaxY) > 1000))
        return where + tr("; angka di berkas (%1) tampak seperti meter, padahal CRS berkas %2 memakai derajat: label CRS "
                          "berkas salah (mis. UTM 48S = EPSG:32748)").arg(box(source, QStringLiteral("x"), QStringLiteral("y")), sourceCrs);
    return where + tr("; periksa CRS berkas (%1) dan koordinatnya").arg(sourceCrs);
}

GeometryChange compareGeometry(GeosContext& g, const GEOSGeometry* stored, const GEOSGeometry* incoming)
{
    GeometryChange c;
    c.oldKm2 = geodesicAreaKm2(g, stored);
    c.newKm2 = geodesicAreaKm2(g, incoming);
    if (c.oldKm2 <= 0)
        return c;
    GeomPtr common = g.own(GEOSIntersection_r(g.handle(), stored, incoming));
    GeomPtr polygons = common ? polygonalParts(g, common.get()) : g.own(nullptr);
    const double overlap = polygons ? geodesicAreaKm2(g, polygons.get()) : 0.0;
    c.overlapShare = overlap / c.oldKm2;
    return c;
}

} // namespace ps::io
