#!/usr/bin/env bash
# Load and abuse run of the office map server on loopback: builds (once) a Jawa
# Tengah project from ../shared/data, starts `petasehat serve` under a
# 1024-descriptor limit, runs bench/server/abuse.py (slow readers, abandoned
# renders, cost amplification, idle and slowloris sockets, pipelining,
# oversize requests, a mixed wrk soak), prints RSS, throughput, p99 and the load
# average, and stops the server.
#   bash bench/server/run_abuse.sh [PETASEHAT_BINARY] [WORKDIR] [abuse.py options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/bin/petasehat}
work=${2:-/tmp/petasehat-bench-server}
shift 2 || shift $#
data=$root/../shared/data
if [[ ! -d $data/sample/jawa_tengah ]]; then echo "run_abuse: ../shared/data absent, skipped"; exit 0; fi
mkdir -p "$work"
proj=$work/jateng.sqlite
if [[ ! -f $proj ]]; then
  echo "building $proj (kecamatan of Jawa Tengah, indicators, puskesmas and posyandu)"
  "$bin" init "$proj.tmp" >/dev/null
  "$bin" import boundaries "$proj.tmp" "$data/boundaries/indonesia_admin.gpkg" --layer kecamatan --within 33 >/dev/null
  "$bin" import indicators "$proj.tmp" "$data/sample/jawa_tengah/indikator_kecamatan.xlsx" >/dev/null
  "$bin" import facilities "$proj.tmp" "$data/sample/jawa_tengah/puskesmas.csv" --type puskesmas >/dev/null || true
  "$bin" import facilities "$proj.tmp" "$data/sample/jawa_tengah/posyandu.csv" --type posyandu >/dev/null || true
  mv "$proj.tmp" "$proj"
fi
port=$((20000 + RANDOM % 20000))
extra=(); if "$bin" serve --help 2>&1 | grep -q no-access-log; then extra=(--no-access-log); fi
( ulimit -n 1024; exec "$bin" serve "$proj" --port "$port" --threads 2 "${extra[@]}" >"$work/serve.log" 2>&1 ) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/api/indicators"; then break; fi
  sleep 0.2
done
ulimit -n 8192
python3 "$here/abuse.py" --port "$port" --pid "$pid" "$@"
