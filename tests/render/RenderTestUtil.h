#pragma once
#include "render/Export.h"
#include "render/MapBuilder.h"
#include "core/Geodesy.h"
#include <QImage>
#include <QRegularExpression>
#include <QtGlobal>

namespace rtest {

// Where a map point (map units of panel `panel`) lands on the rendered page image.
inline QPoint pagePixel(const ps::render::Page& page, const QSize& px, double dpi, const QPointF& map, int panel = 0)
{
    using namespace ps::render;
    const PageGeometry g = layoutPage(QSizeF(px), dpi, page);
    const MapSettings s = panelSettings(g, page, panel, dpi);
    const QPointF p = s.toPixel(map) + g.mapFrames.at(panel).topLeft();
    return QPoint(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
}

inline QPointF lonLatToMap(const QString& crs, QPointF lonLat)
{
    ps::Transformer t(QStringLiteral("EPSG:4326"), crs);
    double x = lonLat.x(), y = lonLat.y();
    t.forward(x, y);
    return {x, y};
}

inline bool near(QRgb a, const QColor& b, int tol = 3)
{
    return std::abs(qRed(a) - b.red()) <= tol && std::abs(qGreen(a) - b.green()) <= tol && std::abs(qBlue(a) - b.blue()) <= tol;
}

// Page objects in a PDF: "/Type /Page" not followed by more letters (that is "/Pages").
inline int countPdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

// Saves an image for a person to look at when PS_RENDER_PREVIEW_DIR is set.
inline void preview(const QImage& img, const QString& name)
{
    const QString dir = qEnvironmentVariable("PS_RENDER_PREVIEW_DIR");
    if (!dir.isEmpty())
        img.save(dir + QLatin1Char('/') + name);
}

} // namespace rtest
