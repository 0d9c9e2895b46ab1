#include "Fixtures.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "io/PopulationRaster.h"

using namespace ps;
using namespace ps::io;

namespace {
struct PopulationRaster : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    void SetUp() override { project = Project::create(dir.filePath("p.sqlite")); }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};
} // namespace

TEST_F(PopulationRaster, RegistersAbsolutePathNodataAndTotal)
{
    const QString path = file("pop.tif");
    iotest::writeRaster(path, 40, 30, 1, 104.0, -2.0, 0.01, 4326);
    const PopulationRasterInfo info = registerPopulationRaster(*project, path);
    EXPECT_EQ(info.width, 40);
    EXPECT_EQ(info.height, 30);
    EXPECT_EQ(info.crs, "EPSG:4326");
    ASSERT_TRUE(info.total);
    EXPECT_NEAR(*info.total, (40 * 30 - 1) * 2.5, 1e-6); // one nodata cell
    EXPECT_NEAR(info.extentLonLat.left(), 104.0, 1e-9);
    EXPECT_NEAR(info.extentLonLat.right(), 104.4, 1e-9);
    EXPECT_NEAR(info.extentLonLat.top(), -2.3, 1e-9);
    EXPECT_EQ(project->setting("population_raster"), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(project->setting("population_raster_nodata"), "-1");
    EXPECT_EQ(project->setting("population_total").toDouble(), *info.total);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM import_log WHERE kind='population'"), 1);
}

TEST_F(PopulationRaster, AcceptsProjectedRasterAndReportsItsLonLatExtent)
{
    const QString path = file("utm.tif");
    iotest::writeRaster(path, 100, 100, 1, 495000, 9670000, 100, 32748);
    const PopulationRasterInfo info = inspectPopulationRaster(path);
    EXPECT_EQ(info.crs, "EPSG:32748");
    EXPECT_NEAR(info.extentLonLat.center().x(), 105.0, 0.01);
    EXPECT_NEAR(info.extentLonLat.center().y(), -3.028, 0.01);
}

TEST_F(PopulationRaster, RejectsWhatCannotBeAPopulationGridAndLeavesTheStoreAlone)
{
    const QString before = iotest::dumpUserTables(*project);
    iotest::writeRaster(file("two.tif"), 10, 10, 2, 104, -2, 0.01, 4326);
    iotest::writeRaster(file("nogeo.tif"), 10, 10, 1, 0, 0, 0, 0, false);
    iotest::writeRaster(file("nocrs.tif"), 10, 10, 1, 104, -2, 0.01, 0);
    iotest::writeGarbage(file("rusak.tif"));
    const struct {
        const char* name;
        const char* expected;
    } cases[] = {
        {"missing.tif", "tidak ditemukan"}, {"rusak.tif", "tidak dapat dibaca"}, {"two.tif", "2 band"},
        {"nogeo.tif", "georeferensi"},      {"nocrs.tif", "CRS"},
    };
    for (const auto& c : cases) {
        QString msg = QStringLiteral("(no error)");
        try {
            registerPopulationRaster(*project, file(c.name));
        } catch (const Error& e) {
            msg = e.message();
        }
        EXPECT_TRUE(msg.contains(QString::fromLatin1(c.name))) << msg.toStdString();
        EXPECT_TRUE(msg.contains(QString::fromLatin1(c.expected))) << msg.toStdString();
    }
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

TEST(PopulationRasterShared, BanyuasinRasterHoldsAbout850000People)
{
    PS_REQUIRE_SHARED_DATA();
    const PopulationRasterInfo info = inspectPopulationRaster(pstest::shared("sample/banyuasin/population_100m.tif"));
    ASSERT_TRUE(info.total);
    EXPECT_NEAR(*info.total, 850000, 20000);
    EXPECT_EQ(info.nodata, -1.0);
}
