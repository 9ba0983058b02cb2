/*
 * single_int.h - internals shared by single.c (assets and fetching),
 * single_refs.c (where a page references assets) and single_render.c.
 */
#ifndef LS_CAPTURE_SINGLE_INT_H
#define LS_CAPTURE_SINGLE_INT_H

#include "capture/single.h"

typedef enum {
    ASSET_IMAGE, /* images, icons, fonts: anything inlined as bytes */
    ASSET_CSS,   /* a stylesheet: its own URLs are rewritten too */
} asset_kind;

struct ls_single_asset {
    char *url;        /* absolute, normal form: the key */
    asset_kind kind;
    int fetched;      /* index into ls_single.fetched, -1 until fetched */
    bool failed;
    bool visiting;    /* loop guard while inlining @imports */
    char *data_uri;   /* built on first use */
    ls_buf css;       /* a stylesheet decoded to UTF-8 */
};

/* Where a page references assets. */
typedef enum {
    REF_URL,       /* one URL in an attribute (img src, poster, ...) */
    REF_SRCSET,    /* a srcset list */
    REF_STYLE,     /* CSS in a style attribute */
    REF_CSS_TEXT,  /* CSS inside <style> */
    REF_LINK_CSS,  /* <link rel=stylesheet href> */
    REF_LINK_ICON, /* <link rel=icon href> and friends */
    REF_DROP,      /* loads something not kept (media, SVG <use>): removed
                    * unless it names a fragment of the document itself */
} ref_kind;

/* Called for each reference; attr is NULL for REF_CSS_TEXT. */
typedef void (*ref_fn)(void *ctx, ls_node *el, const char *attr, ref_kind kind);
/* Walks the whole DOM and reports every asset reference. */
void single_refs_walk(const ls_dom *dom, ref_fn fn, void *ctx);

/* Resolves ref against base; NULL for empty, data:, non-http(s) or bad
 * references. Caller frees. */
char *single_resolve(ls_single *s, const char *base, const char *ref);
/* The asset for an absolute URL, or NULL. */
ls_single_asset *single_find(ls_single *s, const char *abs_url);
/* Adds (or finds) an asset; LS_ENOMEM when out of memory. A new URL past
 * the count budget (max_collect) is ignored: it would never be fetched. */
int single_add(ls_single *s, const char *abs_url, asset_kind kind);
/* Rewrites every url()/@import of css (relative to base) with data: URIs
 * of fetched assets; unavailable ones become empty. */
int single_css_inline(ls_single *s, const char *css, size_t n, const char *base, ls_buf *out);
/* A data: URI stylesheet with every URL inside it inlined or emptied,
 * as a new data: URI (malloc'd), or NULL when it cannot be decoded or
 * nests too deep (drop it then). */
char *single_data_css(ls_single *s, const char *uri, size_t n);
/* "data:<type>;base64,<p>" (malloc'd), or NULL. */
char *single_encode_data_uri(const char *type, const void *p, size_t n);
/* Appends the URLs a stylesheet references (resolved against base). */
int single_css_collect(ls_single *s, const char *css, size_t n, const char *base);

#endif
