"""Whose library the CLI works on: the local owner before any account
exists, the first administrator after (who adopted the local owner's
links), or the account named by --user."""
import lib
from lib import check


def ids(ls, *extra):
    return sorted(item["id"] for item in ls.json(*extra, "list", "--json")["items"])


def test_cli_acts_as_first_admin_once_accounts_exist():
    site = lib.start_site()
    ls = lib.Linksnap()
    first = ls.add(site.url("/en/article.html"))
    ls.ok("user", "add", "alice", "--admin", input=b"correct horse 1\n")
    check(ids(ls) == [first], "alice did not adopt the local link: %r" % ids(ls))
    second = ls.add(site.url("/gbk/article.html"))
    check(ids(ls) == [first, second], "a link added after setup is not alice's: %r" % ids(ls))
    ls.ok("user", "add", "bob", input=b"correct horse 2\n")
    check(ids(ls, "--user", "bob") == [], "bob sees alice's links")
    r = ls.run("--user", "nobody", "list")
    check(r.rc != 0 and "nobody" in r.errtext, "unknown --user accepted: %r" % r)


def test_cli_search_is_the_first_admins_once_accounts_exist():
    site = lib.start_site()
    ls = lib.Linksnap()
    first = ls.add(site.url("/en/article.html"))
    found = [h["link_id"] for h in ls.json("search", "edge", "--json")["results"]]
    check(found == [first], "search before any account: %r" % found)
    ls.ok("user", "add", "alice", "--admin", input=b"correct horse 1\n")
    found = [h["link_id"] for h in ls.json("search", "edge", "--json")["results"]]
    check(found == [first], "search without --user misses the first admin's link: %r" % found)
    ls.ok("user", "add", "bob", input=b"correct horse 2\n")
    found = ls.json("--user", "bob", "search", "edge", "--json")["results"]
    check(found == [], "bob's search finds alice's link: %r" % found)
