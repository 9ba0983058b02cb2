/*
 * dom.c - builds the ls_dom from gumbo's parse tree (see dom.h).
 *
 * Two defences against hostile pages, both measured on gumbo 0.10.1:
 *  - gumbo frees its tree with a recursive function, which overflows the
 *    stack on deep documents. We never call gumbo_destroy_output(): gumbo
 *    allocates from a pool (gpool.c) that we free in a few loops after
 *    copying the tree; the pool is also faster than malloc for gumbo's
 *    many small blocks, which pays for most of the copy.
 *  - gumbo scans the whole stack of open elements for most start tags, so
 *    N nested elements cost O(N^2) (100,000 nested <div>s took 32 s).
 *    prescan.c drops start tags beyond a nesting cap before gumbo sees them.
 * Parse errors are not recorded (max_errors = 0): gumbo copies the stack of
 * open elements into every error, which is O(N^2) memory on deep pages.
 */
#include "html/dom.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/gpool.h"
#include "html/prescan.h"
#include "util/err.h"
#include "util/str.h"

static const char *attr_prefix(GumboAttributeNamespaceEnum ns, const char *name)
{
    switch (ns) {
    case GUMBO_ATTR_NAMESPACE_XLINK:
        return "xlink:";
    case GUMBO_ATTR_NAMESPACE_XML:
        return "xml:";
    case GUMBO_ATTR_NAMESPACE_XMLNS:
        return strcmp(name, "xmlns") == 0 ? "" : "xmlns:";
    default:
        return "";
    }
}

/* A lowercase arena copy of prefix + s. */
static char *lower_dup(ls_arena *a, const char *prefix, const char *s, size_t n)
{
    size_t pl = strlen(prefix);
    char *d = ls_arena_alloc(a, pl + n + 1);
    if (!d)
        return NULL;
    memcpy(d, prefix, pl);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        d[pl + i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    return d;
}

/* The name of an unknown element from its source text "<name ...>". */
static const char *unknown_name(ls_arena *a, const GumboStringPiece *orig)
{
    const char *s = orig->data;
    size_t n = orig->length, i = 0;
    if (!s || n < 2 || s[0] != '<')
        return "unknown";
    s++;
    n--;
    if (n && s[0] == '/') {
        s++;
        n--;
    }
    while (i < n && s[i] != '>' && s[i] != '/' && s[i] != ' ' && s[i] != '\t' &&
           s[i] != '\n' && s[i] != '\r' && s[i] != '\f')
        i++;
    if (i == 0)
        return "unknown";
    return lower_dup(a, "", s, i);
}

static int copy_attrs(ls_dom *dom, ls_node *n, const GumboVector *attrs)
{
    ls_attr **tail = &n->attrs;
    for (unsigned i = 0; i < attrs->length; i++) {
        const GumboAttribute *ga = attrs->data[i];
        ls_attr *at = ls_arena_alloc(&dom->arena, sizeof *at);
        if (!at)
            return LS_ENOMEM;
        at->name = lower_dup(&dom->arena, attr_prefix(ga->attr_namespace, ga->name),
                             ga->name, strlen(ga->name));
        at->value = ls_arena_strdup(&dom->arena, ga->value ? ga->value : "");
        if (!at->name || !at->value)
            return LS_ENOMEM;
        *tail = at;
        tail = &at->next;
    }
    return LS_OK;
}

static ls_node_ns map_ns(GumboNamespaceEnum ns)
{
    return ns == GUMBO_NAMESPACE_SVG      ? LS_NS_SVG
           : ns == GUMBO_NAMESPACE_MATHML ? LS_NS_MATHML
                                          : LS_NS_HTML;
}

/* Our copy of one gumbo node (children not included); NULL when out of memory. */
static ls_node *copy_node(ls_dom *dom, const GumboNode *g)
{
    ls_node *n = ls_arena_alloc(&dom->arena, sizeof *n);
    if (!n)
        return NULL;
    n->tag = GUMBO_TAG_UNKNOWN;
    switch (g->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement *e = &g->v.element;
        n->type = LS_NODE_ELEMENT;
        n->tag = e->tag;
        n->ns = map_ns(e->tag_namespace);
        n->name = e->tag < GUMBO_TAG_UNKNOWN ? gumbo_normalized_tagname(e->tag)
                                             : unknown_name(&dom->arena, &e->original_tag);
        if (!n->name || copy_attrs(dom, n, &e->attributes) != LS_OK)
            return NULL;
        break;
    }
    case GUMBO_NODE_COMMENT:
    default: {
        const char *t = g->v.text.text ? g->v.text.text : "";
        n->type = g->type == GUMBO_NODE_COMMENT ? LS_NODE_COMMENT : LS_NODE_TEXT;
        n->text_len = strlen(t);
        n->text = ls_arena_strndup(&dom->arena, t, n->text_len);
        if (!n->text)
            return NULL;
        break;
    }
    }
    dom->node_count++;
    return n;
}

static void link_child(ls_node *parent, ls_node *child)
{
    child->parent = parent;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

static const GumboVector *gchildren(const GumboNode *g)
{
    if (g->type == GUMBO_NODE_DOCUMENT)
        return &g->v.document.children;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE)
        return &g->v.element.children;
    return NULL;
}

/*
 * Pre-order walk over gumbo's tree using its parent links and child indexes
 * (no recursion, no stack). mine[d] is our copy of the gumbo ancestor at
 * depth d; nodes deeper than the cap hang under mine[LS_DOM_MAX_DEPTH - 1].
 */
static int copy_tree(ls_dom *dom, const GumboNode *groot)
{
    ls_node *mine[LS_DOM_MAX_DEPTH];
    mine[0] = dom->root;
    const GumboNode *g = groot;
    size_t depth = 0; /* depth of g */
    for (;;) {
        const GumboVector *kids = gchildren(g);
        if (kids && kids->length > 0) {
            g = kids->data[0];
            depth++;
        } else {
            /* Climb until a node has a next sibling. */
            for (;;) {
                if (g == groot)
                    return LS_OK;
                const GumboNode *p = g->parent;
                const GumboVector *pk = gchildren(p);
                size_t idx = g->index_within_parent + 1;
                if (idx < pk->length) {
                    g = pk->data[idx];
                    break;
                }
                g = p;
                depth--;
            }
            if (g == groot)
                return LS_OK;
        }
        ls_node *n = copy_node(dom, g);
        if (!n)
            return LS_ENOMEM;
        size_t pd = depth - 1 < LS_DOM_MAX_DEPTH - 1 ? depth - 1 : LS_DOM_MAX_DEPTH - 1;
        link_child(mine[pd], n);
        if (depth < LS_DOM_MAX_DEPTH)
            mine[depth] = n;
    }
}

static int add_doctype(ls_dom *dom, const GumboDocument *d)
{
    if (!d->has_doctype)
        return LS_OK;
    ls_node *n = ls_arena_alloc(&dom->arena, sizeof *n);
    const char *name = d->name ? d->name : "";
    if (!n)
        return LS_ENOMEM;
    n->type = LS_NODE_DOCTYPE;
    n->tag = GUMBO_TAG_UNKNOWN;
    n->text_len = strlen(name);
    n->text = ls_arena_strndup(&dom->arena, name, n->text_len);
    if (!n->text)
        return LS_ENOMEM;
    link_child(dom->root, n);
    dom->node_count++;
    return LS_OK;
}

static void set_shortcuts(ls_dom *dom)
{
    for (ls_node *c = dom->root->first_child; c; c = c->next)
        if (ls_node_is(c, GUMBO_TAG_HTML)) {
            dom->html = c;
            break;
        }
    if (!dom->html)
        return;
    for (ls_node *c = dom->html->first_child; c; c = c->next) {
        if (!dom->head && ls_node_is(c, GUMBO_TAG_HEAD))
            dom->head = c;
        else if (!dom->body && ls_node_is(c, GUMBO_TAG_BODY))
            dom->body = c;
    }
}

/* The public ls_dom plus private state; ls_dom is its first member. */
typedef struct {
    ls_dom pub;
    bool truncated;
} dom_impl;

bool ls_dom_truncated(const ls_dom *dom)
{
    return dom && ((const dom_impl *)dom)->truncated;
}

int ls_dom_parse(const char *html, size_t len, ls_dom **out)
{
    int rc = LS_ENOMEM;
    char *capped = NULL;
    size_t capped_len = 0, parse_len = 0;
    gpool pool;
    gpool_init(&pool);
    *out = NULL;
    dom_impl *impl = calloc(1, sizeof *impl);
    if (!impl)
        return LS_ENOMEM;
    ls_dom *dom = &impl->pub;
    ls_arena_init(&dom->arena);
    dom->root = ls_arena_alloc(&dom->arena, sizeof *dom->root);
    if (!dom->root)
        goto out;
    dom->root->type = LS_NODE_DOCUMENT;
    dom->root->tag = GUMBO_TAG_UNKNOWN;
    dom->node_count = 1;
    if (!html)
        html = "", len = 0;
    size_t in_len = len > LS_DOM_MAX_INPUT ? ls_utf8_clip(html, len, LS_DOM_MAX_INPUT) : len;
    rc = ls_html_prescan_cap(html, in_len, LS_HTML_PRESCAN_DEPTH, LS_DOM_MAX_ELEMENTS,
                             &parse_len, &capped, &capped_len);
    if (rc != LS_OK)
        goto out;
    impl->truncated = parse_len < len;
    GumboOptions opt = kGumboDefaultOptions;
    opt.allocator = gpool_alloc;
    opt.deallocator = gpool_free;
    opt.userdata = &pool;
    opt.max_errors = 0;
    GumboOutput *g = capped ? gumbo_parse_with_options(&opt, capped, capped_len)
                            : gumbo_parse_with_options(&opt, html, parse_len);
    rc = add_doctype(dom, &g->document->v.document);
    if (rc == LS_OK)
        rc = copy_tree(dom, g->document);
    if (rc == LS_OK)
        set_shortcuts(dom);
out:
    gpool_release(&pool);
    free(capped);
    if (rc != LS_OK) {
        ls_dom_free(dom);
        return rc;
    }
    *out = dom;
    return LS_OK;
}

void ls_dom_free(ls_dom *dom)
{
    if (!dom)
        return;
    ls_arena_release(&dom->arena);
    free(dom);
}
