#include "PgMirror.h"
#include "PgConnection.h"
#include "PgMirrorCopy.h"
#include "PgSchema.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Progress.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cstdio>
#include <libpq-fe.h>
#include <map>
#include <unistd.h>

namespace ps::pg {

static QString tr(const char* s) { return QCoreApplication::translate("pg", s); }

bool isPgSource(const QString& arg) { return isPgConnection(arg); }

QString defaultMirrorCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/petasehat/pg");
}

namespace {

// host, port and database as libpq would resolve them (given, else PG*
// environment, else libpq's defaults): one server's database, one folder.
QString serverKey(const QString& conninfo)
{
    QString s = conninfo.trimmed();
    if (isPgConnection(s))
        s = s.mid(3);
    std::map<QByteArray, QString> given;
    if (PQconninfoOption* opts = PQconninfoParse(s.toUtf8().constData(), nullptr)) {
        for (PQconninfoOption* o = opts; o->keyword; ++o)
            if (o->val && *o->val)
                given[o->keyword] = QString::fromUtf8(o->val);
        PQconninfoFree(opts);
    }
    auto value = [&](const char* key, const char* env, const QString& fallback) {
        if (auto it = given.find(key); it != given.end())
            return it->second;
        const QString e = qEnvironmentVariable(env);
        return e.isEmpty() ? fallback : e;
    };
    const QString user = value("user", "PGUSER", qEnvironmentVariable("USER"));
    const QString db = value("dbname", "PGDATABASE", user);
    const QString id = value("host", "PGHOST", QStringLiteral("local")) + QLatin1Char('\n') +
                       value("port", "PGPORT", QStringLiteral("5432")) + QLatin1Char('\n') + db;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    QString name = db;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return name.left(40) + QLatin1Char('-') + hash;
}

// A prefix finer than a kabupaten/kota keeps its whole district: the mirror
// holds districts, commands narrow further with their own --area.
QString normalisedPrefix(const QString& prefix)
{
    const QString p = prefix.trimmed();
    static const QRegularExpression code(QStringLiteral("^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$"));
    if (!p.isEmpty() && !code.match(p).hasMatch())
        throw Error(tr("kode wilayah \"%1\" bukan kode Kemendagri (mis. 33 atau 33.01)").arg(prefix));
    return p.left(5);
}

bool under(const QString& code, const QString& prefix)
{
    return prefix.isEmpty() || code == prefix || code.startsWith(prefix + QLatin1Char('.'));
}

// What the database holds: each district's latest publication.
struct Published {
    qint64 version = 0;                       // the database's data version (all districts)
    std::map<QString, qint64> districts;      // under the mirror's prefix
};

// The one cheap query of every open.
Published published(Connection& c, const QString& prefix)
{
    std::optional<Result> r;
    try {
        r.emplace(c.exec("data version", "SELECT district, max(id) FROM petasehat.publication GROUP BY district"));
    } catch (const Error&) {
        requireCurrentSchema(c);   // names the way out when the schema is missing or old
        throw;
    }
    Published p;
    for (int i = 0; i < r->rows(); ++i) {
        const qint64 id = r->int64(i, 1);
        p.version = std::max(p.version, id);
        if (under(r->text(i, 0), prefix))
            p.districts[r->text(i, 0)] = id;
    }
    return p;
}

// What a mirror file reflects; nullopt when there is no usable mirror.
struct State {
    qint64 version = 0;
    std::map<QString, qint64> districts;
};

std::optional<State> readState(const QString& path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    try {
        auto project = Project::open(path, true);
        Database& db = project->db();
        if (!db.hasTable("pg_mirror") || !db.hasTable("pg_mirror_district"))
            return std::nullopt;
        State s;
        auto v = db.prepare("SELECT value FROM pg_mirror WHERE key = 'version'");
        if (!v.step())
            return std::nullopt;   // a copy that never finished
        s.version = v.text(0).toLongLong();
        auto d = db.prepare("SELECT district, publication FROM pg_mirror_district");
        while (d.step())
            s.districts[d.text(0)] = d.int64(1);
        return s;
    } catch (const Error&) {
        return std::nullopt;   // an older program's file, a broken one: built again
    }
}

// Districts whose rows differ from the database's; a district gone from the
// database is emptied. Empty when the mirror is current.
QStringList changedDistricts(const State& s, const Published& p)
{
    QStringList out;
    for (const auto& [d, id] : p.districts) {
        auto it = s.districts.find(d);
        if (it == s.districts.end() || it->second != id)
            out << d;
    }
    for (const auto& [d, id] : s.districts)
        if (!p.districts.count(d))
            out << d;
    out.sort();
    return out;
}

// Publication ids never go back in one database: if they did, the database
// was made again (restored, recreated) and the mirror starts over.
bool sameDatabase(const State& s, const Published& p)
{
    if (p.version < s.version)
        return false;
    for (const auto& [d, id] : s.districts)
        if (auto it = p.districts.find(d); it != p.districts.end() && it->second < id)
            return false;
    return true;
}

void recordVersion(Database& db, qint64 version)
{
    auto st = db.prepare("INSERT OR REPLACE INTO pg_mirror(key, value) VALUES ('version', ?1)");
    st.bind(1, QString::number(version));
    st.run();
}

} // namespace

Mirror::Mirror(QString conninfo, QString codePrefix, QString cacheDir)
    : m_conninfo(std::move(conninfo)), m_prefix(normalisedPrefix(codePrefix))
{
    if (isPgConnection(m_conninfo))
        m_conninfo = m_conninfo.mid(3);
    const QString dir = (cacheDir.isEmpty() ? defaultMirrorCacheDir() : cacheDir) + QLatin1Char('/') + serverKey(m_conninfo);
    m_path = dir + QLatin1Char('/') + (m_prefix.isEmpty() ? QStringLiteral("all") : m_prefix) + QStringLiteral(".sqlite");
}

QString Mirror::path() const { return m_path; }

MirrorRefresh Mirror::refresh(Progress* progress)
{
    const Progress& prog = progress ? *progress : Progress::none();
    Connection c(m_conninfo);
    MirrorRefresh out;
    {
        const Published now = published(c, m_prefix);
        out.version = now.version;
        if (const auto s = readState(m_path); s && sameDatabase(*s, now) && changedDistricts(*s, now).isEmpty()) {
            out.previousVersion = s->version;
            if (s->version != now.version) {   // publications of districts outside the prefix
                auto project = Project::open(m_path);
                ps::Transaction tx(project->db());
                recordVersion(project->db(), now.version);
                tx.commit();
            }
            return out;
        }
    }

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw Error(QFileInfo(m_path).absolutePath(), tr("folder cermin lokal tidak dapat dibuat"));
    // One writer per mirror file; a second process waits, then finds it current.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);   // a long first copy is not stale; a dead holder's lock is
    if (!lock.lock())
        throw Error(m_path, tr("cermin lokal sedang dikunci proses lain dan kuncinya tidak dapat diambil"));

    // One snapshot of the database for the whole copy: a publish committed
    // meanwhile is copied by the next refresh, never half of it by this one.
    Transaction tx(c);
    c.execScript("snapshot", "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    requireCurrentSchema(c);
    const Published now = published(c, m_prefix);
    out.version = now.version;
    std::optional<State> state = readState(m_path);
    if (state && !sameDatabase(*state, now))
        state.reset();

    if (state) {
        out.previousVersion = state->version;
        out.changedDistricts = changedDistricts(*state, now);
        auto project = Project::open(m_path);
        ps::Transaction write(project->db());
        MirrorCopy copy(c, *project, m_prefix);
        for (const QString& d : out.changedDistricts)
            copy.remove(d);
        copy.begin();
        for (int i = 0; i < out.changedDistricts.size(); ++i) {
            const QString& d = out.changedDistricts[i];
            prog.report(double(i) / out.changedDistricts.size(), tr("menyalin kabupaten/kota %1").arg(d));
            if (auto it = now.districts.find(d); it != now.districts.end())
                copy.copy(d, it->second);
        }
        if (!out.changedDistricts.isEmpty())
            copy.copyIndicatorDefs();
        copy.finish();
        recordVersion(project->db(), now.version);
        write.commit();
        tx.commit();
        prog.report(1.0);
        return out;
    }

    // A new file, renamed into place once complete.
    const QString tmp = m_path + QStringLiteral(".new-%1").arg(::getpid());
    Project::removeFiles(tmp);
    try {
        auto project = Project::create(tmp);
        ps::Transaction write(project->db());
        MirrorCopy copy(c, *project, m_prefix);
        copy.createTables();
        project->syncCatalogue(Catalogue::standard());
        copy.begin();
        int i = 0;
        for (const auto& [d, id] : now.districts) {
            prog.report(double(i++) / std::max<size_t>(1, now.districts.size()), tr("menyalin kabupaten/kota %1").arg(d));
            copy.copy(d, id);
            out.changedDistricts << d;
        }
        copy.copyIndicatorDefs();
        copy.finish();
        recordVersion(project->db(), now.version);
        write.commit();
    } catch (...) {
        Project::removeFiles(tmp);
        throw;
    }
    Project::removeFiles(m_path);
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) != 0) {
        Project::removeFiles(tmp);
        throw Error(m_path, tr("cermin lokal tidak dapat ditulis di tempatnya"));
    }
    tx.commit();
    prog.report(1.0);
    return out;
}

} // namespace ps::pg
