/*
 * cards.c - link cards for the library, search and share pages.
 */
#include "web/cards.h"

#include <string.h>

#include "store/tags.h"
#include "util/err.h"
#include "util/str.h"
#include "web/page.h"

const char *ls_card_host(ls_req *r, const char *url)
{
    if (!url)
        return "";
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t n = strcspn(p, "/?#");
    const char *at = memchr(p, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    return ls_arena_strndup(&r->arena, p, n);
}

static const char *col(sqlite3_stmt *st, int i, ls_req *r)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? ls_arena_strdup(&r->arena, (const char *)t) : NULL;
}

void ls_cards_load(ls_db *db, ls_req *r, const ls_link *links, size_t n, ls_card *cards)
{
    sqlite3_stmt *st = NULL;
    sqlite3_prepare_v2(ls_db_sqlite(db),
                       "SELECT site_name, excerpt, finished FROM snapshots WHERE link_id = ? "
                       "AND status = 'done' ORDER BY created DESC, id DESC LIMIT 1",
                       -1, &st, NULL);
    for (size_t i = 0; i < n; i++) {
        ls_card *c = &cards[i];
        memset(c, 0, sizeof *c);
        if (st) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, links[i].id);
            if (sqlite3_step(st) == SQLITE_ROW) {
                c->site = col(st, 0, r);
                c->excerpt = col(st, 1, r);
                c->captured = sqlite3_column_int64(st, 2);
            }
        }
        if (!c->site || !*c->site)
            c->site = ls_card_host(r, links[i].url);
        char **paths = NULL;
        size_t np = 0;
        if (ls_tag_link_list(db, r->user.id ? r->user.id : links[i].user_id, links[i].id, &paths,
                             &np) == LS_OK && np) {
            const char **t = ls_arena_alloc(&r->arena, np * sizeof *t);
            for (size_t k = 0; t && k < np; k++)
                t[k] = ls_arena_strdup(&r->arena, paths[k]);
            c->tags = t;
            c->ntags = t ? np : 0;
        }
        ls_tag_paths_free(paths);
    }
    sqlite3_finalize(st);
}

/* A coloured initial stands in for the favicon: fetching the live icon
 * would be a side request to a server the user did not ask us to visit. */
static void site_badge(ls_resp *s, const char *site)
{
    uint32_t cp = '?';
    if (site && *site)
        ls_utf8_next(site, strlen(site), &cp);
    if (cp >= 'a' && cp <= 'z')
        cp -= 32;
    unsigned hue = 0;
    for (const char *p = site ? site : ""; *p; p++)
        hue = hue * 31 + (unsigned char)*p;
    ls_buf_addf(&s->body, "<span class=\"fav h%u\" aria-hidden=\"true\">", hue % 8);
    ls_buf_add_utf8(&s->body, cp);
    ls_page_raw(s, "</span>");
}

void ls_card_write(ls_req *r, ls_resp *s, const ls_link *l, const ls_card *c,
                   const char *tag_href_prefix)
{
    ls_buf *b = &s->body;
    ls_buf_addf(b, "<article class=\"card\" data-link=\"%lld\"><div class=\"site\">",
                (long long)l->id);
    site_badge(s, c->site);
    ls_page_text(s, c->site);
    ls_buf_addf(b, "</div><h2><a href=\"/links/%lld\">", (long long)l->id);
    ls_esc_html_clip(b, l->display_title ? l->display_title : l->url, 300);
    ls_page_raw(s, "</a></h2>");
    if (c->excerpt && *c->excerpt) {
        ls_page_raw(s, "<p class=\"excerpt\">");
        ls_esc_html_clip(b, c->excerpt, 600);
        ls_page_raw(s, "</p>");
    }
    ls_page_raw(s, "<div class=\"meta\">");
    ls_page_status(r, s, l->last_status, l->id);
    if (c->captured) {
        ls_page_raw(s, "<span>");
        ls_page_t(r, s, "captured_at");
        ls_page_raw(s, " ");
        ls_page_time(r, s, c->captured);
        ls_page_raw(s, "</span>");
    } else {
        ls_page_raw(s, "<span>");
        ls_page_t(r, s, "added_at");
        ls_page_raw(s, " ");
        ls_page_time(r, s, l->created);
        ls_page_raw(s, "</span>");
    }
    for (size_t i = 0; i < c->ntags; i++) {
        ls_page_raw(s, "<a class=\"tag\" href=\"");
        ls_page_text(s, tag_href_prefix);
        ls_esc_url(b, c->tags[i]);
        ls_page_raw(s, "\">");
        ls_page_text(s, c->tags[i]);
        ls_page_raw(s, "</a>");
    }
    ls_page_raw(s, "</div></article>");
}
