#pragma once
#include "Layout.h"
#include <QRectF>
#include <QString>
#include <optional>

namespace ps {
class Project;
}

namespace ps::render {

// What a map saved by name in the desktop app (table map_state) was looking
// at: its extent in the canvas CRS. The spec is render::savedMapSpec().
struct SavedView {
    QString crs;
    QRectF extent;   // map units of crs
};

// The saved map's view; nullopt when it saved none (or there is no such map).
std::optional<SavedView> savedMapView(Project& project, const QString& name);
// Frames the page's map panel on the view, transformed into the panel's CRS
// when the canvas used another one, so the CLI and the server draw what the
// desktop showed. False (page unchanged) when the view cannot be used.
bool applySavedView(Page& page, const SavedView& view);
// The bounding box of a rectangle of one CRS in another (its edges sampled, not only
// its corners); nullopt when it cannot be transformed.
std::optional<QRectF> transformExtent(const QString& fromCrs, const QString& toCrs, const QRectF& extent);

} // namespace ps::render
