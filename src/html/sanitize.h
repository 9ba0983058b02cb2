/*
 * sanitize.h - the allow-list sanitizer for reader-view article HTML.
 *
 * Works IN PLACE on the descendants of root. root itself stays as the
 * container, without attributes, renamed to div unless it is an allowed
 * element; serialize it with LS_SER_INNER, or use ls_html_sanitize_html()
 * to get the sanitized inner HTML at once. Afterwards the subtree holds
 * only:
 *   elements  p h1-h6 ul ol li blockquote pre code em strong b i u s sub sup
 *             br hr a img figure figcaption table thead tbody tr th td caption
 *             dl dt dd span div mark small abbr time q
 *   attrs     a: href title; img: src alt title width height; td/th: colspan
 *             rowspan; th: scope; time: datetime; abbr: title; ol: start
 *             reversed; li: value; blockquote/q: cite; any: lang dir
 *   text, with comments and doctypes removed.
 * Dropped with their content: script, style, template, iframe, frame(set),
 * object, embed, applet, noscript, svg, math, canvas, audio, video, map,
 * head elements (meta, link, base, title), form controls (input, button,
 * select, textarea, option), dialog. Sectioning elements (article, section,
 * header, footer, main, nav, aside, address, center, details, summary,
 * hgroup, fieldset) become div; any other element (form, font, unknown
 * tags, ...) is unwrapped: its children stay. <picture> collapses to its
 * <img>; an img without src takes the best srcset candidate.
 *
 * URLs: each is cleaned (tab/newline removed, controls trimmed), its scheme
 * checked case-insensitively after decoding character references, then
 * resolved against base_url. Links keep http, https and mailto (anything
 * else loses its href, the text stays) and get rel="noopener noreferrer";
 * blockquote/q cite keep http/https. Images keep http/https (resolved) or
 * data:image/{png,jpeg,gif,webp,avif,bmp} and are otherwise removed; the
 * img_url callback may then replace the URL (e.g. with a stored copy).
 * Numeric attributes must be digits; dir must be ltr, rtl or auto.
 */
#ifndef LS_HTML_SANITIZE_H
#define LS_HTML_SANITIZE_H

#include "html/dom.h"
#include "util/buf.h"

/*
 * Rewrites an image URL (absolute http/https or data:image). Append the
 * replacement to out and return 0 (an empty out keeps url as it is), 1 to
 * remove the image, or a negative LS_E* to stop sanitizing (returned).
 */
typedef int (*ls_sanitize_img_fn)(void *ctx, const char *url, ls_buf *out);

enum {
    LS_SAN_UNWRAP_DIV = 1u << 0,  /* unwrap div and span too */
    LS_SAN_DROP_IMAGES = 1u << 1, /* remove every img */
};

typedef struct {
    const char *base_url; /* absolute; NULL: relative URLs are dropped */
    ls_sanitize_img_fn img_url;
    void *img_ctx;
    unsigned flags;
} ls_sanitize_opts;

/* Sanitizes root's descendants in place. Returns 0, LS_ENOMEM, or the
 * callback's error (the tree is then partly sanitized: do not publish it). */
int ls_html_sanitize(ls_dom *dom, ls_node *root, const ls_sanitize_opts *opts);

/* Sanitizes in place, then appends root's inner HTML (no comments) to out. */
int ls_html_sanitize_html(ls_dom *dom, ls_node *root, const ls_sanitize_opts *opts,
                          ls_buf *out);

#endif
