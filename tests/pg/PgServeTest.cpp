// `petasehat serve PG:...` as an office starts it, against a real PostgreSQL 15 + PostGIS
// cluster: every published district served, two processes answering alike, a publish
// dropping only the tiles of its district, 503 while the database is down and recovery.
#include "PgCluster.h"
#include "PgFixtures.h"
#include "../server/ServerFixture.h"
#include "core/Project.h"
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <gtest/gtest.h>

using namespace pstest;

namespace {

// Districts 99.01 (the demo) and 99.02 (its copy two degrees east), each published by its
// own role; the server reads as `viewer`.
struct Province {
    PgCluster cluster;
    QTemporaryDir dir;
    QString a, b;
    QRectF areaA;   // lon/lat box of 99.01's kecamatan
    QString role(const char* r) const { return cluster.conninfo(QLatin1String(r)); }

    bool init()
    {
        if (!cluster.ok())
            return false;
        qputenv("XDG_CACHE_HOME", (dir.path() + QStringLiteral("/xdg")).toUtf8());
        a = demoProject(dir.path() + QStringLiteral("/a"));
        b = secondDistrict(a, dir.path() + QStringLiteral("/b.sqlite"));
        editProject(b, "UPDATE admin_area SET geom = ShiftCoords(geom, 2, 0); UPDATE facility SET geom = ShiftCoords(geom, 2, 0)");
        {
            auto project = ps::Project::open(a, true);
            auto st = project->db().prepare("SELECT min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom)) "
                                            "FROM admin_area WHERE code LIKE '99.01.%' AND level = 'kecamatan'");
            EXPECT_TRUE(st.step());
            areaA = QRectF(QPointF(st.real(0), st.real(1)), QPointF(st.real(2), st.real(3)));
        }
        if (petasehat({QStringLiteral("pg"), QStringLiteral("init"), role("psadmin")}).code != 0)
            return false;
        const CliRun roles = petasehat({QStringLiteral("pg"), QStringLiteral("roles"), role("psadmin"), QStringLiteral("--province"),
                                        QStringLiteral("99"), QStringLiteral("--from"), a});
        EXPECT_EQ(roles.code, 0) << roles.err.toStdString();
        return publish(a, "kab9901") && publish(b, "kab9902");
    }
    bool publish(const QString& project, const char* who)
    {
        const CliRun r = petasehat({QStringLiteral("publish"), project, role(who)});
        EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
        return r.code == 0;
    }
};

// One `petasehat serve PG:` process on a free port, stopped at the end.
class Serve {
public:
    // `mirror`: the mirror folder's name, shared by processes given the same one.
    Serve(const Province& p, const QString& name, const QString& mirror)
    {
        const QString folder = p.dir.path() + QLatin1Char('/') + name;
        m_proc.setProgram(QStringLiteral(PETASEHAT_CLI));
        m_proc.setArguments({QStringLiteral("serve"), p.role("viewer"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--mirror-dir"), p.dir.path() + QLatin1Char('/') + mirror,
                             QStringLiteral("--cache-dir"), folder + QStringLiteral("/tiles")});
        m_proc.start();
        // It prints its address once the mirror is copied and the port is open.
        static const QRegularExpression kUrl(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)/"));
        QElapsedTimer t;
        t.start();
        while (m_url.isEmpty() && t.elapsed() < 180000 && m_proc.state() != QProcess::NotRunning) {
            m_proc.waitForReadyRead(500);
            m_out += QString::fromUtf8(m_proc.readAllStandardOutput());
            if (const auto m = kUrl.match(m_out); m.hasMatch())
                m_url = m.captured(1);
        }
    }
    ~Serve()
    {
        m_proc.terminate();
        if (!m_proc.waitForFinished(10000)) {
            m_proc.kill();
            m_proc.waitForFinished();
        }
    }
    QString url() const { return m_url; }
    QString log() { return m_out + QString::fromUtf8(m_proc.readAllStandardError()); }
    HttpReply get(const QString& path) const { return httpGet(m_url + path); }
    QString version() const
    {
        return QJsonDocument::fromJson(get(QStringLiteral("/api/layers")).body).object().value(QStringLiteral("version")).toString();
    }

private:
    QProcess m_proc;
    QString m_url, m_out;
};

// The z-10 tile holding lon/lat.
QString tilePath(const QString& layer, double lon, double lat)
{
    const int z = 10;
    const double n = std::pow(2.0, z), latRad = lat * M_PI / 180;
    const int x = static_cast<int>((lon + 180) / 360 * n);
    const int y = static_cast<int>((1 - std::log(std::tan(latRad) + 1 / std::cos(latRad)) / M_PI) / 2 * n);
    return QStringLiteral("/tiles/%1/%2/%3/%4.png").arg(layer).arg(z).arg(x).arg(y);
}

bool waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 60000)
            return false;
        QThread::msleep(100);
    }
    return true;
}

} // namespace

TEST(PgServe, TwoProcessesAnswerAlikeAndAPublishDropsOnlyItsDistrictsTiles)
{
    PS_REQUIRE_POSTGIS();
    Province p;
    ASSERT_TRUE(p.init()) << p.cluster.error().toStdString();
    // one and two copy the database each into their own mirror (two machines); three shares
    // one's mirror (two processes on one machine: whichever refreshes second finds it current).
    Serve one(p, QStringLiteral("one"), QStringLiteral("m1")), two(p, QStringLiteral("two"), QStringLiteral("m2"));
    Serve three(p, QStringLiteral("three"), QStringLiteral("m1"));
    for (Serve* s : {&one, &two, &three})
        ASSERT_FALSE(s->url().isEmpty()) << s->log().toStdString();
    EXPECT_EQ(one.version(), QStringLiteral("pg2"));   // both districts' publications
    EXPECT_EQ(two.version(), QStringLiteral("pg2"));

    const QPointF c = p.areaA.center();
    const QString overA = tilePath(QStringLiteral("stunting"), c.x(), c.y());
    const QString overB = tilePath(QStringLiteral("stunting"), c.x() + 2, c.y());
    const QStringList paths = {overA, overB, tilePath(QStringLiteral("wilayah"), c.x(), c.y()),
                               tilePath(QStringLiteral("fasilitas"), c.x() + 2, c.y())};
    QHash<QString, QByteArray> before;
    for (const QString& path : paths) {
        const HttpReply r1 = one.get(path), r2 = two.get(path);
        ASSERT_EQ(r1.status, 200) << path.toStdString() << r1.body.toStdString();
        EXPECT_EQ(r1.header("X-PetaSehat-Cache"), "miss");
        EXPECT_EQ(one.get(path).header("X-PetaSehat-Cache"), "hit");
        // Each process copied the database into its own mirror and drew the tile itself.
        EXPECT_EQ(r1.body, r2.body) << path.toStdString();
        EXPECT_EQ(r1.etag, r2.etag) << path.toStdString();
        EXPECT_EQ(three.get(path).body, r1.body) << path.toStdString();
        before.insert(path, r1.body);
    }

    // District 99.02 republishes with far higher stunting.
    editProject(p.b, "UPDATE indicator_value SET numerator = denominator * 0.45, value = 45 WHERE indicator = 'stunting'");
    ASSERT_TRUE(p.publish(p.b, "kab9902"));
    ASSERT_TRUE(waitUntil([&] {
        return one.version() == QLatin1String("pg3") && two.version() == QLatin1String("pg3") && three.version() == QLatin1String("pg3");
    })) << one.log().toStdString();

    for (Serve* s : {&one, &three}) {
        const HttpReply a = s->get(overA);
        EXPECT_EQ(a.header("X-PetaSehat-Cache"), "hit");   // far from 99.02, official classes: still valid
        EXPECT_EQ(a.body, before.value(overA));
        const HttpReply b = s->get(overB);
        EXPECT_EQ(b.header("X-PetaSehat-Cache"), "miss");
        EXPECT_NE(b.body, before.value(overB));             // drawn again with the new colours
    }
    for (const QString& path : paths) {
        EXPECT_EQ(one.get(path).body, two.get(path).body) << path.toStdString();
        EXPECT_EQ(one.get(path).body, three.get(path).body) << path.toStdString();
    }
}

TEST(PgServe, LosingTheDatabaseAnswers503UntilItReturns)
{
    PS_REQUIRE_POSTGIS();
    Province p;
    ASSERT_TRUE(p.init()) << p.cluster.error().toStdString();
    Serve one(p, QStringLiteral("one"), QStringLiteral("m1"));
    ASSERT_FALSE(one.url().isEmpty()) << one.log().toStdString();
    const QString caps = QStringLiteral("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
    const QPointF c = p.areaA.center();
    const QString tile = tilePath(QStringLiteral("stunting"), c.x(), c.y());
    ASSERT_EQ(one.get(tile).status, 200);

    ASSERT_TRUE(p.cluster.stop()) << p.cluster.error().toStdString();
    ASSERT_TRUE(waitUntil([&] { return one.get(caps).status == 503; }));
    const HttpReply wms = one.get(caps);
    bool isException = false;
    EXPECT_EQ(exceptionCode(wms.body, &isException), QStringLiteral("ServiceUnavailable"));
    EXPECT_TRUE(isException) << wms.body.toStdString();
    EXPECT_FALSE(wms.header("Retry-After").isEmpty());
    const HttpReply api = one.get(QStringLiteral("/api/layers"));
    EXPECT_EQ(api.status, 503);
    EXPECT_TRUE(QJsonDocument::fromJson(api.body).object().contains(QStringLiteral("galat"))) << api.body.toStdString();
    EXPECT_EQ(one.get(tile).status, 503);

    ASSERT_TRUE(p.cluster.start()) << p.cluster.error().toStdString();
    ASSERT_TRUE(waitUntil([&] { return one.get(caps).status == 200; })) << one.log().toStdString();
    EXPECT_EQ(one.get(tile).status, 200);
    EXPECT_EQ(one.version(), QStringLiteral("pg2"));
}
