#!/bin/sh
# run.sh - the search benchmark: builds the documents (make_docs.py), the
# library in Release and bench_search, runs it and writes RESULTS-search.md.
#   bench/search/run.sh            # 100,000 documents, 15 runs per query
#   N=20000 REPS=5 bench/search/run.sh
# Environment: N, REPS, BUILD (default build-search-bench), WORK (scratch
# folder, default $TMPDIR/linksnap-search-bench), DATA (the page sets).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build-search-bench}
WORK=${WORK:-${TMPDIR:-/tmp}/linksnap-search-bench}
DATA=${DATA:-$ROOT/../shared/bench/extraction/data}
N=${N:-100000}
REPS=${REPS:-15}
mkdir -p "$WORK"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 --target ls_store ls_util >/dev/null
# shellcheck disable=SC2046
cc -O2 -std=c11 -D_GNU_SOURCE -Wall -Wextra -I"$ROOT/src" "$HERE/bench_search.c" \
   -o "$BUILD/bench_search" "$BUILD/libls_store.a" "$BUILD/libls_util.a" \
   $(pkg-config --libs sqlite3 jansson libsodium libzstd zlib) \
   $(pkg-config --exists opencc && pkg-config --libs opencc) \
   $(pkg-config --exists libcrypto && pkg-config --libs libcrypto) -lm
if [ ! -s "$WORK/docs-$N.jsonl" ]; then
  python3 "$HERE/make_docs.py" "$DATA" "$WORK/docs-$N.jsonl" "$N"
fi
OUT="$HERE/RESULTS-search.md"
{
  "$BUILD/bench_search" "$WORK/docs-$N.jsonl" "$WORK" "$REPS"
  printf '\n## How to reproduce\n\n```\nN=%s REPS=%s bench/search/run.sh\n```\n' "$N" "$REPS"
  printf '\nMachine: %s, %s CPUs; %s.\n' "$(uname -m)" "$(nproc)" "$(date -u +%Y-%m-%d)"
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
