/*
 * page.c - the shared page frame and escaping helpers (see page.h).
 */
#include "web/page.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util/str.h"
#include "web/assets.h"

void ls_page_raw(ls_resp *s, const char *html)
{
    ls_buf_adds(&s->body, html);
}

void ls_page_text(ls_resp *s, const char *text)
{
    ls_esc_html(&s->body, text);
}

void ls_page_t(ls_req *r, ls_resp *s, const char *key)
{
    ls_esc_html(&s->body, T(r, key));
}

void ls_page_csrf(ls_req *r, ls_resp *s)
{
    ls_page_raw(s, "<input type=\"hidden\" name=\"csrf\" value=\"");
    ls_page_text(s, r->user.csrf);
    ls_page_raw(s, "\">");
}

static void head(ls_req *r, ls_resp *s, const char *title)
{
    s->status = s->status ? s->status : 200;
    s->content_type = "text/html; charset=utf-8";
    ls_buf *b = &s->body;
    ls_buf_addf(b, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                "<title>", strcmp(r->user.lang, "en") ? "zh-CN" : "en");
    ls_esc_html(b, title);
    ls_buf_adds(b, " \xC2\xB7 linksnap</title>");
    ls_buf_addf(b, "<link rel=\"stylesheet\" href=\"/static/app.css?v=%s\">"
                "<link rel=\"icon\" href=\"/favicon.ico\">"
                "<script src=\"/static/app.js?v=%s\" defer></script></head><body>",
                ls_asset_version(), ls_asset_version());
}

static void nav_item(ls_req *r, ls_resp *s, const char *href, const char *key,
                     const char *active)
{
    ls_buf_addf(&s->body, "<a href=\"%s\"%s>", href,
                !strcmp(key + 4, active) ? " class=\"on\"" : "");
    ls_page_t(r, s, key);
    ls_page_raw(s, "</a>");
}

void ls_page_begin(ls_req *r, ls_resp *s, const char *title, const char *active)
{
    head(r, s, title);
    ls_page_raw(s, "<header class=\"top\"><div class=\"top-in\">"
                   "<a class=\"brand\" href=\"/\">link<span>snap</span> ");
    ls_page_t(r, s, "brand_sub");
    ls_page_raw(s, "</a><form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                   "<input type=\"search\" name=\"q\" value=\"");
    if (!strcmp(active, "search"))
        ls_page_text(s, ls_kv_get(&r->query, "q"));
    ls_page_raw(s, "\" placeholder=\"");
    ls_page_t(r, s, "search_placeholder");
    ls_page_raw(s, "\" aria-label=\"");
    ls_page_t(r, s, "search");
    ls_page_raw(s, "\"></form><nav class=\"nav\">");
    nav_item(r, s, "/", "nav_library", active);
    nav_item(r, s, "/tags", "nav_tags", active);
    nav_item(r, s, "/settings", "nav_settings", active);
    if (r->user.is_admin)
        nav_item(r, s, "/admin/users", "nav_admin", active);
    ls_page_raw(s, "<a class=\"btn primary\" href=\"/add\">+ ");
    ls_page_t(r, s, "add_link");
    ls_page_raw(s, "</a><form class=\"inline\" method=\"post\" action=\"/logout\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<button class=\"link\" type=\"submit\" title=\"");
    ls_page_text(s, r->user.name);
    ls_page_raw(s, "\">");
    ls_page_t(r, s, "logout");
    ls_page_raw(s, "</button></form></nav></div></header><main class=\"wrap\">");
    ls_page_flash(r, s);
}

void ls_page_begin_bare(ls_req *r, ls_resp *s, const char *title)
{
    head(r, s, title);
    ls_page_raw(s, "<header class=\"top\"><div class=\"top-in\"><a class=\"brand\" href=\"/\">"
                   "link<span>snap</span> ");
    ls_page_t(r, s, "brand_sub");
    ls_page_raw(s, "</a></div></header><main class=\"wrap\">");
    ls_page_flash(r, s);
}

void ls_page_end(ls_req *r, ls_resp *s)
{
    ls_page_raw(s, "</main><footer class=\"foot\">linksnap " LS_VERSION " \xC2\xB7 ");
    ls_page_t(r, s, "footer_note");
    ls_page_raw(s, "</footer></body></html>\n");
}

void ls_page_flash(ls_req *r, ls_resp *s)
{
    const char *msg = ls_kv_get(&r->query, "msg");
    const char *err = ls_kv_get(&r->query, "err");
    const char *key = err ? err : msg;
    if (!key)
        return;
    /* Only keys of the catalogue: a crafted ?msg= cannot inject text. */
    char full[80];
    snprintf(full, sizeof full, "%s_%s", err ? "err" : "msg", key);
    const char *txt = T(r, full);
    if (txt == full || !strcmp(txt, full))
        return;
    ls_page_raw(s, err ? "<div class=\"flash err\" role=\"alert\">" : "<div class=\"flash\">");
    ls_page_text(s, txt);
    ls_page_raw(s, "</div>");
}

void ls_page_error(ls_req *r, ls_resp *s, int status)
{
    ls_buf_reset(&s->body);
    s->status = status;
    char key[32];
    snprintf(key, sizeof key, "http_%d", status);
    const char *title = T(r, key);
    if (!strcmp(title, key))
        title = T(r, "http_error");
    if (r->user.id)
        ls_page_begin(r, s, title, "");
    else
        ls_page_begin_bare(r, s, title);
    ls_page_raw(s, "<div class=\"panel empty\"><h1>");
    ls_page_text(s, title);
    ls_buf_addf(&s->body, " <span class=\"muted\">%d</span></h1><p><a href=\"/\">", status);
    ls_page_t(r, s, "back_home");
    ls_page_raw(s, "</a></p></div>");
    ls_page_end(r, s);
}

void ls_page_redirect_msg(ls_resp *s, const char *path, const char *kind, const char *key)
{
    char loc[512];
    snprintf(loc, sizeof loc, "%s%s%s=%s", path, strchr(path, '?') ? "&" : "?", kind, key);
    ls_resp_redirect(s, loc);
}

void ls_page_time(ls_req *r, ls_resp *s, int64_t t)
{
    if (t <= 0)
        return;
    bool zh = strcmp(r->user.lang, "en") != 0;
    time_t tt = (time_t)(t + (zh ? 8 * 3600 : 0));
    struct tm tm;
    gmtime_r(&tt, &tm);
    char out[48];
    strftime(out, sizeof out, zh ? "%Y-%m-%d %H:%M" : "%Y-%m-%d %H:%M UTC", &tm);
    ls_page_text(s, out);
}

void ls_page_status(ls_req *r, ls_resp *s, const char *status, int64_t job_id)
{
    if (!status)
        status = "none";
    char key[40];
    snprintf(key, sizeof key, "status_%s", status);
    ls_page_raw(s, "<span class=\"st st-");
    ls_page_text(s, status);
    ls_page_raw(s, "\"");
    if (job_id > 0 && (!strcmp(status, "queued") || !strcmp(status, "running"))) {
        ls_buf_addf(&s->body, " data-poll-link=\"%lld\"", (long long)job_id);
        static const char *const states[] = {"queued", "running", "done", "failed"};
        for (int i = 0; i < 4; i++) {
            char k2[40];
            snprintf(k2, sizeof k2, "status_%s", states[i]);
            ls_buf_addf(&s->body, " data-l-%s=\"", states[i]);
            ls_page_t(r, s, k2);
            ls_page_raw(s, "\"");
        }
    }
    ls_page_raw(s, ">");
    ls_page_t(r, s, key);
    ls_page_raw(s, "</span>");
}
