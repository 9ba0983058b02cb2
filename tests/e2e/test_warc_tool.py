"""warc_check.mjs itself, on archives from the capture layer's WARC writer
(built here with cc from src/capture/warc.c, no linksnap binary needed), so
the checker is known to pass good files and to catch bad ones."""
import gzip
import os
import shutil
import subprocess

import lib
from lib import check

SAMPLE_C = os.path.join(lib.HERE, "tools", "warc_sample.c")


def build_sample():
    cc = shutil.which("cc") or shutil.which("gcc")
    check(cc, "no C compiler")
    out = os.path.join(lib.tempdir(), "warc_sample")
    srcs = [SAMPLE_C, os.path.join(lib.ROOT, "src", "capture", "warc.c")]
    srcs += [os.path.join(lib.ROOT, "src", "util", f) for f in sorted(os.listdir(os.path.join(lib.ROOT, "src", "util")))
             if f.endswith(".c")]
    p = subprocess.run([cc, "-std=c11", "-D_GNU_SOURCE", '-DLS_VERSION="e2e"', "-I" + os.path.join(lib.ROOT, "src"),
                        *srcs, "-o", out, "-lsodium", "-lz", "-lm", "-lpthread"], capture_output=True)
    check(p.returncode == 0, "cc failed: %s" % p.stderr.decode()[-800:])
    warc = os.path.join(lib.tempdir(), "sample.warc.gz")
    p = subprocess.run([out, warc], capture_output=True)
    check(p.returncode == 0, "warc_sample failed: %s" % p.stderr.decode())
    return warc


def test_checker_passes_writer_output():
    s = lib.warc_check(build_sample())
    check(s["ok"], "problems: %s" % s["problems"])
    check([r["type"] for r in s["records"]] == ["warcinfo"] + ["request", "response"] * 3,
          "record order: %s" % [r["type"] for r in s["records"]])
    resp = [r for r in s["records"] if r["type"] == "response"]
    check(all(r["block_digest_ok"] and r["payload_digest_ok"] for r in resp), "digests not verified")
    css = [r for r in resp if r["uri"].endswith("asset.css")][0]
    check(css["http_content_encoding"] == "deflate", "content-encoding not kept: %r" % css)
    check(css["payload_prefix_hex"].startswith("78"), "encoded body not kept as sent: %r" % css)
    big = [r for r in resp if r["uri"].endswith("asset-big.bin")][0]
    check(big["truncated"] == "length" and big["payload_length"] == 10, "truncation: %r" % big)


def test_checker_catches_a_changed_byte():
    path = build_sample()
    raw = gzip.decompress(open(path, "rb").read())
    check(b"<html>hi</html>" in raw, "sample changed")
    bad = os.path.join(lib.tempdir(), "bad.warc")
    with open(bad, "wb") as f:
        f.write(raw.replace(b"<html>hi</html>", b"<html>HI</html>"))
    s = lib.warc_check(bad)
    check(not s["ok"], "a changed body byte was not noticed")
    check(any("payload digest mismatch" in p for p in s["problems"]), "problems: %s" % s["problems"])
    check(any("block digest mismatch" in p for p in s["problems"]), "problems: %s" % s["problems"])


def test_checker_wants_one_gzip_member_per_record():
    path = build_sample()
    one = os.path.join(lib.tempdir(), "one.warc.gz")
    with open(one, "wb") as f:
        f.write(gzip.compress(gzip.decompress(open(path, "rb").read())))
    s = lib.warc_check(one)
    check(not s["ok"] and any("gzip member" in p for p in s["problems"]), "problems: %s" % s["problems"])


def test_checker_wants_warcinfo_first_and_request_pairs():
    path = build_sample()
    data = open(path, "rb").read()
    # Drop the warcinfo member: the first member ends where the second starts.
    s = lib.warc_check(path)
    second = s["records"][1]["offset"]
    cut = os.path.join(lib.tempdir(), "cut.warc.gz")
    with open(cut, "wb") as f:
        f.write(data[second:])
    s2 = lib.warc_check(cut)
    check(not s2["ok"], "missing warcinfo not noticed")
    check(any("expected warcinfo" in p for p in s2["problems"]), "problems: %s" % s2["problems"])
