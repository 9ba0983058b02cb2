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

/* The tags of every link on the page in one statement (a page has at most
 * a few dozen links; tags are the user's, the links were listed for them). */
typedef struct {
    ls_req *r;
    ls_card *cards;
} tag_ctx;

static void add_card_tag(void *ctx, size_t i, const char *path)
{
    tag_ctx *t = ctx;
    ls_card *c = &t->cards[i];
    if (c->ntags >= 32)
        return;
    if (!c->tags)
        c->tags = ls_arena_alloc(&t->r->arena, 32 * sizeof *c->tags);
    if (c->tags)
        ((const char **)c->tags)[c->ntags++] = ls_arena_strdup(&t->r->arena, path);
}

static void load_tags(ls_db *db, ls_req *r, int64_t user_id, const ls_link *links, size_t n,
                      ls_card *cards)
{
    int64_t *ids = ls_arena_alloc(&r->arena, n * sizeof *ids);
    if (!ids)
        return;
    for (size_t i = 0; i < n; i++)
        ids[i] = links[i].id;
    tag_ctx t = {r, cards};
    ls_tag_paths_of_links(db, user_id, ids, n, add_card_tag, &t);
}

void ls_cards_load(ls_db *db, ls_req *r, const ls_link *links, size_t n, ls_card *cards)
{
    for (size_t i = 0; i < n; i++) {
        ls_card *c = &cards[i];
        memset(c, 0, sizeof *c);
        c->site = links[i].site_name;
        c->excerpt = links[i].excerpt;
        c->captured = links[i].captured;
        if (!c->site || !*c->site)
            c->site = ls_card_host(r, links[i].url);
    }
    if (n)
        load_tags(db, r, r->user.id ? r->user.id : links[0].user_id, links, n, cards);
}

/* A coloured initial under the favicon of the stored capture (never the
 * live icon: that would be a request to a server the user did not ask us
 * to visit). */
static void site_badge(ls_resp *s, const char *site, int64_t link_id, bool captured)
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
    /* The stored icon (or a transparent pixel) over the letter. */
    if (captured)
        ls_buf_addf(&s->body, "<img src=\"/links/%lld/favicon\" alt=\"\" loading=\"lazy\">",
                    (long long)link_id);
    ls_page_raw(s, "</span>");
}

void ls_card_write(ls_req *r, ls_resp *s, const ls_link *l, const ls_card *c,
                   const char *tag_href_prefix)
{
    ls_buf *b = &s->body;
    ls_buf_addf(b, "<article class=\"card\" data-link=\"%lld\"><div class=\"site\">",
                (long long)l->id);
    site_badge(s, c->site, l->id, c->captured > 0);
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
