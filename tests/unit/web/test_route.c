/*
 * test_route.c - requests through ls_app_handle() against a real database
 * in a scratch folder: login and CSRF checks, Origin check, the one
 * authorization check (user B gets 404), clamped paging, duplicate URLs,
 * escaping in pages, security headers, and the sandbox on archived files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "harness.h"
#include "store/blob.h"
#include "store/db.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/users.h"
#include "web/app.h"
#include "web/auth.h"

static ls_app app;
static char alice_cookie[128], bob_cookie[128], alice_csrf[LS_TOKEN_SZ];
static char alice_token[LS_TOKEN_SZ], bob_token[LS_TOKEN_SZ];

static void setup(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    memset(&app, 0, sizeof app);
    ls_web_opts_default(&app.opts);
    snprintf(app.data_dir, sizeof app.data_dir, "%s/route", ls_test_tmpdir());
    app.limiter = ls_auth_limiter_new();
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    int64_t a = 0, b = 0;
    CHECK_INT_EQ(ls_user_create(db, "alice", "alice-password", true, &a), 0);
    CHECK_INT_EQ(ls_user_create(db, "bob", "bob-password", false, &b), 0);
    char tok[LS_TOKEN_SZ];
    ls_session sess;
    CHECK_INT_EQ(ls_session_create(db, a, tok, &sess), 0);
    snprintf(alice_cookie, sizeof alice_cookie, "ls_session=%s", tok);
    snprintf(alice_csrf, sizeof alice_csrf, "%s", sess.csrf);
    CHECK_INT_EQ(ls_session_create(db, b, tok, NULL), 0);
    snprintf(bob_cookie, sizeof bob_cookie, "ls_session=%s", tok);
    CHECK_INT_EQ(ls_api_token_create(db, a, "t", alice_token, NULL), 0);
    CHECK_INT_EQ(ls_api_token_create(db, b, "t", bob_token, NULL), 0);
    ls_db_close(db);
}

typedef struct call {
    const char *method, *target, *cookie, *bearer, *body, *ctype, *origin, *dest;
} call;

/* Runs one request; the response stays in *s (release it). */
static void run(const call *c, ls_resp *s)
{
    setup();
    ls_req r;
    ls_req_init(&r);
    ls_resp_init(s);
    r.method = c->method ? c->method : "GET";
    const char *q = strchr(c->target, '?');
    r.path = q ? ls_arena_strndup(&r.arena, c->target, (size_t)(q - c->target)) : c->target;
    if (q)
        ls_http_parse_urlencoded(&r.query, &r.arena, q + 1, strlen(q + 1));
    ls_kv_add(&r.headers, &r.arena, "Host", 4, "127.0.0.1:8080", 14);
    if (c->cookie)
        ls_kv_add(&r.headers, &r.arena, "Cookie", 6, c->cookie, strlen(c->cookie));
    if (c->bearer) {
        char h[128];
        snprintf(h, sizeof h, "Bearer %s", c->bearer);
        ls_kv_add(&r.headers, &r.arena, "Authorization", 13, h, strlen(h));
    }
    if (c->origin)
        ls_kv_add(&r.headers, &r.arena, "Origin", 6, c->origin, strlen(c->origin));
    if (c->dest)
        ls_kv_add(&r.headers, &r.arena, "Sec-Fetch-Dest", 14, c->dest, strlen(c->dest));
    if (c->body) {
        r.body = c->body;
        r.body_len = strlen(c->body);
        const char *ct = c->ctype ? c->ctype : "application/json";
        ls_kv_add(&r.headers, &r.arena, "Content-Type", 12, ct, strlen(ct));
    }
    snprintf(r.client_ip, sizeof r.client_ip, "127.0.0.1");
    r.client_loopback = true;
    ls_app_handle(&app, &r, s);
    ls_req_release(&r);
}

static const char *hdr(ls_resp *s, const char *name)
{
    return ls_kv_get(&s->headers, name);
}

static json_t *json_of(ls_resp *s)
{
    return json_loads(s->body.data ? s->body.data : "", 0, NULL);
}

/* Adds url for alice through the API; returns the link id. */
static int64_t api_add(const char *token, const char *url, const char *tags_json)
{
    char body[1024];
    snprintf(body, sizeof body, "{\"url\":\"%s\",\"tags\":%s}", url, tags_json ? tags_json : "[]");
    call c = {.method = "POST", .target = "/api/links", .bearer = token, .body = body};
    ls_resp s;
    run(&c, &s);
    json_t *j = json_of(&s);
    int64_t id = j ? json_integer_value(json_object_get(j, "id")) : 0;
    json_decref(j);
    ls_resp_release(&s);
    return id;
}

TEST(anonymous_page_redirects_to_login_and_api_says_401)
{
    ls_resp s;
    run(&(call){.target = "/"}, &s);
    CHECK_INT_EQ(s.status, 303);
    CHECK_STR_EQ(hdr(&s, "Location"), "/login?next=%2F");
    ls_resp_release(&s);
    run(&(call){.target = "/api/links"}, &s);
    CHECK_INT_EQ(s.status, 401);
    CHECK_CONTAINS(s.body.data, "\"error\"");
    CHECK_CONTAINS(s.body.data, "\"code\"");
    CHECK_CONTAINS(s.content_type, "application/json");
    ls_resp_release(&s);
}

TEST(security_headers_on_app_pages)
{
    ls_resp s;
    run(&(call){.target = "/", .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    const char *csp = hdr(&s, "Content-Security-Policy");
    CHECK_CONTAINS(csp, "default-src 'self'");
    CHECK_CONTAINS(csp, "frame-ancestors 'self'");
    CHECK_CONTAINS(csp, "script-src 'self'");
    CHECK_STR_EQ(hdr(&s, "X-Content-Type-Options"), "nosniff");
    CHECK_CONTAINS(s.body.data, "<html lang=\"zh-CN\"");
    ls_resp_release(&s);
}

TEST(same_url_many_times_is_one_link)
{
    int64_t first = api_add(alice_token, "http://dup.example/a#x", NULL);
    CHECK(first > 0);
    for (int i = 0; i < 200; i++)
        CHECK_INT_EQ(api_add(alice_token, "HTTP://DUP.example:80/a", NULL), first);
    ls_resp s;
    run(&(call){.target = "/api/links?limit=500", .bearer = alice_token}, &s);
    json_t *j = json_of(&s);
    size_t i;
    json_t *it;
    int n = 0;
    json_array_foreach(json_object_get(j, "items"), i, it)
        n += json_integer_value(json_object_get(it, "id")) == first;
    CHECK_INT_EQ(n, 1);
    json_decref(j);
    ls_resp_release(&s);
}

TEST(bad_schemes_refused_at_submit)
{
    static const char *const bad[] = {"file:///etc/passwd", "javascript:alert(1)",
                                      "ftp://a.example/", "data:text/html,x",
                                      "gopher://a.example/", "http://a.example/\\x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char body[256];
        snprintf(body, sizeof body, "{\"url\":\"%s\"}", bad[i]);
        ls_resp s;
        run(&(call){.method = "POST", .target = "/api/links", .bearer = alice_token, .body = body},
            &s);
        CHECK_INT_EQ(s.status, 400);
        ls_resp_release(&s);
    }
}

TEST(paging_is_clamped)
{
    ls_resp s;
    run(&(call){.target = "/api/links?limit=1000000000&offset=-1", .bearer = alice_token}, &s);
    CHECK_INT_EQ(s.status, 200);
    json_t *j = json_of(&s);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "limit")), 500);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "offset")), 0);
    json_decref(j);
    ls_resp_release(&s);
    run(&(call){.target = "/?page=-5&sort=%27--", .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    ls_resp_release(&s);
}

TEST(form_post_needs_csrf_token)
{
    ls_resp s;
    run(&(call){.method = "POST", .target = "/links", .cookie = alice_cookie,
                .body = "url=http%3A%2F%2Fcsrf.example%2F",
                .ctype = "application/x-www-form-urlencoded"},
        &s);
    CHECK_INT_EQ(s.status, 403);
    ls_resp_release(&s);
    char body[256];
    snprintf(body, sizeof body, "url=http%%3A%%2F%%2Fcsrf.example%%2F&tags=a&csrf=%s", alice_csrf);
    run(&(call){.method = "POST", .target = "/links", .cookie = alice_cookie, .body = body,
                .ctype = "application/x-www-form-urlencoded"},
        &s);
    CHECK_INT_EQ(s.status, 303);
    CHECK_CONTAINS(hdr(&s, "Location"), "/links/");
    ls_resp_release(&s);
}

TEST(cross_origin_post_refused_even_with_token)
{
    char body[256];
    snprintf(body, sizeof body, "url=http%%3A%%2F%%2Fx.example%%2F&csrf=%s", alice_csrf);
    ls_resp s;
    run(&(call){.method = "POST", .target = "/links", .cookie = alice_cookie, .body = body,
                .ctype = "application/x-www-form-urlencoded", .origin = "http://evil.example"},
        &s);
    CHECK_INT_EQ(s.status, 403);
    ls_resp_release(&s);
    run(&(call){.method = "POST", .target = "/api/links", .cookie = alice_cookie,
                .body = "{\"url\":\"http://y.example/\"}"},
        &s);
    CHECK_INT_EQ(s.status, 403); /* cookie without CSRF header: refused */
    ls_resp_release(&s);
}

TEST(get_never_changes_state)
{
    int64_t id = api_add(alice_token, "http://keep.example/", NULL);
    char path[64];
    snprintf(path, sizeof path, "/links/%lld/delete", (long long)id);
    ls_resp s;
    run(&(call){.target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200); /* a confirmation page only */
    ls_resp_release(&s);
    snprintf(path, sizeof path, "/api/links/%lld", (long long)id);
    run(&(call){.target = path, .bearer = alice_token}, &s);
    CHECK_INT_EQ(s.status, 200);
    ls_resp_release(&s);
    run(&(call){.target = "/logout", .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 405);
    ls_resp_release(&s);
}

/* A done snapshot with stored files, made directly in the store. */
static int64_t stored_snapshot(int64_t link_id)
{
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    int64_t sid = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, link_id, &sid), 0);
    ls_snapshot p = {0};
    char single[65], raw[65], hdrs[65];
    const char *html = "<html><body><script>alert(1)</script><p>x</p></body></html>";
    CHECK_INT_EQ(ls_blob_put(db, html, strlen(html), single), 0);
    CHECK_INT_EQ(ls_blob_put(db, "<svg onload=alert(1)>", 21, raw), 0);
    const char *h = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n";
    CHECK_INT_EQ(ls_blob_put(db, h, strlen(h), hdrs), 0);
    p.id = sid;
    p.title = "<script>alert(1)</script>标题";
    p.source = "信息化时代";
    p.text = "第一段。\n\n第二段。";
    p.single_blob = single;
    p.raw_blob = raw;
    p.headers_blob = hdrs;
    CHECK_INT_EQ(ls_snapshot_finish(db, &p), 0);
    ls_db_close(db);
    return sid;
}

TEST(other_users_objects_are_404)
{
    int64_t id = api_add(alice_token, "http://private.example/", NULL);
    int64_t sid = stored_snapshot(id);
    char paths[5][96];
    snprintf(paths[0], 96, "/api/links/%lld", (long long)id);
    snprintf(paths[1], 96, "/api/links/%lld/snapshots", (long long)id);
    snprintf(paths[2], 96, "/api/snapshots/%lld", (long long)sid);
    snprintf(paths[3], 96, "/api/snapshots/%lld/files/raw", (long long)sid);
    snprintf(paths[4], 96, "/api/snapshots/%lld/files/warc", (long long)sid);
    for (int i = 0; i < 5; i++) {
        ls_resp s;
        run(&(call){.target = paths[i], .bearer = bob_token}, &s);
        CHECK_INT_EQ(s.status, 404);
        ls_resp_release(&s);
        run(&(call){.target = paths[i], .bearer = alice_token}, &s);
        CHECK_INT_EQ(s.status, i == 4 ? 404 : 200); /* no WARC stored */
        ls_resp_release(&s);
    }
    char page[64];
    snprintf(page, sizeof page, "/links/%lld", (long long)id);
    ls_resp s;
    run(&(call){.target = page, .cookie = bob_cookie}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    snprintf(page, sizeof page, "/snapshots/%lld/files/single", (long long)sid);
    run(&(call){.target = page, .cookie = bob_cookie}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    char body[64];
    snprintf(body, sizeof body, "{\"title\":\"x\"}");
    run(&(call){.method = "PATCH", .target = paths[0], .bearer = bob_token, .body = body}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    run(&(call){.method = "DELETE", .target = paths[0], .bearer = bob_token}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
}

TEST(archived_files_are_sandboxed)
{
    int64_t id = api_add(alice_token, "http://sandbox.example/", NULL);
    int64_t sid = stored_snapshot(id);
    char path[96];
    snprintf(path, sizeof path, "/snapshots/%lld/files/single", (long long)sid);
    ls_resp s;
    run(&(call){.target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    const char *csp = hdr(&s, "Content-Security-Policy");
    CHECK(csp && !strncmp(csp, "sandbox", 7));
    CHECK_NOT_CONTAINS(csp, "allow-scripts");
    CHECK_NOT_CONTAINS(csp, "allow-same-origin");
    CHECK_STR_EQ(hdr(&s, "X-Content-Type-Options"), "nosniff");
    CHECK_CONTAINS(s.body.data, "<script>alert(1)</script>");
    ls_resp_release(&s);
    snprintf(path, sizeof path, "/api/snapshots/%lld/files/raw", (long long)sid);
    run(&(call){.target = path, .bearer = alice_token}, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_STR_EQ(s.content_type, "image/png");
    CHECK_CONTAINS(hdr(&s, "Content-Disposition"), "attachment");
    CHECK(!strncmp(hdr(&s, "Content-Security-Policy"), "sandbox", 7));
    ls_resp_release(&s);
    snprintf(path, sizeof path, "/api/snapshots/%lld/files/..%%2F..%%2Fetc", (long long)sid);
    run(&(call){.target = path, .bearer = alice_token}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
}

TEST(link_page_shows_reader_escaped_with_source)
{
    int64_t id = api_add(alice_token, "http://reader.example/", "[\"\\\"><img src=x onerror=alert(1)>\"]");
    CHECK(id > 0);
    stored_snapshot(id);
    char path[64];
    snprintf(path, sizeof path, "/links/%lld", (long long)id);
    ls_resp s;
    run(&(call){.target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_CONTAINS(s.body.data, "来源");
    CHECK_CONTAINS(s.body.data, "信息化时代");
    CHECK_CONTAINS(s.body.data, "&lt;script&gt;alert(1)&lt;/script&gt;标题");
    CHECK_NOT_CONTAINS(s.body.data, "<img src=x");
    CHECK_NOT_CONTAINS(s.body.data, "<script>alert");
    CHECK_CONTAINS(s.body.data, "<p>第一段。</p>");
    ls_resp_release(&s);
    run(&(call){.target = "/", .cookie = alice_cookie}, &s);
    CHECK_NOT_CONTAINS(s.body.data, "<img src=x");
    CHECK_CONTAINS(s.body.data, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    ls_resp_release(&s);
}

TEST(login_next_and_rate_limit)
{
    ls_resp s;
    const char *cookie = "ls_pre=abcdefghijabcdefghijabcd";
    run(&(call){.method = "POST", .target = "/login", .cookie = cookie,
                .body = "name=alice&password=alice-password&next=%2F%2Fevil.example&"
                        "csrf=abcdefghijabcdefghijabcd",
                .ctype = "application/x-www-form-urlencoded"},
        &s);
    CHECK_INT_EQ(s.status, 303);
    CHECK_STR_EQ(hdr(&s, "Location"), "/");
    CHECK_CONTAINS(hdr(&s, "Set-Cookie"), "HttpOnly");
    CHECK_CONTAINS(hdr(&s, "Set-Cookie"), "SameSite=Lax");
    ls_resp_release(&s);
    /* no double-submit token: refused before any password check */
    run(&(call){.method = "POST", .target = "/login",
                .body = "name=alice&password=alice-password",
                .ctype = "application/x-www-form-urlencoded"},
        &s);
    CHECK_INT_EQ(s.status, 403);
    ls_resp_release(&s);
    for (int i = 0; i < 10; i++) {
        run(&(call){.method = "POST", .target = "/login", .cookie = cookie,
                    .body = "name=bob&password=wrong-wrong&csrf=abcdefghijabcdefghijabcd",
                    .ctype = "application/x-www-form-urlencoded"},
            &s);
        CHECK_INT_EQ(s.status, 401);
        ls_resp_release(&s);
    }
    run(&(call){.method = "POST", .target = "/login", .cookie = cookie,
                .body = "name=bob&password=bob-password&csrf=abcdefghijabcdefghijabcd",
                .ctype = "application/x-www-form-urlencoded"},
        &s);
    CHECK_INT_EQ(s.status, 429);
    ls_resp_release(&s);
}

TEST(setup_closed_once_users_exist)
{
    ls_resp s;
    run(&(call){.target = "/setup"}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
}

TEST(tag_api_rename_and_merge)
{
    int64_t id = api_add(alice_token, "http://tags.example/", "[\"AI\",\"工业互联网/边缘计算\"]");
    CHECK(id > 0);
    ls_resp s;
    run(&(call){.method = "PATCH", .target = "/api/tags", .bearer = alice_token,
                .body = "{\"from\":\"AI\",\"to\":\"人工智能\"}"},
        &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_CONTAINS(s.body.data, "人工智能");
    ls_resp_release(&s);
    run(&(call){.method = "PATCH", .target = "/api/tags", .bearer = alice_token,
                .body = "{\"merge\":[\"人工智能\"],\"into\":\"智能制造\"}"},
        &s);
    CHECK_INT_EQ(s.status, 200);
    ls_resp_release(&s);
    run(&(call){.target = "/api/links?tag=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0", .bearer = alice_token},
        &s);
    json_t *j = json_of(&s);
    CHECK_INT_EQ(json_integer_value(json_object_get(j, "total")), 1);
    json_decref(j);
    ls_resp_release(&s);
    run(&(call){.target = "/api/links?tag=%25", .bearer = alice_token}, &s);
    CHECK(s.status == 200 || s.status == 400);
    ls_resp_release(&s);
}

TEST(json_errors_and_body_checks)
{
    ls_resp s;
    run(&(call){.method = "POST", .target = "/api/links", .bearer = alice_token, .body = "[1,2"}, &s);
    CHECK_INT_EQ(s.status, 400);
    CHECK_CONTAINS(s.body.data, "\"error\"");
    ls_resp_release(&s);
    run(&(call){.target = "/api/nope", .bearer = alice_token}, &s);
    CHECK_INT_EQ(s.status, 404);
    CHECK_CONTAINS(s.body.data, "\"error\"");
    ls_resp_release(&s);
    run(&(call){.method = "PUT", .target = "/api/links", .bearer = alice_token, .body = "{}"}, &s);
    CHECK_INT_EQ(s.status, 405);
    ls_resp_release(&s);
    run(&(call){.target = "/api/links/0", .bearer = alice_token}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
}

TEST(english_by_accept_language_setting)
{
    ls_resp s;
    run(&(call){.target = "/login"}, &s);
    CHECK_CONTAINS(s.body.data, "登录");
    ls_resp_release(&s);
}

TEST(content_origin_serves_signed_urls_only)
{
    int64_t id = api_add(alice_token, "http://origin.example/", NULL);
    stored_snapshot(id);
    app.opts.content_origin = "http://files.localhost:8080";
    char path[64];
    snprintf(path, sizeof path, "/links/%lld?view=copy", (long long)id);
    ls_resp s;
    run(&(call){.target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_CONTAINS(hdr(&s, "Content-Security-Policy"), "frame-src 'self' http://files.localhost:8080");
    const char *src = s.body.data ? strstr(s.body.data, "src=\"http://files.localhost:8080/c/") : NULL;
    CHECK(src != NULL);
    char cap[256] = "";
    if (src) {
        src += strlen("src=\"http://files.localhost:8080");
        size_t n = strcspn(src, "\"");
        snprintf(cap, sizeof cap, "%.*s", (int)n, src);
    }
    ls_resp_release(&s);
    app.opts.content_origin = NULL;
    run(&(call){.target = cap}, &s); /* no cookie: the signature is the key */
    CHECK_INT_EQ(s.status, 200);
    CHECK(!strncmp(hdr(&s, "Content-Security-Policy"), "sandbox", 7));
    ls_resp_release(&s);
    size_t n = strlen(cap);
    if (n > 10) {
        cap[n - 1] = cap[n - 1] == 'a' ? 'b' : 'a';
        run(&(call){.target = cap}, &s);
        CHECK_INT_EQ(s.status, 404);
        ls_resp_release(&s);
    }
    run(&(call){.target = "/c/1.single.99999999999.00"}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
}

static int64_t total_links(const char *token)
{
    ls_resp s;
    run(&(call){.target = "/api/links", .bearer = token}, &s);
    json_t *j = json_of(&s);
    int64_t n = j ? json_integer_value(json_object_get(j, "total")) : -1;
    json_decref(j);
    ls_resp_release(&s);
    return n;
}

TEST(response_cache_follows_every_write)
{
    int64_t before = total_links(alice_token);
    CHECK_INT_EQ(total_links(alice_token), before); /* served from the cache */
    api_add(alice_token, "http://cache.example/1", NULL);
    CHECK_INT_EQ(total_links(alice_token), before + 1); /* own connection wrote */
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    int64_t id = 0;
    ls_user u = {0};
    CHECK_INT_EQ(ls_user_get_by_name(db, "alice", &u), 0);
    CHECK_INT_EQ(ls_link_add(db, u.id, "http://other-conn.example/", "http://other-conn.example/",
                             NULL, NULL, &id, NULL), 0);
    ls_user_release(&u);
    ls_db_close(db);
    CHECK_INT_EQ(total_links(alice_token), before + 2); /* another connection wrote */
}

TEST(revoked_token_stops_at_once)
{
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    ls_user u = {0};
    CHECK_INT_EQ(ls_user_get_by_name(db, "alice", &u), 0);
    char tok[LS_TOKEN_SZ];
    int64_t tid = 0;
    CHECK_INT_EQ(ls_api_token_create(db, u.id, "short-lived", tok, &tid), 0);
    ls_user_release(&u);
    ls_db_close(db);
    ls_resp s;
    run(&(call){.target = "/api/me", .bearer = tok}, &s);
    CHECK_INT_EQ(s.status, 200);
    ls_resp_release(&s);
    char path[64], body[128];
    snprintf(path, sizeof path, "/settings/tokens/%lld/revoke", (long long)tid);
    snprintf(body, sizeof body, "csrf=%s", alice_csrf);
    run(&(call){.method = "POST", .target = path, .cookie = alice_cookie, .body = body,
                .ctype = "application/x-www-form-urlencoded"},
        &s);
    CHECK_INT_EQ(s.status, 303);
    ls_resp_release(&s);
    run(&(call){.target = "/api/me", .bearer = tok}, &s);
    CHECK_INT_EQ(s.status, 401);
    ls_resp_release(&s);
}

TEST(archived_files_never_load_as_scripts_or_styles)
{
    int64_t id = api_add(alice_token, "http://dest.example/", NULL);
    int64_t sid = stored_snapshot(id);
    char path[96];
    snprintf(path, sizeof path, "/snapshots/%lld/files/raw", (long long)sid);
    static const char *const dests[] = {"script", "style", "worker", "serviceworker"};
    for (int i = 0; i < 4; i++) {
        ls_resp s;
        run(&(call){.target = path, .cookie = alice_cookie, .dest = dests[i]}, &s);
        CHECK_INT_EQ(s.status, 404);
        ls_resp_release(&s);
    }
    ls_resp s;
    run(&(call){.target = path, .cookie = alice_cookie, .dest = "document"}, &s);
    CHECK_INT_EQ(s.status, 200);
    ls_resp_release(&s);
    run(&(call){.method = "HEAD", .target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_INT_EQ(s.body.len, 0);
    CHECK(!strncmp(hdr(&s, "Content-Security-Policy"), "sandbox", 7));
    ls_resp_release(&s);
}

TEST(favicon_comes_from_the_stored_copy_only)
{
    int64_t id = api_add(alice_token, "http://icon.example/", NULL);
    char path[64];
    snprintf(path, sizeof path, "/links/%lld/favicon", (long long)id);
    ls_resp s;
    run(&(call){.target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200); /* no capture yet: the transparent pixel */
    CHECK_STR_EQ(s.content_type, "image/gif");
    ls_resp_release(&s);
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(app.data_dir, &db), 0);
    int64_t sid = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, id, &sid), 0);
    /* "PNGDATA" in base64, in the head of the single-file copy */
    const char *html = "<html><head><link rel=\"apple-touch-icon\" href=\"data:image/png;base64,"
                       "QVBQTEU=\"><link rel=\"icon\" href=\"data:image/png;base64,UE5HREFUQQ==\">"
                       "</head><body>x</body></html>";
    char single[65];
    CHECK_INT_EQ(ls_blob_put(db, html, strlen(html), single), 0);
    ls_snapshot p = {0};
    p.id = sid;
    p.single_blob = single;
    CHECK_INT_EQ(ls_snapshot_finish(db, &p), 0);
    ls_db_close(db);
    run(&(call){.target = path, .cookie = alice_cookie}, &s);
    CHECK_INT_EQ(s.status, 200);
    CHECK_STR_EQ(s.content_type, "image/png");
    CHECK_INT_EQ(s.body.len, 7);
    CHECK(s.body.data && !memcmp(s.body.data, "PNGDATA", 7));
    CHECK_STR_EQ(hdr(&s, "X-Content-Type-Options"), "nosniff");
    ls_resp_release(&s);
    run(&(call){.target = path, .cookie = bob_cookie}, &s);
    CHECK_INT_EQ(s.status, 404);
    ls_resp_release(&s);
    run(&(call){.target = "/", .cookie = alice_cookie}, &s);
    CHECK_CONTAINS(s.body.data, path);
    ls_resp_release(&s);
}
