#!/bin/sh
# bench/extraction/run.sh - the extraction benchmark (figures in
# bench/extraction/RESULTS-extraction.md).
#
#   bench/extraction/run.sh [BUILD_DIR]      (default build-extract)
#
# 1. builds the extract layer with CMake and a stand-alone extract binary
#    (bench/extraction/extract_main.c + src/cli/cmd_extract.c) with cc, so
#    the benchmark does not depend on the other layers building;
# 2. builds the gumbo-only timing program (bench/extraction/gumbo_parse.c)
#    with its own cc command, no CMake;
# 3. scores wcxb-dev, cwced-dev and readability with the shared scorer and
#    times gumbo alone on the wcxb-dev pages;
# 4. measures linksnap's CPU per page against gumbo's, the two run in turn
#    (bench/extraction/speed.py).
# Needs ../shared/bench/extraction (the scorer and page sets).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-build-extract}
EVAL=${EVAL:-$ROOT/../shared/bench/extraction/extract_eval.py}
CACHE=${TMPDIR:-/tmp}/extract-eval
OUT=$ROOT/$BUILD/bench-extraction
mkdir -p "$OUT"
cd "$ROOT"

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j2 --target ls_extract ls_html ls_net ls_util >/dev/null
LIBS="$BUILD/libls_extract.a $BUILD/libls_html.a $BUILD/libls_net.a $BUILD/libls_util.a"
cc -O2 -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Isrc \
   bench/extraction/extract_main.c src/cli/cmd_extract.c $LIBS \
   $(pkg-config --libs gumbo jansson libsodium) -lm -o "$OUT/extract"
cc -O2 -Wall -Wextra -o "$OUT/gumbo_parse" bench/extraction/gumbo_parse.c \
   $(pkg-config --cflags --libs gumbo)

for set in wcxb-dev cwced-dev readability; do
    python3 "$EVAL" --bin "$OUT/extract" --set "$set" --per-type --worst 30 \
        --out "$OUT/$set.jsonl" | tee "$OUT/$set.txt"
done
# the same through the full linksnap binary, when the whole tree builds
# (it also pays for loading libcurl, OpenSSL, SQLite, ... at start)
if cmake --build "$BUILD" -j2 --target linksnap >/dev/null 2>&1; then
    python3 "$EVAL" --bin "$BUILD/linksnap" --set wcxb-dev --per-type \
        --out "$OUT/wcxb-dev-linksnap.jsonl" | tee "$OUT/wcxb-dev-linksnap.txt"
fi
# the floor: gumbo alone over the same pages (unpacked by the scorer above)
"$OUT/gumbo_parse" "$CACHE"/wcxb-dev/pages/*.html | tee "$OUT/gumbo.txt"
# the ratio, gumbo and linksnap run in turn over chunks of 50 pages (a
# machine whose speed drifts costs both alike)
if [ -x "$BUILD/linksnap" ]; then
    python3 "$ROOT/bench/extraction/speed.py" --gumbo "$OUT/gumbo_parse" \
        --pages "$CACHE/wcxb-dev" "$BUILD/linksnap" | tee "$OUT/speed.txt"
fi
