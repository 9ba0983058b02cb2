#!/usr/bin/env python3
"""Extraction CPU per page against gumbo's parse, robust to a machine whose
speed drifts: the pages are taken in chunks of 50, and for each chunk
gumbo_parse and every binary run in turn (the binaries' order alternating),
so that a slow minute costs all of them alike.

  bench/extraction/speed.py --gumbo build-extract/bench-extraction/gumbo_parse \
      --pages $TMPDIR/extract-eval/wcxb-dev BIN [BIN ...]

Each BIN runs as `BIN extract --json PAGE [--url URL]` (the URL from the
set's truth.jsonl when it has one), one process per page, as the scorer
runs it; CPU is the children's user + system time, process start included.
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gumbo', required=True, help='the gumbo_parse program run.sh builds')
    ap.add_argument('--pages', required=True, help='a page set directory (pages/, truth.jsonl)')
    ap.add_argument('--chunk', type=int, default=50)
    ap.add_argument('bins', nargs='+')
    a = ap.parse_args()
    pdir = os.path.join(a.pages, 'pages')
    pages = sorted(os.path.join(pdir, p) for p in os.listdir(pdir) if p.endswith('.html'))
    urls = {}
    truth = os.path.join(a.pages, 'truth.jsonl')
    if os.path.exists(truth):
        for line in open(truth, encoding='utf-8'):
            row = json.loads(line)
            urls[str(row.get('id'))] = row.get('url')
    total = {'gumbo': 0.0}
    total.update({b: 0.0 for b in a.bins})
    order = list(a.bins)
    for i in range(0, len(pages), a.chunk):
        chunk = pages[i:i + a.chunk]
        out = subprocess.run([a.gumbo] + chunk, capture_output=True, text=True)
        m = re.search(r'CPU s ([0-9.]+)', out.stdout + out.stderr)
        if not m:
            sys.exit('gumbo_parse printed no "CPU s": ' + out.stdout + out.stderr)
        total['gumbo'] += float(m.group(1))
        order.reverse()
        for b in order:
            t0 = children_cpu()
            for p in chunk:
                url = urls.get(os.path.basename(p)[:-5])
                cmd = [b, 'extract', '--json', p] + (['--url', url] if url else [])
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            total[b] += children_cpu() - t0
    n = len(pages)
    print('pages %d' % n)
    print('gumbo_parse  %8.2f s  %6.2f ms/page  1.000' % (total['gumbo'], total['gumbo'] / n * 1e3))
    for b in a.bins:
        print('%s  %8.2f s  %6.2f ms/page  %.3f x gumbo' % (b, total[b], total[b] / n * 1e3,
                                                            total[b] / total['gumbo']))


if __name__ == '__main__':
    main()
