#pragma once
#include "Layers.h"
#include "MapSettings.h"
#include <QPainter>
#include <QPainterPath>

namespace ps {
class Progress;
}

namespace ps::render {

// Draws MapLayers for MapSettings on any QPainter (QImage, QSvgGenerator,
// QPdfWriter, a widget). The frame occupies (0,0)–outputSize of the painter's
// current coordinates: callers translate/clip to place it on a page.
//
// Thread safety: a MapRenderer holds no shared state; layers hold their
// geometry in shared_ptr<const FeatureSet>, so several threads may render the
// same layers at once, each with its own renderer and paint device (workers
// paint on QImage only). Cancellation: progress->cancelled() is checked between
// features; render() then returns false and leaves the drawing incomplete.
class MapRenderer {
public:
    struct Stats {
        int featuresDrawn = 0;
        qint64 verticesIn = 0, verticesDrawn = 0;
        int labelsPlaced = 0, labelsDropped = 0;
    };

    bool render(QPainter& p, const MapSettings& s, const MapLayers& layers, const ps::Progress* progress = nullptr);
    // The same onto a QImage, with the features split into horizontal bands
    // painted by `threads` worker threads (0 = one per core); labels are placed
    // once over the whole frame afterwards. The image's existing content stays
    // underneath. For workers, the desktop canvas and the server.
    bool renderImage(QImage& image, const MapSettings& s, const MapLayers& layers, const ps::Progress* progress = nullptr,
                     int threads = 0);
    const Stats& stats() const { return m_stats; }

    // Vertices closer than this (device pixels) to the previous kept vertex are
    // dropped while projecting to the frame: level of detail to the pixel.
    double simplifyTolerancePx = 0.75;

private:
    Stats m_stats;
};

// Outline width at every scale: a feature at least kOutlineFullSizePx across on
// screen gets its layer's full width; smaller ones get a proportionally thinner
// line, and none below kOutlineMinPx, so that no fill is ever painted over by its
// own outline (thousands of kecamatan a few pixels across on a national map stay
// their class colour). Widths under a pixel are drawn as a 1-pixel hairline with
// the colour's opacity scaled to the width.
inline constexpr double kOutlineFullSizePx = 60.0;
inline constexpr double kOutlineMinPx = 0.2;
double outlineWidthPx(double fullWidthPx, double featureSizePx);

// A new image for a page or band: its memory asks the kernel for huge pages,
// so the first paint of a 1920x1080 page takes a handful of page faults instead
// of some two thousand (a fair share of a national map's whole command).
QImage largeImage(const QSize& size, QImage::Format format);

// A label with its name line (the first) broken at the space nearest its
// middle, for an area too narrow for it on one line; empty when the name is
// short or one word.
QString wrappedLabel(const QString& text);
// The name line's usual short form when it has three words or more before an
// optional direction (Ogan Komering Ulu Timur = OKU Timur, Penukal Abab
// Lematang Ilir = PALI); empty otherwise.
QString abbreviatedLabel(const QString& text);

// The feature's outline in frame pixels (odd-even fill), simplified to tolPx.
QPainterPath featurePath(const ProjectedFeature& f, const MapSettings& s, double tolPx = 0.0);

} // namespace ps::render
