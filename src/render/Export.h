#pragma once
#include "Layout.h"
#include <QImage>
#include <optional>

namespace ps {
class Progress;
}

namespace ps::render {

enum class Format { Png, Svg, Pdf };
std::optional<Format> formatFromId(const QString& id);       // "png", "svg", "pdf"
std::optional<Format> formatFromPath(const QString& path);   // by extension

// The page as an image; dpi overrides the preset's (PNG "at any DPI": the
// page keeps its physical size, so more DPI means more pixels).
QImage renderPageImage(const Page& page, const PagePreset& preset, std::optional<double> dpi = {},
                       const ps::Progress* progress = nullptr);

// Writes one page as PNG, SVG (vector; text stays text) or PDF (vector). The
// file appears whole or not at all (QSaveFile). Throws ps::Error naming the file.
void exportPage(const Page& page, const PagePreset& preset, const QString& path, Format format,
                std::optional<double> dpi = {}, const ps::Progress* progress = nullptr);

// The georeference of a page image: its pixels' affine transform into map
// units of the first map panel (the six numbers of an ESRI world file, for the
// centre of the top-left pixel) and the panel's CRS.
struct WorldFile {
    double a = 1, d = 0, b = 0, e = -1, c = 0, f = 0;   // x = a*col + b*row + c ; y = d*col + e*row + f
    QString crs;
};
WorldFile pageWorldFile(const Page& page, const PagePreset& preset, std::optional<double> dpi = {});

// Writes NAME.pgw (the world file) and NAME.prj (the CRS as ESRI WKT) beside
// imagePath, as QGIS and ArcGIS read them, so a slide map can be overlaid in
// any GIS. Throws ps::Error naming the file. Returns the paths written.
QStringList writeWorldFile(const Page& page, const PagePreset& preset, const QString& imagePath, std::optional<double> dpi = {});

// A multi-page PDF: one page per Page, all of the preset's size.
void exportPdf(const std::vector<Page>& pages, const PagePreset& preset, const QString& path,
               const ps::Progress* progress = nullptr);

} // namespace ps::render
