/*
 * search.c - the search results page and GET /api/search, over
 * store/search.h (Chinese-aware FTS5). The query text goes to the store's
 * query builder, never to MATCH directly; highlights come back as markers
 * that ls_search_marks_to_html() escapes before adding <mark>.
 */
#include <stdlib.h>
#include <string.h>

#include "store/search.h"
#include "util/err.h"
#include "util/timeutil.h"
#include "web/cards.h"
#include "web/handlers.h"
#include "web/page.h"

static void opts_from(ls_req *r, ls_search_opts *o)
{
    memset(o, 0, sizeof *o);
    o->page = (int)ls_http_clamp_long(ls_kv_get(&r->query, "page"), 1, 1, LS_SEARCH_PAGE_MAX);
    o->per_page = (int)ls_http_clamp_long(ls_kv_get(&r->query, "per_page"),
                                          LS_SEARCH_PER_PAGE_DEFAULT, 1, LS_SEARCH_PER_PAGE_MAX);
    const char *sort = ls_kv_get(&r->query, "sort");
    o->newest_first = sort && !strcmp(sort, "new");
}

void ls_api_search(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *q = ls_kv_get(&r->query, "q");
    if (!q || !*q) {
        ls_json_error(s, 400, "invalid", "q is required");
        return;
    }
    ls_search_opts o;
    opts_from(r, &o);
    ls_search_results res = {0};
    char err[256] = "";
    int rc = ls_search_run(r->db, r->user.id, q, &o, &res, err, sizeof err);
    if (rc != LS_OK) {
        ls_json_error(s, rc == LS_EINVAL ? 400 : 500, rc == LS_EINVAL ? "bad_query" : "internal",
                      err[0] ? err : ls_strerror(rc));
        return;
    }
    json_t *hits = json_array();
    for (size_t i = 0; i < res.n; i++) {
        const ls_search_hit *h = &res.hits[i];
        char when[32] = "";
        ls_iso8601_utc(h->created, when, sizeof when);
        char *thl = ls_search_marks_replace(h->title_hl, "<mark>", "</mark>");
        char *snip = ls_search_marks_replace(h->snippet, "<mark>", "</mark>");
        json_array_append_new(
            hits, json_pack("{s:I,s:I,s:s,s:s,s:s,s:s,s:s,s:s?,s:s?}", "link_id",
                            (json_int_t)h->link_id, "snapshot_id", (json_int_t)h->snapshot_id,
                            "title", h->title ? h->title : "", "url", h->url ? h->url : "",
                            "site", h->site ? h->site : "", "status",
                            h->status ? h->status : "", "created", when, "title_marked", thl,
                            "snippet_marked", snip));
        free(thl);
        free(snip);
    }
    json_t *out = json_pack("{s:s,s:I,s:i,s:i,s:o}", "q", q, "total", (json_int_t)res.total,
                            "page", res.page, "per_page", res.per_page, "hits", hits);
    ls_search_results_release(&res);
    ls_json_send(s, 200, out);
}

static void marked(ls_resp *s, const char *m)
{
    char *h = ls_search_marks_to_html(m ? m : "");
    ls_page_raw(s, h ? h : "");
    free(h);
}

static void hit_card(ls_req *r, ls_resp *s, const ls_search_hit *h)
{
    ls_buf_addf(&s->body, "<article class=\"card\"><div class=\"site\">");
    ls_page_text(s, h->site);
    ls_buf_addf(&s->body, "</div><h2><a href=\"/links/%lld\">", (long long)h->link_id);
    if (h->title_hl && *h->title_hl)
        marked(s, h->title_hl);
    else
        ls_page_text(s, h->url);
    ls_page_raw(s, "</a></h2>");
    if (h->snippet && *h->snippet) {
        ls_page_raw(s, "<p class=\"excerpt\">");
        marked(s, h->snippet);
        ls_page_raw(s, "</p>");
    }
    ls_page_raw(s, "<div class=\"meta\">");
    ls_page_status(r, s, h->status, 0);
    ls_page_raw(s, "<span>");
    ls_page_time(r, s, h->created);
    ls_page_raw(s, "</span><span class=\"muted\">");
    ls_esc_html_clip(&s->body, h->url, 120);
    ls_page_raw(s, "</span></div></article>");
}

void ls_page_search(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *q = ls_kv_get(&r->query, "q");
    ls_page_begin(r, s, T(r, "search"), "search");
    ls_page_raw(s, "<section>");
    if (!q || !*q) {
        ls_page_raw(s, "<div class=\"panel empty\"><p>");
        ls_page_t(r, s, "search_hint");
        ls_page_raw(s, "</p></div></section>");
        ls_page_end(r, s);
        return;
    }
    ls_search_opts o;
    opts_from(r, &o);
    ls_search_results res = {0};
    char err[256] = "";
    int rc = ls_search_run(r->db, r->user.id, q, &o, &res, err, sizeof err);
    ls_page_raw(s, "<div class=\"bar\"><h1>");
    ls_page_t(r, s, "search_results");
    ls_page_raw(s, "</h1><span class=\"muted small\">");
    if (rc == LS_OK)
        ls_i18n_n(&s->body, r->user.lang, "n_results", res.total);
    ls_page_raw(s, "</span></div>");
    if (rc != LS_OK) {
        ls_page_raw(s, "<div class=\"flash err\">");
        ls_page_t(r, s, rc == LS_EINVAL ? "search_bad_query" : "search_unavailable");
        ls_page_raw(s, "</div>");
    } else if (res.n == 0) {
        ls_page_raw(s, "<div class=\"panel empty\"><p>");
        ls_page_t(r, s, "search_none");
        ls_page_raw(s, "</p></div>");
    } else {
        ls_page_raw(s, "<div class=\"cards\">");
        for (size_t i = 0; i < res.n; i++)
            hit_card(r, s, &res.hits[i]);
        ls_page_raw(s, "</div>");
        long pages = (long)((res.total + res.per_page - 1) / res.per_page);
        if (pages > 1) {
            ls_page_raw(s, "<nav class=\"pager\">");
            if (res.page > 1) {
                ls_page_raw(s, "<a class=\"btn\" href=\"/search?q=");
                ls_esc_url(&s->body, q);
                ls_buf_addf(&s->body, "&amp;page=%d\">\xE2\x86\x90 ", res.page - 1);
                ls_page_t(r, s, "prev_page");
                ls_page_raw(s, "</a>");
            }
            ls_buf_addf(&s->body, "<span class=\"muted\">%d / %ld</span>", res.page, pages);
            if (res.page < pages) {
                ls_page_raw(s, "<a class=\"btn\" href=\"/search?q=");
                ls_esc_url(&s->body, q);
                ls_buf_addf(&s->body, "&amp;page=%d\">", res.page + 1);
                ls_page_t(r, s, "next_page");
                ls_page_raw(s, " \xE2\x86\x92</a>");
            }
            ls_page_raw(s, "</nav>");
        }
    }
    ls_search_results_release(&res);
    ls_page_raw(s, "</section>");
    ls_page_end(r, s);
}
