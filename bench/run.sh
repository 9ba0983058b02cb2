#!/usr/bin/env bash
# Runs every benchmark in turn; each writes its own table to stdout. The
# figures recorded in bench/RESULTS.md come from these scripts, run on an
# otherwise idle machine (2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
for b in capture extraction search web; do
  if [ -x "bench/$b/run.sh" ]; then
    echo "## $b"
    "bench/$b/run.sh"
    echo
  fi
done
