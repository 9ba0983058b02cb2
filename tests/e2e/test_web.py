"""`linksnap serve` end to end: first-visit setup, login, adding links
(form, API, bookmarklet prefill) against the fixture site, background
captures finishing, the library with tag filters and pagination, the reader
view with 来源, the sandboxed copy and downloads, capture again, tag rename
and merge, API tokens made in the settings page, a public share URL, and a
`kill -9` in the middle of captures followed by a restart."""
import os
import re
import signal
import sqlite3
import subprocess
import time

import lib
from lib import check
from test_web_common import Client, WebServer, wait_capture

ARTICLE = "/gbk/article.html"


def started(workers=2, args=()):
    ls = lib.Linksnap()
    srv = WebServer(ls, workers=workers, args=args)
    c = Client(srv)
    return ls, srv, c


@lib.timeout(180)
def test_web_setup_add_capture_read():
    site = lib.start_site()
    ls, srv, c = started()
    r = c.get("/")
    check(r.status == 303 and r.header("Location").startswith("/login"), "anonymous /: %r" % r)
    r = c.get("/login")
    check(r.status == 303 and r.header("Location") == "/setup", "login before any user: %r" % r)
    c.setup("admin", "correct horse")
    r = c.get("/")
    check(r.status == 200 and "资料库还是空的" in r.text, "empty state: %r" % r)
    r = c.get("/add?url=" + site.url(ARTICLE))
    check(site.url(ARTICLE) in r.text and "javascript:" in r.text, "add form with bookmarklet")
    r = c.post_form("/links", {"url": site.url(ARTICLE), "tags": "智能制造, 工业互联网/边缘计算",
                               "note": "第一条"})
    check(r.status == 303, "add: %r" % r)
    lid = int(re.search(r"/links/(\d+)", r.header("Location")).group(1))
    r = c.get("/links/%d" % lid)
    check(r.status == 200 and "data-poll-link" in r.text, "pending page polls: %r" % r)
    link, snap = wait_capture(c, lid, timeout=90)
    check(snap["status"] == "done", "capture failed: %r" % snap)
    check("智能制造" in (link["title"] or ""), "title: %r" % link["title"])
    # library: the card, tags, counts
    r = c.get("/")
    check("智能制造加速落地" in r.text, "card title in the library")
    check("工业互联网" in r.text and "边缘计算" in r.text, "tag tree")
    r = c.get("/?tag=%E5%B7%A5%E4%B8%9A%E4%BA%92%E8%81%94%E7%BD%91")  # 工业互联网 (parent)
    check("智能制造加速落地" in r.text, "parent tag filter finds a child-tagged link")
    r = c.get("/?tag=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD")  # 人工智能: none
    check("智能制造加速落地" not in r.text, "filter by an unused tag")
    # reader view with 来源
    r = c.get("/links/%d" % lid)
    check("来源" in r.text and "信息化时代" in r.text, "reader shows 来源")
    check("<script" not in r.text.split("</head>")[1].replace("<script src", ""),
          "no inline script on the link page")
    # the copy in a sandboxed frame, served with the sandbox CSP
    r = c.get("/links/%d?view=copy" % lid)
    m = re.search(r'<iframe[^>]* sandbox [^>]*src="([^"]+)"', r.text)
    check(m, "iframe sandbox on the copy tab: %r" % r.text[:200])
    r = c.get(m.group(1).replace("&amp;", "&"))
    check(r.status == 200 and r.header("Content-Security-Policy").startswith("sandbox"),
          "single file CSP: %r" % r.header("Content-Security-Policy"))
    check("allow-scripts" not in r.header("Content-Security-Policy"), "no allow-scripts")
    check(r.header("X-Content-Type-Options") == "nosniff", "nosniff on the copy")
    sid = snap["id"]
    for kind in ("raw", "warc"):
        r = c.get("/api/snapshots/%d/files/%s" % (sid, kind))
        check(r.status == 200 and "attachment" in (r.header("Content-Disposition") or ""),
              "%s is an attachment: %r" % (kind, r.headers))
        check(r.header("X-Content-Type-Options") == "nosniff", "%s nosniff" % kind)
    check(c.get("/api/snapshots/%d/files/raw" % sid).header("Content-Type").startswith("text/html"),
          "raw keeps the detected type")
    # capture again
    r = c.post_form("/links/%d/capture" % lid, {})
    check(r.status == 303, "capture again: %r" % r)
    sid2 = int(re.search(r"snapshot=(\d+)", r.header("Location")).group(1))
    check(sid2 != sid, "a new snapshot")
    link, snap2 = wait_capture(c, lid, snapshot_id=sid2, timeout=90)
    check(snap2["status"] == "done" and len(link["snapshots"]) == 2, "two captures: %r" % link)
    r = c.get("/links/%d" % lid)
    check(r.text.count("/links/%d?snapshot=" % lid) >= 2, "both captures listed")
    check(srv.stop() == 0, "clean exit after SIGTERM")


@lib.timeout(180)
def test_web_page_without_text_says_so():
    # a page whose body the browser fills by script: the reader says no text
    # was found and shows the page's own description, the HTML written into
    # it stripped and what is left escaped
    site = lib.start_site()
    ls, srv, c = started()
    c.setup("admin", "correct horse")
    r = c.api("POST", "/api/links", {"url": site.url("/en/shell.html")},
              headers={"X-CSRF-Token": c.token})
    check(r.status == 202, "add: %r" % r)
    lid = r.json()["id"]
    link, snap = wait_capture(c, lid, timeout=90)
    check(snap["status"] == "done", "capture failed: %r" % snap)
    r = c.get("/links/%d" % lid)
    check("没有找到可读的正文" in r.text, "no-text notice: %r" % r.text[-1500:])
    check("Which telescope should I buy first? My budget is $300 &amp; I live &lt; 5 km from"
          in r.text, "the description, escaped: %r" % r.text[-1500:])
    check("<b>$300" not in r.text and "&lt;b&gt;" not in r.text, "tags in the description")
    # a page with text shows no such notice
    r = c.api("POST", "/api/links", {"url": site.url("/en/article.html")},
              headers={"X-CSRF-Token": c.token})
    lid2 = r.json()["id"]
    wait_capture(c, lid2, timeout=90)
    check("没有找到可读的正文" not in c.get("/links/%d" % lid2).text, "notice on a page with text")
    check(srv.stop() == 0, "clean exit")


@lib.timeout(180)
def test_web_tags_tokens_share():
    site = lib.start_site()
    ls, srv, c = started()
    c.setup("admin", "correct horse")
    h = {"X-CSRF-Token": c.token}
    ids = []
    for path, tags in ((ARTICLE, ["AI", "工业互联网/边缘计算"]), ("/en/article.html", ["AI"])):
        r = c.api("POST", "/api/links", {"url": site.url(path), "tags": tags, "note": "n"},
                  headers=h)
        check(r.status == 202 and r.json()["job_id"], "API add: %r" % r)
        ids.append(r.json()["id"])
    for lid in ids:
        wait_capture(c, lid, timeout=90)
    r = c.get("/api/jobs/%d" % c.get("/api/snapshots/%d" % c.get("/api/links/%d" % ids[0]).json()
                                     ["snapshots"][0]["id"]).json()["job_id"])
    check(r.status == 200 and r.json()["state"] == "done", "job state: %r" % r)
    # rename (form) and merge (API)
    r = c.post_form("/tags/rename", {"from": "AI", "to": "人工智能"})
    check(r.status == 303 and "msg=tag_renamed" in r.header("Location"), "rename: %r" % r)
    r = c.get("/api/links?tag=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD")
    check(r.json()["total"] == 2, "renamed tag keeps its links: %r" % r)
    r = c.api("PATCH", "/api/tags", {"merge": ["人工智能"], "into": "智能制造"}, headers=h)
    check(r.status == 200, "merge: %r" % r)
    tags = {t["path"]: t for t in r.json()["tags"]}
    check("人工智能" not in tags and tags["智能制造"]["total"] == 2, "after merge: %r" % tags)
    r = c.post_form("/tags/rename", {"from": "工业互联网/边缘计算", "to": "智能制造/边缘计算"})
    check(r.status == 303, "nest: %r" % r)
    t = c.get("/tags").text
    check("边缘计算" in t, "tags page")
    # two-tag filter
    r = c.get("/api/links?tag=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0&tag="
              "%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0%2F%E8%BE%B9%E7%BC%98%E8%AE%A1%E7%AE%97")
    check(r.json()["total"] == 1, "two tags must both match: %r" % r)
    # a token made in the settings page works for scripts, and is revocable
    r = c.post_form("/settings/tokens", {"name": "script"})
    m = re.search(r'<code id="new-token">([^<]+)</code>', r.text)
    check(r.status == 200 and m, "token shown once: %r" % r)
    tok = m.group(1)
    s = Client(srv, origin=False)
    r = s.api("POST", "/api/links/%d/snapshots" % ids[1], token=tok)
    check(r.status == 202, "capture again with a bearer token: %r" % r)
    r = s.api("PATCH", "/api/links/%d" % ids[1], {"title": "新标题", "tags": ["x/y"]}, token=tok)
    check(r.status == 200 and r.json()["title"] == "新标题" and r.json()["tags"] == ["x/y"],
          "patch: %r" % r)
    # public share of the newest capture
    r = c.post_form("/links/%d/share" % ids[0], {})
    check(r.status == 303, "share: %r" % r)
    page = c.get("/links/%d" % ids[0]).text
    share = re.search(r'href="(/s/[^"]+)"', page).group(1)
    anon = Client(srv)
    r = anon.get(share)
    check(r.status == 200 and "信息化时代" in r.text, "share page: %r" % r)
    check("admin" not in r.text, "share page leaks the owner")
    r = anon.get(share + "/single")
    check(r.header("Content-Security-Policy").startswith("sandbox"), "shared copy sandboxed")
    c.post_form("/links/%d/unshare" % ids[0], {})
    check(anon.get(share).status == 404, "unshared link still public")
    # delete with confirmation
    r = c.post_form("/links/%d/delete" % ids[1], {})
    check(r.status == 303 and c.get("/api/links/%d" % ids[1]).status == 404, "delete: %r" % r)
    # English by Accept-Language, then by the user setting
    r = c.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    check("Library" in r.text, "English by Accept-Language")
    c.post_form("/settings/lang", {"lang": "zh-CN"})
    r = c.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    check("资料库" in r.text, "the user setting wins over the browser")


@lib.timeout(240)
def test_web_kill9_during_captures_then_restart():
    site = lib.start_site()
    ls, srv, c = started(workers=2)
    c.setup("admin", "correct horse")
    h = {"X-CSRF-Token": c.token}
    ids = []
    for i in range(24):
        path = ARTICLE if i % 2 else "/en/article.html"
        r = c.api("POST", "/api/links", {"url": site.url(path + "?n=%d" % i), "tags": ["k9"]},
                  headers=h)
        check(r.status == 202, "add %d: %r" % (i, r))
        ids.append(r.json()["id"])
    time.sleep(0.7)  # some captures running, most queued
    srv.proc.send_signal(signal.SIGKILL)
    srv.proc.wait(10)
    srv2 = WebServer(ls, workers=3)
    c.server = srv2
    deadline = time.monotonic() + lib.time_limit(180)
    states = {}
    while time.monotonic() < deadline:
        states = {}
        for lid in ids:
            snaps = c.get("/api/links/%d" % lid).json()["snapshots"]
            states[lid] = snaps[0]["status"] if snaps else None
        if all(s in ("done", "failed") for s in states.values()):
            break
        time.sleep(1)
    check(all(s == "done" for s in states.values()), "after restart: %r\n%s" % (states, srv2.errors()))
    check(c.get("/api/links?tag=k9&limit=100").json()["total"] == 24, "links lost")
    check(srv2.stop() == 0, "clean exit")
    db = sqlite3.connect(os.path.join(ls.data, "linksnap.db"))
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check")
    left = db.execute("SELECT count(*) FROM jobs WHERE state != 'done'").fetchone()[0]
    check(left == 0, "%d jobs not done" % left)
    db.close()


@lib.timeout(120)
def test_web_sigterm_releases_running_captures():
    hostile = lib.start_hostile()
    ls, srv, c = started(workers=1, args=("--threads", "2"))
    c.setup("admin", "correct horse")
    # one byte every 10 s: the capture is still running when SIGTERM comes
    r = c.api("POST", "/api/links", {"url": hostile.url("/slow/drip")},
              headers={"X-CSRF-Token": c.token})
    check(r.status == 202, "add: %r" % r)
    job = r.json()["job_id"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and c.get("/api/jobs/%d" % job).json()["state"] != "running":
        time.sleep(0.2)
    check(c.get("/api/jobs/%d" % job).json()["state"] == "running", "capture did not start")
    t0 = time.monotonic()
    rc = srv.stop(timeout=40)
    secs = time.monotonic() - t0
    check(rc == 0, "SIGTERM exit code %r" % rc)
    check(secs < 20, "shutdown took %.1f s (grace is 10 s)" % secs)
    db = sqlite3.connect(os.path.join(ls.data, "linksnap.db"))
    state, attempts = db.execute("SELECT state, attempts FROM jobs WHERE id = ?", (job,)).fetchone()
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check")
    db.close()
    check(state == "queued", "a running capture was not put back on the queue: %r" % state)
    # after a restart the job is claimed again
    srv2 = WebServer(ls, workers=1)
    c.server = srv2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and c.get("/api/jobs/%d" % job).json()["state"] == "queued":
        time.sleep(0.2)
    check(c.get("/api/jobs/%d" % job).json()["state"] == "running", "not resumed after restart")
    srv2.kill()


@lib.timeout(120)
def test_web_start_leaves_a_running_cli_capture_alone():
    # `linksnap add` captures in its own process; a server started meanwhile
    # must not take its running job for a crashed one and capture it again.
    site = lib.start_site()
    ls = lib.Linksnap()
    argv = [ls.bin, "--data", ls.data, "--allow-private", "add",
            site.url("/concurrent.html?n=1&ms=2500")]
    add = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ls.env())
    lib._cleanups.append(add.kill)
    db_path = os.path.join(ls.data, "linksnap.db")
    worker = None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not worker:
        try:
            db = sqlite3.connect(db_path, timeout=5)
            row = db.execute("SELECT worker FROM jobs WHERE state = 'running'").fetchone()
            db.close()
            worker = row and row[0]
        except sqlite3.Error:
            pass
        time.sleep(0.1)
    check(worker and worker.startswith("cli:"), "the command's job is not running: %r" % worker)
    srv = WebServer(ls, workers=1)
    out, err = add.communicate(timeout=lib.time_limit(60))
    check(add.returncode == 0, "add: %r %r" % (out, err))
    time.sleep(0.5)
    check(srv.stop() == 0, "clean exit")
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT state, attempts, worker FROM jobs").fetchall()
    snaps = db.execute("SELECT status FROM snapshots").fetchall()
    db.close()
    check(rows == [("done", 1, None)], "the job ran again: %r" % rows)
    check(snaps == [("done",)], "snapshots: %r" % snaps)
    check("requeued" not in srv.errors(), "serve requeued the running capture: %s" % srv.errors())


@lib.timeout(120)
def test_web_private_targets_refused_without_allow_private():
    site = lib.start_site()
    ls = lib.Linksnap(allow_private=False)
    srv = WebServer(ls, workers=1, allow_private=False)
    c = Client(srv)
    c.setup("admin", "correct horse")
    r = c.api("POST", "/api/links", {"url": site.url(ARTICLE)}, headers={"X-CSRF-Token": c.token})
    check(r.status == 202, "add: %r" % r)
    link, snap = wait_capture(c, r.json()["id"], timeout=60)
    check(snap["status"] == "failed", "a loopback capture was allowed: %r" % snap)
    check("block" in (snap["error"] or "").lower() or "private" in (snap["error"] or "").lower()
          or "loopback" in (snap["error"] or "").lower(), "reason: %r" % snap["error"])
    # the snapshot's failure and the job's are one write: no waiting here
    job = c.get("/api/jobs/%d" % r.json()["job_id"]).json()
    check(job["state"] == "failed" and job["attempts"] == 1, "permanent failure retried: %r" % job)
    check(site.total_hits() == 0, "the site was contacted: %r" % site.counts())
    page = c.get("/links/%d" % link["id"]).text
    check("抓取失败" in page, "the link page says the capture failed")


@lib.timeout(120)
def test_web_transient_failure_is_retried_later():
    site = lib.start_site()
    ls, srv, c = started(workers=1)
    c.setup("admin", "correct horse")
    r = c.api("POST", "/api/links", {"url": site.url("/status/503")},
              headers={"X-CSRF-Token": c.token})
    check(r.status == 202, "add: %r" % r)
    jid, lid = r.json()["job_id"], r.json()["id"]
    deadline = time.monotonic() + lib.time_limit(30)
    job = {}
    seen = set()
    while time.monotonic() < deadline:
        # a snapshot whose capture will be retried is never shown as failed
        seen.add(c.get("/api/links/%d" % lid).json()["snapshots"][0]["status"])
        job = c.get("/api/jobs/%d" % jid).json()
        if job["attempts"] >= 1 and job["state"] != "running":
            break
        time.sleep(0.05)
    check(job["state"] == "queued" and job["attempts"] == 1, "503 not queued for a retry: %r" % job)
    check(job["error"], "the retry keeps the reason")
    check(job["next_run_at"] > job["updated"], "no backoff: %r" % job)
    check("failed" not in seen, "the snapshot showed 'failed' before its retry: %r" % seen)
    snap = c.get("/api/links/%d" % lid).json()["snapshots"][0]
    check(snap["status"] == "queued", "the snapshot waiting for its retry shows %r" % snap["status"])
