// A server following a changing source (what `serve PG:` does through its mirror): tiles
// of the changed areas only are dropped at a new data version, data requests answer 503
// while the source is unreachable, and the service recovers by itself. The source here is
// the small project file changed by the test and a refresh function standing in for
// pg::Mirror::refresh (tests/pg runs the same against a real PostgreSQL).
#include "ServerFixture.h"
#include "classify/Classifier.h"
#include "classify/Palette.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Project.h"
#include "server/TileCache.h"
#include "server/TileKeep.h"
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <cmath>
#include <gtest/gtest.h>
#include <mutex>

using namespace ps;
using namespace ps::server;
using pstest::httpGet;

namespace {

TEST(TileKeep, ParsesTileKeys)
{
    struct Case {
        const char* key;
        bool ok;
        QStringList layers;
        const char* style;
        int z, x, y;
    };
    const Case cases[] = {
        {"stunting.2023/12/3231/2081.png", true, {"stunting.2023"}, "", 12, 3231, 2081},
        {"stunting,fasilitas@stunting/3/1/2.png", true, {"stunting", "fasilitas"}, "stunting", 3, 1, 2},
        {"k6@default/0/0/0.png", true, {"k6"}, "", 0, 0, 0},
        {"stunting/3/1.png", false, {}, "", 0, 0, 0},
        {"stunting/3/1/x.png", false, {}, "", 0, 0, 0},
        {"stunting/3/1/2.jpg", false, {}, "", 0, 0, 0},
    };
    for (const Case& c : cases) {
        const auto t = parseTileKey(QString::fromLatin1(c.key));
        ASSERT_EQ(t.has_value(), c.ok) << c.key;
        if (!t)
            continue;
        EXPECT_EQ(t->layers, c.layers) << c.key;
        EXPECT_EQ(t->style, QString::fromLatin1(c.style)) << c.key;
        EXPECT_EQ(QList<int>({t->z, t->x, t->y}), QList<int>({c.z, c.x, c.y})) << c.key;
    }
}

TEST(TileKeep, AffectedPrefixesAndTouchingTiles)
{
    EXPECT_EQ(affectedPrefixes({"16.07", "16.10"}, false), QStringList({"16.07", "16.10"}));
    EXPECT_EQ(affectedPrefixes({"16.07", "16.10", "33.01"}, true), QStringList({"16", "33"}));

    const std::vector<std::pair<QString, QRectF>> boxes = {
        {"16.07", QRectF(QPointF(104.0, -3.0), QPointF(104.4, -2.9))},
        {"16.07.04", QRectF(QPointF(104.3, -3.0), QPointF(104.4, -2.9))},
        {"16.10", QRectF(QPointF(110.0, -7.0), QPointF(111.0, -6.0))},
    };
    EXPECT_EQ(boxes3857(boxes, {"16.07.04"}).size(), 1u);
    EXPECT_EQ(boxes3857(boxes, {"16"}).size(), 3u);
    const auto square4 = boxes3857(boxes, {"16.07.04"});
    // z 12: tiles of 0.088°; x 3231 covers 104.00–104.09 E, x 3235 104.33–104.41 E; y 2081 holds 2.95° S.
    struct Case {
        int z, x, y;
        bool touches;
    };
    const Case cases[] = {{12, 3231, 2081, false}, {12, 3235, 2081, true}, {12, 3234, 2081, true}, {12, 3231, 1000, false},
                          {0, 0, 0, true},          {3, 6, 4, true},          {3, 1, 1, false}};
    for (const Case& c : cases)
        EXPECT_EQ(tileTouches({{"x"}, {}, c.z, c.x, c.y}, square4), c.touches) << c.z << "/" << c.x << "/" << c.y;
}

TEST(TileCacheAdvance, KeepsChosenTilesUnderTheNewVersionInMemoryAndOnDisk)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("cache"));
    {
        TileCache c(folder, 1 << 20);
        c.put(QStringLiteral("pg1"), QStringLiteral("a/1/0/0.png"), "A");
        c.put(QStringLiteral("pg1"), QStringLiteral("b/1/0/0.png"), "B");
        EXPECT_EQ(c.keys(QStringLiteral("pg1")).size(), 2);
        EXPECT_EQ(c.advance(QStringLiteral("pg1"), QStringLiteral("pg2"), {QStringLiteral("a/1/0/0.png")}), 1);
        EXPECT_EQ(c.get(QStringLiteral("pg2"), QStringLiteral("a/1/0/0.png")).value_or("-"), QByteArray("A"));
        EXPECT_FALSE(c.get(QStringLiteral("pg2"), QStringLiteral("b/1/0/0.png")));
        EXPECT_FALSE(c.get(QStringLiteral("pg1"), QStringLiteral("a/1/0/0.png")));
        // A render begun under the old version does not land in the cache.
        c.put(QStringLiteral("pg1"), QStringLiteral("b/1/0/0.png"), "old");
        EXPECT_FALSE(c.get(QStringLiteral("pg1"), QStringLiteral("b/1/0/0.png")));
        EXPECT_EQ(QDir(folder).entryList({QStringLiteral("v-*")}, QDir::Dirs), QStringList({"v-pg2"}));
    }
    // A new process finds the kept tile on disk, and only it.
    TileCache again(folder, 1 << 20);
    EXPECT_EQ(again.keys(QStringLiteral("pg2")), QStringList({"a/1/0/0.png"}));
    EXPECT_EQ(again.get(QStringLiteral("pg2"), QStringLiteral("a/1/0/0.png")).value_or("-"), QByteArray("A"));
}

// The source the test controls: a data version, the codes changed at it, and whether it is reachable.
struct Source {
    std::mutex mutex;
    qint64 version = 1, served = 0;
    QStringList changed;
    bool down = false;
    SourceRefresh look()
    {
        std::lock_guard lock(mutex);
        if (down)
            throw ps::Error(QStringLiteral("uji: basis data dimatikan"));
        SourceRefresh r{version, served, served == version ? QStringList() : changed};
        served = version;
        return r;
    }
    void change(qint64 v, const QStringList& codes)
    {
        std::lock_guard lock(mutex);
        version = v;
        changed = codes;
    }
    void setDown(bool d)
    {
        std::lock_guard lock(mutex);
        down = d;
    }
};

// Tile (x, y) at zoom z holding lon/lat, and the pixel of lon/lat in it.
struct TileAt {
    int x, y;
    QPoint pixel;
};
TileAt tileAt(double lon, double lat, int z)
{
    const double n = std::pow(2.0, z);
    const double fx = (lon + 180) / 360 * n;
    const double latRad = lat * M_PI / 180;
    const double fy = (1 - std::log(std::tan(latRad) + 1 / std::cos(latRad)) / M_PI) / 2 * n;
    return {static_cast<int>(fx), static_cast<int>(fy),
            QPoint(static_cast<int>((fx - std::floor(fx)) * 256), static_cast<int>((fy - std::floor(fy)) * 256))};
}

bool waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 20000)
            return false;
        QThread::msleep(20);
    }
    return true;
}

class ServerRefreshTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = pstest::buildSmallProject(dir.path());
        // underweight has no official classes: Jenks breaks from the data.
        auto p = Project::open(path, false);
        Transaction tx(p->db());
        const qint64 imp = p->logImport("indicators", "uji.xlsx", {}, 4, 4, 0, {});
        for (int i = 1; i <= 4; ++i)
            p->upsertIndicatorValue({QStringLiteral("16.07.0%1").arg(i), 2023, "underweight", 10.0 * i, 100.0}, imp, 100);
        tx.commit();
        ServerConfig c;
        c.projectPath = path;
        c.port = 0;
        c.threads = 2;
        c.cacheDir = dir.filePath(QStringLiteral("cache"));
        c.refresh = [this] { return source.look(); };
        c.refreshIntervalMs = 50;
        c.retryMaxS = 1;
        server = std::make_unique<RunningServer>(c);
    }
    QString tileUrl(const QString& layer, double lon) const
    {
        const TileAt t = tileAt(lon, pstest::squareLat(), 12);
        return server->url() + QStringLiteral("/tiles/%1/12/%2/%3.png").arg(layer).arg(t.x).arg(t.y);
    }
    QString version() const
    {
        return QJsonDocument::fromJson(httpGet(server->url() + QStringLiteral("/api/layers")).body).object().value(QStringLiteral("version")).toString();
    }
    QTemporaryDir dir;
    QString path;
    Source source;
    std::unique_ptr<RunningServer> server;
};

QColor pixelAt(const QByteArray& png, double lon)
{
    return QImage::fromData(png, "PNG").pixelColor(tileAt(lon, pstest::squareLat(), 12).pixel);
}

TEST_F(ServerRefreshTest, ANewVersionDropsOnlyTheTilesOfTheChangedArea)
{
    EXPECT_EQ(version(), QStringLiteral("pg1"));
    const double far = pstest::squareLon(1), near = pstest::squareLon(4);
    QHash<QString, pstest::HttpReply> before;
    for (const QString& layer : {QStringLiteral("stunting.2023"), QStringLiteral("underweight.2023"), QStringLiteral("wilayah")})
        for (double lon : {far, near}) {
            const QString u = tileUrl(layer, lon);
            const auto first = httpGet(u);
            ASSERT_EQ(first.status, 200) << u.toStdString() << first.body.toStdString();
            EXPECT_EQ(first.header("X-PetaSehat-Cache"), "miss");
            EXPECT_EQ(httpGet(u).header("X-PetaSehat-Cache"), "hit");
            before.insert(u, first);
        }

    // Kecamatan 16.07.04 gets a stunting value (it had none) and a far larger underweight one.
    {
        auto p = Project::open(path, false);
        Transaction tx(p->db());
        const qint64 imp = p->logImport("indicators", "uji2.xlsx", {}, 2, 2, 0, {});
        p->upsertIndicatorValue({QStringLiteral("16.07.04"), 2023, "stunting", 35.0, 100.0}, imp, 100);
        p->upsertIndicatorValue({QStringLiteral("16.07.04"), 2023, "underweight", 90.0, 100.0}, imp, 100);
        tx.commit();
    }
    source.change(2, {QStringLiteral("16.07.04")});
    ASSERT_TRUE(waitUntil([&] { return version() == QLatin1String("pg2"); }));

    // Official stunting classes do not move: the far tile is still valid and served from the cache.
    const auto farStunting = httpGet(tileUrl(QStringLiteral("stunting.2023"), far));
    EXPECT_EQ(farStunting.header("X-PetaSehat-Cache"), "hit");
    EXPECT_EQ(farStunting.body, before.value(tileUrl(QStringLiteral("stunting.2023"), far)).body);
    EXPECT_EQ(httpGet(tileUrl(QStringLiteral("wilayah"), far)).header("X-PetaSehat-Cache"), "hit");
    // The tile over the changed kecamatan is drawn again, in the colour of its new value.
    const auto nearStunting = httpGet(tileUrl(QStringLiteral("stunting.2023"), near));
    EXPECT_EQ(nearStunting.header("X-PetaSehat-Cache"), "miss");
    const IndicatorDef* def = Catalogue::standard().indicator(QStringLiteral("stunting"));
    const auto classes = classify::classify(classify::Method::Official, {35.0}, 5, {}, def);
    const QColor want = classify::indicatorColors(*def, classes.size()).at(classes.classOf(35.0));
    const QColor got = pixelAt(nearStunting.body, near);
    EXPECT_NE(pixelAt(before.value(tileUrl(QStringLiteral("stunting.2023"), near)).body, near), got);
    EXPECT_LE(std::abs(got.red() - want.red()) + std::abs(got.green() - want.green()) + std::abs(got.blue() - want.blue()), 12)
        << got.name().toStdString() << " vs " << want.name().toStdString();
    // Jenks breaks moved with the new value: every underweight tile is drawn again, the far one too.
    EXPECT_EQ(httpGet(tileUrl(QStringLiteral("underweight.2023"), far)).header("X-PetaSehat-Cache"), "miss");
    EXPECT_EQ(httpGet(tileUrl(QStringLiteral("underweight.2023"), near)).header("X-PetaSehat-Cache"), "miss");
    EXPECT_EQ(server->service().tilesKeptAtRefresh(), 2);   // stunting and wilayah far
}

TEST_F(ServerRefreshTest, AnUnreachableSourceAnswers503AndTheServiceRecoversByItself)
{
    const QString tile = tileUrl(QStringLiteral("stunting.2023"), pstest::squareLon(1));
    const QString caps = server->url() + QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
    ASSERT_EQ(httpGet(tile).status, 200);
    source.setDown(true);
    ASSERT_TRUE(waitUntil([&] { return httpGet(caps).status == 503; }));
    const auto wms = httpGet(caps);
    bool isException = false;
    EXPECT_EQ(pstest::exceptionCode(wms.body, &isException), QStringLiteral("ServiceUnavailable"));
    EXPECT_TRUE(isException) << wms.body.toStdString();
    EXPECT_FALSE(wms.header("Retry-After").isEmpty());
    const auto api = httpGet(server->url() + QStringLiteral("/api/layers"));
    EXPECT_EQ(api.status, 503);
    EXPECT_TRUE(QJsonDocument::fromJson(api.body).object().contains(QStringLiteral("galat"))) << api.body.toStdString();
    EXPECT_FALSE(api.header("Retry-After").isEmpty());
    // Even a cached tile: a process cut off from the database must not answer differently from its peers.
    EXPECT_EQ(httpGet(tile).status, 503);
    EXPECT_EQ(httpGet(server->url() + QStringLiteral("/")).status, 200);   // the viewer itself still loads

    source.setDown(false);
    ASSERT_TRUE(waitUntil([&] { return httpGet(caps).status == 200; }));
    EXPECT_EQ(httpGet(tile).status, 200);
    EXPECT_EQ(httpGet(server->url() + QStringLiteral("/api/layers")).status, 200);
}

} // namespace
