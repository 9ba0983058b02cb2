/*
 * esc.h - escaping for every context the web layer writes into: HTML text
 * and quoted attributes, JavaScript/JSON string literals inside pages, URL
 * query components, and link targets (only http, https and mailto survive).
 *
 * All append to an ls_buf (sticky error, checked by the caller once).
 * NULL input appends nothing. The page code never writes user data into
 * markup any other way.
 */
#ifndef LS_WEB_ESC_H
#define LS_WEB_ESC_H

#include <stddef.h>

#include "util/buf.h"

/* & < > " ' escaped; safe in text and in "..." or '...' attributes. NUL
 * bytes are dropped, invalid UTF-8 becomes U+FFFD, and the bidi controls
 * U+202A..202E and U+2066..2069 are neutralised as numeric references so a
 * title cannot flip the page around it. */
void ls_esc_html(ls_buf *b, const char *s);
/* The same for at most max bytes of s (cut on a UTF-8 boundary, with "…"
 * appended when cut). */
void ls_esc_html_clip(ls_buf *b, const char *s, size_t max);
/* A quoted JS string literal ("..."), safe inside <script>: <, >, &, ', ",
 * \, control characters, U+2028 and U+2029 as \uXXXX. */
void ls_esc_js(ls_buf *b, const char *s);
/* Percent-encodes everything but unreserved characters (RFC 3986). */
void ls_esc_url(ls_buf *b, const char *s);
/* s when it is an http:, https: or mailto: URL (case-insensitive, leading
 * spaces and embedded tabs/newlines refused), otherwise "#". Then escaped
 * as ls_esc_html does for an attribute. */
void ls_esc_href(ls_buf *b, const char *s);

#endif
