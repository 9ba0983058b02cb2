/*
 * page_settings.c - settings (language, password, API tokens) and the
 * admin's user management. A new API token is shown once, on the page that
 * answers its creation.
 */
#include <string.h>

#include "store/users.h"
#include "util/err.h"
#include "web/auth.h"
#include "web/handlers.h"
#include "web/page.h"

static void pw_field(ls_req *r, ls_resp *s, const char *name, const char *key)
{
    ls_buf_addf(&s->body, "<div class=\"field\"><label for=\"f-%s\">", name);
    ls_page_t(r, s, key);
    ls_buf_addf(&s->body, "</label><input id=\"f-%s\" name=\"%s\" type=\"password\" required "
                "autocomplete=\"%s\"></div>", name, name,
                strcmp(name, "current") ? "new-password" : "current-password");
}

static void tokens(ls_req *r, ls_resp *s, const char *new_token)
{
    ls_page_raw(s, "<div class=\"panel\"><h2>");
    ls_page_t(r, s, "api_tokens");
    ls_page_raw(s, "</h2><p class=\"hint\">");
    ls_page_t(r, s, "api_tokens_hint");
    ls_page_raw(s, "</p>");
    if (new_token) {
        ls_page_raw(s, "<div class=\"flash\"><p>");
        ls_page_t(r, s, "token_shown_once");
        ls_page_raw(s, "</p><code id=\"new-token\">");
        ls_page_text(s, new_token);
        ls_page_raw(s, "</code></div>");
    }
    ls_api_token_list l = {0};
    ls_api_token_list_user(r->db, r->user.id, &l);
    if (l.n) {
        ls_page_raw(s, "<table><thead><tr><th>");
        ls_page_t(r, s, "token_name");
        ls_page_raw(s, "</th><th>");
        ls_page_t(r, s, "created");
        ls_page_raw(s, "</th><th>");
        ls_page_t(r, s, "last_used");
        ls_page_raw(s, "</th><th></th></tr></thead><tbody>");
    }
    for (size_t i = 0; i < l.n; i++) {
        ls_page_raw(s, "<tr><td>");
        ls_page_text(s, l.items[i].name);
        ls_page_raw(s, "</td><td>");
        ls_page_time(r, s, l.items[i].created);
        ls_page_raw(s, "</td><td>");
        ls_page_time(r, s, l.items[i].last_used);
        ls_buf_addf(&s->body, "</td><td><form class=\"inline\" method=\"post\" "
                    "action=\"/settings/tokens/%lld/revoke\">", (long long)l.items[i].id);
        ls_page_csrf(r, s);
        ls_page_raw(s, "<button class=\"danger\" type=\"submit\">");
        ls_page_t(r, s, "revoke");
        ls_page_raw(s, "</button></form></td></tr>");
    }
    if (l.n)
        ls_page_raw(s, "</tbody></table>");
    ls_api_token_list_release(&l);
    ls_page_raw(s, "<form class=\"inline\" method=\"post\" action=\"/settings/tokens\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<input type=\"text\" name=\"name\" required maxlength=\"64\" placeholder=\"");
    ls_page_t(r, s, "token_name");
    ls_page_raw(s, "\"><button type=\"submit\">");
    ls_page_t(r, s, "token_create");
    ls_page_raw(s, "</button></form></div>");
}

static void settings(ls_req *r, ls_resp *s, const char *new_token)
{
    ls_page_begin(r, s, T(r, "nav_settings"), "settings");
    ls_page_raw(s, "<h1>");
    ls_page_t(r, s, "nav_settings");
    ls_page_raw(s, "</h1><div class=\"grid2\"><div class=\"panel\"><h2>");
    ls_page_t(r, s, "language");
    ls_page_raw(s, "</h2><form method=\"post\" action=\"/settings/lang\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<div class=\"field\"><select name=\"lang\" aria-label=\"language\">");
    static const char *const langs[][2] = {{"", "lang_auto"}, {"zh-CN", "lang_zh"}, {"en", "lang_en"}};
    ls_user u = {0};
    ls_user_get(r->db, r->user.id, &u);
    for (int i = 0; i < 3; i++) {
        bool sel = u.lang ? !strcmp(u.lang, langs[i][0]) : i == 0;
        ls_buf_addf(&s->body, "<option value=\"%s\"%s>", langs[i][0], sel ? " selected" : "");
        ls_page_t(r, s, langs[i][1]);
        ls_page_raw(s, "</option>");
    }
    ls_user_release(&u);
    ls_page_raw(s, "</select></div><button type=\"submit\">");
    ls_page_t(r, s, "save");
    ls_page_raw(s, "</button></form></div><div class=\"panel\"><h2>");
    ls_page_t(r, s, "change_password");
    ls_page_raw(s, "</h2><form method=\"post\" action=\"/settings/password\">");
    ls_page_csrf(r, s);
    pw_field(r, s, "current", "password_current");
    pw_field(r, s, "password", "password_new");
    pw_field(r, s, "password2", "password_again");
    ls_page_raw(s, "<button type=\"submit\">");
    ls_page_t(r, s, "save");
    ls_page_raw(s, "</button></form></div></div>");
    tokens(r, s, new_token);
    ls_page_end(r, s);
}

void ls_page_settings(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    settings(r, s, NULL);
}

void ls_page_settings_lang(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *l = ls_kv_get(&r->form, "lang");
    const char *v = l && !strcmp(l, "en") ? "en" : l && !strcmp(l, "zh-CN") ? "zh-CN" : NULL;
    int rc = ls_user_set_lang(r->db, r->user.id, v);
    ls_page_redirect_msg(s, "/settings", rc ? "err" : "msg", rc ? "failed" : "saved");
}

void ls_page_settings_password(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *cur = ls_kv_get(&r->form, "current");
    const char *pw = ls_kv_get(&r->form, "password");
    const char *pw2 = ls_kv_get(&r->form, "password2");
    int64_t uid = 0;
    if (!ls_auth_limiter_allow(app->limiter, r->client_ip, r->user.name)) {
        ls_page_redirect_msg(s, "/settings", "err", "rate_limited");
        return;
    }
    if (!cur || ls_user_verify(r->db, r->user.name, cur, &uid) != LS_OK || uid != r->user.id) {
        ls_auth_limiter_fail(app->limiter, r->client_ip, r->user.name);
        ls_page_redirect_msg(s, "/settings", "err", "password_wrong");
        return;
    }
    if (!pw || !pw2 || strcmp(pw, pw2)) {
        ls_page_redirect_msg(s, "/settings", "err", "password_mismatch");
        return;
    }
    if (ls_user_set_password(r->db, r->user.id, pw) != LS_OK) {
        ls_page_redirect_msg(s, "/settings", "err", "password_weak");
        return;
    }
    /* Other browsers logged in as this user are logged out; this one gets
     * a fresh session. */
    ls_session_delete_user(r->db, r->user.id);
    char tok[LS_TOKEN_SZ];
    if (ls_session_create(r->db, r->user.id, tok, NULL) == LS_OK) {
        char c[256];
        snprintf(c, sizeof c, "%s=%s; Path=/; HttpOnly; SameSite=Lax; Max-Age=%d",
                 LS_SESSION_COOKIE, tok, LS_SESSION_TTL);
        ls_resp_header(s, "Set-Cookie", c);
    }
    ls_page_redirect_msg(s, "/settings", "msg", "password_changed");
}

void ls_page_settings_token_add(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *name = ls_kv_get(&r->form, "name");
    char tok[LS_TOKEN_SZ];
    if (!name || ls_api_token_create(r->db, r->user.id, name, tok, NULL) != LS_OK) {
        ls_page_redirect_msg(s, "/settings", "err", "failed");
        return;
    }
    settings(r, s, tok);
}

void ls_page_settings_token_revoke(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    int rc = ls_api_token_revoke(r->db, r->user.id, ids[0]);
    ls_auth_forget_tokens();
    if (rc == LS_ENOTFOUND) {
        ls_page_error(r, s, 404);
        return;
    }
    ls_page_redirect_msg(s, "/settings", rc ? "err" : "msg", rc ? "failed" : "token_revoked");
}

void ls_page_admin_users(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_user_list l = {0};
    ls_user_list_all(r->db, &l);
    ls_page_begin(r, s, T(r, "nav_admin"), "admin");
    ls_page_raw(s, "<div class=\"cols\"><section class=\"panel\"><h1>");
    ls_page_t(r, s, "users");
    ls_page_raw(s, "</h1><table><thead><tr><th>");
    ls_page_t(r, s, "username");
    ls_page_raw(s, "</th><th>");
    ls_page_t(r, s, "role");
    ls_page_raw(s, "</th><th>");
    ls_page_t(r, s, "created");
    ls_page_raw(s, "</th><th></th></tr></thead><tbody>");
    for (size_t i = 0; i < l.n; i++) {
        const ls_user *u = &l.items[i];
        ls_page_raw(s, "<tr><td>");
        ls_page_text(s, u->name);
        ls_page_raw(s, "</td><td>");
        ls_page_t(r, s, u->is_admin ? "role_admin" : "role_user");
        ls_page_raw(s, "</td><td>");
        ls_page_time(r, s, u->created);
        ls_page_raw(s, "</td><td>");
        if (u->id != r->user.id) {
            ls_buf_addf(&s->body, "<form class=\"inline\" method=\"post\" "
                        "action=\"/admin/users/%lld/delete\" data-confirm=\"", (long long)u->id);
            ls_page_t(r, s, "user_delete_confirm");
            ls_page_raw(s, "\">");
            ls_page_csrf(r, s);
            ls_page_raw(s, "<button class=\"danger\" type=\"submit\">");
            ls_page_t(r, s, "delete");
            ls_page_raw(s, "</button></form>");
        }
        ls_page_raw(s, "</td></tr>");
    }
    ls_page_raw(s, "</tbody></table></section><aside class=\"panel\"><h3>");
    ls_page_t(r, s, "user_add");
    ls_page_raw(s, "</h3><form method=\"post\" action=\"/admin/users\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<div class=\"field\"><label for=\"f-name\">");
    ls_page_t(r, s, "username");
    ls_page_raw(s, "</label><input id=\"f-name\" name=\"name\" type=\"text\" required maxlength=\"32\">"
                   "</div>");
    pw_field(r, s, "password", "password");
    ls_page_raw(s, "<div class=\"field\"><label><input type=\"checkbox\" name=\"admin\" value=\"1\"> ");
    ls_page_t(r, s, "role_admin");
    ls_page_raw(s, "</label></div><button class=\"primary\" type=\"submit\">");
    ls_page_t(r, s, "user_add");
    ls_page_raw(s, "</button></form></aside></div>");
    ls_page_end(r, s);
    ls_user_list_release(&l);
}

void ls_page_admin_user_add(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *name = ls_kv_get(&r->form, "name");
    const char *pw = ls_kv_get(&r->form, "password");
    bool admin = ls_kv_get(&r->form, "admin") != NULL;
    int rc = name && pw ? ls_user_create(r->db, name, pw, admin, NULL) : LS_EINVAL;
    ls_page_redirect_msg(s, "/admin/users", rc ? "err" : "msg",
                         rc == LS_EEXIST ? "user_exists" : rc ? "user_invalid" : "user_added");
}

void ls_page_admin_user_delete(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (ids[0] == r->user.id) {
        ls_page_redirect_msg(s, "/admin/users", "err", "failed");
        return;
    }
    int rc = ls_user_delete(r->db, ids[0]);
    ls_auth_forget_tokens();
    if (rc == LS_ENOTFOUND) {
        ls_page_error(r, s, 404);
        return;
    }
    ls_page_redirect_msg(s, "/admin/users", rc ? "err" : "msg", rc ? "failed" : "user_deleted");
}
