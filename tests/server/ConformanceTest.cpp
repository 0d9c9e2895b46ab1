// WMS deviations fixed (applicable styles only, BGCOLOR, legend symbol size,
// strict TIME, per-field feature info, prefix not a pattern), OWSLib's view of
// the service, named users and the access log, and the data version that
// another program opening the file leaves alone.
#include "TestSupport.h"
#include "ServerFixture.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Project.h"
#include "core/Sqlite.h"
#include "server/AccessLog.h"
#include "server/HttpServer.h"
#include "server/Users.h"
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QProcess>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace ps;
using namespace ps::server;
using pstest::httpGet;

namespace {

// The small project plus underweight 2023 (an indicator with neither official
// thresholds nor an SPM target, so official-class styles do not apply to it).
QString buildProject(const QString& dir)
{
    const QString path = pstest::buildSmallProject(dir);
    auto p = Project::open(path, false);
    Transaction tx(p->db());
    const qint64 imp = p->logImport("indicators", "uji2.xlsx", {}, 3, 3, 0, {});
    for (int i = 1; i <= 3; ++i)
        p->upsertIndicatorValue({QStringLiteral("16.07.0%1").arg(i), 2023, "underweight", 3.0 * i, 100.0}, imp, 100);
    tx.commit();
    return path;
}

class Conformance : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ServerConfig c;
        c.projectPath = buildProject(dir->path());
        c.port = 0;
        c.threads = 2;
        server = new RunningServer(c);
    }
    static void TearDownTestSuite()
    {
        delete server;
        delete dir;
    }
    static QString wms(const QString& q) { return server->url() + QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&") + q; }
    static QTemporaryDir* dir;
    static RunningServer* server;
};
QTemporaryDir* Conformance::dir = nullptr;
RunningServer* Conformance::server = nullptr;

// Layer name -> its advertised style names, from the capabilities.
QMap<QString, QStringList> advertisedStyles(const QByteArray& xml)
{
    QMap<QString, QStringList> out;
    QXmlStreamReader x(xml);
    QStringList stack;
    QString layer;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            stack << x.name().toString();
            if (x.name() == QLatin1String("Name") && stack.size() >= 2 && stack[stack.size() - 2] == QLatin1String("Layer"))
                layer = x.readElementText(), stack.removeLast();
            else if (x.name() == QLatin1String("Name") && stack.size() >= 2 && stack[stack.size() - 2] == QLatin1String("Style"))
                out[layer] << x.readElementText(), stack.removeLast();
        } else if (x.isEndElement()) {
            stack.removeLast();
        }
    }
    return out;
}

} // namespace

TEST_F(Conformance, OnlyApplicableStylesAreAdvertisedAndEachDraws)
{
    const auto caps = httpGet(wms(QStringLiteral("REQUEST=GetCapabilities")));
    ASSERT_EQ(caps.status, 200);
    const auto styles = advertisedStyles(caps.body);
    ASSERT_TRUE(styles.contains(QStringLiteral("underweight.2023")));
    EXPECT_FALSE(styles[QStringLiteral("underweight.2023")].contains(QStringLiteral("stunting")));
    EXPECT_FALSE(styles[QStringLiteral("underweight.2023")].contains(QStringLiteral("k6")));
    EXPECT_TRUE(styles[QStringLiteral("stunting.2023")].contains(QStringLiteral("stunting")));
    int pairs = 0;
    for (auto it = styles.begin(); it != styles.end(); ++it)
        for (const QString& s : it.value()) {
            const auto r = httpGet(wms(QStringLiteral("REQUEST=GetMap&LAYERS=%1&STYLES=%2&CRS=CRS:84&BBOX=103.95,-3.05,104.45,-2.85"
                                                      "&WIDTH=64&HEIGHT=32&FORMAT=image/png")
                                           .arg(it.key(), s)));
            EXPECT_EQ(r.status, 200) << it.key().toStdString() << " / " << s.toStdString() << ": " << r.body.left(300).toStdString();
            ++pairs;
        }
    EXPECT_GT(pairs, 20);
    // A style that does not apply is refused as StyleNotDefined, not a 500.
    const auto bad = httpGet(wms(QStringLiteral("REQUEST=GetMap&LAYERS=underweight.2023&STYLES=stunting&CRS=CRS:84"
                                                "&BBOX=103.95,-3.05,104.45,-2.85&WIDTH=64&HEIGHT=32&FORMAT=image/png")));
    EXPECT_EQ(bad.status, 400);
    bool isException = false;
    EXPECT_EQ(pstest::exceptionCode(bad.body, &isException), QStringLiteral("StyleNotDefined"));
}

TEST_F(Conformance, BgcolorIsHonouredAndValidated)
{
    // A box east of the four squares: nothing but background.
    const QString map = QStringLiteral("REQUEST=GetMap&LAYERS=stunting.2023&STYLES=&CRS=CRS:84&BBOX=105,-3,105.1,-2.9"
                                       "&WIDTH=20&HEIGHT=20&FORMAT=image/png&TRANSPARENT=FALSE");
    const auto red = httpGet(wms(map + QStringLiteral("&BGCOLOR=0xFF0000")));
    ASSERT_EQ(red.status, 200);
    EXPECT_EQ(QImage::fromData(red.body, "PNG").pixelColor(10, 10), QColor(255, 0, 0));
    const auto plain = httpGet(wms(map));
    EXPECT_EQ(QImage::fromData(plain.body, "PNG").pixelColor(10, 10), QColor(255, 255, 255));
    for (const char* bad : {"zzz", "0xGG0000", "FF0000", "0xFF00", ""}) {
        const auto r = httpGet(wms(map + QStringLiteral("&BGCOLOR=") + QString::fromLatin1(bad)));
        EXPECT_EQ(r.status, 400) << bad;
        bool isException = false;
        EXPECT_EQ(pstest::exceptionCode(r.body, &isException), QStringLiteral("InvalidParameterValue")) << bad;
    }
}

TEST_F(Conformance, LegendGraphicHonoursSymbolWidthAndHeight)
{
    const QString base = QStringLiteral("REQUEST=GetLegendGraphic&LAYER=stunting.2023&FORMAT=image/png");
    const QImage normal = QImage::fromData(httpGet(wms(base)).body, "PNG");
    const QImage big = QImage::fromData(httpGet(wms(base + QStringLiteral("&WIDTH=60&HEIGHT=40"))).body, "PNG");
    ASSERT_FALSE(normal.isNull());
    ASSERT_FALSE(big.isNull());
    EXPECT_GT(big.height(), normal.height() + 4 * 20);   // every row grows from 20 to 44 px
    EXPECT_GE(big.width(), 60 + 3 * 6);
    EXPECT_EQ(httpGet(wms(base + QStringLiteral("&WIDTH=0"))).status, 400);
    EXPECT_EQ(httpGet(wms(base + QStringLiteral("&HEIGHT=abc"))).status, 400);
}

TEST_F(Conformance, TimeIsStrict)
{
    const QString map = QStringLiteral("REQUEST=GetMap&LAYERS=stunting&STYLES=&CRS=CRS:84&BBOX=103.95,-3.05,104.45,-2.85"
                                       "&WIDTH=64&HEIGHT=32&FORMAT=image/png&TIME=");
    for (const char* ok : {"2023", "2023-01-01", "2023-01-01T00:00:00Z"})
        EXPECT_EQ(httpGet(wms(map + QString::fromLatin1(ok))).status, 200) << ok;
    for (const char* bad : {"2023' OR 1=1", "2023abc", "20230", "1999", "2023/2024"}) {
        const auto r = httpGet(wms(map + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromLatin1(bad)))));
        EXPECT_EQ(r.status, 400) << bad;
        bool isException = false;
        EXPECT_EQ(pstest::exceptionCode(r.body, &isException), QStringLiteral("InvalidDimensionValue")) << bad;
    }
}

TEST(FeatureInfoText, NumbersAreFormattedPerField)
{
    struct Case {
        const char* key;
        double value;
        const char* expected;   // Indonesian locale
    } cases[] = {
        {"tahun", 2024, "2024"}, {"id", 12345, "12345"}, {"peringkat", 3, "3"}, {"nilai", 15.26, "15,3"},
        {"pembilang", 3510, "3.510"}, {"penyebut", 55626, "55.626"}, {"skor", 71.04, "71,0"}, {"lon", 104.123456, "104,12346"},
        {"tambahan_terjangkau", 1234.5, "1.234,50"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(featureInfoText(QString::fromLatin1(c.key), QJsonValue(c.value)), QString::fromUtf8(c.expected)) << c.key;
    EXPECT_EQ(featureInfoText(QStringLiteral("nama"), QJsonValue(QStringLiteral("Dua"))), QStringLiteral("Dua"));
}

TEST_F(Conformance, FeatureInfoHtmlShowsTheYearAsAYear)
{
    const auto r = httpGet(wms(QStringLiteral("REQUEST=GetFeatureInfo&LAYERS=stunting.2023&QUERY_LAYERS=stunting.2023&STYLES=&CRS=CRS:84"
                                              "&BBOX=104.1,-3,104.2,-2.9&WIDTH=10&HEIGHT=10&I=5&J=5&FORMAT=image/png&INFO_FORMAT=text/html")));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("<td>2023</td>")) << r.body.toStdString();
}

TEST_F(Conformance, PrefixIsACodeNotAPattern)
{
    const QString api = server->url() + QStringLiteral("/api/areas?indicator=stunting&period=2023&prefix=");
    EXPECT_EQ(httpGet(api + QStringLiteral("16.07")).status, 200);
    EXPECT_EQ(httpGet(api + QStringLiteral("16.07.0_")).status, 400);
    EXPECT_EQ(httpGet(api + QStringLiteral("%25")).status, 400);
}

TEST_F(Conformance, OwslibSeesAConformingService)
{
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import owslib")}) != 0)
        GTEST_SKIP() << "python3-owslib not installed (scripts/setup.sh --with-tests)";
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(PETASEHAT_SERVER_TEST_DIR "/owslib_wms_check.py"), server->url()});
    ASSERT_TRUE(p.waitForFinished(300000));
    const QString out = QString::fromUtf8(p.readAll());
    EXPECT_EQ(p.exitCode(), 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(" 0 failures"))) << out.toStdString();
}

// ----------------------------------------------------------------- who did what

TEST(ServerUsers, TokensAreStoredHashedAndNameTheEditor)
{
    QTemporaryDir dir;
    const QString path = pstest::buildSmallProject(dir.path());
    const QByteArray ani = "token-ani-0123456789", budi = "token-budi-0123456789";
    {
        auto p = Project::open(path, false);
        setUser(*p, QStringLiteral("ani"), ani);
        setUser(*p, QStringLiteral("budi"), budi);
        EXPECT_THROW(setUser(*p, QStringLiteral("a b"), ani), Error);
        EXPECT_THROW(setUser(*p, QStringLiteral("cici"), "short"), Error);
        EXPECT_EQ(userNames(*p), (QStringList{QStringLiteral("ani"), QStringLiteral("budi")}));
        EXPECT_EQ(authenticate(*p, budi), QStringLiteral("budi"));
        EXPECT_FALSE(authenticate(*p, "nope-nope-nope-nope"));
        // Only hashes in the file.
        EXPECT_EQ(p->db().scalarInt("SELECT count(*) FROM server_user WHERE token_sha256 LIKE '%token-ani%'"), 0);
    }
    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_FALSE(raw.readAll().contains(ani));
    ServerConfig c;
    c.projectPath = path;
    c.port = 0;
    c.edits = true;
    c.accessLog = dir.filePath(QStringLiteral("access.log"));
    {
        RunningServer server(c);
        EXPECT_EQ(pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":104.31,"lat":-2.93})", "wrong-wrong-wrong").status, 401);
        const auto ok = pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":104.31,"lat":-2.93})", ani);
        ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
        EXPECT_TRUE(ok.body.contains("\"by\":\"ani\""));
        // A refused correction explains itself without the server's folders.
        const auto far = pstest::httpPost(server.url() + QStringLiteral("/api/facilities/1"), R"({"lon":0,"lat":0})", ani);
        EXPECT_EQ(far.status, 400);
        EXPECT_FALSE(far.body.contains(dir.path().toUtf8())) << far.body.toStdString();
    }
    auto p = Project::open(path, true);
    EXPECT_EQ(p->facility(1)->updatedBy, QStringLiteral("ani"));
    QFile log(c.accessLog);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    EXPECT_TRUE(lines.contains(" - ani [")) << lines.toStdString();
    EXPECT_TRUE(lines.contains("\"POST /api/facilities/1 HTTP/1.1\" 200 ")) << lines.toStdString();
    EXPECT_TRUE(lines.contains("\"POST /api/facilities/1 HTTP/1.1\" 401 ")) << lines.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral(" - ani \\[[^\\]]+\\] \"POST /api/facilities/1 HTTP/1.1\" 400 "))
                    .match(QString::fromUtf8(lines)).hasMatch())
        << "a refusal to a known person names them: " << lines.toStdString();
}

TEST(AccessLog, CommonLogFormatAndRotation)
{
    const QDateTime t(QDate(2026, 12, 1), QTime(20, 5, 9), QTimeZone(7 * 3600));
    EXPECT_EQ(commonLogLine("127.0.0.1", QStringLiteral("ani"), t, "GET /wms?X=\"1\" HTTP/1.1", 200, 1234),
              QByteArray("127.0.0.1 - ani [01/Dec/2026:20:05:09 +0700] \"GET /wms?X=_1_ HTTP/1.1\" 200 1234"));
    EXPECT_EQ(commonLogLine("::1", {}, t, "HEAD / HTTP/1.1", 304, 0), QByteArray("::1 - - [01/Dec/2026:20:05:09 +0700] \"HEAD / HTTP/1.1\" 304 -"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.log"));
    AccessLog log(path, 1000, 2);
    for (int i = 0; i < 100; ++i)
        log.write("127.0.0.1", {}, "GET /api/indicators HTTP/1.1", 200, i);
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".1")));
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".2")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".3")));
    EXPECT_LE(QFileInfo(path).size(), 1000);
}

TEST(DataVersion, AnotherProgramOpeningTheFileKeepsTheCacheUntilDataChange)
{
    QTemporaryDir dir;
    const QString path = pstest::buildSmallProject(dir.path());
    const QString v0 = projectVersion(path);
    {
        // What QGIS does on opening: statistics and its own tables, no data rows.
        Database db(path, Database::Mode::ReadWrite);
        db.exec("CREATE TABLE IF NOT EXISTS qgis_layer_stats(name TEXT, n INTEGER)");
        db.exec("INSERT INTO qgis_layer_stats VALUES ('admin_area', 4)");
        db.exec("SELECT UpdateLayerStatistics()");
    }
    EXPECT_EQ(projectVersion(path), v0);
    {
        auto p = Project::open(path, false);
        p->upsertIndicatorValue({QStringLiteral("16.07.01"), 2023, "stunting", 9.0, 100.0}, 1, 100);
    }
    EXPECT_NE(projectVersion(path), v0);
}

TEST_F(Conformance, EveryViewerLabelIsOfferedForTranslation)
{
    // viewer.js looks each label up in /texts.js (made in the server's language): none may be missing.
    const auto js = httpGet(server->url() + QStringLiteral("/viewer.js"));
    const auto html = httpGet(server->url() + QStringLiteral("/"));
    const auto texts = httpGet(server->url() + QStringLiteral("/texts.js"));
    ASSERT_EQ(texts.status, 200);
    const QByteArray prefix = "window.PETASEHAT_TEXT = ";
    ASSERT_TRUE(texts.body.startsWith(prefix));
    const QJsonObject known = QJsonDocument::fromJson(texts.body.mid(prefix.size()).chopped(2)).object().value(QStringLiteral("texts")).toObject();
    QStringList labels;
    for (const auto& m : QRegularExpression(QStringLiteral("\\bt\\('([^']+)'\\)")).globalMatch(QString::fromUtf8(js.body)))
        labels << m.captured(1);
    for (const auto& m : QRegularExpression(QStringLiteral("data-t>([^<]+)<|data-t-(?:label|alt)=\"([^\"]+)\"")).globalMatch(QString::fromUtf8(html.body)))
        labels << (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    EXPECT_GT(labels.size(), 25);
    for (const QString& l : labels)
        EXPECT_TRUE(known.contains(l)) << l.toStdString();
}
