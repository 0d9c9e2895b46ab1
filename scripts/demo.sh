#!/usr/bin/env bash
# The README's first command: installs what is missing, builds `petasehat`,
# generates the built-in demo district (no other files needed) and renders
# every map template in maps/ into out/.
#   BUILD_DIR (default build), OUT_DIR (default out), JOBS (default 2) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
OUT_DIR=${OUT_DIR:-out}
JOBS=${JOBS:-2}
BIN="$BUILD_DIR/bin/petasehat"

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\ndemo.sh: GAGAL: %s\n' "$*" >&2; exit 1; }

step "1/4 Paket Debian (hanya yang belum terpasang)"
bash scripts/setup.sh || fail "scripts/setup.sh tidak berhasil memasang paket"

step "2/4 Kompilasi petasehat ($BUILD_DIR, -j$JOBS)"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null || fail "cmake (konfigurasi) gagal"
cmake --build "$BUILD_DIR" -j "$JOBS" --target petasehat || fail "kompilasi petasehat gagal"
[[ -x "$BIN" ]] || fail "$BIN tidak ditemukan setelah kompilasi"

step "3/4 Kabupaten contoh -> $OUT_DIR/demo.sqlite"
mkdir -p "$OUT_DIR"
"$BIN" demo "$OUT_DIR" || fail "petasehat demo gagal"

step "4/4 Peta -> $OUT_DIR/"
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

# --- HOOK: desktop app -------------------------------------------------------
# When a display is present and the desktop app has been built, open the demo
# project in it. (The desktop app comes with a later issue; nothing happens
# until then.)
DESKTOP="$BUILD_DIR/bin/petasehat-desktop"
if [[ -n "${DISPLAY:-}" && -x "$DESKTOP" ]]; then
  echo "Membuka $OUT_DIR/demo.sqlite di $DESKTOP ..."
  "$DESKTOP" "$OUT_DIR/demo.sqlite" >/dev/null 2>&1 &
fi
# -----------------------------------------------------------------------------
