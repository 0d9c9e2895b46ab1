#include "Layout.h"
#include "MapRenderer.h"
#include "Symbols.h"
#include "core/Locale.h"
#include <QFontMetricsF>
#include <cmath>

namespace ps::render {

QSize PagePreset::pixels() const
{
    return QSize(static_cast<int>(std::lround(widthIn * dpi)), static_cast<int>(std::lround(heightIn * dpi)));
}

const std::vector<PagePreset>& pagePresets()
{
    static const std::vector<PagePreset> presets = {
        {QStringLiteral("slide-1080"), 40.0 / 3.0, 7.5, 144},    // 1920 × 1080
        {QStringLiteral("slide-2160"), 40.0 / 3.0, 7.5, 288},    // 3840 × 2160
        {QStringLiteral("4x3"), 10.0, 7.5, 160},                 // 1600 × 1200
        {QStringLiteral("a4-300"), 297.0 / 25.4, 210.0 / 25.4, 300},   // A4 landscape, 3508 × 2480
    };
    return presets;
}

std::optional<PagePreset> pagePreset(const QString& id)
{
    for (const PagePreset& p : pagePresets())
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QFont pageFont(double sizePt, double pxPerPt, bool bold)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(4, static_cast<int>(std::lround(sizePt * pxPerPt))));
    f.setBold(bold);
    return f;
}

namespace {

constexpr double kMargin = 22, kGap = 14;
constexpr double kTitlePt = 26, kSubtitlePt = 15, kSourcePt = 9.5, kCaptionPt = 15;
constexpr double kLegendTitlePt = 12.5, kLegendPt = 12, kSwatchW = 22, kSwatchH = 14, kRowGap = 5;

double textHeight(const QFont& f, double width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

double legendContentWidth(const Page& page, double u)
{
    const QFontMetricsF fm(pageFont(kLegendPt, u));
    double w = 0;
    for (const LegendGroup& g : page.legend)
        for (const LegendItem& it : g.items) {
            double iw = (kSwatchW + 8) * u + fm.horizontalAdvance(it.label);
            if (it.count >= 0)
                iw += fm.horizontalAdvance(QStringLiteral("  0000"));
            w = std::max(w, iw);
        }
    return w;
}

double legendHeight(const Page& page, double width, double u)
{
    const QFont tf = pageFont(kLegendTitlePt, u, true);
    const double row = std::max(kSwatchH * u, QFontMetricsF(pageFont(kLegendPt, u)).height()) + kRowGap * u;
    double h = 0;
    for (const LegendGroup& g : page.legend) {
        if (h > 0)
            h += 12 * u;
        h += textHeight(tf, width, g.title) + 6 * u;
        h += row * static_cast<double>(g.items.size());
    }
    return h;
}

// The title's size: kTitlePt, shrunk (to 70 % at most) so that it fits on one line.
double titleSize(const QString& title, double width, double u)
{
    double pt = kTitlePt;
    while (pt > kTitlePt * 0.7 && QFontMetricsF(pageFont(pt, u, true)).horizontalAdvance(title) > width)
        pt -= 1;
    return pt;
}

QRectF padded(const QRectF& r, double fraction)
{
    const double dx = r.width() * fraction, dy = r.height() * fraction;
    return r.adjusted(-dx, -dy, dx, dy);
}

void drawScaleBar(QPainter& p, const MapSettings& s, const QRectF& frame, double u)
{
    const double mpp = groundMetresPerPixel(s);
    // Long enough for its three numbers to stand apart, short enough to leave the map alone.
    const double maxPx = std::min(0.45 * frame.width(), std::max(0.22 * frame.width(), 110 * u));
    const double metres = niceScaleLength(maxPx * mpp);
    if (!(metres > 0))
        return;
    const double len = metres / mpp;
    const bool km = metres >= 1000;
    const QString unit = km ? QStringLiteral("km") : QStringLiteral("m");
    const double shown = km ? metres / 1000 : metres;
    const QFont f = pageFont(10, u);
    const QFontMetricsF fm(f);
    const double barH = 5 * u;
    const QPointF origin(frame.left() + 12 * u, frame.bottom() - 12 * u - barH);
    const QRectF bg(origin.x() - 6 * u, origin.y() - fm.height() - 5 * u, len + 12 * u + fm.horizontalAdvance(unit) + 6 * u,
                    fm.height() + barH + 10 * u);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(bg, 3 * u, 3 * u);
    const int segments = 4;
    for (int i = 0; i < segments; ++i) {
        p.setBrush(i % 2 ? QColor(255, 255, 255) : QColor(40, 40, 40));
        p.setPen(QPen(QColor(40, 40, 40), 0.8 * u));
        p.drawRect(QRectF(origin.x() + len * i / segments, origin.y(), len / segments, barH));
    }
    p.setFont(f);
    p.setPen(QColor(30, 30, 30));
    const QLocale loc = ps::numberLocale();
    auto label = [&](double x, const QString& t) {
        p.drawText(QRectF(x - 40 * u, origin.y() - fm.height() - 2 * u, 80 * u, fm.height()), Qt::AlignCenter, t);
    };
    label(origin.x(), QStringLiteral("0"));
    label(origin.x() + len / 2, loc.toString(shown / 2, 'g', 4));
    label(origin.x() + len, loc.toString(shown, 'g', 4));
    p.drawText(QRectF(origin.x() + len + 6 * u, origin.y() - 3 * u, 60 * u, barH + 6 * u), Qt::AlignLeft | Qt::AlignVCenter,
               unit);
}

void drawNorthArrow(QPainter& p, const QRectF& frame, double u, const QString& label)
{
    const double h = 30 * u, w = 15 * u;
    const QPointF top(frame.right() - 16 * u - w / 2, frame.top() + 22 * u);
    const QPointF left = top + QPointF(-w / 2, h), right = top + QPointF(w / 2, h), mid = top + QPointF(0, h * 0.72);
    p.setPen(QPen(QColor(40, 40, 40), 0.8 * u));
    p.setBrush(QColor(40, 40, 40));
    const QPointF a[] = {top, mid, left};
    p.drawPolygon(a, 3);
    p.setBrush(QColor(255, 255, 255));
    const QPointF b[] = {top, right, mid};
    p.drawPolygon(b, 3);
    const QFont f = pageFont(12, u, true);
    p.setFont(f);
    drawHaloText(p, QRectF(top.x() - 20 * u, top.y() - 20 * u, 40 * u, 18 * u), Qt::AlignCenter, label, QColor(40, 40, 40),
                 QColor(255, 255, 255), 1 * u);
}

void drawLegend(QPainter& p, const QRectF& box, const Page& page, double u)
{
    const QFont tf = pageFont(kLegendTitlePt, u, true), f = pageFont(kLegendPt, u);
    const QFontMetricsF fm(f);
    const double row = std::max(kSwatchH * u, fm.height()) + kRowGap * u;
    double y = box.top();
    const QLocale loc = ps::numberLocale();
    for (const LegendGroup& g : page.legend) {
        if (y > box.top())
            y += 12 * u;
        p.setFont(tf);
        p.setPen(QColor(30, 30, 30));
        const double th = textHeight(tf, box.width(), g.title);
        p.drawText(QRectF(box.left(), y, box.width(), th), Qt::TextWordWrap | Qt::AlignLeft, g.title);
        y += th + 6 * u;
        p.setFont(f);
        for (const LegendItem& it : g.items) {
            const QRectF sw(box.left(), y + (row - kRowGap * u - kSwatchH * u) / 2, kSwatchW * u, kSwatchH * u);
            if (it.symbol) {
                drawSymbol(p, *it.symbol, sw.center(), u);
            } else if (it.hatched) {
                QPainterPath path;
                path.addRect(sw);
                drawHatch(p, path, QColor(238, 238, 238), QColor(120, 120, 120), 5 * u, std::max(1.0, 0.6 * u));
                p.setPen(QPen(QColor(150, 150, 150), 0.6 * u));
                p.setBrush(Qt::NoBrush);
                p.drawRect(sw);
            } else if (it.outline.isValid()) {
                p.setPen(QPen(it.outline, 2 * u));
                p.setBrush(it.fill.isValid() ? QBrush(it.fill) : QBrush(Qt::NoBrush));
                p.drawRect(sw.adjusted(u, u, -u, -u));
            } else {
                p.setPen(QPen(QColor(150, 150, 150), 0.6 * u));
                p.setBrush(it.fill);
                p.drawRect(sw);
            }
            p.setPen(QColor(30, 30, 30));
            const QRectF text(sw.right() + 8 * u, y, box.right() - sw.right() - 8 * u, row - kRowGap * u);
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, it.label);
            if (it.count >= 0) {
                p.setPen(QColor(100, 100, 100));
                p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, loc.toString(it.count));
            }
            y += row;
        }
    }
}

// One map frame. On a raster page (PNG) the frame is painted in horizontal
// bands by worker threads (MapRenderer::renderImage) and composed in; on
// vector devices (SVG, PDF) straight through the painter.
bool paintFrame(QPainter& p, MapRenderer& renderer, const MapSettings& s, const MapLayers& layers, const ps::Progress* progress)
{
    const QPaintDevice* dev = p.device();
    const QTransform t = p.worldTransform();
    const bool raster = dev && dev->devType() == QInternal::Image && t.type() <= QTransform::TxTranslate &&
                        std::abs(t.dx() - std::round(t.dx())) < 1e-9 && std::abs(t.dy() - std::round(t.dy())) < 1e-9;
    if (!raster)
        return renderer.render(p, s, layers, progress);
    const QSize size(static_cast<int>(std::ceil(s.outputSize.width())), static_cast<int>(std::ceil(s.outputSize.height())));
    // A frame of a slide-1080 page (about a megapixel) costs less CPU, and on a
    // busy 2-core machine less wall time, drawn by this thread straight into the
    // page than in two bands (each band's image, clear and composition, and the
    // outlines crossing both drawn twice): bands from kBandedFramePixels up.
    constexpr qint64 kBandedFramePixels = 3'000'000;
    const int threads = static_cast<qint64>(size.width()) * size.height() >= kBandedFramePixels ? 0 : 1;
    // The bands are composed straight into the page's pixels under the frame
    // when the page is an opaque image (PNG export): no frame-sized copy to
    // allocate, clear and compose once more.
    auto* page = dynamic_cast<QImage*>(p.device());
    const QRect at(QPoint(static_cast<int>(std::lround(t.dx())), static_cast<int>(std::lround(t.dy()))), size);
    if (page && page->format() == QImage::Format_RGB32 && page->rect().contains(at)) {
        QImage view(page->bits() + at.y() * page->bytesPerLine() + at.x() * 4, size.width(), size.height(),
                    page->bytesPerLine(), QImage::Format_RGB32);
        return renderer.renderImage(view, s, layers, progress, threads);
    }
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    if (!renderer.renderImage(frame, s, layers, progress, threads))
        return false;
    p.drawImage(QPointF(0, 0), frame);
    return true;
}

} // namespace

PageGeometry layoutPage(const QSizeF& pagePx, double dpi, const Page& page)
{
    PageGeometry g;
    const double u = dpi / 72.0;
    g.pxPerPt = u;
    const double W = pagePx.width(), H = pagePx.height(), m = kMargin * u;
    const double fullW = W - 2 * m;
    g.titlePt = titleSize(page.title, fullW, u);
    g.title = QRectF(m, m, fullW, textHeight(pageFont(g.titlePt, u, true), fullW, page.title));
    g.subtitle = QRectF(m, g.title.bottom() + 3 * u, fullW, textHeight(pageFont(kSubtitlePt, u), fullW, page.subtitle));
    const double headerBottom = g.subtitle.bottom() + 12 * u;
    const double srcH = std::max(textHeight(pageFont(kSourcePt, u), fullW * 0.78, page.sourceLine),
                                 textHeight(pageFont(kSourcePt, u), fullW * 0.2, page.dateLine));
    g.source = QRectF(m, H - 0.75 * m - srcH, fullW, srcH);

    const double legendW = std::clamp(legendContentWidth(page, u) + 6 * u, 0.18 * W, 0.34 * W);
    const QRectF mapArea(QPointF(m, headerBottom), QPointF(W - m - legendW - kGap * u, g.source.top() - 10 * u));
    // A long legend (indicator, facilities and an analysis run) under a two-line subtitle
    // would overlap the source line: it is drawn smaller (to 60 % at most) to fit.
    const double room = mapArea.bottom() - headerBottom;
    g.legendPxPerPt = u;
    while (g.legendPxPerPt > 0.6 * u && legendHeight(page, legendW, g.legendPxPerPt) > room)
        g.legendPxPerPt *= 0.95;
    g.legend = QRectF(mapArea.right() + kGap * u, headerBottom, legendW, legendHeight(page, legendW, g.legendPxPerPt));
    if (page.inset) {
        const double top = g.legend.bottom() + 16 * u;
        const double h = std::min(legendW * 0.8, mapArea.bottom() - top);
        if (h > 70 * u)
            g.inset = QRectF(g.legend.left(), mapArea.bottom() - h, legendW, h);
    }

    // Panels: the grid (columns × rows) that shows the data largest.
    const int n = std::max<int>(1, static_cast<int>(page.panels.size()));
    const bool captions = std::any_of(page.panels.begin(), page.panels.end(), [](const MapPanel& mp) { return !mp.caption.isEmpty(); });
    const double capH = captions ? QFontMetricsF(pageFont(kCaptionPt, u, true)).height() + 4 * u : 0;
    const QRectF ext = page.panels.empty() ? QRectF(0, 0, 1, 1) : padded(page.panels.front().extent, 0.03);
    int bestCols = 1;
    double bestScale = -1;
    const double gap = n > 1 ? 10 * u : 0;
    for (int cols = 1; cols <= n; ++cols) {
        const int rows = (n + cols - 1) / cols;
        const double cw = (mapArea.width() - (cols - 1) * gap) / cols;
        const double ch = (mapArea.height() - (rows - 1) * gap) / rows - capH;
        const double scale = std::min(cw / std::max(1e-9, ext.width()), ch / std::max(1e-9, ext.height()));
        if (scale > bestScale) {
            bestScale = scale;
            bestCols = cols;
        }
    }
    const int rows = (n + bestCols - 1) / bestCols;
    const double cw = (mapArea.width() - (bestCols - 1) * gap) / bestCols;
    const double ch = (mapArea.height() - (rows - 1) * gap) / rows;
    for (int i = 0; i < n; ++i) {
        const QRectF cell(mapArea.left() + (i % bestCols) * (cw + gap), mapArea.top() + (i / bestCols) * (ch + gap), cw, ch);
        g.captions.push_back(QRectF(cell.left(), cell.top(), cell.width(), capH));
        // Whole pixels: the frame's raster is composed onto the page 1:1 and the
        // world file describes exact pixel edges.
        const QRectF f = cell.adjusted(0, capH, 0, 0);
        g.mapFrames.push_back(QRectF(QPointF(std::ceil(f.left()), std::ceil(f.top())),
                                     QPointF(std::floor(f.right()), std::floor(f.bottom()))));
    }
    return g;
}

MapSettings panelSettings(const PageGeometry& g, const Page& page, int i, double dpi)
{
    MapSettings s;
    const MapPanel& panel = page.panels.at(i);
    s.crs = panel.crs;
    s.extent = padded(panel.extent, 0.04);
    s.outputSize = g.mapFrames.at(i).size();
    s.dpi = dpi;
    return s;
}

bool paintPage(QPainter& p, const QSizeF& pagePx, double dpi, const Page& page, const ps::Progress* progress)
{
    const PageGeometry g = layoutPage(pagePx, dpi, page);
    const double u = g.pxPerPt;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), pagePx), Qt::white);

    p.setPen(QColor(20, 20, 20));
    p.setFont(pageFont(g.titlePt, u, true));
    p.drawText(g.title, Qt::TextWordWrap | Qt::AlignLeft, page.title);
    p.setPen(QColor(80, 80, 80));
    p.setFont(pageFont(kSubtitlePt, u));
    p.drawText(g.subtitle, Qt::TextWordWrap | Qt::AlignLeft, page.subtitle);

    MapRenderer renderer;
    for (int i = 0; i < static_cast<int>(page.panels.size()); ++i) {
        const MapSettings s = panelSettings(g, page, i, dpi);
        const QRectF frame = g.mapFrames[i];
        if (!page.panels[i].caption.isEmpty()) {
            p.setPen(QColor(30, 30, 30));
            p.setFont(pageFont(kCaptionPt, u, true));
            p.drawText(g.captions[i], Qt::AlignHCenter | Qt::AlignBottom, page.panels[i].caption);
        }
        p.save();
        p.translate(frame.topLeft());
        p.setClipRect(QRectF(QPointF(0, 0), frame.size()));
        const bool done = paintFrame(p, renderer, s, page.panels[i].layers, progress);
        p.restore();
        if (!done) {
            p.restore();
            return false;
        }
        const bool last = i + 1 == static_cast<int>(page.panels.size());
        if (page.scaleBar && last)
            drawScaleBar(p, s, frame, u);
        if (page.northArrow && i == 0)
            drawNorthArrow(p, frame, u, page.northLabel);
    }

    drawLegend(p, g.legend, page, g.legendPxPerPt);

    if (page.inset && !g.inset.isEmpty()) {
        MapSettings s;
        s.crs = page.inset->crs;
        s.extent = padded(page.inset->extent, 0.04);
        s.outputSize = g.inset.size();
        s.dpi = dpi;
        p.save();
        p.translate(g.inset.topLeft());
        p.setClipRect(QRectF(QPointF(0, 0), g.inset.size()));
        p.fillRect(QRectF(QPointF(0, 0), g.inset.size()), QColor(246, 248, 250));
        renderer.render(p, s, page.inset->layers, progress);
        p.restore();
        p.setPen(QPen(QColor(160, 160, 160), 0.8 * u));
        p.setBrush(Qt::NoBrush);
        p.drawRect(g.inset);
    }

    p.setFont(pageFont(kSourcePt, u));
    p.setPen(QColor(90, 90, 90));
    p.drawText(QRectF(g.source.left(), g.source.top(), g.source.width() * 0.78, g.source.height()),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, page.sourceLine);
    p.drawText(QRectF(g.source.left() + g.source.width() * 0.8, g.source.top(), g.source.width() * 0.2, g.source.height()),
               Qt::TextWordWrap | Qt::AlignRight | Qt::AlignBottom, page.dateLine);
    p.restore();
    return true;
}

void paintMapFurniture(QPainter& p, const MapSettings& s, const QRectF& frame, double pxPerPt, const QString& northLabel)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    drawScaleBar(p, s, frame, pxPerPt);
    drawNorthArrow(p, frame, pxPerPt, northLabel);
    p.restore();
}

} // namespace ps::render
