#include "PgSchema.h"
#include "PgConnection.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <QStringList>
#include <iterator>

namespace ps::pg {

static QString tr(const char* s) { return QCoreApplication::translate("pg", s); }

namespace {

struct PgMigration {
    int version;
    const char* description;
    const char* sql;
    const char* districtTables;   // new tables that get the row-level security policies
};

// Codes are dotted Kemendagri codes; `district` is the kabupaten/kota code
// ("16.07") and every code of a row lies under it (CHECK), so a row belongs
// to exactly one district and RLS on `district` is RLS on the code prefix.
const PgMigration kPgMigrations[] = {
    {1, "areas, facilities and their edit history, indicators per area and per reporting unit, settings, "
        "publications, district roles with row-level security", R"SQL(
CREATE TABLE petasehat.district_role(
  role_name name PRIMARY KEY,
  district text NOT NULL CHECK (district ~ '^[0-9]{2}\.[0-9]{2}$'));

-- The district of the connected role; NULL for roles without one (viewer, owner).
CREATE FUNCTION petasehat.my_district() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT district FROM petasehat.district_role WHERE role_name = current_user $$;

CREATE FUNCTION petasehat.under(code text, district text) RETURNS boolean LANGUAGE sql IMMUTABLE AS
$$ SELECT code = district OR left(code, length(district) + 1) = district || '.' $$;

CREATE TABLE petasehat.area(
  code text PRIMARY KEY,
  district text NOT NULL,
  level text NOT NULL CHECK (level IN ('kabupaten','kecamatan','desa','kelurahan')),
  name text NOT NULL,
  parent_code text,
  area_km2 double precision,
  geom geometry(MultiPolygon, 4326),
  CHECK (petasehat.under(code, district)));
CREATE INDEX area_geom ON petasehat.area USING gist(geom);
CREATE INDEX area_district ON petasehat.area(district, level);

-- key: the facility code, or "<district>/<id in the project>" for a facility without one.
CREATE TABLE petasehat.facility(
  key text PRIMARY KEY,
  code text,
  district text NOT NULL,
  type text NOT NULL CHECK (type IN ('puskesmas','pustu','poskesdes','posyandu','rumah_sakit')),
  name text,
  desa_code text,
  kecamatan_code text,
  status text NOT NULL,
  method text,
  uncertainty_m double precision,
  match_score double precision,
  note text,
  source_file text,
  source_row bigint,
  updated_by text,
  updated_at text,
  geom geometry(Point, 4326),
  CHECK (desa_code IS NULL OR petasehat.under(desa_code, district)),
  CHECK (kecamatan_code IS NULL OR petasehat.under(kecamatan_code, district)));
CREATE INDEX facility_geom ON petasehat.facility USING gist(geom);
CREATE INDEX facility_district ON petasehat.facility(district, type);

CREATE TABLE petasehat.facility_edit(
  facility_key text NOT NULL,
  seq bigint NOT NULL,
  district text NOT NULL,
  edited_by text NOT NULL,
  edited_at text NOT NULL,
  action text NOT NULL,
  before text NOT NULL,
  after text NOT NULL,
  PRIMARY KEY (facility_key, seq));
CREATE INDEX facility_edit_district ON petasehat.facility_edit(district);

CREATE TABLE petasehat.indicator_value(
  area_code text NOT NULL,
  period integer NOT NULL,
  indicator text NOT NULL,
  district text NOT NULL,
  numerator double precision,
  denominator double precision,
  value double precision,
  PRIMARY KEY (area_code, period, indicator),
  CHECK (petasehat.under(area_code, district)));
CREATE INDEX indicator_value_ip ON petasehat.indicator_value(indicator, period);
CREATE INDEX indicator_value_district ON petasehat.indicator_value(district);

-- Counts as reported by a puskesmas (the reporting unit) and the area they were placed on.
CREATE TABLE petasehat.unit_value(
  district text NOT NULL,
  unit text NOT NULL,
  period integer NOT NULL,
  indicator text NOT NULL,
  unit_type text NOT NULL,
  unit_name text,
  numerator double precision,
  denominator double precision,
  area_code text,
  mapped_by text,
  PRIMARY KEY (district, unit, period, indicator),
  CHECK (area_code IS NULL OR petasehat.under(area_code, district)));

CREATE TABLE petasehat.setting(
  district text NOT NULL,
  key text NOT NULL,
  value text,
  PRIMARY KEY (district, key));

-- One row per publish that changed something: the database's data version.
CREATE TABLE petasehat.publication(
  id bigserial PRIMARY KEY,
  district text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by name NOT NULL DEFAULT current_user,
  project_file text,
  summary text);
CREATE INDEX publication_district ON petasehat.publication(district, id);
)SQL", "area facility facility_edit indicator_value unit_value setting publication"},
    // No foreign keys to analysis_run: publish counts each table's deletions itself.
    {2, "analysis runs and their layers (coverage per area, covered areas, underserved ranking, proposed sites, "
        "catchments)", R"SQL(
CREATE TABLE petasehat.analysis_run(
  district text NOT NULL,
  run_id bigint NOT NULL,
  kind text NOT NULL,
  code_prefix text,
  parameters text NOT NULL,
  started_at text NOT NULL,
  finished_at text,
  summary text,
  PRIMARY KEY (district, run_id));

CREATE TABLE petasehat.coverage_result(
  district text NOT NULL,
  run_id bigint NOT NULL,
  area_code text NOT NULL,
  level text NOT NULL,
  facility_type text NOT NULL,
  reach_m double precision,
  area_km2 double precision,
  covered_km2 double precision,
  population double precision,
  covered_population double precision,
  mean_distance_m double precision,
  beyond_reach_population double precision,
  facility_count integer,
  PRIMARY KEY (district, run_id, area_code, facility_type));

CREATE TABLE petasehat.coverage_geom(
  district text NOT NULL,
  run_id bigint NOT NULL,
  id bigint NOT NULL,
  facility_type text NOT NULL,
  area_code text NOT NULL,
  covered integer NOT NULL,
  geom geometry(MultiPolygon, 4326),
  PRIMARY KEY (district, run_id, id));
CREATE INDEX coverage_geom_geom ON petasehat.coverage_geom USING gist(geom);

CREATE TABLE petasehat.underserved_rank(
  district text NOT NULL,
  run_id bigint NOT NULL,
  id bigint NOT NULL,
  area_code text NOT NULL,
  level text NOT NULL,
  name text,
  rank integer NOT NULL,
  score double precision NOT NULL,
  underserved integer NOT NULL,
  reason text,
  population double precision,
  uncovered_population double precision,
  stunting_prevalence double precision,
  stunting_count double precision,
  stunting_source text,
  balita double precision,
  posyandu_count integer,
  balita_per_posyandu double precision,
  part_uncovered double precision,
  part_prevalence double precision,
  part_count double precision,
  part_balita_per_posyandu double precision,
  geom geometry(MultiPolygon, 4326),
  PRIMARY KEY (district, run_id, id));
CREATE INDEX underserved_rank_geom ON petasehat.underserved_rank USING gist(geom);

CREATE TABLE petasehat.proposed_site(
  district text NOT NULL,
  run_id bigint NOT NULL,
  id bigint NOT NULL,
  facility_type text NOT NULL,
  rank integer NOT NULL,
  marginal_gain double precision NOT NULL,
  cumulative_gain double precision NOT NULL,
  area_code text,
  geom geometry(Point, 4326),
  PRIMARY KEY (district, run_id, id));
CREATE INDEX proposed_site_geom ON petasehat.proposed_site USING gist(geom);

CREATE TABLE petasehat.catchment(
  district text NOT NULL,
  run_id bigint NOT NULL,
  id bigint NOT NULL,
  facility_id bigint,
  facility_code text,
  facility_type text NOT NULL,
  population double precision,
  balita double precision,
  geom geometry(MultiPolygon, 4326),
  PRIMARY KEY (district, run_id, id));
CREATE INDEX catchment_geom ON petasehat.catchment USING gist(geom);
)SQL", "analysis_run coverage_result coverage_geom underserved_rank proposed_site catchment"},
    // A district's own indicators (imported with its own catalogue): their
    // names, units and classes travel with the values, so the province's maps
    // and tables name them.
    {3, "indicator definitions a district published (custom indicators: name, unit, scale, classes)", R"SQL(
CREATE TABLE petasehat.indicator_def(
  district text NOT NULL,
  code text NOT NULL,
  name_id text NOT NULL,
  name_en text,
  numerator text NOT NULL,
  denominator text NOT NULL,
  unit text NOT NULL,
  scale double precision NOT NULL,
  higher_is_worse integer NOT NULL,
  target double precision,
  kind text,
  thresholds text,
  measure text,
  PRIMARY KEY (district, code));
)SQL", "indicator_def"},
};

// Row-level security, the same four policies on every district table: anyone
// allowed to connect reads everything; a role writes only its district's rows.
const char* const kDistrictTables[] = {"area",         "facility",        "facility_edit", "indicator_value",
                                       "unit_value",   "setting",         "publication",   "analysis_run",
                                       "coverage_result", "coverage_geom", "underserved_rank", "proposed_site",
                                       "catchment",    "indicator_def"};

QString policiesSql(const QString& table)
{
    const QString t = QStringLiteral("petasehat.") + table;
    return QStringLiteral(
               "ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;\n"
               "CREATE POLICY read_all ON %1 FOR SELECT USING (true);\n"
               "CREATE POLICY district_insert ON %1 FOR INSERT WITH CHECK (district = petasehat.my_district());\n"
               "CREATE POLICY district_update ON %1 FOR UPDATE USING (district = petasehat.my_district()) "
               "WITH CHECK (district = petasehat.my_district());\n"
               "CREATE POLICY district_delete ON %1 FOR DELETE USING (district = petasehat.my_district());\n")
        .arg(t);
}

} // namespace

const char* const* districtTables(int* count)
{
    *count = static_cast<int>(std::size(kDistrictTables));
    return kDistrictTables;
}

int pgSchemaVersion(Connection& c)
{
    Result r = c.exec("schema version", "SELECT to_regclass('petasehat.schema_version') IS NOT NULL");
    if (!r.boolean(0, 0))
        return 0;
    Result v = c.exec("schema version", "SELECT coalesce(max(version), 0) FROM petasehat.schema_version");
    return static_cast<int>(v.int64(0, 0));
}

static void requirePostgis(Connection& c)
{
    Result r = c.exec("PostGIS", "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'");
    if (r.int64(0, 0) > 0)
        return;
    try {
        c.execScript("CREATE EXTENSION postgis", "CREATE EXTENSION IF NOT EXISTS postgis");
    } catch (const Error& e) {
        c.fail("PostGIS", tr("ekstensi PostGIS belum terpasang di basis data ini dan peran ini tidak dapat "
                             "memasangnya; minta admin menjalankan sekali sebagai superuser: "
                             "CREATE EXTENSION postgis; (%1)")
                              .arg(e.message()));
    }
}

QStringList migratePg(Connection& c, int target)
{
    QStringList applied;
    Transaction tx(c);
    // One migrating process at a time; publishes wait behind it.
    c.exec("lock", "SELECT pg_advisory_xact_lock(hashtext('petasehat.schema'))");
    requirePostgis(c);
    c.execScript("create schema", "CREATE SCHEMA IF NOT EXISTS petasehat;\n"
                                  "CREATE TABLE IF NOT EXISTS petasehat.schema_version(\n"
                                  "  version integer PRIMARY KEY,\n"
                                  "  description text NOT NULL,\n"
                                  "  applied_at timestamptz NOT NULL DEFAULT now(),\n"
                                  "  applied_by name NOT NULL DEFAULT current_user)");
    const int from = pgSchemaVersion(c);
    if (from > kPgSchemaVersion)
        c.fail("schema version", tr("basis data memakai skema petasehat versi %1, lebih baru dari program ini (%2); "
                                    "perbarui petasehat")
                                     .arg(from)
                                     .arg(kPgSchemaVersion));
    for (const PgMigration& m : kPgMigrations) {
        if (m.version <= from || m.version > target)
            continue;
        c.execScript("migration", m.sql);
        for (const QString& t : QString::fromLatin1(m.districtTables).split(QLatin1Char(' ')))
            c.execScript("row-level security", policiesSql(t).toUtf8().constData());
        c.exec("migration", "INSERT INTO petasehat.schema_version(version, description) VALUES ($1, $2)",
               Params().add(m.version).add(m.description));
        applied << QStringLiteral("%1: %2").arg(m.version).arg(QString::fromUtf8(m.description));
    }
    // Tables of a new migration are readable and writable for roles made before it.
    const bool groups = c.exec("roles", "SELECT count(*) = 2 FROM pg_roles WHERE rolname IN "
                                        "('petasehat_viewer', 'petasehat_writer')").boolean(0, 0);
    if (groups && !applied.isEmpty())
        grantToGroups(c);
    tx.commit();
    return applied;
}

void grantToGroups(Connection& c)
{
    c.execScript("GRANT", "GRANT USAGE ON SCHEMA petasehat TO petasehat_viewer, petasehat_writer;\n"
                          "GRANT SELECT ON ALL TABLES IN SCHEMA petasehat TO petasehat_viewer, petasehat_writer;\n"
                          "GRANT USAGE ON ALL SEQUENCES IN SCHEMA petasehat TO petasehat_writer;\n"
                          "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA petasehat TO petasehat_viewer, petasehat_writer;");
    // Writers write the district tables only; row-level security narrows them to their district.
    int n = 0;
    const char* const* tables = districtTables(&n);
    QStringList names;
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("petasehat.") + QLatin1String(tables[i]);
        if (c.exec("GRANT", "SELECT to_regclass($1) IS NOT NULL", Params().add(name)).boolean(0, 0))   // older schema
            names << name;
    }
    const QByteArray grant =
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO petasehat_writer").arg(names.join(QStringLiteral(", "))).toUtf8();
    c.execScript("GRANT", grant.constData());
}

void requireCurrentSchema(Connection& c)
{
    const int v = pgSchemaVersion(c);
    if (v == kPgSchemaVersion)
        return;
    if (v == 0)
        c.fail("schema version", tr("basis data belum berisi skema petasehat; pemilik basis data menjalankan dulu: "
                                    "petasehat pg init \"PG:...\""));
    c.fail("schema version", tr("skema petasehat di basis data versi %1, program ini memakai versi %2; pemilik basis "
                                "data menjalankan: petasehat pg init \"PG:...\"")
                                 .arg(v)
                                 .arg(kPgSchemaVersion));
}

} // namespace ps::pg
