// End to end: the real `petasehat` binary, as a user runs it.
#include "CliRun.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include <QProcess>
#include <QRegularExpression>

namespace {

using pstest::CliRun;

using iotest::petasehat;

} // namespace

TEST(CliImport, ImportsBoundariesAndIndicatorsAndRejectsABadFileLeavingTheProjectUnchanged)
{
    PS_REQUIRE_CLI();
    QTemporaryDir dir;
    const QString project = dir.filePath("p.sqlite");
    const QString boundaries = dir.filePath("batas.gpkg");
    iotest::writeVector(boundaries, "GPKG", "kecamatan", 32748,
                        {{"16.07.01", "Satu", iotest::squareWkt(495000, 9660000, 10000)},
                         {"16.07.02", "Dua", "POLYGON((505000 9660000, 515000 9670000, 515000 9660000, 505000 9670000, 505000 9660000))"}});
    const QString good = dir.filePath("indikator.csv");
    iotest::writeCsv(good, {{}, {"tahun", "kode_kecamatan", "balita_diukur", "balita_stunting"},
                            {{"2023", "16.07.01", "2000", "150"}, {"2023", "16.07.02", "1500", ""}}});
    const QString bad = dir.filePath("rusak.csv");
    iotest::writeCsv(bad, {{}, {"tahun", "kode_kecamatan", "balita_diukur", "balita_stunting"},
                           {{"2024", "16.07.01", "2000", "150"}, {"2024", "16.07.02", "1500", "1x"}}});

    CliRun r = petasehat({"import", "boundaries", project, boundaries});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("petasehat init")) << r.err.toStdString();

    ASSERT_EQ(petasehat({"init", project}).code, 0);
    r = petasehat({"import", "boundaries", project, boundaries, "--layer", "kecamatan"});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("EPSG:32748")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression("diperbaiki\\s+1 "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression("kecamatan\\s+2\\n"))) << r.out.toStdString();

    r = petasehat({"import", "indicators", project, good});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression("sel kosong\\s+1"))) << r.out.toStdString();

    const QString infoBefore = petasehat({"info", project}).out;
    QString dumpBefore;
    {
        auto p = ps::Project::open(project, true);
        dumpBefore = iotest::dumpUserTables(*p);
    }
    r = petasehat({"import", "indicators", project, bad});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("rusak.csv, baris 3, kolom 'balita_stunting'")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("1x")) << r.err.toStdString();
    r = petasehat({"import", "boundaries", project, dir.filePath("tidak_ada.gpkg")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("tidak_ada.gpkg")) << r.err.toStdString();
    auto p = ps::Project::open(project, true);
    EXPECT_EQ(iotest::dumpUserTables(*p), dumpBefore);
    EXPECT_EQ(petasehat({"info", project}).out, infoBefore);
    EXPECT_TRUE(infoBefore.contains(QRegularExpression("kecamatan\\s+2"))) << infoBefore.toStdString();
}

TEST(CliImport, NationalKecamatanCountAgreesWithInfo)
{
    PS_REQUIRE_CLI();
    PS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const QString project = dir.filePath("p.sqlite");
    ASSERT_EQ(petasehat({"init", project}).code, 0);
    CliRun r = petasehat({"import", "boundaries", project, pstest::shared("boundaries/indonesia_admin.gpkg"), "--layer", "kecamatan"});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    std::cout << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression("disimpan\\s+7\\.285 "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression("diperbaiki\\s+\\d+ geometri"))) << r.out.toStdString();
    r = petasehat({"info", project});
    EXPECT_TRUE(r.out.contains(QRegularExpression("kecamatan\\s+7\\.285"))) << r.out.toStdString();
}
