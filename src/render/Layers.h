#pragma once
#include "FeatureSet.h"
#include "core/Types.h"
#include <QColor>
#include <QString>
#include <memory>
#include <vector>

namespace ps::render {

// Polygons drawn with a fill per feature (a choropleth) or as outlines only.
// Sizes are in points (1/72 inch) so they hold at every DPI.
struct AreaLayer {
    std::shared_ptr<const FeatureSet> features;
    std::vector<QColor> fills;        // per feature; invalid colour = not filled; empty = no fills
    std::vector<bool> hatched;        // per feature: the "no data" class, drawn hatched
    QColor stroke = QColor(255, 255, 255);
    double strokeWidthPt = 0.5;       // 0 = no outline; the full width (see outlineWidthPx)
    bool strokeBySize = true;         // thin the outline of areas small on screen (false: always the full width)
    // Outlines of 1.5 to 2.5 px as the 1-pixel line drawn four times shifted
    // (fast; on a transparent tile no pixel of it is fully opaque): the
    // boundary lines of the levels above on pages. Off: Qt's stroker.
    bool shiftedOutline = false;
    // An outline of the level above built here as the union of the mapped
    // areas (that level's boundaries are not stored): right on a page, but on
    // screen, zoomed in, its sliver edges read as false boundaries.
    bool dissolved = false;
    QColor hatchColor = QColor(120, 120, 120);
    QColor hatchBackground = QColor(238, 238, 238);
    // Labels: one text per feature (empty = none), placed without collisions.
    std::vector<QString> labels;
    double labelSizePt = 9;
    bool labelBold = false;
    int labelPriority = 0;            // higher layers' labels are placed first
};

enum class SymbolShape { Square, Circle, Triangle, Diamond, Cross };

struct SymbolStyle {
    SymbolShape shape = SymbolShape::Circle;
    QColor fill, stroke = QColor(255, 255, 255);
    double sizePt = 6;
    // A point placed inside its desa, not surveyed: drawn as a ring (the
    // colour around a pale centre) so it never reads as a measured location.
    bool hollow = false;
};

// Facility symbols by type: puskesmas, pustu, poskesdes, posyandu, hospital
// each get their own shape and colour (colour-blind safe pairs; shapes differ too).
SymbolStyle facilitySymbol(FacilityType t);
// The same type's symbol for an estimated location (hollow).
SymbolStyle estimatedSymbol(FacilityType t);
// Whether a facility's point is an estimate inside its desa (no coordinates:
// status estimated, or a desa chosen by hand with the point placed inside it).
bool isEstimatedPlacement(const Facility& f);

struct PointFeature {
    QPointF map;       // map units
    int symbol = 0;    // index into PointLayer::symbols
};

struct PointLayer {
    std::vector<SymbolStyle> symbols;
    std::vector<PointFeature> points;
    // Optional text per point (e.g. the rank of a proposed site), placed beside
    // its symbol without collisions; empty = no labels.
    std::vector<QString> labels;
    double labelSizePt = 9;
    int labelPriority = 3;
    // Each symbol drawn only when its label is placed: the dot that stands for
    // an area too small for its name (a kota on a kabupaten map) means nothing alone.
    bool onlyWithLabel = false;
    // The density rule per frame (the desktop canvas draws the same layers at every
    // zoom): when `countIn` is set, symbols[0] and [1] are the full located and
    // estimated symbols, areaOf[i] is point i's feature in countIn (-1: none), and
    // applyPointDensity() turns the layer into what this frame can carry.
    std::shared_ptr<const FeatureSet> countIn;
    std::vector<int> areaOf;
    // Coarser levels to count in, finest first (kabupaten, provinsi; codes that
    // extend countIn's): used when a count per countIn area would cover the frame.
    std::vector<std::shared_ptr<const FeatureSet>> coarserCountIn;
};

// Everything a map frame draws, bottom to top: area layers in order, then
// point layers, then the labels of all area layers.
struct MapLayers {
    std::vector<AreaLayer> areas;
    std::vector<PointLayer> points;
};

} // namespace ps::render
