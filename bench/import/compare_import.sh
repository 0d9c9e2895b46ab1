#!/bin/sh
# Compares what two `import facilities` runs stored: every facility row (codes, status,
# method, point as WKB hex, radius, score, note, raw row), the spatial index and the per-row
# report. A speed change must leave them identical.
#   compare_import.sh A.sqlite A_report.csv B.sqlite B_report.csv
set -eu
[ $# -eq 4 ] || { echo "usage: $0 A.sqlite A.csv B.sqlite B.csv" >&2; exit 2; }
dump() {
    sqlite3 "$1" "SELECT id, code, type, name, desa_code, kecamatan_code, status, method, uncertainty_m, match_score,
                         note, source_file, source_row, raw, import_id, hex(geom), updated_by, updated_at
                  FROM facility ORDER BY id;
                  SELECT '#rtree', pkid, xmin, xmax, ymin, ymax FROM idx_facility_geom ORDER BY pkid;
                  SELECT '#index', name, sql FROM sqlite_master WHERE tbl_name = 'facility' ORDER BY name;"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dump "$1" > "$tmp/a.txt"
dump "$3" > "$tmp/b.txt"
status=0
if cmp -s "$tmp/a.txt" "$tmp/b.txt"; then
    echo "facility table identical: $(sqlite3 "$1" 'SELECT count(*) FROM facility') rows," \
         "$(sqlite3 "$1" 'SELECT count(*) FROM idx_facility_geom') spatial index entries"
else
    echo "facility table DIFFERS:"; diff "$tmp/a.txt" "$tmp/b.txt" | head -20; status=1
fi
if cmp -s "$2" "$4"; then
    echo "report identical: $(($(wc -l < "$2") - 1)) rows"
else
    echo "report DIFFERS:"; diff "$2" "$4" | head -20; status=1
fi
exit $status
