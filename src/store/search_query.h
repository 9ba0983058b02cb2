/*
 * search_query.h - the search box language, parsed into a safe FTS5 MATCH
 * expression of the typed terms plus structured filters. Owned by the
 * search layer (src/store/fts_*, src/store/search*).
 *
 * Language (terms split on white space, U+3000 and control characters
 * included):
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
 * string with inner quotes doubled (control characters as spaces), and
 * filter values are returned as values: search.c binds tag paths as SQL
 * parameters and turns them into index tokens. Terms with nothing
 * searchable in them (%, --) are dropped.
 *
 * Errors (LS_EINVAL with a one-line English message in err): empty query,
 * unbalanced quote, bad date, unknown is: value, empty filter value, only
 * exclusions, too long (LS_SEARCH_QUERY_MAX bytes, LS_SEARCH_TERMS_MAX
 * terms), invalid UTF-8.
 *
 * Nothing a user typed reaches SQL text, and MATCH only as quoted strings.
 */
#ifndef LS_STORE_SEARCH_QUERY_H
#define LS_STORE_SEARCH_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LS_SEARCH_QUERY_MAX 1024 /* bytes */
#define LS_SEARCH_TERMS_MAX 32

typedef enum ls_search_filter_kind {
    LS_SEARCH_FILTER_TAG,  /* value: the tag path as typed (normalise before use) */
    LS_SEARCH_FILTER_LANG, /* value: a lowercased language code, '-' between subtags */
} ls_search_filter_kind;

typedef struct ls_search_filter {
    ls_search_filter_kind kind;
    bool neg;    /* -tag:X, -lang:X */
    char *value;
} ls_search_filter;

typedef struct ls_search_query {
    /* The FTS5 expression of the words, phrases and site: terms with their
     * exclusions, or NULL when the query is only filters (and exclusions).
     * The one column it names is site. */
    char *match;
    /* When match is NULL: an FTS5 expression of the excluded terms (rows it
     * matches are left out), or NULL. */
    char *exclude;
    ls_search_filter *filters; /* tag: and lang:, in query order */
    size_t nfilters;
    int64_t after;  /* captured at or after (unix seconds), 0 = no bound */
    int64_t before; /* captured before, 0 = no bound */
    bool failed;    /* is:failed */
} ls_search_query;

/* Parses q into *out (released with ls_search_query_release(), also after
 * an error). Returns LS_OK, LS_EINVAL with a message in err (errsz bytes,
 * may be NULL) or LS_ENOMEM. */
int ls_search_query_parse(const char *q, ls_search_query *out, char *err, size_t errsz);
void ls_search_query_release(ls_search_query *q);

#endif
