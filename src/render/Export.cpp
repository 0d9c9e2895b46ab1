#include "Export.h"
#include "MapRenderer.h"
#include "PngWriter.h"
#include "core/Error.h"
#include "core/Progress.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include "core/ProjLib.h"
#include <cmath>

namespace ps::render {

static QString tr(const char* s) { return QCoreApplication::translate("render", s); }

std::optional<Format> formatFromId(const QString& id)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("png"))
        return Format::Png;
    if (s == QLatin1String("svg"))
        return Format::Svg;
    if (s == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<Format> formatFromPath(const QString& path) { return formatFromId(QFileInfo(path).suffix()); }

QImage renderPageImage(const Page& page, const PagePreset& preset, std::optional<double> dpi, const ps::Progress* progress)
{
    const double d = dpi.value_or(preset.dpi);
    const QSize px(static_cast<int>(std::lround(preset.widthIn * d)), static_cast<int>(std::lround(preset.heightIn * d)));
    // Opaque (the page is white): PNG gets RGB rows as they are, without the
    // un-premultiplying copy and a quarter fewer bytes through zlib.
    QImage img = largeImage(px, QImage::Format_RGB32);
    img.setDotsPerMeterX(static_cast<int>(std::lround(d / 0.0254)));
    img.setDotsPerMeterY(static_cast<int>(std::lround(d / 0.0254)));
    img.fill(Qt::white);
    QPainter p(&img);
    if (!paintPage(p, QSizeF(px), d, page, progress))
        throw Cancelled();
    p.end();
    return img;
}

static void commit(QSaveFile& f)
{
    if (!f.commit())
        throw Error(f.fileName(), tr("berkas tidak dapat ditulis: %1").arg(f.errorString()));
}

static QSaveFile& openOut(QSaveFile& f)
{
    if (!f.open(QIODevice::WriteOnly))
        throw Error(f.fileName(), tr("berkas tidak dapat ditulis: %1").arg(f.errorString()));
    return f;
}

static void setupPdf(QPdfWriter& w, const PagePreset& preset)
{
    w.setResolution(static_cast<int>(preset.dpi));
    w.setPageSize(QPageSize(QSizeF(preset.widthIn, preset.heightIn), QPageSize::Inch, QString(), QPageSize::ExactMatch));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    w.setCreator(QStringLiteral("PetaSehat"));
}

void exportPage(const Page& page, const PagePreset& preset, const QString& path, Format format, std::optional<double> dpi,
                const ps::Progress* progress)
{
    QSaveFile f(path);
    openOut(f);
    if (format == Format::Png) {
        const QImage img = renderPageImage(page, preset, dpi, progress);
        if (!writePng(img, f))
            throw Error(path, tr("PNG tidak dapat ditulis"));
    } else if (format == Format::Svg) {
        const double d = dpi.value_or(preset.dpi);
        const QSize px(static_cast<int>(std::lround(preset.widthIn * d)), static_cast<int>(std::lround(preset.heightIn * d)));
        QSvgGenerator svg;
        svg.setOutputDevice(&f);
        svg.setSize(px);
        svg.setViewBox(QRect(QPoint(0, 0), px));
        svg.setResolution(static_cast<int>(d));
        svg.setTitle(page.title);
        svg.setDescription(page.subtitle);
        QPainter p(&svg);
        if (!paintPage(p, QSizeF(px), d, page, progress))
            throw Cancelled();
        p.end();
    } else {
        QPdfWriter w(&f);
        setupPdf(w, preset);
        w.setTitle(page.title);
        QPainter p(&w);
        if (!paintPage(p, QSizeF(w.width(), w.height()), preset.dpi, page, progress))
            throw Cancelled();
        p.end();
    }
    commit(f);
}

WorldFile pageWorldFile(const Page& page, const PagePreset& preset, std::optional<double> dpi)
{
    const double d = dpi.value_or(preset.dpi);
    const QSizeF px(std::lround(preset.widthIn * d), std::lround(preset.heightIn * d));
    WorldFile w;
    if (page.panels.empty())
        return w;
    // The same geometry paintPage uses for the image.
    const PageGeometry g = layoutPage(px, d, page);
    const MapSettings s = panelSettings(g, page, 0, d);
    const QRectF v = s.visibleExtent();
    const double mupp = s.mapUnitsPerPixel();
    const QPointF frame = g.mapFrames.at(0).topLeft();
    w.a = mupp;
    w.e = -mupp;
    w.c = v.left() + (0.5 - frame.x()) * mupp;
    w.f = v.bottom() - (0.5 - frame.y()) * mupp;   // v.bottom() is the north edge (y up)
    w.crs = s.crs;
    return w;
}

QStringList writeWorldFile(const Page& page, const PagePreset& preset, const QString& imagePath, std::optional<double> dpi)
{
    const WorldFile w = pageWorldFile(page, preset, dpi);
    const QFileInfo fi(imagePath);
    const QString base = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
    const QString pgw = base + QStringLiteral(".pgw"), prj = base + QStringLiteral(".prj");
    {
        QSaveFile f(pgw);
        openOut(f);
        QString text;
        for (double v : {w.a, w.d, w.b, w.e, w.c, w.f})
            text += QString::number(v, 'f', 10) + QLatin1Char('\n');
        f.write(text.toLatin1());
        commit(f);
    }
    // PROJ writes the ESRI WKT GIS read in .prj files (what GDAL's exportToWkt calls;
    // render does not link GDAL, see src/cli/CMakeLists.txt).
    const ps::ProjLib& proj = ps::projLib();
    PJ_CONTEXT* ctx = proj.context_create();
    PJ* crs = proj.create(ctx, w.crs.toUtf8().constData());
    const char* wkt = crs ? proj.as_wkt(ctx, crs, PJ_WKT1_ESRI, nullptr) : nullptr;
    const QByteArray text(wkt ? wkt : "");
    proj.destroy(crs);
    proj.context_destroy(ctx);
    if (text.isEmpty())
        throw Error(prj, tr("CRS peta tidak dapat ditulis sebagai WKT: %1").arg(w.crs));
    QSaveFile f(prj);
    openOut(f);
    f.write(text);
    commit(f);
    return {pgw, prj};
}

void exportPdf(const std::vector<Page>& pages, const PagePreset& preset, const QString& path, const ps::Progress* progress)
{
    QSaveFile f(path);
    openOut(f);
    QPdfWriter w(&f);
    setupPdf(w, preset);
    if (!pages.empty())
        w.setTitle(pages.front().title);
    QPainter p(&w);
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            w.newPage();
        if (!paintPage(p, QSizeF(w.width(), w.height()), preset.dpi, pages[i], progress))
            throw Cancelled();
        if (progress)
            progress->report(static_cast<double>(i + 1) / static_cast<double>(pages.size()), tr("halaman"));
    }
    p.end();
    commit(f);
}

} // namespace ps::render
