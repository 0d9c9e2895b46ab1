// End to end: `petasehat render` of the national kecamatan map as a user runs it.
// The first map of the project keeps its generalized outlines projected
// (render/AreaLod.h); every later one reads them and neither loads PROJ nor
// SpatiaLite (and their ~40 libraries), with the same pixels.
#include "CliRun.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

namespace {

using iotest::petasehat;

// Renders the national stunting slide map; with LD_DEBUG=files when `loaderLog`
// (the dynamic loader then names, on stderr, every library it opens).
pstest::CliRun renderNational(const QString& project, const QString& png, bool loaderLog)
{
    if (loaderLog)
        qputenv("LD_DEBUG", "files");
    pstest::CliRun r = petasehat({"render", project, "--indicator", "stunting", "--preset", "slide-1080", "--no-labels",
                                  "--no-facilities", "--out", png});
    qunsetenv("LD_DEBUG");
    return r;
}

} // namespace

TEST(CliRender, NationalMapFromTheKeptOutlinesLoadsNeitherProjNorSpatialite)
{
    PS_REQUIRE_CLI();
    PS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString project = dir.filePath("nasional.sqlite");
    ASSERT_EQ(petasehat({"init", project}).code, 0);
    for (const char* layer : {"provinsi", "kecamatan"}) {
        const pstest::CliRun r =
            petasehat({"import", "boundaries", project, pstest::shared("boundaries/indonesia_admin.gpkg"), "--layer", layer});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    {
        // A stunting count for every kecamatan.
        QFile csv(dir.filePath("indikator.csv"));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("tahun,kode_kecamatan,jumlah_balita,balita_diukur,balita_stunting\n");
        int i = 0;
        for (const ps::AdminArea& a : ps::Project::open(project, true)->areas(ps::AdminLevel::Kecamatan, false)) {
            const int measured = 800 + (i * 7919) % 5000;
            csv.write(QStringLiteral("2024,%1,%2,%3,%4\n").arg(a.code).arg(measured + 200).arg(measured).arg(measured * ((i * 37) % 40) / 100).toUtf8());
            ++i;
        }
        ASSERT_EQ(i, 7285);
    }
    ASSERT_EQ(petasehat({"import", "indicators", project, dir.filePath("indikator.csv")}).code, 0);

    const pstest::CliRun first = renderNational(project, dir.filePath("pertama.png"), true);
    ASSERT_EQ(first.code, 0) << first.err.left(2000).toStdString();
    EXPECT_TRUE(first.err.contains("libproj.so")) << "the first map projects the outlines";
    const pstest::CliRun again = renderNational(project, dir.filePath("lagi.png"), true);
    ASSERT_EQ(again.code, 0) << again.err.left(2000).toStdString();
    EXPECT_FALSE(again.err.contains("libproj.so"));
    EXPECT_FALSE(again.err.contains("libspatialite.so"));
    EXPECT_FALSE(again.err.contains("libgdal.so"));

    const QImage a(dir.filePath("pertama.png")), b(dir.filePath("lagi.png"));
    ASSERT_EQ(a.size(), QSize(1920, 1080));
    EXPECT_TRUE(a == b) << "the kept outlines draw the same pixels";
}
