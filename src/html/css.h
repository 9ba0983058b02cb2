/*
 * css.h - finds and rewrites the URLs a stylesheet or style attribute
 * refers to: url(...) (quoted or not), @import "x", @import url(x), and
 * the strings inside image-set() / -webkit-image-set().
 *
 * Tokenizes as CSS Syntax Level 3 does: comments are skipped (but not
 * inside an unquoted url(), where "/ *" is part of the URL), strings and
 * escapes are honoured, "myurl(" is not "url(", and bad url tokens (quotes
 * or "(" inside an unquoted url) are ignored. Never reads past len; a
 * truncated stylesheet yields what its tokens hold up to the end.
 */
#ifndef LS_HTML_CSS_H
#define LS_HTML_CSS_H

#include <stddef.h>

#include "util/buf.h"

typedef enum {
    LS_CSS_URL,      /* url(...) in a declaration */
    LS_CSS_IMPORT,   /* @import "x" or @import url(x) */
    LS_CSS_IMAGESET, /* a bare string inside image-set() */
} ls_css_kind;

typedef struct {
    ls_css_kind kind;
    size_t off, len;  /* the token to replace: url(...) whole, or the string
                         with its quotes */
    const char *url;  /* unescaped, NUL-terminated; valid during the callback */
    size_t url_len;
} ls_css_ref;

/* Calls fn for each URL in order; stops at and returns the first non-zero
 * value fn returns. Returns 0, or LS_ENOMEM. */
int ls_css_scan(const char *css, size_t len,
                int (*fn)(void *ctx, const ls_css_ref *r), void *ctx);

/*
 * Copies css into out with each URL token replaced by url("<repl>"), repl
 * being what fn appends to its buffer (escaped for a CSS string: quotes,
 * backslashes, newlines and '<' cannot end the string or a <style>).
 * fn returns 0 (an empty repl keeps the token as it was), 1 to keep it,
 * or a negative LS_E* to stop (returned). The rest of css is unchanged.
 */
int ls_css_rewrite(const char *css, size_t len,
                   int (*fn)(void *ctx, const ls_css_ref *r, ls_buf *repl), void *ctx,
                   ls_buf *out);

/* Appends s as a double-quoted CSS string (with the quotes). */
int ls_css_add_string(ls_buf *out, const char *s, size_t len);

#endif
