#!/usr/bin/env python3
"""hostile.py - a deliberately hostile HTTP server for linksnap's tests.

Stdlib only. Listens on 127.0.0.1 (an ephemeral port unless --port) and
prints "PORT <n>" as the first line on stdout once it accepts connections.
Every connection is answered by hand on the raw socket (one request per
connection, "Connection: close"), so a route can misbehave at the byte level.

Usage:
  python3 tests/e2e/servers/hostile.py [--port N] [--tls CERT KEY] [--watch-stdin]
    --tls CERT KEY   serve HTTPS with this certificate (tests make a
                     self-signed one with the openssl CLI)
    --watch-stdin    exit when stdin reaches EOF (start it with a pipe so it
                     dies with the test process)

Route table (SECURITY.md case numbers in brackets). P is this server's port.
  /ok                      200 small HTML page ("hello from hostile")
  /zh                      200 UTF-8 Chinese article page
  /echo                    200 text/plain: the request head as received
  /status/N                status N with a short HTML body
  /redirect?to=URL         302 Location: URL (URL percent-decoded)
  /redir/chain/N           N redirects (302) in a row (N >= 1), then /ok
  /redir/metadata          302 -> http://169.254.169.254/latest/meta-data/   [8]
  /redir/metadata-v6       302 -> http://[fd00:ec2::254]/                     [8]
  /redir/file              302 -> file:///etc/passwd                          [8]
  /redir/gopher            302 -> gopher://127.0.0.1:6379/_INFO               [8]
  /redir/loopback          302 -> http://127.0.0.1:6379/                      [8]
  /redir/loop/N            302 -> /redir/loop/N+1, forever up to 50 hops      [9]
  /redir/relative          302 -> ../ok (relative Location)
  /slow/drip               200, Content-Length 100, one byte every 10 s       [10]
  /slow/silent             accepts the request and never answers              [10]
  /slow/headers            sends the status line, then one header byte / 10 s [10]
  /endless/chunked         chunked body that never ends                       [11]
  /endless/length          Content-Length: 10737418240, zeros forever         [11]
  /bomb/gzip               ~65 KB gzip that expands to 64 MB of zeros         [11]
  /bomb/gzip2              Content-Encoding: gzip, gzip (64 MB inside)        [11]
  /gzip/ok                 small HTML, Content-Encoding: gzip
  /gzip/double             small HTML, Content-Encoding: gzip, gzip
  /gzip/members            two concatenated gzip members
  /gzip/corrupt            Content-Encoding: gzip with a broken stream
  /deflate/zlib            small HTML, deflate (zlib-wrapped)
  /deflate/raw             small HTML, deflate (raw, no zlib header)
  /br                      Content-Encoding: br (which we never asked for)
  /headers/longline        one 1 MB header line                               [12]
  /headers/many            10,000 header lines                                [12]
  /headers/big             250 headers of 2 KB each (500 KB of headers)       [12]
  /big/N                   N bytes of HTML with Content-Length (a body to cut) [30]
  /continue                a "100 Continue" interim head, then 200
  /assets/hostile          page whose assets point at url(//169.254.169.254/),
                           http://127.0.0.1:6379/, file:///etc/passwd          [17]
  /assets/import-loop      page with a stylesheet that @imports itself via b  [17]
  /css/loop-a.css          @import url(loop-b.css)                            [17]
  /css/loop-b.css          @import url(loop-a.css)                            [17]
  /assets/many-images      page with 10,000 <img> tags                        [17]
  /img/<anything>.png      a 1x1 PNG
  /charset/gbk-nolabel     GBK Chinese, no charset anywhere                   [20]
  /charset/gbk-meta        GBK Chinese, <meta charset=gb2312>                 [20]
  /charset/wrong           header says utf-8, bytes are GBK                   [20]
  /charset/utf7            Content-Type charset=utf-7 with +ADw-script+AD4-   [20]
  /charset/bom             UTF-8 BOM, header says iso-8859-1                  [20]
  /charset/nul             HTML with NUL bytes inside                         [20]
  /charset/invalid-utf8    header utf-8, invalid sequences inside             [20]
  /deep/divs               100,000 nested <div>s                              [21]
  /longline                a 10 MB single line of text                        [21]
Anything else: 404.
"""
import argparse
import gzip
import os
import socket
import socketserver
import ssl
import sys
import threading
import time
import urllib.parse
import zlib

PORT = 0
MB = 1024 * 1024

ARTICLE_ZH = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>智能制造的新阶段</title>"
    "</head><body><article><h1>智能制造的新阶段</h1><p>工业互联网与人工智能正在改变制造业，"
    "边缘计算和数字孪生让工厂更加智能。</p><p>来源: 信息化时代</p></article></body></html>"
)
GBK_PAGE = (
    "<html><head><title>中文页面</title></head><body><p>朱镕基总理在北京主持召开国务院常务会议，"
    "研究部署推进智能制造和工业互联网发展的政策措施。会议指出，要加快数字化转型。</p></body></html>"
)
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

_bomb_lock = threading.Lock()
_bombs = {}


def bomb(kind):
    """64 gzip members of 1 MB of zeros each (~1 KB apiece): a 64 MB body
    in about 65 KB, built in milliseconds."""
    with _bomb_lock:
        if kind not in _bombs:
            member = gzip.compress(b"\0" * MB, 9)
            one = member * 64
            _bombs["gzip"] = one
            _bombs["gzip2"] = gzip.compress(one, 9)
        return _bombs[kind]


class Conn:
    """One accepted connection: read one request head, write raw bytes."""

    def __init__(self, sock):
        self.sock = sock

    def read_head(self):
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = self.sock.recv(4096)
            if not chunk:
                return None
            data += chunk
        return data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"

    def send(self, data):
        self.sock.sendall(data)

    def respond(self, status, headers, body=b"", reason=None):
        reason = reason or {200: "OK", 302: "Found", 404: "Not Found"}.get(status, "Status")
        head = "HTTP/1.1 %d %s\r\n" % (status, reason)
        has_len = any(h.lower().startswith("content-length:") for h in headers)
        lines = list(headers)
        if not has_len:
            lines.append("Content-Length: %d" % len(body))
        lines.append("Connection: close")
        head += "".join(h + "\r\n" for h in lines) + "\r\n"
        self.send(head.encode("latin-1") + body)

    def html(self, body, ctype="text/html; charset=utf-8", extra=()):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.respond(200, ["Content-Type: " + ctype] + list(extra), body)

    def redirect(self, location, status=302):
        self.respond(status, ["Location: " + location, "Content-Type: text/html"],
                     b"<a href='%s'>moved</a>" % location.encode("utf-8", "replace"))

    def peer_closed(self):
        if isinstance(self.sock, ssl.SSLSocket):
            return False  # no MSG_PEEK through TLS; wait() is bounded anyway
        try:
            self.sock.setblocking(False)
            try:
                return self.sock.recv(1, socket.MSG_PEEK) == b""
            except (BlockingIOError, ssl.SSLWantReadError):
                return False
            finally:
                self.sock.setblocking(True)
        except OSError:
            return True

    def wait(self, seconds):
        """Sleeps, but returns False as soon as the client has gone."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.peer_closed():
                return False
            time.sleep(0.2)
        return True


def route_slow(c, path):
    if path == "/slow/drip":
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n"
               b"Connection: close\r\n\r\n")
        for _ in range(100):
            c.send(b"x")
            if not c.wait(10):
                return
    elif path == "/slow/silent":
        c.wait(120)
    elif path == "/slow/headers":
        c.send(b"HTTP/1.1 200 OK\r\n")
        for ch in b"X-Slow: " + b"a" * 50:
            c.send(bytes([ch]))
            if not c.wait(10):
                return


def route_endless(c, path):
    if path == "/endless/chunked":
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
               b"Connection: close\r\n\r\n")
        chunk = b"<p>" + b"a" * 8185 + b"</p>"
        frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
        while True:
            c.send(frame)
    elif path == "/endless/length":
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
               b"Content-Length: 10737418240\r\nConnection: close\r\n\r\n")
        zeros = b"\0" * 65536
        while True:
            c.send(zeros)


def route_encoding(c, path):
    small = ("<html><body><p>" + "压缩的内容 compressed " * 50 + "</p></body></html>").encode()
    if path == "/bomb/gzip":
        c.html(bomb("gzip"), extra=["Content-Encoding: gzip"])
    elif path == "/bomb/gzip2":
        c.html(bomb("gzip2"), extra=["Content-Encoding: gzip, gzip"])
    elif path == "/gzip/ok":
        c.html(gzip.compress(small), extra=["Content-Encoding: gzip"])
    elif path == "/gzip/double":
        c.html(gzip.compress(gzip.compress(small)), extra=["Content-Encoding: gzip, gzip"])
    elif path == "/gzip/members":
        c.html(gzip.compress(b"first ") + gzip.compress(b"second"),
               ctype="text/plain", extra=["Content-Encoding: gzip"])
    elif path == "/gzip/corrupt":
        good = gzip.compress(small)
        c.html(good[:40] + b"\xff" * 40 + good[80:], extra=["Content-Encoding: gzip"])
    elif path == "/deflate/zlib":
        c.html(zlib.compress(small), extra=["Content-Encoding: deflate"])
    elif path == "/deflate/raw":
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        c.html(co.compress(small) + co.flush(), extra=["Content-Encoding: deflate"])
    elif path == "/br":
        c.html(b"\x1b\x03\x00\xf8\xa5\x40\x24", extra=["Content-Encoding: br"])
    else:
        return False
    return True


def route_headers(c, path):
    if path == "/headers/longline":
        c.send(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * MB + b"\r\nContent-Length: 2\r\n\r\nok")
    elif path == "/headers/many":
        head = b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(10000))
        c.send(head + b"Content-Length: 2\r\n\r\nok")
    elif path == "/headers/big":
        head = b"HTTP/1.1 200 OK\r\n" + b"".join(
            b"X-B%d: %s\r\n" % (i, b"b" * 2048) for i in range(250))
        c.send(head + b"Content-Length: 2\r\n\r\nok")
    else:
        return False
    return True


def route_redirect(c, path, query):
    if path == "/redirect":
        c.redirect(urllib.parse.parse_qs(query).get("to", ["/ok"])[0])
    elif path.startswith("/redir/chain/"):
        n = int(path.rsplit("/", 1)[1] or 0)
        c.redirect("/ok" if n <= 1 else "/redir/chain/%d" % (n - 1))
    elif path == "/redir/metadata":
        c.redirect("http://169.254.169.254/latest/meta-data/")
    elif path == "/redir/metadata-v6":
        c.redirect("http://[fd00:ec2::254]/")
    elif path == "/redir/file":
        c.redirect("file:///etc/passwd")
    elif path == "/redir/gopher":
        c.redirect("gopher://127.0.0.1:6379/_INFO")
    elif path == "/redir/loopback":
        c.redirect("http://127.0.0.1:6379/")
    elif path.startswith("/redir/loop/"):
        n = int(path.rsplit("/", 1)[1] or 0)
        c.redirect("/redir/loop/%d" % (n + 1) if n < 50 else "/ok")
    elif path == "/redir/relative":
        c.redirect("../ok")
    else:
        return False
    return True


def route_assets(c, path):
    if path == "/assets/hostile":
        c.html("<html><head><style>body{background:url(//169.254.169.254/latest/)}</style>"
               "<link rel=stylesheet href='http://127.0.0.1:6379/x.css'></head><body>"
               "<img src='file:///etc/passwd'><img src='http://169.254.169.254/a.png'>"
               "<img src='gopher://127.0.0.1:6379/_INFO'><p>hostile assets</p></body></html>")
    elif path == "/assets/import-loop":
        c.html("<html><head><link rel=stylesheet href='/css/loop-a.css'></head>"
               "<body><p>import loop</p></body></html>")
    elif path == "/css/loop-a.css":
        c.html("@import url(loop-b.css); body{color:red}", ctype="text/css")
    elif path == "/css/loop-b.css":
        c.html("@import url(loop-a.css); p{color:blue}", ctype="text/css")
    elif path == "/assets/many-images":
        imgs = "".join("<img src='/img/%d.png'>" % i for i in range(10000))
        c.html("<html><body><p>many images</p>" + imgs + "</body></html>")
    elif path.startswith("/img/") and path.endswith(".png"):
        c.html(PNG_1X1, ctype="image/png")
    else:
        return False
    return True


def route_content(c, path):
    gbk = GBK_PAGE.encode("gbk")
    if path == "/charset/gbk-nolabel":
        c.html(gbk, ctype="text/html")
    elif path == "/charset/gbk-meta":
        c.html(b"<meta charset=gb2312>" + gbk, ctype="text/html")
    elif path == "/charset/wrong":
        c.html(gbk, ctype="text/html; charset=utf-8")
    elif path == "/charset/utf7":
        c.html(b"<html><body><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p></body></html>",
               ctype="text/html; charset=utf-7")
    elif path == "/charset/bom":
        c.html(b"\xef\xbb\xbf" + ARTICLE_ZH.encode(), ctype="text/html; charset=iso-8859-1")
    elif path == "/charset/nul":
        c.html(b"<html><body><p>a\0b\0\0c</p><p>\xe4\xb8\xad\0\xe6\x96\x87</p></body></html>")
    elif path == "/charset/invalid-utf8":
        c.html(b"<html><body><p>ok \xc3\x28 \xff\xfe \xe4\xb8 end</p></body></html>")
    elif path == "/deep/divs":
        c.html("<html><body>" + "<div>" * 100000 + "deep" + "</div>" * 100000 + "</body></html>")
    elif path == "/longline":
        c.html(b"<html><body><p>" + b"x" * (10 * MB) + b"</p></body></html>", ctype="text/html")
    elif path.startswith("/big/"):
        n = int(path.rsplit("/", 1)[1] or 0)
        body = (b"<html><body>" + b"<p>" + b"y" * n)[:n]
        c.html(body, ctype="text/html")
    else:
        return False
    return True


def handle(c):
    head = c.read_head()
    if head is None:
        return
    try:
        method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
    except ValueError:
        c.respond(400, [], b"bad request")
        return
    url = urllib.parse.urlsplit(target)
    path, query = url.path, url.query
    if path == "/ok":
        c.html("<html><head><title>ok</title></head><body><p>hello from hostile</p></body></html>")
    elif path == "/zh":
        c.html(ARTICLE_ZH)
    elif path == "/echo":
        c.html(head, ctype="text/plain")
    elif path.startswith("/status/"):
        code = int(path.rsplit("/", 1)[1] or 500)
        c.respond(code, ["Content-Type: text/html"], b"<p>status %d</p>" % code)
    elif path == "/continue":
        c.send(b"HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n")
        c.html("<p>after continue</p>")
    elif path.startswith("/slow/"):
        route_slow(c, path)
    elif path.startswith("/endless/"):
        route_endless(c, path)
    elif route_encoding(c, path) or route_headers(c, path) or route_redirect(c, path, query):
        pass
    elif route_assets(c, path) or route_content(c, path):
        pass
    else:
        c.respond(404, ["Content-Type: text/html"], b"<p>not found</p>")


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        sock = self.request
        try:
            if self.server.tls:
                sock = self.server.tls.wrap_socket(sock, server_side=True)
            handle(Conn(sock))
        except (OSError, ssl.SSLError, ValueError):
            pass  # the client gave up or refused us: that is the point
        finally:
            try:
                sock.close()
            except OSError:
                pass


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    ap.add_argument("--watch-stdin", action="store_true")
    args = ap.parse_args()
    srv = Server(("127.0.0.1", args.port), Handler)
    srv.tls = None
    if args.tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.tls[0], args.tls[1])
        srv.tls = ctx
    if args.watch_stdin:
        def watch():
            while sys.stdin.buffer.read(4096):
                pass
            os._exit(0)
        threading.Thread(target=watch, daemon=True).start()
    print("PORT %d" % srv.server_address[1], flush=True)
    try:
        srv.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
