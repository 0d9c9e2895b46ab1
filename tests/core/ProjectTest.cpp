#include "TestSupport.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Geos.h"
#include "core/Project.h"
#include <QFile>
#include <geos_c.h>

using namespace ps;

static QByteArray squareWkb(double x, double y, double size)
{
    auto& g = geos();
    GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
    const QByteArray wkt = QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))")
                               .arg(x).arg(y).arg(x + size).arg(y + size).toUtf8();
    GeomPtr geom = g.own(GEOSWKTReader_read_r(g.handle(), r, wkt.constData()));
    GEOSWKTReader_destroy_r(g.handle(), r);
    return g.toWkb(geom.get());
}

TEST(Project, CreatesSpatiaLiteStoreWithIndexesAndWal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p.sqlite");
    auto p = Project::create(path);
    EXPECT_EQ(p->schemaVersion(), Project::kSchemaVersion);
    // admin_area, facility (v1) + coverage_geom, underserved_rank, proposed_site, catchment (v3)
    EXPECT_EQ(p->db().scalarInt("SELECT count(*) FROM geometry_columns"), 6);
    EXPECT_EQ(p->db().scalarInt("SELECT count(*) FROM geometry_columns WHERE spatial_index_enabled = 1"), 6);
    EXPECT_EQ(p->db().scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'idx_admin_area_geom'"), 1);
    auto st = p->db().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("wal"));
    EXPECT_THROW(Project::create(path), Error);
}

TEST(Project, StoresAreasAndAggregatesRatesFromCounts)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    {
        Transaction tx(p->db());
        p->upsertArea({"16.07.01", AdminLevel::Kecamatan, "Satu", "16.07", 10.0, squareWkb(104, -3, 0.1)});
        p->upsertArea({"16.07.02", AdminLevel::Kecamatan, "Dua", "16.07", 20.0, squareWkb(104.1, -3, 0.1)});
        p->upsertArea({"16.07.02", AdminLevel::Kecamatan, "Dua (baru)", "16.07", 20.0, squareWkb(104.1, -3, 0.1)});
        // 10/100 and 30/50: the kabupaten is 40/150 = 26.67%, not the mean of 10% and 60%.
        p->upsertIndicatorValue({"16.07.01", 2023, "stunting", 10, 100}, 0, 100);
        p->upsertIndicatorValue({"16.07.02", 2023, "stunting", 30, 50}, 0, 100);
        p->upsertIndicatorValue({"16.07.03", 2023, "stunting", std::nullopt, 80}, 0, 100);
        tx.commit();
    }
    const auto kec = p->areas(AdminLevel::Kecamatan, false);
    ASSERT_EQ(kec.size(), 2u);
    EXPECT_EQ(kec[1].name, QStringLiteral("Dua (baru)"));
    const QRectF ext = p->extent();
    EXPECT_NEAR(ext.left(), 104.0, 1e-9);
    EXPECT_NEAR(ext.right(), 104.2, 1e-9);

    const auto kab = p->valuesByLevel("stunting", 2023, AdminLevel::Kabupaten, 100);
    ASSERT_EQ(kab.size(), 1u);
    EXPECT_EQ(kab[0].areaCode, QStringLiteral("16.07"));
    EXPECT_DOUBLE_EQ(*kab[0].numerator, 40);
    EXPECT_DOUBLE_EQ(*kab[0].denominator, 150);
    EXPECT_NEAR(*kab[0].value, 26.6667, 1e-3);
    EXPECT_EQ(kab[0].reporting, 2);
    EXPECT_EQ(kab[0].units, 3);

    const auto byKec = p->valuesByLevel("stunting", 2023, AdminLevel::Kecamatan, 100);
    ASSERT_EQ(byKec.size(), 3u);
    EXPECT_FALSE(byKec[2].value.has_value());  // blank numerator stays no data, not zero
}

TEST(Project, StoresFacilitiesWithTheirProvenance)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    Facility f;
    f.code = "P1";
    f.type = FacilityType::Puskesmas;
    f.name = "Puskesmas Mariana";
    f.lon = 104.86;
    f.lat = -2.98;
    f.status = FacilityStatus::Exact;
    f.sourceFile = "puskesmas.csv";
    f.sourceRow = 2;
    f.raw = R"({"nama":"Puskesmas Mariana"})";
    const qint64 id = p->insertFacility(f);
    Facility unplaced = f;
    unplaced.code = "P2";
    unplaced.lon.reset();
    unplaced.lat.reset();
    unplaced.status = FacilityStatus::Unmatched;
    p->insertFacility(unplaced);

    auto back = p->facility(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, f.name);
    EXPECT_NEAR(*back->lon, 104.86, 1e-12);
    EXPECT_EQ(back->sourceRow, 2);
    const auto all = p->facilities(FacilityType::Puskesmas);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_FALSE(all[1].lon.has_value());
    EXPECT_EQ(all[1].status, FacilityStatus::Unmatched);
}

TEST(Project, MigratesAnOlderSchemaKeepingData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    Project::createAtVersion(path, 1);
    {
        Database db(path, Database::Mode::ReadWrite);
        EXPECT_EQ(db.scalarInt("PRAGMA user_version"), 1);
        db.exec("INSERT INTO facility(code, type, status) VALUES ('X1', 'posyandu', 'imported')");
        EXPECT_EQ(db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name='setting'"), 0);
    }
    // A read-only open (render, info) upgrades a writable project once, then reads it.
    auto p = Project::open(path, /*readOnly=*/true);
    EXPECT_EQ(p->schemaVersion(), Project::kSchemaVersion);
    EXPECT_EQ(p->setting("reach_posyandu_m"), QStringLiteral("1000"));
    const auto f = p->facilities();
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].code, QStringLiteral("X1"));
}

TEST(Project, RefusesFilesThatAreNotProjects)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath("junk.sqlite");
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just text that pretends to be one");
    f.close();
    EXPECT_THROW(Project::open(junk), Error);
    EXPECT_THROW(Project::open(dir.filePath("missing.sqlite")), Error);
}

TEST(Project, CatalogueIsCopiedIntoTheStore)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    p->syncCatalogue(Catalogue::standard());
    EXPECT_GE(p->db().scalarInt("SELECT count(*) FROM indicator_def"), 5);
    EXPECT_EQ(p->db().scalarInt("SELECT higher_is_worse FROM indicator_def WHERE code='stunting'"), 1);
}

// A year asked of data stored by semester, quarter or month: a flow (K6) sums the parts of
// one kind over the year's target, a point-in-time count (stunting) takes its latest part;
// a semester stored beside its months is never added to them.
TEST(Project, YearOfSemestersQuartersAndMonths)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    {
        Transaction tx(p->db());
        p->syncCatalogue(Catalogue::standard());
        p->upsertArea({"16.07.01", AdminLevel::Kecamatan, "Satu", "16.07", 10.0, squareWkb(104, -3, 0.1)});
        p->upsertIndicatorValue({"16.07.01", 202431, "k6", 50, 120}, 0, 100);   // semester 1
        p->upsertIndicatorValue({"16.07.01", 202432, "k6", 55, 120}, 0, 100);   // semester 2
        p->upsertIndicatorValue({"16.07.01", 202521, "k6", 20, 100}, 0, 100);   // quarters 1, 2 of 2025
        p->upsertIndicatorValue({"16.07.01", 202522, "k6", 25, 100}, 0, 100);
        p->upsertIndicatorValue({"16.07.01", 202431, "stunting", 30, 300}, 0, 100);
        p->upsertIndicatorValue({"16.07.01", 202432, "stunting", 24, 300}, 0, 100);
        p->upsertIndicatorValue({"16.07.01", 202508, "stunting", 12, 200}, 0, 100);   // a month and
        p->upsertIndicatorValue({"16.07.01", 202532, "stunting", 99, 100}, 0, 100);   // its semester
        tx.commit();
    }
    struct Case {
        const char* indicator;
        int period;
        double numerator, denominator;
        std::vector<int> summed;
        int used;
    };
    const Case cases[] = {
        {"k6", 2024, 105, 120, {202431, 202432}, 0},   // S1 + S2 over the year's target
        {"k6", 2025, 45, 100, {202521, 202522}, 0},    // Q1 + Q2
        {"k6", 202531, 45, 100, {202521, 202522}, 0},  // semester 1 of 2025 from its quarters
        {"stunting", 2024, 24, 300, {}, 202432},       // the latest semester, not 54 of 600
        {"stunting", 2025, 12, 200, {}, 202508},       // the month, not the stored semester beside it
    };
    for (const Case& c : cases) {
        const PeriodUse use = p->resolvePeriod(QString::fromLatin1(c.indicator), c.period);
        EXPECT_EQ(use.summed, c.summed) << c.indicator << " " << c.period;
        EXPECT_EQ(use.used, c.used) << c.indicator << " " << c.period;
        const auto v = p->valuesByLevel(QString::fromLatin1(c.indicator), c.period, AdminLevel::Kecamatan, 100);
        ASSERT_EQ(v.size(), 1u);
        EXPECT_DOUBLE_EQ(v[0].numerator.value_or(-1), c.numerator) << c.indicator << " " << c.period;
        EXPECT_DOUBLE_EQ(v[0].denominator.value_or(-1), c.denominator) << c.indicator << " " << c.period;
    }
}

// A writer that closes while a reader of the same project is still open (render builds its
// generalized outlines beside its read-only connection; the server reads all day) must leave
// its commits in the .sqlite file itself: planners copy that one file.
TEST(Project, WritesAreInTheFileItselfWhenAReaderOutlivesTheWriter)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p.sqlite");
    Project::create(path).reset();
    {
        Database reader(path, Database::Mode::ReadOnly);
        EXPECT_EQ(reader.scalarInt("SELECT count(*) FROM setting WHERE key = 'copy_check'"), 0);
        {
            Database writer(path, Database::Mode::ReadWrite);
            writer.exec("INSERT INTO setting(key, value) VALUES ('copy_check', '1')");
        }
        // Only the main file is copied, as a planner would with a flash drive or e-mail.
        ASSERT_TRUE(QFile::copy(path, dir.filePath("copy.sqlite")));
    }
    Database copy(dir.filePath("copy.sqlite"), Database::Mode::ReadOnly);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM setting WHERE key = 'copy_check'"), 1);
}
