/*
 * search.h - full-text search over every snapshot. Owned by the search
 * layer (src/store/fts_*, src/store/search*).
 *
 * The index: an FTS5 table search_fts(title, text, url, site, source, tags,
 * meta) with tokenize='linksnap' (fts_tokenizer.h), one row per done or
 * failed snapshot, rowid = snapshot id, filled from the view search_src.
 * Triggers keep it in step with the store in the same transaction as the
 * change: a snapshot becoming done or failed, its re-capture or deletion, a
 * link's title, URL or owner edit, tags added to or removed from a link,
 * tag rename/move/merge/delete (tags.path), link and user deletion. The
 * columns hold: the link's own title, else the page title; the article
 * text (the error for a failed capture); the URL and final URL; the host
 * and site name; 来源 and byline; the link's tag paths; and meta, the
 * index's own tokens (fts_tokenizer.h: 0x1E-marked, unforgeable): u<user>,
 * o on a done capture that is not the link's latest done one, f on a
 * failed one (x<user> when it is the link's latest finished one), g<tag id>
 * for each tag of the link and each ancestor, l<lang> (lzh, lzhcn). A
 * search is then one MATCH: the typed terms AND u<user> (left out when no
 * other user has links, decided in the same read transaction) AND tags,
 * NOT f NOT o for the latest done captures: posting-list work in FTS5, no
 * join per hit.
 *
 * Every connection that may touch these tables must call
 * ls_search_conn_init() (ls_db_open() through db.c's conn_init()): the
 * triggers call the tokenizer and the SQL functions ls_search_host() and
 * ls_search_lang(), and searches the function ls_rank().
 *
 * Highlights: title_hl and snippet carry LS_SEARCH_MARK_OPEN (\x01) and
 * LS_SEARCH_MARK_CLOSE (\x02) around matches, never HTML. The web layer
 * calls ls_search_marks_to_html(), which escapes the text for HTML and only
 * then turns the markers into <mark></mark> (balanced, whatever the text
 * holds); plain-text front-ends use ls_search_marks_replace().
 */
#ifndef LS_STORE_SEARCH_H
#define LS_STORE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "store/db.h"

#define LS_SEARCH_MARK_OPEN "\x01"
#define LS_SEARCH_MARK_CLOSE "\x02"

#define LS_SEARCH_PER_PAGE_DEFAULT 20
#define LS_SEARCH_PER_PAGE_MAX 100
#define LS_SEARCH_PAGE_MAX 1000
/* Beyond this many hits relevance ranking scores only the newest this many
 * (the total stays exact): bm25 costs a lookup per hit. */
#define LS_SEARCH_RANK_CAP 2000
#define LS_SEARCH_RANK_CAP_S "2000"

/*
 * Per-connection setup: registers the "linksnap" tokenizer and
 * ls_search_host(), and, once the store's tables exist, creates (IF NOT
 * EXISTS) search_fts, its source view and its triggers, filling the index
 * from existing snapshots when the table is new. Idempotent and cheap when
 * everything exists. Returns LS_OK or LS_EDB.
 */
int ls_search_conn_init(sqlite3 *db);

/* Empties and refills the index from the snapshots (after a tokenizer
 * change, or to repair). Returns LS_OK or LS_EDB. */
int ls_search_rebuild(sqlite3 *db);

typedef struct ls_search_opts {
    int page;          /* 1-based; clamped to 1..LS_SEARCH_PAGE_MAX */
    int per_page;      /* clamped to 1..LS_SEARCH_PER_PAGE_MAX; <= 0 gives the default */
    bool newest_first; /* newest capture first (by snapshot id) instead of relevance */
    bool all_captures; /* every matching capture, not only each link's latest */
} ls_search_opts;

typedef struct ls_search_hit {
    int64_t link_id;
    int64_t snapshot_id;
    char *title;    /* display title (link's own, else the page's); "" if none */
    char *url;      /* the link's URL */
    char *site;     /* host, e.g. "www.36kr.com" */
    char *status;   /* "done" or "failed" */
    int64_t created; /* capture time, unix seconds */
    char *title_hl; /* title with \x01...\x02 around matches */
    char *snippet;  /* a piece of the text with \x01...\x02 and "…" */
} ls_search_hit;

typedef struct ls_search_results {
    ls_search_hit *hits;
    size_t n;
    int64_t total;  /* matches over all pages */
    int page;       /* as clamped */
    int per_page;   /* as clamped */
} ls_search_results;

/*
 * Runs the query (search_query.h language) over user_id's links. By
 * default each link's latest done capture (with is:failed, links whose
 * latest finished capture failed); ranked by bm25 with the title weighted
 * (title 10, text 1, url 2, site 2, source 2, tags 4), or newest first. A
 * tag: that does not exist gives no hits (a -tag: of one is ignored).
 * LS_EINVAL with a one-line message in err for a malformed query (never an
 * SQL error); LS_EDB when the database fails (message in err too). Runs in
 * one read transaction (BEGIN ... COMMIT) unless the caller has one open.
 */
int ls_search_run(ls_db *db, int64_t user_id, const char *query, const ls_search_opts *opts,
                  ls_search_results *out, char *err, size_t errsz);
void ls_search_results_release(ls_search_results *r);

/* s HTML-escaped (& < > " ') with \x01/\x02 turned into <mark>/</mark>,
 * always balanced; other C0 controls dropped. Caller frees; NULL on ENOMEM. */
char *ls_search_marks_to_html(const char *s);
/* s with \x01 and \x02 replaced by open and close (e.g. "[" "]"), balanced
 * the same way, nothing escaped. Caller frees; NULL on ENOMEM. */
char *ls_search_marks_replace(const char *s, const char *open, const char *close);

#endif
