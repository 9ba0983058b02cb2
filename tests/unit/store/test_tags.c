#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/links.h"
#include "store/tags.h"
#include "store_test.h"
#include "util/err.h"

static void norm_ok(const char *in, const char *want)
{
    char *out = NULL, err[128] = "";
    int rc = ls_tag_normalize(in, &out, err, sizeof err);
    CHECK_INT_EQ(rc, LS_OK);
    CHECK_STR_EQ(out, want);
    free(out);
}

static void norm_bad(const char *in, const char *why_part)
{
    char *out = NULL, err[128] = "";
    CHECK_INT_EQ(ls_tag_normalize(in, &out, err, sizeof err), LS_EINVAL);
    CHECK(out == NULL);
    CHECK_CONTAINS(err, why_part);
}

TEST(tags_normalize_trims_and_collapses)
{
    norm_ok("  工业互联网 /  边缘  计算 ", "工业互联网/边缘 计算");
    norm_ok("a\xe3\x80\x80\xe3\x80\x80" "b", "a b"); /* ideographic spaces */
    norm_ok("%_'--\"", "%_'--\"");
    norm_ok("<script>alert(1)</script>", "<script>alert(1)</script>");
    norm_ok("a/b/c/d/e/f/g/h", "a/b/c/d/e/f/g/h");
    norm_bad("", "empty");
    norm_bad("a//b", "empty segment");
    norm_bad("/a", "empty segment");
    norm_bad("a/", "empty segment");
    norm_bad("  / ", "empty segment");
    norm_bad("a\tb", "control");
    norm_bad("a\nb", "control");
    norm_bad("evil\xe2\x80\xaegnp", "control"); /* U+202E RTL override */
    norm_bad("x\xe2\x80\xa8y", "control");      /* U+2028 */
    norm_bad("\xff\xfe", "UTF-8");
    norm_bad("a/b/c/d/e/f/g/h/i", "8 levels");
    char seg[300];
    memset(seg, 'x', 65);
    seg[65] = '\0';
    norm_bad(seg, "64");
    /* 64 Han characters are fine: the limit counts characters, not bytes. */
    seg[0] = '\0';
    for (int i = 0; i < 64; i++)
        strcat(seg, "字");
    char *out = NULL;
    CHECK_INT_EQ(ls_tag_normalize(seg, &out, NULL, 0), LS_OK);
    free(out);
}

static int64_t link(ls_db *db, const char *url)
{
    int64_t id = 0;
    CHECK_INT_EQ(ls_link_add(db, 1, url, url, NULL, NULL, &id, NULL), LS_OK);
    return id;
}

static void tag(ls_db *db, int64_t l, const char *path)
{
    const char *p[] = {path};
    CHECK_INT_EQ(ls_tag_link_add(db, 1, l, p, 1), LS_OK);
}

static const ls_tag_node *find(const ls_tag_tree *t, const char *path)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->items[i].path, path) == 0)
            return &t->items[i];
    return NULL;
}

/* The tree's paths joined with ',' in order. */
static char *tree_paths(ls_db *db)
{
    ls_tag_tree t;
    static char buf[2048];
    buf[0] = '\0';
    if (ls_tag_tree_get(db, 1, &t))
        return buf;
    for (size_t i = 0; i < t.n; i++) {
        if (i)
            strncat(buf, ",", sizeof buf - strlen(buf) - 1);
        strncat(buf, t.items[i].path, sizeof buf - strlen(buf) - 1);
    }
    ls_tag_tree_release(&t);
    return buf;
}

TEST(tags_tree_counts_children_under_parents)
{
    ls_db *db = store_test_open("tags_tree");
    int64_t a = link(db, "http://a/"), b = link(db, "http://b/"), c = link(db, "http://c/");
    tag(db, a, "工业互联网/边缘计算");
    tag(db, a, "工业互联网");       /* same link twice in the subtree: counted once */
    tag(db, b, "工业互联网/边缘计算/芯片");
    tag(db, c, "工业互联网 二");    /* sorts between parent and child without the fix */
    ls_tag_tree t;
    CHECK_INT_EQ(ls_tag_tree_get(db, 1, &t), LS_OK);
    CHECK_INT_EQ(t.n, 4);
    const ls_tag_node *p = find(&t, "工业互联网");
    const ls_tag_node *k = find(&t, "工业互联网/边缘计算");
    const ls_tag_node *g = find(&t, "工业互联网/边缘计算/芯片");
    CHECK(p && k && g);
    if (p && k && g) {
        CHECK_INT_EQ(p->own_count, 1);
        CHECK_INT_EQ(p->total_count, 2);
        CHECK_INT_EQ(k->own_count, 1);
        CHECK_INT_EQ(k->total_count, 2);
        CHECK_INT_EQ(g->total_count, 1);
        CHECK_INT_EQ(g->depth, 2);
        CHECK_INT_EQ(k->parent_id, p->id);
        CHECK_STR_EQ(k->name, "边缘计算");
    }
    ls_tag_tree_release(&t);
    CHECK_STR_EQ(tree_paths(db),
                 "工业互联网,工业互联网/边缘计算,工业互联网/边缘计算/芯片,工业互联网 二");
    char **paths = NULL;
    size_t n = 0;
    CHECK_INT_EQ(ls_tag_link_list(db, 1, a, &paths, &n), LS_OK);
    CHECK_INT_EQ(n, 2);
    if (n == 2) {
        CHECK_STR_EQ(paths[0], "工业互联网");
        CHECK_STR_EQ(paths[1], "工业互联网/边缘计算");
        CHECK(paths[2] == NULL);
    }
    ls_tag_paths_free(paths);
    const char *rm[] = {"工业互联网", "never-existed"};
    CHECK_INT_EQ(ls_tag_link_remove(db, 1, a, rm, 2), LS_OK);
    CHECK_INT_EQ(ls_tag_link_list(db, 1, a, &paths, &n), LS_OK);
    CHECK_INT_EQ(n, 1);
    ls_tag_paths_free(paths);
    ls_db_close(db);
}

TEST(tags_rename_moves_children)
{
    ls_db *db = store_test_open("tags_rename");
    int64_t a = link(db, "http://a/");
    tag(db, a, "tech/edge/chips");
    tag(db, a, "tech/cloud");
    tag(db, a, "other");
    CHECK_INT_EQ(ls_tag_rename(db, 1, "tech", "技术"), LS_OK);
    CHECK_STR_EQ(tree_paths(db), "other,技术,技术/cloud,技术/edge,技术/edge/chips");
    /* Move under another parent (created on the way). */
    CHECK_INT_EQ(ls_tag_rename(db, 1, "技术/edge", "new/place/edge2"), LS_OK);
    CHECK_STR_EQ(tree_paths(db),
                 "new,new/place,new/place/edge2,new/place/edge2/chips,other,技术,技术/cloud");
    ls_tag_tree t;
    CHECK_INT_EQ(ls_tag_tree_get(db, 1, &t), LS_OK);
    const ls_tag_node *pl = find(&t, "new/place"), *e2 = find(&t, "new/place/edge2"),
                      *ch = find(&t, "new/place/edge2/chips");
    CHECK(pl && e2 && ch);
    if (pl && e2 && ch) {
        CHECK_INT_EQ(e2->parent_id, pl->id);
        CHECK_INT_EQ(ch->parent_id, e2->id);
        CHECK_STR_EQ(e2->name, "edge2");
        CHECK_INT_EQ(pl->total_count, 1);
    }
    ls_tag_tree_release(&t);
    CHECK_INT_EQ(ls_tag_rename(db, 1, "other", "技术"), LS_EEXIST);
    CHECK_INT_EQ(ls_tag_rename(db, 1, "missing", "x"), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_tag_rename(db, 1, "new", "new/place/inside"), LS_EINVAL);
    CHECK_INT_EQ(ls_tag_rename(db, 1, "new", "a/b/c/d/e/f"), LS_EINVAL); /* 9 levels */
    CHECK_INT_EQ(ls_tag_rename(db, 1, "other", "bad//name"), LS_EINVAL);
    CHECK_STR_EQ(tree_paths(db),
                 "new,new/place,new/place/edge2,new/place/edge2/chips,other,技术,技术/cloud");
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(tags_merge_moves_links_and_children)
{
    ls_db *db = store_test_open("tags_merge");
    int64_t a = link(db, "http://a/"), b = link(db, "http://b/"), c = link(db, "http://c/");
    tag(db, a, "ai");
    tag(db, b, "ml/deep");
    tag(db, c, "ml/classic");
    tag(db, c, "人工智能/deep");
    const char *from[] = {"ai", "ml"};
    CHECK_INT_EQ(ls_tag_merge(db, 1, from, 2, "人工智能"), LS_OK);
    CHECK_STR_EQ(tree_paths(db), "人工智能,人工智能/classic,人工智能/deep");
    ls_tag_tree t;
    CHECK_INT_EQ(ls_tag_tree_get(db, 1, &t), LS_OK);
    const ls_tag_node *top = find(&t, "人工智能"), *deep = find(&t, "人工智能/deep");
    CHECK(top && deep);
    if (top && deep) {
        CHECK_INT_EQ(top->own_count, 1); /* a, from "ai" */
        CHECK_INT_EQ(top->total_count, 3);
        CHECK_INT_EQ(deep->own_count, 2); /* b merged into the existing child with c */
    }
    ls_tag_tree_release(&t);
    const char *self[] = {"人工智能"};
    CHECK_INT_EQ(ls_tag_merge(db, 1, self, 1, "人工智能/deep"), LS_EINVAL);
    const char *missing[] = {"nope"};
    CHECK_INT_EQ(ls_tag_merge(db, 1, missing, 1, "x"), LS_ENOTFOUND);
    CHECK_STR_EQ(tree_paths(db), "人工智能,人工智能/classic,人工智能/deep");
    /* Merging into a new tag creates it. */
    const char *f2[] = {"人工智能/classic"};
    CHECK_INT_EQ(ls_tag_merge(db, 1, f2, 1, "old"), LS_OK);
    CHECK_STR_EQ(tree_paths(db), "old,人工智能,人工智能/deep");
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(tags_delete_removes_subtree_links_stay)
{
    ls_db *db = store_test_open("tags_delete");
    int64_t a = link(db, "http://a/");
    tag(db, a, "p/q/r");
    tag(db, a, "p q");
    CHECK_INT_EQ(ls_tag_delete(db, 1, "p"), LS_OK);
    CHECK_STR_EQ(tree_paths(db), "p q");
    CHECK_INT_EQ(ls_tag_delete(db, 1, "p"), LS_ENOTFOUND);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, 1, a, &l), LS_OK);
    ls_link_release(&l);
    char **paths = NULL;
    size_t n = 0;
    CHECK_INT_EQ(ls_tag_link_list(db, 1, a, &paths, &n), LS_OK);
    CHECK_INT_EQ(n, 1);
    ls_tag_paths_free(paths);
    ls_db_close(db);
}

TEST(tags_hostile_names_are_plain_text)
{
    ls_db *db = store_test_open("tags_hostile");
    int64_t a = link(db, "http://a/"), b = link(db, "http://b/");
    const char *evil[] = {"%", "_", "'--", "\"", "a%", "x'); DROP TABLE tags;--",
                          "<img src=x onerror=alert(1)>"};
    for (size_t i = 0; i < sizeof evil / sizeof evil[0]; i++)
        tag(db, a, evil[i]);
    tag(db, b, "abc");
    tag(db, b, "a_c");
    ls_tag_tree t;
    CHECK_INT_EQ(ls_tag_tree_get(db, 1, &t), LS_OK);
    CHECK_INT_EQ(t.n, 9);
    ls_tag_tree_release(&t);
    /* "%" and "_" must match only themselves. */
    const char *q[] = {"%"};
    ls_link_filter f = {.user_id = 1, .tags = q, .ntags = 1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 1);
    ls_link_list_release(&list);
    const char *q2[] = {"a_c"};
    f.tags = q2;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK(list.total == 1 && list.n == 1 && list.items[0].id == b);
    ls_link_list_release(&list);
    CHECK_INT_EQ(ls_tag_rename(db, 1, "%", "pct"), LS_OK);
    CHECK_INT_EQ(ls_tag_delete(db, 1, "_"), LS_OK);
    CHECK_INT_EQ(ls_tag_delete(db, 1, "'--"), LS_OK);
    CHECK_INT_EQ(ls_tag_tree_get(db, 1, &t), LS_OK);
    CHECK_INT_EQ(t.n, 7);
    CHECK(find(&t, "a%") != NULL && find(&t, "pct") != NULL && find(&t, "a_c") != NULL);
    ls_tag_tree_release(&t);
    CHECK_INT_EQ(ls_tag_set_color(db, 1, "pct", "#12ab3F"), LS_OK);
    CHECK_INT_EQ(ls_tag_set_color(db, 1, "pct", "red;x"), LS_EINVAL);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(tags_are_per_user)
{
    ls_db *db = store_test_open("tags_users");
    int64_t a = link(db, "http://a/");
    tag(db, a, "mine");
    ls_tag_tree t;
    CHECK_INT_EQ(ls_tag_tree_get(db, 2, &t), LS_OK);
    CHECK_INT_EQ(t.n, 0);
    ls_tag_tree_release(&t);
    CHECK_INT_EQ(ls_tag_rename(db, 2, "mine", "theirs"), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_tag_delete(db, 2, "mine"), LS_ENOTFOUND);
    ls_db_close(db);
}
