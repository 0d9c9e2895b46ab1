#include "Migrations.h"
#include <iterator>

namespace ps {

static const Migration kMigrations[] = {
    {1, "administrative areas, facilities, indicators, import log", R"SQL(
SELECT InitSpatialMetadata(0);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES ('application', 'PetaSehat');

CREATE TABLE import_log(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  source_file TEXT,
  options TEXT,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  rows_read INTEGER, rows_ok INTEGER, rows_failed INTEGER,
  message TEXT);

CREATE TABLE admin_area(
  code TEXT PRIMARY KEY,
  level TEXT NOT NULL CHECK (level IN ('provinsi','kabupaten','kecamatan','desa','kelurahan')),
  name TEXT NOT NULL,
  parent_code TEXT,
  area_km2 REAL,
  source TEXT);
SELECT AddGeometryColumn('admin_area', 'geom', 4326, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('admin_area', 'geom');
CREATE INDEX admin_area_level ON admin_area(level);
CREATE INDEX admin_area_parent ON admin_area(parent_code);

CREATE TABLE facility(
  id INTEGER PRIMARY KEY,
  code TEXT,
  type TEXT NOT NULL CHECK (type IN ('puskesmas','pustu','poskesdes','posyandu','rumah_sakit')),
  name TEXT,
  desa_code TEXT,
  kecamatan_code TEXT,
  status TEXT NOT NULL,
  method TEXT,
  uncertainty_m REAL,
  match_score REAL,
  note TEXT,
  source_file TEXT,
  source_row INTEGER,
  raw TEXT,
  import_id INTEGER REFERENCES import_log(id));
SELECT AddGeometryColumn('facility', 'geom', 4326, 'POINT', 'XY');
SELECT CreateSpatialIndex('facility', 'geom');
CREATE INDEX facility_type ON facility(type);
CREATE INDEX facility_desa ON facility(desa_code);
CREATE INDEX facility_code ON facility(code);

CREATE TABLE indicator_def(
  code TEXT PRIMARY KEY,
  name_id TEXT NOT NULL, name_en TEXT,
  numerator TEXT NOT NULL, denominator TEXT NOT NULL,
  unit TEXT NOT NULL, scale REAL NOT NULL,
  higher_is_worse INTEGER NOT NULL,
  target REAL,
  kind TEXT,
  thresholds TEXT);

CREATE TABLE indicator_value(
  area_code TEXT NOT NULL,
  period INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  numerator REAL,
  denominator REAL,
  value REAL,
  import_id INTEGER REFERENCES import_log(id),
  PRIMARY KEY (area_code, period, indicator));
CREATE INDEX indicator_value_ip ON indicator_value(indicator, period);
)SQL"},
    {2, "project settings (service reach, population raster) and facility edit audit", R"SQL(
CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT);
INSERT INTO setting VALUES
  ('reach_posyandu_m', '1000'),
  ('reach_pustu_m', '2000'),
  ('reach_poskesdes_m', '2000'),
  ('reach_puskesmas_m', '5000'),
  ('reach_rumah_sakit_m', '5000'),
  ('balita_per_posyandu', '100');
ALTER TABLE facility ADD COLUMN updated_by TEXT;
ALTER TABLE facility ADD COLUMN updated_at TEXT;
)SQL"},
    {3, "analysis runs: coverage per area, covered-area layer, underserved ranking, proposed sites, catchments", R"SQL(
CREATE TABLE analysis_run(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  code_prefix TEXT,
  parameters TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  summary TEXT);

CREATE TABLE coverage_result(
  run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
  area_code TEXT NOT NULL,
  level TEXT NOT NULL,
  facility_type TEXT NOT NULL,
  reach_m REAL,
  area_km2 REAL,
  covered_km2 REAL,
  population REAL,
  covered_population REAL,
  mean_distance_m REAL,
  beyond_reach_population REAL,
  facility_count INTEGER,
  PRIMARY KEY (run_id, area_code, facility_type));
CREATE INDEX coverage_result_level ON coverage_result(run_id, level, facility_type);

CREATE TABLE coverage_geom(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
  facility_type TEXT NOT NULL,
  area_code TEXT NOT NULL,
  covered INTEGER NOT NULL);
SELECT AddGeometryColumn('coverage_geom', 'geom', 4326, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('coverage_geom', 'geom');
CREATE INDEX coverage_geom_run ON coverage_geom(run_id, facility_type);

CREATE TABLE underserved_rank(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
  area_code TEXT NOT NULL,
  level TEXT NOT NULL,
  name TEXT,
  rank INTEGER NOT NULL,
  score REAL NOT NULL,
  underserved INTEGER NOT NULL,
  reason TEXT,
  population REAL,
  uncovered_population REAL,
  stunting_prevalence REAL,
  stunting_count REAL,
  stunting_source TEXT,
  balita REAL,
  posyandu_count INTEGER,
  balita_per_posyandu REAL,
  part_uncovered REAL,
  part_prevalence REAL,
  part_count REAL,
  part_balita_per_posyandu REAL);
SELECT AddGeometryColumn('underserved_rank', 'geom', 4326, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('underserved_rank', 'geom');
CREATE INDEX underserved_rank_run ON underserved_rank(run_id, level, rank);

CREATE TABLE proposed_site(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
  facility_type TEXT NOT NULL,
  rank INTEGER NOT NULL,
  marginal_gain REAL NOT NULL,
  cumulative_gain REAL NOT NULL,
  area_code TEXT);
SELECT AddGeometryColumn('proposed_site', 'geom', 4326, 'POINT', 'XY');
SELECT CreateSpatialIndex('proposed_site', 'geom');
CREATE INDEX proposed_site_run ON proposed_site(run_id, rank);

CREATE TABLE catchment(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
  facility_id INTEGER,
  facility_code TEXT,
  facility_type TEXT NOT NULL,
  population REAL,
  balita REAL);
SELECT AddGeometryColumn('catchment', 'geom', 4326, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('catchment', 'geom');
CREATE INDEX catchment_run ON catchment(run_id);
)SQL"},
    {4, "periods (semester, quarter, month keys in indicator_value.period), puskesmas reporting units, working areas, area aliases", R"SQL(
-- indicator_value.period keeps the year for yearly rows (2024); finer periods are
-- keys: month 202408, quarter 202421..24, semester 202431/32 (see core/Period.h).
ALTER TABLE indicator_def ADD COLUMN measure TEXT;

CREATE TABLE unit_value(
  unit TEXT NOT NULL,
  unit_type TEXT NOT NULL DEFAULT 'puskesmas',
  unit_name TEXT,
  period INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  numerator REAL,
  denominator REAL,
  area_code TEXT,
  mapped_by TEXT,
  import_id INTEGER REFERENCES import_log(id),
  PRIMARY KEY (unit, period, indicator));
CREATE INDEX unit_value_ip ON unit_value(indicator, period);

CREATE TABLE puskesmas_area(
  puskesmas TEXT NOT NULL,
  desa_code TEXT NOT NULL,
  import_id INTEGER REFERENCES import_log(id),
  PRIMARY KEY (puskesmas, desa_code));

CREATE TABLE area_alias(
  alias TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
)SQL"},
    {5, "facility location history (who, when, before, after) and saved map states", R"SQL(
CREATE TABLE facility_edit(
  id INTEGER PRIMARY KEY,
  facility_id INTEGER NOT NULL,
  edited_by TEXT NOT NULL,
  edited_at TEXT NOT NULL,
  action TEXT NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL);
CREATE INDEX facility_edit_facility ON facility_edit(facility_id, id);
CREATE TABLE map_state(
  name TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  saved_at TEXT NOT NULL);
)SQL"},
    {6, "office map server: named users (hashed tokens) and a data version bumped by every write to the data tables", R"SQL(
CREATE TABLE server_user(
  name TEXT PRIMARY KEY,
  salt TEXT NOT NULL,
  token_sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE data_version(counter INTEGER NOT NULL);
INSERT INTO data_version VALUES (0);
CREATE TRIGGER data_version_admin_area_i AFTER INSERT ON admin_area BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_admin_area_u AFTER UPDATE ON admin_area BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_admin_area_d AFTER DELETE ON admin_area BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_facility_i AFTER INSERT ON facility BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_facility_u AFTER UPDATE ON facility BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_facility_d AFTER DELETE ON facility BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_indicator_def_i AFTER INSERT ON indicator_def BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_indicator_def_u AFTER UPDATE ON indicator_def BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_indicator_def_d AFTER DELETE ON indicator_def BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_indicator_value_i AFTER INSERT ON indicator_value BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_indicator_value_u AFTER UPDATE ON indicator_value BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_indicator_value_d AFTER DELETE ON indicator_value BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_setting_i AFTER INSERT ON setting BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_setting_u AFTER UPDATE ON setting BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_setting_d AFTER DELETE ON setting BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_analysis_run_i AFTER INSERT ON analysis_run BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_analysis_run_u AFTER UPDATE ON analysis_run BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_analysis_run_d AFTER DELETE ON analysis_run BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_coverage_result_i AFTER INSERT ON coverage_result BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_coverage_result_u AFTER UPDATE ON coverage_result BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_coverage_result_d AFTER DELETE ON coverage_result BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_coverage_geom_i AFTER INSERT ON coverage_geom BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_coverage_geom_u AFTER UPDATE ON coverage_geom BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_coverage_geom_d AFTER DELETE ON coverage_geom BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_underserved_rank_i AFTER INSERT ON underserved_rank BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_underserved_rank_u AFTER UPDATE ON underserved_rank BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_underserved_rank_d AFTER DELETE ON underserved_rank BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_proposed_site_i AFTER INSERT ON proposed_site BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_proposed_site_u AFTER UPDATE ON proposed_site BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_proposed_site_d AFTER DELETE ON proposed_site BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_catchment_i AFTER INSERT ON catchment BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_catchment_u AFTER UPDATE ON catchment BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_catchment_d AFTER DELETE ON catchment BEGIN UPDATE data_version SET counter = counter + 1; END;
-- Tables of migrations 4 and 5 (periods, units, aliases, saved maps) change maps too.
CREATE TRIGGER data_version_unit_value_i AFTER INSERT ON unit_value BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_unit_value_u AFTER UPDATE ON unit_value BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_unit_value_d AFTER DELETE ON unit_value BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_puskesmas_area_i AFTER INSERT ON puskesmas_area BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_puskesmas_area_u AFTER UPDATE ON puskesmas_area BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_puskesmas_area_d AFTER DELETE ON puskesmas_area BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_area_alias_i AFTER INSERT ON area_alias BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_area_alias_u AFTER UPDATE ON area_alias BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_area_alias_d AFTER DELETE ON area_alias BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_map_state_i AFTER INSERT ON map_state BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_map_state_u AFTER UPDATE ON map_state BEGIN UPDATE data_version SET counter = counter + 1; END;
CREATE TRIGGER data_version_map_state_d AFTER DELETE ON map_state BEGIN UPDATE data_version SET counter = counter + 1; END;
)SQL"},
    {10, "area outlines generalized for small-scale maps (render level of detail)", R"SQL(
-- One row per area and tolerance (degrees): the outline simplified with GEOS
-- (topology preserving) in lon/lat, packed as PetaSehat's own ring buffer
-- (render/AreaLod.cpp: int32 ring count, int32 ring starts, float64 x,y), with
-- the full outline's interior point, area (degrees²) and bounding box. A cache:
-- rebuilt from admin_area whenever a row is missing, so it never bumps data_version.
CREATE TABLE area_lod(
  code TEXT NOT NULL,
  tolerance REAL NOT NULL,
  ix REAL, iy REAL, area REAL,
  minx REAL, miny REAL, maxx REAL, maxy REAL,
  rings BLOB NOT NULL,
  PRIMARY KEY (tolerance, code)) WITHOUT ROWID;
CREATE INDEX area_lod_code ON area_lod(code);
-- Lists of areas without geometry (values by level, map names) from the index
-- alone: the table rows carry the full outlines, and stepping through them
-- for a name costs a national map more than drawing it.
CREATE INDEX admin_area_level_names ON admin_area(level, code, name, parent_code, area_km2);
CREATE INDEX indicator_value_ip_counts ON indicator_value(indicator, period, area_code, numerator, denominator);
CREATE TRIGGER area_lod_admin_area_u AFTER UPDATE OF geom ON admin_area BEGIN DELETE FROM area_lod WHERE code = OLD.code; END;
CREATE TRIGGER area_lod_admin_area_d AFTER DELETE ON admin_area BEGIN DELETE FROM area_lod WHERE code = OLD.code; END;
)SQL"},
    {11, "generalized outlines projected per map CRS, scale bar lengths (render without PROJ)", R"SQL(
-- area_lod's outlines projected to the CRS a map is drawn in (render/AreaLod.cpp),
-- as FeatureSet holds them: ring buffer, box and interior point in map units.
-- A cache like area_lod: written by the first map in that CRS, dropped with
-- the area_lod row it comes from, never bumps data_version.
CREATE TABLE area_lod_projected(
  crs TEXT NOT NULL,
  tolerance REAL NOT NULL,
  code TEXT NOT NULL,
  ix REAL, iy REAL, area REAL,
  minx REAL, miny REAL, maxx REAL, maxy REAL,
  rings BLOB NOT NULL,
  PRIMARY KEY (crs, tolerance, code)) WITHOUT ROWID;
CREATE TRIGGER area_lod_projected_lod_i AFTER INSERT ON area_lod BEGIN
  DELETE FROM area_lod_projected WHERE code = NEW.code AND tolerance = NEW.tolerance; END;
CREATE TRIGGER area_lod_projected_admin_area_u AFTER UPDATE OF geom ON admin_area BEGIN
  DELETE FROM area_lod_projected WHERE code = OLD.code; END;
CREATE TRIGGER area_lod_projected_admin_area_d AFTER DELETE ON admin_area BEGIN
  DELETE FROM area_lod_projected WHERE code = OLD.code; END;
-- Geodesic length in metres between two map points (a scale bar's span) in a
-- CRS, as measured once with PROJ (render/MapSettings.cpp, groundMetresPerPixel).
CREATE TABLE ground_distance(
  crs TEXT NOT NULL,
  ax REAL NOT NULL, ay REAL NOT NULL, bx REAL NOT NULL, by REAL NOT NULL,
  metres REAL NOT NULL,
  PRIMARY KEY (crs, ax, ay, bx, by)) WITHOUT ROWID;
)SQL"},
};

const Migration* migrations(int* count)
{
    *count = static_cast<int>(std::size(kMigrations));
    return kMigrations;
}

} // namespace ps
