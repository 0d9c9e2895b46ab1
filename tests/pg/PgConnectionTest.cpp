// The libpq wrapper against a real server: parameters, WKB, errors, transactions.
#include "PgCluster.h"
#include "core/Error.h"
#include "pg/PgConnection.h"
#include <gtest/gtest.h>

using namespace ps::pg;

TEST(PgConnection, RefusesAPasswordInTheConnectionString)
{
    try {
        Connection c(QStringLiteral("PG:host=/nonexistent dbname=x user=kab1607 password=rahasia"));
        FAIL() << "a password in the connection string was accepted";
    } catch (const ps::Error& e) {
        const QString text = QString::fromUtf8(e.what());
        EXPECT_TRUE(text.contains(QStringLiteral(".pgpass"))) << e.what();
        EXPECT_FALSE(text.contains(QStringLiteral("rahasia"))) << e.what();
    }
}

TEST(PgConnection, ConnectFailureNamesTheServerWithoutPassword)
{
    qputenv("PGPASSWORD", "rahasia");
    try {
        Connection c(QStringLiteral("PG:host=/nonexistent-socket-dir port=5999 dbname=petasehat user=kab1607"));
        FAIL() << "connected to nothing";
    } catch (const ps::Error& e) {
        const QString text = QString::fromUtf8(e.what());
        EXPECT_TRUE(text.contains(QStringLiteral("host=/nonexistent-socket-dir port=5999 dbname=petasehat user=kab1607")))
            << e.what();
        EXPECT_TRUE(text.contains(QStringLiteral("connect"))) << e.what();
        EXPECT_FALSE(text.contains(QStringLiteral("rahasia"))) << e.what();
    }
    qunsetenv("PGPASSWORD");
}

TEST(PgConnection, ParametersWkbErrorsAndRollback)
{
    PS_REQUIRE_POSTGIS();
    pstest::PgCluster cluster;
    ASSERT_TRUE(cluster.ok()) << cluster.error().toStdString();
    Connection c(cluster.conninfo(QStringLiteral("psadmin")));

    // A value that would break concatenated SQL travels as a parameter, unchanged.
    const QString tricky = QStringLiteral("Posyandu Mawar'); DROP TABLE x; --");
    EXPECT_EQ(c.exec("echo", "SELECT $1::text", Params().add(tricky)).text(0, 0), tricky);
    EXPECT_TRUE(c.exec("null", "SELECT $1::text IS NULL", Params().add(QString())).boolean(0, 0));
    EXPECT_EQ(*c.exec("real", "SELECT $1::float8", Params().add(0.1 + 0.2)).optReal(0, 0), 0.1 + 0.2);

    // WKB in as binary bytea, out through ST_AsBinary, byte for byte.
    const QByteArray wkb = c.exec("wkb", "SELECT ST_AsBinary(ST_GeomFromText('MULTIPOLYGON(((104 -3,105 -3,105 -2,104 -3)))'))").bytea(0, 0);
    ASSERT_FALSE(wkb.isEmpty());
    Result back = c.exec("wkb", "SELECT ST_AsBinary(ST_GeomFromWKB($1::bytea, 4326)), ST_SRID(ST_GeomFromWKB($1::bytea, 4326))",
                         Params().addBinary(wkb));
    EXPECT_EQ(back.bytea(0, 0), wkb);
    EXPECT_EQ(back.int64(0, 1), 4326);

    // An error names the step and the connection.
    try {
        c.exec("read facilities", "SELECT * FROM no_such_table");
        FAIL();
    } catch (const ps::Error& e) {
        const QString text = QString::fromUtf8(e.what());
        EXPECT_TRUE(text.contains(QStringLiteral("read facilities"))) << e.what();
        EXPECT_TRUE(text.contains(QStringLiteral("user=psadmin"))) << e.what();
        EXPECT_TRUE(text.contains(QStringLiteral("no_such_table"))) << e.what();
    }

    // A transaction not committed is rolled back.
    c.execScript("create", "CREATE TABLE t(x int NOT NULL)");
    {
        Transaction tx(c);
        c.exec("insert", "INSERT INTO t VALUES ($1)", Params().add(1));
    }
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM t").int64(0, 0), 0);
    {
        Transaction tx(c);
        EXPECT_EQ(c.exec("insert", "INSERT INTO t VALUES ($1), ($2)", Params().add(1).add(2)).affected(), 2);
        tx.commit();
    }
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM t").int64(0, 0), 2);

    // A failing row in a pipeline: the error names it, the transaction rolls
    // back, and the connection serves the next statement.
    c.prepare("prepare", "put", "INSERT INTO t VALUES ($1)", 1);
    try {
        Transaction tx(c);
        Pipeline p(c, "stage rows", "put");
        for (int i = 0; i < 1200; ++i)   // more than one batch
            p.send(i == 700 ? Params().addNull() : Params().add(i));
        c.execScript("constraint", "SELECT 1");   // not reached
        FAIL() << "1200 rows with a NULL went through";
    } catch (const ps::Error& e) {
        // The batch with the NULL row (the second) fails at its sync point.
        const QString text = QString::fromUtf8(e.what());
        EXPECT_TRUE(text.contains(QStringLiteral("stage rows"))) << e.what();
    }
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM t").int64(0, 0), 2);
    {
        Transaction tx(c);
        Pipeline p(c, "stage rows", "put");
        for (int i = 0; i < 1200; ++i)
            p.send(Params().add(i));
        p.finish();
        tx.commit();
    }
    EXPECT_EQ(c.exec("count", "SELECT count(*) FROM t").int64(0, 0), 1202);
}
