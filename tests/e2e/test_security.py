"""SECURITY.md cases 1-14, 17, 20, 21 and 30 through the CLI, against the
fixture site and tests/e2e/servers/hostile.py on 127.0.0.1.

Policy these tests hold the fetcher to: without --allow-private every
non-public destination is refused; --allow-private (what tests need to reach
127.0.0.1) lets loopback and RFC 1918 through but NEVER link-local, cloud
metadata or unspecified addresses (169.254/16, fe80::/10, fd00:ec2::254,
100.100.100.200, 0.0.0.0, ::), so a test server on loopback can still show
that a page's assets pointing there are not fetched."""
import json
import os
import subprocess
import time
import urllib.parse

import lib
from lib import check

# Words of a guard refusal; "connection refused" or a timeout must not count.
BLOCK_WORDS = ("blocked", "not allowed", "forbidden", "private", "loopback", "link-local", "metadata",
               "reserved", "unspecified", "multicast", "broadcast", "benchmark", "only http")


def says_blocked(text):
    t = text.lower()
    return any(w in t for w in BLOCK_WORDS)


def reason_of(ls, r):
    """stderr of the command plus the error of the newest failed snapshot."""
    text = r.errtext
    try:
        for item in ls.json("list", "--json")["items"]:
            for s in ls.show(item["id"])["snapshots"]:
                text += " " + (s.get("error") or "")
    except lib.CheckFailed:
        pass
    return text


def refused(ls, url, site=None, max_secs=20, **kw):
    r = ls.run("add", url, **kw)
    check(r.rc != 0, "%s was captured: %r" % (url, r))
    check("unknown command" not in r.errtext, "no add command: %r" % r)
    check(r.secs < max_secs, "%s took %.1fs to refuse" % (url, r.secs))
    if site is not None:
        hits = site.total_hits()
        check(hits == 0, "%s reached the test server (%d requests): %s" % (url, hits, site.counts()))
    return r


# ---- 1. schemes ------------------------------------------------------------

def test_s01_non_http_schemes_refused_at_submit():
    site = lib.start_site()
    ls = lib.Linksnap()
    p = site.port
    for url in ("file:///etc/passwd", "ftp://127.0.0.1:%d/x" % p, "gopher://127.0.0.1:%d/_GET%%20/hit" % p,
                "dict://127.0.0.1:%d/d:x" % p, "javascript:alert(1)", "data:text/html,<h1>x</h1>",
                "FILE:///etc/passwd", " file:///etc/passwd"):
        r = refused(ls, url, site)
        check(r.errtext.strip(), "no reason for refusing %s" % url)
    check(ls.json("list", "--json")["total"] == 0, "a refused URL became a link")
    lib.require_capture_works(ls, site)


# ---- 2-5. addresses --------------------------------------------------------

def test_s02_loopback_forms_blocked_without_allow_private():
    site = lib.start_site()
    ls = lib.Linksnap(allow_private=False)
    p = site.port
    for host in ("127.0.0.1", "localhost", "LOCALHOST", "localhost.", "[::1]", "0.0.0.0", "2130706433",
                 "0x7f.1", "127.1", "017700000001", "127.0.0.2", "[::]"):
        r = refused(ls, "http://%s:%d/en/article.html" % (host, p), site)
        check(says_blocked(reason_of(ls, r)), "%s: reason does not say it was blocked: %r" % (host, r))
    site.reset()
    lib.require_capture_works(ls, site)


def test_s03_ipv4_embedded_in_ipv6_blocked():
    site = lib.start_site()
    ls = lib.Linksnap(allow_private=False)
    p = site.port
    for host in ("[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]",
                 "[64:ff9b::a9fe:a9fe]", "[2002:a9fe:a9fe::]"):
        r = refused(ls, "http://%s:%d/en/article.html" % (host, p), site)
        check(says_blocked(reason_of(ls, r)), "%s: reason does not say it was blocked: %r" % (host, r))
    site.reset()
    lib.require_capture_works(ls, site)


def test_s04_private_and_special_ranges_blocked():
    lib.require_capture_works(lib.Linksnap(), lib.start_site())
    ls = lib.Linksnap(allow_private=False)
    for host in ("169.254.169.254", "[fd00:ec2::254]", "100.100.100.200", "10.0.0.1", "172.16.0.1",
                 "192.168.1.1", "100.64.0.1", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255",
                 "[fc00::1]", "[fe80::1]", "[ff02::1]"):
        r = refused(ls, "http://%s/latest/meta-data/" % host)
        check(says_blocked(reason_of(ls, r)), "%s: reason does not say it was blocked: %r" % (host, r))


def test_s04_metadata_and_link_local_blocked_even_with_allow_private():
    ls = lib.Linksnap(allow_private=True)
    lib.require_capture_works(ls, lib.start_site())
    for host in ("169.254.169.254", "[fd00:ec2::254]", "100.100.100.200", "[::ffff:169.254.169.254]",
                 "168.63.129.16"):
        r = refused(ls, "http://%s/latest/meta-data/" % host)
        check(says_blocked(reason_of(ls, r)), "%s: reason does not say it was blocked: %r" % (host, r))


def test_s04_link_local_blocked_even_with_allow_private():
    # Stricter than metadata-only: link-local is never a test server's home.
    ls = lib.Linksnap(allow_private=True)
    lib.require_capture_works(ls, lib.start_site())
    for host in ("169.254.1.1", "[fe80::1]"):
        r = refused(ls, "http://%s/" % host)
        check(says_blocked(reason_of(ls, r)), "%s: reason does not say it was blocked: %r" % (host, r))


# ---- 6-7. URL tricks and credentials ---------------------------------------

def test_s06_url_tricks_do_not_reach_loopback():
    site = lib.start_site()
    ls = lib.Linksnap(allow_private=False)
    p = site.port
    for url in ("http://a.com@127.0.0.1:%d/" % p, "http://127.0.0.1:%d#@a.com/" % p,
                "http://127.0.0.1:%d\\@a.com/" % p, "http://127.0.0.1:%d/\t/x" % p,
                "http://127.0.0.1:%d/a\nb" % p, "http://127.0.0.1:%d/%%00" % p,
                "http://127.0.0.1:%d/" % p + "a" * 65536, "http://a.com\\@127.0.0.1:%d/" % p):
        refused(ls, url, site, max_secs=30)
    site.reset()
    lib.require_capture_works(ls, site)


def test_s06_odd_urls_are_refused_or_stored_canonical():
    site = lib.start_site()
    ls = lib.Linksnap()
    base = site.url("/en/article.html")
    for url in (base.replace("/en/", "/en/\t"), base + "\n", base + "?q=%00", base + "?" + "a" * 65536):
        ls.run("add", url, timeout=60)  # any exit code, but no crash (lib checks signals)
    for item in ls.json("list", "--json")["items"]:
        u = item["url"]
        check(not any(c in u for c in "\t\n\r\x00 "), "stored URL not canonical: %r" % u[:200])
        check(len(u) < 65536, "a 64 KB URL was stored as is")


def test_s07_credentials_never_shown_back():
    site = lib.start_site()
    ls = lib.Linksnap()
    url = site.url("/en/article.html").replace("http://", "http://alice:s3cr3tpw@")
    r = ls.run("add", url, env={"LINKSNAP_LOG": "debug"})
    seen = r.text + r.errtext
    seen += ls.ok("list").text + json.dumps(ls.json("list", "--json"), ensure_ascii=False)
    for item in ls.json("list", "--json")["items"]:
        link = ls.show(item["id"])
        seen += json.dumps(link, ensure_ascii=False) + ls.ok("show", item["id"]).text
        if lib.newest(link)["status"] == "done":
            seen += ls.open(item["id"], "single").decode("utf-8", "replace")
    check("s3cr3tpw" not in seen, "the password in the URL was shown back")


# ---- 8-9. redirects ---------------------------------------------------------

def redirect_url(site, to, code=302):
    return site.url("/redirect?code=%d&to=%s" % (code, urllib.parse.quote(to, safe="")))


def test_s08_redirect_to_metadata_file_gopher_blocked_on_the_hop():
    site = lib.start_site()
    ls = lib.Linksnap()
    for to in ("http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "file:///etc/passwd",
               "gopher://127.0.0.1:%d/_GET%%20/gopher-hit" % site.port, "dict://127.0.0.1:%d/x" % site.port):
        for code in (301, 307):
            r = ls.run("add", redirect_url(site, to, code))
            check(r.rc != 0, "redirect %d to %s was followed: %r" % (code, to, r))
            check(says_blocked(r.errtext), "redirect %d to %s: reason does not say blocked: %r" % (code, to, r))
            check(r.secs < 20, "redirect to %s took %.1fs" % (to, r.secs))
    hits = site.counts()
    check(not [p for p in hits if "hit" in p or p.startswith("/x")], "a non-HTTP hop reached the server: %s" % hits)
    for item in ls.json("list", "--json")["items"]:
        for s in ls.show(item["id"])["snapshots"]:
            check(s["status"] == "failed" and s["error"], "hop not recorded as failure: %r" % s)
            if s["files"]["raw"]:
                raw = ls.open(item["id"], "raw", "--snapshot", s["id"])
                check(b"root:" not in raw, "/etc/passwd content stored")


def test_s09_redirect_loop_and_long_chain_stop_at_the_cap():
    site = lib.start_site()
    ls = lib.Linksnap()
    for path, prefix in (("/loop", "/loop"), ("/chain/50", "/chain/")):
        site.reset()
        r = ls.run("add", site.url(path))
        check(r.rc != 0, "%s was captured: %r" % (path, r))
        check("redirect" in reason_of(ls, r).lower(), "%s: reason does not mention redirects: %r" % (path, r))
        n = site.hits(prefix)
        check(n <= 12, "%s: %d requests, the redirect cap is 10" % (path, n))


# ---- 10-12, 14. hostile server ----------------------------------------------

# hostile.py's routes by case; one place to adapt if its interface changes.
HOSTILE = {
    "drip": "/slow/drip", "silent": "/slow/silent", "slow_headers": "/slow/headers",
    "endless_chunked": "/endless/chunked", "huge_length": "/endless/length", "gzip_bomb": "/bomb/gzip",
    "gzip_gzip": "/bomb/gzip2", "huge_header": "/headers/longline", "many_headers": "/headers/many",
    "big_headers": "/headers/big",
}


def hostile_url(srv, case):
    return srv.url(HOSTILE[case])


@lib.timeout(300)
def test_s10_slow_drip_and_silent_server_time_out():
    srv = lib.start_hostile()
    ls = lib.Linksnap()
    for case in ("drip", "silent", "slow_headers"):
        r = ls.run("add", hostile_url(srv, case), timeout=240)
        check(r.rc != 0, "%s captured: %r" % (case, r))
        check(r.secs < 200, "%s took %.0fs" % (case, r.secs))


@lib.timeout(300)
def test_s11_body_caps_on_decoded_bytes():
    srv = lib.start_hostile()
    ls = lib.Linksnap()
    for case in ("endless_chunked", "huge_length", "gzip_bomb", "gzip_gzip"):
        t0 = time.monotonic()
        r = ls.run("add", hostile_url(srv, case), timeout=200)
        check(time.monotonic() - t0 < 180, "%s not stopped in time" % case)
        check(r.rc == 0 or r.errtext.strip(), "%s failed without a reason" % case)
        lib.check_rss(r, case)
    for item in ls.json("list", "--json")["items"]:
        for s in ls.show(item["id"])["snapshots"]:
            if s["status"] == "done" and s["files"]["warc"]:
                path = os.path.join(lib.tempdir(), "h.warc.gz")
                ls.ok("open", item["id"], "--format", "warc", "-o", path, "--snapshot", s["id"])
                summary = lib.warc_check(path)
                check(summary["ok"], "%s: %s" % (item["url"], summary["problems"][:5]))
                if "/endless/" in item["url"]:
                    resp = [x for x in summary["records"] if x["type"] == "response"]
                    check(resp and resp[-1]["truncated"] == "length",
                          "%s: cut body without WARC-Truncated: length" % item["url"])


def test_s12_huge_headers_abort_cleanly():
    srv = lib.start_hostile()
    ls = lib.Linksnap()
    for case in ("huge_header", "many_headers", "big_headers"):
        r = ls.run("add", hostile_url(srv, case), timeout=120)
        check(r.rc != 0, "%s captured: %r" % (case, r))
        check(r.errtext.strip(), "%s: no reason" % case)


def test_s13_http_proxy_environment_ignored():
    site = lib.start_site()
    proxy = lib.start_site()
    ls = lib.Linksnap()
    purl = proxy.url("/")
    env = {k: purl for k in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")}
    env["no_proxy"] = env["NO_PROXY"] = ""
    r = ls.run("add", site.url("/gbk/article.html"), env=env)
    check(r.rc == 0, "capture failed with a proxy in the environment: %r" % r)
    check(proxy.total_hits() == 0, "requests went to the proxy: %s" % proxy.counts())
    check(site.hits("/gbk/article.html") == 1, "page not fetched directly: %s" % site.counts())


def self_signed_cert():
    d = lib.tempdir()
    cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
    p = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                       capture_output=True)
    check(p.returncode == 0, "openssl: %s" % p.stderr.decode()[-300:])
    return cert, key


def test_s14_self_signed_tls_fails_with_the_reason():
    srv = lib.start_hostile("--tls", *self_signed_cert())
    ls = lib.Linksnap()
    r = ls.run("add", "https://127.0.0.1:%d/" % srv.port, timeout=60)
    check(r.rc != 0, "self-signed certificate accepted: %r" % r)
    reason = reason_of(ls, r).lower()
    check(any(w in reason for w in ("certificate", "ssl", "tls", "verify")), "reason: %r" % reason)


# ---- 17. assets -------------------------------------------------------------

def test_s17_assets_at_private_addresses_not_fetched():
    site = lib.start_site()
    ls = lib.Linksnap()
    r = ls.run("add", site.url("/sec/private-assets.html"), timeout=90)
    check(r.rc == 0, "page with hostile assets failed: %r" % r)
    check(r.secs < 60, "capture took %.0fs" % r.secs)
    hits = site.counts()
    check(not [p for p in hits if "leak" in p], "assets through 0.0.0.0/:: or gopher reached loopback: %s" % hits)
    check(hits.get("/sec/img/ok.png") == 1, "the allowed asset was not fetched: %s" % hits)
    link_id = ls.json("list", "--json")["items"][0]["id"]
    single = ls.open(link_id, "single").decode("utf-8")
    check(not lib.remote_asset_urls(single), "remote URLs left: %s" % lib.remote_asset_urls(single))
    check("file:" not in "".join(u for _, u in lib.scan_html(single).assets), "file: asset left")
    path = os.path.join(lib.tempdir(), "p.warc.gz")
    ls.ok("open", link_id, "--format", "warc", "-o", path)
    s = lib.warc_check(path)
    check(s["ok"], "warc: %s" % s["problems"][:5])
    bad = [u for u in lib.warc_pairs(s) if "169.254" in u or "0.0.0.0" in u or "fd00" in u or "100.100" in u]
    check(not bad, "exchanges with blocked hosts in the WARC: %s" % bad)


def test_s17_import_loop_fetches_each_sheet_once():
    site = lib.start_site()
    ls = lib.Linksnap()
    r = ls.run("add", site.url("/sec/import-loop.html"), timeout=60)
    check(r.rc == 0, "import loop: %r" % r)
    hits = site.counts()
    check(hits.get("/sec/css/loop-a.css") == 1 and hits.get("/sec/css/loop-b.css") == 1, "sheets: %s" % hits)


@lib.timeout(240)
def test_s17_asset_that_never_answers_stays_within_the_time_budget():
    site = lib.start_site()
    srv = lib.start_hostile()
    ls = lib.Linksnap()
    r = ls.run("add", site.url("/hang.html?port=%d&path=/slow/silent" % srv.port), timeout=200)
    check(r.rc == 0, "a page with one silent asset failed: %r" % r)
    check(r.secs < 100, "silent asset held the capture for %.0fs (assets budget 90 s)" % r.secs)
    link_id = lib.link_id_of(r)
    single = ls.open(link_id, "single").decode("utf-8")
    check(not lib.remote_asset_urls(single), "remote URLs left: %s" % lib.remote_asset_urls(single))
    check(site.hits("/sec/img/ok.png") == 1, "the normal asset was not fetched")


@lib.timeout(240)
def test_s17_ten_thousand_images_within_budgets():
    site = lib.start_site()
    ls = lib.Linksnap()
    r = ls.run("add", site.url("/many.html?n=10000"), timeout=200)
    check(r.rc == 0, "many images: %r" % r)
    n = site.hits("/many/")
    check(n < 10000, "all 10000 images fetched: no count budget")
    link_id = ls.json("list", "--json")["items"][0]["id"]
    single = ls.open(link_id, "single").decode("utf-8")
    left = lib.remote_asset_urls(single)
    check(not left, "%d images beyond the budget still point at the network, e.g. %s" % (len(left), left[:3]))


# ---- 20-21. content ---------------------------------------------------------

CHARSET_TITLES = {"cs/nolabel-gbk.html": "工业互联网平台建设指南发布", "cs/big5.html": "智慧製造與工業網路",
                  "cs/gb2312-label-gb18030-chars.html": "镕铁与𠀀", "cs/gb2312-label-utf8.html": "标签说gb2312但内容是UTF-8",
                  "cs/bom-utf8.html": "BOM优先于meta", "cs/broken-utf8.html": "破损字节测试",
                  "cs/utf7-label.html": "UTF-7 label", "cs/nul-bytes.html": None, "cs/wrong-label.html": None,
                  "cs/c1-controls.html": "Grid notes: we\u2019re ready"}


def test_s20_charsets_come_out_as_readable_utf8():
    site = lib.start_site()
    ls = lib.Linksnap()
    bad = []
    for f, title in CHARSET_TITLES.items():
        r = ls.run("add", site.url("/" + f))
        if r.rc != 0:
            bad.append("%s: %s" % (f, r.errtext.strip()))
            continue
        link_id = lib.link_id_of(r)
        snap = lib.newest(ls.show(link_id))
        if title and title not in (snap["title"] or ""):
            bad.append("%s: title %r" % (f, snap["title"]))
        for fmt in ("single", "reader"):
            data = ls.open(link_id, fmt)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                bad.append("%s: %s is not UTF-8" % (f, fmt))
                continue
            if "\x00" in text:
                bad.append("%s: NUL in %s" % (f, fmt))
            if fmt == "single" and lib.scan_html(text).meta_charsets != ["utf-8"]:
                bad.append("%s: meta charsets %r" % (f, lib.scan_html(text).meta_charsets))
    check(not bad, "; ".join(bad))


# hostile.py's charset routes: labels in the HTTP header this time.
HOSTILE_CHARSETS = {"/charset/gbk-nolabel": "朱镕基", "/charset/gbk-meta": "朱镕基", "/charset/wrong": "朱镕基",
                    "/charset/utf7": "+ADw-script", "/charset/bom": "智能制造的新阶段", "/charset/nul": None,
                    "/charset/invalid-utf8": "end"}


def test_s20_http_header_charsets_come_out_as_readable_utf8():
    srv = lib.start_hostile()
    ls = lib.Linksnap()
    bad = []
    for path, want in HOSTILE_CHARSETS.items():
        r = ls.run("add", srv.url(path))
        if r.rc != 0:
            bad.append("%s: %s" % (path, r.errtext.strip()))
            continue
        link_id = lib.link_id_of(r)
        try:
            single = ls.open(link_id, "single").decode("utf-8")
            reader = ls.open(link_id, "reader").decode("utf-8")
        except UnicodeDecodeError:
            bad.append("%s: stored view is not UTF-8" % path)
            continue
        if want and want not in single:
            bad.append("%s: %r not in the single file" % (path, want))
        if "\x00" in single + reader:
            bad.append("%s: NUL kept" % path)
        if path == "/charset/utf7" and lib.active_content(single):
            bad.append("%s: UTF-7 decoded into markup: %s" % (path, lib.active_content(single)))
    check(not bad, "; ".join(bad))


@lib.timeout(lib.time_limit(360))
def test_s21_deep_nesting_long_line_huge_page_bounded():
    site = lib.start_site()
    ls = lib.Linksnap()
    lib.require_capture_works(ls, site)
    for path in ("/deep.html?n=100000", "/longline.html?mb=10", "/big.bin?mb=200&type=text/html"):
        r = ls.run("add", site.url(path), timeout=lib.time_limit(120) + 60)
        check(r.secs < lib.time_limit(120), "%s took %.0fs" % (path, r.secs))
        check(r.rc == 0 or r.errtext.strip(), "%s failed without a reason" % path)
        lib.check_rss(r, path)


# ---- 30. truncation -----------------------------------------------------------

@lib.timeout(240)
def test_s30_body_cut_at_the_cap_is_marked_truncated():
    site = lib.start_site()
    ls = lib.Linksnap()
    r = ls.run("add", site.url("/bigasset.html?mb=300"), timeout=200)
    check(r.rc == 0, "page with a 300 MB image: %r" % r)
    link_id = lib.link_id_of(r)
    path = os.path.join(lib.tempdir(), "t.warc.gz")
    ls.ok("open", link_id, "--format", "warc", "-o", path)
    s = lib.warc_check(path)
    check(s["ok"], "warc: %s" % s["problems"][:5])
    big = [x for x in s["records"] if x["type"] == "response" and "/big.bin" in (x["uri"] or "")]
    check(big, "no response record for the cut asset")
    check(big[0]["truncated"] == "length", "cut body without WARC-Truncated: length: %r" % big[0])
    check(big[0]["payload_length"] < 300 << 20, "body not cut")
