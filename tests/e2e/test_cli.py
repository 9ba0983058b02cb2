"""The command line forms of issue 2: help and version, list/show JSON,
one link per normalised URL, failed captures kept, nested tags with counts,
rename/merge/delete, extract --json, LINKSNAP_DATA and LINKSNAP_ALLOW_PRIVATE."""
import json
import os

import lib
from lib import check

COMMANDS = ["add", "list", "show", "snapshot", "rm", "open", "tag", "extract"]
EXTRACT_KEYS = {"title", "byline", "published", "site_name", "source", "lang", "excerpt", "text", "html"}


def fx(rel):
    return os.path.join(lib.FIXTURES, rel)


def test_version_and_help():
    ls = lib.Linksnap()
    r = ls.ok("--version", data=False)
    check(any(ch.isdigit() for ch in r.text), "no version number: %r" % r)
    r = ls.ok("--help", data=False)
    for c in COMMANDS:
        check(c in r.text, "--help does not list %s" % c)
    for c in COMMANDS:
        r = ls.run(c, "--help")
        check(r.rc == 0 and len(r.text + r.errtext) > 10, "%s --help: %r" % (c, r))


def test_unknown_command_and_bad_usage_fail_with_a_message():
    ls = lib.Linksnap()
    r = ls.run("frobnicate")
    check(r.rc != 0 and r.errtext.startswith("linksnap: "), "unknown command: %r" % r)
    r = ls.run("add")
    check(r.rc != 0 and r.errtext, "add without URL: %r" % r)
    r = ls.run("show", "999999", "--json")
    check(r.rc != 0 and r.errtext, "show of a missing id: %r" % r)


def test_list_json_shape_and_tag_filter():
    site = lib.start_site()
    ls = lib.Linksnap()
    a = ls.add(site.url("/gbk/article.html"), "--tag", "工业互联网/边缘计算", "--note", "第一条")
    b = ls.add(site.url("/en/article.html"), "--tag", "english")
    lst = ls.json("list", "--json")
    check({"total", "limit", "offset", "items"} <= set(lst), "list --json keys: %s" % sorted(lst))
    check(lst["total"] == 2 and {i["id"] for i in lst["items"]} == {a, b}, "list: %r" % lst)
    item = [i for i in lst["items"] if i["id"] == a][0]
    check({"id", "url", "title", "note", "created", "status", "tags"} <= set(item), "item keys: %s" % sorted(item))
    check(item["status"] == "done" and item["note"] == "第一条", "item: %r" % item)
    only = ls.json("list", "--tag", "english", "--json")
    check([i["id"] for i in only["items"]] == [b], "--tag english: %r" % only["items"])
    parent = ls.json("list", "--tag", "工业互联网", "--json")
    check([i["id"] for i in parent["items"]] == [a], "parent tag does not include the child's links: %r" % parent["items"])
    plain = ls.ok("list")
    check(site.url("/en/article.html") in plain.text, "plain list lacks the URL")


def test_same_url_after_normalisation_is_one_link():
    site = lib.start_site()
    ls = lib.Linksnap()
    a = ls.add(site.url("/en/article.html"))
    b = ls.add(site.url("/en/article.html").replace("http://", "HTTP://"))
    c = ls.add(site.url("/en/article.html") + "#section")
    check(a == b == c, "one URL became links %d, %d, %d" % (a, b, c))
    check(ls.json("list", "--json")["total"] == 1, "more than one link")


def test_failed_capture_keeps_the_link_with_the_reason():
    ls = lib.Linksnap()
    url = "http://127.0.0.1:%d/nothing-listens-here" % lib.free_port()
    r = ls.run("add", url)
    check(r.rc != 0, "capture of a closed port succeeded: %r" % r)
    check(r.errtext.strip() and len(r.errtext.strip().splitlines()) == 1, "want a one-line reason: %r" % r)
    lst = ls.json("list", "--json")
    check(lst["total"] == 1, "failed link not kept: %r" % lst)
    snap = lib.newest(ls.show(lst["items"][0]["id"]))
    check(snap["status"] == "failed" and snap["error"], "failed snapshot without a reason: %r" % snap)


def test_nested_tags_count_under_parents():
    site = lib.start_site()
    ls = lib.Linksnap()
    a = ls.add(site.url("/gbk/article.html"))
    b = ls.add(site.url("/en/article.html"))
    ls.ok("tag", "add", a, "工业互联网/边缘计算", "智能制造")
    ls.ok("tag", "add", b, "工业互联网")
    tags = ls.json("tag", "list", "--json")
    top = {t["name"]: t for t in tags}
    check("工业互联网" in top and "智能制造" in top, "top-level tags: %s" % sorted(top))
    iiot = top["工业互联网"]
    check(iiot["count"] == 1 and iiot["total"] == 2, "工业互联网 count/total: %r" % iiot)
    kids = {c["name"]: c for c in iiot["children"]}
    check("边缘计算" in kids and kids["边缘计算"]["count"] == 1, "children: %r" % iiot["children"])
    check(kids["边缘计算"]["path"] == "工业互联网/边缘计算", "child path: %r" % kids["边缘计算"])
    text = ls.ok("tag", "list").text
    check("边缘计算" in text and "工业互联网" in text, "tag list text: %r" % text)
    ls.ok("tag", "rm", a, "智能制造")
    check(sorted(ls.show(a)["tags"]) == ["工业互联网/边缘计算"], "tag rm: %r" % ls.show(a)["tags"])


def test_tag_rename_moves_children():
    site = lib.start_site()
    ls = lib.Linksnap()
    a = ls.add(site.url("/gbk/article.html"), "--tag", "工业互联网/边缘计算")
    b = ls.add(site.url("/en/article.html"), "--tag", "工业互联网")
    ls.ok("tag", "rename", "工业互联网", "工业物联网")
    check(ls.show(a)["tags"] == ["工业物联网/边缘计算"], "child not moved: %r" % ls.show(a)["tags"])
    check(ls.show(b)["tags"] == ["工业物联网"], "renamed: %r" % ls.show(b)["tags"])
    names = {t["name"] for t in ls.json("tag", "list", "--json")}
    check(names == {"工业物联网"}, "tags after rename: %s" % names)


def test_tag_merge_and_delete():
    site = lib.start_site()
    ls = lib.Linksnap()
    a = ls.add(site.url("/gbk/article.html"), "--tag", "IIoT", "--tag", "keep")
    b = ls.add(site.url("/en/article.html"), "--tag", "iiot-en")
    ls.ok("tag", "merge", "IIoT", "iiot-en", "工业互联网")
    check(sorted(ls.show(a)["tags"]) == ["keep", "工业互联网"], "after merge: %r" % ls.show(a)["tags"])
    check(ls.show(b)["tags"] == ["工业互联网"], "after merge: %r" % ls.show(b)["tags"])
    top = {t["name"]: t for t in ls.json("tag", "list", "--json")}
    check(set(top) == {"keep", "工业互联网"} and top["工业互联网"]["total"] == 2, "tags: %r" % top)
    ls.ok("tag", "delete", "keep")
    check(ls.show(a)["tags"] == ["工业互联网"], "after delete: %r" % ls.show(a)["tags"])
    check(ls.json("list", "--json")["total"] == 2, "tag delete removed links")


def test_extract_json_on_the_gbk_fixture():
    ls = lib.Linksnap()
    e = ls.json("extract", "--url", "http://news.example.cn/a.html", "--json", fx("gbk/article.html"), data=False)
    check(set(e) >= EXTRACT_KEYS, "extract keys: %s" % sorted(e))
    check("智能制造加速落地" in (e["title"] or ""), "title: %r" % e["title"])
    check(e["source"] == "信息化时代", "source: %r" % e["source"])
    check("张伟" in (e["byline"] or ""), "byline: %r" % e["byline"])
    check((e["published"] or "").startswith("2024-05-01T10:23"), "published: %r" % e["published"])
    check((e["lang"] or "").startswith("zh"), "lang: %r" % e["lang"])
    text = e["text"] or ""
    check("预测性维护" in text and "制造强国建设" in text, "text lacks the article body")
    check("\n\n" in text, "paragraphs not separated by blank lines")
    check("京ICP备" not in text, "footer in the article text")
    check(not lib.active_content(e["html"] or ""), "active content in html: %s" % lib.active_content(e["html"]))


def test_extract_never_fails_on_odd_charsets():
    ls = lib.Linksnap()
    want = {"cs/nolabel-gbk.html": "工业互联网平台建设指南发布", "cs/big5.html": "智慧製造與工業網路",
            "cs/gb2312-label-gb18030-chars.html": "镕铁与𠀀", "cs/gb2312-label-utf8.html": "标签说gb2312但内容是UTF-8",
            "cs/bom-utf8.html": "BOM优先于meta", "cs/broken-utf8.html": "破损字节测试",
            "cs/utf7-label.html": "UTF-7 label", "cs/nul-bytes.html": None, "cs/wrong-label.html": None,
            "cs/c1-controls.html": "Grid notes: we\u2019re ready"}
    bad = []
    for f, title in want.items():
        r = ls.run("extract", "--json", fx(f), data=False)
        if r.rc != 0:
            bad.append("%s: rc %d %s" % (f, r.rc, r.errtext.strip()))
            continue
        e = json.loads(r.out)
        if title and title not in (e.get("title") or ""):
            bad.append("%s: title %r" % (f, e.get("title")))
    check(not bad, "; ".join(bad))
    e = ls.json("extract", "--json", fx("cs/broken-utf8.html"), data=False)
    check("\ufffd" in (e["text"] or "") + (e["title"] or "") or "后半段也正常" in (e["text"] or ""),
          "broken bytes not replaced: %r" % e["text"])
    e = ls.json("extract", "--json", fx("cs/c1-controls.html"), data=False)
    check("operator\u2019s figures show the \u201cpeak\u201d hours shrinking \u2014 by" in (e["text"] or ""),
          "C1 controls not read as Windows-1252: %r" % e["text"])
    e = ls.json("extract", "--json", fx("cs/utf7-label.html"), data=False)
    check("<script>" not in (e["html"] or "") and "+ADw-script" in (e["text"] or ""), "UTF-7 decoded: %r" % e)


def test_data_folder_from_environment():
    site = lib.start_site()
    ls = lib.Linksnap()
    d = os.path.join(lib.tempdir(), "envdata")
    r = ls.run("--allow-private", "add", site.url("/en/article.html"), data=False, allow_private=False,
               env={"LINKSNAP_DATA": d})
    check(r.rc == 0, "add with LINKSNAP_DATA: %r" % r)
    check(os.path.exists(os.path.join(d, "linksnap.db")), "no linksnap.db in $LINKSNAP_DATA")


def test_allow_private_from_environment():
    site = lib.start_site()
    ls = lib.Linksnap(allow_private=False)
    r = ls.run("add", site.url("/en/article.html"), env={"LINKSNAP_ALLOW_PRIVATE": "1"})
    check(r.rc == 0, "LINKSNAP_ALLOW_PRIVATE=1 not honoured: %r" % r)


def test_extract_refuses_a_file_that_is_no_page():
    ls = lib.Linksnap()
    d = lib.tempdir()
    files = {"report.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
             "photo.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
             "page.html.gz": b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes(200)}
    for name, data in files.items():
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        r = ls.run("extract", "--json", p, data=False)
        lines = r.errtext.strip().splitlines()
        check(r.rc == 1 and len(lines) == 1 and "no HTML page" in lines[0],
              "%s: rc %d, %r" % (name, r.rc, r.errtext))
        check(not r.out.strip(), "%s: output %r" % (name, r.out[:80]))
