#include "CanvasOverlay.h"
#include "render/Layout.h"

namespace ps::app {

void CanvasOverlay::paint(QPainter& p, const ps::render::MapSettings& view, double pxPerPt) const
{
    const double mpp = view.mapUnitsPerPixel();
    if (mpp > 0 && !m_points.empty()) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        const bool zoomedIn = mpp < kZoomedInMetresPerPixel;
        const QRectF ext = view.visibleExtent();
        // Reach: solid for surveyed points, dashed and pale for estimated ones
        // (their true place may be kilometres away, so their reach is a guess).
        const QPen surveyedReach(QColor(26, 120, 60, 190), 1.2);
        QPen estimatedReach(QColor(26, 120, 60, 110), 1.2, Qt::DashLine);
        QPen uncertainty(QColor(217, 95, 2, 200), 1.5, Qt::DashDotLine);
        for (const Point& pt : m_points) {
            const bool selected = pt.id == m_selected;
            if (!selected && (!zoomedIn || !m_shown.count(pt.type)))
                continue;
            const double r = std::max(pt.reachM, pt.uncertaintyM);
            if (!selected && !ext.adjusted(-r, -r, r, r).contains(pt.map))
                continue;
            const QPointF c = view.toPixel(pt.map);
            if (pt.reachM > 0) {
                p.setPen(pt.estimated ? estimatedReach : surveyedReach);
                p.setBrush(selected ? QBrush(QColor(26, 152, 80, pt.estimated ? 18 : 35)) : QBrush(Qt::NoBrush));
                p.drawEllipse(c, pt.reachM / mpp, pt.reachM / mpp);
            }
            // Uncertainty: the selected estimate's; when zoomed in further, every
            // estimate whose point is in view (fewer, larger circles than reaches).
            const bool showUncertainty = selected || (mpp < kUncertaintyMetresPerPixel && ext.contains(pt.map));
            if (pt.estimated && pt.uncertaintyM > 0 && showUncertainty) {
                uncertainty.setWidthF(selected ? 2.2 : 1.2);
                p.setPen(uncertainty);
                p.setBrush(selected ? QBrush(QColor(217, 95, 2, 22)) : QBrush(Qt::NoBrush));
                p.drawEllipse(c, pt.uncertaintyM / mpp, pt.uncertaintyM / mpp);
            }
        }
        p.restore();
    }
    if (m_furniture && !view.extent.isEmpty())
        ps::render::paintMapFurniture(p, view, QRectF(QPointF(0, 0), view.outputSize), pxPerPt, m_northLabel);
}

} // namespace ps::app
