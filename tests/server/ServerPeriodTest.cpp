// Periods through the server (WMS TIME/PERIOD, layer names, tiles, JSON API, the viewer's list)
// and no-data answers, over a real Banyuasin project with a monthly stunting table.
#include "TestSupport.h"
#include "ServerFixture.h"
#include "core/Catalogue.h"
#include "core/Project.h"
#include "core/Sqlite.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "server/HttpServer.h"
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ps;
using namespace ps::server;
using pstest::httpGet;

namespace {

// Kecamatan 16.07.01 and 16.07.02 weighed in February and August 2025 (stunted, measured):
// the year 2025 of this point-in-time count is August, never February + August.
const char* kMonthly = "Kode Kecamatan,Kecamatan,Tahun,Bulan,Balita Diukur,Balita Stunting\n"
                       "16.07.01,Banyuasin I,2025,Februari,1000,100\n"
                       "16.07.01,Banyuasin I,2025,Agustus,1000,80\n"
                       "16.07.02,Banyuasin II,2025,Feb,500,50\n"
                       "16.07.02,Banyuasin II,2025,Agt,400,60\n";

class ServerPeriodTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (!QFile::exists(pstest::shared(QStringLiteral("boundaries/indonesia_admin.gpkg"))))
            return;
        dir = new QTemporaryDir;
        const QString path = dir->filePath(QStringLiteral("banyuasin.sqlite"));
        {
            auto p = Project::create(path);
            {
                Transaction tx(p->db());
                p->syncCatalogue(Catalogue::standard());
                tx.commit();
            }
            for (const char* layer : {"kabupaten", "kecamatan"}) {
                io::BoundaryImportOptions bo;
                bo.layer = QString::fromLatin1(layer);
                bo.codePrefix = QStringLiteral("16.07");
                io::importBoundaries(*p, pstest::shared(QStringLiteral("boundaries/indonesia_admin.gpkg")), bo);
            }
            io::BoundaryImportOptions desa;
            desa.layer = QStringLiteral("desa");
            desa.codePrefix = QStringLiteral("16.07");
            io::importBoundaries(*p, pstest::shared(QStringLiteral("boundaries/desa_sumatera_selatan.gpkg")), desa);
            const QString csv = dir->filePath(QStringLiteral("stunting_bulanan.csv"));
            QFile f(csv);
            f.open(QIODevice::WriteOnly);
            f.write(kMonthly);
            f.close();
            io::importIndicators(*p, csv, {});
        }
        ServerConfig c;
        c.projectPath = path;
        c.port = 0;
        c.threads = 2;
        c.cacheDir = dir->filePath(QStringLiteral("cache"));
        server = new RunningServer(c);
    }
    static void TearDownTestSuite()
    {
        delete server;
        delete dir;
        server = nullptr;
    }
    void SetUp() override
    {
        PS_REQUIRE_SHARED_DATA();
        ASSERT_TRUE(server);
    }
    static QString url(const QString& path) { return server->url() + path; }
    static QString getMap(const QString& extra)
    {
        return url(QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=CRS:84&BBOX=104.0,-3.3,105.4,-1.9"
                                  "&WIDTH=300&HEIGHT=300&FORMAT=image/png&") + extra);
    }
    static QJsonObject json(const QString& path) { return QJsonDocument::fromJson(httpGet(url(path)).body).object(); }
    static QTemporaryDir* dir;
    static RunningServer* server;
};
QTemporaryDir* ServerPeriodTest::dir = nullptr;
RunningServer* ServerPeriodTest::server = nullptr;

} // namespace

TEST_F(ServerPeriodTest, ViewerListsPeriodsWithLabels)
{
    const QJsonObject o = json(QStringLiteral("/api/indicators"));
    QJsonObject stunting;
    for (const QJsonValue& v : o.value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("stunting"))
            stunting = v.toObject();
    ASSERT_FALSE(stunting.isEmpty());
    EXPECT_EQ(stunting.value(QStringLiteral("latest")).toString(), QStringLiteral("2025-08"));
    QMap<QString, QJsonObject> byPeriod;
    for (const QJsonValue& v : stunting.value(QStringLiteral("periodChoices")).toArray())
        byPeriod.insert(v.toObject().value(QStringLiteral("period")).toString(), v.toObject());
    ASSERT_TRUE(byPeriod.contains(QStringLiteral("2025-08")));
    EXPECT_EQ(byPeriod[QStringLiteral("2025-08")].value(QStringLiteral("label")).toString(), QStringLiteral("Agustus 2025"));
    EXPECT_EQ(byPeriod[QStringLiteral("2025-02")].value(QStringLiteral("label")).toString(), QStringLiteral("Februari 2025"));
    EXPECT_EQ(byPeriod[QStringLiteral("2025-S1")].value(QStringLiteral("label")).toString(), QStringLiteral("Semester 1 2025"));
    // The year of a point-in-time count is its latest weighing month, named.
    EXPECT_EQ(byPeriod[QStringLiteral("2025")].value(QStringLiteral("label")).toString(), QStringLiteral("2025"));
    EXPECT_EQ(byPeriod[QStringLiteral("2025")].value(QStringLiteral("shown")).toString(), QStringLiteral("Agustus 2025"));
    EXPECT_EQ(byPeriod[QStringLiteral("2025-08")].value(QStringLiteral("layer")).toString(), QStringLiteral("stunting.2025-08"));

    const auto caps = httpGet(url(QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities")));
    ASSERT_EQ(caps.status, 200);
    EXPECT_TRUE(caps.body.contains("<Name>stunting.2025-08</Name>"));
    EXPECT_TRUE(caps.body.contains("<Name>stunting.2025-S1</Name>"));
    EXPECT_TRUE(caps.body.contains("Agustus 2025"));
    EXPECT_TRUE(caps.body.contains("default=\"2025-08\"")) << "the TIME dimension's default is the latest period";
    EXPECT_FALSE(caps.body.contains("202508")) << "stored keys never reach the client";
}

TEST_F(ServerPeriodTest, JsonAreasByPeriodCheckedByHand)
{
    auto value = [](const QJsonObject& o, const QString& code) {
        for (const QJsonValue& v : o.value(QStringLiteral("areas")).toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == code)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonObject aug = json(QStringLiteral("/api/areas?indicator=stunting&period=2025-08"));
    EXPECT_DOUBLE_EQ(value(aug, QStringLiteral("16.07.01")).value(QStringLiteral("value")).toDouble(), 8.0);   // 80 / 1000
    EXPECT_DOUBLE_EQ(value(aug, QStringLiteral("16.07.02")).value(QStringLiteral("value")).toDouble(), 15.0);  // 60 / 400
    EXPECT_EQ(aug.value(QStringLiteral("periodLabel")).toString(), QStringLiteral("Agustus 2025"));
    const QJsonObject feb = json(QStringLiteral("/api/areas?indicator=stunting&period=2025-02"));
    EXPECT_DOUBLE_EQ(value(feb, QStringLiteral("16.07.01")).value(QStringLiteral("value")).toDouble(), 10.0);  // 100 / 1000
    // The year: August, not (100 + 80) / 2000.
    const QJsonObject year = json(QStringLiteral("/api/areas?indicator=stunting&period=2025"));
    EXPECT_DOUBLE_EQ(value(year, QStringLiteral("16.07.01")).value(QStringLiteral("value")).toDouble(), 8.0);
    EXPECT_EQ(year.value(QStringLiteral("periodLabel")).toString(), QStringLiteral("Agustus 2025"));
    // Without a period: the latest (August 2025).
    EXPECT_EQ(json(QStringLiteral("/api/areas?indicator=stunting")).value(QStringLiteral("periodText")).toString(), QStringLiteral("2025-08"));
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/areas?indicator=stunting&period=Agustus"))).status, 400);
}

TEST_F(ServerPeriodTest, WmsTimeAndPeriodPickTheMonth)
{
    const auto aug = httpGet(getMap(QStringLiteral("LAYERS=stunting.2025-08")));
    ASSERT_EQ(aug.status, 200) << aug.body.toStdString();
    const auto feb = httpGet(getMap(QStringLiteral("LAYERS=stunting.2025-02")));
    ASSERT_EQ(feb.status, 200);
    const QImage a = QImage::fromData(aug.body, "PNG"), f = QImage::fromData(feb.body, "PNG");
    EXPECT_NE(a, f) << "16.07.02 is 10 % in February, 15 % in August: another class";
    // The year layer, TIME and PERIOD on the latest layer, and QGIS's ISO date all draw August.
    for (const QString& q : {QStringLiteral("LAYERS=stunting.2025"), QStringLiteral("LAYERS=stunting&TIME=2025-08"),
                             QStringLiteral("LAYERS=stunting&PERIOD=2025"), QStringLiteral("LAYERS=stunting&TIME=2025-08-01T00:00:00Z")}) {
        const auto r = httpGet(getMap(q));
        ASSERT_EQ(r.status, 200) << q.toStdString() << r.body.toStdString();
        EXPECT_EQ(QImage::fromData(r.body, "PNG"), a) << q.toStdString();
    }
    EXPECT_EQ(QImage::fromData(httpGet(getMap(QStringLiteral("LAYERS=stunting&PERIOD=2025-02"))).body, "PNG"), f);
    const auto bad = httpGet(getMap(QStringLiteral("LAYERS=stunting&TIME=2019-08")));
    bool isException = false;
    EXPECT_EQ(pstest::exceptionCode(bad.body, &isException), QStringLiteral("InvalidDimensionValue"));
    EXPECT_TRUE(bad.body.contains("2025-08")) << "names the periods that exist";
}

TEST_F(ServerPeriodTest, LevelWithoutDataIsRefusedNamingTheLevelsWithData)
{
    // WMS: a ServiceException, not an all-"Tidak ada data" map.
    const auto map = httpGet(getMap(QStringLiteral("LAYERS=stunting.2025-08.desa")));
    EXPECT_EQ(map.status, 404);
    bool isException = false;
    EXPECT_EQ(pstest::exceptionCode(map.body, &isException), QStringLiteral("NoDataAtLevel"));
    EXPECT_TRUE(isException);
    EXPECT_TRUE(map.body.contains("kecamatan")) << map.body.toStdString();
    EXPECT_TRUE(map.body.contains("stunting.2025-08")) << "names a layer with data";
    // Tiles: 404 with the message.
    const auto tile = httpGet(url(QStringLiteral("/tiles/stunting.2025-08.desa/8/202/129.png")));
    EXPECT_EQ(tile.status, 404);
    EXPECT_TRUE(QJsonDocument::fromJson(tile.body).object().value(QStringLiteral("galat")).toString().contains(QStringLiteral("kecamatan")));
    EXPECT_EQ(httpGet(url(QStringLiteral("/tiles/stunting.2025-08/8/202/129.png"))).status, 200);
    // JSON: an error body with the levels that have data.
    const auto areas = httpGet(url(QStringLiteral("/api/areas?indicator=stunting&period=2025-08&level=desa")));
    EXPECT_EQ(areas.status, 404);
    const QJsonObject o = QJsonDocument::fromJson(areas.body).object();
    EXPECT_TRUE(o.value(QStringLiteral("galat")).toString().contains(QStringLiteral("desa")));
    EXPECT_EQ(o.value(QStringLiteral("levelsWithData")).toArray(), (QJsonArray{QStringLiteral("kabupaten"), QStringLiteral("kecamatan")}));
    // The kabupaten level sums the kecamatan: it has data.
    EXPECT_EQ(httpGet(getMap(QStringLiteral("LAYERS=stunting.2025-08.kabupaten"))).status, 200);
    const auto png = httpGet(url(QStringLiteral("/api/export.png?indicator=stunting&period=2025-08&level=desa")));
    EXPECT_EQ(png.status, 404);
}
