#pragma once
#include "Layers.h"
#include <QPainter>
#include <QPainterPath>

namespace ps::render {

// How a set of point symbols is drawn at a scale (the density rule). With
// `count` symbols of symbolPx diameter over a map whose data covers areaPx²
// on screen, the symbols would cover count·symbolPx²/areaPx of it:
// - up to kSymbolCover (6 %): full symbols, shrunk towards 60 % of their size as
//   the cover grows past 3 % (sized by scale);
// - else, when small dots of dotPx would cover at most kDotCover (4 %): dots;
// - else: one count per area (the choropleth must stay readable).
enum class PointMode { Symbols, Dots, Counts };
struct PointDrawing {
    PointMode mode = PointMode::Symbols;
    double sizeFactor = 1.0;   // for Symbols
};
inline constexpr double kSymbolCover = 0.06, kDotCover = 0.04, kDotPt = 2.0;
PointDrawing pointDensity(int count, double symbolPx, double dotPx, double areaPx2);

// The small-dot form of a symbol: a circle of kDotPt in its fill colour, no outline.
SymbolStyle dotSymbol(const SymbolStyle& s);

// The symbol a type's full symbol becomes under a density decision: shrunk by the
// size factor, a small dot, or (counts per area) the full symbol at most 7 pt.
// Exported maps (MapBuilder) and the server's layers both draw with it.
SymbolStyle densitySymbol(const SymbolStyle& full, const PointDrawing& how);

// What a count per area counts: the area's points in view (the desktop canvas), or
// all its points (server tiles: an area cut by tile edges shows one count on every tile).
enum class CountScope { InView, WholeArea };

// The density rule on one frame for a layer with `countIn` set (see PointLayer):
// counts its points inside `visible` (map units) over a frame of framePx2 device
// pixels, then shrinks its symbols, makes them small dots, or replaces the points
// by one symbol per area of countIn in view labelled with its count (of `scope`).
// Returns the mode, for the legend; a layer without countIn is left as it is (Symbols).
// *countedCodeLength: the code length of the areas counted in (8 kecamatan, 5
// kabupaten, 2 provinsi), for the legend's "jumlah per ...".
PointMode applyPointDensity(PointLayer& layer, const QRectF& visible, double framePx2, double pxPerPt,
                            CountScope scope = CountScope::InView, int* countedCodeLength = nullptr);

// Draws one point symbol centred at `at` (device pixels); size from pxPerPt.
void drawSymbol(QPainter& p, const SymbolStyle& s, const QPointF& at, double pxPerPt);

// Fills `area` with the no-data hatch: a light background and diagonal lines
// every `spacingPx`, drawn as vector lines (stay sharp in PDF/SVG).
void drawHatch(QPainter& p, const QPainterPath& area, const QColor& background, const QColor& lines,
               double spacingPx, double lineWidthPx);

// Text with a light halo that stays text in SVG/PDF (drawn offset in the halo
// colour, then on top), so labels stay readable over any fill.
void drawHaloText(QPainter& p, const QRectF& box, int flags, const QString& text, const QColor& color,
                  const QColor& halo, double haloPx);

} // namespace ps::render
