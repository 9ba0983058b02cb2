#!/usr/bin/env bash
# Capture benchmark: linksnap add vs wget -p -k -E on the same local pages.
#   bench/capture/run.sh [PAGES] [ASSETS] [PAGE_BYTES] [TEXT_BYTES]
# Serves a generated site (make_site.py) on 127.0.0.1 with serve.py
# (threads, keep-alive), then for each page measures wall time and peak RSS
# (/usr/bin/time) of `linksnap add` (single file + reader + WARC) and of
# `wget -p -k -E` (page requisites, links converted). Prints a table.
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${1:-10}; assets=${2:-40}; size=${3:-1000000}; text=${4:-$size}
bin=${LINKSNAP_BIN:-build/linksnap}
work=$(mktemp -d)
trap 'kill $srv 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/capture/make_site.py "$work/site" "$pages" "$assets" "$size" "$text"
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
python3 bench/capture/serve.py "$work/site" "$port" &
srv=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/static/base.css" >/dev/null && break; sleep 0.1; done

measure() { # measure OUTFILE CMD...: appends "seconds maxrss_kb"
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
  cat "$work/t" >>"$out"
}
for i in $(seq 0 $((pages - 1))); do
  measure "$work/ls.txt" "$bin" --data "$work/data" --allow-private add "http://127.0.0.1:$port/p$i.html"
  rm -rf "$work/wget"
  measure "$work/wget.txt" wget -q -p -k -E -P "$work/wget" "http://127.0.0.1:$port/p$i.html"
done
bytes=$(stat -c %s "$work/site/p0.html")
# The median beside the mean: on a busy machine a few runs of either tool
# wait a second or two on a retransmitted connection to the Python server,
# which moves the mean far more than anything the tools do.
summary() {
  sort -n "$2" | awk -v name="$1" '{t+=$1; w[NR]=$1; if ($2>m) m=$2}
    END {printf "| %s | %.3f s | %.3f s | %.1f MB |\n", name, t/NR, w[int((NR+1)/2)], m/1024}'
}
echo "pages: $pages, assets per page: $assets, page size: $bytes bytes, article text: about $text bytes"
echo "| tool | mean wall time per page | median | peak RSS |"
echo "|---|---|---|---|"
summary "linksnap add (single file + reader + WARC)" "$work/ls.txt"
summary "wget -p -k -E" "$work/wget.txt"
