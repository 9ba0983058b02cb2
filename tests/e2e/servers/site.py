#!/usr/bin/env python3
"""The fixture web site for tests/e2e (standard library only).

    python3 tests/e2e/servers/site.py [--port N]

Serves tests/e2e/fixtures/ on 127.0.0.1 and prints "PORT n" as its first
stdout line. Every request is counted by path (query string dropped) so a
test can see what the capture fetched: GET /__counts gives {path: n},
GET /__reset clears them, GET /__log lists [method, target, headers].
A request whose target is an absolute URL (a client using this server as an
HTTP proxy) is counted under that URL.

Routes besides the static files (.html served as text/html with no charset,
so the page's own <meta> or bytes decide):
  /gz/...                   the file gzip-encoded (Content-Encoding: gzip)
  /chunked/PATH             PATH sent with Transfer-Encoding: chunked
  /redirect?code=C&to=URL   one redirect with status C (301, 302, 303, 307, 308)
  /loop                     a redirect to itself
  /chain/N?to=PATH          N hops cycling 301, 302, 307, then PATH
                            (default /gbk/article.html)
  /many.html?n=N            a page with N distinct images /many/img-I.png
  /big.bin?mb=N             N MiB of bytes with a Content-Length
  /bigasset.html?mb=N       a page whose one image is /big.bin?mb=N
  /deep.html?n=N            N nested <div>s
  /longline.html?mb=N       an N MiB page on a single line
  /status/C                 an HTML page with status C
  /slowimg/NAME.png?ms=M    a PNG sent after M milliseconds
  /concurrent.html?n=N&ms=M a page with N such slow images
  /hang.html?port=P&path=Q  a page with one image at http://127.0.0.1:P/Q (e.g.
                            hostile.py's /slow/silent) and one normal image
Files under sec/ have "{{PORT}}" replaced by this server's port.
"""
import argparse
import gzip
import json
import os
import struct
import sys
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIXTURES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures")
TYPES = {".html": "text/html", ".css": "text/css", ".js": "application/javascript",
         ".png": "image/png", ".gif": "image/gif", ".jpg": "image/jpeg", ".woff2": "font/woff2",
         ".ico": "image/x-icon", ".txt": "text/plain"}

LOCK = threading.Lock()
COUNTS = {}
LOG = []


def tiny_png():
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x10\x20\x30")) + chunk(b"IEND", b""))


PNG = tiny_png()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fixture-site/1"

    def log_message(self, fmt, *args):  # keep the test output clean
        pass

    def send_body(self, status, body, ctype="text/html", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        target = self.path
        parsed = urllib.parse.urlsplit(target)
        path = urllib.parse.unquote(parsed.path)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        if path == "/__counts":
            with LOCK:
                return self.send_body(200, json.dumps(COUNTS).encode(), "application/json")
        if path == "/__reset":
            with LOCK:
                COUNTS.clear()
                LOG.clear()
            return self.send_body(200, b"{}", "application/json")
        if path == "/__log":
            with LOCK:
                return self.send_body(200, json.dumps(LOG).encode(), "application/json")
        key = target if parsed.scheme else path
        with LOCK:
            COUNTS[key] = COUNTS.get(key, 0) + 1
            LOG.append([self.command, target, dict(self.headers.items())])
        if parsed.scheme:  # used as a proxy: refuse, but it was counted
            return self.send_body(502, b"not a proxy")
        self.route(path, query)

    def route(self, path, q):
        if path == "/redirect":
            return self.redirect(int(q.get("code", "302")), q.get("to", "/gbk/article.html"))
        if path == "/loop":
            return self.redirect(302, "/loop")
        if path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1] or "0")
            to = q.get("to", "/gbk/article.html")
            nxt = to if n <= 1 else "/chain/%d%s" % (n - 1, "?to=" + urllib.parse.quote(to) if "to" in q else "")
            return self.redirect((301, 302, 307)[n % 3], nxt)
        if path == "/many.html":
            n = int(q.get("n", "100"))
            imgs = "".join('<img src="/many/img-%d.png">' % i for i in range(n))
            return self.send_body(200, ("<html><head><title>many images</title></head><body><p>%d images</p>%s"
                                        "</body></html>" % (n, imgs)).encode())
        if path.startswith("/many/"):
            return self.send_body(200, PNG, "image/png")
        if path == "/big.bin":
            return self.stream(int(q.get("mb", "1")) << 20, q.get("type", "image/png"))
        if path == "/bigasset.html":
            body = ('<html><head><title>big asset</title></head><body><p>One big image.</p>'
                    '<img src="/big.bin?mb=%s"><img src="/sec/img/ok.png"></body></html>' % q.get("mb", "64"))
            return self.send_body(200, body.encode())
        if path == "/deep.html":
            n = int(q.get("n", "100000"))
            body = "<html><head><title>deep</title></head><body>" + "<div>" * n + "deep text" + "</div>" * n
            return self.send_body(200, (body + "</body></html>").encode())
        if path == "/longline.html":
            n = int(q.get("mb", "10")) << 20
            head = b"<html><head><title>long line</title></head><body><p>"
            word = "工业互联网 smart manufacturing ".encode()
            body = head + word * (n // len(word)) + b"</p></body></html>"
            return self.send_body(200, body)
        if path.startswith("/slowimg/"):
            time.sleep(int(q.get("ms", "1000")) / 1000.0)
            return self.send_body(200, PNG, "image/png")
        if path == "/concurrent.html":
            n, ms = int(q.get("n", "8")), int(q.get("ms", "1000"))
            imgs = "".join('<img src="/slowimg/%d.png?ms=%d">' % (i, ms) for i in range(n))
            return self.send_body(200, ("<html><head><title>slow images</title></head><body><p>%d slow images</p>%s"
                                        "</body></html>" % (n, imgs)).encode())
        if path == "/hang.html":
            body = ('<html><head><title>hanging asset</title></head><body><p>One asset never answers.</p>'
                    '<img src="http://127.0.0.1:%s%s"><img src="/sec/img/ok.png"></body></html>'
                    % (int(q.get("port", "9")), q.get("path", "/slow/silent")))
            return self.send_body(200, body.encode())
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            return self.send_body(code, b"<html><head><title>status</title></head><body>status page</body></html>")
        if path.startswith("/chunked/"):
            return self.static(path[len("/chunked"):], chunked=True)
        return self.static(path, gzip_it=path.startswith("/gz/"))

    def redirect(self, code, to):
        self.send_body(code, b"<html><body>moved</body></html>", headers=[("Location", to)])

    def stream(self, n, ctype):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(n))
        self.end_headers()
        block = bytes(range(256)) * 256
        try:
            while n > 0:
                k = min(n, len(block))
                self.wfile.write(block[:k])
                n -= k
        except (BrokenPipeError, ConnectionResetError):
            pass

    def static(self, path, gzip_it=False, chunked=False):
        full = os.path.normpath(os.path.join(FIXTURES, path.lstrip("/")))
        if not full.startswith(FIXTURES + os.sep) or not os.path.isfile(full) or full.endswith(".py"):
            return self.send_body(404, b"<html><head><title>404</title></head><body>not found</body></html>")
        with open(full, "rb") as f:
            body = f.read()
        if "/sec/" in full:
            body = body.replace(b"{{PORT}}", str(self.server.server_port).encode())
        ctype = TYPES.get(os.path.splitext(full)[1], "application/octet-stream")
        if gzip_it:
            return self.send_body(200, gzip.compress(body), ctype,
                                  [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")])
        if chunked:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 700):
                part = body[i:i + 700]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return None
        return self.send_body(200, body, ctype)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    srv.daemon_threads = True
    print("PORT %d" % srv.server_port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
