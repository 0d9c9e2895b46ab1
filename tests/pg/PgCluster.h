#pragma once
// A throwaway PostgreSQL cluster for one test: initdb in a temporary folder,
// started on a free port with its unix socket in that folder, removed at the end.
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace pstest {

class PgCluster {
public:
    // Why the cluster cannot run here (binaries or PostGIS missing); empty when it can.
    static QString unavailable();

    // initdb + start; then, as the superuser (the DBA's one-time step): a
    // database owner `psadmin` (LOGIN CREATEROLE, not superuser), the database
    // `petasehat` owned by it, and CREATE EXTENSION postgis.
    PgCluster();
    ~PgCluster();
    bool ok() const { return m_started; }
    QString error() const { return m_error; }

    // "PG:host=<socket dir> port=<port> dbname=petasehat user=<user>"
    QString conninfo(const QString& user) const;
    QString superuser() const { return QStringLiteral("pgsuper"); }
    QString dir() const { return m_dir.path(); }
    // The database going away and coming back (pg_ctl stop -m fast / start, same port).
    bool stop();
    bool start();

private:
    bool run(const QStringList& command, QString* output = nullptr);
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_started = false;
    QString m_error;
};

// Skips the test, with the reason, when no PostgreSQL + PostGIS can be started.
#define PS_REQUIRE_POSTGIS()                                                                              \
    do {                                                                                                  \
        const QString why = pstest::PgCluster::unavailable();                                             \
        if (!why.isEmpty())                                                                               \
            GTEST_SKIP() << "PostgreSQL 15 + PostGIS 3 not available (" << why.toStdString()              \
                         << "): install with scripts/setup.sh --with-postgis";                            \
    } while (0)

} // namespace pstest
