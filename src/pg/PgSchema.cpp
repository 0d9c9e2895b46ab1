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
)SQL"},
};

// Row-level security, the same four policies on every district table: anyone
// allowed to connect reads everything; a role writes only its district's rows.
const char* const kDistrictTables[] = {"area",          "facility",   "facility_edit", "indicator_value",
                                       "unit_value",    "setting",    "publication"};

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

QStringList migratePg(Connection& c)
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
        if (m.version <= from)
            continue;
        c.execScript("migration", m.sql);
        if (m.version == 1)
            for (const char* t : kDistrictTables)
                c.execScript("row-level security", policiesSql(QString::fromLatin1(t)).toUtf8().constData());
        c.exec("migration", "INSERT INTO petasehat.schema_version(version, description) VALUES ($1, $2)",
               Params().add(m.version).add(m.description));
        applied << QStringLiteral("%1: %2").arg(m.version).arg(QString::fromUtf8(m.description));
    }
    tx.commit();
    return applied;
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
