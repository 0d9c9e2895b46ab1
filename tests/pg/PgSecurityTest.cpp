// Roles and row-level security: a district writes only its own rows, the
// viewer only reads, and nothing at run time needs a superuser.
#include "PgCluster.h"
#include "PgFixtures.h"
#include "core/Error.h"
#include "pg/PgConnection.h"
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace pstest;
using ps::pg::Connection;
using ps::pg::Params;

namespace {

// The error text of a statement that must fail, or "" when it succeeded.
QString failure(Connection& c, const char* sql, const Params& params = {})
{
    try {
        c.exec("test", sql, params);
    } catch (const ps::Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

TEST(PgSecurity, DistrictRoleWritesOnlyUnderItsCodeAndViewerOnlyReads)
{
    PS_REQUIRE_POSTGIS();
    PgCluster cluster;
    ASSERT_TRUE(cluster.ok()) << cluster.error().toStdString();
    QTemporaryDir dir;
    const QString a = demoProject(dir.path() + QStringLiteral("/a"));
    const QString b = secondDistrict(a, dir.path() + QStringLiteral("/b.sqlite"));
    const QString owner = cluster.conninfo(QStringLiteral("psadmin"));

    // Before `pg init` a publish says what to do.
    const CliRun early = petasehat({QStringLiteral("publish"), a, owner});
    EXPECT_NE(early.code, 0);
    EXPECT_TRUE(early.err.contains(QStringLiteral("petasehat pg init"))) << early.err.toStdString();

    ASSERT_EQ(petasehat({QStringLiteral("pg"), QStringLiteral("init"), owner}).code, 0);
    const CliRun again = petasehat({QStringLiteral("pg"), QStringLiteral("init"), owner});
    EXPECT_TRUE(again.out.contains(QStringLiteral("sudah terbaru"))) << again.out.toStdString();
    const CliRun roles = petasehat({QStringLiteral("pg"), QStringLiteral("roles"), owner, QStringLiteral("--province"),
                                    QStringLiteral("99"), QStringLiteral("--from"), a});
    ASSERT_EQ(roles.code, 0) << roles.err.toStdString();
    for (const char* role : {"viewer", "kab9901", "kab9902", "kab9906"})
        EXPECT_TRUE(roles.out.contains(QLatin1String(role))) << roles.out.toStdString();

    // The owner that made schema and roles is no superuser.
    Connection admin(owner);
    EXPECT_FALSE(admin.exec("super", "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").boolean(0, 0));

    // Each district publishes its own project with its own role.
    const CliRun pa = petasehat({QStringLiteral("publish"), a, cluster.conninfo(QStringLiteral("kab9901"))});
    ASSERT_EQ(pa.code, 0) << pa.out.toStdString() << pa.err.toStdString();
    const CliRun pb = petasehat({QStringLiteral("publish"), b, cluster.conninfo(QStringLiteral("kab9902"))});
    ASSERT_EQ(pb.code, 0) << pb.out.toStdString() << pb.err.toStdString();

    // 99.02's role cannot publish 99.01's project ...
    const CliRun wrong = petasehat({QStringLiteral("publish"), a, cluster.conninfo(QStringLiteral("kab9902"))});
    EXPECT_NE(wrong.code, 0);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("99.02"))) << wrong.err.toStdString();

    // ... nor change 99.01's rows with SQL of its own.
    Connection kab2(cluster.conninfo(QStringLiteral("kab9902")));
    EXPECT_EQ(kab2.exec("update", "UPDATE petasehat.facility SET name = 'x' WHERE district = '99.01'").affected(), 0);
    EXPECT_EQ(kab2.exec("delete", "DELETE FROM petasehat.indicator_value WHERE district = '99.01'").affected(), 0);
    EXPECT_EQ(kab2.exec("delete", "DELETE FROM petasehat.area WHERE code LIKE '99.01%'").affected(), 0);
    EXPECT_TRUE(failure(kab2, "INSERT INTO petasehat.setting(district, key, value) VALUES ('99.01', 'k', 'v')")
                    .contains(QStringLiteral("row-level security")));
    EXPECT_TRUE(failure(kab2, "UPDATE petasehat.facility SET district = '99.01' WHERE district = '99.02'")
                    .contains(QStringLiteral("row-level security")));
    // A row claiming its own district with another district's code breaks the code-prefix check.
    EXPECT_TRUE(failure(kab2, "INSERT INTO petasehat.indicator_value(area_code, period, indicator, district) "
                              "VALUES ('99.01.01', 2024, 'stunting', '99.02')")
                    .contains(QStringLiteral("check constraint")));
    // Its own rows it may change.
    EXPECT_GT(kab2.exec("update", "UPDATE petasehat.setting SET value = value WHERE district = '99.02'").affected(), 0);
    // It reads everyone's rows (the province's maps need them).
    EXPECT_EQ(kab2.exec("read", "SELECT count(DISTINCT district) FROM petasehat.facility").int64(0, 0), 2);
    // And it cannot touch the role table or create roles.
    EXPECT_FALSE(failure(kab2, "INSERT INTO petasehat.district_role VALUES ('kab9902', '99.01')").isEmpty());

    // The viewer reads and cannot write.
    Connection viewer(cluster.conninfo(QStringLiteral("viewer")));
    EXPECT_EQ(viewer.exec("read", "SELECT count(*) FROM petasehat.area").int64(0, 0), 2 * 129);
    EXPECT_TRUE(failure(viewer, "DELETE FROM petasehat.facility").contains(QStringLiteral("permission denied")));
    const CliRun vp = petasehat({QStringLiteral("publish"), a, cluster.conninfo(QStringLiteral("viewer"))});
    EXPECT_NE(vp.code, 0);

    // Roles from the boundary table in the database (the kabupaten rows published), idempotent.
    const CliRun fromDb = petasehat({QStringLiteral("pg"), QStringLiteral("roles"), owner, QStringLiteral("--province"),
                                     QStringLiteral("99")});
    ASSERT_EQ(fromDb.code, 0) << fromDb.err.toStdString();
    EXPECT_TRUE(fromDb.out.contains(QStringLiteral("kab9901"))) << fromDb.out.toStdString();
    EXPECT_FALSE(fromDb.out.contains(QStringLiteral("(baru)"))) << fromDb.out.toStdString();
}
