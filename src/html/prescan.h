/*
 * prescan.h - caps element nesting before gumbo parses a page (internal to
 * the html layer).
 *
 * gumbo 0.10.1 spends O(depth) per start tag, so a page of 100,000 nested
 * elements costs O(N^2) time. This scanner approximates the tree-builder's
 * nesting (void elements and elements whose end tag is optional are not
 * counted; comments and raw-text elements are skipped) and, only when the
 * approximate depth passes max_depth, copies the input without the excess
 * start tags and their matching end tags. Their text content is kept.
 *
 * The approximation only matters for pages nested deeper than max_depth,
 * which the DOM flattens anyway (LS_DOM_MAX_DEPTH); ordinary pages are
 * parsed byte for byte.
 */
#ifndef LS_HTML_PRESCAN_H
#define LS_HTML_PRESCAN_H

#include <stddef.h>

#define LS_HTML_PRESCAN_DEPTH 512

/*
 * Returns LS_OK with *out = NULL when the input needs no change, or a
 * malloc'd copy (*out, *out_len; caller frees) without the excess tags.
 * LS_ENOMEM when the copy cannot be allocated.
 */
int ls_html_prescan_cap(const char *html, size_t len, size_t max_depth, char **out,
                        size_t *out_len);

#endif
