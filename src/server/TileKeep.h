#pragma once
// Which cached tiles survive a republished district (a served PG: database).
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ps {
class Project;
}

namespace ps::server {

class Snapshot;

// A tile cache key: "LAYER[,LAYER…][@STYLE]/z/x/y.png" (Service's tileKey()).
struct TileRef {
    QStringList layers;
    QString style;   // empty for the default style
    int z = 0, x = 0, y = 0;
};
std::optional<TileRef> parseTileKey(const QString& key);

// True when the tile, widened by an eighth of its size on every side (facility symbols
// drawn across a tile edge), meets one of the EPSG:3857 rectangles.
bool tileTouches(const TileRef& t, const std::vector<QRectF>& rects3857);

// The EPSG:3857 boxes of the areas whose code starts with one of `prefixes` (a box crossing
// the poles' limit of the projection is clamped to it).
std::vector<QRectF> boxes3857(const std::vector<std::pair<QString, QRectF>>& areaBoxes, const QStringList& prefixes);

// The code prefixes whose areas a layer at `level` may draw differently when `changed`
// (kabupaten/kota codes "16.07", or finer) were republished: the codes themselves, or
// for a provinsi layer (values summed over the whole province) their provinces.
QStringList affectedPrefixes(const QStringList& changed, bool provinceLevel);

// The keys of `keys` (tiles cached from `old`) that show exactly the same in `now` after
// the areas `changed` were republished: tiles away from those areas, of layers that mean
// the same in both. A data-driven classification (quantile, Jenks, equal interval) whose
// breaks moved with the new values recolours areas everywhere, so every tile of that
// layer and style goes then; likewise a layer whose latest period moved, analysis-run
// layers (their results are not split by district), and a style `old` never built
// (nothing to compare with). `project` is the caller's connection to the new state.
// Without `trustOldStyles` (another process moved a shared mirror: `old` may have built a
// style from the newer rows) only fixed, official classes count as unchanged.
QSet<QString> tilesToKeep(const QStringList& keys, const Snapshot& old, const Snapshot& now, Project& project,
                          const QStringList& changed, bool trustOldStyles = true);

// The districts whose publication differs between two snapshots of a mirror.
QStringList changedDistricts(const Snapshot& old, const Snapshot& now);

} // namespace ps::server
