#include "PgCluster.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <pwd.h>
#include <unistd.h>

namespace pstest {

static QString binDir()
{
    const QByteArray env = qgetenv("PETASEHAT_PG_BIN");
    return env.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : QString::fromLocal8Bit(env);
}

QString PgCluster::unavailable()
{
    for (const char* tool : {"initdb", "pg_ctl", "postgres"})
        if (!QFile::exists(binDir() + QLatin1Char('/') + QLatin1String(tool)))
            return QStringLiteral("%1/%2 is absent").arg(binDir(), QLatin1String(tool));
    // The extension directory of the server whose binaries we run.
    QProcess p;
    p.start(binDir() + QStringLiteral("/pg_config"), {QStringLiteral("--sharedir")});
    QString share = QStringLiteral("/usr/share/postgresql/15");
    if (p.waitForFinished(10000) && p.exitCode() == 0)
        share = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    if (!QFile::exists(share + QStringLiteral("/extension/postgis.control")))
        return QStringLiteral("PostGIS is not installed for this server (%1/extension/postgis.control)").arg(share);
    if (geteuid() == 0 && !getpwnam("nobody"))
        return QStringLiteral("running as root and no unprivileged user 'nobody' for initdb");
    return {};
}

static int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// PostgreSQL refuses to run as root: as root, the server runs as `nobody`.
bool PgCluster::run(const QStringList& command, QString* output)
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (geteuid() == 0) {
        args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} + args;
        program = QStringLiteral("runuser");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + text;
        return false;
    }
    return true;
}

PgCluster::PgCluster() : m_dir(QDir::tempPath() + QStringLiteral("/pspg-XXXXXX"))
{
    if (geteuid() == 0) {
        if (struct passwd* pw = getpwnam("nobody"); pw && chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("chown %1 failed").arg(m_dir.path());
            return;
        }
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    if (!run({binDir() + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
        return;
    m_port = freePort();
    if (!start())
        return;
    m_started = true;
    // Mirrors of PG: sources the CLI makes in this test go to its folder, not ~/.cache.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/cache")));
    const QString psql = binDir() + QStringLiteral("/psql");
    const QString super = QStringLiteral("host=%1 port=%2 user=%3 dbname=").arg(m_dir.path()).arg(m_port).arg(superuser());
    const bool setup =
        run({psql, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qc"),
             QStringLiteral("CREATE ROLE psadmin LOGIN CREATEROLE"), super + QStringLiteral("postgres")}) &&
        run({psql, QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE petasehat OWNER psadmin"), super + QStringLiteral("postgres")}) &&
        run({psql, QStringLiteral("-qc"), QStringLiteral("CREATE EXTENSION postgis"), super + QStringLiteral("petasehat")});
    if (!setup)
        m_started = false;
}

PgCluster::~PgCluster()
{
    if (m_port)
        run({binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PgCluster::start()
{
    // Unix socket only, in the test's folder: no TCP port of this machine is taken.
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off").arg(m_dir.path()).arg(m_port);
    return run({binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-l"),
                m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-o"), options,
                QStringLiteral("start")});
}

bool PgCluster::stop()
{
    return run({binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"),
                QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PgCluster::conninfo(const QString& user) const
{
    return QStringLiteral("PG:host=%1 port=%2 dbname=petasehat user=%3").arg(m_dir.path()).arg(m_port).arg(user);
}

} // namespace pstest
