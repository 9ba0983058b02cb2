#!/usr/bin/env bash
# Runs every test suite and ends with one line "N passed, N failed".
#   1. release build: unit tests (tests/unit), black-box tests (tests/e2e)
#   2. ASan+UBSan build: unit tests and black-box tests again
#   3. browser test (tests/browser, Chromium driven by playwright-core)
# Each suite prints its own "N passed, N failed"; this adds them up.
# LS_SKIP_ASAN=1 or LS_SKIP_BROWSER=1 skip a tier (for quick local runs).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)
total_pass=0
total_fail=0
log_dir="$root/tests/artifacts/logs"
mkdir -p "$log_dir"

# run_suite NAME CMD...: runs a suite, echoes its output, adds its counts.
run_suite() {
  local name=$1; shift
  local log="$log_dir/$name.log"
  echo "== $name"
  "$@" >"$log" 2>&1
  local rc=$?
  grep -E '^(FAIL|not ok)|^  ' "$log" | head -50
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  if [ -z "$line" ]; then
    echo "   $name printed no result line (exit $rc); counted as one failure"
    tail -20 "$log"
    total_fail=$((total_fail + 1))
    return
  fi
  local p f
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
  f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "   $name exited $rc with no failed test; counted as one failure"
    tail -20 "$log"
    f=1
  fi
  echo "   $name: $line"
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
}

# unit_suites BUILD_DIR TAG: every test_<layer> executable in the build.
unit_suites() {
  local dir=$1 tag=$2
  for t in "$dir"/test_*; do
    [ -x "$t" ] || continue
    run_suite "$tag-$(basename "$t")" "$t"
  done
}

build() {
  local dir=$1; shift
  cmake -S . -B "$dir" "$@" >/dev/null && cmake --build "$dir" -j"$jobs" >"$log_dir/build-$(basename "$dir").log" 2>&1
  local rc=$?
  if [ $rc -ne 0 ]; then
    tail -40 "$log_dir/build-$(basename "$dir").log"
    echo "build of $dir failed"
  fi
  return $rc
}

if [ -f tests/package.json ] && [ ! -d tests/node_modules ]; then
  (cd tests && npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null 2>&1)
fi

if build build -DCMAKE_BUILD_TYPE=RelWithDebInfo; then
  unit_suites build unit
  run_suite e2e env LINKSNAP_BIN="$root/build/linksnap" python3 tests/e2e/run.py
else
  total_fail=$((total_fail + 1))
fi

if [ "${LS_SKIP_ASAN:-0}" != 1 ]; then
  if build build-asan -DCMAKE_BUILD_TYPE=Debug -DLS_SANITIZE=ON; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    unit_suites build-asan asan-unit
    run_suite asan-e2e env LINKSNAP_BIN="$root/build-asan/linksnap" E2E_TIME_SCALE=10 E2E_RSS_LIMIT_MB=0 python3 tests/e2e/run.py
  else
    total_fail=$((total_fail + 1))
  fi
fi

if [ "${LS_SKIP_BROWSER:-0}" != 1 ] && [ -f tests/browser/test_browser.mjs ]; then
  run_suite browser env LINKSNAP_BIN="$root/build/linksnap" node tests/browser/test_browser.mjs
fi

echo
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
