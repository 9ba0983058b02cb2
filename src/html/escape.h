/*
 * escape.h - escaping of untrusted text for the context it is written into.
 *
 * Every value the web layer writes into a page goes through one of these.
 * All functions append to an ls_buf and return its sticky error (0 when
 * fine). Input is treated as UTF-8; bytes are copied as they are except the
 * ones listed, so the caller need not validate first (invalid UTF-8 passes
 * through unchanged; the JSON escaper replaces it with U+FFFD).
 */
#ifndef LS_HTML_ESCAPE_H
#define LS_HTML_ESCAPE_H

#include <stddef.h>

#include "util/buf.h"

/* HTML text content: & < > and NUL (dropped as U+FFFD); " and ' too, so the
 * result is also safe inside a quoted attribute. */
int ls_html_escape_text(ls_buf *out, const char *s, size_t len);
/* A double- or single-quoted attribute value: & < > " ' ` and NUL. */
int ls_html_escape_attr(ls_buf *out, const char *s, size_t len);
/* NUL-terminated convenience forms. */
int ls_html_escape_texts(ls_buf *out, const char *s);
int ls_html_escape_attrs(ls_buf *out, const char *s);

/*
 * The body of a JSON string (no surrounding quotes): " \ and controls
 * escaped, and also < > & U+2028 U+2029 as \uXXXX so the result is safe
 * inside a <script> block or a JavaScript string; invalid UTF-8 becomes
 * U+FFFD.
 */
int ls_json_escape(ls_buf *out, const char *s, size_t len);

/*
 * The other way, for text that arrives HTML-escaped where none was due (a
 * JSON-LD string, a meta title written "O&#8217;Brien &amp; Co"): decodes
 * numeric references (&#8217; &#x2019;) and the common named ones (&amp;
 * &lt; &gt; &quot; &apos; &#39; &nbsp; &ndash; &mdash; quotes, &hellip; &reg;
 * &copy; &trade;, Latin-1's letters and common signs: &eacute; &deg; &euro;)
 * in place; the result is never longer. Controls, surrogates
 * and malformed references are left as written. NULL allowed.
 */
void ls_html_unref(char *s);

#endif
