/*
 * search.c - running a search and shaping its results (contract in
 * search.h). Owned by the search layer.
 *
 * One statement finds the page of hits with the total (count(*) OVER ()),
 * ordered by bm25 or time; highlight() and snippet() then run only for the
 * hits on the page, one rowid lookup each, because both re-tokenize the
 * text and would cost a tokenization per match if computed before the
 * LIMIT.
 */
#include "store/search.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/search_query.h"
#include "store/tags.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

/* ?1 match or exclude, ?2 user, ?3 limit, ?4 offset; filters from ?10. */
#define PARAM_BASE 10

#define RANK "bm25(search_fts, 10.0, 1.0, 2.0, 2.0, 2.0, 4.0)"

static void set_err(char *err, size_t errsz, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errsz, const char *fmt, ...)
{
    if (err && errsz) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errsz, fmt, ap);
        va_end(ap);
    }
}

/* The status and latest-capture conditions on s. */
static void add_status_sql(ls_buf *b, const ls_search_query *q, bool all)
{
    if (!q->failed) {
        ls_buf_adds(b, " AND s.status = 'done'");
        if (!all)
            ls_buf_adds(b, " AND s.id = (SELECT max(s2.id) FROM snapshots s2"
                           " WHERE s2.link_id = s.link_id AND s2.status = 'done')");
    } else {
        ls_buf_adds(b, " AND s.status = 'failed'");
        if (!all)
            ls_buf_adds(b, " AND s.id = (SELECT max(s2.id) FROM snapshots s2"
                           " WHERE s2.link_id = s.link_id AND s2.status IN ('done', 'failed'))");
    }
}

static char *build_sql(const ls_search_query *q, const ls_search_opts *o)
{
    ls_buf b;
    ls_buf_init(&b, 64 * 1024);
    /* bm25() only works next to its MATCH, not under the window function:
     * the materialised CTE scores the matches first. */
    if (q->match)
        ls_buf_addf(&b, "WITH m AS MATERIALIZED (SELECT rowid AS sid, %s AS score"
                        " FROM search_fts WHERE search_fts MATCH ?1) ",
                    o->newest_first ? "0" : RANK);
    ls_buf_adds(&b, "SELECT s.id, s.link_id, COALESCE(NULLIF(l.title, ''), s.title, ''),"
                    " l.url, ls_search_host(l.url), s.status, s.created, count(*) OVER (),"
                    " COALESCE(CASE WHEN s.status = 'done' THEN COALESCE(s.excerpt,"
                    " substr(s.text, 1, 160)) ELSE s.error END, '')");
    if (q->match)
        ls_buf_adds(&b, " FROM m JOIN snapshots s ON s.id = m.sid"
                        " JOIN links l ON l.id = s.link_id WHERE l.user_id = ?2");
    else
        ls_buf_adds(&b, " FROM snapshots s JOIN links l ON l.id = s.link_id"
                        " WHERE l.user_id = ?2");
    if (!q->match && q->exclude)
        ls_buf_adds(&b, " AND s.id NOT IN (SELECT rowid FROM search_fts"
                        " WHERE search_fts MATCH ?1)");
    add_status_sql(&b, q, o->all_captures);
    ls_buf_adds(&b, q->where);
    if (q->match && !o->newest_first)
        ls_buf_adds(&b, " ORDER BY m.score, s.id DESC");
    else
        ls_buf_adds(&b, " ORDER BY s.created DESC, s.id DESC");
    ls_buf_adds(&b, " LIMIT ?3 OFFSET ?4");
    return b.err ? (ls_buf_release(&b), NULL) : ls_buf_detach(&b, NULL);
}

/* Binds the filters' parameters; tag paths are normalised like the store
 * stores them. */
static int bind_params(sqlite3_stmt *st, const ls_search_query *q, char *err, size_t errsz)
{
    for (size_t i = 0; i < q->nparams; i++) {
        const ls_search_param *p = &q->params[i];
        int idx = PARAM_BASE + (int)i;
        if (p->kind == LS_SEARCH_PARAM_INT) {
            sqlite3_bind_int64(st, idx, p->num);
            continue;
        }
        if (p->kind == LS_SEARCH_PARAM_TEXT) {
            sqlite3_bind_text(st, idx, p->text, -1, SQLITE_TRANSIENT);
            continue;
        }
        char *norm = NULL, why[160] = "";
        int rc = ls_tag_normalize(p->text, &norm, why, sizeof why);
        if (rc == LS_EINVAL)
            set_err(err, errsz, "tag:%s is not a valid tag: %s", p->text, why);
        if (rc != LS_OK)
            return rc;
        sqlite3_bind_text(st, idx, norm, -1, SQLITE_TRANSIENT);
        free(norm);
    }
    return LS_OK;
}

static char *col_dup(sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return ls_strdup(s ? s : "");
}

/* Fills title_hl and snippet of h for the MATCH expression. */
static int add_highlights(sqlite3 *sq, const char *match, ls_search_hit *h)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(sq, "SELECT highlight(search_fts, 0, char(1), char(2)),"
                                    " snippet(search_fts, 1, char(1), char(2), '…', 40)"
                                    " FROM search_fts WHERE search_fts MATCH ?1 AND rowid = ?2",
                                -1, &st, NULL);
    if (rc != SQLITE_OK)
        return LS_EDB;
    sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, h->snapshot_id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        free(h->title_hl);
        free(h->snippet);
        h->title_hl = col_dup(st, 0);
        h->snippet = col_dup(st, 1);
        rc = h->title_hl && h->snippet ? LS_OK : LS_ENOMEM;
    } else {
        rc = rc == SQLITE_DONE ? LS_OK : LS_EDB;
    }
    sqlite3_finalize(st);
    return rc;
}

static int read_hit(sqlite3_stmt *st, ls_search_hit *h, int64_t *total)
{
    h->snapshot_id = sqlite3_column_int64(st, 0);
    h->link_id = sqlite3_column_int64(st, 1);
    h->title = col_dup(st, 2);
    h->url = col_dup(st, 3);
    h->site = col_dup(st, 4);
    h->status = col_dup(st, 5);
    h->created = sqlite3_column_int64(st, 6);
    *total = sqlite3_column_int64(st, 7);
    h->title_hl = col_dup(st, 2);
    h->snippet = col_dup(st, 8);
    if (!h->title || !h->url || !h->site || !h->status || !h->title_hl || !h->snippet)
        return LS_ENOMEM;
    return LS_OK;
}

static void clamp_opts(const ls_search_opts *in, ls_search_opts *o)
{
    ls_search_opts d = {0};
    *o = in ? *in : d;
    if (o->per_page <= 0)
        o->per_page = LS_SEARCH_PER_PAGE_DEFAULT;
    if (o->per_page > LS_SEARCH_PER_PAGE_MAX)
        o->per_page = LS_SEARCH_PER_PAGE_MAX;
    if (o->page < 1)
        o->page = 1;
    if (o->page > LS_SEARCH_PAGE_MAX)
        o->page = LS_SEARCH_PAGE_MAX;
}

/* Runs the page statement into out; total stays 0 when the page is empty. */
static int fetch_page(ls_db *db, const ls_search_query *q, const ls_search_opts *o,
                      int64_t user_id, ls_search_results *out, char *err, size_t errsz)
{
    sqlite3 *sq = ls_db_sqlite(db);
    sqlite3_stmt *st = NULL;
    char *sql = build_sql(q, o);
    int rc = sql ? LS_OK : LS_ENOMEM;
    if (rc == LS_OK && sqlite3_prepare_v2(sq, sql, -1, &st, NULL) != SQLITE_OK)
        rc = LS_EDB;
    free(sql);
    if (rc == LS_OK) {
        sqlite3_bind_text(st, 1, q->match ? q->match : q->exclude, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, user_id);
        sqlite3_bind_int(st, 3, o->per_page);
        sqlite3_bind_int64(st, 4, (int64_t)(o->page - 1) * o->per_page);
        rc = bind_params(st, q, err, errsz);
    }
    out->hits = calloc((size_t)o->per_page, sizeof *out->hits);
    if (rc == LS_OK && !out->hits)
        rc = LS_ENOMEM;
    int src = SQLITE_DONE;
    while (rc == LS_OK && (src = sqlite3_step(st)) == SQLITE_ROW)
        rc = read_hit(st, &out->hits[out->n++], &out->total);
    if (rc == LS_OK && src != SQLITE_DONE)
        rc = LS_EDB;
    if (rc == LS_EDB)
        set_err(err, errsz, "search failed: %s", sqlite3_errmsg(sq));
    sqlite3_finalize(st);
    for (size_t i = 0; rc == LS_OK && q->match && i < out->n; i++)
        rc = add_highlights(sq, q->match, &out->hits[i]);
    return rc;
}

int ls_search_run(ls_db *db, int64_t user_id, const char *query, const ls_search_opts *opts,
                  ls_search_results *out, char *err, size_t errsz)
{
    ls_search_opts o;
    ls_search_query q;
    memset(out, 0, sizeof *out);
    clamp_opts(opts, &o);
    out->page = o.page;
    out->per_page = o.per_page;
    int rc = ls_search_query_parse(query, PARAM_BASE, &q, err, errsz);
    if (rc == LS_OK)
        rc = fetch_page(db, &q, &o, user_id, out, err, errsz);
    if (rc == LS_OK && out->n == 0 && o.page > 1) {
        /* past the last page: the total still comes from page one */
        ls_search_results first = {0};
        ls_search_opts o1 = o;
        o1.page = 1;
        o1.per_page = 1;
        rc = fetch_page(db, &q, &o1, user_id, &first, err, errsz);
        out->total = first.total;
        ls_search_results_release(&first);
    }
    ls_search_query_release(&q);
    if (rc != LS_OK) {
        int page = out->page, per = out->per_page;
        ls_search_results_release(out);
        out->page = page;
        out->per_page = per;
        if (rc == LS_ENOMEM)
            set_err(err, errsz, "out of memory");
    }
    return rc;
}

void ls_search_results_release(ls_search_results *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        ls_search_hit *h = &r->hits[i];
        free(h->title);
        free(h->url);
        free(h->site);
        free(h->status);
        free(h->title_hl);
        free(h->snippet);
    }
    free(r->hits);
    memset(r, 0, sizeof *r);
}

/* ---- markers ---- */

static char *marks_convert(const char *s, const char *open, const char *close, bool html)
{
    ls_buf b;
    ls_buf_init(&b, 64 * 1024 * 1024);
    bool in = false;
    for (const char *p = s ? s : ""; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == 1 || c == 2) {
            if ((c == 1) != in) {
                ls_buf_adds(&b, c == 1 ? open : close);
                in = !in;
            }
        } else if (html && c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            continue;
        } else if (html && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
            ls_buf_adds(&b, c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;"
                           : c == '"' ? "&quot;" : "&#39;");
        } else {
            ls_buf_addc(&b, (char)c);
        }
    }
    if (in)
        ls_buf_adds(&b, close);
    if (b.err) {
        ls_buf_release(&b);
        return NULL;
    }
    return ls_buf_detach(&b, NULL);
}

char *ls_search_marks_to_html(const char *s)
{
    return marks_convert(s, "<mark>", "</mark>", true);
}

char *ls_search_marks_replace(const char *s, const char *open, const char *close)
{
    return marks_convert(s, open ? open : "", close ? close : "", false);
}
