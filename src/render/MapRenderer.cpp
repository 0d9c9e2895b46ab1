#include "MapRenderer.h"
#include "Symbols.h"
#include "core/Progress.h"
#include <QFontMetricsF>
#include <QImage>
#include <QThread>
#include <thread>
#include <cstdlib>
#ifdef __linux__
#include <sys/mman.h>
#endif
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace ps::render {

namespace {

// Map -> pixel as plain numbers (faster than QTransform per vertex).
struct Affine {
    double s, ox, oy;
    explicit Affine(const MapSettings& ms)
    {
        const QRectF v = ms.visibleExtent();
        s = 1.0 / ms.mapUnitsPerPixel();
        ox = -v.left() * s;
        oy = v.bottom() * s;
    }
    double x(double mx) const { return mx * s + ox; }
    double y(double my) const { return oy - my * s; }
};

// Appends the feature's rings to `path`, projected to pixels, dropping vertices
// within tol of the last kept one. Tiny rings keep a triangle so that small
// areas still show as a speck of colour instead of vanishing.
qint64 appendFeature(QPainterPath& path, const ProjectedFeature& f, const Affine& a, double tol, QPolygonF& buf)
{
    const double tol2 = tol * tol;
    qint64 kept = 0;
    for (int r = 0; r < f.rings(); ++r) {
        const int b = f.ringStarts[r], e = f.ringStarts[r + 1];
        buf.resize(0);
        double lx = a.x(f.xy[2 * b]), ly = a.y(f.xy[2 * b + 1]);
        buf.append(QPointF(lx, ly));
        for (int i = b + 1; i < e; ++i) {
            const double x = a.x(f.xy[2 * i]), y = a.y(f.xy[2 * i + 1]);
            const double dx = x - lx, dy = y - ly;
            if (dx * dx + dy * dy < tol2 && i != e - 1)
                continue;
            buf.append(QPointF(x, y));
            lx = x;
            ly = y;
        }
        if (buf.size() < 4 && e - b >= 4) {
            buf.resize(0);
            for (int i : {b, b + (e - b) / 3, b + 2 * (e - b) / 3, e - 1})
                buf.append(QPointF(a.x(f.xy[2 * i]), a.y(f.xy[2 * i + 1])));
        }
        kept += buf.size();
        path.addPolygon(buf);
        path.closeSubpath();
    }
    return kept;
}

// The same as appendFeature, into flat pixel buffers: pts gets the vertices,
// ringEnds the end index of each ring.
qint64 appendRings(std::vector<QPointF>& pts, std::vector<int>& ringEnds, const ProjectedFeature& f, const Affine& a, double tol)
{
    const double tol2 = tol * tol;
    const size_t before = pts.size();
    for (int r = 0; r < f.rings(); ++r) {
        const int b = f.ringStarts[r], e = f.ringStarts[r + 1];
        const size_t start = pts.size();
        double lx = a.x(f.xy[2 * b]), ly = a.y(f.xy[2 * b + 1]);
        pts.emplace_back(lx, ly);
        for (int i = b + 1; i < e; ++i) {
            const double x = a.x(f.xy[2 * i]), y = a.y(f.xy[2 * i + 1]);
            const double dx = x - lx, dy = y - ly;
            if (dx * dx + dy * dy < tol2 && i != e - 1)
                continue;
            pts.emplace_back(x, y);
            lx = x;
            ly = y;
        }
        if (pts.size() - start < 4 && e - b >= 4) {
            pts.resize(start);
            for (int i : {b, b + (e - b) / 3, b + 2 * (e - b) / 3, e - 1})
                pts.emplace_back(a.x(f.xy[2 * i]), a.y(f.xy[2 * i + 1]));
        }
        ringEnds.push_back(static_cast<int>(pts.size()));
    }
    return static_cast<qint64>(pts.size() - before);
}

// Features smaller than this (device pixels across) are drawn as one pixel.
constexpr double kSpeckPx = 1.5;
// Outlines up to this width are drawn as the 1-pixel cosmetic line.
constexpr double kCosmeticMaxPx = 1.5;
// Outlines up to this width (the 1-point province and kabupaten lines of a
// 144-dpi slide) are the cosmetic line drawn four times, shifted by half the
// extra width left, right, up and down: a line (w - 1) * 0.71 to w pixels wide
// with the joins of the 1-pixel line. Qt's general stroker, which a wider pen
// takes, cost more than all the fills of a national map put together.
constexpr double kShiftedCosmeticMaxPx = 2.5;

// The rings [ringBegin, ringEnd) of one drawn feature and its layer's full outline width.
struct Outline {
    int ringBegin, ringEnd;
    double fullWidthPx;
    bool bySize;
    double minSizePx = 0;   // rings smaller on screen get no outline
};

// Boundary lines of a level above (a layer without fills) are left out where
// their rings are smaller than this: there the areas below are only a few
// pixels each, and a line of the level above would cover them (Java's
// kabupaten on a national kecamatan map).
constexpr double kBoundaryMinSizePx = 30;

// Strokes the outlines grouped by width: hairlines (under a pixel) as Qt's fast
// cosmetic 1-pixel line with the colour's opacity scaled to the width, wider
// ones with a bevel-joined pen (round joins cost far more and look the same at
// these widths). Features without an outline (width 0) are skipped.
void strokeOutlines(QPainter& p, const QColor& colour, const std::vector<QPointF>& pts, const std::vector<int>& ringEnds,
                    const std::vector<Outline>& outlined, bool shiftedOk)
{
    std::map<int, QPainterPath> byWidth;   // key: width in quarter pixels
    for (const Outline& o : outlined) {
        int b = o.ringBegin > 0 ? ringEnds[o.ringBegin - 1] : 0;
        for (int r = o.ringBegin; r < o.ringEnd; b = ringEnds[r], ++r) {
            // Each ring by its own size: the small islands of a large area get
            // the thin line (or none) that their size calls for.
            double x0 = pts[b].x(), x1 = x0, y0 = pts[b].y(), y1 = y0;
            for (int k = b + 1; k < ringEnds[r]; ++k) {
                x0 = std::min(x0, pts[k].x());
                x1 = std::max(x1, pts[k].x());
                y0 = std::min(y0, pts[k].y());
                y1 = std::max(y1, pts[k].y());
            }
            const double size = std::max(x1 - x0, y1 - y0);
            if (o.bySize && size < o.minSizePx)
                continue;
            const double w = o.bySize ? outlineWidthPx(o.fullWidthPx, size) : o.fullWidthPx;
            if (w <= 0)
                continue;
            QPainterPath& path = byWidth[std::max(1, static_cast<int>(std::lround(w * 4)))];
            path.addPolygon(QPolygonF(QList<QPointF>(pts.begin() + b, pts.begin() + ringEnds[r])));
            path.closeSubpath();
        }
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    for (const auto& [quarters, path] : byWidth) {
        const double w = quarters / 4.0;
        QColor c = colour;
        if (w < 1.0)
            c.setAlphaF(static_cast<float>(colour.alphaF() * w));
        // Up to 1.5 px the 1-pixel cosmetic line (Qt's fast path); a wide pen
        // goes through the general stroker, many times slower per vertex.
        const bool cosmetic = w <= kCosmeticMaxPx, shifted = shiftedOk && !cosmetic && w <= kShiftedCosmeticMaxPx;
        QPen pen(c, cosmetic || shifted ? 1.0 : w);
        pen.setJoinStyle(Qt::BevelJoin);
        pen.setCosmetic(cosmetic || shifted);
        p.setPen(pen);
        if (!shifted) {
            p.drawPath(path);
            continue;
        }
        const double h = (w - 1.0) / 2;
        for (const QPointF d : {QPointF(-h, 0), QPointF(h, 0), QPointF(0, -h), QPointF(0, h)}) {
            p.translate(d);
            p.drawPath(path);
            p.translate(-d);
        }
    }
}

struct LabelCandidate {
    int priority;
    double area;
    QString text;
    QPointF anchor;
    QRectF featureBox;   // pixels
    double sizePt;
    bool bold;
    double besidePx = 0;   // > 0: a point label, placed beside a symbol of this radius
    const ProjectedFeature* feature = nullptr;   // area labels: where a moved label must stay
    const SymbolStyle* marker = nullptr;         // point labels of PointLayer::onlyWithLabel: drawn with the label
};

// A coarse grid of placed label boxes, so collision checks stay cheap with
// thousands of candidates.
class LabelGrid {
public:
    explicit LabelGrid(double cell) : m_cell(cell) {}
    bool collides(const QRectF& r) const
    {
        bool hit = false;
        forCells(r, [&](qint64 key) {
            auto it = m_cells.find(key);
            if (it == m_cells.end())
                return;
            for (int i : it->second)
                if (m_boxes[i].intersects(r))
                    hit = true;
        });
        return hit;
    }
    void add(const QRectF& r)
    {
        const int id = static_cast<int>(m_boxes.size());
        m_boxes.push_back(r);
        forCells(r, [&](qint64 key) { m_cells[key].push_back(id); });
    }

private:
    template<class F> void forCells(const QRectF& r, F f) const
    {
        const int x0 = static_cast<int>(std::floor(r.left() / m_cell)), x1 = static_cast<int>(std::floor(r.right() / m_cell));
        const int y0 = static_cast<int>(std::floor(r.top() / m_cell)), y1 = static_cast<int>(std::floor(r.bottom() / m_cell));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f((static_cast<qint64>(y) << 32) ^ static_cast<quint32>(x));
    }
    double m_cell;
    std::vector<QRectF> m_boxes;
    std::unordered_map<qint64, std::vector<int>> m_cells;
};

} // namespace

QImage largeImage(const QSize& size, QImage::Format format)
{
#ifdef __linux__
    const qsizetype bpl = size.width() * 4;
    const size_t bytes = static_cast<size_t>(bpl) * static_cast<size_t>(std::max(0, size.height()));
    constexpr size_t kHuge = 2u << 20;
    void* mem = nullptr;
    if (QImage::toPixelFormat(format).bitsPerPixel() == 32 && bytes >= kHuge &&
        posix_memalign(&mem, kHuge, (bytes + kHuge - 1) / kHuge * kHuge) == 0) {
        madvise(mem, (bytes + kHuge - 1) / kHuge * kHuge, MADV_HUGEPAGE);
        return QImage(static_cast<uchar*>(mem), size.width(), size.height(), bpl, format, [](void* p) { std::free(p); }, mem);
    }
#endif
    return QImage(size, format);
}

QString wrappedLabel(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString name = end < 0 ? text : text.left(end);
    if (name.size() < 12)
        return {};
    // The space nearest the middle of the name line.
    qsizetype best = -1;
    for (qsizetype i = name.indexOf(QLatin1Char(' ')); i >= 0; i = name.indexOf(QLatin1Char(' '), i + 1))
        if (best < 0 || std::abs(2 * i - name.size()) < std::abs(2 * best - name.size()))
            best = i;
    if (best < 0)
        return {};
    return name.left(best) + QLatin1Char('\n') + name.mid(best + 1) + (end < 0 ? QString() : text.mid(end));
}

QString abbreviatedLabel(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringList words = (end < 0 ? text : text.left(end)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A direction at the end stays a word: Ogan Komering Ulu Timur = OKU Timur.
    static const QStringList directions = {QStringLiteral("Utara"), QStringLiteral("Selatan"), QStringLiteral("Timur"),
                                           QStringLiteral("Barat"), QStringLiteral("Tengah")};
    const bool direction = words.size() > 1 && directions.contains(words.back());
    const qsizetype base = words.size() - (direction ? 1 : 0);
    if (base < 3)
        return {};
    QString out;
    for (qsizetype i = 0; i < base; ++i)
        out += words[i].left(1).toUpper();
    if (direction)
        out += QLatin1Char(' ') + words.back();
    return out + (end < 0 ? QString() : text.mid(end));
}

double outlineWidthPx(double fullWidthPx, double featureSizePx)
{
    if (!(fullWidthPx > 0) || !(featureSizePx > 0))
        return 0;
    const double w = fullWidthPx * std::min(1.0, featureSizePx / kOutlineFullSizePx);
    return w < kOutlineMinPx ? 0.0 : w;
}

QPainterPath featurePath(const ProjectedFeature& f, const MapSettings& s, double tolPx)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    QPolygonF buf;
    appendFeature(path, f, Affine(s), tolPx, buf);
    return path;
}

enum class Pass { All, Geometry, Labels };

// Draws the layers. Geometry pass: fills, outlines, symbols of the features
// that touch `region` (frame pixels; empty = the whole frame). Labels pass:
// only the labels (placed over the whole frame, symbols as obstacles).
static bool drawLayers(QPainter& p, const MapSettings& s, const MapLayers& layers, const ps::Progress* progress,
                       QRectF region, Pass pass, MapRenderer::Stats& m_stats, double simplifyTolerancePx)
{
    const Affine a(s);
    const double ppt = s.pxPerPt();
    QRectF view = s.visibleExtent();
    if (!region.isEmpty()) {
        // Features straddling the region's edge are drawn in both neighbouring bands.
        const QRectF grown = region.adjusted(-20 * ppt, -20 * ppt, 20 * ppt, 20 * ppt);
        view = QRectF(s.toMap(grown.bottomLeft()), s.toMap(grown.topRight())).normalized();
    }
    const bool drawGeometry = pass != Pass::Labels, drawLabels = pass != Pass::Geometry;
    const QRectF frame(QPointF(0, 0), s.outputSize);
    QPolygonF buf;
    buf.reserve(4096);
    std::vector<LabelCandidate> labels;
    auto cancelled = [&](int i) { return progress && (i & 127) == 0 && progress->cancelled(); };

    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const AreaLayer& layer : layers.areas) {
        if (!layer.features)
            continue;
        const auto& feats = layer.features->features();
        const bool filled = !layer.fills.empty();
        std::vector<int> visible;
        visible.reserve(feats.size());
        for (int i = 0; i < static_cast<int>(feats.size()); ++i)
            if (feats[i].bbox.intersects(view) || view.contains(feats[i].bbox.topLeft()))
                visible.push_back(i);
        const bool strokeOn = layer.strokeWidthPt > 0 && layer.stroke.alpha() > 0;
        // Pixel rings of every drawn feature, kept for the outline pass that
        // follows the fills (so no fill covers half of a neighbour's outline).
        std::vector<QPointF> pts;
        std::vector<int> ringEnds;
        std::vector<int> hatchedIdx;
        std::vector<Outline> outlined;
        std::map<QRgb, std::vector<Outline>> seams;   // filled rings by colour
        p.setPen(Qt::NoPen);
        // Fills under an outline of at least a pixel are drawn without
        // anti-aliasing: the anti-aliased outline covers their edges, and the
        // aliased scan converter is several times faster.
        p.setRenderHint(QPainter::Antialiasing, !(strokeOn && layer.strokeWidthPt * ppt >= 0.99));
        QRgb current = 0;
        bool haveBrush = false;
        for (size_t k = 0; k < visible.size(); ++k) {
            if (cancelled(static_cast<int>(k))) {
                p.restore();
                return false;
            }
            const int i = visible[k];
            const ProjectedFeature& f = feats[i];
            if (!drawGeometry) {
                if (i < static_cast<int>(layer.labels.size()) && !layer.labels[i].isEmpty()) {
                    const QRectF box(QPointF(a.x(f.bbox.left()), a.y(f.bbox.bottom())),
                                     QPointF(a.x(f.bbox.right()), a.y(f.bbox.top())));
                    labels.push_back({layer.labelPriority, f.area, layer.labels[i],
                                      QPointF(a.x(f.interiorPoint.x()), a.y(f.interiorPoint.y())), box, layer.labelSizePt,
                                      layer.labelBold, 0, &f});
                }
                continue;
            }
            m_stats.verticesIn += static_cast<qint64>(f.xy.size() / 2);
            ++m_stats.featuresDrawn;
            const double sizePx = std::max(f.bbox.width(), f.bbox.height()) * a.s;
            if (sizePx < kSpeckPx && layer.strokeBySize) {
                // A few pixels across: one pixel of its colour at its interior
                // point, so the area is seen without any polygon or outline work.
                const QColor c = i < static_cast<int>(layer.fills.size()) ? layer.fills[i] : QColor();
                if (c.isValid() && !(i < static_cast<int>(layer.hatched.size()) && layer.hatched[i]))
                    p.fillRect(QRectF(std::floor(a.x(f.interiorPoint.x())), std::floor(a.y(f.interiorPoint.y())), 1, 1), c);
                continue;
            }
            const size_t firstRing = ringEnds.size();
            const int firstPt = static_cast<int>(pts.size());
            m_stats.verticesDrawn += appendRings(pts, ringEnds, f, a, simplifyTolerancePx);
            if (strokeOn)
                outlined.push_back({static_cast<int>(firstRing), static_cast<int>(ringEnds.size()), layer.strokeWidthPt * ppt,
                                    layer.strokeBySize, filled ? 0.0 : kBoundaryMinSizePx});
            const bool hatch = i < static_cast<int>(layer.hatched.size()) && layer.hatched[i];
            if (hatch) {
                hatchedIdx.push_back(i);
            } else if (filled && i < static_cast<int>(layer.fills.size()) && layer.fills[i].isValid()) {
                const QRgb c = layer.fills[i].rgba();
                seams[c].push_back({static_cast<int>(firstRing), static_cast<int>(ringEnds.size()), 0, false});
                if (!haveBrush || c != current) {
                    p.setBrush(layer.fills[i]);
                    current = c;
                    haveBrush = true;
                }
                if (ringEnds.size() - firstRing == 1) {
                    // One ring (most areas): straight to the engine, no QPainterPath.
                    p.drawPolygon(pts.data() + firstPt, static_cast<int>(pts.size()) - firstPt, Qt::OddEvenFill);
                } else {
                    QPainterPath path;
                    path.setFillRule(Qt::OddEvenFill);
                    int b = firstPt;
                    for (size_t r = firstRing; r < ringEnds.size(); ++r) {
                        path.addPolygon(QPolygonF(QList<QPointF>(pts.begin() + b, pts.begin() + ringEnds[r])));
                        path.closeSubpath();
                        b = ringEnds[r];
                    }
                    p.drawPath(path);
                }
            }
            if (drawLabels && i < static_cast<int>(layer.labels.size()) && !layer.labels[i].isEmpty()) {
                const QRectF box(QPointF(a.x(f.bbox.left()), a.y(f.bbox.bottom())),
                                 QPointF(a.x(f.bbox.right()), a.y(f.bbox.top())));
                labels.push_back({layer.labelPriority, f.area, layer.labels[i],
                                  QPointF(a.x(f.interiorPoint.x()), a.y(f.interiorPoint.y())), box, layer.labelSizePt,
                                  layer.labelBold, 0, &f});
            }
        }
        // Each fill's edge once more as a 1-pixel line in its own colour: areas
        // simplified to the pixel no longer meet exactly, and the white pixels
        // between them (and small areas that cover no pixel centre) would show.
        p.setRenderHint(QPainter::Antialiasing, false);
        for (const auto& [rgba, items] : seams) {
            QPainterPath path;
            for (const Outline& o : items) {
                int b = o.ringBegin > 0 ? ringEnds[o.ringBegin - 1] : 0;
                for (int r = o.ringBegin; r < o.ringEnd; b = ringEnds[r], ++r) {
                    path.addPolygon(QPolygonF(QList<QPointF>(pts.begin() + b, pts.begin() + ringEnds[r])));
                    path.closeSubpath();
                }
            }
            QPen pen(QColor::fromRgba(rgba), 1.0);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
        p.setPen(Qt::NoPen);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (int i : hatchedIdx)
            drawHatch(p, featurePath(feats[i], s, simplifyTolerancePx), layer.hatchBackground, layer.hatchColor, 5 * ppt,
                      std::max(1.0, 0.6 * ppt));
        if (strokeOn && drawGeometry)
            strokeOutlines(p, layer.stroke, pts, ringEnds, outlined, layer.shiftedOutline);
    }

    // Big symbols (puskesmas, hospitals) are obstacles for labels.
    LabelGrid grid(40 * ppt);
    for (const PointLayer& layer : layers.points) {
        for (size_t k = 0; k < layer.points.size(); ++k) {
            if (cancelled(static_cast<int>(k))) {
                p.restore();
                return false;
            }
            const PointFeature& pt = layer.points[k];
            if (!view.contains(pt.map) || pt.symbol < 0 || pt.symbol >= static_cast<int>(layer.symbols.size()))
                continue;
            const SymbolStyle& sym = layer.symbols[pt.symbol];
            const QPointF at(a.x(pt.map.x()), a.y(pt.map.y()));
            if (drawGeometry && !layer.onlyWithLabel)
                drawSymbol(p, sym, at, ppt);
            if (drawLabels && k < layer.labels.size() && !layer.labels[k].isEmpty()) {
                const double r = sym.sizePt * ppt / 2;
                labels.push_back({layer.labelPriority, 1e300, layer.labels[k], at, QRectF(), layer.labelSizePt, true, r,
                                  nullptr, layer.onlyWithLabel ? &sym : nullptr});
            }
            if (sym.sizePt >= 10) {
                const double r = sym.sizePt * ppt / 2;
                grid.add(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
            }
        }
    }

    // Labels: biggest areas of the most important layer first; a label is drawn
    // only where it collides with no placed label and stays inside the frame.
    std::stable_sort(labels.begin(), labels.end(), [](const LabelCandidate& x, const LabelCandidate& y) {
        return x.priority != y.priority ? x.priority > y.priority : x.area > y.area;
    });
    const double pad = 1.5 * ppt;
    // Area labels: centred on the interior point, else nudged, ever further,
    // while the label's centre stays inside the area's box (symbols such as
    // a cluster of puskesmas in a town often sit on the interior point).
    // Point labels: right of the symbol, else left, above, below.
    static const QPointF areaShifts[] = {{0, 0},     {0, -0.6},   {0, 0.6},     {-0.35, 0},  {0.35, 0},
                                         {0, -1.2},  {0, 1.2},    {-0.7, 0},    {0.7, 0},    {-0.5, -0.9},
                                         {0.5, -0.9}, {-0.5, 0.9}, {0.5, 0.9},  {0, -1.8},   {0, 1.8}};
    // Where a label does not fit, a smaller one is tried before it is dropped
    // (small kecamatan in a crowded district centre), never below 6.5 pt; at
    // each size a long name broken over two lines too.
    static const double kScales[] = {1.0, 0.85, 0.72};
    // Last resort for an area label: further inside the area, as fractions of
    // its box, nearest first; the label's centre must then lie in the area itself.
    static const QPointF boxShifts[] = {{0, -0.2}, {0, 0.2}, {-0.2, 0}, {0.2, 0}, {-0.2, -0.2}, {0.2, -0.2}, {-0.2, 0.2},
                                        {0.2, 0.2}, {0, -0.35}, {0, 0.35}, {-0.35, 0}, {0.35, 0}};
    for (const LabelCandidate& c : labels) {
        const bool beside = c.besidePx > 0;
        bool placed = false;
        std::optional<QPainterPath> area;   // built only when a label is moved off its box
        auto insideArea = [&](const QPointF& pt) {
            if (!c.feature)
                return false;
            if (!area)
                area = featurePath(*c.feature, s, 1.0);
            return area->contains(pt);
        };
        // At each size: the label as it is, its name over two lines, then its
        // name's usual short form (OKU, PALI) before the label is dropped.
        const QString variants[] = {c.text, beside ? QString() : wrappedLabel(c.text),
                                    beside ? QString() : abbreviatedLabel(c.text)};
        constexpr int kVariants = static_cast<int>(std::size(variants));
        // A marker drawn with its label (onlyWithLabel) must itself have room.
        const QRectF dot(c.anchor.x() - c.besidePx, c.anchor.y() - c.besidePx, 2 * c.besidePx, 2 * c.besidePx);
        const bool markerBlocked = c.marker && grid.collides(dot);
        for (int attempt = 0; !markerBlocked && attempt < kVariants * static_cast<int>(std::size(kScales)); ++attempt) {
            const double scale = kScales[attempt / kVariants];
            if (placed || (scale < 1.0 && (beside || c.sizePt * scale < 6.5)))
                break;
            const QString& label = variants[attempt % kVariants];
            if (label.isEmpty())
                continue;
            QFont font(QStringLiteral("Noto Sans"));
            font.setPixelSize(std::max(6, static_cast<int>(std::lround(c.sizePt * scale * ppt))));
            font.setBold(c.bold);
            const QFontMetricsF fm(font);
            const QRectF text = fm.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft | Qt::AlignTop, label);
            // A label much larger than its area would sit on its neighbours.
            const double featurePx = c.featureBox.width() * c.featureBox.height();
            // and one much wider than a small area (under 50 pt across) would be
            // read as the neighbour's: small areas give way to the level above
            // and to larger areas.
            if (!beside && (featurePx < 0.15 * text.width() * text.height() ||
                            (c.featureBox.width() < 50 * ppt && text.width() > 1.6 * c.featureBox.width())))
                continue;
            const double gap = c.besidePx + 2 * ppt;
            const QPointF pointShifts[] = {{0.5 * text.width() + gap, 0}, {-0.5 * text.width() - gap, 0},
                                           {0, -0.5 * text.height() - gap}, {0, 0.5 * text.height() + gap}};
            const size_t shifts = beside ? std::size(pointShifts) : std::size(areaShifts) + std::size(boxShifts);
            for (size_t si = 0; si < shifts; ++si) {
                const bool inBox = !beside && si >= std::size(areaShifts);
                const QPointF off = beside ? pointShifts[si]
                                    : inBox ? c.featureBox.center() - c.anchor +
                                                  QPointF(boxShifts[si - std::size(areaShifts)].x() * c.featureBox.width(),
                                                          boxShifts[si - std::size(areaShifts)].y() * c.featureBox.height())
                                            : QPointF(areaShifts[si].x() * text.width(), areaShifts[si].y() * text.height());
                if (!beside && si > 0 && !c.featureBox.contains(c.anchor + off))
                    continue;
                QRectF box(0, 0, text.width(), text.height());
                box.moveCenter(c.anchor + off);
                const QRectF padded = box.adjusted(-pad, -pad, pad, pad);
                if (!frame.contains(padded) || grid.collides(padded))
                    continue;
                if (inBox && !insideArea(c.anchor + off))
                    continue;
                if (c.marker) {
                    grid.add(dot);
                    drawSymbol(p, *c.marker, c.anchor, ppt);
                }
                grid.add(padded);
                p.setFont(font);
                drawHaloText(p, box, Qt::AlignCenter, label, QColor(25, 25, 25), QColor(255, 255, 255, 230),
                             std::max(1.0, 0.9 * ppt));
                placed = true;
                break;
            }
        }
        placed ? ++m_stats.labelsPlaced : ++m_stats.labelsDropped;
    }
    p.restore();
    return true;
}

bool MapRenderer::render(QPainter& p, const MapSettings& s, const MapLayers& layers, const ps::Progress* progress)
{
    m_stats = {};
    return drawLayers(p, s, layers, progress, QRectF(), Pass::All, m_stats, simplifyTolerancePx);
}

bool MapRenderer::renderImage(QImage& image, const MapSettings& s, const MapLayers& layers, const ps::Progress* progress,
                              int threads)
{
    m_stats = {};
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::min(threads, std::max(1, image.height() / 64));
    if (threads == 1) {
        QPainter p(&image);
        return drawLayers(p, s, layers, progress, QRectF(), Pass::All, m_stats, simplifyTolerancePx);
    }
    // Horizontal bands, each painted by its own thread on its own QImage (a
    // paint device takes one painter at a time), then composed in order.
    std::vector<QImage> bands(threads);
    std::vector<Stats> stats(threads);
    std::vector<char> done(threads, 0);
    std::vector<std::thread> workers;
    const int w = image.width(), h = image.height();
    for (int b = 0; b < threads; ++b) {
        const int top = h * b / threads, bottom = h * (b + 1) / threads;
        workers.emplace_back([&, b, top, bottom] {
            bands[b] = largeImage(QSize(w, bottom - top), QImage::Format_ARGB32_Premultiplied);
            bands[b].fill(Qt::transparent);
            QPainter bp(&bands[b]);
            bp.translate(0, -top);
            done[b] = drawLayers(bp, s, layers, progress, QRectF(0, top, w, bottom - top), Pass::Geometry, stats[b],
                                 simplifyTolerancePx);
        });
    }
    for (std::thread& t : workers)
        t.join();
    for (int b = 0; b < threads; ++b) {
        if (!done[b])
            return false;
        m_stats.featuresDrawn += stats[b].featuresDrawn;
        m_stats.verticesIn += stats[b].verticesIn;
        m_stats.verticesDrawn += stats[b].verticesDrawn;
    }
    QPainter p(&image);
    for (int b = 0; b < threads; ++b)
        p.drawImage(QPoint(0, h * b / threads), bands[b]);
    Stats labelStats;
    const bool ok = drawLayers(p, s, layers, progress, QRectF(), Pass::Labels, labelStats, simplifyTolerancePx);
    m_stats.labelsPlaced = labelStats.labelsPlaced;
    m_stats.labelsDropped = labelStats.labelsDropped;
    return ok;
}

} // namespace ps::render
