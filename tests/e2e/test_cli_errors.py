"""Errors of the program itself are one line on stderr and exit 2."""
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
