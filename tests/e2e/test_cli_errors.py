"""Errors of the program itself are one line on stderr and exit 2."""
import json
import os
import subprocess

import lib
from lib import check


def one_line_error(r, needle):
    lines = r.errtext.strip().splitlines()
    check(r.rc == 2, "exit %d, expected 2: %r" % (r.rc, r))
    check(len(lines) == 1 and lines[0].startswith("linksnap: "), "not one error line: %r" % r.errtext)
    check(needle in lines[0], "%r not in %r" % (needle, lines[0]))


def test_global_usage_errors_are_one_line():
    ls = lib.Linksnap()
    one_line_error(ls.run(data=False), "no command")
    one_line_error(ls.run("--data", data=False), "--data needs a value")
    one_line_error(ls.run("--bogus", "list"), "unknown option")
    r = ls.run("frob\nnicate\x1b[31m")
    one_line_error(r, "unknown command")
    check("\x1b" not in r.errtext, "terminal escape echoed back")


def _library_path(soname):
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.strip().startswith(soname + " ") and "=>" in line:
            return line.split("=>")[-1].strip()
    return None


def test_missing_network_libraries_are_named():
    # libcurl and libmicrohttpd are loaded on first use: with them gone
    # (hidden in a private mount namespace), the commands that fetch or
    # serve fail with one line naming the library and the others still work.
    curl, mhd = _library_path("libcurl.so.4"), _library_path("libmicrohttpd.so.12")
    check(curl and mhd, "ldconfig does not list libcurl.so.4 and libmicrohttpd.so.12")
    if subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
        print("skipped: no private mount namespace here (needs root and unshare)")
        return
    ls = lib.Linksnap()
    page = os.path.join(lib.tempdir(), "p.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<html><head><title>离线页面</title></head><body><p>正文内容。</p></body></html>")

    def hidden(*args):
        argv = ["unshare", "-m", "sh", "-c",
                'mount --bind /dev/null "$1" && mount --bind /dev/null "$2" && shift 2 && exec "$@"',
                "sh", curl, mhd, ls.bin, "--data", ls.data, "--allow-private"] + list(args)
        return subprocess.run(argv, capture_output=True, timeout=60, env=ls.env())

    r = hidden("add", "http://127.0.0.1:9/x")
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    check(r.returncode == 2 and len(err) == 1 and "libcurl.so.4" in err[0],
          "add without libcurl: exit %d %r" % (r.returncode, err))
    r = hidden("serve", "--listen", "127.0.0.1:0")
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    check(r.returncode != 0 and err and "libmicrohttpd.so.12" in err[-1],
          "serve without libmicrohttpd: exit %d %r" % (r.returncode, err))
    r = hidden("extract", "--json", page)
    check(r.returncode == 0 and json.loads(r.stdout)["title"] == "离线页面",
          "extract needs neither library: %r" % (r.stderr,))
    r = hidden("list", "--json")
    check(r.returncode == 0, "list needs neither library: %r" % (r.stderr,))
