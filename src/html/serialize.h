/*
 * serialize.h - HTML5 serialization of an ls_dom node or subtree.
 *
 * Follows the HTML fragment serialization algorithm: text escapes & < > and
 * U+00A0; attribute values are double-quoted with & " < > and U+00A0
 * escaped; children of HTML script, style, xmp, iframe, noembed, noframes
 * and plaintext are written raw (any "</" + that tag name inside them, which
 * only DOM edits can create, is written as "<\/" so it cannot end the
 * element early); void elements get no end tag; a leading newline of pre,
 * textarea and listing is doubled so a parser keeps it. Walks the tree
 * without recursion. Output is appended to the caller's ls_buf, whose size
 * cap bounds the work; the function returns the buffer's sticky error.
 */
#ifndef LS_HTML_SERIALIZE_H
#define LS_HTML_SERIALIZE_H

#include "html/dom.h"
#include "util/buf.h"

enum {
    LS_SER_SKIP_COMMENTS = 1u << 0, /* leave out comment nodes */
    LS_SER_INNER = 1u << 1,         /* children only (innerHTML), not n itself */
    LS_SER_SKIP_DOCTYPE = 1u << 2,  /* leave out <!DOCTYPE> */
};

/* Appends the serialization of n (with its subtree) to out. */
int ls_html_serialize(const ls_node *n, ls_buf *out, unsigned flags);

/* True for elements that have no end tag (br, img, meta, ...). */
bool ls_html_is_void(GumboTag tag);

#endif
