#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (CTest), then
# the ASan/UBSan pass with a short fuzz budget (scripts/test-sanitizers.sh).
# Tests that need ../shared/data skip with a message when it is absent.
#   SANITIZERS=0  skips the sanitizer pass (FUZZ_SECONDS sets its fuzz budget, default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-tests
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$BUILD" -j "$(nproc)"
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)" --timeout 1200
if [[ "${SANITIZERS:-1}" != 0 ]]; then
  FUZZ_SECONDS=${FUZZ_SECONDS:-30} bash scripts/test-sanitizers.sh
fi
