#include "TestSupport.h"
#include "ServerFixture.h"
#include "classify/Classifier.h"
#include "classify/Palette.h"
#include "core/Catalogue.h"
#include "core/Gdal.h"
#include "core/Geos.h"
#include "core/Project.h"
#include "server/HttpServer.h"
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QXmlStreamReader>
#include <cmath>
#include <gdal_priv.h>

using namespace ps;
using namespace ps::server;
using pstest::httpGet;

namespace {

// One server over the small project for the whole suite (read-only tests).
class ServerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ServerConfig c;
        c.projectPath = pstest::buildSmallProject(dir->path());
        c.port = 0;
        c.threads = 2;
        c.cacheDir = dir->filePath(QStringLiteral("cache"));
        c.corsOrigin = QStringLiteral("https://dinkes.example");
        server = new RunningServer(c);
    }
    static void TearDownTestSuite()
    {
        delete server;
        delete dir;
    }
    static QString url(const QString& path) { return server->url() + path; }
    static QString wms(const QString& query) { return url(QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&") + query); }
    static QTemporaryDir* dir;
    static RunningServer* server;
};
QTemporaryDir* ServerTest::dir = nullptr;
RunningServer* ServerTest::server = nullptr;

// The class colour of a stunting value, computed from the catalogue with the
// classifier directly (not through the server).
QColor expectedStuntingColor(double v)
{
    const IndicatorDef* def = Catalogue::standard().indicator(QStringLiteral("stunting"));
    const auto c = classify::classify(classify::Method::Official, {5, 15, 25, std::nan("")}, 5, {}, def);
    const auto colors = classify::indicatorColors(*def, c.size());
    return colors.at(c.classOf(v));
}

// Pixel of lon/lat in an EPSG:4326 image covering ll.
QPoint pixelOf(const QRectF& ll, const QSize& size, double lon, double lat)
{
    return QPoint(static_cast<int>((lon - ll.left()) / ll.width() * size.width()),
                  static_cast<int>((ll.bottom() - lat) / ll.height() * size.height()));
}

bool near(QColor a, QColor b, int tol = 3)
{
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol && std::abs(a.blue() - b.blue()) <= tol;
}

const QRectF kLonLat(QPointF(103.95, -3.05), QPointF(104.45, -2.85));
const QString kBbox4326 = QStringLiteral("-3.05,103.95,-2.85,104.45");   // lat,lon order (WMS 1.3.0)

} // namespace

TEST_F(ServerTest, CapabilitiesListLayersCrsAndBoxes)
{
    const auto r = httpGet(wms(QStringLiteral("REQUEST=GetCapabilities")));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.contentType.startsWith("text/xml"));
    QXmlStreamReader x(r.body);
    QStringList names, crs;
    QString bbox4326;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("Name"))
            names << x.readElementText();
        else if (x.name() == QLatin1String("CRS"))
            crs << x.readElementText();
        else if (x.name() == QLatin1String("BoundingBox") && x.attributes().value(QLatin1String("CRS")) == QLatin1String("EPSG:4326") && bbox4326.isEmpty())
            bbox4326 = x.attributes().value(QLatin1String("minx")).toString() + QLatin1Char(',') + x.attributes().value(QLatin1String("miny")).toString();
    }
    ASSERT_FALSE(x.hasError()) << x.errorString().toStdString();
    for (const char* n : {"stunting", "stunting.2023", "stunting.2024", "k6.2023", "fasilitas", "fasilitas.puskesmas",
                          "fasilitas.posyandu", "wilayah"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(n))) << n;
    EXPECT_TRUE(crs.contains(QStringLiteral("EPSG:4326")));
    EXPECT_TRUE(crs.contains(QStringLiteral("EPSG:3857")));
    EXPECT_EQ(bbox4326, QStringLiteral("-3,104"));   // latitude first
    EXPECT_TRUE(r.body.contains("GetLegendGraphic"));
    EXPECT_TRUE(r.body.contains("default=\"2024\">2023,2024</Dimension>")) << r.body.toStdString();
}

TEST_F(ServerTest, GetMapDrawsClassColoursInTheRequestedBox)
{
    const auto r = httpGet(wms(QStringLiteral("REQUEST=GetMap&LAYERS=stunting.2023&STYLES=&CRS=EPSG:4326&BBOX=") + kBbox4326 +
                               QStringLiteral("&WIDTH=500&HEIGHT=200&FORMAT=image/png")));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QImage img = QImage::fromData(r.body, "PNG");
    ASSERT_EQ(img.size(), QSize(500, 200));
    const double values[] = {5, 15, 25};
    for (int i = 1; i <= 3; ++i) {
        const QColor got = img.pixelColor(pixelOf(kLonLat, img.size(), pstest::squareLon(i), pstest::squareLat()));
        EXPECT_TRUE(near(got, expectedStuntingColor(values[i - 1]))) << i << " " << got.name().toStdString();
    }
    // Outside every area: the white background (not transparent by default).
    EXPECT_EQ(img.pixelColor(5, 5), QColor(Qt::white));
    // Square 4 has no data: hatched grey, not a class colour.
    const QColor none = img.pixelColor(pixelOf(kLonLat, img.size(), pstest::squareLon(4), pstest::squareLat()));
    for (double v : values)
        EXPECT_FALSE(near(none, expectedStuntingColor(v)));

    // WMS 1.1.1 clients write EPSG:4326 boxes in lon,lat order under SRS.
    const auto old = httpGet(url(QStringLiteral("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=stunting.2023&STYLES=&SRS=EPSG:4326"
                                                "&BBOX=103.95,-3.05,104.45,-2.85&WIDTH=500&HEIGHT=200&FORMAT=image/png")));
    ASSERT_EQ(old.status, 200) << old.body.toStdString();
    EXPECT_EQ(QImage::fromData(old.body, "PNG"), img);

    const auto t = httpGet(wms(QStringLiteral("REQUEST=GetMap&LAYERS=stunting.2023&CRS=EPSG:4326&BBOX=") + kBbox4326 +
                               QStringLiteral("&WIDTH=500&HEIGHT=200&FORMAT=image/png&TRANSPARENT=TRUE")));
    const QImage timg = QImage::fromData(t.body, "PNG");
    EXPECT_EQ(timg.pixelColor(5, 5).alpha(), 0);
    EXPECT_EQ(timg.pixelColor(pixelOf(kLonLat, timg.size(), pstest::squareLon(2), pstest::squareLat())).alpha(), 255);
}

TEST_F(ServerTest, InvalidRequestsGetServiceExceptionsAndServerKeepsServing)
{
    struct Case {
        QString query;
        QString code;
    } cases[] = {
        {QStringLiteral("REQUEST=GetMap&LAYERS=tidak_ada&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=10&HEIGHT=10&FORMAT=image/png"), QStringLiteral("LayerNotDefined")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:32748&BBOX=1,2,3,4&WIDTH=10&HEIGHT=10&FORMAT=image/png"), QStringLiteral("InvalidCRS")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=10&HEIGHT=10&FORMAT=image/gif"), QStringLiteral("InvalidFormat")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=1,2,x,4&WIDTH=10&HEIGHT=10&FORMAT=image/png"), QStringLiteral("InvalidParameterValue")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=3,2,1,4&WIDTH=10&HEIGHT=10&FORMAT=image/png"), QStringLiteral("InvalidParameterValue")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=100000&HEIGHT=10&FORMAT=image/png"), QStringLiteral("InvalidParameterValue")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=1e3&HEIGHT=10&FORMAT=image/png"), QStringLiteral("InvalidParameterValue")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=10&HEIGHT=10&FORMAT=image/png&FOO=1"), QStringLiteral("InvalidParameterValue")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=10&HEIGHT=10&FORMAT=image/png&TIME="), QStringLiteral("MissingDimensionValue")},
        {QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=10&HEIGHT=10&FORMAT=image/png&TIME=1999"), QStringLiteral("InvalidDimensionValue")},
        {QStringLiteral("REQUEST=GetFeatureInfo&LAYERS=stunting&QUERY_LAYERS=stunting&CRS=EPSG:4326&BBOX=") + kBbox4326 + QStringLiteral("&WIDTH=10&HEIGHT=10&I=10&J=2"), QStringLiteral("InvalidPoint")},
        {QStringLiteral("REQUEST=GetStyles"), QStringLiteral("OperationNotSupported")},
        {QStringLiteral("REQUEST=GetLegendGraphic&LAYER=nope&FORMAT=image/png"), QStringLiteral("LayerNotDefined")},
        {QStringLiteral("LAYERS=stunting"), QStringLiteral("MissingParameterValue")},
    };
    for (const Case& c : cases) {
        const auto r = httpGet(wms(c.query));
        bool isEx = false;
        const QString code = pstest::exceptionCode(r.body, &isEx);
        EXPECT_TRUE(isEx) << c.query.toStdString() << " -> " << r.status << " " << r.body.toStdString();
        EXPECT_EQ(code, c.code) << c.query.toStdString();
        EXPECT_EQ(r.status, 400) << c.query.toStdString();
    }
    const auto ok = httpGet(wms(QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:3857&BBOX=11580000,-336000,11630000,-318000&WIDTH=64&HEIGHT=64&FORMAT=image/png&TIME=2023")));
    EXPECT_EQ(ok.status, 200);
    EXPECT_FALSE(QImage::fromData(ok.body, "PNG").isNull());
    // JPEG (what GDAL's WMS client asks for by default) and parameters clients add are served.
    const auto jpeg = httpGet(wms(QStringLiteral("REQUEST=GetMap&LAYERS=stunting&CRS=EPSG:3857&BBOX=11580000,-336000,11630000,-318000&WIDTH=64&HEIGHT=64&FORMAT=image/jpeg&ELEVATION=0&DPI=96")));
    EXPECT_EQ(jpeg.status, 200);
    EXPECT_EQ(QImage::fromData(jpeg.body, "JPEG").size(), QSize(64, 64));
}

TEST_F(ServerTest, FeatureInfoIdentifiesTheAreaUnderThePixel)
{
    const QSize size(500, 200);
    const QPoint px = pixelOf(kLonLat, size, pstest::squareLon(2), pstest::squareLat());
    const auto r = httpGet(wms(QStringLiteral("REQUEST=GetFeatureInfo&LAYERS=stunting.2023&QUERY_LAYERS=stunting.2023&CRS=EPSG:4326"
                                              "&BBOX=%1&WIDTH=500&HEIGHT=200&I=%2&J=%3&INFO_FORMAT=application/json")
                                   .arg(kBbox4326).arg(px.x()).arg(px.y())));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonArray f = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("features")).toArray();
    ASSERT_EQ(f.size(), 1);
    const QJsonObject p = f[0].toObject().value(QStringLiteral("properties")).toObject();
    EXPECT_EQ(p.value(QStringLiteral("kode")).toString(), QStringLiteral("16.07.02"));
    EXPECT_NEAR(p.value(QStringLiteral("nilai")).toDouble(), 15.0, 1e-9);
    EXPECT_EQ(p.value(QStringLiteral("pembilang")).toDouble(), 15.0);
    const auto html = httpGet(wms(QStringLiteral("REQUEST=GetFeatureInfo&LAYERS=stunting.2023&QUERY_LAYERS=stunting.2023&CRS=EPSG:4326"
                                                 "&BBOX=%1&WIDTH=500&HEIGHT=200&I=%2&J=%3&INFO_FORMAT=text/html")
                                      .arg(kBbox4326).arg(px.x()).arg(px.y())));
    EXPECT_TRUE(html.contentType.startsWith("text/html"));
    EXPECT_TRUE(html.body.contains("16.07.02"));
}

TEST_F(ServerTest, LegendGraphicAndJsonLegend)
{
    const auto r = httpGet(wms(QStringLiteral("REQUEST=GetLegendGraphic&LAYER=stunting.2023&FORMAT=image/png")));
    ASSERT_EQ(r.status, 200);
    const QImage img = QImage::fromData(r.body, "PNG");
    ASSERT_FALSE(img.isNull());
    EXPECT_GT(img.height(), 60);
    int coloured = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < 30; ++x)
            coloured += near(img.pixelColor(x, y), expectedStuntingColor(15)) ? 1 : 0;
    EXPECT_GT(coloured, 50);
    const auto j = httpGet(url(QStringLiteral("/api/legend?layer=stunting.2023")));
    const QJsonArray items = QJsonDocument::fromJson(j.body).object().value(QStringLiteral("items")).toArray();
    ASSERT_GE(items.size(), 2);
    EXPECT_TRUE(items.last().toObject().value(QStringLiteral("noData")).toBool());
}

TEST_F(ServerTest, TilesAreRenderedAndCached)
{
    // z=10 tile holding 104.05° E, 2.95° S.
    const int z = 10, x = static_cast<int>((104.05 + 180) / 360 * 1024);
    const double latRad = -2.95 * M_PI / 180;
    const int y = static_cast<int>((1 - std::log(std::tan(latRad) + 1 / std::cos(latRad)) / M_PI) / 2 * 1024);
    const QString path = QStringLiteral("/tiles/stunting.2023/%1/%2/%3.png").arg(z).arg(x).arg(y);
    const qint64 hits = server->service().tiles().hits();
    const auto a = httpGet(url(path));
    ASSERT_EQ(a.status, 200) << a.body.toStdString();
    const QImage img = QImage::fromData(a.body, "PNG");
    ASSERT_EQ(img.size(), QSize(256, 256));
    int opaque = 0;
    for (int yy = 0; yy < 256; yy += 8)
        for (int xx = 0; xx < 256; xx += 8)
            opaque += img.pixelColor(xx, yy).alpha() > 0 ? 1 : 0;
    EXPECT_GT(opaque, 10);
    const auto b = httpGet(url(path));
    EXPECT_EQ(a.body, b.body);
    // Browsers revalidate with the ETag and get 304 while the project is unchanged.
    ASSERT_FALSE(a.etag.isEmpty());
    EXPECT_EQ(b.etag, a.etag);
    EXPECT_EQ(httpGet(url(path), a.etag).status, 304);
    EXPECT_EQ(httpGet(url(path), "\"other\"").status, 200);
    EXPECT_GT(server->service().tiles().hits(), hits);
    EXPECT_FALSE(QDir(dir->filePath(QStringLiteral("cache"))).entryList({QStringLiteral("v-*")}, QDir::Dirs).isEmpty());
    EXPECT_EQ(httpGet(url(QStringLiteral("/tiles/stunting.2023/3/8/0.png"))).status, 404);
    EXPECT_EQ(httpGet(url(QStringLiteral("/tiles/nope/3/1/1.png"))).status, 404);
    EXPECT_EQ(httpGet(url(path + QStringLiteral("?x=1"))).status, 400);
}

TEST_F(ServerTest, JsonApiAreasFacilitiesAndCors)
{
    const auto ind = httpGet(url(QStringLiteral("/api/indicators")));
    ASSERT_EQ(ind.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(ind.body).object();
    EXPECT_EQ(o.value(QStringLiteral("indicators")).toArray().size(), 2);
    const auto areas = httpGet(url(QStringLiteral("/api/areas?indicator=stunting&period=2023&level=kecamatan")));
    ASSERT_EQ(areas.status, 200);
    const QJsonArray rows = QJsonDocument::fromJson(areas.body).object().value(QStringLiteral("areas")).toArray();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_NEAR(rows[2].toObject().value(QStringLiteral("value")).toDouble(), 25.0, 1e-9);
    EXPECT_TRUE(rows[3].toObject().value(QStringLiteral("value")).isNull());
    const auto fac = httpGet(url(QStringLiteral("/api/facilities?type=puskesmas")));
    ASSERT_EQ(fac.status, 200);
    EXPECT_TRUE(fac.contentType.startsWith("application/geo+json"));
    const QJsonObject fc = QJsonDocument::fromJson(fac.body).object();
    EXPECT_EQ(fc.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray feats = fc.value(QStringLiteral("features")).toArray();
    ASSERT_EQ(feats.size(), 1);
    EXPECT_DOUBLE_EQ(feats[0].toObject()[QStringLiteral("geometry")].toObject()[QStringLiteral("coordinates")].toArray()[0].toDouble(), 104.12);
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/areas?indicator=stunting&bogus=1"))).status, 400);
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/areas?indicator=stunting&period=dua"))).status, 400);
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/areas?indicator=nope"))).status, 404);
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/facilities?type=klinik"))).status, 400);
    const auto cov = httpGet(url(QStringLiteral("/api/coverage")));
    EXPECT_EQ(cov.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(cov.body).object().value(QStringLiteral("run")).toInt(), 0);
    // CORS header as configured.
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(url(QStringLiteral("/api/indicators")))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(reply->rawHeader("Access-Control-Allow-Origin"), QByteArray("https://dinkes.example"));
    delete reply;
}

TEST_F(ServerTest, StaticFilesWithoutPathTraversal)
{
    const auto index = httpGet(url(QStringLiteral("/")));
    ASSERT_EQ(index.status, 200);
    EXPECT_TRUE(index.body.contains("/leaflet/leaflet.js"));
    if (QFile::exists(QStringLiteral("/usr/share/javascript/leaflet/leaflet.js"))) {
        EXPECT_EQ(httpGet(url(QStringLiteral("/leaflet/leaflet.js"))).status, 200);
    }
    for (const char* bad : {"/leaflet/../../../etc/passwd", "/leaflet/%2e%2e/%2e%2e/etc/passwd", "/leaflet/..%2f..%2fetc%2fpasswd",
                            "/../etc/passwd", "/leaflet//etc/passwd", "/etc/passwd"}) {
        const auto r = httpGet(url(QString::fromLatin1(bad)));
        EXPECT_NE(r.status, 200) << bad;
        EXPECT_FALSE(r.body.contains("root:")) << bad;
    }
}

TEST_F(ServerTest, ExportsTheViewThroughThePageLayout)
{
    const auto r = httpGet(url(QStringLiteral("/api/export.png?layer=stunting.2023&preset=slide-1080&bbox=104.0,-3.0,104.2,-2.9")));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QImage img = QImage::fromData(r.body, "PNG");
    ASSERT_EQ(img.size(), QSize(1920, 1080));
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            colours.insert(img.pixel(x, y));
    EXPECT_GT(colours.size(), 10);
    img.save(QDir::temp().filePath(QStringLiteral("petasehat-export.png")));
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/export.png?layer=stunting.2023&preset=poster"))).status, 400);
    EXPECT_EQ(httpGet(url(QStringLiteral("/api/export.png?layer=stunting.2023&bbox=1,2,3"))).status, 400);
}

TEST_F(ServerTest, DataChangesAreOffWithoutToken)
{
    const auto r = pstest::httpPost(url(QStringLiteral("/api/facilities/1")), R"({"lon":104.1,"lat":-2.9})", "x");
    EXPECT_EQ(r.status, 403);
}

TEST(ServerWrite, TokenEnablesFacilityCorrectionAndInvalidatesTiles)
{
    QTemporaryDir dir;
    ServerConfig c;
    c.projectPath = pstest::buildSmallProject(dir.path());
    c.port = 0;
    c.token = "rahasia-123";
    c.maxBodyBytes = 1024;
    RunningServer server(c);
    const QString tile = server.url() + QStringLiteral("/tiles/fasilitas/10/808/520.png");
    const auto before = httpGet(tile);
    ASSERT_EQ(before.status, 200);
    const QString v0 = projectVersion(c.projectPath);
    EXPECT_EQ(pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":104.1})", "salah").status, 401);
    EXPECT_EQ(pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":104.1,"lat":-2.9})").status, 401);
    EXPECT_EQ(pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":"x","lat":-2.9})", c.token).status, 400);
    EXPECT_EQ(pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), QByteArray(5000, ' '), c.token).status, 413);
    // A body far over the limit is turned away before it is buffered; the server keeps serving.
    const auto huge = pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), QByteArray(8 * 1024 * 1024, 'x'), c.token);
    EXPECT_NE(huge.status, 200);
    EXPECT_EQ(httpGet(server.url() + QStringLiteral("/api/indicators")).status, 200);
    // A point outside the project's areas (0,0) is refused like `facility fix` refuses it.
    const auto far = pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":0,"lat":0})", c.token);
    EXPECT_EQ(far.status, 400);
    EXPECT_TRUE(far.body.contains("luar wilayah")) << far.body.toStdString();
    const auto ok = pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":104.31,"lat":-2.93,"note":"dicek"})", c.token);
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_NE(projectVersion(c.projectPath), v0);
    auto p = Project::open(c.projectPath, true);
    EXPECT_DOUBLE_EQ(*p->facility(1)->lon, 104.31);
    EXPECT_EQ(p->facility(1)->status, FacilityStatus::Manual);
    EXPECT_EQ(p->facility(1)->updatedBy, QStringLiteral("token"));
    EXPECT_TRUE(p->facility(1)->note.contains(QStringLiteral("dicek")));
    // The project changed: the facilities reported by the API and the tiles follow.
    const auto fac = httpGet(server.url() + QStringLiteral("/api/facilities?type=puskesmas"));
    EXPECT_TRUE(fac.body.contains("104.31"));
    const auto after = httpGet(tile);
    EXPECT_EQ(after.status, 200);
    EXPECT_NE(before.body, after.body);
}

TEST_F(ServerTest, ServesRequestsConcurrently)
{
    // Eight GetMaps at once from separate clients all succeed.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    std::vector<QNetworkReply*> replies;
    for (int i = 0; i < 8; ++i) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        replies.push_back(nams.back()->get(QNetworkRequest(QUrl(wms(
            QStringLiteral("REQUEST=GetMap&LAYERS=stunting.2024,fasilitas&CRS=EPSG:4326&BBOX=%1&WIDTH=%2&HEIGHT=300&FORMAT=image/png")
                .arg(kBbox4326)
                .arg(700 + i))))));
    }
    int done = 0;
    QEventLoop loop;
    for (QNetworkReply* r : replies)
        QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
            if (++done == 8)
                loop.quit();
        });
    loop.exec();
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        EXPECT_EQ(QImage::fromData(replies[i]->readAll(), "PNG").width(), 700 + i);
        delete replies[i];
    }
}

// ----------------------------------------------------------------- GDAL's WMS client

static QString runTool(const QString& program, const QStringList& args, int* exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(180000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

TEST_F(ServerTest, GdalWmsClientReadsTheService)
{
    if (QStandardPaths::findExecutable(QStringLiteral("gdalinfo")).isEmpty())
        GTEST_SKIP() << "gdalinfo not installed";
    int rc = 0;
    const QString caps = QStringLiteral("WMS:") + wms(QStringLiteral("REQUEST=GetCapabilities"));
    const QString info = runTool(QStringLiteral("gdalinfo"), {caps}, &rc);
    ASSERT_EQ(rc, 0) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("SUBDATASET_")));
    EXPECT_TRUE(info.contains(QStringLiteral("LAYERS=stunting.2023")));
    EXPECT_TRUE(info.contains(QStringLiteral("LAYERS=fasilitas.puskesmas")));

    // gdal_translate of a GetMap URL: a georeferenced image whose pixels match
    // the service's direct render of the same box and size.
    const QString getMap = wms(QStringLiteral("REQUEST=GetMap&LAYERS=stunting.2023&STYLES=&CRS=EPSG:4326&BBOX=") + kBbox4326 +
                               QStringLiteral("&WIDTH=500&HEIGHT=200&FORMAT=image/png"));
    const QString tif = dir->filePath(QStringLiteral("gdal.tif"));
    const QString out = runTool(QStringLiteral("gdal_translate"),
                                {QStringLiteral("-q"), QStringLiteral("-outsize"), QStringLiteral("500"), QStringLiteral("200"),
                                 QStringLiteral("WMS:") + getMap, tif},
                                &rc);
    ASSERT_EQ(rc, 0) << out.toStdString();
    ps::initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(tif.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    double gt[6];
    ASSERT_EQ(ds->GetGeoTransform(gt), CE_None);
    EXPECT_NEAR(gt[0], 103.95, 1e-6);
    EXPECT_NEAR(gt[3], -2.85, 1e-6);
    EXPECT_NEAR(gt[1], 0.5 / 500, 1e-9);
    EXPECT_NEAR(gt[5], -0.2 / 200, 1e-9);
    ASSERT_GE(ds->GetRasterCount(), 3);
    const auto direct = QImage::fromData(httpGet(getMap).body, "PNG");
    ASSERT_EQ(direct.size(), QSize(ds->GetRasterXSize(), ds->GetRasterYSize()));
    // Flat class fills (squares 1–3) must match pixel for pixel; the no-data
    // hatch of square 4 shifts with GDAL's block origin, so it is left out.
    int same = 0, total = 0;
    for (int i = 1; i <= 3; ++i) {
        const QPoint px = pixelOf(kLonLat, direct.size(), pstest::squareLon(i), pstest::squareLat());
        for (int dy = -10; dy <= 10; dy += 5)
            for (int dx = -10; dx <= 10; dx += 5) {
                int rgb[3];
                for (int b = 0; b < 3; ++b)
                    ASSERT_EQ(ds->GetRasterBand(b + 1)->RasterIO(GF_Read, px.x() + dx, px.y() + dy, 1, 1, &rgb[b], 1, 1, GDT_Int32, 0, 0), CE_None);
                ++total;
                same += near(QColor(rgb[0], rgb[1], rgb[2]), direct.pixelColor(px.x() + dx, px.y() + dy), 2) ? 1 : 0;
            }
    }
    EXPECT_EQ(same, total) << same << "/" << total;
    int rgb[3];
    const QPoint c2 = pixelOf(kLonLat, direct.size(), pstest::squareLon(2), pstest::squareLat());
    for (int b = 0; b < 3; ++b)
        ASSERT_EQ(ds->GetRasterBand(b + 1)->RasterIO(GF_Read, c2.x(), c2.y(), 1, 1, &rgb[b], 1, 1, GDT_Int32, 0, 0), CE_None);
    EXPECT_TRUE(near(QColor(rgb[0], rgb[1], rgb[2]), expectedStuntingColor(15)));
}

// ----------------------------------------------------------------- the web viewer in a browser

TEST_F(ServerTest, HeadlessChromiumShowsMapAndLegend)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        GTEST_SKIP() << "chromium not installed (scripts/setup.sh --with-tests)";
    const QString shot = QDir::temp().filePath(QStringLiteral("petasehat-viewer-k6.png"));
    QFile::remove(shot);
    QTemporaryDir profile;
    int rc = 0;
    const QString log = runTool(chromium,
                                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                                 QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                                 QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + profile.path(),
                                 QStringLiteral("--virtual-time-budget=15000"), QStringLiteral("--screenshot=") + shot,
                                 QStringLiteral("--window-size=1280,800"), url(QStringLiteral("/?indicator=k6&period=2023"))},
                                &rc);
    ASSERT_TRUE(QFile::exists(shot)) << log.toStdString();
    const QImage img(shot);
    ASSERT_EQ(img.size(), QSize(1280, 800));
    // The k6 classes' colours appear in the map area, and the legend (bottom right) is drawn.
    const IndicatorDef* def = Catalogue::standard().indicator(QStringLiteral("k6"));
    auto classes = httpGet(url(QStringLiteral("/api/legend?layer=k6.2023")));
    const QJsonArray items = QJsonDocument::fromJson(classes.body).object().value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    QSet<QRgb> seen;
    for (int y = 60; y < 800; y += 4)
        for (int x = 0; x < 1280; x += 4)
            seen.insert(img.pixel(x, y) & 0xffffff);
    int classColoursInMap = 0;
    for (const QJsonValue& v : items) {
        const QColor c(v.toObject().value(QStringLiteral("color")).toString());
        if (v.toObject().value(QStringLiteral("noData")).toBool() || v.toObject().value(QStringLiteral("count")).toInt() == 0)
            continue;
        for (QRgb s : seen)
            if (near(QColor(s), c, 30)) {   // tiles are drawn at 0.9 opacity over the background
                ++classColoursInMap;
                break;
            }
    }
    EXPECT_GE(classColoursInMap, 2) << "screenshot: " << shot.toStdString();
    int dark = 0;   // legend text and swatches, bottom-right corner
    for (int y = 560; y < 790; ++y)
        for (int x = 960; x < 1270; ++x)
            dark += qGray(img.pixel(x, y)) < 120 ? 1 : 0;
    EXPECT_GT(dark, 200) << "screenshot: " << shot.toStdString();
    EXPECT_TRUE(def != nullptr);
}

// ----------------------------------------------------------------- real boundaries

#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"

TEST(ServerBanyuasin, ServesImportedKecamatanAndIndicators)
{
    PS_REQUIRE_SHARED_DATA();
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
        io::importBoundaries(*p, pstest::shared(QStringLiteral("boundaries/indonesia_admin.gpkg")), bo);
        io::importIndicators(*p, pstest::shared(QStringLiteral("sample/banyuasin/indikator_kecamatan.xlsx")), {});
    }
    ServerConfig c;
    c.projectPath = path;
    c.port = 0;
    RunningServer server(c);
    const auto caps = httpGet(server.url() + QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities"));
    ASSERT_EQ(caps.status, 200);
    EXPECT_TRUE(caps.body.contains("<Name>stunting.2023</Name>"));
    const auto areas = httpGet(server.url() + QStringLiteral("/api/areas?indicator=stunting&period=2023"));
    EXPECT_EQ(QJsonDocument::fromJson(areas.body).object().value(QStringLiteral("areas")).toArray().size(), 21);
    const auto map = httpGet(server.url() + QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=stunting.2023,fasilitas"
                                                           "&CRS=CRS:84&BBOX=104.0,-3.3,105.4,-1.9&WIDTH=800&HEIGHT=800&FORMAT=image/png").replace(QStringLiteral(",fasilitas"), QString()));
    ASSERT_EQ(map.status, 200) << map.body.toStdString();
    const QImage img = QImage::fromData(map.body, "PNG");
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5)
            colours.insert(img.pixel(x, y));
    EXPECT_GT(colours.size(), 4);
    img.save(QDir::temp().filePath(QStringLiteral("petasehat-banyuasin-stunting.png")));
}

// ----------------------------------------------------------------- analysis results (migration 3 tables)

TEST(ServerAnalysis, CoverageAndUnderservedLayersFromTheLatestRun)
{
    QTemporaryDir dir;
    const QString path = pstest::buildSmallProject(dir.path());
    {
        auto p = Project::open(path);
        Transaction tx(p->db());
        p->db().exec("INSERT INTO analysis_run(id, kind, parameters, started_at) VALUES (7, 'coverage', '{}', '2026-11-22T00:00:00Z')");
        GeosContext& g = geos();
        GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
        auto wkb = [&](const char* wkt) {
            GeomPtr geom = g.own(GEOSWKTReader_read_r(g.handle(), r, wkt));
            return g.toWkb(geom.get());
        };
        auto cov = p->db().prepare("INSERT INTO coverage_geom(run_id, facility_type, area_code, covered, geom) VALUES (7, 'posyandu', ?1, 1, GeomFromWKB(?2, 4326))");
        cov.bind(1, QStringLiteral("16.07.01")).bindBlob(2, wkb("MULTIPOLYGON(((104.0 -3.0, 104.05 -3.0, 104.05 -2.9, 104.0 -2.9, 104.0 -3.0)))")).run();
        auto und = p->db().prepare("INSERT INTO underserved_rank(run_id, area_code, level, name, rank, score, underserved, reason, geom) "
                                   "VALUES (7, '16.07.03', 'kecamatan', 'Tiga', 1, 0.9, 1, 'jauh dari posyandu', GeomFromWKB(?1, 4326))");
        und.bindBlob(1, wkb("MULTIPOLYGON(((104.2 -3.0, 104.3 -3.0, 104.3 -2.9, 104.2 -2.9, 104.2 -3.0)))")).run();
        auto res = p->db().prepare("INSERT INTO coverage_result(run_id, area_code, level, facility_type, population, covered_population) "
                                   "VALUES (7, '16.07.01', 'kecamatan', 'posyandu', 1000, 600)");
        res.run();
        p->db().exec("INSERT INTO proposed_site(run_id, facility_type, rank, marginal_gain, cumulative_gain, area_code, geom) "
                     "VALUES (7, 'posyandu', 1, 321.5, 321.5, '16.07.02', MakePoint(104.15, -2.95, 4326))");
        GEOSWKTReader_destroy_r(g.handle(), r);
        tx.commit();
    }
    ServerConfig c;
    c.projectPath = path;
    c.port = 0;
    RunningServer server(c);
    const QString base = server.url() + QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&");
    const auto caps = httpGet(base + QStringLiteral("REQUEST=GetCapabilities"));
    EXPECT_TRUE(caps.body.contains("<Name>jangkauan.posyandu</Name>"));
    EXPECT_TRUE(caps.body.contains("<Name>kurang_terlayani</Name>"));
    const auto map = httpGet(base + QStringLiteral("REQUEST=GetMap&LAYERS=jangkauan.posyandu,kurang_terlayani&CRS=EPSG:4326&BBOX=") +
                             kBbox4326 + QStringLiteral("&WIDTH=500&HEIGHT=200&FORMAT=image/png&TRANSPARENT=TRUE"));
    ASSERT_EQ(map.status, 200) << map.body.toStdString();
    const QImage img = QImage::fromData(map.body, "PNG");
    const QColor covered = img.pixelColor(pixelOf(kLonLat, img.size(), 104.025, -2.95));
    const QColor uncovered = img.pixelColor(pixelOf(kLonLat, img.size(), 104.075, -2.95));
    // The underserved area is a heavy outline (its inside stays clear for the indicator beneath).
    const QColor underInside = img.pixelColor(pixelOf(kLonLat, img.size(), 104.25, -2.95));
    QColor under(0, 0, 0, 0);
    const QPoint edge = pixelOf(kLonLat, img.size(), 104.2, -2.95);
    for (int dx = -2; dx <= 2 && under.alpha() == 0; ++dx)
        if (img.pixelColor(edge + QPoint(dx, 0)).alpha() == 255)
            under = img.pixelColor(edge + QPoint(dx, 0));
    EXPECT_GT(covered.alpha(), 0);
    EXPECT_GT(covered.green(), covered.red());
    EXPECT_EQ(uncovered.alpha(), 0);
    EXPECT_EQ(underInside.alpha(), 0);
    EXPECT_EQ(under.alpha(), 255);
    EXPECT_GT(under.blue(), under.green());   // dark purple
    const QPoint px = pixelOf(kLonLat, img.size(), pstest::squareLon(3), pstest::squareLat());
    const auto info = httpGet(base + QStringLiteral("REQUEST=GetFeatureInfo&LAYERS=kurang_terlayani&QUERY_LAYERS=kurang_terlayani&CRS=EPSG:4326"
                                                    "&BBOX=%1&WIDTH=500&HEIGHT=200&I=%2&J=%3").arg(kBbox4326).arg(px.x()).arg(px.y()));
    EXPECT_TRUE(info.body.contains("jauh dari posyandu")) << info.body.toStdString();
    const auto rows = QJsonDocument::fromJson(httpGet(server.url() + QStringLiteral("/api/underserved")).body).object();
    EXPECT_EQ(rows.value(QStringLiteral("run")).toInt(), 7);
    EXPECT_EQ(rows.value(QStringLiteral("rows")).toArray().size(), 1);
    const auto cov = QJsonDocument::fromJson(httpGet(server.url() + QStringLiteral("/api/coverage")).body).object();
    EXPECT_EQ(cov.value(QStringLiteral("rows")).toArray()[0].toObject().value(QStringLiteral("covered_population")).toDouble(), 600.0);

    // The proposed sites: a WMS layer (numbered diamonds), feature info and GeoJSON.
    EXPECT_TRUE(caps.body.contains("<Name>usulan_lokasi</Name>"));
    const auto sites = httpGet(base + QStringLiteral("REQUEST=GetMap&LAYERS=usulan_lokasi&CRS=EPSG:4326&BBOX=") + kBbox4326 +
                               QStringLiteral("&WIDTH=500&HEIGHT=200&FORMAT=image/png&TRANSPARENT=TRUE"));
    ASSERT_EQ(sites.status, 200) << sites.body.toStdString();
    const QImage simg = QImage::fromData(sites.body, "PNG");
    const QPoint at = pixelOf(kLonLat, simg.size(), 104.15, -2.95);
    const QColor site = simg.pixelColor(at);
    EXPECT_EQ(site.alpha(), 255);
    EXPECT_GT(site.blue(), site.green());   // the purple diamond
    EXPECT_EQ(simg.pixelColor(pixelOf(kLonLat, simg.size(), 104.25, -2.95)).alpha(), 0);
    const auto siteInfo = httpGet(base + QStringLiteral("REQUEST=GetFeatureInfo&LAYERS=usulan_lokasi&QUERY_LAYERS=usulan_lokasi&CRS=EPSG:4326"
                                                        "&BBOX=%1&WIDTH=500&HEIGHT=200&I=%2&J=%3").arg(kBbox4326).arg(at.x()).arg(at.y()));
    EXPECT_TRUE(siteInfo.body.contains("321.5")) << siteInfo.body.toStdString();
    const auto geo = QJsonDocument::fromJson(httpGet(server.url() + QStringLiteral("/api/proposed")).body).object();
    ASSERT_EQ(geo.value(QStringLiteral("features")).toArray().size(), 1);
    EXPECT_EQ(geo.value(QStringLiteral("features")).toArray()[0].toObject().value(QStringLiteral("properties")).toObject()
                  .value(QStringLiteral("peringkat")).toInt(), 1);
}
