/*
 * dom.h - a mutable HTML DOM built once from the gumbo parse tree.
 *
 * ls_dom_parse() parses UTF-8 HTML with gumbo, copies the tree into our own
 * nodes (allocated in the document's arena) and frees gumbo's output at once.
 * Every later step (extraction, sanitizing, inlining assets, serializing)
 * works on this one DOM; nothing parses the page a second time.
 *
 * Limits: the tree is copied with an explicit stack (no recursion); elements
 * nested deeper than LS_DOM_MAX_DEPTH are attached to their ancestor at that
 * depth, so a page of 100,000 nested <div>s becomes a shallow tree instead of
 * a stack overflow anywhere later. Every walker in this project may therefore
 * recurse no deeper than LS_DOM_MAX_DEPTH, but should prefer ls_node_next().
 *
 * Ownership: the ls_dom owns every node, attribute and string reachable from
 * it; ls_dom_free() releases them all. Strings handed to the setters are
 * copied into the arena. Detached nodes stay valid until ls_dom_free().
 */
#ifndef LS_HTML_DOM_H
#define LS_HTML_DOM_H

#include <gumbo.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"

#define LS_DOM_MAX_DEPTH 256
/* Bounds on what one parse takes in (time and memory on hostile pages):
 * bytes past LS_DOM_MAX_INPUT (cut at a UTF-8 boundary) and everything from
 * the (LS_DOM_MAX_ELEMENTS + 1)th start tag on are not parsed; elements
 * nested past 512 levels are dropped before parsing (their text is kept).
 * ls_dom_truncated() tells whether the first two happened. */
#define LS_DOM_MAX_INPUT ((size_t)32 << 20)
#define LS_DOM_MAX_ELEMENTS 500000

typedef enum {
    LS_NODE_DOCUMENT,
    LS_NODE_ELEMENT,
    LS_NODE_TEXT,    /* text, whitespace and CDATA */
    LS_NODE_COMMENT,
    LS_NODE_DOCTYPE, /* name in text */
} ls_node_type;

typedef enum { LS_NS_HTML, LS_NS_SVG, LS_NS_MATHML } ls_node_ns;

typedef struct ls_attr {
    struct ls_attr *next;
    const char *name; /* lowercase */
    const char *value;
} ls_attr;

typedef struct ls_node {
    ls_node_type type;
    GumboTag tag;     /* GUMBO_TAG_UNKNOWN for unknown or non-element nodes */
    ls_node_ns ns;
    const char *name; /* lowercase tag name; NULL for non-elements */
    const char *text; /* text, comment or doctype content, UTF-8 */
    size_t text_len;
    ls_attr *attrs;
    struct ls_node *parent, *first_child, *last_child, *prev, *next;
    double score;     /* scratch space for algorithms (e.g. the extractor) */
    void *user;       /* scratch space for algorithms */
    unsigned flags;   /* scratch space for algorithms */
} ls_node;

typedef struct ls_dom {
    ls_arena arena;
    ls_node *root;     /* the document node */
    ls_node *html, *head, *body; /* shortcuts, may be NULL */
    size_t node_count;
} ls_dom;

/* Parses len bytes of UTF-8 (invalid bytes are replaced by gumbo).
 * Returns LS_OK and *out (free with ls_dom_free), or LS_ENOMEM. */
int ls_dom_parse(const char *html, size_t len, ls_dom **out);
void ls_dom_free(ls_dom *dom);
/* True when the input was cut by LS_DOM_MAX_INPUT or LS_DOM_MAX_ELEMENTS. */
bool ls_dom_truncated(const ls_dom *dom);

/* Attribute lookup by lowercase name; NULL when absent. */
const char *ls_node_attr(const ls_node *n, const char *name);
bool ls_node_has_attr(const ls_node *n, const char *name);
/* Sets (adds or replaces) an attribute; value copied. Returns 0 or LS_ENOMEM. */
int ls_node_set_attr(ls_dom *dom, ls_node *n, const char *name, const char *value);
void ls_node_remove_attr(ls_node *n, const char *name);

/* True when n is an element with this tag. */
static inline bool ls_node_is(const ls_node *n, GumboTag tag)
{
    return n && n->type == LS_NODE_ELEMENT && n->tag == tag;
}

/* New detached nodes (NULL when out of memory). */
ls_node *ls_node_new_element(ls_dom *dom, GumboTag tag);
ls_node *ls_node_new_text(ls_dom *dom, const char *text, size_t len);
/* Replaces a text node's content. */
int ls_node_set_text(ls_dom *dom, ls_node *n, const char *text, size_t len);

/* Tree edits. A node being inserted is first detached from where it was. */
void ls_node_detach(ls_node *n);
void ls_node_append(ls_node *parent, ls_node *child);
void ls_node_prepend(ls_node *parent, ls_node *child);
void ls_node_insert_before(ls_node *ref, ls_node *child);
/* Moves n's children to where n is and detaches n. */
void ls_node_unwrap(ls_node *n);

/*
 * Pre-order iteration without recursion: the node after n within the
 * subtree of root (NULL at the end). ls_node_next_skip() does not descend
 * into n's children. Safe to detach n after computing its successor with
 * ls_node_next_skip().
 */
ls_node *ls_node_next(const ls_node *n, const ls_node *root);
ls_node *ls_node_next_skip(const ls_node *n, const ls_node *root);

/* First element with this tag in the subtree of root (root included). */
ls_node *ls_dom_find(const ls_node *root, GumboTag tag);
/* Appends the concatenated text of the subtree (no separators added). */
int ls_node_text(const ls_node *n, ls_buf *out);
/* Case-insensitive check for a class token. */
bool ls_node_has_class(const ls_node *n, const char *cls);

/* Lowercase tag name for a GumboTag ("div"); "" for unknown. */
const char *ls_tag_name(GumboTag tag);

#endif
