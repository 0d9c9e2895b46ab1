#!/usr/bin/env bash
# Installs the Debian 12 packages PetaSehat needs, only those that are missing.
# Idempotent; runs as root without a prompt (uses sudo when not root).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  qt6-base-dev qt6-svg-dev qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libxkbcommon-dev
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-bin proj-data
  libsqlite3-dev sqlite3 libpng-dev libspatialite-dev libsqlite3-mod-spatialite
  googletest libgtest-dev
  fonts-dejavu-core fonts-noto-core
  libjs-leaflet libmicrohttpd-dev
)
# Only needed to run the GUI/web tests and benchmarks (screenshots, headless browser, load),
# the WMS conformance check, and the ASan/UBSan build with its libFuzzer targets (scripts/test-sanitizers.sh).
TEST_PACKAGES=(xvfb xauth x11-apps imagemagick poppler-utils chromium wrk python3-owslib curl clang-14 libclang-rt-14-dev)

# The province's PostGIS database (`petasehat publish`, `pg`): libpq to build src/pg, and
# PostgreSQL 15 + PostGIS 3 for the throwaway clusters of tests/pg (or a province server);
# HAProxy balances several `serve` processes (bench/pg/run.sh, or the province's map service).
POSTGIS_PACKAGES=(libpq-dev postgresql-15-postgis-3 haproxy)

want=("${PACKAGES[@]}")
for arg in "$@"; do
  case "$arg" in
    --with-tests) want+=("${TEST_PACKAGES[@]}" "${POSTGIS_PACKAGES[@]}") ;;
    --with-postgis) want+=("${POSTGIS_PACKAGES[@]}") ;;
    *) echo "setup: unknown option $arg (known: --with-tests, --with-postgis)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#want[@]} packages already installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
