"""What one capture stores (issue 2): raw bytes, the single-file HTML, the
reader article, the WARC, and the snapshot row, for the GBK portal article
(CSS with @import, images in every position, a font, icons), the English
article, a gzip-encoded page, a chunked page and redirect chains."""
import base64
import hashlib
import json
import os
import re
import urllib.parse
import urllib.request

import lib
from lib import check

FIX = lib.FIXTURES
GBK_ASSETS = ["gbk/css/style.css", "gbk/css/base.css", "gbk/img/logo.png", "gbk/img/bg.png",
              "gbk/img/tile.gif", "gbk/img/hero.jpg", "gbk/img/hero-2x.jpg", "gbk/img/wide.png",
              "gbk/img/lazy1.png", "gbk/img/lazy2.gif", "gbk/img/inline-bg.png", "gbk/img/style-block.png",
              "gbk/img/touch-icon.png", "gbk/favicon.png", "gbk/fonts/site.woff2"]
# Inlined into the single file as data: URIs (CSS may be inlined as text).
GBK_BINARY_ASSETS = [a for a in GBK_ASSETS if not a.endswith(".css")]
SNAPSHOT_KEYS = {"id", "status", "created", "http_status", "final_url", "charset", "title", "byline", "source",
                 "site_name", "published", "lang", "excerpt", "word_count", "bytes", "error", "files"}
LINK_KEYS = {"id", "url", "title", "note", "created", "tags", "snapshots"}


def fixture(rel):
    with open(os.path.join(FIX, rel), "rb") as f:
        return f.read()


def capture(path, *extra):
    site = lib.start_site()
    ls = lib.Linksnap()
    link_id = ls.add(site.url(path), *extra)
    return ls, site, link_id, ls.show(link_id)


DATA_URI = re.compile(r"data:([\w.+-]+/[\w.+-]+)?((?:;[\w-]+=[\w.-]+)*)(;base64)?,([^\"')\s>]*)", re.I)


def inlined_payloads(text, depth=0):
    """Bytes of every data: URI in text, and in the CSS those decode to."""
    out = []
    for m in DATA_URI.finditer(text):
        body = m.group(4)
        try:
            data = base64.b64decode(urllib.parse.unquote(body)) if m.group(3) else urllib.parse.unquote_to_bytes(body)
        except ValueError:
            continue
        out.append(data)
        if depth < 3 and (m.group(1) or "").lower() in ("text/css", "image/svg+xml"):
            out += inlined_payloads(data.decode("utf-8", "replace"), depth + 1)
    return out


def test_add_prints_id_and_show_json_has_the_issue_shape():
    ls, site, link_id, link = capture("/gbk/article.html", "--tag", "工业互联网/边缘计算", "--note", "测试备注")
    check(set(link) >= LINK_KEYS, "show --json keys: %s" % sorted(link))
    check(link["id"] == link_id and link["url"] == site.url("/gbk/article.html"), "id/url: %r" % link)
    check(link["note"] == "测试备注", "note: %r" % link["note"])
    check(link["tags"] == ["工业互联网/边缘计算"], "tags: %r" % link["tags"])
    snap = lib.newest(link)
    check(set(snap) >= SNAPSHOT_KEYS, "snapshot keys: %s" % sorted(snap))
    check(snap["status"] == "done" and snap["http_status"] == 200, "status: %r" % snap)
    check(snap["final_url"] == site.url("/gbk/article.html"), "final_url: %r" % snap["final_url"])
    check("gb" in (snap["charset"] or "").lower(), "charset: %r" % snap["charset"])
    check("智能制造加速落地" in (snap["title"] or ""), "title: %r" % snap["title"])
    check(set(snap["files"]) == {"raw", "single", "reader", "warc"}, "files: %r" % snap["files"])
    for k, v in snap["files"].items():
        check(isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v), "files.%s: %r" % (k, v))
    check(isinstance(snap["bytes"], int) and snap["bytes"] > 0, "bytes: %r" % snap["bytes"])
    check(snap["error"] in (None, ""), "error on a done snapshot: %r" % snap["error"])


def test_raw_file_is_the_bytes_as_received():
    ls, site, link_id, _ = capture("/gbk/article.html")
    raw = ls.open(link_id, "raw")
    check(raw == fixture("gbk/article.html"), "raw differs from the GBK bytes served (%d vs %d bytes)" % (
        len(raw), len(fixture("gbk/article.html"))))


def test_single_file_has_no_remote_asset_and_no_active_content():
    ls, site, link_id, _ = capture("/gbk/article.html")
    html = ls.open(link_id, "single").decode("utf-8")
    left = lib.remote_asset_urls(html)
    check(not left, "http(s) URLs left in asset positions: %s" % left[:10])
    active = lib.active_content(html)
    check(not active, "active content left: %s" % active)
    scan = lib.scan_html(html)
    check(scan.meta_charsets == ["utf-8"], "meta charsets: %r" % scan.meta_charsets)
    check(site.url("/gbk/article.html") in html, "no note of the source URL")
    check("智能制造加速落地" in html and "来源：信息化时代" in html, "GBK text not decoded to UTF-8")
    check("javascript:" not in html.lower(), "javascript: URL left")


def test_single_file_inlines_every_asset_kind():
    ls, site, link_id, _ = capture("/gbk/article.html")
    html = ls.open(link_id, "single").decode("utf-8")
    payloads = inlined_payloads(html)
    missing = [a for a in GBK_BINARY_ASSETS if fixture(a) not in payloads]
    check(not missing, "assets not inlined as data: URIs: %s" % missing)
    # CSS rules from the stylesheet and the @imported one are present.
    css_text = html + "".join(p.decode("utf-8", "replace") for p in payloads)
    check("text-indent: 2em" in css_text or "text-indent:2em" in css_text, "@imported base.css not inlined")
    check("SiteFont" in css_text, "style.css not inlined")


def test_asset_used_twice_is_fetched_once_and_all_assets_fetched():
    ls, site, link_id, _ = capture("/gbk/article.html")
    counts = site.counts()
    for a in GBK_ASSETS:
        check(counts.get("/" + a, 0) == 1, "/%s fetched %d times, expected once: %s" % (a, counts.get("/" + a, 0), counts))
    check(counts.get("/gbk/js/app.js", 0) == 0, "the script was fetched though scripts are dropped")


def test_reader_article_has_metadata_and_text():
    ls, site, link_id, link = capture("/gbk/article.html")
    snap = lib.newest(link)
    check(snap["source"] == "信息化时代", "source: %r" % snap["source"])
    check("张伟" in (snap["byline"] or ""), "byline: %r" % snap["byline"])
    check((snap["published"] or "").startswith("2024-05-01T10:23"), "published: %r" % snap["published"])
    check((snap["lang"] or "").lower().startswith("zh"), "lang: %r" % snap["lang"])
    check((snap["word_count"] or 0) > 100, "word_count: %r" % snap["word_count"])
    reader = ls.open(link_id, "reader").decode("utf-8")
    for want in ("智能制造加速落地", "信息化时代", "张伟", "2024", "预测性维护", "制造强国建设"):
        check(want in reader, "reader lacks %r" % want)
    check(not lib.active_content(reader), "active content in reader: %s" % lib.active_content(reader))
    left = [u for _, u in lib.remote_asset_urls(reader) if "127.0.0.1" in u]
    check(not left, "reader images point at the live site: %s" % left)
    # the article's images are the stored copies (the extractor ran during
    # the download and named them by placeholders, all swapped)
    check('<img src="data:image/' in reader, "no stored image in the reader")
    check("linksnap.invalid" not in reader, "a placeholder was left in the reader")
    check(not (snap.get("lead_image") or "").startswith("data:"), "lead image is a data: URI")


def test_warc_holds_every_exchange_with_valid_digests():
    ls, site, link_id, _ = capture("/gbk/article.html")
    path = os.path.join(lib.tempdir(), "snap.warc.gz")
    ls.ok("open", link_id, "--format", "warc", "-o", path)
    s = lib.warc_check(path)
    check(s["ok"], "warc_check problems: %s" % s["problems"][:10])
    check(s["records"][0]["type"] == "warcinfo", "first record: %r" % s["records"][0]["type"])
    pairs = lib.warc_pairs(s)
    fetched = {p for p in site.counts() if not p.startswith("/__")}
    in_warc = {urllib.parse.urlsplit(u).path for u in pairs}
    check(fetched <= in_warc, "fetched but not in the WARC: %s" % sorted(fetched - in_warc))
    for u, n in pairs.items():
        check(n["request"] >= 1 and n["response"] >= 1, "%s: %r" % (u, n))
    page = [r for r in s["records"] if r["type"] == "response" and r["uri"] == site.url("/gbk/article.html")]
    check(page and page[0]["status"] == 200, "no 200 response record for the page")
    check(page[0]["payload_sha256"] == hashlib.sha256(fixture("gbk/article.html")).hexdigest(),
          "page payload is not the bytes served")
    check(page[0]["ip"] == "127.0.0.1", "WARC-IP-Address: %r" % page[0]["ip"])
    # The request records hold the heads as sent: compare with what the server got.
    received = {}
    for method, target, headers in json.loads(urllib.request.urlopen(site.url("/__log")).read()):
        received[urllib.parse.urlsplit(target).path] = {k.lower(): v for k, v in headers.items()}
    for rq in (r for r in s["records"] if r["type"] == "request"):
        path = urllib.parse.urlsplit(rq["uri"]).path
        got = received.get(path)
        check(got is not None, "request record for %s the server never saw" % path)
        check(rq["request_line"].startswith("GET " + path), "request line %r for %s" % (rq["request_line"], path))
        for h in ("user-agent", "host", "accept-encoding"):
            check(rq["request_headers"].get(h) == got.get(h),
                  "%s: %s in the WARC %r, sent %r" % (path, h, rq["request_headers"].get(h), got.get(h)))


def test_gzip_page_warc_keeps_encoded_bytes_and_views_decode():
    ls, site, link_id, link = capture("/gz/page.html")
    snap = lib.newest(link)
    check(snap["status"] == "done", "gzip page: %r" % snap)
    check("压缩传输的页面" in (snap["title"] or ""), "title: %r" % snap["title"])
    path = os.path.join(lib.tempdir(), "gz.warc.gz")
    ls.ok("open", link_id, "--format", "warc", "-o", path)
    s = lib.warc_check(path)
    check(s["ok"], "warc_check problems: %s" % s["problems"][:10])
    page = [r for r in s["records"] if r["type"] == "response" and r["uri"].endswith("/gz/page.html")]
    check(page, "no response record for the page")
    check(page[0]["http_content_encoding"] == "gzip", "Content-Encoding header not kept: %r" % page[0])
    check(page[0]["payload_prefix_hex"].startswith("1f8b"), "stored body is not the gzip bytes as sent")
    single = ls.open(link_id, "single").decode("utf-8")
    check("压缩传输的页面" in single, "single file not decoded")
    check(fixture("gz/img/dot.png") in inlined_payloads(single), "gzip-encoded image not inlined decoded")
    raw = lib.gunzip_if(ls.open(link_id, "raw"))
    check(raw == fixture("gz/page.html"), "raw page differs from the page served")


def test_chunked_page_is_stored_dechunked():
    ls, site, link_id, link = capture("/chunked/en/article.html")
    path = os.path.join(lib.tempdir(), "ch.warc.gz")
    ls.ok("open", link_id, "--format", "warc", "-o", path)
    s = lib.warc_check(path)
    check(s["ok"], "warc_check problems: %s" % s["problems"][:10])
    page = [r for r in s["records"] if r["type"] == "response" and r["uri"].endswith("/chunked/en/article.html")]
    check(page and page[0]["payload_sha256"] == hashlib.sha256(fixture("en/article.html")).hexdigest(),
          "chunked body not stored as the de-chunked entity")


def test_redirect_chain_is_followed_and_recorded():
    ls, site, link_id, link = capture("/chain/3")
    snap = lib.newest(link)
    check(snap["status"] == "done", "snapshot: %r" % snap)
    check(snap["final_url"] == site.url("/gbk/article.html"), "final_url: %r" % snap["final_url"])
    check("智能制造加速落地" in (snap["title"] or ""), "title: %r" % snap["title"])
    path = os.path.join(lib.tempdir(), "r.warc.gz")
    ls.ok("open", link_id, "--format", "warc", "-o", path)
    s = lib.warc_check(path)
    check(s["ok"], "warc_check problems: %s" % s["problems"][:10])
    statuses = {urllib.parse.urlsplit(r["uri"]).path: r["status"] for r in s["records"] if r["type"] == "response"}
    for hop in ("/chain/3", "/chain/2", "/chain/1"):
        check(statuses.get(hop) in (301, 302, 307), "hop %s not recorded as a redirect: %s" % (hop, statuses))
    check(sorted(statuses[h] for h in ("/chain/3", "/chain/2", "/chain/1")) == [301, 302, 307],
          "redirect statuses: %s" % statuses)
    check(statuses.get("/gbk/article.html") == 200, "final page: %s" % statuses)


def test_english_article_metadata_from_json_ld():
    ls, site, link_id, link = capture("/en/article.html")
    snap = lib.newest(link)
    check(snap["title"] and "Edge Computing" in snap["title"], "title: %r" % snap["title"])
    check("Jane Doe" in (snap["byline"] or ""), "byline: %r" % snap["byline"])
    check((snap["published"] or "").startswith("2024-03-15"), "published: %r" % snap["published"])
    check(snap["site_name"] == "Industry Weekly", "site_name: %r" % snap["site_name"])
    check((snap["lang"] or "").lower().startswith("en"), "lang: %r" % snap["lang"])
    reader = ls.open(link_id, "reader").decode("utf-8")
    check("attack surface" in reader, "reader lacks the article text")
    single = ls.open(link_id, "single").decode("utf-8")
    check(fixture("en/img/cover.png") in inlined_payloads(single), "cover image not inlined")
    check(not lib.active_content(single), "script (JSON-LD) left: %s" % lib.active_content(single))


def test_snapshot_again_adds_a_snapshot_and_keeps_the_old():
    ls, site, link_id, link = capture("/gbk/article.html")
    first = lib.newest(link)
    ls.ok("snapshot", link_id)
    link2 = ls.show(link_id)
    check(len(link2["snapshots"]) == 2, "snapshots: %d" % len(link2["snapshots"]))
    newer, older = link2["snapshots"]
    check(older["id"] == first["id"] and newer["id"] != first["id"], "newest first: %r" % [s["id"] for s in link2["snapshots"]])
    check(newer["status"] == "done" and older["status"] == "done", "statuses")
    check(newer["files"]["raw"] == older["files"]["raw"], "identical raw bytes not shared")
    old_single = ls.open(link_id, "single", "--snapshot", first["id"])
    check(b"<html" in old_single.lower(), "older snapshot's single file not readable")
    blobs = ls.blob_files()
    for f in list(older["files"].values()) + list(newer["files"].values()):
        check(f in blobs, "blob %s of a snapshot is not on disk" % f)


def test_rm_deletes_files_no_other_snapshot_uses():
    site = lib.start_site()
    ls = lib.Linksnap()
    a = ls.add(site.url("/gbk/article.html"))
    b = ls.add(site.url("/gbk/article.html?copy=1"))
    fa, fb = lib.newest(ls.show(a))["files"], lib.newest(ls.show(b))["files"]
    check(fa["raw"] == fb["raw"], "same page bytes not stored once")
    ls.ok("rm", a)
    r = ls.run("show", a, "--json")
    check(r.rc != 0, "show of a removed link succeeded: %r" % r)
    blobs = ls.blob_files()
    check(fa["raw"] in blobs, "a blob still used by link %d was deleted" % b)
    for k in ("single", "warc"):
        if fa[k] != fb[k]:
            check(fa[k] not in blobs, "%s blob of the removed link was left on disk" % k)
    for k in ("raw", "single", "reader", "warc"):
        check(len(ls.open(b, k)) > 0, "remaining link lost its %s file" % k)
    listed = ls.json("list", "--json")
    check([i["id"] for i in listed["items"]] == [b], "list after rm: %r" % listed["items"])


def test_open_writes_to_stdout_without_o():
    ls, site, link_id, _ = capture("/en/article.html")
    via_file = ls.open(link_id, "single")
    r = ls.ok("open", link_id, "--format", "single")
    check(r.out == via_file, "stdout and -o differ")
    r = ls.run("open", link_id, "--format", "nonsense")
    check(r.rc != 0 and r.err, "bad --format accepted: %r" % r)


def test_assets_are_fetched_concurrently():
    site = lib.start_site()
    ls = lib.Linksnap()
    ls.add(site.url("/en/article.html"))  # warm up: database creation is not what is timed
    r = ls.ok("add", site.url("/concurrent.html?n=8&ms=1500"))
    check(site.hits("/slowimg/") == 8, "slow images fetched: %s" % site.counts())
    check(r.secs < 7, "8 images of 1.5 s each took %.1fs: not fetched concurrently" % r.secs)


def test_reader_leaves_out_an_image_with_no_stored_copy():
    ls, site, link_id, _ = capture("/en/lost_image.html")
    reader = ls.open(link_id, "reader").decode("utf-8")
    check('<img src="data:image/' in reader, "the stored image is missing from the reader")
    check('src="data:,"' not in reader, "an image with no copy is drawn as a broken picture")
    check("linksnap.invalid" not in reader, "a placeholder was left in the reader")
    check("the firmware keeps the last hour" in reader.lower(), "the text around it is missing")
