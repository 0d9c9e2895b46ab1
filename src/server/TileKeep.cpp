#include "TileKeep.h"
#include "MapService.h"
#include "Wms.h"
#include "core/Geodesy.h"
#include <QHash>
#include <algorithm>

namespace ps::server {

std::optional<TileRef> parseTileKey(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 4 || !parts[3].endsWith(QLatin1String(".png")))
        return std::nullopt;
    TileRef t;
    bool okZ = false, okX = false, okY = false;
    t.z = parts[1].toInt(&okZ);
    t.x = parts[2].toInt(&okX);
    t.y = parts[3].chopped(4).toInt(&okY);
    if (!okZ || !okX || !okY)
        return std::nullopt;
    const qsizetype at = parts[0].indexOf(QLatin1Char('@'));
    t.layers = parts[0].left(at).split(QLatin1Char(','));
    t.style = at < 0 ? QString() : parts[0].mid(at + 1);
    if (t.style == QLatin1String("default"))
        t.style.clear();
    return t;
}

bool tileTouches(const TileRef& t, const std::vector<QRectF>& rects3857)
{
    const auto e = tileExtent3857(t.z, t.x, t.y);
    if (!e)
        return true;
    const double pad = e->width() / 8;
    const QRectF wide = e->adjusted(-pad, -pad, pad, pad);
    return std::any_of(rects3857.begin(), rects3857.end(), [&](const QRectF& r) {
        // Closed intersection: a box touching the tile's edge counts (QRectF::intersects is open).
        return r.left() <= wide.right() && wide.left() <= r.right() && r.top() <= wide.bottom() && wide.top() <= r.bottom();
    });
}

std::vector<QRectF> boxes3857(const std::vector<std::pair<QString, QRectF>>& areaBoxes, const QStringList& prefixes)
{
    std::vector<QRectF> out;
    const Transformer t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
    const double maxLat = 85.0511;
    for (const auto& [code, box] : areaBoxes) {
        if (!std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& p) { return code.startsWith(p); }))
            continue;
        // Web Mercator keeps meridians and parallels straight: two corners give the box.
        double x0 = box.left(), y0 = std::clamp(box.top(), -maxLat, maxLat);
        double x1 = box.right(), y1 = std::clamp(box.bottom(), -maxLat, maxLat);
        if (t.forward(x0, y0) && t.forward(x1, y1))
            out.emplace_back(QPointF(std::min(x0, x1), std::min(y0, y1)), QPointF(std::max(x0, x1), std::max(y0, y1)));
    }
    return out;
}

QStringList affectedPrefixes(const QStringList& changed, bool provinceLevel)
{
    QStringList out;
    for (const QString& c : changed) {
        const QString p = provinceLevel ? c.left(2) : c;
        if (!p.isEmpty() && !out.contains(p))
            out << p;
    }
    return out;
}

namespace {

bool sameMeaning(const ServiceLayer& a, const ServiceLayer& b)
{
    return a.kind == b.kind && a.indicator == b.indicator && a.period == b.period && a.level == b.level && a.runId == b.runId &&
           a.facilityType == b.facilityType;
}

bool sameClasses(const LayerStyle& a, const LayerStyle& b)
{
    if (a.colors != b.colors || a.classification.size() != b.classification.size())
        return false;
    for (int i = 0; i < a.classification.size(); ++i) {
        const auto& x = a.classification.classes[static_cast<size_t>(i)];
        const auto& y = b.classification.classes[static_cast<size_t>(i)];
        if (x.lower != y.lower || x.upper != y.upper || x.upperInclusive != y.upperInclusive)
            return false;
    }
    return true;
}

// Whether layer `name` under `style` draws every unchanged area as before.
bool layerStable(const Snapshot& old, const Snapshot& now, Project& project, const QString& name, const QString& style,
                 bool trustOldStyles)
{
    const ServiceLayer* a = old.layer(name);
    const ServiceLayer* b = now.layer(name);
    if (!a || !b || !sameMeaning(*a, *b))
        return false;
    switch (b->kind) {
    case LayerKind::Areas:
    case LayerKind::Facilities:
        return true;
    case LayerKind::Indicator: {
        const auto before = old.builtIndicatorStyle(name, style);
        const auto after = now.indicatorStyle(project, *b, style);
        return before && sameClasses(*before, *after) &&
               (trustOldStyles || after->classification.method == classify::Method::Official);
    }
    default:
        return false;
    }
}

} // namespace

QSet<QString> tilesToKeep(const QStringList& keys, const Snapshot& old, const Snapshot& now, Project& project,
                          const QStringList& changed, bool trustOldStyles)
{
    // The changed areas of both versions: a district whose boundary moved left tiles behind too.
    std::vector<std::pair<QString, QRectF>> boxes = old.areaBoxes;
    boxes.insert(boxes.end(), now.areaBoxes.begin(), now.areaBoxes.end());
    const std::vector<QRectF> fine = boxes3857(boxes, affectedPrefixes(changed, false));
    const std::vector<QRectF> province = boxes3857(boxes, affectedPrefixes(changed, true));
    QHash<QString, bool> stable;
    QSet<QString> keep;
    for (const QString& key : keys) {
        const auto t = parseTileKey(key);
        if (!t)
            continue;
        bool ok = true;
        for (const QString& name : t->layers) {
            const QString id = name + QLatin1Char('@') + t->style;
            auto it = stable.find(id);
            if (it == stable.end())
                it = stable.insert(id, layerStable(old, now, project, name, t->style, trustOldStyles));
            const ServiceLayer* l = now.layer(name);
            const bool provinceLevel = l && l->level == AdminLevel::Provinsi && l->kind == LayerKind::Indicator;
            ok = ok && *it && !tileTouches(*t, provinceLevel ? province : fine);
        }
        if (ok)
            keep.insert(key);
    }
    return keep;
}

QStringList changedDistricts(const Snapshot& old, const Snapshot& now)
{
    QStringList out;
    for (auto it = now.districtPublications.begin(); it != now.districtPublications.end(); ++it)
        if (old.districtPublications.value(it.key(), -1) != it.value())
            out << it.key();
    for (auto it = old.districtPublications.begin(); it != old.districtPublications.end(); ++it)
        if (!now.districtPublications.contains(it.key()))
            out << it.key();
    out.sort();
    return out;
}

} // namespace ps::server
