/*
 * single_refs.c - every place in a page where a browser would load a
 * subresource to show it. One walker serves both finding the assets and
 * rewriting them, so the two can never disagree about what is an asset.
 */
#include <string.h>
#include <strings.h>

#include "capture/single_int.h"
#include "util/str.h"

/* Lazy-loading attributes that hold the real image URL. */
static const char *const lazy_url_attrs[] = {
    "data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url",
    "data-echo", "data-lazyload", NULL,
};
static const char *const lazy_srcset_attrs[] = {"data-srcset", "data-lazy-srcset", NULL};

/* True when the space-separated rel list has one of the words. */
static bool rel_has(const char *rel, const char *const *words)
{
    if (!rel)
        return false;
    const char *p = rel;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        size_t n = strcspn(p, " \t\n");
        for (const char *const *w = words; n && *w; w++)
            if (strlen(*w) == n && !strncasecmp(p, *w, n))
                return true;
        p += n;
    }
    return false;
}

static const char *const icon_rels[] = {"icon", "apple-touch-icon",
                                        "apple-touch-icon-precomposed", "mask-icon", NULL};
static const char *const css_rels[] = {"stylesheet", NULL};

static void visit_link(ls_node *el, ref_fn fn, void *ctx)
{
    const char *rel = ls_node_attr(el, "rel");
    if (!ls_node_attr(el, "href"))
        return;
    if (rel_has(rel, css_rels) && !rel_has(rel, (const char *const[]){"alternate", NULL}))
        fn(ctx, el, "href", REF_LINK_CSS);
    else if (rel_has(rel, icon_rels))
        fn(ctx, el, "href", REF_LINK_ICON);
}

static void visit_lazy(ls_node *el, ref_fn fn, void *ctx)
{
    for (const char *const *a = lazy_url_attrs; *a; a++)
        if (ls_node_attr(el, *a))
            fn(ctx, el, *a, REF_URL);
    for (const char *const *a = lazy_srcset_attrs; *a; a++)
        if (ls_node_attr(el, *a))
            fn(ctx, el, *a, REF_SRCSET);
}

/* SVG loads images through <image>/<feImage>, other documents through
 * <use>, and paint servers, filters, masks and markers through url() in
 * presentation attributes. */
static void visit_svg(ls_node *el, ref_fn fn, void *ctx)
{
    bool image = el->name && (!strcmp(el->name, "image") || !strcmp(el->name, "feimage"));
    /* On any other element but a link, href names a resource (<use>,
     * gradients, patterns, filters, text paths): only a fragment of this
     * document may stay. */
    bool link = el->tag == GUMBO_TAG_A;
    if (!link) {
        if (ls_node_attr(el, "href"))
            fn(ctx, el, "href", image ? REF_URL : REF_DROP);
        if (ls_node_attr(el, "xlink:href"))
            fn(ctx, el, "xlink:href", image ? REF_URL : REF_DROP);
    }
    /* The callback may replace or remove the attribute it is given. */
    for (ls_attr *a = el->attrs, *next; a; a = next) {
        next = a->next;
        if (strcmp(a->name, "style") != 0 && a->value && strcasestr(a->value, "url("))
            fn(ctx, el, a->name, REF_STYLE);
    }
}

static void visit_element(ls_node *el, ref_fn fn, void *ctx)
{
    switch (el->tag) {
    case GUMBO_TAG_IMG:
        if (ls_node_attr(el, "src"))
            fn(ctx, el, "src", REF_URL);
        if (ls_node_attr(el, "srcset"))
            fn(ctx, el, "srcset", REF_SRCSET);
        visit_lazy(el, fn, ctx);
        break;
    case GUMBO_TAG_SOURCE:
        /* Only picture sources are images; audio/video media is not kept,
         * and a URL left behind would load when the copy is opened. */
        if (el->parent && el->parent->name && !strcmp(el->parent->name, "picture")) {
            if (ls_node_attr(el, "srcset"))
                fn(ctx, el, "srcset", REF_SRCSET);
            if (ls_node_attr(el, "src"))
                fn(ctx, el, "src", REF_URL);
            visit_lazy(el, fn, ctx);
        } else {
            if (ls_node_attr(el, "src"))
                fn(ctx, el, "src", REF_DROP);
            if (ls_node_attr(el, "srcset"))
                fn(ctx, el, "srcset", REF_DROP);
        }
        break;
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_TRACK:
        if (ls_node_attr(el, "src"))
            fn(ctx, el, "src", REF_DROP);
        break;
    case GUMBO_TAG_INPUT: {
        const char *type = ls_node_attr(el, "type");
        if (type && !strcasecmp(type, "image") && ls_node_attr(el, "src"))
            fn(ctx, el, "src", REF_URL);
        break;
    }
    case GUMBO_TAG_LINK:
        visit_link(el, fn, ctx);
        break;
    case GUMBO_TAG_STYLE:
        fn(ctx, el, NULL, REF_CSS_TEXT);
        break;
    case GUMBO_TAG_VIDEO:
        if (ls_node_attr(el, "poster"))
            fn(ctx, el, "poster", REF_URL);
        if (ls_node_attr(el, "src"))
            fn(ctx, el, "src", REF_DROP);
        break;
    default:
        break;
    }
    if (el->ns == LS_NS_SVG)
        visit_svg(el, fn, ctx);
    /* MathML's <mglyph> shows an image. */
    if (el->ns == LS_NS_MATHML && el->name && !strcmp(el->name, "mglyph")
        && ls_node_attr(el, "src"))
        fn(ctx, el, "src", REF_URL);
    if (ls_node_attr(el, "background"))
        fn(ctx, el, "background", REF_URL);
    if (ls_node_attr(el, "style"))
        fn(ctx, el, "style", REF_STYLE);
}

void single_refs_walk(const ls_dom *dom, ref_fn fn, void *ctx)
{
    ls_node *root = dom->root;
    for (ls_node *n = root; n; n = ls_node_next(n, root)) {
        if (n->type == LS_NODE_ELEMENT)
            visit_element(n, fn, ctx);
    }
}
