// Desktop map view figures:
//  1. launch to first map painted with the Banyuasin project (target < 1 s):
//     the real petasehat-desktop, --screenshot, offscreen platform;
//  2. frame time of panning the Jawa Tengah desa layer (8,563 desa) in the
//     map canvas: each pan step is one full render on the worker thread.
#include "BanyuasinProject.h"
#include "MapCanvas.h"
#include "core/Gdal.h"
#include "core/Paths.h"
#include "render/FeatureSet.h"
#include "render/MapSettings.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

static void launchToFirstMap(const QString& exe, const QTemporaryDir& dir)
{
    const QString project = dir.filePath(QStringLiteral("banyuasin.petasehat"));
    QElapsedTimer t;
    t.start();
    pstest::buildBanyuasinProject(project, true);
    std::printf("building the Banyuasin project (import boundaries, indicators, puskesmas, pustu): %lld ms\n",
                static_cast<long long>(t.elapsed()));
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        p.start(exe, {project, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))});
        // Wall time from exec to the app's "first map painted" line: includes
        // loading the shared libraries, which main()'s own clock cannot see.
        QByteArray out;
        qint64 toLine = -1;
        while (p.waitForReadyRead(120000)) {
            out += p.readAllStandardOutput();
            if (out.contains('\n')) {
                toLine = wall.elapsed();
                break;
            }
        }
        p.waitForFinished(120000);
        out += p.readAllStandardOutput();
        std::printf("launch run %d: %s; from exec %lld ms (process exit %lld ms)\n", run + 1, out.trimmed().constData(),
                    static_cast<long long>(toLine), static_cast<long long>(wall.elapsed()));
    }
}

static void panJawaTengah()
{
    const QString gpkg = ps::sharedDataDir() + QStringLiteral("/boundaries/desa_jawa_tengah.gpkg");
    QElapsedTimer t;
    t.start();
    std::vector<ps::render::LonLatPolygon> in;
    {
        auto ds = ps::openVector(gpkg);
        OGRLayer* layer = ds->GetLayer(0);
        for (auto& f : *layer) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g)
                continue;
            QByteArray wkb(g->WkbSize(), 0);
            g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()));
            in.push_back({QString::fromUtf8(f->GetFieldAsString("kode")), QString::fromUtf8(f->GetFieldAsString("nama")), wkb});
        }
    }
    QRectF ll = ps::render::lonLatExtent([&] {
        std::vector<QByteArray> w;
        for (const auto& p : in)
            w.push_back(p.wkb);
        return w;
    }());
    const QString crs = ps::render::crsForExtent(ll);
    auto fs = ps::render::FeatureSet::project(in, crs);
    std::printf("Jawa Tengah desa: %d features, %lld vertices, read + projected in %lld ms (%s)\n", fs->size(),
                static_cast<long long>(fs->vertexCount()), static_cast<long long>(t.elapsed()), qPrintable(crs));

    ps::render::AreaLayer layer;
    layer.features = fs;
    const QColor ramp[] = {QColor(254, 240, 217), QColor(253, 204, 138), QColor(252, 141, 89), QColor(227, 74, 51), QColor(179, 0, 0)};
    for (int i = 0; i < fs->size(); ++i)
        layer.fills.push_back(ramp[i % 5]);
    layer.strokeWidthPt = 0.3;
    ps::render::MapLayers layers;
    layers.areas.push_back(layer);

    ps::app::MapCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    canvas.setCrs(crs);
    canvas.setLayers(layers);
    for (const auto& [label, zoom] : {std::pair{"whole province", 1.0}, std::pair{"zoomed 4x (kabupaten scale)", 4.0}}) {
        const QRectF full = fs->extent();
        QRectF ext(0, 0, full.width() / zoom, full.height() / zoom);
        ext.moveCenter(full.center());
        QSignalSpy painted(&canvas, &ps::app::MapCanvas::mapPainted);
        canvas.setExtent(ext);
        painted.wait(60000);
        std::vector<qint64> frames, renders;
        for (int i = 0; i < 12; ++i) {
            QElapsedTimer f;
            f.start();
            painted.clear();
            canvas.panByPixels(QPointF(i % 2 ? -60 : 80, 30));
            if (!painted.wait(60000))
                break;
            frames.push_back(f.elapsed());
            renders.push_back(canvas.lastRenderMs());
        }
        std::sort(frames.begin(), frames.end());
        std::sort(renders.begin(), renders.end());
        if (frames.empty())
            continue;
        std::printf("pan %s, 1280x800: median %lld ms per frame (render %lld ms on the worker), max %lld ms, %zu frames\n",
                    label, static_cast<long long>(frames[frames.size() / 2]), static_cast<long long>(renders[renders.size() / 2]),
                    static_cast<long long>(frames.back()), frames.size());
    }
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (ps::sharedDataDir().isEmpty()) {
        std::printf("bench_app: ../shared/data is absent; skipped\n");
        return 0;
    }
    ps::initGdal();
    QTemporaryDir dir;
    launchToFirstMap(QStringLiteral(PETASEHAT_DESKTOP_EXE), dir);
    panJawaTengah();
    return 0;
}
