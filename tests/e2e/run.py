#!/usr/bin/env python3
"""Black-box tests of the linksnap binary (Python 3 standard library only).

    python3 tests/e2e/run.py [-k SUBSTRING] [-j JOBS] [--timeout SECONDS] [--list] [FILE...]

Discovers tests/e2e/test_*.py, runs every function named test_* in its own
process (a new session, so a timeout kills the test and every server it
started), prints "ok NAME" or "FAIL NAME: reason" per test and ends with
"N passed, N failed"; exit status 1 when any test failed.

Environment: LINKSNAP_BIN (default build/linksnap, relative to the repository
root), E2E_TIMEOUT (default per-test timeout, seconds), E2E_JOBS (parallel
tests, default 4), E2E_RSS_LIMIT_MB (peak RSS allowed for one linksnap run in
the hostile-body tests, default 512, 0 = off for sanitizer builds),
E2E_TIME_SCALE (multiplies the huge-page time bounds, e.g. 10 for ASan), E2E_KEEP=1
to keep the temporary data folders. A test may set its own limit with @lib.timeout(S).
Each test's full output goes to tests/artifacts/e2e/NAME.log.
"""
import argparse
import concurrent.futures
import importlib
import inspect
import os
import signal
import subprocess
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ARTIFACTS = os.path.join(ROOT, "tests", "artifacts", "e2e")


def discover(files, pattern):
    """[(module name, function name, timeout)] in file and definition order."""
    sys.path.insert(0, HERE)
    names = files or sorted(f for f in os.listdir(HERE) if f.startswith("test_") and f.endswith(".py"))
    found = []
    for f in names:
        mod_name = os.path.splitext(os.path.basename(f))[0]
        mod = importlib.import_module(mod_name)
        funcs = [(n, fn) for n, fn in vars(mod).items()
                 if n.startswith("test_") and inspect.isfunction(fn) and fn.__module__ == mod_name]
        funcs.sort(key=lambda nf: nf[1].__code__.co_firstlineno)
        for n, fn in funcs:
            full = "%s.%s" % (mod_name, n)
            if pattern and pattern not in full:
                continue
            found.append((mod_name, n, getattr(fn, "e2e_timeout", None)))
    return found


def run_child(mod_name, func_name):
    """Runs one test in this process; exit 0 on success, 1 on failure."""
    sys.path.insert(0, HERE)
    try:
        fn = getattr(importlib.import_module(mod_name), func_name)
        fn()
    except BaseException as e:  # noqa: BLE001 - any escape is a failure
        traceback.print_exc()
        reason = "%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__
        sys.stdout.flush()
        sys.stderr.write("\nE2E-REASON: %s\n" % reason.replace("\n", " ")[:500])
        return 1
    return 0


def run_one(mod_name, func_name, timeout):
    name = "%s.%s" % (mod_name, func_name)
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--child", mod_name, func_name],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                            cwd=ROOT)
    try:
        out, _ = proc.communicate(timeout=timeout)
        rc = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        rc = None
    # Servers the test started live in its session: make sure none outlive it.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    text = out.decode("utf-8", "replace")
    os.makedirs(ARTIFACTS, exist_ok=True)
    with open(os.path.join(ARTIFACTS, name + ".log"), "w", encoding="utf-8") as f:
        f.write(text)
    secs = time.monotonic() - t0
    if rc is None:
        return name, False, "timed out after %ds" % timeout, secs
    if rc == 0:
        return name, True, "", secs
    reason = "exit %d" % rc
    for line in text.splitlines():
        if line.startswith("E2E-REASON: "):
            reason = line[len("E2E-REASON: "):]
    return name, False, reason, secs


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        sys.exit(run_child(sys.argv[2], sys.argv[3]))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-k", dest="pattern", help="run only tests whose module.name contains this")
    ap.add_argument("-j", dest="jobs", type=int, default=int(os.environ.get("E2E_JOBS", "4")))
    ap.add_argument("--timeout", type=float, default=float(os.environ.get("E2E_TIMEOUT", "90")))
    ap.add_argument("--list", action="store_true", help="list the tests and exit")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    os.chdir(ROOT)
    tests = discover(args.files, args.pattern)
    if args.list:
        for m, n, _ in tests:
            print("%s.%s" % (m, n))
        return 0
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, m, n, t or args.timeout) for m, n, t in tests]
        for fut in futures:  # report in discovery order
            name, ok, reason, secs = fut.result()
            if ok:
                passed += 1
                print("ok %s (%.1fs)" % (name, secs), flush=True)
            else:
                failed += 1
                print("FAIL %s: %s" % (name, reason), flush=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
