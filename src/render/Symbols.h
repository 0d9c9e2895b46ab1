#pragma once
#include "Layers.h"
#include <QPainter>
#include <QPainterPath>

namespace ps::render {

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
