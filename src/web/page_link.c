/*
 * page_link.c - one link: the reader view of a stored capture (title,
 * 来源, author, date, article text and images), the faithful single-file
 * copy in <iframe sandbox>, downloads, every capture over time with
 * "capture again", editing of title, note and tags, sharing, and delete
 * with a confirmation page.
 */
#include <stdlib.h>
#include <string.h>

#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "util/err.h"
#include "util/str.h"
#include "web/cards.h"
#include "web/handlers.h"
#include "web/page.h"
#include "web/svc.h"

#define MAX_TAGS 64

/* The article of a stored reader document: what lies between its own
 * heading block (<h1> and <div class="meta">, which this page draws itself)
 * and </article>; else the inner HTML of <body>; else the whole file. The
 * HTML was allow-listed by the extractor; the page's CSP (no inline script,
 * images only from here or data:) stands behind that. */
static void reader_html(ls_db *db, ls_resp *s, const char *hash)
{
    ls_buf b;
    ls_buf_init(&b, 16 << 20);
    if (ls_blob_get(db, hash, &b) == LS_OK && b.data) {
        const char *start = b.data, *end = b.data + b.len;
        const char *body = strstr(b.data, "<body");
        const char *art = strstr(b.data, "<article>");
        if (art) {
            start = art + 9;
            const char *meta = strstr(start, "<div class=\"meta\">");
            const char *close = meta ? strstr(meta, "</div>") : NULL;
            if (close)
                start = close + 6;
            for (const char *p = start; (p = strstr(p, "</article>")); p++)
                end = p;
        } else if (body) {
            const char *gt = strchr(body, '>');
            if (gt)
                start = gt + 1;
            const char *close = strstr(start, "</body>");
            if (close)
                end = close;
        }
        if (end > start)
            ls_buf_add(&s->body, start, (size_t)(end - start));
    }
    ls_buf_release(&b);
}

/* Plain text as paragraphs (blank lines split them). */
static void text_paragraphs(ls_resp *s, const char *text)
{
    const char *p = text;
    while (p && *p) {
        const char *e = strstr(p, "\n\n");
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n) {
            char *para = ls_strndup(p, n);
            ls_page_raw(s, "<p>");
            ls_page_text(s, para);
            ls_page_raw(s, "</p>");
            free(para);
        }
        p = e ? e + 2 : NULL;
    }
}

static void reader(ls_app *app, ls_req *r, ls_resp *s, const ls_link *l, const ls_snapshot *p)
{
    ls_page_raw(s, "<article class=\"reader\"><h1>");
    ls_page_text(s, p->title && *p->title ? p->title : (l->display_title ? l->display_title : l->url));
    ls_page_raw(s, "</h1><div class=\"byline\">");
    if (p->source && *p->source) {
        ls_page_raw(s, "<span>");
        ls_page_t(r, s, "source");
        ls_page_raw(s, ": ");
        ls_page_text(s, p->source);
        ls_page_raw(s, "</span>");
    } else if (p->site_name && *p->site_name) {
        ls_page_raw(s, "<span>");
        ls_page_t(r, s, "source");
        ls_page_raw(s, ": ");
        ls_page_text(s, p->site_name);
        ls_page_raw(s, "</span>");
    }
    if (p->byline && *p->byline) {
        ls_page_raw(s, "<span>");
        ls_page_t(r, s, "author");
        ls_page_raw(s, ": ");
        ls_page_text(s, p->byline);
        ls_page_raw(s, "</span>");
    }
    if (p->published && *p->published) {
        ls_page_raw(s, "<span>");
        ls_page_t(r, s, "published");
        ls_page_raw(s, ": ");
        /* "2024-05-01T10:23:00+08:00" reads as "2024-05-01 10:23" */
        const char *d = p->published;
        if (strlen(d) >= 16 && d[10] == 'T') {
            char when[17];
            memcpy(when, d, 16);
            when[10] = ' ';
            when[16] = '\0';
            ls_page_text(s, when);
        } else {
            ls_esc_html_clip(&s->body, d, 40);
        }
        ls_page_raw(s, "</span>");
    }
    ls_page_raw(s, "<span><a rel=\"noopener noreferrer\" href=\"");
    ls_esc_href(&s->body, p->final_url ? p->final_url : l->url);
    ls_page_raw(s, "\">");
    ls_page_t(r, s, "original_link");
    ls_page_raw(s, " \xE2\x86\x97</a></span></div>");
    if (p->word_count == 0 && (!p->text || !*p->text)) {
        /* No article was found: say so, rather than show an empty page,
         * and give what the page says of itself. */
        ls_page_raw(s, "<p class=\"panel empty\">");
        ls_page_t(r, s, "no_article");
        ls_page_raw(s, "</p>");
        if (p->excerpt && *p->excerpt) {
            ls_page_raw(s, "<p class=\"small\">");
            ls_page_t(r, s, "page_description");
            ls_page_raw(s, "</p><blockquote class=\"excerpt\">");
            ls_page_text(s, p->excerpt);
            ls_page_raw(s, "</blockquote>");
        }
    } else if (p->reader_blob) {
        reader_html(r->db, s, p->reader_blob);
    } else {
        text_paragraphs(s, p->text);
    }
    ls_page_raw(s, "</article>");
}

static void copy_frame(ls_app *app, ls_req *r, ls_resp *s, const ls_snapshot *p)
{
    if (!p->single_blob) {
        ls_page_raw(s, "<div class=\"panel empty\"><p>");
        ls_page_t(r, s, "no_copy");
        ls_page_raw(s, "</p></div>");
        return;
    }
    ls_page_raw(s, "<iframe class=\"frame\" sandbox referrerpolicy=\"no-referrer\" "
                   "loading=\"lazy\" title=\"snapshot\" src=\"");
    ls_buf u;
    ls_buf_init(&u, 4096);
    ls_files_url(app, &u, p->id, "single");
    ls_page_text(s, u.data);
    ls_buf_release(&u);
    ls_page_raw(s, "\"></iframe>");
}

static void downloads(ls_app *app, ls_req *r, ls_resp *s, const ls_snapshot *p)
{
    static const char *const kinds[] = {"single", "raw", "warc", "reader"};
    ls_page_raw(s, "<div class=\"panel\"><h3>");
    ls_page_t(r, s, "downloads");
    ls_page_raw(s, "</h3><div class=\"chips\">");
    for (int i = 0; i < 4; i++) {
        const char *h = !strcmp(kinds[i], "single") ? p->single_blob
                        : !strcmp(kinds[i], "raw")  ? p->raw_blob
                        : !strcmp(kinds[i], "warc") ? p->warc_blob
                                                    : p->reader_blob;
        if (!h)
            continue;
        ls_buf_addf(&s->body, "<a class=\"btn\" download href=\"/snapshots/%lld/files/%s%s\">",
                    (long long)p->id, kinds[i], i == 0 || i == 3 ? "?download=1" : "");
        char k[24];
        snprintf(k, sizeof k, "file_%s", kinds[i]);
        ls_page_t(r, s, k);
        ls_page_raw(s, "</a>");
    }
    ls_page_raw(s, "</div></div>");
}

static void captures(ls_req *r, ls_resp *s, const ls_link *l, const ls_snapshot_list *sl,
                     int64_t shown)
{
    ls_page_raw(s, "<div class=\"panel\"><h3>");
    ls_page_t(r, s, "captures");
    ls_page_raw(s, "</h3><table><tbody>");
    for (size_t i = 0; i < sl->n; i++) {
        const ls_snapshot *p = &sl->items[i];
        ls_buf_addf(&s->body, "<tr%s><td><a href=\"/links/%lld?snapshot=%lld\">",
                    p->id == shown ? " class=\"on\"" : "", (long long)l->id, (long long)p->id);
        ls_page_time(r, s, p->created);
        ls_page_raw(s, "</a></td><td>");
        ls_page_status(r, s, p->status, i == 0 ? l->id : 0);
        if (p->error && *p->error) {
            ls_page_raw(s, " <span class=\"small muted\">");
            ls_esc_html_clip(&s->body, p->error, 160);
            ls_page_raw(s, "</span>");
        }
        ls_page_raw(s, "</td></tr>");
    }
    ls_buf_addf(&s->body, "</tbody></table><form method=\"post\" action=\"/links/%lld/capture\">",
                (long long)l->id);
    ls_page_csrf(r, s);
    ls_page_raw(s, "<p><button type=\"submit\">\xE2\x86\xBB ");
    ls_page_t(r, s, "capture_again");
    ls_page_raw(s, "</button></p></form></div>");
}

static void edit_form(ls_req *r, ls_resp *s, const ls_link *l, char **tags, size_t ntags)
{
    ls_page_raw(s, "<div class=\"panel\"><h3>");
    ls_page_t(r, s, "edit");
    ls_buf_addf(&s->body, "</h3><form method=\"post\" action=\"/links/%lld/edit\">",
                (long long)l->id);
    ls_page_csrf(r, s);
    ls_page_raw(s, "<div class=\"field\"><label for=\"f-title\">");
    ls_page_t(r, s, "title");
    ls_page_raw(s, "</label><input type=\"text\" id=\"f-title\" name=\"title\" maxlength=\"1000\" value=\"");
    ls_page_text(s, l->title);
    ls_page_raw(s, "\" placeholder=\"");
    ls_page_text(s, l->display_title);
    ls_page_raw(s, "\"></div><div class=\"field\"><label for=\"f-tags\">");
    ls_page_t(r, s, "tags");
    ls_page_raw(s, "</label><div><input type=\"text\" id=\"f-tags\" name=\"tags\" data-tags "
                   "autocomplete=\"off\" value=\"");
    for (size_t i = 0; i < ntags; i++) {
        if (i)
            ls_page_raw(s, ", ");
        ls_page_text(s, tags[i]);
    }
    ls_page_raw(s, "\"></div><p class=\"hint\">");
    ls_page_t(r, s, "tags_hint");
    ls_page_raw(s, "</p></div><div class=\"field\"><label for=\"f-note\">");
    ls_page_t(r, s, "note");
    ls_page_raw(s, "</label><textarea id=\"f-note\" name=\"note\" maxlength=\"20000\">");
    ls_page_text(s, l->note);
    ls_page_raw(s, "</textarea></div><button class=\"primary\" type=\"submit\">");
    ls_page_t(r, s, "save");
    ls_page_raw(s, "</button></form></div>");
}

static void share_box(ls_req *r, ls_resp *s, const ls_link *l)
{
    ls_page_raw(s, "<div class=\"panel\"><h3>");
    ls_page_t(r, s, "share");
    ls_page_raw(s, "</h3>");
    if (l->share_token) {
        ls_page_raw(s, "<p class=\"small\"><a href=\"/s/");
        ls_page_text(s, l->share_token);
        ls_page_raw(s, "\"><code>/s/");
        ls_page_text(s, l->share_token);
        ls_buf_addf(&s->body, "</code></a></p><form method=\"post\" action=\"/links/%lld/unshare\">",
                    (long long)l->id);
        ls_page_csrf(r, s);
        ls_page_raw(s, "<button type=\"submit\">");
        ls_page_t(r, s, "unshare");
    } else {
        ls_page_raw(s, "<p class=\"hint\">");
        ls_page_t(r, s, "share_hint");
        ls_buf_addf(&s->body, "</p><form method=\"post\" action=\"/links/%lld/share\">",
                    (long long)l->id);
        ls_page_csrf(r, s);
        ls_page_raw(s, "<button type=\"submit\">");
        ls_page_t(r, s, "share_make");
    }
    ls_buf_addf(&s->body, "</button></form><p><a class=\"small\" href=\"/links/%lld/delete\">",
                (long long)l->id);
    ls_page_t(r, s, "delete_link");
    ls_page_raw(s, "\xE2\x80\xA6</a></p></div>");
}

/* The snapshot to show: ?snapshot=ID of this link, else the newest done,
 * else the newest. */
static const ls_snapshot *pick(ls_req *r, const ls_snapshot_list *sl)
{
    int64_t want = 0;
    const char *q = ls_kv_get(&r->query, "snapshot");
    if (q)
        ls_http_parse_id(q, strlen(q), &want);
    for (size_t i = 0; want && i < sl->n; i++)
        if (sl->items[i].id == want)
            return &sl->items[i];
    for (size_t i = 0; i < sl->n; i++)
        if (sl->items[i].status && !strcmp(sl->items[i].status, "done"))
            return &sl->items[i];
    return sl->n ? &sl->items[0] : NULL;
}

static void tabs(ls_req *r, ls_resp *s, const ls_link *l, const ls_snapshot *p, bool copy)
{
    ls_buf_addf(&s->body, "<nav class=\"tabs\"><a href=\"/links/%lld?snapshot=%lld\"%s>",
                (long long)l->id, (long long)p->id, copy ? "" : " class=\"on\"");
    ls_page_t(r, s, "tab_reader");
    ls_buf_addf(&s->body, "</a><a href=\"/links/%lld?snapshot=%lld&amp;view=copy\"%s>",
                (long long)l->id, (long long)p->id, copy ? " class=\"on\"" : "");
    ls_page_t(r, s, "tab_copy");
    ls_page_raw(s, "</a></nav>");
}

void ls_page_link(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_link l = {0};
    ls_snapshot_list sl = {0};
    ls_snapshot full = {0};
    char **tags = NULL;
    size_t ntags = 0;
    if (ls_link_get(r->db, r->user.id, ids[0], &l) != LS_OK) {
        ls_page_error(r, s, 404);
        goto out;
    }
    ls_snapshot_list_for_link(r->db, r->user.id, l.id, &sl);
    ls_tag_link_list(r->db, r->user.id, l.id, &tags, &ntags);
    const ls_snapshot *p = pick(r, &sl);
    bool ready = p && p->status && !strcmp(p->status, "done");
    if (p && ls_snapshot_get(r->db, r->user.id, p->id, &full) != LS_OK)
        ready = false;
    ls_page_begin(r, s, l.display_title ? l.display_title : l.url, "");
    if (!ready && sl.n && (!strcmp(sl.items[0].status, "queued") ||
                           !strcmp(sl.items[0].status, "running")))
        ls_page_raw(s, "<span hidden data-reload-done></span>");
    ls_page_raw(s, "<div class=\"cols\"><section>");
    ls_page_raw(s, "<div class=\"meta\">");
    ls_page_status(r, s, sl.n ? sl.items[0].status : NULL, l.id);
    ls_page_raw(s, "<span class=\"muted\">");
    ls_esc_html_clip(&s->body, l.url, 160);
    ls_page_raw(s, "</span>");
    for (size_t i = 0; i < ntags; i++) {
        ls_page_raw(s, "<a class=\"tag\" href=\"/?tag=");
        ls_esc_url(&s->body, tags[i]);
        ls_page_raw(s, "\">");
        ls_page_text(s, tags[i]);
        ls_page_raw(s, "</a>");
    }
    ls_page_raw(s, "</div>");
    if (l.note && *l.note) {
        ls_page_raw(s, "<p class=\"panel small\">");
        ls_page_text(s, l.note);
        ls_page_raw(s, "</p>");
    }
    if (ready) {
        bool copy = ls_kv_get(&r->query, "view") && !strcmp(ls_kv_get(&r->query, "view"), "copy");
        tabs(r, s, &l, &full, copy);
        if (copy)
            copy_frame(app, r, s, &full);
        else
            reader(app, r, s, &l, &full);
    } else {
        ls_page_raw(s, "<div class=\"panel empty\"><h2>");
        ls_page_text(s, l.display_title ? l.display_title : l.url);
        ls_page_raw(s, "</h2><p>");
        ls_page_t(r, s, p && p->status && !strcmp(p->status, "failed") ? "capture_failed"
                                                                       : "capture_pending");
        ls_page_raw(s, "</p>");
        if (p && p->error) {
            ls_page_raw(s, "<p class=\"small muted\">");
            ls_esc_html_clip(&s->body, p->error, 400);
            ls_page_raw(s, "</p>");
        }
        ls_page_raw(s, "</div>");
    }
    ls_page_raw(s, "</section><aside>");
    if (ready)
        downloads(app, r, s, &full);
    captures(r, s, &l, &sl, p ? p->id : 0);
    edit_form(r, s, &l, tags, ntags);
    share_box(r, s, &l);
    ls_page_raw(s, "</aside></div>");
    ls_page_end(r, s);
out:
    ls_tag_paths_free(tags);
    ls_snapshot_release(&full);
    ls_snapshot_list_release(&sl);
    ls_link_release(&l);
}

void ls_page_link_edit(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *title = ls_svc_clip(&r->arena, ls_kv_get(&r->form, "title"), LS_SVC_TITLE_MAX);
    const char *note = ls_svc_clip(&r->arena, ls_kv_get(&r->form, "note"), LS_SVC_NOTE_MAX);
    int rc = ls_link_update(r->db, r->user.id, ids[0], title ? title : "", note ? note : "");
    const char *tv = ls_kv_get(&r->form, "tags");
    if (rc == LS_OK && tv) {
        const char *tags[MAX_TAGS];
        size_t n = ls_svc_split_tags(tv, &r->arena, tags, MAX_TAGS);
        rc = ls_svc_set_tags(r->db, r->user.id, ids[0], tags, n);
    }
    if (rc == LS_ENOTFOUND) {
        ls_page_error(r, s, 404);
        return;
    }
    char path[64];
    snprintf(path, sizeof path, "/links/%lld", (long long)ids[0]);
    ls_page_redirect_msg(s, path, rc ? "err" : "msg", rc ? "bad_tag" : "saved");
}

void ls_page_link_delete_confirm(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_link l = {0};
    if (ls_link_get(r->db, r->user.id, ids[0], &l) != LS_OK) {
        ls_page_error(r, s, 404);
        return;
    }
    ls_page_begin(r, s, T(r, "delete_link"), "");
    ls_page_raw(s, "<div class=\"panel narrow\"><h1>");
    ls_page_t(r, s, "delete_link");
    ls_page_raw(s, "</h1><p>");
    ls_page_t(r, s, "delete_confirm");
    ls_page_raw(s, "</p><p><strong>");
    ls_page_text(s, l.display_title ? l.display_title : l.url);
    ls_buf_addf(&s->body, "</strong></p><form method=\"post\" action=\"/links/%lld/delete\" "
                "class=\"inline\">", (long long)l.id);
    ls_page_csrf(r, s);
    ls_page_raw(s, "<button class=\"danger\" type=\"submit\">");
    ls_page_t(r, s, "delete");
    ls_buf_addf(&s->body, "</button> <a class=\"btn\" href=\"/links/%lld\">", (long long)l.id);
    ls_page_t(r, s, "cancel");
    ls_page_raw(s, "</a></form></div>");
    ls_page_end(r, s);
    ls_link_release(&l);
}

void ls_page_link_delete(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (ls_link_delete(r->db, r->user.id, ids[0]) != LS_OK) {
        ls_page_error(r, s, 404);
        return;
    }
    ls_page_redirect_msg(s, "/", "msg", "deleted");
}

void ls_page_link_capture(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    int64_t sid = 0, jid = 0;
    if (ls_svc_capture(r->db, r->user.id, ids[0], &sid, &jid) != LS_OK) {
        ls_page_error(r, s, 404);
        return;
    }
    ls_workers_kick(app);
    char path[96];
    snprintf(path, sizeof path, "/links/%lld?snapshot=%lld", (long long)ids[0], (long long)sid);
    ls_page_redirect_msg(s, path, "msg", "capture_queued");
}

void ls_page_link_share(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    char tok[LS_LINK_SHARE_TOKEN_SZ];
    if (ls_link_share(r->db, r->user.id, ids[0], tok) != LS_OK) {
        ls_page_error(r, s, 404);
        return;
    }
    char path[64];
    snprintf(path, sizeof path, "/links/%lld", (long long)ids[0]);
    ls_page_redirect_msg(s, path, "msg", "shared");
}

void ls_page_link_unshare(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    if (ls_link_unshare(r->db, r->user.id, ids[0]) != LS_OK) {
        ls_page_error(r, s, 404);
        return;
    }
    char path[64];
    snprintf(path, sizeof path, "/links/%lld", (long long)ids[0]);
    ls_page_redirect_msg(s, path, "msg", "unshared");
}

/* GET /s/TOKEN: the public, read-only view of a shared link's newest
 * capture. Nothing of the owner's account is shown. */
void ls_page_share(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_link l = {0};
    ls_snapshot p = {0};
    if (!r->route_arg || ls_link_get_by_share(r->db, r->route_arg, &l) != LS_OK ||
        ls_snapshot_latest_done(r->db, l.user_id, l.id, &p) != LS_OK) {
        ls_page_error(r, s, 404);
        goto out;
    }
    ls_page_begin_bare(r, s, p.title ? p.title : l.url);
    reader(app, r, s, &l, &p);
    if (p.single_blob) {
        ls_page_raw(s, "<p class=\"right small\"><a href=\"/s/");
        ls_page_text(s, r->route_arg);
        ls_page_raw(s, "/single\">");
        ls_page_t(r, s, "tab_copy");
        ls_page_raw(s, " \xE2\x86\x97</a></p>");
    }
    ls_page_end(r, s);
out:
    ls_snapshot_release(&p);
    ls_link_release(&l);
}
