#pragma once
#include "LayersPanel.h"
#include "core/Types.h"
#include <QJsonObject>
#include <QRectF>
#include <optional>
#include <vector>

namespace ps {
class Project;
}

namespace ps::app {

// What the map view shows, saved in the project (table map_state) so that a
// reopened project comes back to the same map, and under a name so that the
// CLI (`render --map NAME`) and the server can draw it. Stored as a map
// template (maps/*.json fields) plus an "app" part the templates ignore
// (layer order, visibility and opacity; the extent in the map's CRS).
struct MapState {
    QString indicator;                 // empty: facilities only
    int period = 0;
    AdminLevel level = AdminLevel::Kecamatan;
    QString method;                    // classify::methodId, empty = automatic
    int classes = 5;
    QString palette;
    QString title;
    std::vector<LayerState> layers;    // bottom-most first
    QString crs;
    QRectF extent;                     // map units of crs

    QJsonObject toJson() const;
    static MapState fromJson(const QJsonObject& o);
    bool operator==(const MapState& o) const;
};

// The name of the state shown at the last close (restored on reopening).
inline QString lastViewName() { return {}; }

void storeMapState(Project& project, const QString& name, const MapState& state);
std::optional<MapState> loadMapState(Project& project, const QString& name);

} // namespace ps::app
