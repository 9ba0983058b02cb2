"""Helpers for the black-box tests in tests/e2e (standard library only).

- Linksnap(): the binary (LINKSNAP_BIN, default build/linksnap) with a fresh
  temporary --data folder; .run(...) / .json(...) / .add(...).
- start_site() / start_hostile(*args): fixture servers on 127.0.0.1 free ports
  (each prints "PORT n" as its first stdout line); Server.url(path),
  .counts() and .reset() for the site's per-path request counters.
- remote_asset_urls(html): http(s) and protocol-relative URLs left in asset
  positions (src, srcset, stylesheet/icon hrefs, poster, style url(), <style>
  url() and @import); active_content(html): scripts, on* attributes, meta
  refresh left in a page.
- warc_check(path): runs warc_check.mjs (warcio) and returns its JSON summary.
- check(cond, message) for assertions whose message is the failure reason.
"""
import atexit
import gzip
import html.parser
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, "fixtures")
SERVERS = os.path.join(HERE, "servers")
TESTS_DIR = os.path.dirname(HERE)

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
              "no_proxy", "NO_PROXY")


def timeout(seconds):
    """Decorator: this test's own time limit (run.py kills it after that)."""
    def wrap(fn):
        fn.e2e_timeout = seconds
        return fn
    return wrap


class CheckFailed(AssertionError):
    pass


def check(cond, message):
    if not cond:
        raise CheckFailed(message)


def binary():
    b = os.environ.get("LINKSNAP_BIN", "build/linksnap")
    if not os.path.isabs(b):
        b = os.path.join(ROOT, b)
    return b


_cleanups = []


def _cleanup():
    for fn in reversed(_cleanups):
        try:
            fn()
        except Exception:  # noqa: BLE001 - best effort at exit
            pass


atexit.register(_cleanup)


def tempdir(prefix="linksnap-e2e-"):
    d = tempfile.mkdtemp(prefix=prefix)
    if os.environ.get("E2E_KEEP") != "1":
        _cleanups.append(lambda: shutil.rmtree(d, ignore_errors=True))
    return d


class Result:
    def __init__(self, args, rc, out, err, secs):
        self.args, self.rc, self.out, self.err, self.secs = args, rc, out, err, secs

    @property
    def text(self):
        return self.out.decode("utf-8", "replace")

    @property
    def errtext(self):
        return self.err.decode("utf-8", "replace")

    def __repr__(self):
        return "linksnap %s -> rc=%s stderr=%r stdout=%r" % (
            " ".join(self.args), self.rc, self.errtext[-400:], self.text[-300:])


class Linksnap:
    """The binary with its own data folder. allow_private (default True)
    passes --allow-private: every test server listens on 127.0.0.1."""

    def __init__(self, allow_private=True):
        self.bin = binary()
        check(os.path.exists(self.bin), "linksnap binary not found at %s (set LINKSNAP_BIN)" % self.bin)
        self.data = os.path.join(tempdir(), "data")
        self.allow_private = allow_private

    def env(self, extra=None):
        env = {k: v for k, v in os.environ.items()
               if k not in PROXY_VARS and not k.startswith("LINKSNAP_")}
        env["LANG"] = env.get("LANG", "C.UTF-8")
        if extra:
            env.update(extra)
        return env

    def run(self, *args, allow_private=None, env=None, timeout=120, input=None, data=True):
        ap = self.allow_private if allow_private is None else allow_private
        argv = [self.bin]
        if data:
            argv += ["--data", self.data]
        if ap:
            argv.append("--allow-private")
        argv += [str(a) for a in args]
        t0 = time.monotonic()
        rc, out, err, rss_kb = _run_with_rusage(argv, self.env(env), timeout, input)
        if rc is None:
            raise CheckFailed("linksnap %s did not finish in %ds" % (" ".join(argv[1:]), timeout))
        r = Result(argv[1:], rc, out, err, time.monotonic() - t0)
        r.rss_mb = rss_kb / 1024.0
        check(rc >= 0, "linksnap crashed with signal %d: %r" % (-rc, r))
        # A sanitizer build reports with an ordinary exit code: never let an
        # expected failure hide one.
        for marker in (b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer", b"runtime error:"):
            check(marker not in err, "sanitizer report: %s" % err[err.find(marker):][:600].decode("utf-8", "replace"))
        return r

    def ok(self, *args, **kw):
        r = self.run(*args, **kw)
        check(r.rc == 0, "expected success: %r" % r)
        return r

    def json(self, *args, **kw):
        r = self.ok(*args, **kw)
        try:
            return json.loads(r.out)
        except ValueError as e:
            raise CheckFailed("not JSON: %r" % r) from e

    def add(self, url, *extra, **kw):
        """`add URL` that must succeed; returns the link id it printed."""
        r = self.ok("add", url, *extra, **kw)
        return link_id_of(r)

    def show(self, link_id):
        return self.json("show", link_id, "--json")

    def open(self, link_id, fmt, *extra):
        out = os.path.join(tempdir(), "open." + fmt)
        self.ok("open", link_id, "--format", fmt, "-o", out, *extra)
        with open(out, "rb") as f:
            return f.read()

    def blob_files(self):
        """{sha256: path} of every blob file under the data folder."""
        found = {}
        for dirpath, _, files in os.walk(os.path.join(self.data, "blobs")):
            for f in files:
                if re.fullmatch(r"[0-9a-f]{64}", f):
                    found[f] = os.path.join(dirpath, f)
        return found


def require_capture_works(ls, site):
    """Positive control for refusal tests: the same binary and data folder
    capture a plain page when allowed, so a refusal is not just a missing
    command or a broken build."""
    r = ls.run("add", site.url("/en/article.html"), allow_private=True)
    check(r.rc == 0, "control capture of a plain loopback page failed: %r" % r)
    return link_id_of(r)


def _run_with_rusage(argv, env, timeout, input):
    """(exit code or None on timeout, stdout, stderr, peak RSS in KB) of one
    process: wait4() gives this child's own peak, not the test's others."""
    import threading
    p = subprocess.Popen(argv, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    bufs = {}

    def drain(name, f):
        bufs[name] = f.read()

    threads = [threading.Thread(target=drain, args=("out", p.stdout)),
               threading.Thread(target=drain, args=("err", p.stderr))]
    for t in threads:
        t.start()
    if input is not None:
        try:
            p.stdin.write(input)
            p.stdin.close()
        except BrokenPipeError:
            pass
    deadline = time.monotonic() + timeout
    status = rusage = None
    while True:
        pid, status, rusage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            p.kill()
            os.wait4(p.pid, 0)
            for t in threads:
                t.join()
            return None, bufs.get("out", b""), bufs.get("err", b""), 0
        time.sleep(0.01)
    p.returncode = os.waitstatus_to_exitcode(status)
    for t in threads:
        t.join()
    return p.returncode, bufs.get("out", b""), bufs.get("err", b""), rusage.ru_maxrss


def link_id_of(result):
    """The link id `add` printed: the first integer on stdout."""
    m = re.search(r"\b(\d+)\b", result.text)
    check(m is not None, "no link id in the output of add: %r" % result)
    return int(m.group(1))


def newest(link):
    check(link.get("snapshots"), "link has no snapshots: %r" % link)
    return link["snapshots"][0]


# ---------------------------------------------------------------- servers

class Server:
    def __init__(self, proc, port, name):
        self.proc, self.port, self.name = proc, port, name

    def url(self, path="/", host="127.0.0.1"):
        return "http://%s:%d%s" % (host, self.port, path)

    def counts(self):
        with urllib.request.urlopen(self.url("/__counts"), timeout=10) as r:
            return json.load(r)

    def hits(self, path_prefix):
        return sum(n for p, n in self.counts().items() if p.startswith(path_prefix))

    def total_hits(self):
        return sum(self.counts().values())

    def reset(self):
        urllib.request.urlopen(self.url("/__reset"), timeout=10).read()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def start_server(argv, name, wait=15):
    """Starts a server process that prints "PORT n" first; returns Server."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    srv = None
    deadline = time.monotonic() + wait
    line = b""
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        m = re.match(rb"PORT (\d+)", line.strip())
        if m:
            srv = Server(proc, int(m.group(1)), name)
            break
    if srv is None:
        proc.kill()
        err = proc.stderr.read().decode("utf-8", "replace")[-500:]
        raise CheckFailed("%s did not print its port (got %r): %s" % (name, line, err))
    _cleanups.append(srv.stop)
    return srv


def start_site(*args):
    return start_server([sys.executable, os.path.join(SERVERS, "site.py")] + list(args), "site.py")


def start_hostile(*args):
    path = os.path.join(SERVERS, "hostile.py")
    check(os.path.exists(path), "tests/e2e/servers/hostile.py is not there yet")
    return start_server([sys.executable, path] + list(args), "hostile.py")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- HTML

URL_IN_CSS = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I | re.S)
IMPORT_IN_CSS = re.compile(r"""@import\s+(['"])(.*?)\1""", re.I)
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.I)
ASSET_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed",
                   "mask-icon", "preload", "prefetch", "modulepreload", "manifest", "fluid-icon"}
SRC_TAGS = {"img", "script", "iframe", "frame", "embed", "source", "video", "audio", "track", "input"}


def css_urls(text):
    urls = [m.group(2).strip() for m in URL_IN_CSS.finditer(text)]
    urls += [m.group(2).strip() for m in IMPORT_IN_CSS.finditer(text)]
    return urls


def srcset_urls(value):
    out = []
    for part in value.split(","):
        part = part.strip()
        if part:
            out.append(part.split()[0])
    return out


class _Scan(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.assets = []      # (where, url)
        self.active = []      # descriptions of active content
        self.meta_charsets = []
        self.tags = []        # (tag, attrs dict)
        self._in = None
        self._buf = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if tag in SRC_TAGS and "src" in a:
            self.assets.append(("<%s src>" % tag, a["src"]))
        for attr in ("srcset", "imagesrcset"):
            if attr in a:
                for u in srcset_urls(a[attr]):
                    self.assets.append(("<%s %s>" % (tag, attr), u))
        if tag == "link":
            rels = set(a.get("rel", "").lower().split())
            if rels & ASSET_LINK_RELS and "href" in a:
                self.assets.append(("<link rel=%s href>" % a.get("rel"), a["href"]))
        if "poster" in a:
            self.assets.append(("<%s poster>" % tag, a["poster"]))
        if tag == "object" and "data" in a:
            self.assets.append(("<object data>", a["data"]))
        if "background" in a:
            self.assets.append(("<%s background>" % tag, a["background"]))
        if tag in ("image", "use", "feimage"):
            for attr in ("href", "xlink:href"):
                if attr in a:
                    self.assets.append(("<%s %s>" % (tag, attr), a[attr]))
        if "style" in a:
            for u in css_urls(a["style"]):
                self.assets.append(("<%s style>" % tag, u))
        for k in a:
            if k.startswith("on"):
                self.active.append("<%s %s=...>" % (tag, k))
        if tag == "script":
            self.active.append("<script>")
        if tag == "meta":
            if a.get("http-equiv", "").lower() == "refresh":
                self.active.append("<meta http-equiv=refresh>")
            if "charset" in a:
                self.meta_charsets.append(a["charset"].lower())
            elif a.get("http-equiv", "").lower() == "content-type":
                m = re.search(r"charset=([\w-]+)", a.get("content", ""), re.I)
                if m:
                    self.meta_charsets.append(m.group(1).lower())
        if tag == "style":
            self._in, self._buf = "style", []

    def handle_endtag(self, tag):
        if tag == "style" and self._in == "style":
            for u in css_urls("".join(self._buf)):
                self.assets.append(("<style>", u))
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)


def scan_html(text):
    s = _Scan()
    s.feed(text)
    s.close()
    return s


def remote_asset_urls(text):
    """[(position, url)] of http(s) or //host URLs in asset positions."""
    return [(w, u) for w, u in scan_html(text).assets if REMOTE.match(u)]


def active_content(text):
    return scan_html(text).active


def data_uri_count(text):
    return sum(1 for _, u in scan_html(text).assets if u.strip().lower().startswith("data:"))


# ---------------------------------------------------------------- WARC

def warc_check(path):
    """warc_check.mjs's JSON summary ({ok, problems, records}); needs
    `npm ci` in tests/ (node_modules with warcio)."""
    check(os.path.isdir(os.path.join(TESTS_DIR, "node_modules", "warcio")),
          "warcio missing: run `npm ci` in tests/")
    p = subprocess.run(["node", os.path.join(HERE, "warc_check.mjs"), path], capture_output=True,
                       timeout=120, cwd=TESTS_DIR)
    try:
        return json.loads(p.stdout)
    except ValueError as e:
        raise CheckFailed("warc_check.mjs failed (rc %d): %s" % (
            p.returncode, p.stderr.decode("utf-8", "replace")[-500:])) from e


def warc_pairs(summary):
    """{uri: {"request": n, "response": n}} from a warc_check summary."""
    seen = {}
    for r in summary["records"]:
        if r["type"] in ("request", "response"):
            seen.setdefault(r["uri"], {"request": 0, "response": 0})[r["type"]] += 1
    return seen


def gunzip_if(data):
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def time_limit(seconds):
    """A time bound of a test scaled by E2E_TIME_SCALE (default 1; sanitizer
    builds run the page pipeline about ten times slower)."""
    return seconds * float(os.environ.get("E2E_TIME_SCALE", "1"))


def check_rss(result, what):
    """The run's peak RSS under E2E_RSS_LIMIT_MB (default 512; 0 turns the
    check off, e.g. for sanitizer builds whose shadow memory inflates it)."""
    limit = float(os.environ.get("E2E_RSS_LIMIT_MB", "512"))
    check(not limit or result.rss_mb < limit,
          "%s: peak RSS of linksnap %.0f MB (limit %.0f): caps not bounding memory" % (what, result.rss_mb, limit))
