#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "store/view.h"
#include "store_test.h"
#include "util/err.h"

#define T1 1764393641 /* 2025-11-29T05:20:41Z */

static const char *jstr(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

TEST(view_link_json_has_the_show_shape)
{
    ls_db *db = store_test_open("view_link");
    ls_db_set_now(db, T1);
    int64_t l = 0, s1 = 0, s2 = 0, s3 = 0;
    CHECK_INT_EQ(ls_link_add(db, 1, "https://例子.cn/a?b=1", "https://xn--fsqu00a.cn/a?b=1",
                             NULL, "备注 \"quoted\" <b>", &l, NULL), LS_OK);
    const char *tags[] = {"工业互联网/边缘计算", "news"};
    CHECK_INT_EQ(ls_tag_link_add(db, 1, l, tags, 2), LS_OK);
    char raw[65], warc[65];
    CHECK_INT_EQ(ls_blob_put(db, "raw bytes", 9, raw), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "warc bytes", 10, warc), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &s1), LS_OK);
    ls_snapshot s = {.id = s1, .http_status = 200, .final_url = "https://xn--fsqu00a.cn/a",
                     .charset = "gb18030", .title = "标题 v1", .byline = "张三",
                     .source = "新华社", .site_name = "例子网", .published = "2025-11-28",
                     .lang = "zh", .excerpt = "摘要", .text = "正文", .word_count = 2,
                     .bytes = 19, .raw_blob = raw, .warc_blob = warc};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    ls_db_set_now(db, T1 + 60);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &s2), LS_OK);
    CHECK_INT_EQ(ls_snapshot_fail(db, s2, 503, "server error"), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &s3), LS_OK); /* same second as s2 */

    json_t *j = ls_link_json(db, 1, l);
    CHECK(j != NULL);
    if (!j)
        return;
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "id")), l);
    CHECK_STR_EQ(jstr(j, "url"), "https://例子.cn/a?b=1");
    CHECK_STR_EQ(jstr(j, "title"), "标题 v1"); /* falls back to the done snapshot */
    CHECK_STR_EQ(jstr(j, "note"), "备注 \"quoted\" <b>");
    CHECK_STR_EQ(jstr(j, "created"), "2025-11-29T05:20:41Z");
    json_t *jt = json_object_get(j, "tags");
    CHECK_INT_EQ(json_array_size(jt), 2);
    CHECK_STR_EQ(json_string_value(json_array_get(jt, 0)), "news");
    CHECK_STR_EQ(json_string_value(json_array_get(jt, 1)), "工业互联网/边缘计算");
    json_t *snaps = json_object_get(j, "snapshots");
    CHECK_INT_EQ(json_array_size(snaps), 3);
    json_t *n0 = json_array_get(snaps, 0), *n1 = json_array_get(snaps, 1),
           *n2 = json_array_get(snaps, 2);
    CHECK_INT_EQ(json_integer_value(json_object_get(n0, "id")), s3); /* newest first */
    CHECK_STR_EQ(jstr(n0, "status"), "queued");
    CHECK(json_is_null(json_object_get(n0, "http_status")));
    CHECK_INT_EQ(json_integer_value(json_object_get(n1, "id")), s2);
    CHECK_STR_EQ(jstr(n1, "status"), "failed");
    CHECK_STR_EQ(jstr(n1, "error"), "server error");
    CHECK_INT_EQ(json_integer_value(json_object_get(n1, "http_status")), 503);
    CHECK_STR_EQ(jstr(n2, "status"), "done");
    CHECK_STR_EQ(jstr(n2, "created"), "2025-11-29T05:20:41Z");
    const char *keys[] = {"id", "status", "created", "http_status", "final_url", "charset",
                          "title", "byline", "source", "site_name", "published", "lang",
                          "excerpt", "word_count", "bytes", "error", "files"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        CHECK(json_object_get(n2, keys[i]) != NULL);
    CHECK_INT_EQ(json_object_size(n2), sizeof keys / sizeof keys[0]);
    CHECK(json_object_get(n2, "text") == NULL); /* the text is not part of show */
    CHECK_STR_EQ(jstr(n2, "charset"), "gb18030");
    CHECK_STR_EQ(jstr(n2, "source"), "新华社");
    CHECK_STR_EQ(jstr(n2, "published"), "2025-11-28");
    CHECK_INT_EQ(json_integer_value(json_object_get(n2, "word_count")), 2);
    CHECK(json_is_null(json_object_get(n2, "error")));
    json_t *files = json_object_get(n2, "files");
    CHECK_STR_EQ(jstr(files, "raw"), raw);
    CHECK_STR_EQ(jstr(files, "warc"), warc);
    CHECK(json_is_null(json_object_get(files, "single")));
    CHECK(json_is_null(json_object_get(files, "reader")));
    CHECK_INT_EQ(json_object_size(files), 4);
    char *dump = json_dumps(j, JSON_COMPACT);
    CHECK(dump != NULL);
    free(dump);
    json_decref(j);

    /* The user's own title wins; other users get nothing. */
    CHECK_INT_EQ(ls_link_update(db, 1, l, "我的标题", NULL), LS_OK);
    j = ls_link_json(db, 1, l);
    CHECK_STR_EQ(jstr(j, "title"), "我的标题");
    json_decref(j);
    CHECK(ls_link_json(db, 2, l) == NULL);
    CHECK(ls_link_json(db, 1, l + 1000) == NULL);
    ls_db_close(db);
}

TEST(view_tags_json_is_a_tree_with_counts)
{
    ls_db *db = store_test_open("view_tags");
    int64_t a = 0, b = 0;
    ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &a, NULL);
    ls_link_add(db, 1, "http://b/", "http://b/", NULL, NULL, &b, NULL);
    const char *ta[] = {"p/c1/g"}, *tb[] = {"p/c2", "q"};
    CHECK_INT_EQ(ls_tag_link_add(db, 1, a, ta, 1), LS_OK);
    CHECK_INT_EQ(ls_tag_link_add(db, 1, b, tb, 2), LS_OK);
    CHECK_INT_EQ(ls_tag_set_color(db, 1, "q", "#ff0000"), LS_OK);
    json_t *j = ls_tags_json(db, 1);
    CHECK(json_is_array(j));
    CHECK_INT_EQ(json_array_size(j), 2);
    json_t *p = json_array_get(j, 0), *q = json_array_get(j, 1);
    CHECK_STR_EQ(jstr(p, "name"), "p");
    CHECK_INT_EQ(json_integer_value(json_object_get(p, "count")), 0);
    CHECK_INT_EQ(json_integer_value(json_object_get(p, "total")), 2);
    json_t *kids = json_object_get(p, "children");
    CHECK_INT_EQ(json_array_size(kids), 2);
    json_t *c1 = json_array_get(kids, 0);
    CHECK_STR_EQ(jstr(c1, "path"), "p/c1");
    json_t *g = json_array_get(json_object_get(c1, "children"), 0);
    CHECK_STR_EQ(jstr(g, "path"), "p/c1/g");
    CHECK_INT_EQ(json_integer_value(json_object_get(g, "count")), 1);
    CHECK_STR_EQ(jstr(json_array_get(kids, 1), "name"), "c2");
    CHECK_STR_EQ(jstr(q, "color"), "#ff0000");
    CHECK_INT_EQ(json_array_size(json_object_get(q, "children")), 0);
    json_decref(j);
    j = ls_tags_json(db, 2);
    CHECK_INT_EQ(json_array_size(j), 0);
    json_decref(j);
    ls_db_close(db);
}

TEST(view_links_json_lists_with_paging)
{
    ls_db *db = store_test_open("view_links");
    int64_t a = 0;
    ls_link_add(db, 1, "http://a/", "http://a/", "A", NULL, &a, NULL);
    const char *t[] = {"x"};
    ls_tag_link_add(db, 1, a, t, 1);
    ls_link_filter f = {.user_id = 1, .limit = 99999, .offset = -5};
    json_t *j = ls_links_json(db, &f);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "total")), 1);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "limit")), LS_LINK_LIST_MAX);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "offset")), 0);
    json_t *it = json_array_get(json_object_get(j, "items"), 0);
    CHECK_STR_EQ(jstr(it, "title"), "A");
    CHECK(json_is_null(json_object_get(it, "status")));
    CHECK_STR_EQ(json_string_value(json_array_get(json_object_get(it, "tags"), 0)), "x");
    json_decref(j);
    ls_db_close(db);
}

/* The page's tags come from one statement: each item must still carry
 * exactly its own tags, in ls_tag_link_list()'s order. */
TEST(view_links_json_tags_per_item_match_the_link)
{
    ls_db *db = store_test_open("view_links_tags");
    const char *sets[][3] = {{"b", "a/c", "a"}, {"a b", NULL, NULL}, {NULL, NULL, NULL},
                             {"工业互联网/边缘计算", "工业互联网", "z"}};
    for (int i = 0; i < 4; i++) {
        char url[32];
        int64_t id = 0;
        snprintf(url, sizeof url, "http://h%d/", i);
        CHECK_INT_EQ(ls_link_add(db, 1, url, url, NULL, NULL, &id, NULL), LS_OK);
        size_t n = 0;
        while (n < 3 && sets[i][n])
            n++;
        if (n)
            CHECK_INT_EQ(ls_tag_link_add(db, 1, id, sets[i], n), LS_OK);
    }
    ls_link_filter f = {.user_id = 1, .limit = 10};
    json_t *j = ls_links_json(db, &f);
    json_t *items = json_object_get(j, "items");
    CHECK_INT_EQ(json_array_size(items), 4);
    size_t total_tags = 0;
    for (size_t i = 0; i < json_array_size(items); i++) {
        json_t *it = json_array_get(items, i);
        char **want = NULL;
        size_t nwant = 0;
        CHECK_INT_EQ(ls_tag_link_list(db, 1, json_integer_value(json_object_get(it, "id")),
                                      &want, &nwant), LS_OK);
        json_t *tags = json_object_get(it, "tags");
        CHECK_INT_EQ(json_array_size(tags), nwant);
        for (size_t k = 0; k < nwant && k < json_array_size(tags); k++)
            CHECK_STR_EQ(json_string_value(json_array_get(tags, k)), want[k]);
        total_tags += nwant;
        ls_tag_paths_free(want);
    }
    CHECK_INT_EQ(total_tags, 7);
    json_decref(j);
    ls_db_close(db);
}
