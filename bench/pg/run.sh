#!/usr/bin/env bash
# Scale run of the province's PostGIS database (issue 16, item 6). Prints figures:
#   1. the 35 Jawa Tengah kabupaten/kota published one by one (each as its own
#      role kab33XX), wall and CPU (user+sys) of each whole `petasehat publish`;
#      then a repeat of all 35 (must change nothing);
#   2. the simulated national set (7,285 kecamatan, 4 years of indicators,
#      300,000 posyandu) in 38 province projects, published per kabupaten (514);
#   3. `render` of the national kecamatan map from SpatiaLite and from PG:;
#   4. `petasehat serve` throughput with wrk: cached tiles, uncached tiles, JSON
#      API; one server direct, and one and two server processes behind HAProxy.
# The load average (1, 5, 15 min) stands beside every figure: the machine is shared.
#
#   bash bench/pg/run.sh [PETASEHAT_BINARY] [WORKDIR]
# Data: bench/pg/scale_data.sh (built into WORKDIR when missing).
# Database: a throwaway PostgreSQL 15 + PostGIS 3 cluster in a temporary folder
# (unix socket only; as root the server runs as `nobody`), or an existing one:
#   PS_BENCH_PG="host=H port=P dbname=D"  (owner role: PS_BENCH_PG_USER, default psadmin;
#   it must be empty of petasehat data, and trust/.pgpass auth for the kabXXXX roles).
# Options (environment): PS_BENCH_SKIP="jateng national render serve" skips parts
#   (also "render-sqlite", "serve-sqlite": only the PG: figures);
#   PS_BENCH_KEEP=1 leaves the throwaway cluster running (its PS_BENCH_PG is printed);
#   PS_BENCH_WRK_SECONDS (default 10); PS_BENCH_SERVE_SOURCE (default national.sqlite).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=$(realpath "${1:-$root/build/bin/petasehat}")
work=$(realpath -m "${2:-/tmp/petasehat-bench-pg}")
pgbin=${PETASEHAT_PG_BIN:-/usr/lib/postgresql/15/bin}
secs=${PS_BENCH_WRK_SECONDS:-10}
skip=" ${PS_BENCH_SKIP:-} "
bash "$here/scale_data.sh" "$bin" "$work" 2>"$work.data.log" || { cat "$work.data.log"; exit 1; }
[[ -f $work/jateng.sqlite ]] || { echo "bench/pg: no scale data (../shared/data absent), skipped"; exit 0; }

tmp=$(mktemp -d /tmp/ps-pgbench-XXXXXX)
chmod 755 "$tmp"
pids=()
cluster=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  if [[ -n ${PS_BENCH_KEEP:-} && -n $cluster ]]; then
    echo "cluster kept (PS_BENCH_KEEP): PS_BENCH_PG=\"$base\"; stop with: runuser -u nobody -- $pgbin/pg_ctl -D $cluster stop; rm -rf $tmp"
    return
  fi
  if [[ -n $cluster ]]; then as_pg "$pgbin/pg_ctl" -D "$cluster" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
figures=$tmp/figures.txt
# figure LABEL VALUE: a line of the final table, with the load average now.
figure() { printf '%-58s %-34s load %s\n' "$1" "$2" "$(load)" | tee -a "$figures"; }

# --- the database ----------------------------------------------------------
if [[ -n ${PS_BENCH_PG:-} ]]; then
  base=$PS_BENCH_PG
  owner_user=${PS_BENCH_PG_USER:-psadmin}
else
  [[ -x $pgbin/initdb ]] || { echo "bench/pg: $pgbin/initdb absent (scripts/setup.sh --with-postgis)"; exit 1; }
  cluster=$tmp/pgdata
  [[ $(id -u) == 0 ]] && chown nobody "$tmp"
  as_pg "$pgbin/initdb" -D "$cluster" -U pgsuper --auth=trust -E UTF8 >/dev/null
  port=$(free_port)
  # Durable (fsync on) like a province server; larger WAL so the national load is not all checkpoints.
  as_pg "$pgbin/pg_ctl" -D "$cluster" -l "$tmp/pg.log" -w -o "-k $tmp -p $port -c listen_addresses='' -c shared_buffers=256MB -c max_wal_size=2GB" start >/dev/null
  super="host=$tmp port=$port user=pgsuper"
  psql -qX "$super dbname=postgres" -c "CREATE ROLE psadmin LOGIN CREATEROLE" -c "CREATE DATABASE petasehat OWNER psadmin"
  psql -qX "$super dbname=petasehat" -c "CREATE EXTENSION postgis"
  base="host=$tmp port=$port dbname=petasehat"
  owner_user=psadmin
fi
owner="PG:$base user=$owner_user"
export XDG_CACHE_HOME=$tmp/cache   # the PG: mirrors of this run
echo "bench/pg: $(nproc) cores, PostgreSQL $(psql -XtAc 'SHOW server_version' "$base user=$owner_user"), binary $bin"
"$bin" pg init "$owner" >/dev/null
"$bin" pg roles "$owner" --province 33 --from "$work/jateng.sqlite" >/dev/null

# CPU seconds of the server's backends that have ended: the postmaster reaps
# them, so they add up in its children's user+sys (/proc/PID/stat, fields 16-17).
# Only for the throwaway cluster; 0 for PS_BENCH_PG.
pg_cpu() {
  if [[ -z $cluster ]]; then echo 0; return; fi
  awk -v hz="$(getconf CLK_TCK)" '{ print ($16 + $17) / hz }' "/proc/$(head -1 "$cluster/postmaster.pid")/stat"
}

# publish PROJECT ROLE [args...]: one `petasehat publish`, timed; sets wall, cpu,
# dbcpu (its backend's CPU), changed (rows new+changed+deleted) and rc; the
# output stays in $tmp/publish.out.
publish() {
  local project=$1 role=$2; shift 2
  rc=0
  local db0; db0=$(pg_cpu)
  /usr/bin/time -f "%e %U %S" -o "$tmp/time${pf:-}" "$bin" publish "$project" "PG:$base user=$role" "$@" \
    >"$tmp/publish${pf:-}.out" 2>"$tmp/publish${pf:-}.err" || rc=$?
  read -r wall u s < <(tail -1 "$tmp/time${pf:-}")
  cpu=$(echo "$u + $s" | bc)
  sleep 0.05   # the backend exits just after the client
  dbcpu=$(echo "$(pg_cpu) - $db0" | bc)
  # Table lines: name, new, changed, deleted, unchanged (numbers in the Indonesian locale: 1.234).
  changed=$(awk 'NF >= 5 && $NF ~ /^[0-9.]+$/ { for (i = NF - 3; i <= NF - 1; ++i) { gsub(/\./, "", $i); n += $i } } END { print n + 0 }' "$tmp/publish${pf:-}.out")
  if [[ $rc != 0 && $rc != 3 ]]; then echo "publish $project failed ($rc):"; cat "$tmp/publish${pf:-}.err"; exit 1; fi
}

# --- 1. Jawa Tengah: 35 districts, then the repeat ---------------------------
rounds="first repeat"; [[ $skip == *" jateng "* ]] && rounds=""
for round in $rounds; do
  total_wall=0 total_cpu=0 total_db=0 total_changed=0 unchanged=0 n=0 conflicts=0
  echo "Jawa Tengah, $round publish (wall s, CPU s = user+sys of the whole command, db = CPU s of its PostgreSQL backend, rows written, load 1/5/15):"
  for project in "$work"/jateng/33.*.sqlite; do
    d=$(basename "$project" .sqlite)
    publish "$project" "kab${d/./}"
    [[ $rc == 3 ]] && conflicts=$((conflicts + 1))
    grep -q "Tidak ada perubahan" "$tmp/publish.out" && unchanged=$((unchanged + 1))
    printf '  %s  wall %6.2f  cpu %6.2f  db %6.2f  rows %7d  load %s\n' "$d" "$wall" "$cpu" "$dbcpu" "$changed" "$(load)"
    total_wall=$(echo "$total_wall + $wall" | bc); total_cpu=$(echo "$total_cpu + $cpu" | bc); total_db=$(echo "$total_db + $dbcpu" | bc)
    total_changed=$((total_changed + changed)); n=$((n + 1))
  done
  figure "publish Jawa Tengah, $round, $n districts (total)" "wall $total_wall s, CPU $total_cpu s, db $total_db s"
  figure "  rows written; 'Tidak ada perubahan' / with conflicts" "$total_changed; $unchanged / $conflicts"
done
psql -XtAc "SELECT 'database after Jawa Tengah: ' || (SELECT count(*) FROM petasehat.area) || ' areas, '
  || (SELECT count(*) FROM petasehat.facility) || ' facilities, ' || (SELECT count(*) FROM petasehat.indicator_value)
  || ' indicator values, ' || pg_size_pretty(pg_database_size(current_database()))" "$base user=$owner_user"

# --- 2. national: 38 province projects, 514 districts ------------------------
# PS_BENCH_JOBS publishes at a time (default 2, as districts publish whenever
# their rakor ends); the backends' CPU is then measured for the whole phase.
if [[ $skip != *" national "* ]]; then
  jobs=${PS_BENCH_JOBS:-2}
  echo "National set, one publish per kabupaten/kota (as its role kabNNNN), $jobs at a time; per province (each district: $work/national_districts.txt):"
  for project in "$work"/national/*.sqlite; do
    "$bin" pg roles "$owner" --province "$(basename "$project" .sqlite)" --from "$project" >/dev/null
  done
  national_worker() {   # W: every jobs-th province project from the W-th
    local w=$1 i=0 project prov d
    pf=_$w
    for project in "$work"/national/*.sqlite; do
      ((i++ % jobs == w)) || continue
      prov=$(basename "$project" .sqlite)
      for d in $(sqlite3 "$project" "SELECT DISTINCT substr(code, 1, 5) FROM admin_area WHERE level = 'kecamatan' ORDER BY 1"); do
        publish "$project" "kab${d/./}" --district "$d"
        echo "$prov $d $wall $cpu $changed $(load)" >>"$tmp/national$pf.txt"
      done
    done
  }
  db0=$(pg_cpu); t0=$(date +%s.%N)
  workers=()
  for ((w = 0; w < jobs; ++w)); do national_worker $w & workers+=($!); done
  for p in "${workers[@]}"; do wait "$p" || { echo "a national publish failed"; exit 1; }; done
  elapsed=$(echo "$(date +%s.%N) - $t0" | bc); dball=$(echo "$(pg_cpu) - $db0" | bc)
  sort -k2 "$tmp"/national_*.txt >"$work/national_districts.txt"
  awk '{ w[$1] += $3; c[$1] += $4; n[$1]++ } END { for (p in w) printf "  %s  %3d districts  wall %7.2f  cpu %7.2f\n", p, n[p], w[p], c[p] }' \
    "$work/national_districts.txt" | sort
  read -r n sw sc rows maxw maxd < <(awk '{ n++; w += $3; c += $4; r += $5; if ($3 > m) { m = $3; d = $2 } } END { print n, w, c, r, m, d }' "$work/national_districts.txt")
  figure "publish national set, $n districts, $jobs at a time (elapsed)" "wall $elapsed s, db $dball s"
  figure "  sum over districts (each whole command)" "wall $sw s, CPU $sc s"
  figure "  slowest district; rows written" "$maxd wall $maxw s; $rows"
  psql -XtAc "SELECT 'database after national: ' || (SELECT count(*) FROM petasehat.area) || ' areas, '
    || (SELECT count(*) FROM petasehat.facility) || ' facilities, ' || (SELECT count(*) FROM petasehat.indicator_value)
    || ' indicator values, ' || pg_size_pretty(pg_database_size(current_database()))" "$base user=$owner_user"
fi

# --- 3. render the national map --------------------------------------------
# timed LABEL COMMAND...: wall and CPU of one command into the table.
timed() {
  local label=$1; shift
  if /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >"$tmp/cmd.out" 2>&1; then
    read -r wall u s < <(tail -1 "$tmp/time")
    figure "$label" "wall $wall s, CPU $(echo "$u + $s" | bc) s"
  else
    figure "$label" "FAILED (exit $(tail -2 "$tmp/time" | head -1 | grep -o '[0-9]*$'))"
    head -3 "$tmp/cmd.out" | sed 's/^/    /'
  fi
}
render_args=(--level kecamatan --indicator stunting)
if [[ $skip != *" render "* ]]; then
  [[ $skip == *" render-sqlite "* ]] ||
    timed "render national kecamatan map, SpatiaLite (national.sqlite)" "$bin" render "$work/national.sqlite" "${render_args[@]}" --out "$tmp/national.png"
  # PG: reads through a local mirror (~/.cache/petasehat/pg, here under $tmp): the
  # first command copies the database (cold), the next asks it one query (warm).
  timed "render national kecamatan map, PG: cold (mirror copied)" "$bin" render "PG:$base user=viewer" "${render_args[@]}" --out "$tmp/national_pg.png"
  timed "render national kecamatan map, PG: warm (mirror current)" "$bin" render "PG:$base user=viewer" "${render_args[@]}" --out "$tmp/national_pg.png"
  for f in national national_pg; do [[ -f $tmp/$f.png ]] && cp "$tmp/$f.png" "$work/$f.png"; done
fi

# --- 4. server throughput ----------------------------------------------------
# bench_serve SOURCE LABEL: wrk against one `serve SOURCE` directly, then one and
# two of them behind HAProxy (round robin; config written here, loopback port).
bench_serve() {
  local source=$1 label=$2 p1 p2 plb
  serve_start() {   # PORT: starts `serve SOURCE`, waits until it answers (or says why not)
    "$bin" serve "$source" --port "$1" --no-access-log >"$tmp/serve_$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 600); do
      curl -sf -o /dev/null "http://127.0.0.1:$1/api/indicators" && return 0
      kill -0 "${pids[-1]}" 2>/dev/null || break
      sleep 0.5
    done
    figure "serve $label" "FAILED to start: $(grep -m1 -i 'galat\|error' "$tmp/serve_$1.log" | cut -c1-60)"
    return 1
  }
  stop_last() { kill "${pids[-1]}" 2>/dev/null || true; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }
  p1=$(free_port); p2=$(free_port); plb=$(free_port)
  serve_start "$p1" || { stop_last; return 0; }
  serve_start "$p2" || { stop_last; stop_last; return 0; }
  haproxy_conf() {   # FILE PORTS...
    local f=$1; shift
    { printf 'global\n  maxconn 2000\n  pidfile %s/haproxy.pid\ndefaults\n  mode http\n  timeout connect 5s\n  timeout client 60s\n  timeout server 60s\n' "$tmp"
      printf 'frontend fe\n  bind 127.0.0.1:%s\n  default_backend be\nbackend be\n  balance roundrobin\n' "$plb"
      for p in "$@"; do printf '  server s%s 127.0.0.1:%s\n' "$p" "$p"; done; } >"$f"
  }
  for p in $p1 $p2; do   # warm the cached set in both processes
    for x in 6606 6607 6608 6609; do for y in 4254 4255 4256 4257; do
      curl -sf -o /dev/null "http://127.0.0.1:$p/tiles/stunting/13/$x/$y.png" || echo "warm tile $x/$y on $p failed"
    done; done
  done
  # bench_wrk SETUP PORT: the three workloads against one address.
  bench_wrk() {
    local setup=$1 port=$2 kind
    for kind in cached uncached api; do
      local conns=8; [[ $kind == uncached ]] && conns=4
      PS_TILE_OFFSET=$offset wrk -t2 -c$conns -d${secs}s --latency -s "$tmp/$kind.lua" "http://127.0.0.1:$port" >"$tmp/wrk.out" 2>&1 || true
      [[ $kind == uncached ]] && offset=$((offset + 5000))
      local rps p99 errs
      rps=$(awk '/Requests\/sec/ { print $2 }' "$tmp/wrk.out")
      p99=$(awk '$1 == "99%" { print $2 }' "$tmp/wrk.out")
      errs=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$tmp/wrk.out" | grep -o '[0-9]*$' || echo 0)
      figure "serve $label ($setup): $kind, c=$conns" "${rps:-?} req/s, p99 ${p99:-?}, non-2xx ${errs}"
    done
  }
  bench_wrk "1 process, direct" "$p1"
  haproxy_conf "$tmp/one.cfg" "$p1"
  haproxy -f "$tmp/one.cfg" -db >"$tmp/haproxy1.log" 2>&1 & pids+=($!); sleep 1
  bench_wrk "1 process, HAProxy" "$plb"
  stop_last
  haproxy_conf "$tmp/two.cfg" "$p1" "$p2"
  haproxy -f "$tmp/two.cfg" -db >"$tmp/haproxy2.log" 2>&1 & pids+=($!); sleep 1
  bench_wrk "2 processes, HAProxy" "$plb"
  stop_last; stop_last; stop_last
}

if [[ $skip != *" serve "* ]]; then
  command -v wrk >/dev/null || { echo "wrk absent (scripts/setup.sh --with-tests)"; exit 1; }
  command -v haproxy >/dev/null || { echo "haproxy absent (scripts/setup.sh --with-postgis)"; exit 1; }
  # Lua for wrk: cached = 16 tiles around Semarang fetched before; uncached = a new z13 tile over
  # Java at every request (run k starts at its own offset, so no run reuses another's tiles);
  # api = kecamatan values of one kabupaten (/api/areas), over the 35 of Jawa Tengah.
  cat >"$tmp/cached.lua" <<'EOF'
local tiles = {}
for x = 6606, 6609 do for y = 4254, 4257 do tiles[#tiles + 1] = "/tiles/stunting/13/" .. x .. "/" .. y .. ".png" end end
local i = 0
request = function() i = i + 1; return wrk.format("GET", tiles[i % #tiles + 1]) end
EOF
  cat >"$tmp/uncached.lua" <<'EOF'
-- thread:set makes `id` a global of that thread's Lua state (0, 1).
local n = 0
local offset = tonumber(os.getenv("PS_TILE_OFFSET") or "0")
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
request = function()
  local k = offset + (id or 0) + 2 * n; n = n + 1
  local x, y = 6484 + k % 228, 4229 + math.floor(k / 228) % 68
  return wrk.format("GET", "/tiles/stunting/13/" .. x .. "/" .. y .. ".png")
end
EOF
  cat >"$tmp/api.lua" <<'EOF'
local codes = {}
for i = 1, 29 do codes[#codes + 1] = string.format("33.%02d", i) end
for i = 71, 76 do codes[#codes + 1] = "33." .. i end
local i = 0
request = function() i = i + 1; return wrk.format("GET", "/api/areas?indicator=stunting&level=kecamatan&prefix=" .. codes[i % #codes + 1]) end
EOF
  offset=0
  [[ $skip == *" serve-sqlite "* ]] || bench_serve "${PS_BENCH_SERVE_SOURCE:-$work/national.sqlite}" "SQLite"
  bench_serve "PG:$base user=viewer" "PG:"
fi

echo
echo "Figures ($(nproc) cores, shared machine; load average 1/5/15 min beside each):"
cat "$figures"
