#!/usr/bin/env bash
# Builds PetaSehat with clang's AddressSanitizer + UndefinedBehaviorSanitizer in
# its own folder (build-asan), runs the tests under them, then every libFuzzer
# target in fuzz/ for a short budget over its seed corpus (fuzz/corpus/<name>,
# plus tests/corrupt for the table reader). Any sanitizer report fails the run.
#   SANITIZE_TESTS="core io geocode"  the test binaries to build and run ("all" = every test, with the
#                                     CLI end-to-end tests; otherwise those skip, since building the CLI
#                                     builds every module, and tests/corrupt reaches the table reader
#                                     under ASan as the fuzz_table seed corpus instead)
#   FUZZ_SECONDS=30                   budget per fuzz target (0 = skip fuzzing)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-tests
BUILD=${SANITIZE_BUILD_DIR:-build-asan}
TESTS=${SANITIZE_TESTS:-core io geocode}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
JOBS=${JOBS:-$(nproc)}
LAUNCHER=()
if command -v ccache >/dev/null; then LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

# -fsanitize=fuzzer-no-link instruments every library for coverage; only fuzz_* link libFuzzer's main.
FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_COMPILER=clang++-14 "${LAUNCHER[@]}" \
  -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DPETASEHAT_BUILD_BENCH=OFF -DPETASEHAT_FUZZ=ON \
  -DPETASEHAT_TESTS_WITHOUT_CLI=$([[ "$TESTS" == all ]] && echo OFF || echo ON) >/dev/null

targets=(fuzz_coordinates fuzz_number fuzz_names fuzz_headers fuzz_table)
if [[ "$TESTS" == all ]]; then
  targets=(all)
else
  for t in $TESTS; do targets+=("test_$t"); done
fi
time cmake --build "$BUILD" -j "$JOBS" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

if [[ "$TESTS" == all ]]; then
  time ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" --timeout 2400
else
  for t in $TESTS; do
    echo "== test_$t under ASan/UBSan"
    time "$BUILD/tests/$t/test_$t" --gtest_brief=1
  done
fi

if [[ "$FUZZ_SECONDS" -gt 0 ]]; then
  artifacts=$BUILD/fuzz/artifacts
  mkdir -p "$artifacts"
  for name in coordinates number names headers table; do
    work=$(mktemp -d)
    seeds=(fuzz/corpus/$name)
    [[ $name == table ]] && seeds+=(tests/corrupt)
    echo "== fuzz_$name for ${FUZZ_SECONDS}s"
    # libFuzzer exits non-zero on a crash, a leak or a sanitizer report and saves the input in $artifacts.
    if ! "$BUILD/fuzz/fuzz_$name" -max_total_time="$FUZZ_SECONDS" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$artifacts/$name-" -print_final_stats=1 "$work" "${seeds[@]}" >"$artifacts/$name.log" 2>&1; then
      tail -60 "$artifacts/$name.log"
      echo "fuzz_$name failed; the input is in $artifacts"
      exit 1
    fi
    grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units" "$artifacts/$name.log" || true
    rm -rf "$work"
  done
fi
echo "sanitizers: no report"
