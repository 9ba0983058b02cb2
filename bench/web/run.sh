#!/usr/bin/env bash
# Web benchmark: RSS, wrk throughput of pages and API with 10,000 links, and
# capture throughput with 4 workers vs wget. See bench_web.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 bench/web/bench_web.py "$@"
