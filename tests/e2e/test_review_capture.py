"""Review cases of the capture: memory bounded when one large asset is used
many times, and the single file clean of the less common asset positions
end to end (served by a small server inside the test)."""
import http.server
import threading

import lib
from lib import check


def serve(routes):
    """A threaded HTTP server on 127.0.0.1 for {path: (type, bytes)}."""
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            ctype, body = routes.get(self.path.split("?")[0], ("text/plain", None))
            if body is None:
                self.send_response(404)
                body = b"no"
            else:
                self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return "http://127.0.0.1:%d" % srv.server_address[1]


@lib.timeout(300)
def test_review_one_big_asset_used_many_times_stays_bounded():
    big = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (2 * 4096)  # 2 MiB
    uses = "".join("<img src='/big.png' alt='%d'>" % i for i in range(300))
    style = "<style>" + "".join(".c%d{background:url(/big.png)}" % i for i in range(150)) + "</style>"
    page = ("<!DOCTYPE html><html><head><title>reuse</title>%s</head><body><p>%s</p>%s</body></html>"
            % (style, "text " * 200, uses)).encode()
    base = serve({"/page.html": ("text/html; charset=utf-8", page), "/big.png": ("image/png", big)})
    ls = lib.Linksnap()
    r = ls.run("add", base + "/page.html", timeout=int(lib.time_limit(120)))
    check(r.rc == 0, "capture of a page reusing one image failed: %r" % r)
    lib.check_rss(r, "one 2 MiB image used 450 times")
    html = ls.open(lib.link_id_of(r), "single").decode()
    check(not lib.remote_asset_urls(html), "remote assets left: %r" % lib.remote_asset_urls(html)[:3])
    check("/big.png" not in html, "a use of the image still names it")
    check(len(html) < 400 << 20, "single file of %d MB" % (len(html) >> 20))
    check(lib.data_uri_count(html) >= 1, "the image was not inlined at all")


def test_review_media_and_svg_references_do_not_survive():
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    page = (b"<!DOCTYPE html><html><head><meta charset=utf-8><title>m</title>"
            b"<link rel='alternate stylesheet' href='/alt.css'>"
            b"<link rel='modulepreload alternate' href='/mod.js'></head><body>"
            b"<video src='/movie.mp4' poster='/poster.png'><source src='/movie.webm'>"
            b"<track src='/subs.vtt'></video><audio src='/sound.mp3'></audio>"
            b"<svg><use href='/sprite.svg#i'></use><rect filter='url(/filt.svg#f)'></rect></svg>"
            b"<style>.a{background:u\\72l(/esc.png)}</style><p class=a>text</p></body></html>")
    routes = {"/page.html": ("text/html", page), "/poster.png": ("image/png", png),
              "/esc.png": ("image/png", png), "/filt.svg": ("image/svg+xml", b"<svg/>")}
    base = serve(routes)
    ls = lib.Linksnap()
    link_id = ls.add(base + "/page.html")
    html = ls.open(link_id, "single").decode()
    for name in ("alt.css", "mod.js", "movie", "subs.vtt", "sound.mp3", "sprite.svg", "filt.svg",
                 "esc.png", "poster.png"):
        check(name not in html, "%s left in the single file" % name)
    check(lib.data_uri_count(html) >= 2, "poster and escaped url() not inlined")


def test_review_reader_images_never_point_at_the_live_site():
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    para = "<p>%s</p>" % ("This paragraph is the article body with enough words to be kept. " * 6)
    page = ("<!DOCTYPE html><html><head><meta charset=utf-8><title>Reader images</title></head>"
            "<body><article><h1>Reader images</h1>%s<img src='/ok.png' alt=ok>%s"
            "<img src='/missing.png' alt=missing>%s"
            "<img src='http://169.254.169.254/latest/meta.png' alt=meta>%s</article></body></html>"
            % (para, para, para, para)).encode()
    base = serve({"/page.html": ("text/html", page), "/ok.png": ("image/png", png)})
    ls = lib.Linksnap()
    link_id = ls.add(base + "/page.html")
    reader = ls.open(link_id, "reader").decode()
    check("article body" in reader, "reader lacks the article text")
    left = lib.remote_asset_urls(reader)
    check(not left, "reader images point at the live site: %r" % left)
    check("missing.png" not in reader and "169.254.169.254" not in reader,
          "an image without a stored copy is still named")
    check(lib.data_uri_count(reader) >= 1, "the stored image is not inlined in the reader")


@lib.timeout(240)
def test_review_redirect_bodies_do_not_multiply_the_page_cap():
    """Ten redirects, each with a 30 MB body, then a small page: the chain
    holds every body for the WARC, so it needs one budget, not one cap per
    hop (eleven caps of 32 MB would be 350-700 MB)."""
    import http.server
    body = b"x" * (30 << 20)

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            path = self.path.split("?")[0]
            if path.startswith("/r"):
                n = int(path[2:])
                self.send_response(302)
                self.send_header("Location", "/r%d" % (n + 1) if n < 9 else "/final")
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass
                return
            page = b"<html><head><title>final</title></head><body><p>end of chain</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    ls = lib.Linksnap()
    r = ls.run("add", "http://127.0.0.1:%d/r0" % srv.server_address[1], timeout=int(lib.time_limit(180)))
    limit = float(__import__("os").environ.get("E2E_RSS_LIMIT_MB", "512"))
    check(not limit or r.rss_mb < 200,
          "peak RSS %.0f MB for a redirect chain: each hop's body counted apart" % r.rss_mb)
    check(r.rc == 0 or ("budget" in r.errtext and len(r.errtext.strip().split("\n")) == 1),
          "the chain neither captured nor failed with the budget as the reason: %r" % r)
