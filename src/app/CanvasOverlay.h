#pragma once
#include "core/Types.h"
#include "render/MapSettings.h"
#include <QPainter>
#include <map>
#include <set>
#include <vector>

namespace ps::app {

// What the canvas paints over the rendered map, in widget pixels: the
// uncertainty circle of estimated points and the reach circle of facilities
// (of the selected facility always; of every facility in view when zoomed in),
// and the map furniture (scale bar, north arrow). Kept apart from MapCanvas,
// whose job is scheduling renders.
class CanvasOverlay {
public:
    struct Point {
        qint64 id = 0;
        QPointF map;            // map units (metres of the map's UTM zone)
        double reachM = 0;      // service reach of its type
        double uncertaintyM = 0;   // > 0 for estimated points
        bool estimated = false;
        FacilityType type = FacilityType::Posyandu;
    };
    void setPoints(std::vector<Point> points) { m_points = std::move(points); }
    // The types whose layer is on: the others' circles only for the selected one.
    void setShownTypes(std::set<FacilityType> types) { m_shown = std::move(types); }
    void setSelected(qint64 id) { m_selected = id; }
    qint64 selected() const { return m_selected; }
    void setFurniture(bool on) { m_furniture = on; }
    void setNorthLabel(const QString& l) { m_northLabel = l; }
    // Circles for every point in view below this many metres per pixel.
    static constexpr double kZoomedInMetresPerPixel = 25;
    // Uncertainty circles of unselected estimates only closer in (desa scale).
    static constexpr double kUncertaintyMetresPerPixel = 8;

    // `view` is the canvas's MapSettings with outputSize in widget pixels.
    void paint(QPainter& p, const ps::render::MapSettings& view, double pxPerPt) const;

private:
    std::vector<Point> m_points;
    std::set<FacilityType> m_shown;
    qint64 m_selected = 0;
    bool m_furniture = true;
    QString m_northLabel = QStringLiteral("U");
};

} // namespace ps::app
