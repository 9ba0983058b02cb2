/*
 * srcset.h - the srcset attribute (img, source): parsing as the HTML
 * standard does, and rebuilding with rewritten URLs.
 *
 * A candidate's URL runs to the next whitespace, so commas inside a URL
 * ("a,b.jpg 1x" or a data: URI) stay in it; only commas at its end
 * separate candidates. Descriptors end at a comma outside parentheses.
 * Never reads past len; no allocation except in the output buffer.
 */
#ifndef LS_HTML_SRCSET_H
#define LS_HTML_SRCSET_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct {
    const char *url; /* points into the input; not NUL-terminated */
    size_t url_len;
    const char *desc; /* descriptors as written ("2x", "480w"), trimmed */
    size_t desc_len;
    double w, x; /* parsed width (w) or density (x); 0 when absent */
} ls_srcset_cand;

/* Calls fn for each candidate in order; stops at and returns the first
 * non-zero value fn returns; 0 when all were visited. */
int ls_srcset_each(const char *s, size_t len,
                   int (*fn)(void *ctx, const ls_srcset_cand *c), void *ctx);

/* The candidate a browser on a large screen would pick (largest width,
 * else largest density); false when there is none. */
bool ls_srcset_best(const char *s, size_t len, ls_srcset_cand *best);

/*
 * Rebuilds srcset into out ("url desc, url desc"), each URL replaced by
 * what fn appends to its buffer argument. fn returns 0 to keep the
 * candidate (an empty replacement leaves it out), 1 to leave it out, or
 * a negative LS_E* to stop (returned).
 * Whitespace in a replacement is percent-encoded and a trailing comma
 * escaped, so the result always parses back to the same candidates.
 * Returns 0 or an error (fn's, or the output buffer's).
 */
int ls_srcset_rewrite(const char *s, size_t len,
                      int (*fn)(void *ctx, const char *url, size_t url_len, ls_buf *repl),
                      void *ctx, ls_buf *out);

#endif
