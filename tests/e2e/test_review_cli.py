"""Review cases of the command line contract (issue 2): a usage error is one
line on stderr naming the command, with a non-zero exit, and a typo does not
create the data folder."""
import os

import lib
from lib import check

CASES = [
    ("add",), ("show",), ("open", "1"), ("open",), ("rm",), ("snapshot",),
    ("tag",), ("tag", "add"), ("tag", "add", "1"), ("tag", "frob", "1"), ("tag", "rename", "a"),
    ("tag", "merge", "a"), ("tag", "delete"),
]


def test_review_usage_errors_are_one_line_on_stderr():
    ls = lib.Linksnap()
    for args in CASES:
        r = ls.run(*args)
        lines = r.errtext.strip("\n").split("\n")
        check(r.rc == 2, "%s: exit %d, expected 2" % (" ".join(args), r.rc))
        check(len(lines) == 1 and lines[0].startswith("linksnap: %s" % args[0]),
              "%s: stderr is not one line naming the command: %r" % (" ".join(args), r.errtext))
        check(not r.text, "%s: usage error printed on stdout: %r" % (" ".join(args), r.text))
    check(not os.path.exists(ls.data), "a usage error created the data folder")


def test_review_help_goes_to_stdout_for_every_command():
    ls = lib.Linksnap()
    for c in ("add", "list", "show", "snapshot", "rm", "open", "tag"):
        r = ls.run(c, "--help")
        check(r.rc == 0 and r.text.startswith("usage: linksnap %s" % c) and not r.errtext,
              "%s --help: %r" % (c, r))


@lib.timeout(180)
def test_review_cli_capture_killed_mid_way_runs_again():
    import sqlite3
    import subprocess
    import time
    import test_web_common as web
    site = lib.start_site()
    ls = lib.Linksnap()
    url = site.url("/concurrent.html?n=1&ms=6000")
    p = subprocess.Popen([ls.bin, "--data", ls.data, "--allow-private", "add", url], env=ls.env(),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + lib.time_limit(20)
    while site.hits("/slowimg") < 1 and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    check(p.poll() is None, "add finished before it could be killed")
    p.kill()
    p.wait()
    db = sqlite3.connect(os.path.join(ls.data, "linksnap.db"))
    rows = db.execute("SELECT s.status, j.state FROM snapshots s LEFT JOIN jobs j"
                      " ON j.snapshot_id = s.id").fetchall()
    db.close()
    check(len(rows) == 1 and rows[0][1] in ("running", "queued"),
          "after kill -9 the capture has no job to run again: %r" % (rows,))
    srv = web.WebServer(ls, workers=1)
    deadline = time.monotonic() + lib.time_limit(60)
    status = None
    while time.monotonic() < deadline:
        status = lib.newest(ls.show(1))["status"]
        if status in ("done", "failed"):
            break
        time.sleep(0.3)
    srv.stop()
    check(status == "done", "the killed capture did not run again (status %r)" % status)


def test_review_list_refuses_bad_numbers():
    ls = lib.Linksnap()
    for args in (("--limit", "abc"), ("--limit", "-5"), ("--offset", "1x"), ("--limit=")):
        r = ls.run("list", *args) if isinstance(args, tuple) else ls.run("list", args)
        check(r.rc == 2 and r.errtext.startswith("linksnap: list:"),
              "list %s accepted: %r" % (args, r))
    check(ls.run("list", "--limit", "10", "--offset", "0").rc == 0, "a good --limit refused")
