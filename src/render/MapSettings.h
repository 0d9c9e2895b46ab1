#pragma once
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>

namespace ps {
class Project;
}

namespace ps::render {

// What part of the world a map frame shows and at which size: the "what to
// draw" half of the engine, with no data in it. Copyable, cheap, thread-safe.
struct MapSettings {
    QString crs;          // destination CRS ("EPSG:32748"); map units are its metres
    QRectF extent;        // wanted extent in map units (x east, y north)
    QSizeF outputSize;    // frame size in device pixels
    double dpi = 144.0;   // device pixels per inch: symbol and text sizes are in points

    double pxPerPt() const { return dpi / 72.0; }
    // The extent actually shown: `extent` grown on one axis to the frame's aspect ratio.
    QRectF visibleExtent() const;
    double mapUnitsPerPixel() const;
    // Map units -> frame pixels (origin top-left, y down).
    QTransform mapToPixel() const;
    QPointF toPixel(const QPointF& map) const;
    QPointF toMap(const QPointF& pixel) const;
};

// The CRS to draw an extent (lon/lat degrees) in, so maps are never drawn in raw
// degrees. Rule: when the extent fits one UTM zone's neighbourhood (at most 8°
// of longitude, i.e. the zone plus one degree either side, where UTM scale error
// stays under ~0.1 %), use the UTM zone of its centre; wider extents (a province
// across zones, all of Indonesia: 95°–141° E) use Lambert's cylindrical
// equal-area projection (ESRI:54034, standard parallel 0°). A choropleth compares
// areas, so they keep their true proportions; Indonesia lies within 11° of the
// equator, where its shapes stay within ~2 % of true (cos 11° = 0.98), and a
// cylindrical projection keeps the 46° of longitude a straight, wide strip that
// fills a 16:9 slide. The source line names it (crsLabel). The scale bar is
// always measured geodesically at the map centre, so it stays true.
inline constexpr const char* kWideCrs = "ESRI:54034";
QString crsForExtent(const QRectF& lonLat);

// A human name for the CRS, for the source line ("WGS 84 / UTM zona 48S").
QString crsLabel(const QString& crs);

// Metres on the ground per frame pixel, measured geodesically across the
// centre of the frame (horizontal direction).
double groundMetresPerPixel(const MapSettings& s);

// The distances groundMetresPerPixel measured with PROJ, kept in the project
// (table ground_distance, schema 11) so that the next map of the same frame
// reads its scale bar instead of loading PROJ: load them before drawing, store
// the ones measured since (hasNewGroundDistances) into a writable connection.
void loadGroundDistances(Project& project);
bool hasNewGroundDistances();
void storeGroundDistances(Project& writable);

// Scale bar length: the largest "nice" distance (1, 2, 5 × 10^n metres) not
// longer than maxMetres.
double niceScaleLength(double maxMetres);

} // namespace ps::render
