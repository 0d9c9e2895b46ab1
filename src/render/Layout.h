#pragma once
#include "Layers.h"
#include "MapSettings.h"
#include <QPainter>
#include <optional>
#include <vector>

namespace ps {
class Progress;
}

namespace ps::render {

// A page size: physical size and the DPI it is rasterised at. Slide presets use
// PowerPoint's 13.33 × 7.5 in (16:9) and 10 × 7.5 in (4:3) so that text sizes
// in points match what people see in their slide software.
struct PagePreset {
    QString id;
    double widthIn = 0, heightIn = 0, dpi = 0;
    QSize pixels() const;
};
const std::vector<PagePreset>& pagePresets();   // slide-1080, slide-2160, 4x3, a4-300
std::optional<PagePreset> pagePreset(const QString& id);

struct LegendItem {
    QString label;
    QColor fill;
    bool hatched = false;
    int count = -1;                       // shown when >= 0
    std::optional<SymbolStyle> symbol;    // a point symbol instead of a fill swatch
    QColor outline;                       // valid: the swatch is drawn with this heavy outline (an outline layer)
};

struct LegendGroup {
    QString title;
    std::vector<LegendItem> items;
};

// One map frame on a page: its layers and what it shows.
struct MapPanel {
    MapLayers layers;
    QString crs;
    QRectF extent;        // map units; padded by the layout
    QString caption;      // e.g. the year in small multiples
};

// A locator: the context (kabupaten of the province) with the mapped area highlighted.
struct InsetMap {
    MapLayers layers;
    QString crs;
    QRectF extent;
};

struct Page {
    QString title, subtitle, sourceLine, dateLine;
    std::vector<LegendGroup> legend;
    std::vector<MapPanel> panels;   // one, or several for small multiples
    std::optional<InsetMap> inset;
    bool northArrow = true, scaleBar = true;
    QString northLabel = QStringLiteral("U");   // "U" (utara) / "N"
};

// Where everything goes on a page of pagePx device pixels at dpi.
struct PageGeometry {
    QRectF title, subtitle, legend, source, inset;
    std::vector<QRectF> mapFrames;    // map area of each panel (below its caption)
    std::vector<QRectF> captions;
    double pxPerPt = 2;
    double titlePt = 26;
    // The legend's own scale (pixels per point): smaller than pxPerPt when at
    // full size it would run into the source line below the map.
    double legendPxPerPt = 2;
};
PageGeometry layoutPage(const QSizeF& pagePx, double dpi, const Page& page);

// The MapSettings used for panel i (so tests and the app can map
// coordinates to page pixels the same way the renderer does).
MapSettings panelSettings(const PageGeometry& g, const Page& page, int i, double dpi);

// Paints the whole page. Returns false when cancelled.
bool paintPage(QPainter& p, const QSizeF& pagePx, double dpi, const Page& page, const ps::Progress* progress = nullptr);

// The page's scale bar (bottom left) and north arrow (top right) in `frame`,
// for map views that are not pages (the desktop canvas); s.outputSize is the
// frame's size in the painter's pixels.
void paintMapFurniture(QPainter& p, const MapSettings& s, const QRectF& frame, double pxPerPt, const QString& northLabel);

// Fonts used on pages (Noto Sans, falling back to the system sans).
QFont pageFont(double sizePt, double pxPerPt, bool bold = false);

} // namespace ps::render
