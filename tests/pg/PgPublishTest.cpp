// `petasehat publish` against a real PostgreSQL 15 + PostGIS cluster.
#include "PgCluster.h"
#include "PgFixtures.h"
#include "core/Project.h"
#include "pg/PgConnection.h"
#include "pg/PgPublish.h"
#include "pg/PgSchema.h"
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <optional>
#include <gtest/gtest.h>

using namespace pstest;
using ps::pg::Connection;
using ps::pg::Params;

namespace {

const ps::pg::TableChange& change(const ps::pg::PublishResult& r, const char* table)
{
    for (const auto& t : r.tables)
        if (t.table == QLatin1String(table))
            return t;
    throw std::runtime_error(table);
}

// The cluster, its schema, and the demo district's project.
struct Published {
    PgCluster cluster;
    QTemporaryDir dir;
    QString demo;
    QString owner() const { return cluster.conninfo(QStringLiteral("psadmin")); }

    bool init()
    {
        if (!cluster.ok())
            return false;
        demo = demoProject(dir.path() + QStringLiteral("/a"));
        const CliRun r = petasehat({QStringLiteral("pg"), QStringLiteral("init"), owner()});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.code == 0;
    }
};

QString districtDigest(Connection& c, const QString& district)
{
    QString out;
    for (const char* t : {"area", "facility", "facility_edit", "indicator_value", "unit_value", "setting"}) {
        const QByteArray sql = QStringLiteral("SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                                              "FROM petasehat.%1 x WHERE district = $1")
                                   .arg(QLatin1String(t))
                                   .toUtf8();
        ps::pg::Result r = c.exec("digest", sql.constData(), Params().add(district));
        out += QStringLiteral("%1 %2 %3\n").arg(QLatin1String(t), r.text(0, 0), r.text(0, 1));
    }
    return out;
}

} // namespace

TEST(PgPublish, SecondPublishChangesNothingAndSaysSo)
{
    PS_REQUIRE_POSTGIS();
    Published p;
    ASSERT_TRUE(p.init()) << p.cluster.error().toStdString();
    const CliRun first = petasehat({QStringLiteral("publish"), p.demo, p.owner()});
    ASSERT_EQ(first.code, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("kabupaten/kota 99.01"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Tersimpan (versi data 1)"))) << first.out.toStdString();

    Connection c(p.owner());
    const QString before = databaseDigest(c);
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM petasehat.area WHERE level = 'kecamatan'").int64(0, 0), 10);
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM petasehat.facility").int64(0, 0), 582);
    EXPECT_EQ(c.exec("srid", "SELECT DISTINCT ST_SRID(geom) FROM petasehat.area").int64(0, 0), 4326);

    const CliRun second = petasehat({QStringLiteral("publish"), p.demo, p.owner()});
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("Tidak ada perubahan"))) << second.out.toStdString();
    EXPECT_EQ(databaseDigest(c), before) << "a repeated publish wrote to the database";

    const CliRun english = petasehat({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("publish"), p.demo, p.owner()});
    EXPECT_TRUE(english.out.contains(QStringLiteral("No changes"))) << english.out.toStdString();

    const CliRun info = petasehat({QStringLiteral("info"), p.owner()});
    ASSERT_EQ(info.code, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("99.01  Sehat Sejahtera"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("10 kecamatan, 118 desa/kelurahan"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("582 (0 tanpa titik)"))) << info.out.toStdString();
}

TEST(PgPublish, ReplacesTheDistrictsRowsAndNeverAnotherDistricts)
{
    PS_REQUIRE_POSTGIS();
    Published p;
    ASSERT_TRUE(p.init()) << p.cluster.error().toStdString();
    const QString b = secondDistrict(p.demo, p.dir.path() + QStringLiteral("/b.sqlite"));
    auto a = ps::Project::open(p.demo);
    auto bp = ps::Project::open(b, true);
    Connection c(p.owner());
    ps::pg::publish(*a, c, {});
    const auto rb = ps::pg::publish(*bp, c, {});
    EXPECT_EQ(rb.district, QStringLiteral("99.02"));
    EXPECT_EQ(change(rb, "facility").inserted, 582);
    EXPECT_TRUE(rb.conflicts.empty());
    const QString bBefore = districtDigest(c, QStringLiteral("99.02"));

    // The district's own fixes: one facility renamed, one gone, a year of indicators removed.
    a.reset();
    editProject(p.demo, "UPDATE facility SET name = name || ' (dipindah)' WHERE code = 'P99010002';"
                        "DELETE FROM facility WHERE code = 'P99010003';"
                        "DELETE FROM indicator_value WHERE period = 2021;");
    a = ps::Project::open(p.demo, true);
    // A dry run counts the same changes and leaves the database alone.
    const QString beforeDry = databaseDigest(c);
    const auto dry = ps::pg::publish(*a, c, {QString(), true});
    EXPECT_EQ(change(dry, "facility").updated, 1);
    EXPECT_EQ(databaseDigest(c), beforeDry);
    const auto ra = ps::pg::publish(*a, c, {});
    EXPECT_EQ(change(ra, "facility").updated, 1);
    EXPECT_EQ(change(ra, "facility").deleted, 1);
    EXPECT_EQ(change(ra, "facility").inserted, 0);
    EXPECT_EQ(change(ra, "indicator_value").deleted, 60);
    EXPECT_EQ(change(ra, "area").updated + change(ra, "area").inserted + change(ra, "area").deleted, 0);
    EXPECT_GT(ra.publicationId, 0);
    EXPECT_EQ(c.exec("name", "SELECT name FROM petasehat.facility WHERE key = 'P99010002'").text(0, 0).endsWith(
                  QStringLiteral(" (dipindah)")), true);
    EXPECT_EQ(districtDigest(c, QStringLiteral("99.02")), bBefore) << "publishing 99.01 changed 99.02's rows";
}

TEST(PgPublish, AFacilityCodeOfAnotherDistrictIsAConflictNotOverwritten)
{
    PS_REQUIRE_POSTGIS();
    Published p;
    ASSERT_TRUE(p.init()) << p.cluster.error().toStdString();
    ASSERT_EQ(petasehat({QStringLiteral("publish"), p.demo, p.owner()}).code, 0);
    const QString b = secondDistrict(p.demo, p.dir.path() + QStringLiteral("/b.sqlite"), QStringLiteral("P99010001"));
    Connection c(p.owner());
    const QString owned = c.exec("row", "SELECT x::text FROM petasehat.facility x WHERE key = 'P99010001'").text(0, 0);

    const CliRun r = petasehat({QStringLiteral("publish"), b, p.owner()});
    EXPECT_EQ(r.code, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Konflik: fasilitas P99010001 sudah diterbitkan kabupaten/kota 99.01")))
        << r.out.toStdString();
    EXPECT_EQ(c.exec("row", "SELECT x::text FROM petasehat.facility x WHERE key = 'P99010001'").text(0, 0), owned);
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM petasehat.facility WHERE district = '99.02'").int64(0, 0), 581);
}

// A publish whose connection is cut (or whose process dies) in the middle of
// its transaction: the database is exactly as before (row counts and an md5 of
// every row of every table), the publish exits non-zero saying nothing was
// stored, and a re-run then publishes everything. The publish is stopped by a
// lock held on `lockedTable`: on petasehat.publication it has done all its
// upserts and deletes and waits before its last statement and COMMIT; on
// petasehat.indicator_value it has merged areas and facilities and waits
// before staging the indicators.
enum class Interrupt { TerminateBackend, KillProcess };

static void interruptedPublish(Interrupt how, const char* lockedTable)
{
    Published p;
    ASSERT_TRUE(p.init()) << p.cluster.error().toStdString();
    ASSERT_EQ(petasehat({QStringLiteral("publish"), p.demo, p.owner()}).code, 0);
    editProject(p.demo, "DELETE FROM facility WHERE type = 'posyandu'; UPDATE indicator_value SET numerator = numerator + 1; "
                        "UPDATE admin_area SET name = name || ' (baru)' WHERE level = 'kecamatan';");

    Connection super(p.cluster.conninfo(p.cluster.superuser()));
    const QString before = databaseDigest(super);
    std::optional<ps::pg::Transaction> hold;
    hold.emplace(super);
    super.execScript("lock", (QByteArray("LOCK TABLE petasehat.") + lockedTable + " IN ACCESS EXCLUSIVE MODE").constData());

    QProcess publish;
    publish.start(QStringLiteral(PETASEHAT_CLI), {QStringLiteral("publish"), p.demo, p.owner()});
    ASSERT_TRUE(publish.waitForStarted());
    Connection watch(p.cluster.conninfo(p.cluster.superuser()));
    qint64 pid = 0;
    for (int i = 0; i < 600 && !pid; ++i) {
        ps::pg::Result r = watch.exec("wait", "SELECT pid FROM pg_stat_activity WHERE application_name = 'petasehat' "
                                              "AND wait_event_type = 'Lock'");
        if (r.rows())
            pid = r.int64(0, 0);
        else
            QThread::msleep(100);
    }
    ASSERT_GT(pid, 0) << "the publish never reached the lock on " << lockedTable;
    ps::pg::Result written = watch.exec("locks", "SELECT count(*) FROM pg_locks WHERE pid = $1 AND mode = 'RowExclusiveLock' "
                                                 "AND relation = 'petasehat.facility'::regclass",
                                        Params().add(pid));
    EXPECT_GT(written.int64(0, 0), 0) << "the publish had not written facilities yet";
    if (how == Interrupt::KillProcess)
        publish.kill();   // SIGKILL: no destructor, no ROLLBACK sent
    else
        EXPECT_TRUE(watch.exec("terminate", "SELECT pg_terminate_backend($1)", Params().add(pid)).boolean(0, 0));
    ASSERT_TRUE(publish.waitForFinished(60000));
    const QString err = QString::fromUtf8(publish.readAllStandardError());
    if (how == Interrupt::KillProcess) {
        EXPECT_EQ(publish.exitStatus(), QProcess::CrashExit);
    } else {
        EXPECT_EQ(publish.exitStatus(), QProcess::NormalExit);
        EXPECT_NE(publish.exitCode(), 0);
        EXPECT_TRUE(err.contains(QStringLiteral("user=psadmin"))) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("penerbitan dibatalkan, basis data tetap seperti sebelumnya"))) << err.toStdString();
    }
    hold.reset();   // releases the lock; a killed client's backend now finds its client gone and rolls back
    for (int i = 0; i < 100; ++i) {
        if (watch.exec("gone", "SELECT count(*) FROM pg_stat_activity WHERE pid = $1", Params().add(pid)).int64(0, 0) == 0)
            break;
        QThread::msleep(100);
    }
    EXPECT_EQ(databaseDigest(super), before) << "an interrupted publish left changes behind";

    // The interrupted publish holds nothing (no lock, no half row): a re-run publishes it all.
    const CliRun again = petasehat({QStringLiteral("publish"), p.demo, p.owner()});
    EXPECT_EQ(again.code, 0) << again.out.toStdString() << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Tersimpan"))) << again.out.toStdString();
    EXPECT_NE(databaseDigest(super), before);
    EXPECT_EQ(super.exec("count", "SELECT count(*) FROM petasehat.facility WHERE type = 'posyandu'").int64(0, 0), 0);
    EXPECT_EQ(super.exec("count", "SELECT count(*) FROM petasehat.area WHERE name LIKE '% (baru)'").int64(0, 0), 10);
    const CliRun third = petasehat({QStringLiteral("publish"), p.demo, p.owner()});
    EXPECT_TRUE(third.out.contains(QStringLiteral("Tidak ada perubahan"))) << third.out.toStdString();
}

struct InterruptCase {
    const char* name;
    Interrupt how;
    const char* lockedTable;
};

class PgInterruptedPublish : public ::testing::TestWithParam<InterruptCase> {};

TEST_P(PgInterruptedPublish, LeavesTheDatabaseAsItWasAndARerunCompletesIt)
{
    PS_REQUIRE_POSTGIS();
    interruptedPublish(GetParam().how, GetParam().lockedTable);
}

INSTANTIATE_TEST_SUITE_P(PgPublish, PgInterruptedPublish,
                         ::testing::Values(InterruptCase{"ConnectionDroppedBeforeCommit", Interrupt::TerminateBackend, "publication"},
                                           InterruptCase{"ProcessKilledBeforeCommit", Interrupt::KillProcess, "publication"},
                                           InterruptCase{"ConnectionDroppedMidMerge", Interrupt::TerminateBackend, "indicator_value"},
                                           InterruptCase{"ProcessKilledMidMerge", Interrupt::KillProcess, "indicator_value"}),
                         [](const ::testing::TestParamInfo<InterruptCase>& info) { return std::string(info.param.name); });

// A database made at schema 1, with roles, is migrated by `pg init`; the
// district's role then publishes its analysis runs (tables of migration 2).
TEST(PgPublish, MigratedDatabasePublishesAnalysisRuns)
{
    PS_REQUIRE_POSTGIS();
    Published p;
    ASSERT_TRUE(p.cluster.ok()) << p.cluster.error().toStdString();
    p.demo = demoProject(p.dir.path() + QStringLiteral("/a"));
    const CliRun analysed = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), p.demo,
                                       QStringLiteral("--propose"), QStringLiteral("3")});
    ASSERT_EQ(analysed.code, 0) << analysed.err.toStdString();
    {
        Connection c(p.owner());
        ps::pg::migratePg(c, 1);
        EXPECT_EQ(ps::pg::pgSchemaVersion(c), 1);
    }
    ASSERT_EQ(petasehat({QStringLiteral("pg"), QStringLiteral("roles"), p.owner(), QStringLiteral("--province"),
                         QStringLiteral("99"), QStringLiteral("--from"), p.demo}).code, 0);
    const QString writer = p.cluster.conninfo(QStringLiteral("kab9901"));
    const CliRun old = petasehat({QStringLiteral("publish"), p.demo, writer});
    EXPECT_NE(old.code, 0);
    EXPECT_TRUE(old.err.contains(QStringLiteral("versi 1"))) << old.err.toStdString();

    const CliRun init = petasehat({QStringLiteral("pg"), QStringLiteral("init"), p.owner()});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("migrasi 2"))) << init.out.toStdString();
    EXPECT_FALSE(init.out.contains(QStringLiteral("migrasi 1"))) << init.out.toStdString();

    const CliRun first = petasehat({QStringLiteral("publish"), p.demo, writer});
    ASSERT_EQ(first.code, 0) << first.out.toStdString() << first.err.toStdString();
    Connection c(p.owner());
    EXPECT_EQ(c.exec("runs", "SELECT count(*) FROM petasehat.analysis_run WHERE district = '99.01'").int64(0, 0), 1);
    EXPECT_EQ(c.exec("sites", "SELECT count(*) FROM petasehat.proposed_site WHERE ST_SRID(geom) = 4326").int64(0, 0), 3);
    EXPECT_GT(c.exec("layers", "SELECT count(*) FROM petasehat.coverage_geom WHERE NOT ST_IsEmpty(geom)").int64(0, 0), 0);
    EXPECT_GT(c.exec("rank", "SELECT count(*) FROM petasehat.underserved_rank").int64(0, 0), 0);
    const QString before = databaseDigest(c);
    const CliRun second = petasehat({QStringLiteral("publish"), p.demo, writer});
    EXPECT_TRUE(second.out.contains(QStringLiteral("Tidak ada perubahan"))) << second.out.toStdString();
    EXPECT_EQ(databaseDigest(c), before);
    const CliRun info = petasehat({QStringLiteral("info"), p.cluster.conninfo(QStringLiteral("viewer"))});
    EXPECT_TRUE(info.out.contains(QStringLiteral("analisis jangkauan tersimpan: 1"))) << info.out.toStdString();
}
