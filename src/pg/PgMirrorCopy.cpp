#include "PgMirrorCopy.h"
#include "PgConnection.h"
#include "PgTables.h"
#include "core/Catalogue.h"
#include "core/Project.h"
#include <QStringList>
#include <span>

namespace ps::pg {

// Mirror bookkeeping: the database's version, each district's latest copied
// publication and the import_log row its facilities and values point to
// (import_id marks a district's rows), the districts' analysis runs under
// mirror ids (two districts both have a run 1), and each district's settings.
static const char* kMirrorTables = R"SQL(
CREATE TABLE pg_mirror(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE pg_mirror_district(district TEXT PRIMARY KEY, publication INTEGER NOT NULL, import_id INTEGER NOT NULL);
CREATE TABLE pg_mirror_run(id INTEGER PRIMARY KEY, district TEXT NOT NULL, run_id INTEGER NOT NULL);
CREATE INDEX pg_mirror_run_district ON pg_mirror_run(district);
CREATE TABLE pg_setting(district TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (district, key));
CREATE INDEX facility_import ON facility(import_id);
CREATE INDEX indicator_value_import ON indicator_value(import_id);
)SQL";

MirrorCopy::MirrorCopy(Connection& c, Project& mirror, const QString& prefix) : m_c(c), m_mirror(mirror), m_prefix(prefix) {}

MirrorCopy::~MirrorCopy() = default;

void MirrorCopy::createTables() { m_mirror.db().exec(kMirrorTables); }

static void run(Database& db, const char* sql, const QString& a, std::optional<qint64> b = {})
{
    auto st = db.prepare(sql);
    st.bind(1, a);
    if (b)
        st.bind(2, static_cast<std::int64_t>(*b));
    st.run();
}

void MirrorCopy::remove(const QString& district)
{
    Database& db = m_mirror.db();
    auto find = db.prepare("SELECT import_id FROM pg_mirror_district WHERE district = ?1");
    find.bind(1, district);
    const qint64 importId = find.step() ? find.int64(0) : -1;
    for (const char* sql : {"DELETE FROM facility_edit WHERE facility_id IN (SELECT id FROM facility WHERE import_id = ?2)",
                            "DELETE FROM facility WHERE import_id = ?2", "DELETE FROM indicator_value WHERE import_id = ?2",
                            "DELETE FROM unit_value WHERE import_id = ?2", "DELETE FROM import_log WHERE id = ?2"}) {
        auto st = db.prepare(sql);
        st.bind(2, static_cast<std::int64_t>(importId));
        st.run();
    }
    // Codes under the district: a range on the primary key ('/' follows '.').
    run(db, "DELETE FROM admin_area WHERE code = ?1 OR (code > ?1 || '.' AND code < ?1 || '/')", district);
    run(db, "DELETE FROM pg_setting WHERE district = ?1", district);
    int n = 0;
    const AnalysisTable* tables = analysisTables(&n);
    for (const AnalysisTable& t : std::span(tables, static_cast<size_t>(n))) {
        const bool isRun = qstrcmp(t.spec.table, "analysis_run") == 0;
        run(db, QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT id FROM pg_mirror_run WHERE district = ?1)")
                    .arg(QLatin1String(t.spec.table), isRun ? QStringLiteral("id") : QStringLiteral("run_id"))
                    .toUtf8()
                    .constData(),
            district);
    }
    run(db, "DELETE FROM pg_mirror_run WHERE district = ?1", district);
    run(db, "DELETE FROM pg_mirror_district WHERE district = ?1", district);
}

void MirrorCopy::begin()
{
    m_areas = std::make_unique<BulkSpatialInsert>(m_mirror.db(), QStringLiteral("admin_area"));
    m_facilities = std::make_unique<BulkSpatialInsert>(m_mirror.db(), QStringLiteral("facility"));
}

void MirrorCopy::finish()
{
    if (m_areas)
        m_areas->finish();
    if (m_facilities)
        m_facilities->finish();
}

void MirrorCopy::copy(const QString& district, qint64 publication)
{
    const qint64 importId = m_mirror.logImport(QStringLiteral("pg_mirror"), district,
                                               QStringLiteral("publication %1").arg(publication), 0, 0, 0, QString());
    copyAreas(district);
    copyEdits(district, copyFacilities(district, importId));
    copyValues(district, importId);
    copySettings(district);
    copyAnalysis(district);
    auto st = m_mirror.db().prepare("INSERT INTO pg_mirror_district(district, publication, import_id) VALUES (?1, ?2, ?3)");
    st.bind(1, district).bind(2, static_cast<std::int64_t>(publication)).bind(3, static_cast<std::int64_t>(importId));
    st.run();
}

void MirrorCopy::copyAreas(const QString& district)
{
    Result r = m_c.exec("copy areas",
                        "SELECT code, level, name, parent_code, area_km2, ST_AsBinary(geom) FROM petasehat.area "
                        "WHERE district = $1",
                        Params().add(district));
    // The SQL makes the column's type and SRID (PostGIS holds MultiPolygon, 4326).
    auto st = m_mirror.db().prepare("INSERT OR REPLACE INTO admin_area(code, level, name, parent_code, area_km2, source, geom) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, 'PG', CastToMultiPolygon(GeomFromWKB(?6, 4326)))");
    for (int i = 0; i < r.rows(); ++i) {
        st.reset();
        st.bind(1, r.text(i, 0)).bind(2, r.text(i, 1)).bind(3, r.text(i, 2)).bind(4, r.text(i, 3)).bind(5, r.optReal(i, 4));
        st.bindBlob(6, r.bytea(i, 5));
        st.run();
    }
}

std::map<QString, qint64> MirrorCopy::copyFacilities(const QString& district, qint64 importId)
{
    Result r = m_c.exec("copy facilities",
                        "SELECT key, code, type, name, desa_code, kecamatan_code, status, method, uncertainty_m, match_score, "
                        "note, source_file, source_row, updated_by, updated_at, ST_X(geom), ST_Y(geom) "
                        "FROM petasehat.facility WHERE district = $1 ORDER BY key",
                        Params().add(district));
    Database& db = m_mirror.db();
    auto st = db.prepare("INSERT INTO facility(code, type, name, desa_code, kecamatan_code, status, method, uncertainty_m, "
                         "match_score, note, source_file, source_row, updated_by, updated_at, import_id, geom) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                         "CASE WHEN ?16 IS NULL OR ?17 IS NULL THEN NULL ELSE MakePoint(?16, ?17, 4326) END)");
    std::map<QString, qint64> ids;
    for (int i = 0; i < r.rows(); ++i) {
        st.reset();
        for (int col = 1; col <= 7; ++col)
            st.bind(col, r.text(i, col));
        st.bind(8, r.optReal(i, 8)).bind(9, r.optReal(i, 9)).bind(10, r.text(i, 10)).bind(11, r.text(i, 11));
        if (r.isNull(i, 12))
            st.bindNull(12);
        else
            st.bind(12, static_cast<std::int64_t>(r.int64(i, 12)));
        st.bind(13, r.text(i, 13)).bind(14, r.text(i, 14)).bind(15, static_cast<std::int64_t>(importId));
        st.bind(16, r.optReal(i, 15)).bind(17, r.optReal(i, 16));
        st.run();
        ids[r.text(i, 0)] = db.lastInsertId();
    }
    return ids;
}

void MirrorCopy::copyEdits(const QString& district, const std::map<QString, qint64>& facilityIds)
{
    Result r = m_c.exec("copy facility edits",
                        "SELECT facility_key, edited_by, edited_at, action, before, after FROM petasehat.facility_edit "
                        "WHERE district = $1 ORDER BY facility_key, seq",
                        Params().add(district));
    auto st = m_mirror.db().prepare("INSERT INTO facility_edit(facility_id, edited_by, edited_at, action, before, after) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < r.rows(); ++i) {
        auto it = facilityIds.find(r.text(i, 0));
        if (it == facilityIds.end())
            continue;
        st.reset();
        st.bind(1, static_cast<std::int64_t>(it->second));
        for (int col = 1; col <= 5; ++col)
            st.bind(col + 1, r.text(i, col));
        st.run();
    }
}

void MirrorCopy::copyValues(const QString& district, qint64 importId)
{
    Database& db = m_mirror.db();
    Result v = m_c.exec("copy indicator values",
                        "SELECT area_code, period, indicator, numerator, denominator, value FROM petasehat.indicator_value "
                        "WHERE district = $1",
                        Params().add(district));
    auto st = db.prepare("INSERT OR REPLACE INTO indicator_value(area_code, period, indicator, numerator, denominator, value, "
                         "import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (int i = 0; i < v.rows(); ++i) {
        st.reset();
        st.bind(1, v.text(i, 0)).bind(2, static_cast<std::int64_t>(v.int64(i, 1))).bind(3, v.text(i, 2));
        st.bind(4, v.optReal(i, 3)).bind(5, v.optReal(i, 4)).bind(6, v.optReal(i, 5)).bind(7, static_cast<std::int64_t>(importId));
        st.run();
    }
    // Reporting units keyed by the unit alone in a project: a unit key two
    // districts share keeps the first district's rows in a province mirror.
    Result u = m_c.exec("copy unit values",
                        "SELECT unit, unit_type, unit_name, period, indicator, numerator, denominator, area_code, mapped_by "
                        "FROM petasehat.unit_value WHERE district = $1",
                        Params().add(district));
    auto su = db.prepare("INSERT OR IGNORE INTO unit_value(unit, unit_type, unit_name, period, indicator, numerator, "
                         "denominator, area_code, mapped_by, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (int i = 0; i < u.rows(); ++i) {
        su.reset();
        su.bind(1, u.text(i, 0)).bind(2, u.text(i, 1)).bind(3, u.text(i, 2)).bind(4, static_cast<std::int64_t>(u.int64(i, 3)));
        su.bind(5, u.text(i, 4)).bind(6, u.optReal(i, 5)).bind(7, u.optReal(i, 6)).bind(8, u.text(i, 7)).bind(9, u.text(i, 8));
        su.bind(10, static_cast<std::int64_t>(importId));
        su.run();
    }
}

// Every district's settings in pg_setting; a district's mirror (prefix of a
// kabupaten/kota) also takes them as its own settings (reach, raster path).
void MirrorCopy::copySettings(const QString& district)
{
    Result r = m_c.exec("copy settings", "SELECT key, value FROM petasehat.setting WHERE district = $1", Params().add(district));
    Database& db = m_mirror.db();
    auto st = db.prepare("INSERT INTO pg_setting(district, key, value) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < r.rows(); ++i) {
        st.reset();
        st.bind(1, district).bind(2, r.text(i, 0)).bind(3, r.text(i, 1));
        st.run();
        if (m_prefix == district)
            m_mirror.setSetting(r.text(i, 0), r.text(i, 1));
    }
}

// Analysis runs under new mirror ids; layer rows get new ids too, and a
// catchment's facility id (the district project's) is dropped: it names
// another file's row.
void MirrorCopy::copyAnalysis(const QString& district)
{
    Database& db = m_mirror.db();
    std::map<qint64, qint64> runIds;   // PostGIS run_id -> mirror id
    int n = 0;
    const AnalysisTable* tables = analysisTables(&n);
    for (const AnalysisTable& t : std::span(tables, static_cast<size_t>(n))) {
        const bool isRun = qstrcmp(t.spec.table, "analysis_run") == 0;
        const QStringList cols = t.spec.columns.mid(1);   // without district
        QStringList select, insertCols, values;
        std::vector<int> used;   // result columns inserted, in order
        for (int i = 0; i < cols.size(); ++i) {
            const char k = t.kinds[i];
            select << (k == 'm' || k == 'p' ? QStringLiteral("ST_AsBinary(%1)").arg(cols[i]) : cols[i]);
            if (cols[i] == QLatin1String("id") || (isRun && cols[i] == QLatin1String("run_id")))
                continue;
            used.push_back(i);
            insertCols << cols[i];
            const QString param = QStringLiteral("?%1").arg(used.size());
            values << (k == 'm'   ? QStringLiteral("CastToMultiPolygon(GeomFromWKB(%1, 4326))").arg(param)
                       : k == 'p' ? QStringLiteral("GeomFromWKB(%1, 4326)").arg(param)
                                  : param);
        }
        const QByteArray sql = QStringLiteral("SELECT %1 FROM petasehat.%2 WHERE district = $1 ORDER BY run_id")
                                   .arg(select.join(QStringLiteral(", ")), QLatin1String(t.spec.table))
                                   .toUtf8();
        Result r = m_c.exec("copy analysis runs", sql.constData(), Params().add(district));
        if (r.rows() == 0)
            continue;
        auto st = db.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                 .arg(QLatin1String(t.spec.table), insertCols.join(QStringLiteral(", ")),
                                      values.join(QStringLiteral(", "))));
        for (int row = 0; row < r.rows(); ++row) {
            st.reset();
            bool keep = true;
            for (size_t p = 0; p < used.size(); ++p) {
                const int i = used[p];
                const int param = static_cast<int>(p) + 1;
                const char k = t.kinds[i];
                if (cols[i] == QLatin1String("run_id")) {
                    auto it = runIds.find(r.int64(row, i));
                    keep = it != runIds.end();
                    if (keep)
                        st.bind(param, static_cast<std::int64_t>(it->second));
                } else if (r.isNull(row, i) || cols[i] == QLatin1String("facility_id")) {
                    st.bindNull(param);
                } else if (isRun && cols[i] == QLatin1String("code_prefix") && r.text(row, i).isEmpty()) {
                    st.bind(param, district);   // a one-district project's "everything" is its district
                } else if (k == 'i') {
                    st.bind(param, static_cast<std::int64_t>(r.int64(row, i)));
                } else if (k == 'r') {
                    st.bind(param, r.optReal(row, i));
                } else if (k == 'm' || k == 'p') {
                    st.bindBlob(param, r.bytea(row, i));
                } else {
                    st.bind(param, r.text(row, i));
                }
            }
            if (!keep)
                continue;
            if (isRun && r.isNull(row, 2))
                st.bind(2, district);
            st.run();
            if (isRun) {
                const qint64 id = db.lastInsertId();
                runIds[r.int64(row, 0)] = id;
                auto m = db.prepare("INSERT INTO pg_mirror_run(id, district, run_id) VALUES (?1, ?2, ?3)");
                m.bind(1, static_cast<std::int64_t>(id)).bind(2, district).bind(3, static_cast<std::int64_t>(r.int64(row, 0)));
                m.run();
            }
        }
    }
}

void MirrorCopy::copyIndicatorDefs()
{
    Database& db = m_mirror.db();
    db.exec("DELETE FROM indicator_def");
    m_mirror.syncCatalogue(Catalogue::standard());
    Result r = m_c.exec("copy indicator definitions",
                        "SELECT district, code, name_id, name_en, numerator, denominator, unit, scale, higher_is_worse, "
                        "target, kind, thresholds, measure FROM petasehat.indicator_def ORDER BY district, code");
    // One code defined by two districts: the first district's definition.
    auto st = db.prepare("INSERT OR IGNORE INTO indicator_def(code, name_id, name_en, numerator, denominator, unit, scale, "
                         "higher_is_worse, target, kind, thresholds, measure) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    for (int i = 0; i < r.rows(); ++i) {
        const QString d = r.text(i, 0);
        if (!m_prefix.isEmpty() && d != m_prefix && !d.startsWith(m_prefix + QLatin1Char('.')))
            continue;
        st.reset();
        for (int col = 1; col <= 6; ++col)
            st.bind(col, r.text(i, col));
        st.bind(7, r.optReal(i, 7)).bind(8, static_cast<std::int64_t>(r.int64(i, 8))).bind(9, r.optReal(i, 9));
        st.bind(10, r.text(i, 10)).bind(11, r.text(i, 11)).bind(12, r.text(i, 12));
        st.run();
    }
}

} // namespace ps::pg
