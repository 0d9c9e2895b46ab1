// Tile throughput and latency of the map service under concurrent load from
// wrk on loopback: the same 256×256 tile over and over (cached), and distinct
// tiles that each need a render (uncached). Banyuasin kecamatan with the
// stunting indicator from ../shared/data; bounded in time.
#include "core/Catalogue.h"
#include "core/Paths.h"
#include "core/Project.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "server/HttpServer.h"
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cmath>
#include <cstdio>

using namespace ps;

namespace {

struct WrkResult {
    double requestsPerSecond = 0;
    QString p99;
    QString raw;
};

WrkResult runWrk(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("wrk"), args);
    p.waitForFinished(120000);
    WrkResult r;
    r.raw = QString::fromUtf8(p.readAll());
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(r.raw);
    if (rps.hasMatch())
        r.requestsPerSecond = rps.captured(1).toDouble();
    const auto p99 = QRegularExpression(QStringLiteral("\\s99%\\s+([0-9.]+[a-z]+)")).match(r.raw);
    if (p99.hasMatch())
        r.p99 = p99.captured(1);
    return r;
}

int tileX(double lon, int z) { return static_cast<int>(std::floor((lon + 180.0) / 360.0 * (1 << z))); }
int tileY(double lat, int z)
{
    const double r = lat * M_PI / 180.0;
    return static_cast<int>(std::floor((1.0 - std::log(std::tan(r) + 1.0 / std::cos(r)) / M_PI) / 2.0 * (1 << z)));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QString shared = ps::sharedDataDir();
    if (shared.isEmpty() && QFileInfo::exists(QStringLiteral(PETASEHAT_BENCH_SHARED_DATA) + QStringLiteral("/README.md")))
        shared = QStringLiteral(PETASEHAT_BENCH_SHARED_DATA);
    if (shared.isEmpty()) {
        out << "bench_server: skipped, ../shared/data is absent\n";
        return 0;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty()) {
        out << "bench_server: skipped, wrk is not installed (scripts/setup.sh --with-tests)\n";
        return 0;
    }
    const int seconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("banyuasin.sqlite"));
    {
        auto p = Project::create(path);
        {
            Transaction tx(p->db());
            p->syncCatalogue(Catalogue::standard());
            tx.commit();
        }
        io::BoundaryImportOptions bo;
        bo.layer = QStringLiteral("kecamatan");
        bo.codePrefix = QStringLiteral("16.07");
        io::importBoundaries(*p, shared + QStringLiteral("/boundaries/indonesia_admin.gpkg"), bo);
        io::importIndicators(*p, shared + QStringLiteral("/sample/banyuasin/indikator_kecamatan.xlsx"), {});
    }
    auto project = Project::open(path, true);
    const QRectF ext = project->extent();

    server::ServerConfig c;
    c.projectPath = path;
    c.port = 0;
    server::RunningServer srv(c);
    const int threads = QThread::idealThreadCount();
    out << "bench_server: Banyuasin, 21 kecamatan, layer stunting.2023, " << threads << " render threads, wrk -t2 -c16 -d"
        << seconds << "s on " << srv.url() << "\n";
    out.flush();

    // Cached: one tile in the middle of the kabupaten, rendered once before the run.
    const int z = 11;
    const QString cachedPath = QStringLiteral("/tiles/stunting.2023/%1/%2/%3.png")
                                   .arg(z)
                                   .arg(tileX(ext.center().x(), z))
                                   .arg(tileY(ext.center().y(), z));
    runWrk({QStringLiteral("-t1"), QStringLiteral("-c1"), QStringLiteral("-d1s"), srv.url() + cachedPath});
    const WrkResult cached = runWrk({QStringLiteral("-t2"), QStringLiteral("-c16"), QStringLiteral("-d%1s").arg(seconds),
                                     QStringLiteral("--latency"), srv.url() + cachedPath});

    // Uncached: every request a tile never asked for before (zoom 13–16 over the
    // kabupaten, walked in order by each wrk thread from its own offset).
    QString lua = QStringLiteral("local tiles = {}\nlocal function add(z, x0, x1, y0, y1)\n"
                                 "  for x = x0, x1 do for y = y0, y1 do\n"
                                 "    tiles[#tiles+1] = \"/tiles/stunting.2023/\" .. z .. \"/\" .. x .. \"/\" .. y .. \".png\"\n"
                                 "  end end\nend\n");
    int count = 0;
    for (int zz = 13; zz <= 16; ++zz) {
        const int x0 = tileX(ext.left(), zz), x1 = tileX(ext.right(), zz), y0 = tileY(ext.bottom(), zz), y1 = tileY(ext.top(), zz);
        lua += QStringLiteral("add(%1, %2, %3, %4, %5)\n").arg(zz).arg(x0).arg(x1).arg(y0).arg(y1);
        count += (x1 - x0 + 1) * (y1 - y0 + 1);
    }
    lua += QStringLiteral(
        "local n = 0\nlocal threads = 0\n"
        "function setup(thread) threads = threads + 1; thread:set(\"id\", threads) end\n"
        "function init(args) n = (id or 1) * 7919 end\n"
        "function request() n = n + 2; return wrk.format(nil, tiles[(n % #tiles) + 1]) end\n");
    const QString script = dir.filePath(QStringLiteral("uncached.lua"));
    QFile f(script);
    f.open(QIODevice::WriteOnly);
    f.write(lua.toUtf8());
    f.close();
    const qint64 missesBefore = srv.service().tiles().misses();
    const WrkResult uncached = runWrk({QStringLiteral("-t2"), QStringLiteral("-c16"), QStringLiteral("-d%1s").arg(seconds),
                                       QStringLiteral("--latency"), QStringLiteral("-s"), script, srv.url() + QStringLiteral("/")});
    const qint64 renders = srv.service().tiles().misses() - missesBefore;

    out << "cached tiles/s:    " << QString::number(cached.requestsPerSecond, 'f', 0) << "   p99 latency " << cached.p99 << "\n";
    out << "uncached tiles/s:  " << QString::number(uncached.requestsPerSecond, 'f', 1) << "   p99 latency " << uncached.p99
        << "   (" << renders << " distinct tiles rendered of " << count << " in the set)\n";
    if (cached.requestsPerSecond == 0 || uncached.requestsPerSecond == 0)
        out << "wrk output:\n" << cached.raw << "\n" << uncached.raw << "\n";
    return 0;
}
