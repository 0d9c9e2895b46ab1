#include "Sqlite.h"
#include "DynamicLib.h"
#include "Error.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QStringEncoder>
#include <sqlite3.h>
#include <spatialite.h>
#include <map>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <sys/statvfs.h>

namespace ps {

static QString tr(const char* s) { return QCoreApplication::translate("ps::Sqlite", s); }

static QString sqliteError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

static QString dbFile(sqlite3* db);

static bool noRoomErrno(int err) { return err == ENOSPC || err == EDQUOT || err == EFBIG; }

// Whether 1 MB more can be written in `dir`: a probe file, removed at once. Only
// on the failure path, where SQLite's own errno may have been overwritten by
// its rollback.
static bool roomToWrite(const QByteArray& dir)
{
    const QByteArray probe = dir + "/.petasehat-probe-" + QByteArray::number(static_cast<qint64>(::getpid()));
    const int fd = ::open(probe.constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0)
        return !noRoomErrno(errno); // e.g. a read-only folder: not a question of room
    static const char block[64 * 1024] = {};
    bool room = true;
    for (int i = 0; i < 16 && room; ++i)
        if (::write(fd, block, sizeof block) != static_cast<ssize_t>(sizeof block))
            room = !noRoomErrno(errno) && errno != 0;
    ::close(fd);
    ::unlink(probe.constData());
    return room;
}

// A disk too full to write on: SQLite reports it as SQLITE_FULL or, on some file
// systems (tmpfs) and when a write fails part-way, as a plain I/O error. A quota
// or file-size limit reached (EDQUOT, EFBIG) is the same thing for the user: no
// room to write.
static bool diskFull(sqlite3* db)
{
    if (noRoomErrno(sqlite3_system_errno(db)))
        return true;
    const QString file = dbFile(db);
    if (file.isEmpty())
        return false;
    struct statvfs vfs {};
    const QByteArray dir = QFileInfo(file).absolutePath().toLocal8Bit();
    if (statvfs(dir.constData(), &vfs) == 0 && static_cast<double>(vfs.f_bavail) * vfs.f_frsize < 1024.0 * 1024.0)
        return true;
    return !roomToWrite(dir);
}

// SQLite's failures that are about the machine, not the project, in words a
// user can act on; empty for the others (then SQLite's own text is shown).
static QString machineFailure(sqlite3* db)
{
    const int code = sqlite3_extended_errcode(db) & 0xff;
    if ((code == SQLITE_IOERR || code == SQLITE_CANTOPEN) && diskFull(db))
        return tr("disk penuh: tidak ada tempat untuk menulis proyek; kosongkan ruang disk lalu ulangi "
                  "(proyek tidak berubah)");
    switch (code) {
    case SQLITE_FULL: return tr("disk penuh: tidak ada tempat untuk menulis proyek; kosongkan ruang disk lalu ulangi "
                                "(proyek tidak berubah)");
    case SQLITE_READONLY: return tr("berkas proyek atau foldernya tidak dapat ditulis (hanya-baca, izin berkas, atau "
                                    "atribut immutable); salin proyek ke folder yang dapat ditulis");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return tr("impor lain sedang berjalan pada proyek ini; tunggu sampai selesai lalu ulangi "
                                  "(proyek tidak berubah)");
    case SQLITE_IOERR: return tr("galat baca/tulis disk (%1); periksa disk dan ruang kosongnya").arg(sqliteError(db));
    case SQLITE_CANTOPEN: return tr("berkas proyek tidak dapat dibuka (folder tidak dapat ditulis atau berkas hilang)");
    default: return {};
    }
}

static QString dbFile(sqlite3* db)
{
    const char* f = sqlite3_db_filename(db, "main");
    return f ? QString::fromUtf8(f) : QString();
}

[[noreturn]] static void throwSqlite(sqlite3* db, const QString& sql)
{
    const QString machine = machineFailure(db);
    if (!machine.isEmpty())
        throw Error(dbFile(db), machine);
    throw Error(QStringLiteral("SQL: %1 [%2]").arg(sqliteError(db), sql.left(200)));
}

// SpatiaLite, opened on first use (dlopen of its soname) instead of linked: it
// brings PROJ and its ~40 libraries (see ProjLib.h), which a `render` that
// reads the project with plain SQL never needs. The functions are SpatiaLite's own.
struct SpatialiteLib {
    decltype(&::spatialite_alloc_connection) alloc_connection;
    decltype(&::spatialite_init_ex) init_ex;
    decltype(&::spatialite_cleanup_ex) cleanup_ex;
};
static const SpatialiteLib& spatialiteLib()
{
    static const SpatialiteLib lib = [] {
        const char* so = PETASEHAT_SPATIALITE_SONAME;
        void* h = openLibrary(so);
        auto sym = [h, so](auto& fn, const char* name) { resolve(h, so, fn, name); };
        SpatialiteLib l{};
        sym(l.alloc_connection, "spatialite_alloc_connection");
        sym(l.init_ex, "spatialite_init_ex");
        sym(l.cleanup_ex, "spatialite_cleanup_ex");
        return l;
    }();
    return lib;
}

// Read-only connections load SpatiaLite on the first statement that needs it
// (ST_/Mbr functions, its virtual tables): loading it opens PROJ's database, a
// fifth of a national `render`, which reads the project with plain SQL.
// Connections waiting for it, by handle (a Statement knows only the handle).
struct LazySpatialite {
    QMutex mutex;
    std::map<sqlite3*, void**> pending;   // handle -> the Database's cache slot
};
static LazySpatialite& lazySpatialite()
{
    static LazySpatialite l;
    return l;
}
static QMutex& spatialiteMutex();

// Whether a failed prepare may be for want of SpatiaLite; if so, loads it.
static bool loadSpatialiteFor(sqlite3* db)
{
    const QByteArray why = sqlite3_errmsg(db);
    if (!why.startsWith("no such function") && !why.startsWith("no such module") && !why.startsWith("no such table"))
        return false;
    void** slot = nullptr;
    {
        QMutexLocker lock(&lazySpatialite().mutex);
        auto it = lazySpatialite().pending.find(db);
        if (it == lazySpatialite().pending.end())
            return false;
        slot = it->second;
        lazySpatialite().pending.erase(it);
    }
    QMutexLocker lock(&spatialiteMutex());
    *slot = spatialiteLib().alloc_connection();
    spatialiteLib().init_ex(db, *slot, 0);
    return true;
}

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK)
        return;
    if (!loadSpatialiteFor(db) || sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throwSqlite(db, QString::fromUtf8(sql));
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

Statement& Statement::bind(int i, std::int64_t v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Statement& Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

Statement& Statement::bind(int i, const QString& v)
{
    if (v.isNull())
        return bindNull(i);
    // Encoded straight into memory that SQLite takes over (freed with sqlite3_free):
    // no QByteArray in between and no SQLITE_TRANSIENT copy (bulk inserts bind
    // hundreds of thousands of strings).
    QStringEncoder utf8(QStringEncoder::Utf8);
    char* text = static_cast<char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(utf8.requiredSpace(v.size())) + 1));
    if (!text) {
        const QByteArray copy = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, copy.constData(), static_cast<int>(copy.size()), SQLITE_TRANSIENT);
        return *this;
    }
    const char* end = utf8.appendToBuffer(text, v);
    sqlite3_bind_text64(m_stmt, i, text, static_cast<sqlite3_uint64>(end - text), sqlite3_free, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int i, const char* v)
{
    sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int i, std::optional<double> v)
{
    return v ? bind(i, *v) : bindNull(i);
}

Statement& Statement::bindBlob(int i, const QByteArray& v)
{
    if (v.isEmpty())
        return bindNull(i);
    sqlite3_bind_blob(m_stmt, i, v.constData(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqlite(m_db, QString::fromUtf8(sqlite3_sql(m_stmt)));
}

void Statement::run()
{
    step();
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

std::optional<double> Statement::optReal(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return real(col);
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    if (!p)
        return {};
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col));
}

// spatialite_init_ex / spatialite_cleanup_ex are not thread-safe.
static QMutex& spatialiteMutex()
{
    static QMutex m;
    return m;
}

Database::Database(const QString& path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString why = m_db ? sqliteError(m_db) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(path, tr("tidak dapat membuka basis data: %1").arg(why));
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    if (mode == Mode::ReadOnly) {
        QMutexLocker lock(&lazySpatialite().mutex);
        lazySpatialite().pending[m_db] = &m_spatialiteCache;
        return;
    }
    QMutexLocker lock(&spatialiteMutex());
    const SpatialiteLib& lib = spatialiteLib();
    m_spatialiteCache = lib.alloc_connection();
    lib.init_ex(m_db, m_spatialiteCache, 0);
}

Database::~Database()
{
    // A writer closing while another connection to the project is still open (a read-only
    // one in the same command, or the office server) cannot fold the WAL back and delete it;
    // its commits would then live only in PROJECT-wal, and a planner who copies the .sqlite
    // file alone loses them. Fold them in now, without waiting for readers.
    if (m_db && sqlite3_db_readonly(m_db, "main") == 0)
        sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    {
        QMutexLocker lock(&lazySpatialite().mutex);
        lazySpatialite().pending.erase(m_db);
    }
    sqlite3_close_v2(m_db);
    if (!m_spatialiteCache)
        return;
    QMutexLocker lock(&spatialiteMutex());
    spatialiteLib().cleanup_ex(m_spatialiteCache);
}

void Database::exec(const char* sql)
{
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK && loadSpatialiteFor(m_db)) {
        sqlite3_free(err);
        err = nullptr;
        rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    }
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        const QString machine = machineFailure(m_db);
        throw Error(m_path, machine.isEmpty() ? QStringLiteral("SQL: %1 [%2]").arg(why, QString::fromUtf8(sql).left(200)) : machine);
    }
}

Statement Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return Statement(m_db, utf8.constData());
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

std::int64_t Database::scalarInt(const char* sql)
{
    Statement s(m_db, sql);
    return s.step() ? s.int64(0) : 0;
}

bool Database::hasTable(const char* name)
{
    Statement s(m_db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    s.bind(1, name);
    return s.step() && s.int64(0) > 0;
}

QString Database::errorMessage() const { return sqliteError(m_db); }

bool Database::failedOnMachine() const { return !machineFailure(m_db).isEmpty(); }

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

BulkSpatialInsert::BulkSpatialInsert(Database& db, const QString& table, const QString& column)
    : m_db(db), m_table(table), m_column(column)
{
    m_firstRowid = m_db.scalarInt(QStringLiteral("SELECT coalesce(max(rowid), 0) + 1 FROM \"%1\"").arg(table).toUtf8().constData());
    // SpatiaLite's per-row triggers, and the data-version bump (one UPDATE per row; the
    // bulk insert bumps it once in finish()).
    QStringList names;
    for (const char* kind : {"ggi", "gii", "tmi"})
        names << QStringLiteral("%1_%2_%3").arg(QLatin1String(kind), table, column);
    names << QStringLiteral("data_version_%1_i").arg(table);
    for (const QString& name : names) {
        Statement st = m_db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1");
        st.bind(1, name);
        if (!st.step())
            continue;
        m_triggers.push_back(st.text(0).toStdString());
        m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
    }
    // Thousands of rows dirty more pages than the default cache holds; a larger
    // cache keeps SQLite from spilling (and rewriting) them mid-transaction.
    m_db.exec("PRAGMA cache_size = -65536");
}

BulkSpatialInsert::~BulkSpatialInsert()
{
    if (!m_finished) {
        try {
            finish();
        } catch (...) {
        }
    }
}

void BulkSpatialInsert::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const std::string& sql : m_triggers)
        m_db.exec(sql.c_str());
    if (m_db.hasTable("data_version"))
        m_db.exec("UPDATE data_version SET counter = counter + 1");
    const QString index = QStringLiteral("idx_%1_%2").arg(m_table, m_column);
    if (m_db.hasTable(index.toUtf8().constData())) {
        Statement st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO \"%1\"(pkid, xmin, xmax, ymin, ymax) "
                                                   "SELECT rowid, MbrMinX(\"%3\"), MbrMaxX(\"%3\"), MbrMinY(\"%3\"), MbrMaxY(\"%3\") "
                                                   "FROM \"%2\" WHERE rowid >= ?1 AND \"%3\" IS NOT NULL")
                                        .arg(index, m_table, m_column));
        st.bind(1, m_firstRowid);
        st.run();
    }
    if (m_db.hasTable("geometry_columns_time")) {
        Statement st = m_db.prepare("UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                    "WHERE lower(f_table_name) = lower(?1) AND lower(f_geometry_column) = lower(?2)");
        st.bind(1, m_table).bind(2, m_column);
        st.run();
    }
    m_db.exec("PRAGMA cache_size = -2000");
}

} // namespace ps
