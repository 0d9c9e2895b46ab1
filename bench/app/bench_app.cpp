// Desktop map view figures:
//  1. launch to first map painted with the Banyuasin project (target < 1 s):
//     the real petasehat-desktop, --screenshot, offscreen platform;
//  2. the map canvas with the Jawa Tengah desa layer (8,563 desa) and 51,880
//     facilities, whole province and 4x zoom: the GUI frame of each pan/zoom
//     step (the previous frame moved, busy sign) and the full render behind it.
#include "BanyuasinProject.h"
#include "MapCanvas.h"
#include "core/Gdal.h"
#include "core/Paths.h"
#include "ProvinceLayers.h"
#include "../BenchFigures.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QFile>
#include <QtTest>
#include <sys/resource.h>
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

// The real MapCanvas with the Jawa Tengah desa layer and 51,880 facilities:
// per pan/zoom step, the GUI frame (input to the previous frame painted moved,
// with the busy sign: what the user sees at once) and the full render on the
// worker threads (until the new frame replaces it).
static void panJawaTengah()
{
    QElapsedTimer t;
    t.start();
    const pstest::ProvinceLayers data = pstest::jawaTengahLayers();
    std::printf("Jawa Tengah desa: %d features + %d facilities, read + projected in %lld ms (%s)\n",
                data.layers.areas.front().features->size(), data.facilities, static_cast<long long>(t.elapsed()),
                qPrintable(data.crs));
    ps::app::MapCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    canvas.setCrs(data.crs);
    canvas.setLayers(data.layers);
    auto idle = [&] { return QTest::qWaitFor([&] { return canvas.isIdle() && canvas.hasImage(); }, 180000); };
    for (const auto& [label, zoom] : {std::pair{"whole province", 1.0}, std::pair{"zoomed 4x", 4.0}}) {
        QRectF ext(0, 0, data.extent.width() / zoom, data.extent.height() / zoom);
        ext.moveCenter(data.extent.center());
        canvas.setExtent(ext);
        idle();
        std::vector<double> frames, paints, renders;
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < 8; ++i) {
            QElapsedTimer f;
            f.start();
            if (i % 4 == 3)
                canvas.zoomBy(i % 8 == 3 ? 1.25 : 0.8);
            else
                canvas.panByPixels(QPointF(i % 2 ? -60 : 80, 30));
            canvas.repaint();   // the frame the user sees now
            frames.push_back(f.nsecsElapsed() / 1e6);
            paints.push_back(canvas.lastPaintMs());
            if (!idle())
                break;
            renders.push_back(canvas.lastRenderMs());
        }
        const double seconds = wall.nsecsElapsed() / 1e9, cpu = cpuSeconds() - cpu0;
        for (auto* v : {&frames, &paints, &renders})
            std::sort(v->begin(), v->end());
        std::printf("%s, 1280x800, %zu pan/zoom steps: GUI frame median %.1f ms, max %.1f ms (paintEvent max %.1f ms); "
                    "new map drawn on the workers median %.0f ms, max %.0f ms; %.1f s wall, %.1f s CPU, load average %s\n",
                    label, frames.size(), frames[frames.size() / 2], frames.back(), paints.back(),
                    renders[renders.size() / 2], renders.back(), seconds, cpu, loadAverage().constData());
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
