/*
 * prescan.h - caps element nesting before gumbo parses a page (internal to
 * the html layer).
 *
 * gumbo 0.10.1 spends O(depth) per start tag, so a page of 100,000 nested
 * elements costs O(N^2) time. This scanner models the tree builder's stack
 * of open elements with its common implied end tags (prescan_int.h) and,
 * only when that depth passes max_depth, copies the input without the
 * excess start tags and their matching end tags. Their text is kept, and a
 * block's tags (p, div, li, td…) leave a <br> each, so that the text of
 * blocks past the cap does not run together.
 *
 * The model includes the reopening of formatting elements after a pop
 * ("reconstruction"), without which <button><em><big> repeated nested
 * unseen. It was checked by random searches over 11,500 short tag
 * sequences repeated 8,000 times; the model is still an approximation,
 * so the input and element caps in dom.h remain the final bound.
 *
 * The approximation only matters for pages nested deeper than max_depth,
 * which the DOM flattens anyway (LS_DOM_MAX_DEPTH); ordinary pages are
 * parsed byte for byte.
 */
#ifndef LS_HTML_PRESCAN_H
#define LS_HTML_PRESCAN_H

#include <stddef.h>

#include "html/dom.h"

#define LS_HTML_PRESCAN_DEPTH LS_DOM_MAX_DEPTH
/* Attributes kept on one tag: gumbo checks each new attribute against all
 * the tag's earlier ones (O(N^2) per tag: 100,000 attributes took 17 s). */
#define LS_HTML_PRESCAN_ATTRS 256

/*
 * Also cuts the input before its (max_tags + 1)th start tag, bounding the
 * node count (gumbo and the DOM together take roughly 1 KB per element).
 *
 * And leaves out the attributes of a tag past its LS_HTML_PRESCAN_ATTRS-th.
 *
 * And closes a raw-text element (iframe, style, textarea …) left open inside
 * <noscript> where the noscript ends, as a browser that runs scripts reads
 * it (gumbo would take the rest of the page for that element's text).
 *
 * Returns LS_OK with *out = NULL when no tag must be dropped or added: then
 * parse the first *parse_len bytes of html (len, or less when cut).
 * Otherwise *out is a malloc'd copy (*out_len bytes; caller frees) without
 * the excess tags and with the end tags added, cut the same way. LS_ENOMEM
 * when the copy cannot be allocated.
 */
int ls_html_prescan_cap(const char *html, size_t len, size_t max_depth, size_t max_tags,
                        size_t *parse_len, char **out, size_t *out_len);

#endif
