// Maps saved by name in the desktop app (table map_state), drawn by the CLI
// (`render --map NAME`) and the server (/maps/NAME.png) over their saved extent.
#include "ServerFixture.h"
#include "core/Geodesy.h"
#include "core/Project.h"
#include "core/Sqlite.h"
#include "render/Export.h"
#include "render/MapBuilder.h"
#include "render/MapSpec.h"
#include "render/SavedMaps.h"
#include "server/HttpServer.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace ps;

namespace {

const QString kName = QStringLiteral("rapat stunting");
// What the desktop saw: kecamatan "Dua" (square 2, 104.1–104.2 E, 3.0–2.9 S), saved in lon/lat
// here so the CRS transform is exercised too (the app saves its canvas CRS).
const QRectF kSavedLonLat(QPointF(104.1, -3.0), QPointF(104.2, -2.9));

class SavedMapTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        project = new QString(pstest::buildSmallProject(dir->path()));
        const QJsonObject state{
            {QStringLiteral("kind"), QStringLiteral("choropleth")}, {QStringLiteral("level"), QStringLiteral("kecamatan")},
            {QStringLiteral("indicator"), QStringLiteral("stunting")}, {QStringLiteral("period"), 2023},
            {QStringLiteral("title"), QStringLiteral("Stunting kecamatan Dua")},
            {QStringLiteral("app"), QJsonObject{{QStringLiteral("crs"), QStringLiteral("EPSG:4326")},
                                                {QStringLiteral("extent"), QJsonArray{kSavedLonLat.left(), kSavedLonLat.top(),
                                                                                      kSavedLonLat.right(), kSavedLonLat.bottom()}}}}};
        auto p = Project::open(*project);
        auto st = p->db().prepare("INSERT INTO map_state(name, state, saved_at) VALUES(?1, ?2, '2024-09-01T10:00:00')");
        st.bind(1, kName);
        st.bind(2, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
        st.step();
        server::ServerConfig c;
        c.projectPath = *project;
        c.port = 0;
        c.threads = 2;
        server = new server::RunningServer(c);
    }
    static void TearDownTestSuite()
    {
        delete server;
        delete project;
        delete dir;
    }
    // The saved map's page as the render library frames it (the reference for both programs).
    static render::Page expectedPage(bool withView)
    {
        auto p = Project::open(*project, true);
        render::MapBuilder builder(*p);
        render::BuiltMap built = builder.build(render::savedMapSpec(*p, kName));
        if (withView)
            EXPECT_TRUE(render::applySavedView(built.page, *render::savedMapView(*p, kName)));
        return built.page;
    }
    static QTemporaryDir* dir;
    static QString* project;
    static server::RunningServer* server;
};
QTemporaryDir* SavedMapTest::dir = nullptr;
QString* SavedMapTest::project = nullptr;
server::RunningServer* SavedMapTest::server = nullptr;

std::vector<double> readWorldFile(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    std::vector<double> v;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            v.push_back(line.trimmed().toDouble());
    return v;   // a, d, b, e, c, f
}

} // namespace

TEST_F(SavedMapTest, CliRendersASavedMapOverItsSavedExtent)
{
    const QString out = dir->filePath(QStringLiteral("rapat.png"));
    QProcess cli;
    cli.start(QStringLiteral(PETASEHAT_CLI), {QStringLiteral("render"), *project, QStringLiteral("--map"), kName,
                                              QStringLiteral("--out"), out, QStringLiteral("--world-file")});
    ASSERT_TRUE(cli.waitForFinished(300000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const std::vector<double> w = readWorldFile(dir->filePath(QStringLiteral("rapat.pgw")));
    ASSERT_EQ(w.size(), 6u);
    const QImage img(out);
    ASSERT_FALSE(img.isNull());

    // The world file is the one of the page framed on the saved extent ...
    const render::WorldFile expected = render::pageWorldFile(expectedPage(true), *render::pagePreset(QStringLiteral("slide-1080")));
    EXPECT_NEAR(w[0], expected.a, std::abs(expected.a) * 1e-6);
    EXPECT_NEAR(w[3], expected.e, std::abs(expected.e) * 1e-6);
    EXPECT_NEAR(w[4], expected.c, std::abs(expected.a));
    EXPECT_NEAR(w[5], expected.f, std::abs(expected.a));
    // ... not the whole area's (four kecamatan in a row on a wide frame: pixels about twice as large).
    const render::WorldFile whole = render::pageWorldFile(expectedPage(false), *render::pagePreset(QStringLiteral("slide-1080")));
    EXPECT_GT(whole.a, 1.8 * w[0]);

    // The saved kecamatan fills the map: its corners lie in the image and it spans much of its height.
    Transformer t(QStringLiteral("EPSG:4326"), expected.crs);
    double x0 = kSavedLonLat.left(), y0 = kSavedLonLat.top(), x1 = kSavedLonLat.right(), y1 = kSavedLonLat.bottom();
    ASSERT_TRUE(t.forward(x0, y0) && t.forward(x1, y1));
    const double col0 = (x0 - w[4]) / w[0], col1 = (x1 - w[4]) / w[0];
    const double row0 = (y1 - w[5]) / w[3], row1 = (y0 - w[5]) / w[3];   // north edge first
    EXPECT_GE(col0, 0);
    EXPECT_LE(col1, img.width());
    EXPECT_GE(row0, 0);
    EXPECT_LE(row1, img.height());
    EXPECT_GT(row1 - row0, 0.5 * img.height());
}

TEST_F(SavedMapTest, ServerDrawsASavedMapByNameAndListsIt)
{
    const auto png = pstest::httpGet(server->url() + QStringLiteral("/maps/rapat%20stunting.png"));
    ASSERT_EQ(png.status, 200) << png.body.toStdString();
    EXPECT_EQ(png.contentType, QByteArray("image/png"));
    QImage got;
    ASSERT_TRUE(got.loadFromData(png.body, "PNG"));
    const QImage want = render::renderPageImage(expectedPage(true), *render::pagePreset(QStringLiteral("slide-1080")));
    const QImage wholeArea = render::renderPageImage(expectedPage(false), *render::pagePreset(QStringLiteral("slide-1080")));
    ASSERT_EQ(got.size(), want.size());
    EXPECT_TRUE(got.convertToFormat(QImage::Format_ARGB32) == want.convertToFormat(QImage::Format_ARGB32));
    EXPECT_FALSE(got.convertToFormat(QImage::Format_ARGB32) == wholeArea.convertToFormat(QImage::Format_ARGB32));

    // Listed in the JSON API (its own address and beside the indicators the viewer loads).
    const auto list = pstest::httpGet(server->url() + QStringLiteral("/api/maps"));
    ASSERT_EQ(list.status, 200);
    const QJsonArray maps = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("maps")).toArray();
    ASSERT_EQ(maps.size(), 1);
    EXPECT_EQ(maps[0].toObject().value(QStringLiteral("name")).toString(), kName);
    EXPECT_EQ(maps[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Stunting kecamatan Dua"));
    EXPECT_EQ(maps[0].toObject().value(QStringLiteral("png")).toString(), server->url() + QStringLiteral("/maps/rapat%20stunting.png"));
    const auto inds = pstest::httpGet(server->url() + QStringLiteral("/api/indicators"));
    EXPECT_EQ(QJsonDocument::fromJson(inds.body).object().value(QStringLiteral("maps")).toArray().size(), 1);

    const auto missing = pstest::httpGet(server->url() + QStringLiteral("/maps/tidak%20ada.png"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_TRUE(missing.body.contains("/api/maps")) << missing.body.toStdString();
}

// The viewer's "Unduh PNG" sends the box it shows: the page is framed on it.
TEST_F(SavedMapTest, ExportPngFramesTheViewersBox)
{
    const auto r = pstest::httpGet(server->url() + QStringLiteral("/api/export.png?indicator=stunting&period=2023&bbox=104.1,-3.0,104.2,-2.9"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    QImage got;
    ASSERT_TRUE(got.loadFromData(r.body, "PNG"));
    auto p = Project::open(*project, true);
    render::MapBuilder builder(*p);
    render::MapSpec spec;
    spec.indicator = QStringLiteral("stunting");
    spec.periods = {2023};
    render::BuiltMap built = builder.build(spec);
    ASSERT_TRUE(render::applySavedView(built.page, {QStringLiteral("EPSG:4326"), kSavedLonLat}));
    const QImage want = render::renderPageImage(built.page, *render::pagePreset(QStringLiteral("slide-1080")));
    EXPECT_TRUE(got.convertToFormat(QImage::Format_ARGB32) == want.convertToFormat(QImage::Format_ARGB32));
}
