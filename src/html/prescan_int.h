/*
 * prescan_int.h - the stack of open elements the prescan keeps, a rough
 * model of the HTML tree builder's (internal to prescan*.c).
 *
 * It applies the implied end tags that keep ordinary pages shallow (an
 * open p closed by a block, li by li, td by td or tr, a by a, ...), so its
 * depth tracks gumbo's closely on real pages; tags that would push it past
 * max_depth are dropped, with their matching end tags.
 */
#ifndef LS_HTML_PRESCAN_INT_H
#define LS_HTML_PRESCAN_INT_H

#include <gumbo.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "html/prescan.h"

typedef struct {
    size_t depth, max_depth;
    GumboTag stack[LS_HTML_PRESCAN_DEPTH];
    uint32_t open[GUMBO_TAG_LAST + 1];    /* how many of each tag are open */
    uint32_t dropped[GUMBO_TAG_LAST + 1]; /* start tags dropped, per tag */
    GumboTag pending[48]; /* formatting elements to reopen (reconstruction) */
    size_t npending;
} pstack;

void pstack_init(pstack *st, size_t max_depth);
/* A start tag (not void, not self-closing): applies implied end tags, then
 * pushes. Returns false when the tag must be dropped (stack full). Also
 * false, without counting a drop, for tags the tree builder ignores
 * (html, head, body, a nested form): those are kept in the input. */
bool pstack_start(pstack *st, GumboTag tag, bool *ignored);
/* An end tag; returns false when it closes a dropped start tag and must be
 * dropped too. */
bool pstack_end(pstack *st, GumboTag tag);
/* True for void elements (never pushed); none is void inside svg/math. */
bool pstack_is_void(const pstack *st, GumboTag tag);
/* True for the tags of blocks, whose text stands apart from the text
 * around them (p, div, li, h1, td…), outside svg and math. */
bool pstack_is_block(const pstack *st, GumboTag tag);
/* True inside svg or math, not under an HTML integration point: there
 * every start tag nests and no element holds raw text. */
bool pstack_in_foreign(const pstack *st);

#endif
