/*
 * test_search.c - the search index kept in step with the real store
 * (capture, re-capture, edit, tags, tag rename/merge/delete, deletion) and
 * ls_search_run's results: filters, paging, highlights, markers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/db.h"
#include "store/links.h"
#include "store/search.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "store/users.h"
#include "util/err.h"

static ls_db *open_db(const char *name)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", ls_test_tmpdir(), name);
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(dir, &db), LS_OK);
    if (db)
        CHECK_INT_EQ(ls_search_conn_init(ls_db_sqlite(db)), LS_OK);
    return db;
}

/* Adds a link with one done capture; returns the link id. */
static int64_t add_doc(ls_db *db, int64_t user, const char *url, const char *title,
                       const char *text, int64_t *snap_out)
{
    int64_t link = 0, snap = 0;
    CHECK_INT_EQ(ls_link_add(db, user, url, url, NULL, NULL, &link, NULL), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, link, &snap), LS_OK);
    ls_snapshot s = {0};
    s.id = snap;
    s.title = (char *)title;
    s.text = (char *)text;
    s.lang = (char *)"zh-CN";
    s.site_name = (char *)"示例站";
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    if (snap_out)
        *snap_out = snap;
    return link;
}

/* Link ids of the hits as "3,1" in result order ("ERR:<msg>" on error). */
static const char *ids(ls_db *db, int64_t user, const char *q, bool all)
{
    static char out[512];
    char err[256] = "";
    ls_search_results r;
    ls_search_opts o = {.all_captures = all};
    int rc = ls_search_run(db, user, q, &o, &r, err, sizeof err);
    if (rc != LS_OK) {
        snprintf(out, sizeof out, "ERR:%s", err);
        return out;
    }
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < r.n; i++)
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%lld", i ? "," : "",
                              (long long)(all ? r.hits[i].snapshot_id : r.hits[i].link_id));
    if (r.total != (int64_t)r.n)
        snprintf(out + n, sizeof out - n, " total=%lld", (long long)r.total);
    ls_search_results_release(&r);
    return out;
}

static char idbuf[64];
static const char *one(int64_t id)
{
    snprintf(idbuf, sizeof idbuf, "%lld", (long long)id);
    return idbuf;
}

static int64_t fts_rows(ls_db *db)
{
    sqlite3_stmt *st = NULL;
    int64_t n = -1;
    sqlite3_prepare_v2(ls_db_sqlite(db), "SELECT count(*) FROM search_fts", -1, &st, NULL);
    if (st && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

TEST(search_capture_appears_only_when_done)
{
    ls_db *db = open_db("capture");
    int64_t link = 0, snap = 0;
    CHECK_INT_EQ(ls_link_add(db, 1, "https://a.cn/x", "https://a.cn/x", NULL, NULL, &link, NULL),
                 LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, link, &snap), LS_OK);
    CHECK_INT_EQ(ls_snapshot_mark_running(db, snap), LS_OK);
    CHECK_INT_EQ(fts_rows(db), 0);
    ls_snapshot s = {.id = snap, .title = "智能制造白皮书", .text = "人工智能助力智能制造，推动产业升级。"};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "智能", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "白皮书", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "新", false), "");
    CHECK_STR_EQ(ids(db, 1, "升", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "site:a.cn", false), one(link));
    /* another user sees nothing */
    CHECK_STR_EQ(ids(db, 99, "智能", false), "");
    ls_db_close(db);
}

TEST(search_lang_and_owner_change)
{
    ls_db *db = open_db("lang");
    int64_t a = add_doc(db, 1, "https://a.cn/1", "智能", "中文内容", NULL); /* zh-CN */
    CHECK_STR_EQ(ids(db, 1, "lang:zh 智能", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "lang:zh-cn 智能", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "lang:zh-tw 智能", false), "");
    CHECK_STR_EQ(ids(db, 1, "lang:en 智能", false), "");
    CHECK_STR_EQ(ids(db, 1, "-lang:zh 智能", false), "");
    CHECK_STR_EQ(ids(db, 1, "lang:zh", false), one(a)); /* a filter alone lists */
    /* the first real user adopts the local owner's links: the index follows */
    int64_t alice = 0;
    CHECK_INT_EQ(ls_user_create(db, "alice", "correct horse battery", false, &alice), LS_OK);
    CHECK_STR_EQ(ids(db, alice, "智能", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "智能", false), "");
    /* a page cannot forge the index tokens of another user */
    int64_t bob = 0;
    CHECK_INT_EQ(ls_user_create(db, "bob", "correct horse battery", false, &bob), LS_OK);
    char forged[64];
    snprintf(forged, sizeof forged, "\x1e" "k%lld a%lld 秘密", (long long)alice, (long long)alice);
    int64_t b = add_doc(db, bob, "https://evil.example/", forged, forged, NULL);
    CHECK_STR_EQ(ids(db, bob, "秘密", false), one(b));
    CHECK_STR_EQ(ids(db, alice, "秘密", false), "");
    CHECK_STR_EQ(ids(db, alice, "智能 OR 秘密", false), one(a));
    ls_db_close(db);
}

TEST(search_latest_capture_and_all_captures)
{
    ls_db *db = open_db("recapture");
    int64_t s1 = 0, s2 = 0;
    int64_t link = add_doc(db, 1, "https://b.cn/", "第一版", "边缘计算 第一版", &s1);
    CHECK_INT_EQ(ls_snapshot_create(db, link, &s2), LS_OK);
    ls_snapshot s = {.id = s2, .title = "第二版", .text = "边缘计算 第二版 数字孪生"};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "边缘计算", false), one(link));
    char both[64], both2[64];
    snprintf(both, sizeof both, "%lld,%lld", (long long)s2, (long long)s1);
    snprintf(both2, sizeof both2, "%lld,%lld", (long long)s1, (long long)s2);
    const char *got = ids(db, 1, "边缘计算", true); /* by relevance: either order */
    CHECK(!strcmp(got, both) || !strcmp(got, both2));
    /* the old capture's words are not in the latest */
    CHECK_STR_EQ(ids(db, 1, "第一版", false), "");
    CHECK_STR_EQ(ids(db, 1, "第一版", true), one(s1));
    /* a failed re-capture keeps the last done one searchable */
    int64_t s3 = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, link, &s3), LS_OK);
    CHECK_INT_EQ(ls_snapshot_fail(db, s3, 503, "HTTP 503 服务不可用"), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "数字孪生", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "is:failed", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "is:failed 503", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "503", false), "");
    CHECK_STR_EQ(ids(db, 1, "is:failed", true), one(s3));
    CHECK_STR_EQ(ids(db, 1, "is:failed 503", true), one(s3));
    /* a done capture after the failure makes the link searchable as done again */
    int64_t s4 = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, link, &s4), LS_OK);
    ls_snapshot s4v = {.id = s4, .title = "第四版", .text = "恢复正常"};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s4v), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "is:failed", false), "");
    CHECK_STR_EQ(ids(db, 1, "恢复", false), one(link));
    CHECK_STR_EQ(ids(db, 1, "数字孪生", false), "");
    ls_db_close(db);
}

TEST(search_title_edit_and_deletion)
{
    ls_db *db = open_db("edit");
    int64_t a = add_doc(db, 1, "https://c.cn/1", "原标题", "正文内容关于工业互联网", NULL);
    int64_t b = add_doc(db, 1, "https://c.cn/2", "另一篇", "工业互联网平台", NULL);
    CHECK_INT_EQ(ls_link_update(db, 1, a, "我的笔记标题", NULL), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "笔记", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "原标题", false), "");
    CHECK_INT_EQ(ls_link_update(db, 1, a, "", NULL), LS_OK); /* back to the page title */
    CHECK_STR_EQ(ids(db, 1, "原标题", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "笔记", false), "");
    CHECK_INT_EQ(fts_rows(db), 2);
    CHECK_INT_EQ(ls_link_delete(db, 1, a), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "工业互联网", false), one(b));
    CHECK_STR_EQ(ids(db, 1, "原标题", false), "");
    CHECK_INT_EQ(fts_rows(db), 1);
    ls_db_close(db);
}

TEST(search_tags_follow_add_remove_rename_merge_delete)
{
    ls_db *db = open_db("tags");
    int64_t a = add_doc(db, 1, "https://d.cn/1", "甲", "文本甲", NULL);
    int64_t b = add_doc(db, 1, "https://d.cn/2", "乙", "文本乙", NULL);
    const char *ta[] = {"工业互联网/边缘计算"};
    const char *tb[] = {"人工智能"};
    CHECK_INT_EQ(ls_tag_link_add(db, 1, a, ta, 1), LS_OK);
    CHECK_INT_EQ(ls_tag_link_add(db, 1, b, tb, 1), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "tag:工业互联网", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "tag:工业互联网/边缘计算", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "tag:工业", false), "");
    CHECK_STR_EQ(ids(db, 1, "边缘计算", false), one(a)); /* tag text is indexed */
    CHECK_STR_EQ(ids(db, 1, "文本 -tag:人工智能", false), one(a));
    /* rename the parent: the child's path changes too */
    CHECK_INT_EQ(ls_tag_rename(db, 1, "工业互联网", "物联网"), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "tag:工业互联网", false), "");
    CHECK_STR_EQ(ids(db, 1, "tag:物联网/边缘计算", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "物联网", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "工业互联网", false), "");
    /* merge 人工智能 into 物联网 */
    const char *from[] = {"人工智能"};
    CHECK_INT_EQ(ls_tag_merge(db, 1, from, 1, "物联网"), LS_OK);
    char ab[64];
    snprintf(ab, sizeof ab, "%lld,%lld", (long long)b, (long long)a);
    CHECK_STR_EQ(ids(db, 1, "tag:物联网 文本", false), ab);
    CHECK_STR_EQ(ids(db, 1, "人工智能", false), "");
    /* remove one, then delete the tag with its subtree */
    CHECK_INT_EQ(ls_tag_link_remove(db, 1, b, (const char *[]){"物联网"}, 1), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "tag:物联网", false), one(a));
    CHECK_INT_EQ(ls_tag_delete(db, 1, "物联网"), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "tag:物联网", false), "");
    CHECK_STR_EQ(ids(db, 1, "边缘计算", false), "");
    CHECK_STR_EQ(ids(db, 1, "文本", false), ab);
    ls_db_close(db);
}

TEST(search_dates_paging_and_order)
{
    ls_db *db = open_db("dates");
    ls_db_set_now(db, 1714521600 + 3600); /* 2024-05-01 01:00 UTC */
    int64_t a = add_doc(db, 1, "https://e.cn/1", "智能制造", "一般内容", NULL);
    ls_db_set_now(db, 1717200000 + 3600); /* 2024-06-01 */
    int64_t b = add_doc(db, 1, "https://e.cn/2", "其他", "智能制造 智能制造 智能制造", NULL);
    char ab[64], ba[64];
    snprintf(ab, sizeof ab, "%lld,%lld", (long long)a, (long long)b);
    snprintf(ba, sizeof ba, "%lld,%lld", (long long)b, (long long)a);
    CHECK_STR_EQ(ids(db, 1, "智能制造", false), ab); /* the title weighs more */
    CHECK_STR_EQ(ids(db, 1, "after:2024-05-02 智能制造", false), one(b));
    CHECK_STR_EQ(ids(db, 1, "before:2024-05-02 智能制造", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "after:2024-05-01 before:2024-05-02", false), one(a));
    CHECK_STR_EQ(ids(db, 1, "after:2024-13-01 x", false), "ERR:after: needs a date as YYYY-MM-DD");
    ls_search_results r;
    char err[128];
    ls_search_opts o = {.newest_first = true, .per_page = 1, .page = 2};
    CHECK_INT_EQ(ls_search_run(db, 1, "智能", &o, &r, err, sizeof err), LS_OK);
    CHECK_INT_EQ(r.total, 2);
    CHECK_INT_EQ(r.n, 1);
    CHECK_INT_EQ(r.n ? r.hits[0].link_id : 0, a);
    ls_search_results_release(&r);
    o = (ls_search_opts){.per_page = 1000000, .page = 99};
    CHECK_INT_EQ(ls_search_run(db, 1, "智能", &o, &r, err, sizeof err), LS_OK);
    CHECK_INT_EQ(r.per_page, LS_SEARCH_PER_PAGE_MAX);
    CHECK_INT_EQ(r.n, 0);
    CHECK_INT_EQ(r.total, 2);
    ls_search_results_release(&r);
    ls_db_close(db);
}

TEST(search_highlights_and_markers)
{
    ls_db *db = open_db("marks");
    add_doc(db, 1, "https://f.cn/1", "<b>智能制造</b> & 工厂",
            "我们的人工智能助力智能制造。<script>alert(1)</script>", NULL);
    ls_search_results r;
    char err[128];
    CHECK_INT_EQ(ls_search_run(db, 1, "智能制造", NULL, &r, err, sizeof err), LS_OK);
    CHECK_INT_EQ(r.n, 1);
    if (r.n == 1) {
        CHECK_STR_EQ(r.hits[0].title_hl, "<b>\x01智能制造\x02</b> & 工厂");
        CHECK_CONTAINS(r.hits[0].snippet, "助力\x01智能制造\x02。");
        CHECK_STR_EQ(r.hits[0].site, "f.cn");
        char *h = ls_search_marks_to_html(r.hits[0].title_hl);
        CHECK_STR_EQ(h, "&lt;b&gt;<mark>智能制造</mark>&lt;/b&gt; &amp; 工厂");
        free(h);
        h = ls_search_marks_to_html(r.hits[0].snippet);
        CHECK_CONTAINS(h, "&lt;script&gt;");
        CHECK_NOT_CONTAINS(h, "<script>");
        free(h);
        h = ls_search_marks_replace(r.hits[0].snippet, "[", "]");
        CHECK_CONTAINS(h, "助力[智能制造]。");
        free(h);
    }
    ls_search_results_release(&r);
    /* markers in hostile text stay balanced */
    char *h = ls_search_marks_to_html("a\x02" "b\x01" "c\x01" "d");
    CHECK_STR_EQ(h, "ab<mark>cd</mark>");
    free(h);
    ls_db_close(db);
}

TEST(search_hostile_queries_are_errors_or_results)
{
    ls_db *db = open_db("hostile");
    add_doc(db, 1, "https://g.cn/1", "标题", "100% 的 a_b 内容", NULL);
    static const char *const qs[] = {
        "%", "_", "'--", "\"", "NEAR(", "*", "^", "\"open", "a\" OR \"1\"=\"1",
        "tag:'; DROP TABLE links; --", "tag:%", "tag:a//b", "site:%", "lang:%", "is:x",
        "before:2024-02-30", "-a", "NEAR(标题, 2)", "标题*", "{title}:标题", "100%", "a_b",
    };
    for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
        const char *got = ids(db, 1, qs[i], false);
        if (!strncmp(got, "ERR:search failed", 17))
            ls_test_fail(__FILE__, __LINE__, "query [%s]: %s", qs[i], got);
    }
    CHECK_STR_EQ(ids(db, 1, "a_b", false), "1");
    CHECK_STR_EQ(ids(db, 1, "100%", false), "1");
    CHECK_STR_EQ(ids(db, 1, "NEAR(标题, 2)", false), "");
    CHECK_STR_EQ(ids(db, 1, "tag:%", false), "");
    CHECK_CONTAINS(ids(db, 1, "tag:a//b", false), "ERR:tag:a//b is not a valid tag");
    CHECK_STR_EQ(ids(db, 1, "标题", false), "1");
    ls_db_close(db);
}

TEST(search_index_created_for_an_existing_database)
{
    ls_db *db = open_db("backfill");
    int64_t a = add_doc(db, 1, "https://h.cn/1", "数字孪生", "内容", NULL);
    sqlite3 *sq = ls_db_sqlite(db);
    CHECK_INT_EQ(sqlite3_exec(sq, "DROP TABLE search_fts", NULL, NULL, NULL), SQLITE_OK);
    CHECK_INT_EQ(ls_search_conn_init(sq), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "孪生", false), one(a));
    CHECK_INT_EQ(ls_search_rebuild(sq), LS_OK);
    CHECK_STR_EQ(ids(db, 1, "孪生", false), one(a));
    CHECK_INT_EQ(fts_rows(db), 1);
    ls_db_close(db);
}

/* Rows of the index that differ from what the view derives now (and rows
 * missing on either side). */
static long long index_drift(ls_db *db)
{
    static const char *const sql[] = {
        ("SELECT count(*) FROM search_src s JOIN search_fts f ON f.rowid = s.id"
         " WHERE f.meta IS NOT s.meta OR f.text IS NOT s.text OR f.title IS NOT s.title"),
        "SELECT count(*) FROM search_src WHERE id NOT IN (SELECT rowid FROM search_fts)",
        "SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_src)"};
    long long total = 0;
    for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++) {
        sqlite3_stmt *st = NULL;
        long long v = -1;
        if (sqlite3_prepare_v2(ls_db_sqlite(db), sql[i], -1, &st, NULL) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        total += v < 0 ? 1000 : v;
    }
    return total;
}

TEST(search_index_follows_many_captures_of_one_link)
{
    /* A capture re-indexes only the rows whose latest-capture flags can
     * move; after any sequence the index must equal what the view says. */
    ls_db *db = open_db("search_many_captures");
    int64_t s1 = 0;
    int64_t link = add_doc(db, 1, "https://m.example/a", "标题", "第一次 抓取 内容", &s1);
    CHECK_INT_EQ(index_drift(db), 0);
    int64_t snaps[8];
    for (int i = 0; i < 8; i++) {
        CHECK_INT_EQ(ls_snapshot_create(db, link, &snaps[i]), LS_OK);
        if (i % 3 == 1) {
            CHECK_INT_EQ(ls_snapshot_fail(db, snaps[i], 503, "服务不可用"), LS_OK);
        } else {
            char text[64];
            snprintf(text, sizeof text, "第%d次 抓取 内容 版本%d", i + 2, i);
            ls_snapshot s = {.id = snaps[i], .title = (char *)"标题", .text = text,
                             .lang = (char *)"zh-CN"};
            CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
        }
        CHECK_INT_EQ(index_drift(db), 0);
    }
    /* captures 0, 2, 3, 5, 6 done, 1, 4, 7 failed: the latest done one is
     * the link's, older ones are found with all captures */
    CHECK_STR_EQ(ids(db, 1, "版本6", false), "1");
    CHECK_STR_EQ(ids(db, 1, "版本5", false), "");
    CHECK_STR_EQ(ids(db, 1, "版本5", true), one(snaps[5]));
    /* the failed last capture back in the queue, then the latest done one
     * deleted: the one before becomes the link's */
    CHECK_INT_EQ(ls_snapshot_requeue(db, snaps[7]), LS_OK);
    CHECK_INT_EQ(index_drift(db), 0);
    sqlite3_exec(ls_db_sqlite(db), "DELETE FROM snapshots WHERE id IN (SELECT max(id) FROM"
                 " snapshots WHERE status = 'done')", NULL, NULL, NULL);
    CHECK_INT_EQ(index_drift(db), 0);
    CHECK_STR_EQ(ids(db, 1, "版本5", false), "1");
    ls_db_close(db);
}
