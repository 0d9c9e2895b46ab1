#include "Project.h"
#include "Catalogue.h"
#include "Error.h"
#include "Migrations.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <set>
#include <sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ps {

static QString tr(const char* s) { return QCoreApplication::translate("ps::Project", s); }

void Project::removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Why a new project cannot be written at `path`: a folder that cannot be written
// (read-only mount, permissions, immutable) or a disk without room. Empty when it can.
static QString whyCannotCreate(const QString& path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (::access(dir.toLocal8Bit().constData(), W_OK) != 0)
        return tr("folder %1 tidak dapat ditulis (hanya-baca, izin folder, atau atribut immutable); "
                  "buat proyek di folder lain").arg(dir);
    struct statvfs vfs {};
    if (statvfs(dir.toLocal8Bit().constData(), &vfs) == 0 && vfs.f_bavail == 0)
        return tr("disk penuh: tidak ada ruang kosong di %1; kosongkan ruang disk lalu ulangi").arg(dir);
    return {};
}

std::unique_ptr<Project> Project::create(const QString& path)
{
    if (QFileInfo::exists(path))
        throw Error(path, tr("berkas sudah ada; pilih nama lain atau buka proyek itu"));
    if (const QString why = whyCannotCreate(path); !why.isEmpty())
        throw Error(path, why);
    // A failed creation (full disk, read-only folder) must not leave a stub that blocks the next `init`.
    try {
        auto p = std::unique_ptr<Project>(new Project(std::make_unique<Database>(path, Database::Mode::Create)));
        p->db().exec("PRAGMA journal_mode=WAL");
        p->migrate(kSchemaVersion);
        return p;
    } catch (...) {
        removeFiles(path);
        throw;
    }
}

QString Project::whyNotUsable(const QString& path, bool readOnly)
{
    const QFileInfo fi(path);
    const QString dir = fi.absolutePath();
    if (!fi.isReadable())
        return tr("berkas proyek tidak dapat dibaca (izin berkas)");
    // WAL needs the -wal and -shm files beside the project, even to read it.
    if (::access(dir.toLocal8Bit().constData(), W_OK) != 0 && !QFileInfo::exists(path + QStringLiteral("-shm")))
        return tr("folder %1 tidak dapat ditulis (hanya-baca); SQLite perlu menulis berkas -wal/-shm di samping proyek, "
                  "juga untuk membaca. Salin proyek ke folder yang dapat ditulis").arg(dir);
    if (!readOnly && ::access(path.toLocal8Bit().constData(), W_OK) != 0)
        return tr("berkas proyek tidak dapat ditulis (hanya-baca, izin berkas, atau atribut immutable); "
                  "ubah izinnya atau salin proyeknya");
    struct statvfs vfs {};
    if (statvfs(dir.toLocal8Bit().constData(), &vfs) == 0 && vfs.f_bavail == 0)
        return tr("disk penuh: tidak ada ruang kosong di %1; kosongkan ruang disk lalu ulangi").arg(dir);
    return {};
}

void Project::createAtVersion(const QString& path, int version)
{
    auto p = std::unique_ptr<Project>(new Project(std::make_unique<Database>(path, Database::Mode::Create)));
    p->db().exec("PRAGMA journal_mode=WAL");
    p->migrate(version);
}

std::unique_ptr<Project> Project::open(const QString& path, bool readOnly)
{
    if (!QFileInfo::exists(path))
        throw Error(path, tr("berkas proyek tidak ditemukan"));
    if (!readOnly)
        if (const QString why = whyNotUsable(path, false); !why.isEmpty())
            throw Error(path, why); // before any work is done, not at the commit
    std::unique_ptr<Project> p;
    try {
        p.reset(new Project(std::make_unique<Database>(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite)));
    } catch (const Error&) {
        if (const QString why = whyNotUsable(path, readOnly); !why.isEmpty())
            throw Error(path, why);
        throw;
    }
    int version = 0;
    bool isProject = false;
    try {
        version = p->schemaVersion();
        isProject = p->db().scalarInt("SELECT count(*) FROM sqlite_master WHERE name='meta'") == 1;
    } catch (const Error&) {
        // A full disk or an I/O failure while SQLite sets up its -shm/-wal is named as
        // such (the message already says so); anything else is not a database at all.
        if (p->db().failedOnMachine())
            throw;
        isProject = false;
    }
    if (!isProject) {
        // A read-only folder or a full disk also makes SQLite fail here: name those first.
        if (const QString why = whyNotUsable(path, readOnly); !why.isEmpty())
            throw Error(path, why);
        throw Error(path, tr("bukan berkas proyek PetaSehat (atau berkas rusak)"));
    }
    if (version > kSchemaVersion)
        throw Error(path, tr("proyek dibuat oleh versi PetaSehat yang lebih baru (skema %1, program ini %2)")
                              .arg(version).arg(kSchemaVersion));
    if (version < kSchemaVersion) {
        if (readOnly) {
            // A project of an earlier version is upgraded in place once, by whichever
            // command opens it first (render and info read only): the planner has no
            // other step to take. Left alone only when the file cannot be written.
            if (const QString why = whyNotUsable(path, false); !why.isEmpty())
                throw Error(path, tr("skema proyek versi %1 perlu dimutakhirkan, tetapi berkas tidak bisa ditulis: %2")
                                      .arg(version)
                                      .arg(why));
            p.reset();
            open(path, false);
            return open(path, true);
        }
        p->migrate(kSchemaVersion);
    }
    if (!readOnly) {
        p->db().exec("PRAGMA journal_mode=WAL");
        // WAL with NORMAL sync: a committed import survives a crash of the program; only an
        // OS crash or power cut can lose the last commits, never corrupt the file (SQLite's
        // recommended setting for WAL; FULL syncs the WAL on every commit).
        p->db().exec("PRAGMA synchronous=NORMAL");
    }
    return p;
}

int Project::schemaVersion()
{
    return static_cast<int>(m_db->scalarInt("PRAGMA user_version"));
}

void Project::migrate(int targetVersion)
{
    int count = 0;
    const Migration* all = migrations(&count);
    int current = schemaVersion();
    for (int i = 0; i < count; ++i) {
        const Migration& m = all[i];
        if (m.version <= current || m.version > targetVersion)
            continue;
        Transaction tx(*m_db);
        m_db->exec(m.sql);
        m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        tx.commit();
        current = m.version;
    }
}

// ---------------------------------------------------------------- areas

Project::AreaWriter::AreaWriter(Project& project)
    : m_st(project.db().prepare(
          "INSERT INTO admin_area(code, level, name, parent_code, area_km2, source, geom) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, CastToMultiPolygon(GeomFromWKB(?7, 4326))) "
          "ON CONFLICT(code) DO UPDATE SET level=excluded.level, name=excluded.name, "
          "parent_code=excluded.parent_code, area_km2=excluded.area_km2, source=excluded.source, geom=excluded.geom"))
{
}

void Project::AreaWriter::upsert(const AdminArea& a, const QString& source)
{
    m_st.bind(1, a.code).bind(2, levelName(a.level)).bind(3, a.name);
    if (a.parentCode.isEmpty())
        m_st.bindNull(4);
    else
        m_st.bind(4, a.parentCode);
    m_st.bind(5, a.areaKm2).bind(6, source).bindBlob(7, a.wkb);
    m_st.run();
}

void Project::upsertArea(const AdminArea& a, const QString& source)
{
    AreaWriter(*this).upsert(a, source);
}

static AdminArea readArea(Statement& st, bool withGeometry)
{
    AdminArea a;
    a.code = st.text(0);
    a.level = levelFromName(st.text(1)).value_or(AdminLevel::Desa);
    a.name = st.text(2);
    a.parentCode = st.text(3);
    a.areaKm2 = st.real(4);
    if (withGeometry)
        a.wkb = st.blob(5);
    return a;
}

static QString levelFilter(AdminLevel level)
{
    // "desa" means every village-level unit, desa and kelurahan alike.
    if (level == AdminLevel::Desa || level == AdminLevel::Kelurahan)
        return QStringLiteral("level IN ('desa','kelurahan')");
    return QStringLiteral("level = '%1'").arg(levelName(level));
}

std::vector<AdminArea> Project::areas(std::optional<AdminLevel> level, bool withGeometry, const QString& codePrefix)
{
    QString sql = QStringLiteral("SELECT code, level, name, parent_code, area_km2, %1 FROM admin_area WHERE 1=1")
                      .arg(withGeometry ? QStringLiteral("AsBinary(geom)") : QStringLiteral("NULL"));
    if (level)
        sql += QStringLiteral(" AND ") + levelFilter(*level);
    if (!codePrefix.isEmpty())
        sql += QStringLiteral(" AND (code = ?1 OR code LIKE ?1 || '.%')");
    sql += QStringLiteral(" ORDER BY code");
    auto st = m_db->prepare(sql);
    if (!codePrefix.isEmpty())
        st.bind(1, codePrefix);
    std::vector<AdminArea> out;
    while (st.step())
        out.push_back(readArea(st, withGeometry));
    return out;
}

std::optional<AdminArea> Project::area(const QString& code, bool withGeometry)
{
    auto st = m_db->prepare(QStringLiteral("SELECT code, level, name, parent_code, area_km2, %1 FROM admin_area WHERE code = ?1")
                                .arg(withGeometry ? QStringLiteral("AsBinary(geom)") : QStringLiteral("NULL")));
    st.bind(1, code);
    if (!st.step())
        return std::nullopt;
    return readArea(st, withGeometry);
}

std::map<QString, int> Project::areaCountsByLevel()
{
    std::map<QString, int> out;
    auto st = m_db->prepare("SELECT level, count(*) FROM admin_area GROUP BY level");
    while (st.step())
        out[st.text(0)] = static_cast<int>(st.int64(1));
    return out;
}

QRectF Project::extent(const QString& codePrefix)
{
    QString sql = QStringLiteral("SELECT min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom)) FROM admin_area");
    if (!codePrefix.isEmpty())
        sql += QStringLiteral(" WHERE code = ?1 OR code LIKE ?1 || '.%'");
    auto st = m_db->prepare(sql);
    if (!codePrefix.isEmpty())
        st.bind(1, codePrefix);
    if (!st.step() || st.isNull(0))
        return {};
    return QRectF(QPointF(st.real(0), st.real(1)), QPointF(st.real(2), st.real(3)));
}

// ---------------------------------------------------------------- facilities

static void bindFacility(Statement& st, const Facility& f)
{
    st.bind(1, f.code).bind(2, facilityTypeName(f.type)).bind(3, f.name);
    st.bind(4, f.desaCode.isEmpty() ? QString() : f.desaCode);
    st.bind(5, f.kecamatanCode.isEmpty() ? QString() : f.kecamatanCode);
    st.bind(6, f.status.isEmpty() ? FacilityStatus::Imported : f.status).bind(7, f.method);
    st.bind(8, f.uncertaintyM).bind(9, f.matchScore).bind(10, f.note).bind(11, f.sourceFile);
    if (f.sourceRow >= 0)
        st.bind(12, static_cast<std::int64_t>(f.sourceRow));
    else
        st.bindNull(12);
    st.bind(13, f.raw);
    if (f.importId > 0)
        st.bind(14, static_cast<std::int64_t>(f.importId));
    else
        st.bindNull(14);
    st.bind(15, f.lon).bind(16, f.lat);
    st.bind(17, f.updatedBy).bind(18, f.updatedAt);
}

static const char* kInsertFacility =
    "INSERT INTO facility(code, type, name, desa_code, kecamatan_code, status, method, uncertainty_m, "
    "match_score, note, source_file, source_row, raw, import_id, geom, updated_by, updated_at) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "CASE WHEN ?15 IS NULL OR ?16 IS NULL THEN NULL ELSE MakePoint(?15, ?16, 4326) END, ?17, ?18)";

qint64 Project::insertFacility(const Facility& f)
{
    auto st = m_db->prepare(kInsertFacility);
    bindFacility(st, f);
    st.run();
    return m_db->lastInsertId();
}

// The CREATE statements of the facility table's own (named) indexes, dropped here.
static std::vector<std::string> dropFacilityIndexes(Database& db, qint64 expectedRows)
{
    std::vector<std::string> out;
    if (expectedRows < Project::FacilityWriter::kBulkRows || expectedRows < db.scalarInt("SELECT count(*) FROM facility"))
        return out;
    std::vector<std::pair<std::string, std::string>> found;
    Statement st = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facility' "
                              "AND sql IS NOT NULL");
    while (st.step())
        found.emplace_back(st.text(0).toStdString(), st.text(1).toStdString());
    for (const auto& [name, sql] : found) {
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString::fromStdString(name)));
        out.push_back(sql);
    }
    return out;
}

Project::FacilityWriter::FacilityWriter(Project& project, qint64 expectedRows)
    : m_project(project), m_indexes(dropFacilityIndexes(project.db(), expectedRows)),
      m_bulk(project.db(), QStringLiteral("facility")), m_st(project.db().prepare(kInsertFacility))
{
}

bool Project::FacilityWriter::setRawHeaders(const QStringList& headers)
{
    // SQLite's default limit is 127 function arguments: 63 header/cell pairs.
    constexpr int kMaxPairs = 63;
    if (headers.isEmpty() || headers.size() > kMaxPairs || QStringList(headers).removeDuplicates() > 0)
        return false;
    QStringList pairs;
    for (int c = 0; c < headers.size(); ++c) {
        // The header as an SQL string literal, quoted by SQLite itself (%Q).
        char* quoted = sqlite3_mprintf("%Q", headers[c].toUtf8().constData());
        pairs << QStringLiteral("%1, ?%2").arg(QString::fromUtf8(quoted)).arg(19 + c);
        sqlite3_free(quoted);
    }
    QString sql = QString::fromLatin1(kInsertFacility);
    sql.replace(QStringLiteral("?13,"), QStringLiteral("json_object(%1),").arg(pairs.join(QStringLiteral(", "))));
    m_rawSt.emplace(m_project.db().prepare(sql));
    m_rawColumns = static_cast<int>(headers.size());
    return true;
}

qint64 Project::FacilityWriter::insert(const Facility& f, const QStringList& rawCells)
{
    if (!m_rawSt)
        return insert(f);
    Statement& st = *m_rawSt;
    bindFacility(st, f);   // ?13 (raw) is not in this statement's SQL: bound and unused
    for (int c = 0; c < m_rawColumns; ++c) {
        // A missing or blank cell is "" (never null), as the row object always had.
        if (c < rawCells.size() && !rawCells[c].isEmpty())
            st.bind(19 + c, rawCells[c]);
        else
            st.bind(19 + c, "");
    }
    st.run();
    return m_project.db().lastInsertId();
}

Project::FacilityWriter::~FacilityWriter()
{
    // As BulkSpatialInsert: never leave the table without its indexes, even if a caller
    // commits without finish() (on an exception the rollback would restore them anyway).
    try {
        for (const std::string& sql : m_indexes)
            m_project.db().exec(sql.c_str());
    } catch (...) {
    }
}

void Project::FacilityWriter::finish()
{
    m_bulk.finish();
    for (const std::string& sql : m_indexes)
        m_project.db().exec(sql.c_str());
    m_indexes.clear();
}

qint64 Project::FacilityWriter::insert(const Facility& f)
{
    bindFacility(m_st, f);
    m_st.run();
    return m_project.db().lastInsertId();
}

void Project::updateFacility(const Facility& f)
{
    auto st = m_db->prepare(
        "UPDATE facility SET code=?1, type=?2, name=?3, desa_code=?4, kecamatan_code=?5, status=?6, method=?7, "
        "uncertainty_m=?8, match_score=?9, note=?10, source_file=?11, source_row=?12, raw=?13, import_id=?14, "
        "geom=CASE WHEN ?15 IS NULL OR ?16 IS NULL THEN NULL ELSE MakePoint(?15, ?16, 4326) END, "
        "updated_by=?17, updated_at=?18 WHERE id=?19");
    bindFacility(st, f);
    st.bind(19, static_cast<std::int64_t>(f.id));
    st.run();
}

static const char* kFacilityColumns =
    "SELECT id, code, type, name, desa_code, kecamatan_code, status, method, uncertainty_m, match_score, note, "
    "source_file, source_row, raw, import_id, X(geom), Y(geom), updated_by, updated_at FROM facility";

static Facility readFacility(Statement& st)
{
    Facility f;
    f.id = st.int64(0);
    f.code = st.text(1);
    f.type = facilityTypeFromName(st.text(2)).value_or(FacilityType::Posyandu);
    f.name = st.text(3);
    f.desaCode = st.text(4);
    f.kecamatanCode = st.text(5);
    f.status = st.text(6);
    f.method = st.text(7);
    f.uncertaintyM = st.optReal(8);
    f.matchScore = st.optReal(9);
    f.note = st.text(10);
    f.sourceFile = st.text(11);
    f.sourceRow = st.isNull(12) ? -1 : st.int64(12);
    f.raw = st.text(13);
    f.importId = st.int64(14);
    f.lon = st.optReal(15);
    f.lat = st.optReal(16);
    f.updatedBy = st.text(17);
    f.updatedAt = st.text(18);
    return f;
}

std::vector<Facility> Project::facilities(std::optional<FacilityType> type)
{
    QString sql = QString::fromLatin1(kFacilityColumns);
    if (type)
        sql += QStringLiteral(" WHERE type = ?1");
    sql += QStringLiteral(" ORDER BY id");
    auto st = m_db->prepare(sql);
    if (type)
        st.bind(1, facilityTypeName(*type));
    std::vector<Facility> out;
    while (st.step())
        out.push_back(readFacility(st));
    return out;
}

std::optional<Facility> Project::facility(qint64 id)
{
    auto st = m_db->prepare(QString::fromLatin1(kFacilityColumns) + QStringLiteral(" WHERE id = ?1"));
    st.bind(1, static_cast<std::int64_t>(id));
    if (!st.step())
        return std::nullopt;
    return readFacility(st);
}

std::map<QString, int> Project::facilityCountsByStatus()
{
    std::map<QString, int> out;
    auto st = m_db->prepare("SELECT type || ':' || status, count(*) FROM facility GROUP BY type, status");
    while (st.step())
        out[st.text(0)] = static_cast<int>(st.int64(1));
    return out;
}

// ---------------------------------------------------------------- indicators

void Project::syncCatalogue(const Catalogue& c)
{
    auto st = m_db->prepare(
        "INSERT OR REPLACE INTO indicator_def(code, name_id, name_en, numerator, denominator, unit, scale, "
        "higher_is_worse, target, kind, thresholds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (const IndicatorDef& d : c.indicators()) {
        QJsonArray classes;
        for (const Threshold& t : d.thresholds) {
            QJsonObject o{{QStringLiteral("label_id"), t.labelId}, {QStringLiteral("label_en"), t.labelEn}};
            if (std::isfinite(t.upper))
                o.insert(QStringLiteral("upper"), t.upper);
            classes.append(o);
        }
        st.bind(1, d.code).bind(2, d.nameId).bind(3, d.nameEn).bind(4, d.numerator).bind(5, d.denominator);
        st.bind(6, d.unit).bind(7, d.scale).bind(8, d.higherIsWorse ? 1 : 0).bind(9, d.target).bind(10, d.kind);
        st.bind(11, classes.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(classes).toJson(QJsonDocument::Compact)));
        st.run();
    }
}

void Project::upsertIndicatorValue(const IndicatorValue& v, qint64 importId, double scale)
{
    auto st = m_db->prepare(
        "INSERT INTO indicator_value(area_code, period, indicator, numerator, denominator, value, import_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(area_code, period, indicator) DO UPDATE SET "
        "numerator=excluded.numerator, denominator=excluded.denominator, value=excluded.value, import_id=excluded.import_id");
    std::optional<double> value;
    if (v.numerator && v.denominator && *v.denominator > 0)
        value = *v.numerator / *v.denominator * scale;
    st.bind(1, v.areaCode).bind(2, v.period).bind(3, v.indicator).bind(4, v.numerator).bind(5, v.denominator);
    st.bind(6, value).bind(7, static_cast<std::int64_t>(importId));
    st.run();
}

Project::BlankMerge Project::mergeIndicatorValue(const IndicatorValue& v, qint64 importId, double scale,
                                                bool replaceBlanks)
{
    BlankMerge m;
    IndicatorValue merged = v;
    auto st = m_db->prepare(
        "SELECT numerator, denominator FROM indicator_value WHERE area_code=?1 AND period=?2 AND indicator=?3");
    st.bind(1, v.areaCode).bind(2, v.period).bind(3, v.indicator);
    if (st.step()) {
        const std::optional<double> stored[2] = {st.optReal(0), st.optReal(1)};
        std::optional<double>* incoming[2] = {&merged.numerator, &merged.denominator};
        for (int i = 0; i < 2; ++i) {
            if (*incoming[i] || !stored[i])
                continue;
            if (replaceBlanks)
                ++m.erased;
            else {
                *incoming[i] = stored[i];
                ++m.kept;
            }
        }
    }
    upsertIndicatorValue(merged, importId, scale);
    return m;
}

std::vector<int> Project::periods(const QString& indicator)
{
    auto st = m_db->prepare("SELECT DISTINCT period FROM indicator_value WHERE indicator = ?1 ORDER BY period");
    st.bind(1, indicator);
    std::vector<int> out;
    while (st.step())
        out.push_back(static_cast<int>(st.int64(0)));
    return out;
}

std::vector<QString> Project::indicatorsWithData()
{
    auto st = m_db->prepare("SELECT DISTINCT indicator FROM indicator_value ORDER BY indicator");
    std::vector<QString> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::vector<AreaValue> Project::valuesByLevel(const QString& indicator, int period, AdminLevel level,
                                              double scale, const QString& codePrefix)
{
    return valuesByLevel(indicator, period, level, scale, codePrefix, areas(level, false, codePrefix));
}

std::vector<AreaValue> Project::valuesByLevel(const QString& indicator, int period, AdminLevel level, double scale,
                                              const QString& codePrefix, const std::vector<AdminArea>& mapped)
{
    struct Row {
        QString code;
        std::optional<double> num, den;
    };
    std::vector<Row> rows;
    std::set<int> lengths;
    {
        // A year asked of monthly data: the stored period(s) that answer it (resolvePeriod).
        // Flows sum their numerators over the months; the denominator is the year's target,
        // which monthly reports repeat, so the latest month's is kept, never summed.
        const PeriodUse use = resolvePeriod(indicator, period);
        std::vector<int> keys = use.summed;
        if (use.used)
            keys = {use.used};
        QHash<QString, size_t> rowOf;
        for (int key : keys) {
            auto st = m_db->prepare("SELECT area_code, numerator, denominator FROM indicator_value WHERE indicator=?1 AND period=?2");
            st.bind(1, indicator).bind(2, key);
            while (st.step()) {
                Row r{st.text(0), st.optReal(1), st.optReal(2)};
                if (!codePrefix.isEmpty() && r.code != codePrefix && !r.code.startsWith(codePrefix + QLatin1Char('.')))
                    continue;
                lengths.insert(static_cast<int>(r.code.size()));
                if (auto it = rowOf.constFind(r.code); it != rowOf.constEnd()) {
                    Row& sum = rows[*it];
                    if (r.num)
                        sum.num = sum.num.value_or(0) + *r.num;
                    if (r.den)
                        sum.den = r.den;
                    continue;
                }
                rowOf.insert(r.code, rows.size());
                rows.push_back(std::move(r));
            }
        }
    }
    const int target = codeLength(level);
    // The stored level to build from: the target level itself, else the finest one beneath it.
    int source = -1;
    if (lengths.count(target))
        source = target;
    else if (!lengths.empty() && *lengths.rbegin() > target)
        source = *lengths.rbegin();

    QHash<QString, AreaValue> byCode;
    std::vector<QString> order;
    byCode.reserve(static_cast<qsizetype>(mapped.size()));
    order.reserve(mapped.size());
    for (const AdminArea& a : mapped) {
        byCode.insert(a.code, AreaValue{a.code, a.name, {}, {}, {}, 0, 0});
        order.push_back(a.code);
    }
    if (source > 0) {
        for (const Row& r : rows) {
            if (r.code.size() != source)
                continue;
            const QString key = r.code.left(target);
            auto it = byCode.find(key);
            if (it == byCode.end()) {
                it = byCode.insert(key, AreaValue{key, {}, {}, {}, {}, 0, 0});
                order.push_back(key);
            }
            it->units++;
            if (r.num && r.den) {
                it->reporting++;
                it->numerator = it->numerator.value_or(0) + *r.num;
                it->denominator = it->denominator.value_or(0) + *r.den;
            }
        }
    }
    std::sort(order.begin(), order.end());
    std::vector<AreaValue> out;
    out.reserve(order.size());
    for (const QString& code : order) {
        AreaValue v = byCode.value(code);
        if (v.numerator && v.denominator && *v.denominator > 0)
            v.value = *v.numerator / *v.denominator * scale;
        out.push_back(v);
    }
    return out;
}

// ---------------------------------------------------------------- settings, log

QString Project::setting(const QString& key, const QString& fallback)
{
    auto st = m_db->prepare("SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

void Project::setSetting(const QString& key, const QString& value)
{
    auto st = m_db->prepare("INSERT OR REPLACE INTO setting(key, value) VALUES (?1, ?2)");
    st.bind(1, key).bind(2, value);
    st.run();
}

qint64 Project::logImport(const QString& kind, const QString& sourceFile, const QString& options,
                          qint64 rowsRead, qint64 rowsOk, qint64 rowsFailed, const QString& message)
{
    auto st = m_db->prepare(
        "INSERT INTO import_log(kind, source_file, options, rows_read, rows_ok, rows_failed, message) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, kind).bind(2, sourceFile).bind(3, options).bind(4, static_cast<std::int64_t>(rowsRead));
    st.bind(5, static_cast<std::int64_t>(rowsOk)).bind(6, static_cast<std::int64_t>(rowsFailed)).bind(7, message);
    st.run();
    return m_db->lastInsertId();
}

} // namespace ps
