#include "SavedMaps.h"
#include "core/Geodesy.h"
#include "core/Project.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ps::render {

std::optional<SavedView> savedMapView(Project& project, const QString& name)
{
    if (!project.db().hasTable("map_state"))
        return std::nullopt;
    auto st = project.db().prepare("SELECT state FROM map_state WHERE name = ?1");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    // The desktop's own part of the state (src/app/MapState.cpp): "app": {"crs", "extent": [x0, y0, x1, y1]}.
    const QJsonObject app = QJsonDocument::fromJson(st.text(0).toUtf8()).object().value(QStringLiteral("app")).toObject();
    const QJsonArray e = app.value(QStringLiteral("extent")).toArray();
    SavedView v;
    v.crs = app.value(QStringLiteral("crs")).toString();
    if (e.size() != 4 || v.crs.isEmpty())
        return std::nullopt;
    v.extent = QRectF(QPointF(e[0].toDouble(), e[1].toDouble()), QPointF(e[2].toDouble(), e[3].toDouble())).normalized();
    if (!(v.extent.width() > 0 && v.extent.height() > 0))
        return std::nullopt;
    return v;
}

std::optional<QRectF> transformExtent(const QString& fromCrs, const QString& toCrs, const QRectF& r)
{
    if (fromCrs == toCrs)
        return r;
    Transformer t(fromCrs, toCrs);
    // (Min/max by hand: QRectF::united ignores zero-size rectangles, i.e. single points.)
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (int i = 0; i <= 8; ++i) {
        const double fx = r.left() + r.width() * i / 8.0, fy = r.top() + r.height() * i / 8.0;
        for (QPointF p : {QPointF(fx, r.top()), QPointF(fx, r.bottom()), QPointF(r.left(), fy), QPointF(r.right(), fy)}) {
            double x = p.x(), y = p.y();
            if (!t.forward(x, y) || !std::isfinite(x) || !std::isfinite(y))
                continue;
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
        }
    }
    if (!(x1 > x0 && y1 > y0))
        return std::nullopt;
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

bool applySavedView(Page& page, const SavedView& view)
{
    if (page.panels.empty())
        return false;
    const auto extent = transformExtent(view.crs, page.panels.front().crs, view.extent);
    if (!extent)
        return false;
    page.panels.front().extent = *extent;
    return true;
}

} // namespace ps::render
