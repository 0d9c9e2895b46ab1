#!/bin/sh
# `render` of a map from PG: (cold mirror, then warm) beside the same map from
# the SpatiaLite project: whole command, wall and CPU seconds, load average.
# Usage: bench/pgmirror/render_pg.sh BUILD_DIR PROJECT.sqlite [KEEP_DIR]
# PROJECT: a multi-district project (e.g. bench_coverage's Jawa Tengah truth
# project); each kabupaten is published as its own district by the owner role.
# A throwaway PostgreSQL 15 + PostGIS cluster runs in KEEP_DIR (or a temp dir)
# as `nobody` when run as root, and is stopped at the end.
set -eu
BUILD=$(cd "$1" && pwd); PROJECT=$(readlink -f "$2"); DIR=${3:-$(mktemp -d /tmp/pgmirror-bench-XXXXXX)}
EXE=$BUILD/bin/petasehat
PGBIN=${PETASEHAT_PG_BIN:-/usr/lib/postgresql/15/bin}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
mkdir -p "$DIR"; chmod 777 "$DIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$PGBIN/initdb" -D "$DIR/data" -U pgsuper --auth=trust -E UTF8 --no-sync >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-k $DIR -p $PORT -c listen_addresses='' -c fsync=off" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null' EXIT
SUPER="host=$DIR port=$PORT user=pgsuper dbname="
"$PGBIN/psql" -qc "CREATE ROLE psadmin LOGIN CREATEROLE" "${SUPER}postgres"
"$PGBIN/psql" -qc "CREATE DATABASE petasehat OWNER psadmin" "${SUPER}postgres"
"$PGBIN/psql" -qc "CREATE EXTENSION postgis" "${SUPER}petasehat"
PG="PG:host=$DIR port=$PORT dbname=petasehat user=psadmin"
"$EXE" pg init "$PG" >/dev/null
export XDG_CACHE_HOME=$DIR/cache
DISTRICTS=$(sqlite3 "$PROJECT" "SELECT code FROM admin_area WHERE level = 'kabupaten' ORDER BY code")
for d in $DISTRICTS; do "$EXE" publish "$PROJECT" "$PG" --district "$d" >/dev/null; done
echo "published $(echo "$DISTRICTS" | wc -w) districts from $PROJECT"

measure() {   # label, command...
  label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$DIR/time.txt" "$@" >/dev/null 2>"$DIR/err.txt" || { cat "$DIR/err.txt"; exit 1; }
  read -r wall user sys < "$DIR/time.txt"
  printf '%-44s wall %6.2f s  cpu %6.2f s (user %.2f + sys %.2f)  load %s\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$user" "$sys" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
ARGS="--indicator stunting --level kecamatan"
LOCAL=$DIR/local.sqlite; cp "$PROJECT" "$LOCAL"
"$EXE" render "$LOCAL" $ARGS --out "$DIR/warmup.png" >/dev/null   # generalized outlines made once, as a user's first render
for i in 1 2 3; do
  rm -rf "$XDG_CACHE_HOME"
  measure "render PG: (cold: mirror copied) #$i" "$EXE" render "$PG" $ARGS --out "$DIR/pg_cold.png"
  measure "render PG: (warm: mirror current) #$i" "$EXE" render "$PG" $ARGS --out "$DIR/pg_warm.png"
  measure "render SpatiaLite project #$i" "$EXE" render "$LOCAL" $ARGS --out "$DIR/local.png"
done
cmp -s "$DIR/pg_warm.png" "$DIR/local.png" && echo "PNG from PG: and from SpatiaLite: identical" || echo "PNG from PG: and from SpatiaLite differ (see $DIR)"
