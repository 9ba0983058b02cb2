/*
 * search_query.h - the search box language, turned into an FTS5 MATCH
 * expression and SQL conditions with bound parameters. Owned by the search
 * layer (src/store/fts_*, src/store/search*).
 *
 * Language (terms split on white space, U+3000 included):
 *   word            must match (every term must match)
 *   "a phrase"      the words in this order (“…” works too); a Chinese term
 *                   is always a phrase of its character pairs
 *   -word -"p"      must not match
 *   a OR b          either (OR in capitals, between two terms)
 *   pre*            prefix
 *   tag:X           links tagged X or anything under X (X/...); -tag:X
 *   site:host       host (and site name) of the page; -site:host
 *   lang:zh         page language zh or zh-*; -lang:zh
 *   after:YYYY-MM-DD / before:YYYY-MM-DD
 *                   captured on or after that day / before that day (UTC)
 *   is:failed       failed captures instead of done ones
 * Anything else, FTS5 syntax included (NEAR(, ^, :, parentheses, a * that is
 * not at the end), is plain text: every term reaches MATCH as a quoted
 * string with inner quotes doubled, and every filter value reaches SQL as a
 * bound parameter. Terms with nothing searchable in them (%, --) are dropped.
 *
 * Errors (LS_EINVAL with a one-line English message in err): empty query,
 * unbalanced quote, bad date, unknown is: value, empty filter value, only
 * exclusions, too long (LS_SEARCH_QUERY_MAX bytes, LS_SEARCH_TERMS_MAX
 * terms), invalid UTF-8.
 *
 * The SQL conditions refer to the aliases the caller must use:
 *   l = links (id, user_id, ...), s = snapshots (id, link_id, status,
 *   created, lang, ...), and the tables link_tags(link_id, tag_id) and
 *   tags(id, path).
 */
#ifndef LS_STORE_SEARCH_QUERY_H
#define LS_STORE_SEARCH_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LS_SEARCH_QUERY_MAX 1024 /* bytes */
#define LS_SEARCH_TERMS_MAX 32

typedef enum ls_search_param_kind {
    LS_SEARCH_PARAM_TEXT, /* bind text */
    LS_SEARCH_PARAM_INT,  /* bind num */
    LS_SEARCH_PARAM_TAG,  /* a tag path as typed: normalise, then bind as text */
} ls_search_param_kind;

typedef struct ls_search_param {
    ls_search_param_kind kind;
    char *text;
    int64_t num;
} ls_search_param;

typedef struct ls_search_query {
    /* The FTS5 expression of the terms with their exclusions, or NULL when
     * the query is only filters (and exclusions). Columns named in it:
     * site. */
    char *match;
    /* When match is NULL: an FTS5 expression of the excluded terms (rows it
     * matches are left out), or NULL. */
    char *exclude;
    /* "" or SQL conditions, each starting with " AND ", on l and s, with
     * parameters ?N numbered from the param_base given to parse. */
    char *where;
    ls_search_param *params; /* params[i] binds ?(param_base + i) */
    size_t nparams;
    bool failed; /* is:failed */
} ls_search_query;

/* Parses q into *out (released with ls_search_query_release(), also after
 * an error). Returns LS_OK, LS_EINVAL with a message in err (errsz bytes,
 * may be NULL) or LS_ENOMEM. */
int ls_search_query_parse(const char *q, int param_base, ls_search_query *out, char *err,
                          size_t errsz);
void ls_search_query_release(ls_search_query *q);

#endif
