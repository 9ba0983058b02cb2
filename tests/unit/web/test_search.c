/*
 * test_search.c - the search page and GET /api/search over the store's
 * Chinese full-text index, on a data folder of their own (the index and
 * its triggers are registered on every connection used here).
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "harness.h"
#include "store/blob.h"
#include "store/db.h"
#include "store/links.h"
#include "store/search.h"
#include "store/snapshots.h"
#include "store/users.h"
#include "web/app.h"
#include "web/auth.h"

static ls_app app;
static char token[LS_TOKEN_SZ], cookie[128];

static ls_db *open_db(void)
{
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    CHECK_INT_EQ(ls_search_conn_init(ls_db_sqlite(db)), 0);
    return db;
}

static void setup(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    ls_web_opts_default(&app.opts);
    snprintf(app.data_dir, sizeof app.data_dir, "%s/search", ls_test_tmpdir());
    app.limiter = ls_auth_limiter_new();
    ls_db *db = open_db();
    int64_t uid = 0, lid = 0, sid = 0;
    CHECK_INT_EQ(ls_user_create(db, "carol", "carol-password", true, &uid), 0);
    CHECK_INT_EQ(ls_api_token_create(db, uid, "t", token, NULL), 0);
    char t[LS_TOKEN_SZ];
    CHECK_INT_EQ(ls_session_create(db, uid, t, NULL), 0);
    snprintf(cookie, sizeof cookie, "ls_session=%s", t);
    CHECK_INT_EQ(ls_link_add(db, uid, "http://zh.example/a", "http://zh.example/a", NULL, NULL,
                             &lid, NULL), 0);
    CHECK_INT_EQ(ls_snapshot_create(db, lid, &sid), 0);
    ls_snapshot p = {0};
    p.id = sid;
    p.title = "<b>智能制造</b>加速落地";
    p.text = "工业互联网平台助力智能制造，边缘计算让<script>alert(1)</script>设备互联。";
    p.site_name = "信息化时代";
    CHECK_INT_EQ(ls_snapshot_finish(db, &p), 0);
    ls_db_close(db);
    /* the server thread's own connection needs the tokenizer too */
    CHECK_INT_EQ(ls_search_conn_init(ls_db_sqlite(ls_app_db(&app))), 0);
}

static void get(const char *target, bool api, ls_resp *s)
{
    setup();
    ls_req r;
    ls_req_init(&r);
    ls_resp_init(s);
    const char *q = strchr(target, '?');
    r.path = q ? ls_arena_strndup(&r.arena, target, (size_t)(q - target)) : target;
    if (q)
        ls_http_parse_urlencoded(&r.query, &r.arena, q + 1, strlen(q + 1));
    ls_kv_add(&r.headers, &r.arena, "Host", 4, "127.0.0.1", 9);
    char h[128];
    if (api) {
        snprintf(h, sizeof h, "Bearer %s", token);
        ls_kv_add(&r.headers, &r.arena, "Authorization", 13, h, strlen(h));
    } else {
        ls_kv_add(&r.headers, &r.arena, "Cookie", 6, cookie, strlen(cookie));
    }
    r.client_loopback = true;
    ls_app_handle(&app, &r, s);
    ls_req_release(&r);
}

TEST(search_api_finds_chinese_words)
{
    ls_resp s;
    get("/api/search?q=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0", true, &s); /* 智能制造 */
    CHECK_INT_EQ(s.status, 200);
    json_t *j = json_loads(s.body.data, 0, NULL);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "total")), 1);
    json_decref(j);
    ls_resp_release(&s);
    get("/api/search?q=%E8%BE%B9%E7%BC%98", true, &s); /* 边缘 */
    CHECK_CONTAINS(s.body.data, "\"total\":1");
    ls_resp_release(&s);
}

TEST(search_page_marks_and_escapes)
{
    ls_resp s;
    get("/search?q=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0", false, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_CONTAINS(s.body.data, "<mark>");
    CHECK_NOT_CONTAINS(s.body.data, "<script>alert");
    CHECK_NOT_CONTAINS(s.body.data, "<b>智能");
    CHECK_CONTAINS(s.body.data, "&lt;b&gt;");
    ls_resp_release(&s);
}

TEST(hostile_queries_are_text)
{
    static const char *const qs[] = {"%22", "NEAR(", "*", "%5E", "%27--", "a%22b%22c%22", "-",
                                     "OR", "(", "%25", "_"};
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        char t[64];
        snprintf(t, sizeof t, "/api/search?q=%s", qs[i]);
        ls_resp s;
        get(t, true, &s);
        CHECK(s.status == 200 || s.status == 400);
        ls_resp_release(&s);
        snprintf(t, sizeof t, "/search?q=%s", qs[i]);
        get(t, false, &s);
        CHECK_INT_EQ(s.status, 200);
        ls_resp_release(&s);
    }
}
