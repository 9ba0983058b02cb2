/*
 * single.h - the self-contained single-file copy of a page.
 *
 * Two steps over the page's DOM:
 *  1. ls_single_fetch_assets() finds every subresource a browser would load
 *     to show the page (stylesheets and what they @import or url(), images
 *     in src, srcset, <picture>, lazy data-src/data-original, icons, fonts,
 *     inline style URLs, posters, backgrounds) and fetches them concurrently
 *     through the guarded fetcher, in rounds (CSS can name more assets),
 *     within the count, byte and time budgets. Each URL is fetched once,
 *     however often it is used. Reads the DOM, does not change it.
 *  2. ls_single_render() rewrites the DOM: every asset reference becomes a
 *     data: URI (or is dropped when the asset could not be had, so no
 *     request can leave the machine when the copy is opened), scripts,
 *     event handlers, frames, <base>, meta refresh and preloads go, the
 *     charset is declared as UTF-8 and a note names the source and the
 *     capture time. The result is serialized into `html`.
 *
 * Every fetch result is kept in `fetched` (for the WARC). Ownership: the
 * ls_single owns everything; ls_single_release() frees it.
 */
#ifndef LS_CAPTURE_SINGLE_H
#define LS_CAPTURE_SINGLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "html/dom.h"
#include "net/fetch.h"
#include "net/url.h"
#include "util/buf.h"

typedef struct ls_single_opts {
    bool allow_private;
    int max_assets;          /* URLs fetched at most */
    int parallel;            /* transfers at once */
    size_t max_asset_bytes;  /* decoded bytes of one asset */
    size_t max_total_bytes;  /* bytes of all assets */
    long timeout_ms;         /* for all asset rounds together */
    size_t max_inline_bytes; /* data: URI bytes copied into the page over all
                              * uses (0: the base64 size of max_total_bytes
                              * plus 1 MiB) */
    const char *user_agent;
    const char *source_url;  /* the page's final URL: base for relative URLs */
    int64_t captured;        /* capture time for the note */
} ls_single_opts;

typedef struct ls_single_asset ls_single_asset;

typedef struct ls_single {
    ls_single_asset *assets;   /* every distinct asset URL found */
    size_t n_assets, cap_assets;
    ls_fetch_result *fetched;  /* one per fetched asset, in fetch order */
    size_t n_fetched, cap_fetched;
    char *base_url;            /* the document's base (<base href> or source) */
    size_t inline_left;        /* what is left of max_inline_bytes */
    int data_css_depth;        /* nesting of data: stylesheets being rewritten */
    int css_depth;             /* nesting of fetched stylesheets being inlined */
    size_t max_collect;        /* distinct asset URLs kept (max_assets) */
    ls_buf html;               /* the rendered single file */
    ls_url_resolver resolver;  /* every URL of the page, resolved */
} ls_single;

void ls_single_init(ls_single *s);
void ls_single_release(ls_single *s);
int ls_single_fetch_assets(ls_single *s, const ls_dom *dom, const ls_single_opts *o);
/* The data: URI of a fetched asset (absolute URL), malloc'd, or NULL when
 * the URL was not fetched or failed, or when the inline budget is spent
 * (each call is one more copy in the output). */
char *ls_single_data_uri(ls_single *s, const char *abs_url);
int ls_single_render(ls_single *s, ls_dom *dom, const ls_single_opts *o);

#endif
