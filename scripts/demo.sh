#!/usr/bin/env bash
# The README's first command: installs what is missing, builds `petasehat`,
# generates the built-in demo district (no other files needed) and renders
# every map template in maps/ into out/.
# When a display is present, the demo project then opens in the desktop app.
#   BUILD_DIR (default build), OUT_DIR (default out), JOBS (default 2) may be set;
#   NO_DESKTOP=1 skips opening the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
OUT_DIR=${OUT_DIR:-out}
JOBS=${JOBS:-2}
BIN="$BUILD_DIR/bin/petasehat"
DESKTOP="$BUILD_DIR/bin/petasehat-desktop"

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\ndemo.sh: GAGAL: %s\n' "$*" >&2; exit 1; }

step "1/5 Paket Debian (hanya yang belum terpasang)"
bash scripts/setup.sh || fail "scripts/setup.sh tidak berhasil memasang paket"

step "2/5 Kompilasi petasehat dan petasehat-desktop ($BUILD_DIR, -j$JOBS)"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null || fail "cmake (konfigurasi) gagal"
cmake --build "$BUILD_DIR" -j "$JOBS" --target petasehat petasehat-desktop || fail "kompilasi petasehat gagal"
[[ -x "$BIN" ]] || fail "$BIN tidak ditemukan setelah kompilasi"

step "3/5 Kabupaten contoh -> $OUT_DIR/demo.sqlite"
mkdir -p "$OUT_DIR"
"$BIN" demo "$OUT_DIR" || fail "petasehat demo gagal"

step "4/5 Analisis jangkauan layanan (posyandu 1 km, pustu/poskesdes 2 km, puskesmas 5 km) -> $OUT_DIR/peringkat_desa.csv"
"$BIN" analyze coverage "$OUT_DIR/demo.sqlite" --propose 10 --top 10 --csv "$OUT_DIR/peringkat_desa.csv" ||
  fail "petasehat analyze coverage gagal"

step "5/5 Peta -> $OUT_DIR/"
shopt -s nullglob
templates=(maps/*.json)
maps=()
if ((${#templates[@]} == 0)); then
  # No templates shipped (yet): at least the stunting map of the latest year.
  png="$OUT_DIR/stunting.png"
  "$BIN" render "$OUT_DIR/demo.sqlite" --indicator stunting --out "$png" || fail "render stunting gagal"
  maps+=("$png")
else
  for t in "${templates[@]}"; do
    # Atlas templates (several pages) are written as PDF, the others as PNG.
    ext=png
    if grep -q '"atlas"' "$t"; then ext=pdf; fi
    file="$OUT_DIR/$(basename "$t" .json).$ext"
    echo "  $t -> $file"
    "$BIN" render "$OUT_DIR/demo.sqlite" --template "$t" --out "$file" || fail "render $t gagal"
    maps+=("$file")
  done
fi

step "Selesai. Berkas yang ditulis:"
echo "  $OUT_DIR/demo.sqlite   (proyek SpatiaLite; bisa dibuka di QGIS)"
for f in "$OUT_DIR"/input/*; do echo "  $f"; done
for f in "${maps[@]}"; do echo "  $f"; done
echo "  $OUT_DIR/peringkat_desa.csv   (peringkat desa kurang terlayani)"

# With a display, open the demo project in the desktop app.
if [[ -n "${DISPLAY:-}" && -z "${NO_DESKTOP:-}" && -x "$DESKTOP" ]]; then
  echo
  echo "Membuka $OUT_DIR/demo.sqlite di aplikasi desktop ($DESKTOP) ..."
  nohup "$DESKTOP" "$OUT_DIR/demo.sqlite" >/dev/null 2>&1 &
fi
