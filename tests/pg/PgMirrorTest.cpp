// Reading from PG: (info, render, table, analyze) through the local mirror,
// against a real PostgreSQL 15 + PostGIS cluster.
#include "PgCluster.h"
#include "PgFixtures.h"
#include "core/Gdal.h"
#include "core/Project.h"
#include "pg/PgConnection.h"
#include "pg/PgMirror.h"
#include <QFile>
#include <ogr_spatialref.h>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace pstest;
using ps::pg::Connection;
using ps::pg::Params;

namespace {

// Two districts side by side: the demo (99.01) and its copy as 99.02 moved
// two degrees east, published each with its own role.
struct TwoDistricts {
    PgCluster cluster;
    QTemporaryDir dir;
    QString a, b, cache;
    QString owner() const { return cluster.conninfo(QStringLiteral("psadmin")); }
    QString viewer() const { return cluster.conninfo(QStringLiteral("viewer")); }
    QString role(const char* r) const { return cluster.conninfo(QLatin1String(r)); }

    bool init()
    {
        if (!cluster.ok())
            return false;
        cache = cluster.dir() + QStringLiteral("/cache");   // XDG_CACHE_HOME of the CLI runs (PgCluster)
        a = demoProject(dir.path() + QStringLiteral("/a"));
        b = secondDistrict(a, dir.path() + QStringLiteral("/b.sqlite"));
        editProject(b, "UPDATE admin_area SET geom = ShiftCoords(geom, 2, 0); UPDATE facility SET geom = ShiftCoords(geom, 2, 0)");
        if (petasehat({QStringLiteral("pg"), QStringLiteral("init"), owner()}).code != 0)
            return false;
        const CliRun roles = petasehat({QStringLiteral("pg"), QStringLiteral("roles"), owner(), QStringLiteral("--province"),
                                        QStringLiteral("99"), QStringLiteral("--from"), a});
        EXPECT_EQ(roles.code, 0) << roles.err.toStdString();
        for (const auto& [project, role] : {std::pair{a, "kab9901"}, std::pair{b, "kab9902"}}) {
            const CliRun r = petasehat({QStringLiteral("publish"), project, this->role(role)});
            EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
            if (r.code != 0)
                return false;
        }
        return true;
    }

    // The same data as one SpatiaLite project: the demo's 99.01 and the copy's 99.02.
    QString merged()
    {
        const QString path = dir.path() + QStringLiteral("/merged.sqlite");
        EXPECT_TRUE(QFile::copy(a, path));
        auto project = ps::Project::open(path);
        ps::Database& db = project->db();
        db.exec(QStringLiteral("ATTACH '%1' AS b").arg(b));
        {
            ps::Transaction tx(db);
            db.exec("DELETE FROM admin_area WHERE NOT (code = '99.01' OR code LIKE '99.01.%')");
            db.exec("INSERT INTO admin_area(code, level, name, parent_code, area_km2, source, geom) "
                    "SELECT code, level, name, parent_code, area_km2, source, geom FROM b.admin_area WHERE code LIKE '99.02%'");
            db.exec("INSERT INTO indicator_value(area_code, period, indicator, numerator, denominator, value) "
                    "SELECT area_code, period, indicator, numerator, denominator, value FROM b.indicator_value");
            tx.commit();
        }
        db.exec("DETACH b");
        return path;
    }
};

// The PNG's pixel at lon/lat, through its world file (GDAL reads the .pgw).
QRgb pixelAt(const QString& png, double lon, double lat)
{
    ps::initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(png.toUtf8().constData(), GDAL_OF_RASTER));
    double gt[6] = {};
    EXPECT_TRUE(ds && ds->GetGeoTransform(gt) == CE_None) << png.toStdString();
    // The map is drawn in a projected CRS (the .prj beside it): lon/lat go through PROJ.
    QFile prj(QString(png).replace(QStringLiteral(".png"), QStringLiteral(".prj")));
    EXPECT_TRUE(prj.open(QIODevice::ReadOnly));
    OGRSpatialReference map;
    EXPECT_EQ(map.SetFromUserInput(prj.readAll().constData()), OGRERR_NONE);
    map.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs84, &map));
    double mx = lon, my = lat;
    EXPECT_TRUE(ct && ct->Transform(1, &mx, &my));
    const QImage img(png);
    const int x = static_cast<int>((mx - gt[0]) / gt[1]);
    const int y = static_cast<int>((my - gt[3]) / gt[5]);
    EXPECT_TRUE(img.valid(x, y)) << lon << " " << lat;
    return img.valid(x, y) ? img.pixel(x, y) : 0;
}

QStringList renderArgs(const QString& source, const QString& out)
{
    return {QStringLiteral("render"), source, QStringLiteral("--indicator"), QStringLiteral("stunting"), QStringLiteral("--level"),
            QStringLiteral("kecamatan"), QStringLiteral("--no-labels"), QStringLiteral("--no-facilities"),
            QStringLiteral("--world-file"), QStringLiteral("--out"), out};
}

} // namespace

TEST(PgMirror, RenderFromPgDrawsBothDistrictsAsTheMergedProject)
{
    PS_REQUIRE_POSTGIS();
    TwoDistricts t;
    ASSERT_TRUE(t.init()) << t.cluster.error().toStdString();
    const QString pgPng = t.dir.path() + QStringLiteral("/pg.png");
    const CliRun first = petasehat(renderArgs(t.viewer(), pgPng));
    ASSERT_EQ(first.code, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("cermin lokal dari PG:"))) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("versi 2"))) << first.err.toStdString();
    const QString localPng = t.dir.path() + QStringLiteral("/local.png");
    const CliRun local = petasehat(renderArgs(t.merged(), localPng));
    ASSERT_EQ(local.code, 0) << local.err.toStdString();

    Connection c(t.owner());
    ps::pg::Result r = c.exec("points", "SELECT code, ST_X(p), ST_Y(p) FROM (SELECT code, ST_PointOnSurface(geom) p "
                                        "FROM petasehat.area WHERE level = 'kecamatan') s ORDER BY code");
    ASSERT_EQ(r.rows(), 20);   // ten kecamatan in each district
    const QRgb background = QImage(pgPng).pixel(0, 0);
    for (int i = 0; i < r.rows(); ++i) {
        const QRgb fromPg = pixelAt(pgPng, *r.optReal(i, 1), *r.optReal(i, 2));
        EXPECT_NE(fromPg, background) << r.text(i, 0).toStdString();
        EXPECT_EQ(fromPg, pixelAt(localPng, *r.optReal(i, 1), *r.optReal(i, 2))) << r.text(i, 0).toStdString();
    }

    // The second open finds the mirror current: no copy.
    const CliRun warm = petasehat(renderArgs(t.viewer(), pgPng));
    ASSERT_EQ(warm.code, 0) << warm.err.toStdString();
    EXPECT_FALSE(warm.err.contains(QStringLiteral("baru dibuat"))) << warm.err.toStdString();
    EXPECT_FALSE(warm.err.contains(QStringLiteral("diperbarui"))) << warm.err.toStdString();
}

TEST(PgMirror, TableFromPgEqualsTableFromMergedProject)
{
    PS_REQUIRE_POSTGIS();
    TwoDistricts t;
    ASSERT_TRUE(t.init()) << t.cluster.error().toStdString();
    auto table = [&](const QString& source, const QString& out) {
        const CliRun r = petasehat({QStringLiteral("table"), source, QStringLiteral("--indicator"), QStringLiteral("stunting"),
                                    QStringLiteral("--level"), QStringLiteral("kecamatan"), QStringLiteral("--out"), out});
        EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
        QFile f(out);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << out.toStdString();
        return QString::fromUtf8(f.readAll());
    };
    const QString fromPg = table(t.viewer(), t.dir.path() + QStringLiteral("/pg.csv"));
    const QString fromFile = table(t.merged(), t.dir.path() + QStringLiteral("/local.csv"));
    EXPECT_EQ(fromPg.count(QLatin1Char('\n')), 21) << fromPg.toStdString();   // header + 20 kecamatan
    EXPECT_TRUE(fromPg.contains(QStringLiteral("99.02.01"))) << fromPg.toStdString();
    EXPECT_EQ(fromPg, fromFile);
}

TEST(PgMirror, SecondPublishRefreshesOnlyThatDistrict)
{
    PS_REQUIRE_POSTGIS();
    TwoDistricts t;
    ASSERT_TRUE(t.init()) << t.cluster.error().toStdString();
    ps::pg::Mirror mirror(t.viewer(), QString(), t.cache);
    const ps::pg::MirrorRefresh created = mirror.refresh();
    EXPECT_EQ(created.previousVersion, 0);
    EXPECT_EQ(created.version, 2);
    EXPECT_EQ(created.changedDistricts, QStringList({QStringLiteral("99.01"), QStringLiteral("99.02")}));
    const CliRun firstInfo = petasehat({QStringLiteral("info"), t.viewer()});
    ASSERT_EQ(firstInfo.code, 0) << firstInfo.err.toStdString();
    EXPECT_TRUE(firstInfo.err.contains(QStringLiteral("baru dibuat"))) << firstInfo.err.toStdString();
    const ps::pg::MirrorRefresh same = mirror.refresh();
    EXPECT_FALSE(same.changed());
    EXPECT_TRUE(same.changedDistricts.isEmpty());

    // A fix in district 99.02 and an indicator of its own, published: only 99.02 is copied again.
    editProject(t.b, "UPDATE indicator_value SET numerator = numerator + 7 WHERE area_code LIKE '99.02.01%';"
                     "INSERT INTO indicator_def(code, name_id, name_en, numerator, denominator, unit, scale, higher_is_worse) "
                     "VALUES ('anemia_remaja', 'Anemia remaja putri', 'Adolescent anaemia', 'remaja_anemia', 'remaja_diperiksa', "
                     "'percent', 100, 1);"
                     "INSERT INTO indicator_value(area_code, period, indicator, numerator, denominator, value) "
                     "VALUES ('99.02.01', 2024, 'anemia_remaja', 12, 80, 15)");
    ASSERT_EQ(petasehat({QStringLiteral("publish"), t.b, t.role("kab9902")}).code, 0);
    // A mark on one kecamatan of each district in the mirror: a district copied again loses it.
    editProject(mirror.path(), "UPDATE admin_area SET name = name || ' #' WHERE code IN ('99.01.01', '99.02.01')");
    auto marked = [&](const char* code) {
        auto project = ps::Project::open(mirror.path(), true);
        auto st = project->db().prepare("SELECT name LIKE '% #' FROM admin_area WHERE code = ?1");
        st.bind(1, QString::fromLatin1(code));
        return st.step() && st.int64(0) == 1;
    };
    const ps::pg::MirrorRefresh refreshed = mirror.refresh();
    EXPECT_EQ(refreshed.previousVersion, 2);
    EXPECT_EQ(refreshed.version, 3);
    EXPECT_EQ(refreshed.changedDistricts, QStringList({QStringLiteral("99.02")}));
    EXPECT_TRUE(marked("99.01.01"));    // untouched
    EXPECT_FALSE(marked("99.02.01"));   // copied again

    // The mirror holds what the database holds for both districts.
    Connection c(t.owner());
    auto project = ps::Project::open(mirror.path(), true);
    for (const char* sql : {"SELECT count(*) FROM %1facility", "SELECT count(*) FROM %1indicator_value",
                            "SELECT count(*) FROM %1area"}) {
        const QString pgSql = QString::fromLatin1(sql).arg(QStringLiteral("petasehat."));
        const QString local = QString::fromLatin1(sql).arg(QString()).replace(QStringLiteral("FROM area"),
                                                                            QStringLiteral("FROM admin_area"));
        EXPECT_EQ(c.exec("count", pgSql.toUtf8().constData()).int64(0, 0), project->db().scalarInt(local.toUtf8().constData()))
            << sql;
    }
    auto sum = project->db().prepare("SELECT sum(numerator) FROM indicator_value WHERE area_code LIKE '99.02.01%'");
    ASSERT_TRUE(sum.step());
    EXPECT_DOUBLE_EQ(sum.real(0), *c.exec("sum", "SELECT sum(numerator) FROM petasehat.indicator_value "
                                                 "WHERE area_code LIKE '99.02.01%'").optReal(0, 0));

    // The CLI says which district it copied.
    const CliRun info = petasehat({QStringLiteral("info"), t.viewer()});
    ASSERT_EQ(info.code, 0) << info.err.toStdString();
    EXPECT_TRUE(info.err.contains(QStringLiteral("versi 3 (diperbarui: 99.02)"))) << info.err.toStdString();
    // The district's own indicator reaches the province with its name and unit.
    EXPECT_EQ(c.exec("def", "SELECT district || ' ' || name_id FROM petasehat.indicator_def").text(0, 0),
              QStringLiteral("99.02 Anemia remaja putri"));
    EXPECT_TRUE(info.out.contains(QStringLiteral("Anemia remaja putri (percent) [2024]"))) << info.out.toStdString();
}

TEST(PgMirror, AnalyzeFromPgStoresTheRunInPostgis)
{
    PS_REQUIRE_POSTGIS();
    TwoDistricts t;
    ASSERT_TRUE(t.init()) << t.cluster.error().toStdString();
    // A viewer has no district to write.
    const CliRun refused = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), t.viewer()});
    EXPECT_NE(refused.code, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--area"))) << refused.err.toStdString();

    const CliRun r = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), t.role("kab9901"),
                                QStringLiteral("--no-area")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("kabupaten/kota 99.01 run 1"))) << r.out.toStdString();

    Connection c(t.owner());
    ps::pg::Result run = c.exec("run", "SELECT district, run_id, code_prefix, kind FROM petasehat.analysis_run");
    ASSERT_EQ(run.rows(), 1);
    EXPECT_EQ(run.text(0, 0), QStringLiteral("99.01"));
    EXPECT_EQ(run.int64(0, 1), 1);
    EXPECT_EQ(run.text(0, 2), QStringLiteral("99.01"));
    EXPECT_GT(c.exec("rows", "SELECT count(*) FROM petasehat.coverage_result WHERE district = '99.01' AND run_id = 1")
                  .int64(0, 0), 0);
    EXPECT_GT(c.exec("rows", "SELECT count(*) FROM petasehat.underserved_rank WHERE district = '99.01' AND run_id = 1")
                  .int64(0, 0), 0);
    EXPECT_EQ(c.exec("version", "SELECT max(id) FROM petasehat.publication").int64(0, 0), 3);

    // Another district's role cannot store a run for 99.01.
    const CliRun other = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), t.role("kab9902"),
                                    QStringLiteral("--area"), QStringLiteral("99.01"), QStringLiteral("--no-area")});
    EXPECT_NE(other.code, 0);

    // The published raster path missing on this machine: --population names one here.
    const QString raster = c.exec("raster", "SELECT value FROM petasehat.setting WHERE district = '99.01' "
                                            "AND key = 'population_raster'").text(0, 0);
    ASSERT_TRUE(QFile::exists(raster)) << raster.toStdString();
    c.exec("move", "UPDATE petasehat.setting SET value = '/tidak/ada/penduduk.tif' WHERE key = 'population_raster'");
    c.exec("move", "INSERT INTO petasehat.publication(district) VALUES ('99.01')");
    const CliRun missing = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), t.role("kab9901"), QStringLiteral("--no-area")});
    EXPECT_NE(missing.code, 0);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/tidak/ada/penduduk.tif")) && missing.err.contains(QStringLiteral("--population")))
        << missing.err.toStdString();
    // A second run gets the next number; the mirror holds both under their PostGIS numbers.
    const CliRun second = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), t.role("kab9901"), QStringLiteral("--no-area"),
                                     QStringLiteral("--population"), raster});
    ASSERT_EQ(second.code, 0) << second.out.toStdString() << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("kabupaten/kota 99.01 run 2"))) << second.out.toStdString();
    ps::pg::Mirror mirror(t.viewer(), QStringLiteral("99.01"), t.cache + QStringLiteral("/petasehat/pg"));
    mirror.refresh();
    auto project = ps::Project::open(mirror.path(), true);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM analysis_run"), 2);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM pg_mirror_run WHERE district = '99.01' AND run_id IN (1, 2)"), 2);
    // The mirror keeps the district's published setting, not the raster given for one run.
    EXPECT_EQ(project->setting(QStringLiteral("population_raster")), QStringLiteral("/tidak/ada/penduduk.tif"));
}
