/*
 * fuzz_html.c - libFuzzer target for the html layer: arbitrary bytes are
 * parsed into a DOM, serialized, re-parsed, sanitized into reader HTML, and
 * also run through the CSS and srcset scanners. Crashes, sanitizer reports
 * and broken invariants (the sanitized output must hold no active content)
 * are findings.
 *
 * Build (LS_FUZZ instruments every library for coverage, LS_SANITIZE adds
 * ASan and UBSan):
 *   CC=clang cmake -S . -B build-fuzz -DLS_FUZZ=ON -DLS_SANITIZE=ON
 *   cmake --build build-fuzz --target fuzz_html
 *   ./build-fuzz/fuzz_html -max_total_time=60 -max_len=8192 CORPUS_DIR
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html/css.h"
#include "html/dom.h"
#include "html/sanitize.h"
#include "html/serialize.h"
#include "html/srcset.h"

static int count_css(void *ctx, const ls_css_ref *r)
{
    size_t *n = ctx;
    if (r->off > SIZE_MAX - r->len)
        abort();
    (*n)++;
    return 0;
}

static int repl_css(void *ctx, const ls_css_ref *r, ls_buf *out)
{
    return ls_buf_add(out, r->url, r->url_len), 0;
}

static int count_src(void *ctx, const ls_srcset_cand *c)
{
    size_t *n = ctx;
    (*n)++;
    return 0;
}

static int img_cb(void *ctx, const char *url, ls_buf *out)
{
    /* Every URL handed to the callback must already be safe. */
    if (strncasecmp(url, "http://", 7) && strncasecmp(url, "https://", 8) &&
        strncasecmp(url, "data:image/", 11))
        abort();
    return 0;
}

static void check_sanitized(const char *html)
{
    ls_dom *d = NULL;
    if (ls_dom_parse(html, strlen(html), &d) != 0)
        return;
    /* Re-parsing the sanitized output must give no active elements. */
    for (ls_node *n = d->root; n; n = ls_node_next(n, d->root)) {
        if (ls_node_is(n, GUMBO_TAG_SCRIPT) || ls_node_is(n, GUMBO_TAG_IFRAME) ||
            ls_node_is(n, GUMBO_TAG_STYLE) || ls_node_is(n, GUMBO_TAG_SVG) ||
            ls_node_is(n, GUMBO_TAG_OBJECT) || ls_node_is(n, GUMBO_TAG_EMBED))
            abort();
        for (ls_attr *a = n->attrs; a; a = a->next)
            if (!strncmp(a->name, "on", 2) || !strcmp(a->name, "style"))
                abort();
        const char *href = ls_node_attr(n, "href");
        if (href && strncmp(href, "http://", 7) && strncmp(href, "https://", 8) &&
            strncmp(href, "mailto:", 7))
            abort();
    }
    ls_dom_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    ls_dom *d = NULL;
    if (ls_dom_parse(s, size, &d) != 0)
        return 0;
    ls_buf out;
    ls_buf_init(&out, 16u << 20);
    ls_html_serialize(d->root, &out, 0);
    ls_dom *d2 = NULL;
    if (!out.err && ls_dom_parse(out.data ? out.data : "", out.len, &d2) == 0)
        ls_dom_free(d2);
    ls_buf_reset(&out);
    ls_sanitize_opts o = {.base_url = "https://example.com/a/b?c", .img_url = img_cb};
    if (ls_html_sanitize_html(d, d->root, &o, &out) == 0 && out.data)
        check_sanitized(out.data);
    ls_dom_free(d);
    size_t n = 0;
    ls_css_scan(s, size, count_css, &n);
    ls_buf_reset(&out);
    ls_css_rewrite(s, size, repl_css, NULL, &out);
    ls_srcset_each(s, size, count_src, &n);
    ls_buf_release(&out);
    return 0;
}
