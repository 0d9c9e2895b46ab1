#!/usr/bin/env bash
# Data for the PostGIS scale runs (bench/pg/run.sh), generated from
# ../shared/data with the real CLI (never copied into the repository):
#
#   WORK/jateng.sqlite        Jawa Tengah as one province project: kabupaten,
#                             kecamatan and desa of 33, indicators (2021-2024),
#                             puskesmas, pustu, posyandu, imported with `petasehat import`
#   WORK/jateng/33.XX.sqlite  the 35 kabupaten/kota projects split from it: a copy
#                             keeping only the rows under 33.XX (facilities the
#                             import could not place in any desa/kecamatan belong
#                             to no district and are left out)
#   WORK/national.sqlite      simulated national set: all 38 provinsi, 514
#                             kabupaten, 7,285 kecamatan; four years (2021-2024) of
#                             e-PPGBM-style counts per kecamatan (synthetic,
#                             deterministic); 300,000 synthetic posyandu, each a
#                             point inside its kecamatan, imported from a CSV
#   WORK/national/NN.sqlite   the national set split into 38 province projects;
#                             each is published once per kabupaten (--district)
#
#   bash bench/pg/scale_data.sh [PETASEHAT_BINARY] [WORKDIR]
# Builds only what is missing (delete WORKDIR to rebuild); PS_BENCH_SKIP="national" builds Jawa Tengah only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/bin/petasehat}
work=${2:-/tmp/petasehat-bench-pg}
data=$root/../shared/data
posyandu_total=${PS_BENCH_POSYANDU:-300000}
if [[ ! -f $data/boundaries/indonesia_admin.gpkg || ! -d $data/sample/jawa_tengah ]]; then
  echo "scale_data: ../shared/data absent, skipped"; exit 0
fi
mkdir -p "$work"
gpkg=$data/boundaries/indonesia_admin.gpkg
sample=$data/sample/jawa_tengah

# sqlite3 with SpatiaLite loaded (the spatial index triggers and ST_* need it).
sql() { local db=$1; shift; sqlite3 -batch -bail "$db" ".load mod_spatialite" "$@"; }

step() { echo "  $(date -u +%T) $*" >&2; }

# split SOURCE PREFIX DEST: a new project (`petasehat init`) holding SOURCE's
# rows under PREFIX ("33.01" or "33") and its province row, copied with
# ATTACH (the spatial index triggers fill the indexes); facilities not placed
# under PREFIX are left out.
split_project() {
  local src=$1 prefix=$2 dest=$3
  local under="(code = '$prefix' OR code LIKE '$prefix.%')"
  rm -f "$dest.part"
  [[ -f $work/template.sqlite ]] || "$bin" init "$work/template.sqlite" >/dev/null
  cp "$work/template.sqlite" "$dest.part"
  sql "$dest.part" "ATTACH '$src' AS src;" "BEGIN;" \
    "DELETE FROM setting;" "INSERT INTO setting SELECT * FROM src.setting;" \
    "INSERT OR REPLACE INTO indicator_def SELECT * FROM src.indicator_def;" \
    "INSERT INTO import_log SELECT * FROM src.import_log;" \
    "INSERT INTO admin_area SELECT * FROM src.admin_area WHERE $under OR (level = 'provinsi' AND '$prefix' LIKE code || '%');" \
    "INSERT INTO area_lod SELECT * FROM src.area_lod WHERE code IN (SELECT code FROM admin_area);" \
    "INSERT INTO facility SELECT * FROM src.facility WHERE coalesce(desa_code, '') LIKE '$prefix.%' OR coalesce(kecamatan_code, '') LIKE '$prefix.%';" \
    "INSERT INTO facility_edit SELECT * FROM src.facility_edit WHERE facility_id IN (SELECT id FROM facility);" \
    "INSERT INTO indicator_value SELECT * FROM src.indicator_value WHERE area_code = '$prefix' OR area_code LIKE '$prefix.%';" \
    "INSERT INTO unit_value SELECT * FROM src.unit_value WHERE coalesce(area_code, '') LIKE '$prefix.%';" \
    "INSERT INTO puskesmas_area SELECT * FROM src.puskesmas_area WHERE desa_code LIKE '$prefix.%';" \
    "COMMIT;" >/dev/null
  mv "$dest.part" "$dest"
}

build_jateng() {
  local p=$work/jateng.sqlite
  [[ -f $p ]] && return
  step "jateng.sqlite: boundaries, indicators, facilities (petasehat import)"
  rm -f "$p.part"
  "$bin" init "$p.part" >/dev/null
  "$bin" import boundaries "$p.part" "$gpkg" --layer kabupaten --within 33 >/dev/null
  "$bin" import boundaries "$p.part" "$gpkg" --layer kecamatan --within 33 >/dev/null
  "$bin" import boundaries "$p.part" "$data/boundaries/desa_jawa_tengah.gpkg" --layer desa >/dev/null
  "$bin" import indicators "$p.part" "$sample/indikator_kecamatan.xlsx" --report "$work/jateng_ind.csv" >/dev/null
  for t in puskesmas pustu posyandu; do
    # Rows the import cannot place are reported (exit code 2 = some rows failed), not fatal here.
    "$bin" import facilities "$p.part" "$sample/$t.csv" --type $t --report "$work/jateng_$t.csv" >/dev/null || [[ $? == 2 ]]
  done
  mv "$p.part" "$p"
}

# split_all NAME LEVEL: WORK/NAME.sqlite split into WORK/NAME/CODE.sqlite, one per area of LEVEL.
split_all() {
  local name=$1 level=$2 k codes
  mkdir -p "$work/$name"
  codes=$(sql "$work/$name.sqlite" "SELECT code FROM admin_area WHERE level = '$level' ORDER BY code;")
  for k in $codes; do
    [[ -f $work/$name/$k.sqlite ]] || { step "$name/$k.sqlite"; split_project "$work/$name.sqlite" "$k" "$work/$name/$k.sqlite"; }
  done
}

# Four years of counts per kecamatan, shaped like indikator_kecamatan.csv.
# Deterministic: a hash of the kecamatan's row and the year instead of random().
national_indicators_csv() {
  local p=$1 out=$2
  sql "$p" -csv -header "WITH k AS (SELECT rowid AS r, code, name FROM admin_area WHERE level = 'kecamatan'),
      y(t) AS (VALUES (2021), (2022), (2023), (2024)),
      h AS (SELECT t, code, name, abs((r * 2654435761 + t * 40503) % 1000003) AS u FROM k, y),
      n AS (SELECT t, code, name, u, 2000 + u % 9000 AS balita FROM h),
      m AS (SELECT t, code, name, u, balita, balita * (70 + u % 25) / 100 AS diukur FROM n)
    SELECT t AS tahun, code AS kode_kecamatan, name AS kecamatan, balita AS jumlah_balita, diukur AS balita_diukur,
      diukur * max(1, 4 + u % 300 / 10 - (t - 2021) * 2) / 100 AS balita_stunting,
      diukur * (2 + u % 70 / 10) / 100 AS balita_wasting, diukur * (5 + u % 110 / 10) / 100 AS balita_underweight,
      balita / 4 AS sasaran_ibu_hamil, balita / 4 * (60 + u % 40) / 100 AS k6,
      balita / 5 AS sasaran_bayi, balita / 5 * (65 + u % 35) / 100 AS imunisasi_dasar_lengkap
    FROM m ORDER BY tahun, kode_kecamatan;" >"$out"
}

# POSYANDU_TOTAL points, as evenly over the kecamatan as the count allows, each
# inside its kecamatan: candidates spread over the kecamatan's bounding box
# (a deterministic hash per pass), kept when ST_Within the outline, repeated
# for the kecamatan still short. Written as a posyandu CSV for `import facilities`.
national_posyandu_csv() {
  local p=$1 out=$2 total=$3
  local pts=$work/points.sqlite
  rm -f "$pts"
  sql "$pts" "ATTACH '$p' AS p;" \
    "CREATE TABLE kec AS SELECT rowid AS r, code, name, MbrMinX(geom) AS x0, MbrMinY(geom) AS y0, MbrMaxX(geom) AS x1, MbrMaxY(geom) AS y1
       FROM p.admin_area WHERE level = 'kecamatan' ORDER BY code;" \
    "ALTER TABLE kec ADD COLUMN need INTEGER;" \
    "UPDATE kec SET need = $total / (SELECT count(*) FROM kec) + (CASE WHEN r IN (SELECT r FROM kec ORDER BY r LIMIT $total % (SELECT count(*) FROM kec)) THEN 1 ELSE 0 END);" \
    "CREATE TABLE pt(code TEXT, name TEXT, lon REAL, lat REAL);" >/dev/null
  for pass in 1 2 3 4 5 6 7 8; do
    local short
    short=$(sql "$pts" "SELECT count(*) FROM kec WHERE need > (SELECT count(*) FROM pt WHERE pt.code = kec.code);")
    step "posyandu points: pass $pass, $short kecamatan short"
    [[ $short == 0 ]] && break
    sql "$pts" "ATTACH '$p' AS p;" "CREATE INDEX IF NOT EXISTS pt_code ON pt(code);" \
      "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 400),
        want AS (SELECT k.*, k.need - (SELECT count(*) FROM pt WHERE pt.code = k.code) AS missing FROM kec k),
        cand AS (SELECT w.code, w.name, w.missing, i.n,
            w.x0 + (w.x1 - w.x0) * (abs((w.r * 7919 + i.n * 104729 + $pass * 15485863) * 2654435761 % 1000003) / 1000003.0) AS lon,
            w.y0 + (w.y1 - w.y0) * (abs((w.r * 6271 + i.n * 130363 + $pass * 32452843) * 40503 % 999983) / 999983.0) AS lat
          FROM want w, i WHERE w.missing > 0 AND i.n <= min(400, w.missing * 4 * $pass)),
        inside AS (SELECT c.* FROM cand c JOIN p.admin_area a ON a.code = c.code
          WHERE ST_Within(MakePoint(c.lon, c.lat, 4326), a.geom)),
        ranked AS (SELECT *, row_number() OVER (PARTITION BY code ORDER BY n) AS k FROM inside)
      INSERT INTO pt SELECT code, name, lon, lat FROM ranked WHERE k <= missing;" >/dev/null
  done
  # Kecamatan still short (slivers a bounding box hardly covers): the rest at
  # their point on surface.
  sql "$pts" "ATTACH '$p' AS p;" \
    "WITH RECURSIVE want AS (SELECT k.code, k.name, k.need - (SELECT count(*) FROM pt WHERE pt.code = k.code) AS missing FROM kec k),
      i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 1000)
    INSERT INTO pt SELECT w.code, w.name, X(ST_PointOnSurface(a.geom)), Y(ST_PointOnSurface(a.geom))
      FROM want w JOIN i ON i.n <= w.missing JOIN p.admin_area a ON a.code = w.code WHERE w.missing > 0;" >/dev/null
  step "posyandu points: $(sql "$pts" "SELECT count(*) FROM pt;")"
  sql "$pts" -csv -header "SELECT printf('PYN%07d', row_number() OVER (ORDER BY code, rowid)) AS kode_posyandu,
      'Posyandu ' || name || ' ' || row_number() OVER (PARTITION BY code ORDER BY rowid) AS nama_posyandu,
      '' AS desa, name AS kecamatan, printf('%.6f', lat) AS latitude, printf('%.6f', lon) AS longitude FROM pt ORDER BY code, rowid;" >"$out"
  rm -f "$pts"
}

build_national() {
  local p=$work/national.sqlite
  [[ -f $p ]] && return
  rm -f "$p.part"
  step "national.sqlite: provinsi, kabupaten, kecamatan (petasehat import boundaries)"
  "$bin" init "$p.part" >/dev/null
  for layer in provinsi kabupaten kecamatan; do
    "$bin" import boundaries "$p.part" "$gpkg" --layer $layer >/dev/null
  done
  step "national indicators 2021-2024 (synthetic CSV, petasehat import indicators)"
  national_indicators_csv "$p.part" "$work/national_indikator.csv"
  "$bin" import indicators "$p.part" "$work/national_indikator.csv" --report "$work/national_ind_report.csv" >/dev/null
  step "national posyandu: $posyandu_total points inside kecamatan"
  national_posyandu_csv "$p.part" "$work/national_posyandu.csv" "$posyandu_total"
  step "national posyandu (petasehat import facilities)"
  "$bin" import facilities "$p.part" "$work/national_posyandu.csv" --type posyandu \
    --report "$work/national_posyandu_report.csv" >/dev/null || [[ $? == 2 ]]
  # A kecamatan name repeats across Indonesia ("Karanganyar", "Wonosari") and a
  # national list without desa cannot tell them apart: the import flags those
  # rows without a kecamatan. As an office confirms flagged rows, each is placed
  # in the kecamatan its point lies in (SpatiaLite ST_Within over the index).
  step "national posyandu: $(sql "$p.part" "SELECT count(*) FROM facility WHERE kecamatan_code IS NULL;") flagged (kecamatan name in several kabupaten), placed by their point"
  sql "$p.part" "UPDATE facility SET kecamatan_code = (SELECT a.code FROM admin_area a WHERE a.level = 'kecamatan'
      AND a.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'admin_area' AND search_frame = facility.geom)
      AND ST_Within(facility.geom, a.geom) LIMIT 1) WHERE kecamatan_code IS NULL;" >/dev/null
  mv "$p.part" "$p"
}

build_jateng
split_all jateng kabupaten
national=1; [[ " ${PS_BENCH_SKIP:-} " == *" national "* ]] && national=0
((national)) && { build_national; split_all national provinsi; }
echo "scale data in $work:"
sql "$work/jateng.sqlite" "SELECT '  jateng.sqlite: ' || (SELECT count(*) FROM admin_area) || ' areas, ' || (SELECT count(*) FROM facility) || ' facilities ('
  || (SELECT count(*) FROM facility WHERE kecamatan_code IS NULL AND desa_code IS NULL) || ' unplaced), ' || (SELECT count(*) FROM indicator_value) || ' indicator values';"
echo "  jateng/: $(ls "$work/jateng" | grep -c '\.sqlite$') kabupaten/kota projects"
((national)) && sql "$work/national.sqlite" "SELECT '  national.sqlite: ' || (SELECT count(*) FROM admin_area WHERE level = 'kecamatan') || ' kecamatan, ' || (SELECT count(*) FROM facility) || ' posyandu ('
  || (SELECT count(*) FROM facility WHERE kecamatan_code IS NULL AND desa_code IS NULL) || ' unplaced), ' || (SELECT count(*) FROM indicator_value) || ' indicator values';"
((national)) && echo "  national/: $(ls "$work/national" | grep -c '\.sqlite$') province projects"
exit 0
