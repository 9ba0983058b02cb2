"""Helpers for the web tests (tests/e2e/test_web*.py); no tests here.

- WebServer(ls, workers=2, args=()): `linksnap serve` on a free port of
  127.0.0.1 (port 0, read back from its "listening on" line) over the data
  folder of a lib.Linksnap; .stop() sends SIGTERM and returns the exit code,
  .kill() sends SIGKILL.
- Client(server): a browser-like HTTP client (http.client, no redirects
  followed, its own cookie jar): .get/.post_form/.api; .setup(), .login(),
  .csrf(path) reads the form token from a page.
- wait_capture(client, link_id): polls GET /api/links/ID until the newest
  snapshot is done or failed.
"""
import http.client
import json
import os
import re
import signal
import subprocess
import time
import urllib.parse

import lib
from lib import check


class WebServer:
    def __init__(self, ls, workers=2, args=(), allow_private=True, env=None):
        self.ls = ls
        argv = [ls.bin, "--data", ls.data]
        if allow_private:
            argv.append("--allow-private")
        argv += ["serve", "--listen", "127.0.0.1:0", "--workers", str(workers)] + list(args)
        self.log_path = os.path.join(os.path.dirname(ls.data), "serve-%d.log" % time.time_ns())
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=self.log,
                                     env=ls.env(env or {"LINKSNAP_LOG": "info"}))
        line = b""
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line or b"listening on" in line:
                break
        m = re.search(rb"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            raise lib.CheckFailed("serve did not start: %r %s" % (line, self.errors()))
        self.port = int(m.group(1))
        self.host = "127.0.0.1"
        lib._cleanups.append(self.kill)

    def url(self, path="/"):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def errors(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")[-2000:]
        except OSError:
            return ""

    def stop(self, timeout=30):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise lib.CheckFailed("serve did not exit %ds after SIGTERM" % timeout)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def header_all(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return "<%d %s>" % (self.status, self.text[:300])


class Client:
    def __init__(self, server, origin=True):
        self.server = server
        self.cookies = {}
        self.origin = origin

    def request(self, method, path, body=None, headers=None, token=None, timeout=30):
        h = {"Host": "127.0.0.1:%d" % self.server.port, "Accept-Language": "zh-CN,zh;q=0.9"}
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if token:
            h["Authorization"] = "Bearer " + token
        if self.origin and method not in ("GET", "HEAD"):
            h["Origin"] = "http://127.0.0.1:%d" % self.server.port
        h.update(headers or {})
        c = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=timeout)
        try:
            c.request(method, path, body=body, headers=h)
            r = c.getresponse()
            data = r.read()
            hdrs = r.getheaders()
        finally:
            c.close()
        for k, v in hdrs:
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                val = rest.split(";", 1)[0]
                if "Max-Age=0" in v:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = val
        return Response(r.status, hdrs, data)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post_form(self, path, fields, csrf=True, **kw):
        fields = list(fields.items()) if isinstance(fields, dict) else list(fields)
        if csrf is True:
            fields.append(("csrf", self.token))
        elif csrf:
            fields.append(("csrf", csrf))
        body = urllib.parse.urlencode(fields).encode()
        hdrs = {"Content-Type": "application/x-www-form-urlencoded"}
        hdrs.update(kw.pop("headers", {}))
        return self.request("POST", path, body=body, headers=hdrs, **kw)

    def api(self, method, path, obj=None, token=None, headers=None):
        body = json.dumps(obj).encode() if obj is not None else None
        h = {"Content-Type": "application/json"} if body is not None else {}
        h.update(headers or {})
        return self.request(method, path, body=body, headers=h, token=token)

    def csrf(self, path="/settings"):
        r = self.get(path)
        m = re.search(r'name="csrf" value="([^"]+)"', r.text)
        check(m, "no csrf field on %s: %r" % (path, r))
        self.token = m.group(1)
        return self.token

    def setup(self, name="admin", password="correct horse"):
        r = self.get("/setup")
        check(r.status == 200, "setup page: %r" % r)
        tok = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
        r = self.post_form("/setup", {"name": name, "password": password, "password2": password},
                           csrf=tok)
        check(r.status == 303 and "ls_session" in self.cookies, "setup failed: %r" % r)
        self.csrf("/")
        return r

    def login(self, name, password, next_path=None):
        r = self.get("/login")
        check(r.status == 200, "login page: %r" % r)
        tok = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
        fields = {"name": name, "password": password}
        if next_path is not None:
            fields["next"] = next_path
        r = self.post_form("/login", fields, csrf=tok)
        if r.status == 303 and "ls_session" in self.cookies:
            self.csrf("/")
        return r


def wait_capture(client, link_id, timeout=60, token=None, snapshot_id=None):
    deadline = time.monotonic() + lib.time_limit(timeout)
    last = None
    while time.monotonic() < deadline:
        r = client.get("/api/links/%d" % link_id, token=token)
        check(r.status == 200, "GET /api/links/%d: %r" % (link_id, r))
        link = r.json()
        snaps = link.get("snapshots") or []
        if snapshot_id:
            snaps = [s for s in snaps if s["id"] == snapshot_id]
        if snaps and snaps[0]["status"] in ("done", "failed"):
            return link, snaps[0]
        last = snaps[0]["status"] if snaps else None
        time.sleep(0.3)
    raise lib.CheckFailed("capture of link %d not finished in %ds (last %s)" % (link_id, timeout, last))
