#pragma once
#include "core/Catalogue.h"
#include <QColor>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace ps::classify {

// A colour scheme (ColorBrewer, by Cynthia Brewer, loaded from data/palettes.json).
// Colours run from the low end to the high end: light to dark for sequential
// schemes, first hue through neutral to second hue for diverging ones.
struct Palette {
    QString id;                 // "YlOrRd"
    QString kind;               // "sequential" | "diverging" | "qualitative"
    bool colorBlindSafe = false;   // safe for every supported class count
    std::map<int, std::vector<QColor>> schemes;   // class count -> colours, as published
    std::vector<int> blindSafeCounts;              // class counts ColorBrewer marks colour-blind safe

    int minClasses() const;
    int maxClasses() const;
    bool colorBlindSafeFor(int k) const;
    // Exactly k colours (k >= 1). Within [minClasses, maxClasses] the published scheme;
    // fewer: picked from the smallest scheme (k=1: its darkest/middle colour, k=2 its ends);
    // more: sequential/diverging interpolated along the largest scheme, qualitative repeats.
    std::vector<QColor> colors(int k) const;
};

// All palettes (loaded once from dataDir()/palettes.json).
const std::vector<Palette>& palettes();
const Palette* palette(const QString& id);            // case-insensitive; nullptr when unknown
QStringList paletteIds(const QString& kind = {});      // all, or of one kind

// Which way round colours go for an indicator. Classes are always in ascending
// value order; "worse" must get the dark/warm end.
// Sequential schemes run light (low) to dark (high): as published for
// higher-is-worse indicators, REVERSED for higher-is-better ones (coverage), so
// that low coverage is dark. This one-argument form is that sequential rule.
bool reversedFor(const ps::IndicatorDef& indicator);
// The rule for any palette. Diverging ColorBrewer schemes start at their warm end
// (RdYlBu, RdBu, PuOr, BrBG... begin red/orange/brown), so they are reversed for
// higher-is-worse indicators and kept for higher-is-better ones. Qualitative
// schemes are never reversed.
bool reversedFor(const ps::IndicatorDef& indicator, const Palette& palette);

// The default palette: higher-is-worse → YlOrRd (warm); higher-is-better → GnBu
// (cool), used reversed (see reversedFor). Both colour-blind safe.
const Palette& defaultPaletteFor(const ps::IndicatorDef& indicator);

// k class colours in ascending class order, reversed when asked.
std::vector<QColor> classColors(const Palette& palette, int k, bool reversed = false);
// k class colours for an indicator: paletteId (or the default when empty/unknown),
// oriented by reversedFor(indicator, palette).
std::vector<QColor> indicatorColors(const ps::IndicatorDef& indicator, int k, const QString& paletteId = {});

// The no-data fill: light grey; the renderer hatches it (see LegendEntry::noData).
QColor noDataColor();

// Loads palettes from a JSON file (throws ps::Error naming the file); for tests.
std::vector<Palette> loadPalettes(const QString& path);

} // namespace ps::classify
