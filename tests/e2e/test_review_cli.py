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
