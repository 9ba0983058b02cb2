#!/usr/bin/env python3
"""Web benchmark for `linksnap serve` (standard library + wrk + wget).

    python3 bench/web/bench_web.py [--links 10000] [--pages 100] [--duration 10]

1. Seeds a data folder with N links through the JSON API (workers off), each
   with two of five tags, then gives every link a finished capture with a
   title and an excerpt (rows written directly: this measures serving, not
   capturing).
2. Idle RSS of `serve` holding them: VmRSS after start, and after one request
   to each page type (warm).
3. wrk on loopback: the library page (session cookie) and GET /api/links
   (bearer token), requests/s and latency percentiles.
4. Capture throughput: 4 workers over PAGES local pages with assets
   (bench/capture/make_site.py), pages per minute, next to `wget -p -k -E`
   over the same pages sequentially and with 4 in parallel.
Prints markdown tables.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, os.environ.get("LINKSNAP_BIN", "build/linksnap"))
TAGS = ["智能制造", "工业互联网", "工业互联网/边缘计算", "人工智能", "数字孪生"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serve:
    def __init__(self, data, workers=0, extra=(), env=None):
        self.proc = subprocess.Popen([BIN, "--data", data, "--allow-private", "serve", "--listen",
                                      "127.0.0.1:0", "--workers", str(workers)] + list(extra),
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=dict(os.environ, **(env or {})))
        line = self.proc.stdout.readline().decode()
        self.port = int(re.search(r":(\d+)/", line).group(1))

    def rss_kb(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.terminate()
        self.proc.wait(30)


def req(port, method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, r.getheaders(), data


def seed(data, n):
    r = subprocess.run([BIN, "--data", data, "user", "add", "bench", "--admin"],
                       input=b"bench-password\n", capture_output=True)
    assert r.returncode == 0, r
    token = subprocess.run([BIN, "--data", data, "token", "add", "bench"],
                           capture_output=True).stdout.decode().strip()
    srv = Serve(data)
    c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
    h = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    t0 = time.monotonic()
    for i in range(n):
        body = json.dumps({"url": "https://news%d.example.com/articles/%d.html" % (i % 97, i),
                           "tags": [TAGS[i % 5], TAGS[(i * 7 + 1) % 5]]})
        c.request("POST", "/api/links", body=body, headers=h)
        r = c.getresponse()
        r.read()
        assert r.status == 202, r.status
    add_secs = time.monotonic() - t0
    c.close()
    srv.stop()
    db = sqlite3.connect(os.path.join(data, "linksnap.db"))
    # The search triggers call linksnap's own tokenizer, which this Python
    # connection does not have: drop them for the seeding write. Without its
    # triggers the index counts as missing, so the next start of serve
    # rebuilds it, seeded captures included.
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='trigger' "
                              "AND name LIKE 'search%'").fetchall():
        db.execute('DROP TRIGGER "%s"' % name.replace('"', '""'))
    db.execute("UPDATE snapshots SET status='done', finished=created+5, http_status=200, "
               "title='第' || id || '篇 智能制造加速落地：工业互联网平台赋能千行百业', "
               "site_name='信息化时代', source='信息化时代', "
               "excerpt='近年来，智能制造在我国制造业转型升级中扮演着越来越重要的角色。随着工业互联网平台的不断成熟，"
               "越来越多的企业开始将生产设备接入网络。'")
    db.execute("UPDATE jobs SET state='done'")
    db.commit()
    db.close()
    return token, add_secs


def login_cookie(port):
    st, hdrs, body = req(port, "GET", "/login")
    pre = [v for k, v in hdrs if k.lower() == "set-cookie"][0].split(";")[0]
    tok = re.search(rb'name="csrf" value="([^"]+)"', body).group(1).decode()
    st, hdrs, _ = req(port, "POST", "/login",
                      body="name=bench&password=bench-password&csrf=" + tok,
                      headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": pre})
    assert st == 303, st
    return [v for k, v in hdrs if k.lower() == "set-cookie" and v.startswith("ls_session")][0].split(";")[0]


def wrk(port, path, header, duration, conns=32):
    out = subprocess.run(["wrk", "-t2", "-c%d" % conns, "-d%ds" % duration, "--latency",
                          "-H", header, "http://127.0.0.1:%d%s" % (port, path)],
                         capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def pct(p):
        m = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, out)
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, pct(50), pct(99), int(non2xx.group(1)) if non2xx else 0


def capture_bench(pages, workers=4):
    work = tempfile.mkdtemp(prefix="linksnap-bench-")
    try:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/capture/make_site.py"),
                        os.path.join(work, "site"), str(pages), "40", "300000"], check=True,
                       capture_output=True)
        port = free_port()
        site = subprocess.Popen([sys.executable, os.path.join(ROOT, "bench/capture/serve.py"),
                                 os.path.join(work, "site"), str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                req(port, "GET", "/static/site.css")
                break
            except OSError:
                time.sleep(0.1)
        data = os.path.join(work, "data")
        r = subprocess.run([BIN, "--data", data, "user", "add", "b", "--admin"],
                           input=b"bench-password\n", capture_output=True)
        token = subprocess.run([BIN, "--data", data, "token", "add", "b"],
                               capture_output=True).stdout.decode().strip()
        srv = Serve(data, workers=workers, extra=("--max-per-host", str(workers)))
        h = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
        t0 = time.monotonic()
        ids = []
        for i in range(pages):
            st, _, body = req(srv.port, "POST", "/api/links",
                              json.dumps({"url": "http://127.0.0.1:%d/p%d.html" % (port, i)}), h)
            ids.append(json.loads(body)["id"])
        db = sqlite3.connect(os.path.join(data, "linksnap.db"))
        peak = 0
        while True:
            peak = max(peak, srv.rss_kb())
            left = db.execute("SELECT count(*) FROM jobs WHERE state IN ('queued','running')").fetchone()[0]
            if left == 0:
                break
            time.sleep(0.2)
        secs = time.monotonic() - t0
        done = db.execute("SELECT count(*) FROM snapshots WHERE status='done'").fetchone()[0]
        db.close()
        srv.stop()
        urls = ["http://127.0.0.1:%d/p%d.html" % (port, i) for i in range(pages)]
        t0 = time.monotonic()
        for u in urls:
            subprocess.run(["wget", "-q", "-p", "-k", "-E", "-P", os.path.join(work, "w1"), u])
        wget_seq = time.monotonic() - t0
        t0 = time.monotonic()
        procs = []
        for k in range(4):
            procs.append(subprocess.Popen(["wget", "-q", "-p", "-k", "-E", "-P",
                                           os.path.join(work, "w4-%d" % k)] + urls[k::4]))
        for p in procs:
            p.wait()
        wget_par = time.monotonic() - t0
        site.terminate()
        return pages, done, secs, peak, wget_seq, wget_par
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--links", type=int, default=10000)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--skip-capture", action="store_true")
    ap.add_argument("--capture-only", action="store_true")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="linksnap-bench-")
    try:
        if a.capture_only:
            raise StopIteration
        data = os.path.join(work, "data")
        token, add_secs = seed(data, a.links)
        print("seeded %d links through POST /api/links in %.1f s (%.0f adds/s)\n"
              % (a.links, add_secs, a.links / add_secs))
        # The seed step dropped the search triggers: the first start rebuilds
        # the search index from the seeded captures. Measure the idle size of
        # an ordinary start, after that one-off rebuild.
        Serve(data, workers=0).stop()
        srv = Serve(data, workers=2)
        time.sleep(1.0)
        idle = srv.rss_kb()
        cookie = login_cookie(srv.port)
        for path in ("/", "/tags", "/api/links", "/?page=250", "/links/5000", "/settings"):
            req(srv.port, "GET", path, headers={"Cookie": cookie})
        time.sleep(0.5)
        warm = srv.rss_kb()
        print("| serve holding %d links | RSS |" % a.links)
        print("|---|---|")
        print("| idle after start (2 capture workers, 4 HTTP threads) | %.1f MB |" % (idle / 1024))
        print("| after one request to each page type | %.1f MB |" % (warm / 1024))
        print()
        print("| wrk -t2 -c32 -d%ds, loopback, 2 cores shared by wrk and serve | req/s | p50 | p99 | non-2xx |" % a.duration)
        print("|---|---|---|---|---|")
        cases = (("library page /", "/", "Cookie: " + cookie),
                 ("library page, tag filter", "/?tag=%E5%B7%A5%E4%B8%9A%E4%BA%92%E8%81%94%E7%BD%91", "Cookie: " + cookie),
                 ("library page 250 of 500", "/?page=250", "Cookie: " + cookie),
                 ("GET /api/links", "/api/links", "Authorization: Bearer " + token),
                 ("GET /api/links?tag=...&page=3", "/api/links?tag=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0&page=3", "Authorization: Bearer " + token),
                 ("GET /api/links/ID", "/api/links/%d" % (a.links // 2), "Authorization: Bearer " + token))
        for name, path, hdr in cases:
            rps, p50, p99, bad = wrk(srv.port, path, hdr, a.duration)
            print("| %s (response cache on) | %.0f | %.2f ms | %.2f ms | %d |" % (name, rps, p50, p99, bad))
        after = srv.rss_kb()
        srv.stop()
        nc = Serve(data, workers=2, env={"LINKSNAP_RESPONSE_CACHE": "0"})
        for name, path, hdr in cases:
            rps, p50, p99, bad = wrk(nc.port, path, hdr, a.duration)
            print("| %s (cache off: every request renders) | %.0f | %.2f ms | %.2f ms | %d |" % (name, rps, p50, p99, bad))
        nc.stop()
        print("\nRSS after the wrk runs: %.1f MB\n" % (after / 1024))
    except StopIteration:
        pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not a.skip_capture:
        pages, done, secs, peak, wseq, wpar = capture_bench(a.pages)
        print("| %d local pages with 40 assets each | time | pages/min | notes |" % pages)
        print("|---|---|---|---|")
        print("| linksnap serve, 4 workers, --max-per-host 4 (single file + reader + WARC) | %.1f s | %.0f | %d done, peak RSS %.1f MB |"
              % (secs, pages * 60 / secs, done, peak / 1024))
        print("| wget -p -k -E, one after another | %.1f s | %.0f | |" % (wseq, pages * 60 / wseq))
        print("| wget -p -k -E, 4 in parallel | %.1f s | %.0f | |" % (wpar, pages * 60 / wpar))


if __name__ == "__main__":
    main()
