/*
 * route.c - the route table and the one entry point every request goes
 * through: match, identify, check (login, admin, CSRF token and Origin on
 * every state change), call the handler, add the security headers.
 *
 * State changes happen only through POST, PATCH and DELETE routes; GET
 * handlers never write user data. Object routes get their ids here and
 * pass them to store functions that take the acting user, which answer
 * "not found" for another user's object (the one authorization check).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"
#include "util/str.h"
#include "web/app.h"
#include "web/auth.h"
#include "web/cache.h"
#include "web/handlers.h"
#include "web/i18n.h"
#include "web/page.h"

static const ls_route routes[] = {
    {"GET", "/", LS_R_CACHE, ls_page_library},
    {"GET", "/search", 0, ls_page_search},
    {"GET", "/add", 0, ls_page_add},
    {"POST", "/links", 0, ls_page_add_post},
    {"GET", "/links/#", LS_R_CACHE, ls_page_link},
    {"POST", "/links/#/edit", 0, ls_page_link_edit},
    {"GET", "/links/#/delete", 0, ls_page_link_delete_confirm},
    {"POST", "/links/#/delete", 0, ls_page_link_delete},
    {"POST", "/links/#/capture", 0, ls_page_link_capture},
    {"POST", "/links/#/share", 0, ls_page_link_share},
    {"POST", "/links/#/unshare", 0, ls_page_link_unshare},
    {"GET", "/links/#/favicon", 0, ls_files_favicon},
    {"GET", "/snapshots/#/files/*", 0, ls_files_snapshot},
    {"GET", "/c/*", LS_R_PUBLIC, ls_files_capability},
    {"GET", "/s/*", LS_R_PUBLIC, ls_page_share},
    {"GET", "/s/*/single", LS_R_PUBLIC, ls_files_share},
    {"GET", "/tags", LS_R_CACHE, ls_page_tags},
    {"POST", "/tags", 0, ls_page_tags_create},
    {"POST", "/tags/rename", 0, ls_page_tags_rename},
    {"POST", "/tags/merge", 0, ls_page_tags_merge},
    {"POST", "/tags/delete", 0, ls_page_tags_delete},
    {"GET", "/login", LS_R_PUBLIC, ls_page_login},
    {"POST", "/login", LS_R_PUBLIC, ls_page_login_post},
    {"POST", "/logout", LS_R_PUBLIC, ls_page_logout},
    {"GET", "/setup", LS_R_PUBLIC, ls_page_setup},
    {"POST", "/setup", LS_R_PUBLIC, ls_page_setup_post},
    {"GET", "/settings", 0, ls_page_settings},
    {"POST", "/settings/lang", 0, ls_page_settings_lang},
    {"POST", "/settings/password", 0, ls_page_settings_password},
    {"POST", "/settings/tokens", 0, ls_page_settings_token_add},
    {"POST", "/settings/tokens/#/revoke", 0, ls_page_settings_token_revoke},
    {"GET", "/admin/users", LS_R_ADMIN, ls_page_admin_users},
    {"POST", "/admin/users", LS_R_ADMIN, ls_page_admin_user_add},
    {"POST", "/admin/users/#/delete", LS_R_ADMIN, ls_page_admin_user_delete},
    {"GET", "/static/*", LS_R_PUBLIC, ls_static_css},
    {"GET", "/favicon.ico", LS_R_PUBLIC, ls_static_favicon},

    {"GET", "/api/me", LS_R_API, ls_api_me},
    {"POST", "/api/links", LS_R_API, ls_api_links_add},
    {"GET", "/api/links", LS_R_API | LS_R_CACHE, ls_api_links_list},
    {"GET", "/api/links/#", LS_R_API | LS_R_CACHE, ls_api_link_get},
    {"PATCH", "/api/links/#", LS_R_API, ls_api_link_patch},
    {"DELETE", "/api/links/#", LS_R_API, ls_api_link_delete},
    {"GET", "/api/links/#/snapshots", LS_R_API, ls_api_link_snapshots},
    {"POST", "/api/links/#/snapshots", LS_R_API, ls_api_link_capture},
    {"GET", "/api/snapshots/#", LS_R_API, ls_api_snapshot_get},
    {"GET", "/api/snapshots/#/files/*", LS_R_API, ls_files_snapshot},
    {"GET", "/api/tags", LS_R_API | LS_R_CACHE, ls_api_tags_get},
    {"POST", "/api/tags", LS_R_API, ls_api_tags_post},
    {"PATCH", "/api/tags", LS_R_API, ls_api_tags_patch},
    {"DELETE", "/api/tags", LS_R_API, ls_api_tags_delete},
    {"GET", "/api/jobs/#", LS_R_API, ls_api_job_get},
    {"GET", "/api/search", LS_R_API, ls_api_search},
};

#define MAX_IDS 4

/* Matches path against pattern; fills ids and *arg ('*' segment). */
static bool match(const char *pat, const char *path, int64_t *ids, const char **arg,
                  size_t *arglen)
{
    int nid = 0;
    while (*pat && *path) {
        if (*pat == '#') {
            size_t n = strcspn(path, "/");
            if (nid >= MAX_IDS || !ls_http_parse_id(path, n, &ids[nid++]))
                return false;
            path += n;
            pat++;
        } else if (*pat == '*') {
            size_t n = strcspn(path, "/");
            if (n == 0)
                return false;
            *arg = path;
            *arglen = n;
            path += n;
            pat++;
        } else if (*pat++ != *path++) {
            return false;
        }
    }
    return *pat == '\0' && *path == '\0';
}

static void security_headers(const ls_app *app, ls_resp *s)
{
    ls_resp_header(s, "X-Content-Type-Options", "nosniff");
    /* same-origin, not no-referrer: with no-referrer browsers send
     * "Origin: null" on our own form posts, which the Origin check refuses. */
    ls_resp_header(s, "Referrer-Policy", s->archived ? "no-referrer" : "same-origin");
    if (s->archived) {
        /* Hostile stored content: an opaque origin, no script, no network
         * except inline data:. Set by files.c, repeated here on purpose so
         * no path can forget it. */
        ls_resp_header(s, "Content-Security-Policy",
                       "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline' "
                       "data:; font-src data:; media-src data:");
        ls_resp_header(s, "Cross-Origin-Resource-Policy", "same-site");
        return;
    }
    char csp[1024];
    const char *co = app->opts.content_origin;
    snprintf(csp, sizeof csp,
             "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
             "frame-src 'self'%s%s; object-src 'none'; base-uri 'none'; form-action 'self'; "
             "frame-ancestors 'self'",
             co ? " " : "", co ? co : "");
    ls_resp_header(s, "Content-Security-Policy", csp);
    ls_resp_header(s, "X-Frame-Options", "SAMEORIGIN");
    if (!s->headers.n || !ls_kv_get(&s->headers, "Cache-Control"))
        ls_resp_header(s, "Cache-Control", "no-store");
}

static bool is_state_change(const ls_req *r)
{
    return !ls_req_is(r, "GET") && !ls_req_is(r, "HEAD");
}

static void fail(ls_req *r, ls_resp *s, bool api, int status, const char *code)
{
    if (api) {
        const char *msg = status == 401 ? "authentication required"
                          : status == 403 ? "forbidden"
                          : status == 404 ? "not found"
                          : status == 405 ? "method not allowed"
                                          : "bad request";
        ls_json_error(s, status, code, msg);
    } else {
        ls_page_error(r, s, status);
    }
}

/* Parses the form body of urlencoded POSTs (API bodies stay raw JSON). */
static void parse_form(ls_req *r)
{
    const char *ct = ls_req_header(r, "Content-Type");
    if (ct && ls_startswith_nocase(ct, "application/x-www-form-urlencoded"))
        ls_http_parse_urlencoded(&r->form, &r->arena, r->body, r->body_len);
}

/* Login, CSRF and Origin checks; false after answering. */
static bool allowed(ls_app *app, const ls_route *rt, ls_req *r, ls_resp *s)
{
    bool api = rt->flags & LS_R_API;
    if (is_state_change(r)) {
        if (ls_auth_cross_origin(r)) {
            fail(r, s, api, 403, "cross_origin");
            return false;
        }
        /* Bearer requests carry no ambient credential, so no CSRF token. */
        if (!r->user.via_token && r->user.id && !(rt->flags & LS_R_PUBLIC) &&
            !ls_auth_csrf_ok(r, r->user.csrf)) {
            fail(r, s, api, 403, "csrf");
            return false;
        }
    }
    if (rt->flags & LS_R_PUBLIC)
        return true;
    if (!r->user.id) {
        if (api) {
            fail(r, s, api, 401, "unauthorized");
        } else {
            ls_buf loc;
            ls_buf_init(&loc, 4096);
            ls_buf_adds(&loc, "/login?next=");
            ls_esc_url(&loc, r->path);
            ls_resp_redirect(s, loc.err ? "/login" : loc.data);
            ls_buf_release(&loc);
        }
        return false;
    }
    if ((rt->flags & LS_R_ADMIN) && !r->user.is_admin) {
        fail(r, s, api, 404, "not_found");
        return false;
    }
    return true;
}

/* The cache key: everything a cacheable answer depends on besides the
 * database. The session's CSRF token stands for the session (pages embed
 * it); bearer answers hold none, so the user id is enough for them. */
static char *cache_key(ls_req *r)
{
    ls_buf k;
    ls_buf_init(&k, 16384);
    ls_buf_addf(&k, "%lld|%d|%s|%s|%s|%s?", (long long)r->user.id, r->user.via_token,
                r->user.csrf, r->user.lang, r->method, r->path);
    for (size_t i = 0; i < r->query.n; i++) {
        ls_buf_adds(&k, r->query.v[i].key);
        ls_buf_addc(&k, '=');
        ls_buf_adds(&k, r->query.v[i].val);
        ls_buf_addc(&k, '&');
    }
    if (k.err) {
        ls_buf_release(&k);
        return NULL;
    }
    return ls_buf_detach(&k, NULL);
}

static void call_handler(ls_app *app, const ls_route *rt, ls_req *r, ls_resp *s,
                         const int64_t *ids)
{
    char *key = NULL;
    if ((rt->flags & LS_R_CACHE) && app->opts.response_cache && r->user.id &&
        ls_req_is(r, "GET"))
        key = cache_key(r);
    if (key && ls_cache_response_get(r->db, key, s)) {
        free(key);
        return;
    }
    rt->fn(app, r, s, ids);
    if (key)
        ls_cache_response_put(r->db, key, s);
    free(key);
}

void ls_app_handle(ls_app *app, ls_req *r, ls_resp *s)
{
    bool api = ls_startswith(r->path, "/api/") || !strcmp(r->path, "/api");
    int64_t ids[MAX_IDS] = {0};
    const ls_route *found = NULL;
    bool path_known = false;
    const char *arg = NULL;
    size_t arglen = 0;
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        if (!match(routes[i].pattern, r->path, ids, &arg, &arglen))
            continue;
        path_known = true;
        if (!strcmp(routes[i].method, r->method) ||
            (!strcmp(routes[i].method, "GET") && ls_req_is(r, "HEAD"))) {
            found = &routes[i];
            break;
        }
    }
    if (arg)
        r->route_arg = ls_arena_strndup(&r->arena, arg, arglen);
    ls_db *db = ls_app_db(app);
    r->db = db;
    if (!db) {
        fail(r, s, api, 503, "unavailable");
        goto out;
    }
    ls_auth_identify(db, r, api);
    if (!found) {
        if (path_known) {
            ls_resp_header(s, "Allow", "GET, POST, PATCH, DELETE");
            fail(r, s, api, 405, "method_not_allowed");
        } else {
            fail(r, s, api, 404, "not_found");
        }
        goto out;
    }
    parse_form(r);
    if (allowed(app, found, r, s))
        call_handler(app, found, r, s, ids);
out:
    security_headers(app, s);
    if (ls_req_is(r, "HEAD"))
        ls_buf_reset(&s->body);
}
