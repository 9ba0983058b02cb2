/*
 * page_account.c - accounts in the browser: first-visit setup (only while
 * no real user exists, only to loopback clients), login (rate limited,
 * ?next= only to local paths), logout, settings (language, password, API
 * tokens) and the admin's user list.
 */
#include <string.h>

#include "store/users.h"
#include "util/err.h"
#include "util/str.h"
#include "web/auth.h"
#include "web/handlers.h"
#include "web/page.h"

static void set_session_cookie(ls_resp *s, const char *token, bool clear)
{
    char c[256];
    snprintf(c, sizeof c, "%s=%s; Path=/; HttpOnly; SameSite=Lax; Max-Age=%d", LS_SESSION_COOKIE,
             clear ? "" : token, clear ? 0 : LS_SESSION_TTL);
    ls_resp_header(s, "Set-Cookie", c);
}

/* The anonymous form token, set as a cookie when new; copied into r's
 * csrf slot so ls_page_csrf() writes it. */
static void pre_token(ls_req *r, ls_resp *s)
{
    bool fresh = false;
    ls_auth_pre_token(r, r->user.csrf, sizeof r->user.csrf, &fresh);
    if (fresh) {
        char c[160];
        snprintf(c, sizeof c, "%s=%s; Path=/; HttpOnly; SameSite=Strict", LS_PRE_COOKIE,
                 r->user.csrf);
        ls_resp_header(s, "Set-Cookie", c);
    }
}

static bool pre_token_ok(ls_req *r)
{
    char cookie[LS_TOKEN_SZ];
    if (!ls_http_cookie_get(ls_req_header(r, "Cookie"), LS_PRE_COOKIE, cookie, sizeof cookie))
        return false;
    return ls_auth_csrf_ok(r, cookie);
}

static int64_t real_users(ls_req *r)
{
    int64_t n = 0;
    if (ls_user_count(r->db, &n) != LS_OK)
        return -1;
    return n;
}

static void field(ls_req *r, ls_resp *s, const char *name, const char *type, const char *key,
                  const char *extra)
{
    ls_page_raw(s, "<div class=\"field\"><label for=\"f-");
    ls_page_raw(s, name);
    ls_page_raw(s, "\">");
    ls_page_t(r, s, key);
    ls_buf_addf(&s->body, "</label><input id=\"f-%s\" name=\"%s\" type=\"%s\" %s></div>", name,
                name, type, extra);
}

static void login_form(ls_req *r, ls_resp *s, const char *err_key)
{
    ls_page_begin_bare(r, s, T(r, "login"));
    ls_page_raw(s, "<div class=\"narrow panel\"><h1>");
    ls_page_t(r, s, "login");
    ls_page_raw(s, "</h1>");
    if (err_key) {
        ls_page_raw(s, "<div class=\"flash err\" role=\"alert\">");
        ls_page_t(r, s, err_key);
        ls_page_raw(s, "</div>");
    }
    ls_page_raw(s, "<form method=\"post\" action=\"/login\">");
    ls_page_csrf(r, s);
    const char *next = ls_req_param(r, "next");
    if (ls_http_is_local_path(next)) {
        ls_page_raw(s, "<input type=\"hidden\" name=\"next\" value=\"");
        ls_page_text(s, next);
        ls_page_raw(s, "\">");
    }
    field(r, s, "name", "text", "username", "required autofocus autocomplete=\"username\"");
    field(r, s, "password", "password", "password", "required autocomplete=\"current-password\"");
    ls_page_raw(s, "<button class=\"primary\" type=\"submit\">");
    ls_page_t(r, s, "login");
    ls_page_raw(s, "</button></form></div>");
    ls_page_end(r, s);
}

void ls_page_login(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (r->user.id) {
        const char *next = ls_kv_get(&r->query, "next");
        ls_resp_redirect(s, ls_http_is_local_path(next) ? next : "/");
        return;
    }
    if (real_users(r) == 0) {
        ls_resp_redirect(s, "/setup");
        return;
    }
    pre_token(r, s);
    login_form(r, s, NULL);
}

void ls_page_login_post(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *name = ls_kv_get(&r->form, "name");
    const char *pw = ls_kv_get(&r->form, "password");
    if (!pre_token_ok(r)) {
        ls_page_error(r, s, 403);
        return;
    }
    pre_token(r, s);
    if (!ls_auth_limiter_allow(app->limiter, r->client_ip, name)) {
        s->status = 429;
        ls_resp_header(s, "Retry-After", "300");
        login_form(r, s, "err_rate_limited");
        return;
    }
    int64_t uid = 0;
    if (!name || !pw || ls_user_verify(r->db, name, pw, &uid) != LS_OK) {
        ls_auth_limiter_fail(app->limiter, r->client_ip, name);
        s->status = 401;
        login_form(r, s, "err_login");
        return;
    }
    ls_auth_limiter_success(app->limiter, r->client_ip, name);
    char tok[LS_TOKEN_SZ];
    if (ls_session_create(r->db, uid, tok, NULL) != LS_OK) {
        ls_page_error(r, s, 500);
        return;
    }
    set_session_cookie(s, tok, false);
    const char *next = ls_kv_get(&r->form, "next");
    ls_resp_redirect(s, ls_http_is_local_path(next) ? next : "/");
}

void ls_page_logout(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (r->user.id && !ls_auth_csrf_ok(r, r->user.csrf)) {
        ls_page_error(r, s, 403);
        return;
    }
    char tok[LS_TOKEN_SZ];
    if (ls_http_cookie_get(ls_req_header(r, "Cookie"), LS_SESSION_COOKIE, tok, sizeof tok))
        ls_session_delete(r->db, tok);
    set_session_cookie(s, "", true);
    ls_resp_redirect(s, "/login");
}

static bool setup_open(ls_req *r)
{
    return r->client_loopback && real_users(r) == 0;
}

static void setup_form(ls_req *r, ls_resp *s, const char *err_key)
{
    ls_page_begin_bare(r, s, T(r, "setup_title"));
    ls_page_raw(s, "<div class=\"narrow panel\"><h1>");
    ls_page_t(r, s, "setup_title");
    ls_page_raw(s, "</h1><p class=\"hint\">");
    ls_page_t(r, s, "setup_hint");
    ls_page_raw(s, "</p>");
    if (err_key) {
        ls_page_raw(s, "<div class=\"flash err\" role=\"alert\">");
        ls_page_t(r, s, err_key);
        ls_page_raw(s, "</div>");
    }
    ls_page_raw(s, "<form method=\"post\" action=\"/setup\">");
    ls_page_csrf(r, s);
    field(r, s, "name", "text", "username", "required autofocus maxlength=\"32\"");
    field(r, s, "password", "password", "password", "required minlength=\"8\" autocomplete=\"new-password\"");
    field(r, s, "password2", "password", "password_again", "required minlength=\"8\" autocomplete=\"new-password\"");
    ls_page_raw(s, "<button class=\"primary\" type=\"submit\">");
    ls_page_t(r, s, "setup_create");
    ls_page_raw(s, "</button></form></div>");
    ls_page_end(r, s);
}

void ls_page_setup(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (!setup_open(r)) {
        ls_page_error(r, s, 404);
        return;
    }
    pre_token(r, s);
    setup_form(r, s, NULL);
}

void ls_page_setup_post(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (!setup_open(r) || !pre_token_ok(r)) {
        ls_page_error(r, s, setup_open(r) ? 403 : 404);
        return;
    }
    pre_token(r, s);
    const char *name = ls_kv_get(&r->form, "name");
    const char *pw = ls_kv_get(&r->form, "password");
    const char *pw2 = ls_kv_get(&r->form, "password2");
    if (!name || !pw || !pw2 || strcmp(pw, pw2)) {
        s->status = 400;
        setup_form(r, s, "err_password_mismatch");
        return;
    }
    int64_t uid = 0;
    int rc = ls_user_create(r->db, name, pw, true, &uid);
    if (rc != LS_OK) {
        s->status = 400;
        setup_form(r, s, rc == LS_EEXIST ? "err_user_exists" : "err_user_invalid");
        return;
    }
    char tok[LS_TOKEN_SZ];
    if (ls_session_create(r->db, uid, tok, NULL) == LS_OK)
        set_session_cookie(s, tok, false);
    ls_page_redirect_msg(s, "/", "msg", "welcome");
}
