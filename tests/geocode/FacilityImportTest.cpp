// Facility import on a small synthetic kabupaten: columns, clean coordinates,
// duplicates, placement, errors with the store unchanged, and fixing a row.
#include "TestSupport.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "core/Project.h"
#include "geocode/FacilityFix.h"
#include "geocode/FacilityImport.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>

using namespace ps;
using namespace ps::geocode;

namespace {

QByteArray rectWkb(double x0, double y0, double x1, double y1)
{
    GeosContext& g = geos();
    GeomPtr r = g.own(GEOSGeom_createRectangle_r(g.handle(), x0, y0, x1, y1));
    GeomPtr multi = polygonalParts(g, r.get());
    return g.toWkb(multi.get());
}

// Kecamatan Satu (16.99.01): desa Alpha [104.00–104.02] and Beta [104.02–104.04], lat −3.02..−3.00;
// Kecamatan Dua (16.99.02): desa Alpha too [104.04–104.06].
class SmallKabupaten : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = Project::create(dir.filePath("p.sqlite"));
        Transaction tx(project->db());
        project->upsertArea({"16.99.01", AdminLevel::Kecamatan, "Satu", "16.99", 0, rectWkb(104.00, -3.02, 104.04, -3.00)});
        project->upsertArea({"16.99.02", AdminLevel::Kecamatan, "Dua", "16.99", 0, rectWkb(104.04, -3.02, 104.06, -3.00)});
        project->upsertArea({"16.99.01.2001", AdminLevel::Desa, "Alpha", "16.99.01", 0, rectWkb(104.00, -3.02, 104.02, -3.00)});
        project->upsertArea({"16.99.01.2002", AdminLevel::Desa, "Beta", "16.99.01", 0, rectWkb(104.02, -3.02, 104.04, -3.00)});
        project->upsertArea({"16.99.02.2001", AdminLevel::Desa, "Alpha", "16.99.02", 0, rectWkb(104.04, -3.02, 104.06, -3.00)});
        tx.commit();
    }
    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    qint64 count(const char* table) { return project->db().scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(table).toUtf8()); }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

TEST(FacilityColumns, DetectedFromUsualHeaders)
{
    struct Case {
        QStringList headers;
        FacilityColumns want;
    };
    const Case cases[] = {
        {{"kode_puskesmas", "nama", "jenis", "kecamatan", "desa", "latitude", "longitude"},
         {"kode_puskesmas", "nama", "desa", "kecamatan", "latitude", "longitude", ""}},
        {{"kode", "nama", "kecamatan", "desa", "lintang", "bujur"}, {"kode", "nama", "desa", "kecamatan", "lintang", "bujur", ""}},
        {{"Kode_Posyandu", "Nama_Posyandu", "Desa/Kelurahan", "Kecamatan", "Lat", "Lng"},
         {"Kode_Posyandu", "Nama_Posyandu", "Desa/Kelurahan", "Kecamatan", "Lat", "Lng", ""}},
        {{"kode_desa", "kode_fasilitas", "nama_desa", "nama", "koordinat"},
         {"kode_fasilitas", "nama", "nama_desa", "", "", "", "koordinat"}},
    };
    for (const Case& c : cases) {
        io::Table t;
        t.file = "x.csv";
        t.headers = c.headers;
        const FacilityColumns got = resolveColumns(t, {});
        EXPECT_EQ(got.code, c.want.code) << c.headers.join(",").toStdString();
        EXPECT_EQ(got.name, c.want.name);
        EXPECT_EQ(got.desa, c.want.desa);
        EXPECT_EQ(got.kecamatan, c.want.kecamatan);
        EXPECT_EQ(got.lat, c.want.lat);
        EXPECT_EQ(got.lon, c.want.lon);
        EXPECT_EQ(got.coord, c.want.coord);
    }
    io::Table t;
    t.file = "x.csv";
    t.headers = {"kode", "nama", "alamat"};
    try {
        resolveColumns(t, {});
        ADD_FAILURE() << "no desa and no coordinates must be an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), QStringLiteral("x.csv"));
    }
    t.headers = {"kode", "nama", "desa"};
    FacilityColumns given;
    given.kecamatan = "kec";
    try {
        resolveColumns(t, given);
        ADD_FAILURE() << "a named column that is absent must be an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.column(), QStringLiteral("kec"));
        EXPECT_TRUE(e.message().contains("kec"));
    }
}

TEST_F(SmallKabupaten, CleanCoordinatesWithoutDesaColumn)
{
    const QString csv = write("rs.csv", "kode,nama,lat,lon\n"
                                        "RS1,RS Satu,-3.01,104.01\n"
                                        "RS2,RS Dua,-3.01,104.03\n"
                                        "RS3,RS Jauh,-7.5,110.4\n");
    FacilityImportOptions o;
    o.type = FacilityType::RumahSakit;
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 3u);
    EXPECT_EQ(r.rows[0].outcome, Outcome::Imported);
    EXPECT_EQ(r.rows[0].facility.desaCode, QStringLiteral("16.99.01.2001"));
    EXPECT_EQ(r.rows[1].facility.desaCode, QStringLiteral("16.99.01.2002"));
    EXPECT_EQ(r.rows[2].outcome, Outcome::Rejected);
    const auto stored = project->facilities(FacilityType::RumahSakit);
    ASSERT_EQ(stored.size(), 3u);
    EXPECT_NEAR(*stored[0].lat, -3.01, 1e-12);
    EXPECT_NEAR(*stored[0].lon, 104.01, 1e-12);
    EXPECT_FALSE(stored[2].lon.has_value());
    EXPECT_EQ(QJsonDocument::fromJson(stored[2].raw.toUtf8()).object().value("lat").toString(), QStringLiteral("-7.5"));
}

TEST_F(SmallKabupaten, NamesCoordinatesDuplicatesAndReport)
{
    const QString csv = write("posyandu.csv",
                              "kode_posyandu,nama_posyandu,desa,kecamatan,latitude,longitude\n"
                              "A1,Posyandu Mawar,Desa Alpha,Kec. Satu,\"-3,01\",\"104,01\"\n"     // decimal comma
                              "A2,Posyandu Melati,Alpha,Satu,104.011,-3.011\n"                    // swapped
                              "A3,Posyandu Kenanga,ALPHA,DUA,,\n"                                 // no coordinates
                              "A4,Posyandu Anggrek,Alpha,,,\n"                                    // two Alpha, no kecamatan
                              "A5,Posyandu Dahlia,Alpha,,-3.01,104.05\n"                          // ... the point decides
                              "A6,Posyandu Teratai,Gamma,Satu,,\n"                                // no such desa
                              "A1,Posyandu Mawar,Desa Alpha,Kec. Satu,\"-3,01\",\"104,01\"\n"     // same code
                              "A7,Posyandu Mawar,Alpha,Satu,-3.01001,104.01001\n"                 // same name, ~1.5 m
                              "A8,Posyandu Tulip,Beta,Satu,0,0\n"                                 // 0,0
                              "A9,Posyandu Sakura,Beta,Satu,-3.01,104.0205\n");                   // just outside Beta? no: inside
    FacilityImportOptions o;
    o.reportPath = dir.filePath("laporan.csv");
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 10u);
    const Outcome want[] = {Outcome::Repaired, Outcome::Repaired,  Outcome::Estimated, Outcome::Ambiguous,
                            Outcome::Exact,    Outcome::Unmatched, Outcome::Duplicate, Outcome::Duplicate,
                            Outcome::Estimated, Outcome::Exact};
    for (size_t i = 0; i < r.rows.size(); ++i)
        EXPECT_EQ(r.rows[i].outcome, want[i]) << "row " << r.rows[i].row << ": " << r.rows[i].reason.toStdString();
    EXPECT_EQ(r.rows[2].facility.desaCode, QStringLiteral("16.99.02.2001"));
    EXPECT_EQ(r.rows[4].facility.desaCode, QStringLiteral("16.99.02.2001"));
    EXPECT_TRUE(r.rows[8].coordinateRejected);
    EXPECT_EQ(r.rows[2].facility.method, QStringLiteral("desa_interior_point"));
    // The interior point's radius covers the whole desa (a 2.2 km square: half-diagonal at least 1.5 km).
    EXPECT_GT(*r.rows[2].facility.uncertaintyM, 1500.0);
    EXPECT_EQ(count("facility"), 8);
    EXPECT_EQ(count("import_log"), 1);

    const io::Table report = io::readTable(o.reportPath);
    ASSERT_EQ(report.rows.size(), 10u);
    const int hasil = report.column("hasil"), alasan = report.column("alasan");
    EXPECT_EQ(report.rows[6][hasil], QStringLiteral("duplicate"));
    EXPECT_EQ(report.rows[3][alasan], r.rows[3].reason);   // commas and quotes survive the CSV round trip
    EXPECT_TRUE(r.rows[3].reason.contains("16.99.01.2001") && r.rows[3].reason.contains("16.99.02.2001"));

    // Importing the same file again stores nothing new: every code is already there.
    const auto again = importFacilities(*project, csv, o);
    EXPECT_EQ(again.count(Outcome::Duplicate), 10);
    EXPECT_EQ(count("facility"), 8);
}

TEST_F(SmallKabupaten, PopulationPeakPlacement)
{
    // 0.001° cells over Alpha (Satu); the densest cell is at column 15, row 5.
    initGdal();
    const QString tif = dir.filePath("pop.tif");
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
        GDALDatasetUniquePtr ds(drv->Create(tif.toUtf8().constData(), 20, 20, 1, GDT_Float32, nullptr));
        double gt[6] = {104.0, 0.001, 0, -3.0, 0, -0.001};
        ds->SetGeoTransform(gt);
        std::vector<float> v(400, 1.0f);
        v[5 * 20 + 15] = 50.0f;
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 20, 20, v.data(), 20, 20, GDT_Float32, 0, 0), CE_None);
    }
    project->setSetting("population_raster", tif);
    const QString csv = write("p.csv", "kode,nama,desa,kecamatan\nP1,Pustu Alpha,Alpha,Satu\n");
    FacilityImportOptions o;
    o.type = FacilityType::Pustu;
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 1u);
    const Facility& f = r.rows[0].facility;
    EXPECT_EQ(r.rows[0].outcome, Outcome::Estimated);
    EXPECT_EQ(f.method, QStringLiteral("desa_population_peak"));
    EXPECT_NEAR(*f.lon, 104.0155, 1e-9);
    EXPECT_NEAR(*f.lat, -3.0055, 1e-9);
    // Farthest corner of Alpha from the peak: (104.0, -3.02).
    EXPECT_NEAR(*f.uncertaintyM, geodesicDistanceM(104.0155, -3.0055, 104.0, -3.02), 1e-6);
}

TEST_F(SmallKabupaten, BadInputLeavesStoreUnchanged)
{
    FacilityImportOptions o;
    EXPECT_THROW(importFacilities(*project, dir.filePath("tidak_ada.csv"), o), Error);
    const QString csv = write("f.csv", "kode,nama,desa,kecamatan\nX1,Posyandu X,Alpha,Satu\n");
    o.columns.desa = "kelurahan";
    try {
        importFacilities(*project, csv, o);
        ADD_FAILURE() << "missing column must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), csv);
        EXPECT_EQ(e.column(), QStringLiteral("kelurahan"));
    }
    // The report cannot be written: the transaction is rolled back.
    o.columns.desa.clear();
    o.reportPath = dir.filePath("no/such/dir/laporan.csv");
    EXPECT_THROW(importFacilities(*project, csv, o), Error);
    EXPECT_EQ(count("facility"), 0);
    EXPECT_EQ(count("import_log"), 0);
}

TEST_F(SmallKabupaten, FixUnplacedRow)
{
    const QString csv = write("f.csv", "kode,nama,desa,kecamatan\nX1,Posyandu X,Gamma,Satu\nX2,Posyandu Y,Delta,Satu\n");
    const auto r = importFacilities(*project, csv, {});
    ASSERT_EQ(r.rows[0].outcome, Outcome::Unmatched);
    const qint64 id = r.rows[0].facility.id, id2 = r.rows[1].facility.id;

    FacilityFix byDesa;
    byDesa.desaCode = "16.99.01.2002";
    byDesa.by = "bidan.sari";
    const Facility f = fixFacility(*project, id, byDesa);
    EXPECT_EQ(f.status, FacilityStatus::Manual);
    const auto stored = project->facility(id);
    ASSERT_TRUE(stored && stored->lon);
    EXPECT_EQ(stored->desaCode, QStringLiteral("16.99.01.2002"));
    EXPECT_EQ(stored->kecamatanCode, QStringLiteral("16.99.01"));
    EXPECT_GT(*stored->lon, 104.02);
    EXPECT_LT(*stored->lon, 104.04);
    EXPECT_EQ(stored->updatedBy, QStringLiteral("bidan.sari"));
    EXPECT_FALSE(stored->updatedAt.isEmpty());
    EXPECT_TRUE(stored->raw.contains("Gamma"));   // the typed row is kept

    FacilityFix byPoint;
    byPoint.lat = -3.005;
    byPoint.lon = 104.005;
    fixFacility(*project, id2, byPoint);
    const auto second = project->facility(id2);
    EXPECT_EQ(second->desaCode, QStringLiteral("16.99.01.2001"));
    EXPECT_EQ(second->method, QStringLiteral("manual_coordinates"));

    FacilityFix outside;
    outside.lat = -7.0;
    outside.lon = 110.0;
    EXPECT_THROW(fixFacility(*project, id2, outside), Error);
    EXPECT_THROW(fixFacility(*project, 9999, byDesa), Error);
    FacilityFix unknownDesa;
    unknownDesa.desaCode = "16.99.09.2009";
    EXPECT_THROW(fixFacility(*project, id2, unknownDesa), Error);
    EXPECT_EQ(project->facility(id2)->desaCode, QStringLiteral("16.99.01.2001"));
}

TEST_F(SmallKabupaten, EveryFixAndUndoIsInTheHistory)
{
    const QString csv = write("h.csv", "kode,nama,desa,kecamatan\nH1,Posyandu H,Gamma,Satu\n");
    const qint64 id = importFacilities(*project, csv, {}).rows[0].facility.id;
    const Facility before = *project->facility(id);
    FacilityFix fix;
    fix.desaCode = "16.99.01.2002";
    fix.by = "bidan.sari";
    const Facility after = fixFacility(*project, id, fix);
    auto history = facilityHistory(*project, id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].by, QStringLiteral("bidan.sari"));
    EXPECT_EQ(history[0].action, QStringLiteral("fix"));
    EXPECT_EQ(history[0].before.value("status").toString(), FacilityStatus::Unmatched);
    EXPECT_EQ(history[0].after.value("desa").toString(), QStringLiteral("16.99.01.2002"));
    EXPECT_TRUE(history[0].after.contains("lon"));
    EXPECT_FALSE(history[0].at.isEmpty());

    // Undo: the earlier state comes back, and the undo is itself in the history.
    restoreFacility(*project, before, "pak.budi", "undo");
    const auto undone = project->facility(id);
    EXPECT_EQ(undone->status, FacilityStatus::Unmatched);
    EXPECT_FALSE(undone->lon.has_value());
    EXPECT_EQ(undone->updatedBy, QStringLiteral("pak.budi"));
    restoreFacility(*project, after, "pak.budi", "redo");
    EXPECT_EQ(project->facility(id)->desaCode, QStringLiteral("16.99.01.2002"));
    history = facilityHistory(*project, id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[1].action, QStringLiteral("undo"));
    EXPECT_EQ(history[1].before.value("desa").toString(), QStringLiteral("16.99.01.2002"));
    EXPECT_EQ(history[2].action, QStringLiteral("redo"));
    EXPECT_TRUE(facilityHistory(*project, 9999).empty());
}

} // namespace

namespace {

TEST_F(SmallKabupaten, PointsOutsideTheNamedDesaFlaggedOrRejected)
{
    // Named Alpha (Satu, 104.00–104.02): a point 1.7 km east in Beta is kept and flagged;
    // one 4.3 km east (in Dua) is rejected and the row placed inside Alpha; one in another
    // province is rejected too.
    const QString csv = write("f.csv", "kode;nama;desa;kecamatan;koordinat\n"
                                       "F1;Pustu A;Alpha;Satu;-3.01, 104.035\n"
                                       "F2;Pustu B;Alpha;Satu;-3.01, 104.059\n"
                                       "F3;Pustu C;Alpha;Satu;-7.01, 110.4\n"
                                       "F4;Pustu D;Alpha;Satu;\"-3,01, 104,01\"\n");
    FacilityImportOptions o;
    o.type = FacilityType::Pustu;
    const auto r = importFacilities(*project, csv, o);
    ASSERT_EQ(r.rows.size(), 4u);
    EXPECT_EQ(r.rows[0].outcome, Outcome::Flagged);
    EXPECT_NEAR(*r.rows[0].facility.lon, 104.035, 1e-12);   // the given point, not moved
    EXPECT_TRUE(r.rows[0].reason.contains("1,7 km")) << r.rows[0].reason.toStdString();
    for (int i : {1, 2}) {
        EXPECT_EQ(r.rows[i].outcome, Outcome::Estimated) << r.rows[i].reason.toStdString();
        EXPECT_TRUE(r.rows[i].coordinateRejected);
        EXPECT_EQ(r.rows[i].facility.desaCode, QStringLiteral("16.99.01.2001"));
        EXPECT_LT(*r.rows[i].facility.lon, 104.02);
    }
    EXPECT_EQ(r.rows[3].outcome, Outcome::Repaired);   // decimal commas in a one-column "lat, lon"
}

TEST_F(SmallKabupaten, ReadsASheetOfAnXlsxWorkbook)
{
    initGdal();
    const QString xlsx = dir.filePath("fasilitas.xlsx");
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("XLSX");
        ASSERT_NE(drv, nullptr);
        GDALDatasetUniquePtr ds(drv->Create(xlsx.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer* l = ds->CreateLayer("poskesdes", nullptr, wkbNone, nullptr);
        for (const char* f : {"kode", "nama", "desa", "kecamatan", "lintang", "bujur"}) {
            OGRFieldDefn d(f, OFTString);
            l->CreateField(&d);
        }
        OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(l->GetLayerDefn()));
        const char* values[] = {"K1", "Poskesdes Beta", "Beta", "Satu", "-3.01", "104.03"};
        for (int i = 0; i < 6; ++i)
            feat->SetField(i, values[i]);
        ASSERT_EQ(l->CreateFeature(feat.get()), OGRERR_NONE);
    }
    FacilityImportOptions o;
    o.type = FacilityType::Poskesdes;
    o.sheet = "poskesdes";
    const auto r = importFacilities(*project, xlsx, o);
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.rows[0].outcome, Outcome::Exact);
    EXPECT_EQ(r.rows[0].facility.desaCode, QStringLiteral("16.99.01.2002"));
    EXPECT_EQ(project->facilities(FacilityType::Poskesdes).size(), 1u);
}

} // namespace
