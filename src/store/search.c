/*
 * search.c - running a search and shaping its results (contract in
 * search.h). Owned by the search layer.
 *
 * Everything a query asks is one FTS5 MATCH (search.h: the user's terms
 * AND index tokens for user, status, latest, tags, languages); the total is FTS5's count of it and the page one ranked
 * statement, so no hit is joined to the store unless a date bound needs
 * s.created. highlight() and snippet() then run for the page's hits only,
 * one rowid lookup each: both re-tokenize the text.
 */
#include "store/search.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/fts_tokenizer.h"
#include "store/search_query.h"
#include "store/tags.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

/* ls_rank (search_rank.c) skips the n_meta index phrases at the end. */
#define RANK "ls_rank(search_fts, ?6)"

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

/* The tag id of path for user, or 0 when there is none. */
static int tag_id(sqlite3 *sq, int64_t user_id, const char *path, int64_t *id)
{
    sqlite3_stmt *st = NULL;
    *id = 0;
    if (sqlite3_prepare_v2(sq, "SELECT id FROM tags WHERE user_id = ?1 AND path = ?2", -1, &st,
                           NULL) != SQLITE_OK)
        return LS_EDB;
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return src == SQLITE_ROW || src == SQLITE_DONE ? LS_OK : LS_EDB;
}

/* Adds the index token of a tag: filter. LS_ENOTFOUND when a required tag
 * does not exist (nothing can match). */
static int add_tag_token(sqlite3 *sq, int64_t user_id, const ls_search_filter *f, ls_buf *m,
                         int *n_meta, char *err, size_t errsz)
{
    char *norm = NULL, why[160] = "";
    int64_t id = 0;
    int rc = ls_tag_normalize(f->value, &norm, why, sizeof why);
    if (rc == LS_EINVAL)
        set_err(err, errsz, "tag:%s is not a valid tag: %s", f->value, why);
    if (rc == LS_OK)
        rc = tag_id(sq, user_id, norm, &id);
    free(norm);
    if (rc == LS_OK && id) {
        ls_buf_addf(m, " %s \"" LS_FTS_META "g%lld\"", f->neg ? "NOT" : "AND", (long long)id);
        (*n_meta)++;
    } else if (rc == LS_OK && !f->neg) {
        rc = LS_ENOTFOUND;
    }
    return rc;
}

/* True when a link of another user exists: only then must the MATCH name
 * the user's token (in every row of theirs, so it costs an intersection
 * with every hit). Read in the same transaction as the search itself. */
static int others_exist(sqlite3 *sq, int64_t user_id, bool *yes)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(sq, "SELECT EXISTS (SELECT 1 FROM links WHERE user_id < ?1)"
                               " OR EXISTS (SELECT 1 FROM links WHERE user_id > ?1)",
                           -1, &st, NULL) != SQLITE_OK)
        return LS_EDB;
    sqlite3_bind_int64(st, 1, user_id);
    int src = sqlite3_step(st);
    *yes = src != SQLITE_ROW || sqlite3_column_int(st, 0) != 0;
    sqlite3_finalize(st);
    return src == SQLITE_ROW ? LS_OK : LS_EDB;
}

#define META(t) "\"" LS_FTS_META t "\""

/*
 * The whole MATCH: the user's terms, then the index tokens (fts_tokenizer.h,
 * search_index.c) that scope it to the user, the status, the latest capture,
 * tags and languages, as posting-list operations inside FTS5. No typed text
 * can produce an index token, so the user's terms need no column filter.
 * Positive scope first, then every NOT. *n_meta gets the number of index
 * phrases (all after the user's).
 */
static int build_match(sqlite3 *sq, int64_t user_id, const ls_search_query *q, bool all,
                       ls_buf *m, int *n_meta, char *err, size_t errsz)
{
    bool others = true;
    int rc = others_exist(sq, user_id, &others);
    if (rc != LS_OK)
        return rc;
    if (q->match)
        ls_buf_addf(m, "(%s)", q->match);
    const char *and = q->match ? " AND " : "";
    if (q->failed && !all) {
        ls_buf_addf(m, "%s" META("x%lld"), and, (long long)user_id);
        *n_meta += 1;
    } else if (others || !q->match || q->failed) {
        ls_buf_addf(m, "%s" META("u%lld"), and, (long long)user_id);
        *n_meta += 1;
    }
    if (q->failed && all) {
        ls_buf_adds(m, " AND " META("f"));
        *n_meta += 1;
    }
    for (size_t i = 0; i < q->nfilters; i++) {
        const ls_search_filter *f = &q->filters[i];
        if (f->kind == LS_SEARCH_FILTER_TAG) {
            if ((rc = add_tag_token(sq, user_id, f, m, n_meta, err, errsz)) != LS_OK)
                return rc;
            continue;
        }
        ls_buf_addf(m, " %s \"" LS_FTS_META "l", f->neg ? "NOT" : "AND");
        for (const char *c = f->value; *c; c++)
            if (*c != '-')
                ls_buf_addc(m, *c);
        ls_buf_addc(m, '"');
        (*n_meta)++;
    }
    if (!q->failed) {
        ls_buf_adds(m, all ? " NOT " META("f") : " NOT " META("f") " NOT " META("o"));
        *n_meta += all ? 1 : 2;
    }
    if (!q->match && q->exclude)
        ls_buf_addf(m, " NOT (%s)", q->exclude);
    return m->err;
}

/* The page statement; ?1 MATCH, ?2 limit, ?3 offset, ?4/?5 date bounds. */
static char *page_sql(const ls_search_query *q, const ls_search_opts *o, bool capped)
{
    ls_buf b;
    ls_buf_init(&b, 4096);
    bool dates = q->after || q->before;
    const char *score = o->newest_first || !q->match ? "0" : RANK;
    if (!dates && (o->newest_first || !q->match)) {
        ls_buf_adds(&b, "SELECT rowid, 0 FROM search_fts WHERE search_fts MATCH ?1"
                        " ORDER BY rowid DESC LIMIT ?2 OFFSET ?3");
    } else if (!dates) {
        /* Past LS_SEARCH_RANK_CAP hits only the newest are scored: ranking
         * reads every hit's sizes, the one cost that grows with the hits. */
        ls_buf_addf(&b, "WITH m AS MATERIALIZED (SELECT rowid AS sid, %s AS score"
                        " FROM search_fts WHERE search_fts MATCH ?1%s)"
                        " SELECT sid, 0 FROM m ORDER BY score, sid DESC LIMIT ?2 OFFSET ?3",
                    score, capped ? " ORDER BY rowid DESC LIMIT " LS_SEARCH_RANK_CAP_S : "");
    } else {
        /* ls_rank() cannot run under the window function: score first. */
        ls_buf_addf(&b, "WITH m AS MATERIALIZED (SELECT rowid AS sid, %s AS score"
                        " FROM search_fts WHERE search_fts MATCH ?1)"
                        " SELECT m.sid, count(*) OVER () FROM m JOIN snapshots s"
                        " ON s.id = m.sid WHERE (?4 = 0 OR s.created >= ?4)"
                        " AND (?5 = 0 OR s.created < ?5) ORDER BY %s LIMIT ?2 OFFSET ?3",
                    score, o->newest_first || !q->match ? "m.sid DESC" : "m.score, m.sid DESC");
    }
    return b.err ? (ls_buf_release(&b), NULL) : ls_buf_detach(&b, NULL);
}

static int64_t count_matches(sqlite3 *sq, const char *match)
{
    sqlite3_stmt *st = NULL;
    int64_t n = -1;
    if (sqlite3_prepare_v2(sq, "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1", -1,
                           &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static char *col_dup(sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return ls_strdup(s ? s : "");
}

/* Fills title_hl and snippet of h for the user's terms (st: the
 * highlight statement with ?1 bound). */
static int add_highlights(sqlite3_stmt *st, ls_search_hit *h)
{
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 2, h->snapshot_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        free(h->title_hl);
        free(h->snippet);
        h->title_hl = col_dup(st, 0);
        h->snippet = col_dup(st, 1);
        return h->title_hl && h->snippet ? LS_OK : LS_ENOMEM;
    }
    return rc == SQLITE_DONE ? LS_OK : LS_EDB;
}

/* Reads the display columns of hit h (snapshot_id set; st: the load
 * statement). */
static int load_hit(sqlite3_stmt *st, ls_search_hit *h)
{
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, h->snapshot_id);
    if (sqlite3_step(st) != SQLITE_ROW)
        return LS_EDB;
    h->link_id = sqlite3_column_int64(st, 0);
    h->title = col_dup(st, 1);
    h->url = col_dup(st, 2);
    h->site = col_dup(st, 3);
    h->status = col_dup(st, 4);
    h->created = sqlite3_column_int64(st, 5);
    h->title_hl = col_dup(st, 1);
    h->snippet = col_dup(st, 6);
    if (!h->title || !h->url || !h->site || !h->status || !h->title_hl || !h->snippet)
        return LS_ENOMEM;
    return LS_OK;
}

/* Fills every hit of the page; match is the user's terms or NULL. */
static int load_hits(sqlite3 *sq, const char *match, ls_search_results *out)
{
    sqlite3_stmt *ld = NULL, *hl = NULL;
    int rc = LS_OK;
    if (sqlite3_prepare_v2(sq, "SELECT s.link_id, COALESCE(NULLIF(l.title, ''), s.title, ''),"
                               " l.url, ls_search_host(l.url), s.status, s.created,"
                               " COALESCE(CASE WHEN s.status = 'done' THEN COALESCE(s.excerpt,"
                               " substr(s.text, 1, 160)) ELSE s.error END, '')"
                               " FROM snapshots s JOIN links l ON l.id = s.link_id"
                               " WHERE s.id = ?1", -1, &ld, NULL) != SQLITE_OK)
        rc = LS_EDB;
    if (rc == LS_OK && match
        && sqlite3_prepare_v2(sq, "SELECT highlight(search_fts, 0, char(1), char(2)),"
                                  " snippet(search_fts, 1, char(1), char(2), '…', 40)"
                                  " FROM search_fts WHERE search_fts MATCH ?1 AND rowid = ?2",
                              -1, &hl, NULL) != SQLITE_OK)
        rc = LS_EDB;
    if (hl)
        sqlite3_bind_text(hl, 1, match, -1, SQLITE_STATIC);
    for (size_t i = 0; rc == LS_OK && i < out->n; i++) {
        rc = load_hit(ld, &out->hits[i]);
        if (rc == LS_OK && hl)
            rc = add_highlights(hl, &out->hits[i]);
    }
    sqlite3_finalize(ld);
    sqlite3_finalize(hl);
    return rc;
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

/* Runs the page statement for the full MATCH m into out. */
static int fetch_page(sqlite3 *sq, const char *m, int n_meta, const ls_search_query *q,
                      const ls_search_opts *o, ls_search_results *out)
{
    bool dates = q->after || q->before;
    if (!dates && (out->total = count_matches(sq, m)) < 0)
        return LS_EDB;
    sqlite3_stmt *st = NULL;
    char *sql = page_sql(q, o, out->total > LS_SEARCH_RANK_CAP);
    int rc = sql ? LS_OK : LS_ENOMEM;
    if (rc == LS_OK && sqlite3_prepare_v2(sq, sql, -1, &st, NULL) != SQLITE_OK)
        rc = LS_EDB;
    free(sql);
    if (rc == LS_OK) {
        sqlite3_bind_text(st, 1, m, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, o->per_page);
        sqlite3_bind_int64(st, 3, (int64_t)(o->page - 1) * o->per_page);
        sqlite3_bind_int64(st, 4, q->after);
        sqlite3_bind_int64(st, 5, q->before);
        sqlite3_bind_int(st, 6, n_meta);
        out->hits = calloc((size_t)o->per_page, sizeof *out->hits);
        if (!out->hits)
            rc = LS_ENOMEM;
    }
    int src = SQLITE_DONE;
    while (rc == LS_OK && (src = sqlite3_step(st)) == SQLITE_ROW) {
        out->hits[out->n++].snapshot_id = sqlite3_column_int64(st, 0);
        if (dates)
            out->total = sqlite3_column_int64(st, 1);
    }
    if (rc == LS_OK && src != SQLITE_DONE)
        rc = LS_EDB;
    sqlite3_finalize(st);
    return rc == LS_OK ? load_hits(sq, q->match, out) : rc;
}

/* Past the last page with a date filter the window gives no total: count
 * with a one-hit first page. */
static int total_from_first_page(sqlite3 *sq, const char *m, int n_meta,
                                 const ls_search_query *q, const ls_search_opts *o,
                                 int64_t *total)
{
    ls_search_results first = {0};
    ls_search_opts o1 = *o;
    o1.page = 1;
    o1.per_page = 1;
    int rc = fetch_page(sq, m, n_meta, q, &o1, &first);
    *total = first.total;
    ls_search_results_release(&first);
    return rc;
}

int ls_search_run(ls_db *db, int64_t user_id, const char *query, const ls_search_opts *opts,
                  ls_search_results *out, char *err, size_t errsz)
{
    sqlite3 *sq = ls_db_sqlite(db);
    ls_search_opts o;
    ls_search_query q;
    ls_buf m;
    int n_meta = 0;
    memset(out, 0, sizeof *out);
    clamp_opts(opts, &o);
    ls_buf_init(&m, 64 * 1024);
    /* One read transaction: the scope decided in build_match() and the
     * statements that use it see the same snapshot of the store. */
    bool own_tx = sqlite3_get_autocommit(sq);
    int rc = ls_search_query_parse(query, &q, err, errsz);
    if (rc == LS_OK && own_tx && sqlite3_exec(sq, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        rc = LS_EDB;
    if (rc == LS_OK)
        rc = build_match(sq, user_id, &q, o.all_captures, &m, &n_meta, err, errsz);
    if (rc == LS_OK)
        rc = fetch_page(sq, m.data, n_meta, &q, &o, out);
    if (rc == LS_OK && out->n == 0 && o.page > 1 && (q.after || q.before))
        rc = total_from_first_page(sq, m.data, n_meta, &q, &o, &out->total);
    if (rc == LS_EDB)
        set_err(err, errsz, "search failed: %s", sqlite3_errmsg(sq));
    if (own_tx && !sqlite3_get_autocommit(sq))
        sqlite3_exec(sq, "COMMIT", NULL, NULL, NULL); /* read only: nothing to lose */
    if (rc == LS_ENOTFOUND)
        rc = LS_OK; /* a tag that does not exist: no hits */
    if (rc == LS_ENOMEM)
        set_err(err, errsz, "out of memory");
    if (rc != LS_OK)
        ls_search_results_release(out);
    out->page = o.page;
    out->per_page = o.per_page;
    ls_search_query_release(&q);
    ls_buf_release(&m);
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
