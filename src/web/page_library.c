/*
 * page_library.c - the library (资料库): link cards with filters by one or
 * more tags, sort, pagination, the tag tree with counts in a sidebar, and
 * an empty state for a new user.
 */
#include <string.h>

#include "store/links.h"
#include "store/tags.h"
#include "util/err.h"
#include "web/cache.h"
#include "web/cards.h"
#include "web/handlers.h"
#include "web/page.h"

#define PAGE_SIZE 20
#define MAX_FILTER 8

typedef struct lib_state {
    const char *tags[MAX_FILTER];
    size_t ntags;
    const char *sort; /* "new", "old", "title" */
    long page;
} lib_state;

/* "/?tag=..&tag=..&sort=..&page=.." with tag index `drop` left out and
 * `add` appended (either may be -1 / NULL). Escaped for an attribute. */
static void lib_href(ls_resp *s, const lib_state *st, long drop, const char *add, long page,
                     const char *sort)
{
    ls_buf u;
    ls_buf_init(&u, 8192);
    ls_buf_adds(&u, "/?");
    for (size_t i = 0; i < st->ntags; i++) {
        if ((long)i == drop || (add && !strcmp(add, st->tags[i])))
            continue;
        ls_buf_adds(&u, "tag=");
        ls_esc_url(&u, st->tags[i]);
        ls_buf_addc(&u, '&');
    }
    if (add) {
        ls_buf_adds(&u, "tag=");
        ls_esc_url(&u, add);
        ls_buf_addc(&u, '&');
    }
    if (sort && strcmp(sort, "new"))
        ls_buf_addf(&u, "sort=%s&", sort);
    if (page > 1)
        ls_buf_addf(&u, "page=%ld&", page);
    ls_buf_truncate(&u, u.len - 1);
    ls_page_text(s, u.err ? "/" : u.data);
    ls_buf_release(&u);
}

static bool tag_active(const lib_state *st, const char *path)
{
    for (size_t i = 0; i < st->ntags; i++)
        if (!strcmp(st->tags[i], path))
            return true;
    return false;
}

/* The tag tree (pre-order with depths) as nested lists. */
static void sidebar(ls_req *r, ls_resp *s, const lib_state *st)
{
    static const ls_tag_tree none;
    const ls_tag_tree *tp = ls_cache_tag_tree(r->db, r->user.id);
    const ls_tag_tree t = tp ? *tp : none;
    ls_page_raw(s, "<aside class=\"side panel\"><h3>");
    ls_page_t(r, s, "tags");
    ls_page_raw(s, "</h3>");
    if (!t.n) {
        ls_page_raw(s, "<p class=\"hint\">");
        ls_page_t(r, s, "no_tags_yet");
        ls_page_raw(s, "</p>");
    }
    ls_page_raw(s, "<ul class=\"tree\">");
    int depth = 0;
    for (size_t i = 0; i < t.n; i++) {
        const ls_tag_node *n = &t.items[i];
        for (; depth < n->depth; depth++)
            ls_page_raw(s, "<ul>");
        for (; depth > n->depth; depth--)
            ls_page_raw(s, "</ul></li>");
        ls_page_raw(s, "<li><a href=\"");
        lib_state one = {.ntags = 0, .sort = st->sort, .page = 1};
        lib_href(s, &one, -1, n->path, 1, st->sort);
        ls_page_raw(s, tag_active(st, n->path) ? "\" class=\"on\">" : "\">");
        ls_page_raw(s, "<span>");
        ls_page_text(s, n->name);
        ls_buf_addf(&s->body, "</span><span class=\"n\">%lld</span></a>",
                    (long long)n->total_count);
        bool has_child = i + 1 < t.n && t.items[i + 1].depth > n->depth;
        if (!has_child)
            ls_page_raw(s, "</li>");
    }
    for (; depth > 0; depth--)
        ls_page_raw(s, "</ul></li>");
    ls_page_raw(s, "</ul><p class=\"small\"><a href=\"/tags\">");
    ls_page_t(r, s, "manage_tags");
    ls_page_raw(s, " \xE2\x86\x92</a></p></aside>");
}

static void empty_state(ls_req *r, ls_resp *s, bool filtered)
{
    ls_page_raw(s, "<div class=\"panel empty\"><h2>");
    ls_page_t(r, s, filtered ? "empty_filtered" : "empty_title");
    ls_page_raw(s, "</h2><p>");
    ls_page_t(r, s, filtered ? "empty_filtered_hint" : "empty_hint");
    ls_page_raw(s, "</p><p><a class=\"btn primary\" href=\"/add\">+ ");
    ls_page_t(r, s, "add_first_link");
    ls_page_raw(s, "</a></p></div>");
}

static void toolbar(ls_req *r, ls_resp *s, const lib_state *st, int64_t total)
{
    ls_page_raw(s, "<div class=\"bar\"><div class=\"chips\"><h1>");
    ls_page_t(r, s, "nav_library");
    ls_page_raw(s, "</h1><span class=\"muted small\">");
    ls_i18n_n(&s->body, r->user.lang, "n_links", total);
    ls_page_raw(s, "</span>");
    for (size_t i = 0; i < st->ntags; i++) {
        ls_page_raw(s, "<a class=\"tag\" title=\"");
        ls_page_t(r, s, "remove_filter");
        ls_page_raw(s, "\" href=\"");
        lib_href(s, st, (long)i, NULL, 1, st->sort);
        ls_page_raw(s, "\">");
        ls_page_text(s, st->tags[i]);
        ls_page_raw(s, " \xC3\x97</a>");
    }
    ls_page_raw(s, "</div><form class=\"inline\" method=\"get\" action=\"/\">");
    for (size_t i = 0; i < st->ntags; i++) {
        ls_page_raw(s, "<input type=\"hidden\" name=\"tag\" value=\"");
        ls_page_text(s, st->tags[i]);
        ls_page_raw(s, "\">");
    }
    ls_page_raw(s, "<select name=\"sort\" aria-label=\"sort\">");
    static const char *const sorts[] = {"new", "old", "title"};
    for (int i = 0; i < 3; i++) {
        ls_buf_addf(&s->body, "<option value=\"%s\"%s>", sorts[i],
                    !strcmp(sorts[i], st->sort) ? " selected" : "");
        char k[24];
        snprintf(k, sizeof k, "sort_%s", sorts[i]);
        ls_page_t(r, s, k);
        ls_page_raw(s, "</option>");
    }
    ls_page_raw(s, "</select><button type=\"submit\">");
    ls_page_t(r, s, "apply");
    ls_page_raw(s, "</button></form></div>");
}

static void pager(ls_req *r, ls_resp *s, const lib_state *st, int64_t total)
{
    long pages = (long)((total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (pages <= 1)
        return;
    ls_page_raw(s, "<nav class=\"pager\">");
    if (st->page > 1) {
        ls_page_raw(s, "<a class=\"btn\" rel=\"prev\" href=\"");
        lib_href(s, st, -1, NULL, st->page - 1, st->sort);
        ls_page_raw(s, "\">\xE2\x86\x90 ");
        ls_page_t(r, s, "prev_page");
        ls_page_raw(s, "</a>");
    }
    ls_buf_addf(&s->body, "<span class=\"muted\">%ld / %ld</span>", st->page, pages);
    if (st->page < pages) {
        ls_page_raw(s, "<a class=\"btn\" rel=\"next\" href=\"");
        lib_href(s, st, -1, NULL, st->page + 1, st->sort);
        ls_page_raw(s, "\">");
        ls_page_t(r, s, "next_page");
        ls_page_raw(s, " \xE2\x86\x92</a>");
    }
    ls_page_raw(s, "</nav>");
}

void ls_page_library(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    lib_state st = {0};
    for (size_t i = 0; i < r->query.n && st.ntags < MAX_FILTER; i++)
        if (!strcmp(r->query.v[i].key, "tag") && *r->query.v[i].val &&
            !tag_active(&st, r->query.v[i].val))
            st.tags[st.ntags++] = r->query.v[i].val;
    const char *sort = ls_kv_get(&r->query, "sort");
    st.sort = sort && !strcmp(sort, "old") ? "old" : sort && !strcmp(sort, "title") ? "title" : "new";
    st.page = ls_http_clamp_long(ls_kv_get(&r->query, "page"), 1, 1, 100000);

    ls_link_filter f = {0};
    f.user_id = r->user.id;
    f.tags = st.tags;
    f.ntags = st.ntags;
    f.sort = !strcmp(st.sort, "old") ? LS_LINK_SORT_CREATED_ASC
             : !strcmp(st.sort, "title") ? LS_LINK_SORT_TITLE
                                         : LS_LINK_SORT_CREATED_DESC;
    f.limit = PAGE_SIZE;
    f.offset = (st.page - 1) * PAGE_SIZE;
    ls_link_list list = {0};
    int rc = ls_link_list_query(r->db, &f, &list);
    ls_page_begin(r, s, T(r, "nav_library"), "library");
    ls_page_raw(s, "<div class=\"cols\"><section>");
    toolbar(r, s, &st, rc == LS_OK ? list.total : 0);
    if (rc != LS_OK || list.n == 0) {
        empty_state(r, s, st.ntags > 0 || st.page > 1);
    } else {
        ls_card *cards = ls_arena_alloc(&r->arena, list.n * sizeof *cards);
        if (cards) {
            ls_cards_load(r->db, r, list.items, list.n, cards);
            ls_page_raw(s, "<div class=\"cards\">");
            ls_buf pre;
            ls_buf_init(&pre, 8192);
            ls_buf_adds(&pre, "/?");
            for (size_t i = 0; i < st.ntags; i++) {
                ls_buf_adds(&pre, "tag=");
                ls_esc_url(&pre, st.tags[i]);
                ls_buf_addc(&pre, '&');
            }
            ls_buf_adds(&pre, "tag=");
            for (size_t i = 0; i < list.n; i++)
                ls_card_write(r, s, &list.items[i], &cards[i], pre.err ? "/?tag=" : pre.data);
            ls_buf_release(&pre);
            ls_page_raw(s, "</div>");
        }
        pager(r, s, &st, list.total);
    }
    ls_page_raw(s, "</section>");
    sidebar(r, s, &st);
    ls_page_raw(s, "</div>");
    ls_page_end(r, s);
    ls_link_list_release(&list);
}
