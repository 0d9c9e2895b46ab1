// Facility rows that disagree with themselves, name columns headed as offices
// write them, and context the project lacks (desa without kecamatan).
#include "TestSupport.h"
#include "core/Error.h"
#include "core/Geos.h"
#include "core/Project.h"
#include "geocode/FacilityImport.h"
#include <QFile>

using namespace ps;
using namespace ps::geocode;

namespace {

QByteArray rect(double x0, double y0, double x1, double y1)
{
    GeosContext& g = geos();
    GeomPtr r = g.own(GEOSGeom_createRectangle_r(g.handle(), x0, y0, x1, y1));
    GeomPtr multi = polygonalParts(g, r.get());
    return g.toWkb(multi.get());
}

// Kecamatan Satu (16.99.01): Alpha [104.00–104.02], Beta [104.02–104.04]; Kecamatan Dua (16.99.02): Gamma [104.04–104.06].
struct SelfCheck : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    void SetUp() override { project = Project::create(dir.filePath("p.sqlite")); }
    void addAreas(bool withKecamatan)
    {
        Transaction tx(project->db());
        if (withKecamatan) {
            project->upsertArea({"16.99.01", AdminLevel::Kecamatan, "Satu", "16.99", 0, rect(104.00, -3.02, 104.04, -3.00)});
            project->upsertArea({"16.99.02", AdminLevel::Kecamatan, "Dua", "16.99", 0, rect(104.04, -3.02, 104.06, -3.00)});
        }
        project->upsertArea({"16.99.01.2001", AdminLevel::Desa, "Alpha", "16.99.01", 0, rect(104.00, -3.02, 104.02, -3.00)});
        project->upsertArea({"16.99.01.2002", AdminLevel::Desa, "Beta", "16.99.01", 0, rect(104.02, -3.02, 104.04, -3.00)});
        project->upsertArea({"16.99.02.2001", AdminLevel::Desa, "Gamma", "16.99.02", 0, rect(104.04, -3.02, 104.06, -3.00)});
        tx.commit();
    }
    QString write(const char* name, const QByteArray& text)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    QString errorOf(const QString& path, const FacilityImportOptions& o)
    {
        try {
            importFacilities(*project, path, o);
        } catch (const Error& e) {
            return e.message();
        }
        return QStringLiteral("(no error)");
    }
};

} // namespace

TEST_F(SelfCheck, PuskesmasHeadedListWithWrittenKecamatanThatDisagreeAndRepeatedNames)
{
    addAreas(true);
    const QString csv = write("pkm.csv",
                              "PROVINSI,KABUPATEN,KECAMATAN,DESA_KELURAHAN,PUSKESMAS,LATITUDE,LONGITUDE\n"
                              "SUMSEL,BANYUASIN,SATU,ALPHA,PKM Alpha,-3.01,104.01\n"       // agrees
                              "SUMSEL,BANYUASIN,SATU,BETA,PKM Gamma,-3.01,104.05\n"        // point in Gamma (Dua), 1.1 km from Beta
                              "SUMSEL,BANYUASIN,DUA,DELTA,PKM Beta,-3.01,104.03\n"         // unknown desa; point in Beta (Satu)
                              "SUMSEL,BANYUASIN,SATU,ALPHA,PKM Alpha,-3.01,104.011\n"      // same name again, 111 m away
                              "SUMSEL,BANYUASIN,SATU,ALPHA,PKM Kembar,-3.01,104.005\n"
                              "SUMSEL,BANYUASIN,SATU,BETA,PKM Kembar,-3.01,104.035\n");    // same name, 3.3 km apart
    FacilityImportOptions o;
    o.type = FacilityType::Puskesmas;
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 6u);
    EXPECT_EQ(r.rows[0].name, QStringLiteral("PKM Alpha"));   // PUSKESMAS is the name column
    // Row 3: written Satu/Beta, point in Dua: kept, flagged, both kecamatan named with the distance.
    EXPECT_EQ(r.rows[1].outcome, Outcome::Flagged) << r.rows[1].reason.toStdString();
    EXPECT_EQ(r.rows[1].facility.kecamatanCode, QStringLiteral("16.99.01"));   // as written; the note says where the point is
    EXPECT_TRUE(r.rows[1].reason.contains("Kecamatan Dua (16.99.02)")) << r.rows[1].reason.toStdString();
    EXPECT_NEAR(*r.rows[1].facility.lon, 104.05, 1e-12);
    EXPECT_TRUE(r.rows[1].reason.contains("Satu") && r.rows[1].reason.contains("Dua") && r.rows[1].reason.contains("km"))
        << r.rows[1].reason.toStdString();
    // Row 4: desa Delta does not exist in Dua; the point is kept where it lies (Beta, Satu), flagged.
    EXPECT_EQ(r.rows[2].outcome, Outcome::Flagged) << r.rows[2].reason.toStdString();
    EXPECT_EQ(r.rows[2].facility.desaCode, QStringLiteral("16.99.01.2002"));
    EXPECT_TRUE(r.rows[2].reason.contains("Dua")) << r.rows[2].reason.toStdString();
    // Rows 2 and 5: one puskesmas name at two points 111 m apart: both flagged with the distance.
    EXPECT_EQ(r.rows[0].outcome, Outcome::Flagged);
    EXPECT_EQ(r.rows[3].outcome, Outcome::Flagged);
    EXPECT_TRUE(r.rows[0].reason.contains("baris 5") && r.rows[0].reason.contains("111 m")) << r.rows[0].reason.toStdString();
    EXPECT_TRUE(r.rows[4].reason.contains("baris 7") && r.rows[4].reason.contains("3,3 km")) << r.rows[4].reason.toStdString();
    EXPECT_TRUE(r.rows[5].reason.contains("baris 6"));
    // Every point is stored with its status.
    const auto stored = project->facilities(FacilityType::Puskesmas);
    ASSERT_EQ(stored.size(), 6u);
    for (const Facility& f : stored)
        EXPECT_TRUE(f.lon.has_value()) << f.name.toStdString();
    EXPECT_EQ(stored[1].status, FacilityStatus::Flagged);
}

TEST_F(SelfCheck, NoNameColumnStopsNamingTheHeadersAndTheOption)
{
    addAreas(true);
    const QString csv = write("x.csv", "KECAMATAN,DESA,LATITUDE,LONGITUDE\nSATU,ALPHA,-3.01,104.01\n");
    FacilityImportOptions o;
    o.type = FacilityType::Posyandu;
    const QString e = errorOf(csv, o);
    EXPECT_TRUE(e.contains("--name-col") && e.contains("KECAMATAN, DESA, LATITUDE, LONGITUDE")) << e.toStdString();
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM facility"), 0);
}

TEST_F(SelfCheck, PosyanduListNamesItselfNotItsPuskesmas)
{
    addAreas(true);
    const QString csv = write("posy.csv", "Puskesmas,Nama Posyandu,Desa,Kecamatan\nPKM Alpha,Mawar,Alpha,Satu\n");
    FacilityImportOptions o;
    o.type = FacilityType::Posyandu;
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.rows[0].name, QStringLiteral("Mawar"));
}

TEST_F(SelfCheck, DesaWithoutKecamatanBoundariesIsSaidBeforeImporting)
{
    addAreas(false);
    const QString csv = write("posy.csv", "Nama Posyandu,Desa,Kecamatan\nMawar,Alpha,Satu\n");
    FacilityImportOptions o;
    o.type = FacilityType::Posyandu;
    const QString e = errorOf(csv, o);
    EXPECT_TRUE(e.contains("--layer kecamatan") && e.contains("16.99") && e.contains("--tanpa-kecamatan")) << e.toStdString();
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM facility"), 0);
    o.withoutKecamatan = true;
    EXPECT_EQ(importFacilities(*project, csv, o).rows.size(), 1u);
}

TEST_F(SelfCheck, AliasesAndSuggestionsForUnknownKecamatan)
{
    addAreas(true);
    {
        Transaction tx(project->db());
        project->addAlias("SATU LAMA", "16.99.01");
        tx.commit();
    }
    const QString csv = write("posy.csv", "Nama Posyandu,Desa,Kecamatan\nMawar,Alpha,Satu Lama\nMelati,Alpha,Dua Dan Kepulauan\n");
    FacilityImportOptions o;
    o.type = FacilityType::Posyandu;
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 2u);
    EXPECT_EQ(r.rows[0].facility.desaCode, QStringLiteral("16.99.01.2001"));
    EXPECT_TRUE(r.rows[1].reason.contains("Dua (16.99.02)") && r.rows[1].reason.contains("alias add")) << r.rows[1].reason.toStdString();
    EXPECT_TRUE(r.rows[1].facility.desaCode.isEmpty() || r.rows[1].outcome != Outcome::Exact);
}
