/*
 * page_add.c - 添加链接: the form (URL, tags with autocomplete, note), its
 * POST, and the bookmarklet that opens the form for the page being viewed.
 */
#include <string.h>

#include "util/err.h"
#include "web/handlers.h"
#include "web/page.h"
#include "web/svc.h"

#define MAX_TAGS 64

/* Our own origin for the bookmarklet, from the Host header when it is a
 * plain host[:port] (it is the client's own header, but still only
 * characters that cannot break out of the JS string are accepted). */
static void origin(ls_req *r, ls_buf *b)
{
    const char *h = ls_req_header(r, "Host");
    bool ok = h && *h && strlen(h) < 256;
    for (const char *p = h; ok && *p; p++)
        ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
             *p == '.' || *p == ':' || *p == '-' || *p == '[' || *p == ']';
    ls_buf_addf(b, "http://%s", ok ? h : "127.0.0.1:8080");
}

static void form(ls_req *r, ls_resp *s, const char *url, const char *tags, const char *note,
                 const char *error_key)
{
    ls_page_begin(r, s, T(r, "add_link"), "add");
    ls_page_raw(s, "<div class=\"narrow\"><div class=\"panel\"><h1>");
    ls_page_t(r, s, "add_link");
    ls_page_raw(s, "</h1>");
    if (error_key) {
        ls_page_raw(s, "<div class=\"flash err\" role=\"alert\">");
        ls_page_t(r, s, error_key);
        ls_page_raw(s, "</div>");
    }
    ls_page_raw(s, "<form method=\"post\" action=\"/links\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<div class=\"field\"><label for=\"f-url\">");
    ls_page_t(r, s, "url");
    ls_page_raw(s, "</label><input type=\"url\" id=\"f-url\" name=\"url\" required autofocus "
                   "placeholder=\"https://\" value=\"");
    ls_page_text(s, url);
    ls_page_raw(s, "\"></div><div class=\"field\"><label for=\"f-tags\">");
    ls_page_t(r, s, "tags");
    ls_page_raw(s, "</label><div><input type=\"text\" id=\"f-tags\" name=\"tags\" data-tags "
                   "autocomplete=\"off\" value=\"");
    ls_page_text(s, tags);
    ls_page_raw(s, "\" placeholder=\"");
    ls_page_t(r, s, "tags_placeholder");
    ls_page_raw(s, "\"></div><p class=\"hint\">");
    ls_page_t(r, s, "tags_hint");
    ls_page_raw(s, "</p></div><div class=\"field\"><label for=\"f-note\">");
    ls_page_t(r, s, "note");
    ls_page_raw(s, "</label><textarea id=\"f-note\" name=\"note\" maxlength=\"20000\">");
    ls_page_text(s, note);
    ls_page_raw(s, "</textarea></div><button class=\"primary\" type=\"submit\">");
    ls_page_t(r, s, "add_and_capture");
    ls_page_raw(s, "</button></form></div><div class=\"panel\"><h3>");
    ls_page_t(r, s, "bookmarklet");
    ls_page_raw(s, "</h3><p class=\"hint\">");
    ls_page_t(r, s, "bookmarklet_hint");
    ls_page_raw(s, "</p><p><a class=\"btn\" href=\"");
    ls_buf js;
    ls_buf_init(&js, 4096);
    ls_buf_adds(&js, "javascript:(function(){location.href=");
    ls_buf o;
    ls_buf_init(&o, 512);
    origin(r, &o);
    ls_buf_adds(&o, "/add?url=");
    ls_esc_js(&js, o.data);
    ls_buf_adds(&js, "+encodeURIComponent(location.href)})()");
    ls_page_text(s, js.data);
    ls_buf_release(&o);
    ls_buf_release(&js);
    ls_page_raw(s, "\">+ linksnap</a></p></div></div>");
    ls_page_end(r, s);
}

void ls_page_add(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    form(r, s, ls_kv_get(&r->query, "url"), ls_kv_get(&r->query, "tags"), NULL, NULL);
}

void ls_page_add_post(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *url = ls_kv_get(&r->form, "url");
    const char *tv = ls_kv_get(&r->form, "tags");
    const char *note = ls_kv_get(&r->form, "note");
    const char *tags[MAX_TAGS];
    size_t n = ls_svc_split_tags(tv, &r->arena, tags, MAX_TAGS);
    ls_svc_added a;
    int rc = ls_svc_add_link(r->db, r->user.id, url, tags, n, note, &a);
    if (rc == LS_EINVAL) {
        s->status = 400;
        form(r, s, url, tv, note, "err_bad_url_or_tag");
        return;
    }
    if (rc != LS_OK) {
        ls_page_error(r, s, 500);
        return;
    }
    if (a.job_id)
        ls_workers_kick(app);
    char path[64];
    snprintf(path, sizeof path, "/links/%lld", (long long)a.link_id);
    ls_page_redirect_msg(s, path, "msg", a.created ? "added" : "already_saved");
}
