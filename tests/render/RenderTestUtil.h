#pragma once
#include "render/Export.h"
#include "render/MapBuilder.h"
#include "render/MapRenderer.h"
#include "render/MapSpec.h"
#include "core/Paths.h"
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

// The province rakontek template (maps/rakontek_kabupaten.json) for the areas under
// codePrefix (periods: its default when empty), its map frame drawn as on a
// slide-1080 page: how many names the frame placed and dropped. *areas: the map's areas.
inline ps::render::MapRenderer::Stats rakontekFrameLabels(ps::Project& project, const QString& codePrefix,
                                                          const std::vector<int>& periods, const QString& previewName,
                                                          int* areas)
{
    using namespace ps::render;
    MapSpec spec = loadMapSpec(ps::mapsDir() + QStringLiteral("/rakontek_kabupaten.json"));
    if (!periods.empty())
        spec.periods = periods;
    spec.codePrefix = codePrefix;
    MapBuilder b(project);
    const BuiltMap m = b.build(spec);
    *areas = m.features->size();
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const PageGeometry g = layoutPage(QSizeF(preset.pixels()), preset.dpi, m.page);
    const MapSettings s = panelSettings(g, m.page, 0, preset.dpi);
    QImage frame(g.mapFrames[0].size().toSize(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    MapRenderer r;
    if (!r.renderImage(frame, s, m.page.panels[0].layers))
        return {};
    preview(frame, previewName);
    return r.stats();
}

} // namespace rtest
