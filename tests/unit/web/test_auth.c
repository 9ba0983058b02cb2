/*
 * test_auth.c - CSRF token and Origin checks, the login limiter, URL and
 * tag-list parsing for submissions, and the first-visit setup rule
 * (only while no user exists, only to loopback clients).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/db.h"
#include "store/users.h"
#include "web/app.h"
#include "web/auth.h"
#include "web/svc.h"
#include "web/weburl.h"

static void hdr(ls_req *r, const char *k, const char *v)
{
    ls_kv_add(&r->headers, &r->arena, k, strlen(k), v, strlen(v));
}

TEST(origin_check)
{
    ls_req r;
    ls_req_init(&r);
    hdr(&r, "Host", "127.0.0.1:8080");
    CHECK(!ls_auth_cross_origin(&r)); /* neither Origin nor Referer */
    hdr(&r, "Origin", "http://127.0.0.1:8080");
    CHECK(!ls_auth_cross_origin(&r));
    ls_req_release(&r);

    ls_req_init(&r);
    hdr(&r, "Host", "127.0.0.1:8080");
    hdr(&r, "Origin", "http://127.0.0.1:8081");
    CHECK(ls_auth_cross_origin(&r));
    ls_req_release(&r);

    ls_req_init(&r);
    hdr(&r, "Host", "127.0.0.1:8080");
    hdr(&r, "Origin", "null");
    CHECK(ls_auth_cross_origin(&r));
    ls_req_release(&r);

    ls_req_init(&r);
    hdr(&r, "Host", "127.0.0.1:8080");
    hdr(&r, "Referer", "http://evil.example/127.0.0.1:8080/");
    CHECK(ls_auth_cross_origin(&r));
    ls_req_release(&r);
}

TEST(csrf_token_compare)
{
    ls_req r;
    ls_req_init(&r);
    CHECK(!ls_auth_csrf_ok(&r, "abc"));
    ls_kv_add(&r.form, &r.arena, "csrf", 4, "abd", 3);
    CHECK(!ls_auth_csrf_ok(&r, "abc"));
    CHECK(!ls_auth_csrf_ok(&r, "ab"));
    CHECK(!ls_auth_csrf_ok(&r, ""));
    ls_req_release(&r);
    ls_req_init(&r);
    hdr(&r, "X-CSRF-Token", "abc");
    CHECK(ls_auth_csrf_ok(&r, "abc"));
    ls_req_release(&r);
}

TEST(limiter_counts_failures_per_ip_and_name)
{
    void *l = ls_auth_limiter_new();
    for (int i = 0; i < 10; i++) {
        CHECK(ls_auth_limiter_allow(l, "10.0.0.1", "Alice"));
        ls_auth_limiter_fail(l, "10.0.0.1", "Alice");
    }
    CHECK(!ls_auth_limiter_allow(l, "10.0.0.1", "someone"));   /* the address */
    CHECK(!ls_auth_limiter_allow(l, "10.0.0.2", "alice"));     /* the name, any case */
    CHECK(ls_auth_limiter_allow(l, "10.0.0.2", "bob"));
    ls_auth_limiter_free(l);
}

TEST(submitted_urls)
{
    char *u, *n, *h;
    CHECK_INT_EQ(ls_weburl_check("  HTTP://Example.COM:80/a?b=1#frag ", &u, &n, &h), 0);
    CHECK_STR_EQ(n, "http://example.com/a?b=1");
    CHECK_STR_EQ(h, "example.com");
    CHECK_STR_EQ(u, n);
    free(u), free(n), free(h);
    CHECK_INT_EQ(ls_weburl_check("http://user:secret@a.example/", &u, &n, &h), 0);
    CHECK_NOT_CONTAINS(n, "secret");
    free(u), free(n), free(h);
    static const char *const bad[] = {"javascript:alert(1)", "file:///etc/passwd", "ftp://a/",
                                      "http://a.exa\tmple/", "", "data:,x", "http://"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(ls_weburl_check(bad[i], &u, &n, &h) != 0);
        CHECK(u == NULL && n == NULL && h == NULL);
    }
    char *big = malloc(70000);
    memcpy(big, "http://a.example/", 17);
    memset(big + 17, 'a', 70000 - 18);
    big[69999] = '\0';
    CHECK(ls_weburl_check(big, &u, &n, &h) != 0);
    free(big);
}

TEST(tag_lists_split_on_both_comma_widths)
{
    ls_arena a;
    ls_arena_init(&a);
    const char *t[8];
    size_t n = ls_svc_split_tags(" 智能制造，工业互联网/边缘计算 , AI、 ,\n数字孪生\xE3\x80\x80", &a, t, 8);
    CHECK_INT_EQ(n, 4);
    CHECK_STR_EQ(t[0], "智能制造");
    CHECK_STR_EQ(t[1], "工业互联网/边缘计算");
    CHECK_STR_EQ(t[2], "AI");
    CHECK_STR_EQ(t[3], "数字孪生");
    CHECK_INT_EQ(ls_svc_split_tags("a,b,c,d", &a, t, 2), 2);
    CHECK_INT_EQ(ls_svc_split_tags(NULL, &a, t, 2), 0);
    ls_arena_release(&a);
}

static void request(ls_app *app, const char *method, const char *path, bool loopback,
                    const char *cookie, const char *body, ls_resp *s)
{
    ls_req r;
    ls_req_init(&r);
    ls_resp_init(s);
    r.method = method;
    r.path = path;
    hdr(&r, "Host", "127.0.0.1:8080");
    if (cookie)
        hdr(&r, "Cookie", cookie);
    if (body) {
        r.body = body;
        r.body_len = strlen(body);
        hdr(&r, "Content-Type", "application/x-www-form-urlencoded");
    }
    snprintf(r.client_ip, sizeof r.client_ip, loopback ? "127.0.0.1" : "192.0.2.7");
    r.client_loopback = loopback;
    ls_app_handle(app, &r, s);
    ls_req_release(&r);
}

TEST(setup_only_for_loopback_and_only_once)
{
    ls_app app;
    memset(&app, 0, sizeof app);
    ls_web_opts_default(&app.opts);
    snprintf(app.data_dir, sizeof app.data_dir, "%s/setup", ls_test_tmpdir());
    app.limiter = ls_auth_limiter_new();
    ls_resp s;
    request(&app, "GET", "/setup", false, NULL, NULL, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    const char *form = "name=root&password=long-enough&password2=long-enough&csrf=0123456789012345678901";
    request(&app, "POST", "/setup", false, "ls_pre=0123456789012345678901", form, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    request(&app, "GET", "/setup", true, NULL, NULL, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Set-Cookie"), "ls_pre=");
    ls_resp_release(&s);
    request(&app, "POST", "/setup", true, NULL, form, &s); /* no ls_pre cookie */
    CHECK_INT_EQ(s.status, 403);
    ls_resp_release(&s);
    request(&app, "POST", "/setup", true, "ls_pre=0123456789012345678901", form, &s);
    CHECK_INT_EQ(s.status, 303);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Set-Cookie"), "ls_session=");
    ls_resp_release(&s);
    request(&app, "GET", "/setup", true, NULL, NULL, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    int64_t n = 0;
    CHECK_INT_EQ(ls_user_count(db, &n), 0);
    CHECK_INT_EQ(n, 1);
    ls_db_close(db);
    ls_auth_limiter_free(app.limiter);
}

/* A server with one admin and a logged-in session, for account pages. */
typedef struct acct {
    ls_app app;
    char cookie[128];
    char csrf[LS_TOKEN_SZ];
    int64_t uid;
} acct;

static void acct_setup(acct *a, const char *dir)
{
    memset(a, 0, sizeof *a);
    ls_web_opts_default(&a->app.opts);
    snprintf(a->app.data_dir, sizeof a->app.data_dir, "%s/%s", ls_test_tmpdir(), dir);
    a->app.limiter = ls_auth_limiter_new();
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(a->app.data_dir, &db), 0);
    CHECK_INT_EQ(ls_user_create(db, "admin", "first-password", true, &a->uid), 0);
    char tok[LS_TOKEN_SZ];
    ls_session sess;
    CHECK_INT_EQ(ls_session_create(db, a->uid, tok, &sess), 0);
    snprintf(a->cookie, sizeof a->cookie, "ls_session=%s", tok);
    snprintf(a->csrf, sizeof a->csrf, "%s", sess.csrf);
    ls_db_close(db);
}

static void acct_post(acct *a, const char *path, const char *fields, ls_resp *s)
{
    char body[512];
    snprintf(body, sizeof body, "%s&csrf=%s", fields, a->csrf);
    request(&a->app, "POST", path, true, a->cookie, body, s);
}

TEST(password_change_checks_current_and_renews_the_session)
{
    acct a;
    acct_setup(&a, "pw");
    ls_resp s;
    acct_post(&a, "/settings/password",
              "current=wrong-password&password=second-password&password2=second-password", &s);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "err=password_wrong");
    ls_resp_release(&s);
    acct_post(&a, "/settings/password",
              "current=first-password&password=second-password&password2=other-password", &s);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "err=password_mismatch");
    ls_resp_release(&s);
    acct_post(&a, "/settings/password",
              "current=first-password&password=second-password&password2=second-password", &s);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "msg=password_changed");
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Set-Cookie"), "ls_session=");
    ls_resp_release(&s);
    request(&a.app, "GET", "/settings", true, a.cookie, NULL, &s); /* the old session is gone */
    CHECK_INT_EQ(s.status, 303);
    ls_resp_release(&s);
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(a.app.data_dir, &db), 0);
    int64_t uid = 0;
    CHECK_INT_EQ(ls_user_verify(db, "admin", "second-password", &uid), 0);
    ls_db_close(db);
    ls_auth_limiter_free(a.app.limiter);
}

TEST(admin_adds_and_removes_users)
{
    acct a;
    acct_setup(&a, "admin");
    ls_resp s;
    acct_post(&a, "/admin/users", "name=dora&password=dora-password", &s);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "msg=user_added");
    ls_resp_release(&s);
    acct_post(&a, "/admin/users", "name=dora&password=dora-password", &s);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "err=user_exists");
    ls_resp_release(&s);
    request(&a.app, "GET", "/admin/users", true, a.cookie, NULL, &s);
    CHECK_CONTAINS(s.body.data, "dora");
    ls_resp_release(&s);
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(a.app.data_dir, &db), 0);
    ls_user u = {0};
    CHECK_INT_EQ(ls_user_get_by_name(db, "dora", &u), 0);
    ls_db_close(db);
    char path[64];
    snprintf(path, sizeof path, "/admin/users/%lld/delete", (long long)u.id);
    ls_user_release(&u);
    acct_post(&a, path, "x=1", &s);
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "msg=user_deleted");
    ls_resp_release(&s);
    snprintf(path, sizeof path, "/admin/users/%lld/delete", (long long)a.uid);
    acct_post(&a, path, "x=1", &s); /* not oneself */
    CHECK_CONTAINS(ls_kv_get(&s.headers, "Location"), "err=failed");
    ls_resp_release(&s);
    ls_auth_limiter_free(a.app.limiter);
}
