/*
 * resolve.h - URL helpers for content taken from pages: cleaning the way
 * browsers do, finding the scheme, and resolving against a base URL
 * (through libcurl's URL API).
 */
#ifndef LS_HTML_RESOLVE_H
#define LS_HTML_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* Appends s without ASCII tab, LF and CR (removed anywhere, as URL parsers
 * do) and without leading/trailing C0 controls and spaces. */
int ls_html_url_clean(ls_buf *out, const char *s, size_t len);

/*
 * Writes the lowercase scheme of a cleaned URL into scheme (cap bytes,
 * NUL-terminated) and returns true; false for a relative URL (or a scheme
 * longer than cap-1, which is then treated as unknown: scheme = "?").
 * Character references (&#x09; &#58; &colon; &Tab; ...) are decoded and
 * controls/whitespace dropped before looking, so "java&#x09;script:" and
 * " jAvAsCrIpT:" both give "javascript".
 */
bool ls_html_url_scheme(const char *url, char *scheme, size_t cap);

/*
 * Resolves ref against the absolute base URL and appends the absolute,
 * normalised result. ref is cleaned first. Returns LS_OK, LS_EINVAL when
 * either cannot be parsed or the result is not http/https (the only
 * schemes resolved), or the buffer's error.
 */
int ls_html_resolve_url(const char *base, const char *ref, ls_buf *out);

#endif
