#include "Symbols.h"
#include "core/Locale.h"
#include <algorithm>
#include <cmath>

namespace ps::render {

SymbolStyle facilitySymbol(FacilityType t)
{
    switch (t) {
    case FacilityType::Puskesmas: return {SymbolShape::Cross, QColor(178, 24, 43), QColor(255, 255, 255), 11};
    case FacilityType::RumahSakit: return {SymbolShape::Square, QColor(84, 39, 143), QColor(255, 255, 255), 11};
    case FacilityType::Pustu: return {SymbolShape::Triangle, QColor(33, 102, 172), QColor(255, 255, 255), 8};
    case FacilityType::Poskesdes: return {SymbolShape::Diamond, QColor(1, 133, 113), QColor(255, 255, 255), 7};
    case FacilityType::Posyandu: return {SymbolShape::Circle, QColor(35, 35, 35), QColor(255, 255, 255), 4.5};
    }
    return {};
}

PointDrawing pointDensity(int count, double symbolPx, double dotPx, double areaPx2)
{
    if (count <= 0 || !(areaPx2 > 0))
        return {};
    const double cover = count * symbolPx * symbolPx / areaPx2;
    if (cover <= kSymbolCover)
        return {PointMode::Symbols, cover <= kSymbolCover / 2 ? 1.0 : 1.0 - 0.4 * (cover - kSymbolCover / 2) / (kSymbolCover / 2)};
    if (count * dotPx * dotPx / areaPx2 <= kDotCover)
        return {PointMode::Dots, 1.0};
    return {PointMode::Counts, 1.0};
}

SymbolStyle dotSymbol(const SymbolStyle& s) { return {SymbolShape::Circle, s.fill, QColor(Qt::transparent), kDotPt}; }

SymbolStyle densitySymbol(const SymbolStyle& full, const PointDrawing& how)
{
    SymbolStyle s = full;
    switch (how.mode) {
    case PointMode::Symbols:
        s.sizePt *= how.sizeFactor;
        break;
    case PointMode::Dots:
        s = dotSymbol(full);
        break;
    case PointMode::Counts:
        s.sizePt = std::min(s.sizePt, 7.0);
        break;
    }
    return s;
}

SymbolStyle estimatedSymbol(FacilityType t)
{
    SymbolStyle s = facilitySymbol(t);
    s.hollow = true;
    return s;
}

bool isEstimatedPlacement(const Facility& f)
{
    return f.status == FacilityStatus::Estimated ||
           (f.status == FacilityStatus::Manual && f.method.startsWith(QLatin1String("manual_desa")));
}

void drawSymbol(QPainter& p, const SymbolStyle& s, const QPointF& at, double pxPerPt)
{
    if (s.hollow) {
        // The full symbol, then a pale centre: a ring in the type's colour and shape.
        SymbolStyle ring = s;
        ring.hollow = false;
        drawSymbol(p, ring, at, pxPerPt);
        drawSymbol(p, {s.shape, QColor(255, 255, 255, 225), s.fill, s.sizePt * 0.55}, at, pxPerPt);
        return;
    }
    const double r = s.sizePt * pxPerPt / 2;
    const double w = std::max(1.0, 0.12 * s.sizePt * pxPerPt);
    if (s.stroke.alpha() == 0)
        p.setPen(Qt::NoPen);
    else
        p.setPen(QPen(s.stroke, w));
    p.setBrush(s.fill);
    switch (s.shape) {
    case SymbolShape::Circle: p.drawEllipse(at, r, r); break;
    case SymbolShape::Square: p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r)); break;
    case SymbolShape::Diamond: {
        const QPointF pts[] = {at + QPointF(0, -r * 1.2), at + QPointF(r * 1.2, 0), at + QPointF(0, r * 1.2), at + QPointF(-r * 1.2, 0)};
        p.drawPolygon(pts, 4);
        break;
    }
    case SymbolShape::Triangle: {
        const QPointF pts[] = {at + QPointF(0, -r * 1.15), at + QPointF(r * 1.1, r * 0.8), at + QPointF(-r * 1.1, r * 0.8)};
        p.drawPolygon(pts, 3);
        break;
    }
    case SymbolShape::Cross: {
        // A white cross on a coloured square: the usual sign for a health centre.
        p.drawRoundedRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), r * 0.2, r * 0.2);
        p.setPen(Qt::NoPen);
        p.setBrush(s.stroke);
        const double a = r * 0.62, b = r * 0.2;
        p.drawRect(QRectF(at.x() - a, at.y() - b, 2 * a, 2 * b));
        p.drawRect(QRectF(at.x() - b, at.y() - a, 2 * b, 2 * a));
        break;
    }
    }
}

void drawHatch(QPainter& p, const QPainterPath& area, const QColor& background, const QColor& lines, double spacingPx,
               double lineWidthPx)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawPath(area);
    p.setClipPath(area, Qt::IntersectClip);
    p.setPen(QPen(lines, lineWidthPx, Qt::SolidLine, Qt::FlatCap));
    const QRectF b = area.boundingRect();
    const double span = b.width() + b.height();
    const double start = std::floor((b.left() - b.height()) / spacingPx) * spacingPx;
    for (double x = start; x <= b.left() + span; x += spacingPx)
        p.drawLine(QPointF(x, b.bottom()), QPointF(x + b.height(), b.top()));
    p.restore();
}

void drawHaloText(QPainter& p, const QRectF& box, int flags, const QString& text, const QColor& color,
                  const QColor& halo, double haloPx)
{
    p.setPen(halo);
    const double d = haloPx, e = haloPx * 0.7071;
    const QPointF offsets[] = {{d, 0}, {-d, 0}, {0, d}, {0, -d}, {e, e}, {-e, e}, {e, -e}, {-e, -e}};
    for (const QPointF& o : offsets)
        p.drawText(box.translated(o), flags, text);
    p.setPen(color);
    p.drawText(box, flags, text);
}

PointMode applyPointDensity(PointLayer& layer, const QRectF& visible, double framePx2, double pxPerPt, CountScope scope,
                            int* countedCodeLength)
{
    if (!layer.countIn || layer.symbols.size() < 2)
        return PointMode::Symbols;
    int inView = 0;
    for (const PointFeature& f : layer.points)
        inView += visible.contains(f.map);
    const SymbolStyle full = layer.symbols[0];
    const PointDrawing how = pointDensity(inView, full.sizePt * pxPerPt, kDotPt * pxPerPt, framePx2);
    const SymbolStyle sym = densitySymbol(full, how);
    if (how.mode != PointMode::Counts) {
        // Estimated points keep their own (hollow) symbol, shrunk alike, or a hollow dot.
        SymbolStyle hollow = how.mode == PointMode::Symbols ? densitySymbol(layer.symbols[1], how) : sym;
        hollow.hollow = true;
        layer.symbols = {sym, hollow};
        layer.countIn.reset();
        layer.coarserCountIn.clear();
        layer.areaOf.clear();
        return how.mode;
    }
    // The finest level whose counts leave the frame readable: a count per
    // kecamatan of all Indonesia would cover it, a count per province does not.
    std::shared_ptr<const FeatureSet> in = layer.countIn;
    for (const std::shared_ptr<const FeatureSet>& coarse : layer.coarserCountIn) {
        int areasInView = 0;
        for (const ProjectedFeature& f : in->features())
            areasInView += visible.contains(f.interiorPoint);
        // A count is its symbol and its number beside it: about twice the symbol's width and height.
        if (!coarse || coarse->size() == 0 ||
            pointDensity(areasInView, 2 * sym.sizePt * pxPerPt, kDotPt * pxPerPt, framePx2).mode == PointMode::Symbols)
            break;
        const AreaIndex coarseIndex(*coarse);
        std::vector<int> up(static_cast<size_t>(in->size()));
        for (size_t a = 0; a < up.size(); ++a)
            up[a] = coarseIndex.of(in->features()[a].code);
        for (int& k : layer.areaOf)
            if (k >= 0)
                k = up[static_cast<size_t>(k)];
        in = coarse;
    }
    const std::vector<ProjectedFeature>& areas = in->features();
    if (countedCodeLength && !areas.empty())
        *countedCodeLength = static_cast<int>(areas.front().code.size());
    std::vector<int> counts(areas.size(), 0);
    for (size_t i = 0; i < layer.points.size() && i < layer.areaOf.size(); ++i)
        if (layer.areaOf[i] >= 0 && (scope == CountScope::WholeArea || visible.contains(layer.points[i].map)))
            ++counts[static_cast<size_t>(layer.areaOf[i])];
    layer.points.clear();
    layer.labels.clear();
    for (size_t a = 0; a < areas.size(); ++a)
        if (counts[a] > 0 && visible.contains(areas[a].interiorPoint)) {
            layer.points.push_back({areas[a].interiorPoint, 0});
            layer.labels.push_back(ps::formatNumber(counts[a], 0));
        }
    layer.symbols = {sym};
    layer.labelPriority = std::max(layer.labelPriority, 3);
    layer.countIn.reset();
    layer.coarserCountIn.clear();
    layer.areaOf.clear();
    return how.mode;
}

} // namespace ps::render
