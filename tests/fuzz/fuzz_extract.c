/*
 * fuzz_extract.c - libFuzzer target for the reader article: arbitrary bytes
 * are repaired as a decoded page is (ls_mojibake_repair), parsed into a DOM
 * and run through ls_extract() with a base URL. Crashes, sanitizer reports
 * and broken invariants are findings:
 *   - the repair keeps valid UTF-8 valid;
 *   - text and html are never NULL, and html stays within the text cap;
 *   - the DOM is left as it was given (ls_extract only reads it);
 *   - the article html, parsed again, holds no active content: no script,
 *     style, iframe, object, embed or SVG, no on* or style attribute, and
 *     links and images only to http(s) (image URLs pass the rewrite hook,
 *     which sees absolute http(s) URLs only).
 *
 * Build and run as fuzz_html.c says (target fuzz_extract); seeds: the
 * pages under tests/e2e/fixtures.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract.h"
#include "html/dom.h"
#include "html/serialize.h"
#include "util/buf.h"
#include "util/mojibake.h"
#include "util/str.h"

static char *rewrite(void *ctx, const char *abs_url)
{
    (void)ctx;
    if (strncasecmp(abs_url, "http://", 7) && strncasecmp(abs_url, "https://", 8))
        abort();
    return NULL;
}

static void check_article_html(const char *html)
{
    ls_dom *d = NULL;
    if (ls_dom_parse(html, strlen(html), &d) != 0)
        return;
    for (ls_node *n = d->root; n; n = ls_node_next(n, d->root)) {
        if (ls_node_is(n, GUMBO_TAG_SCRIPT) || ls_node_is(n, GUMBO_TAG_IFRAME)
            || ls_node_is(n, GUMBO_TAG_STYLE) || ls_node_is(n, GUMBO_TAG_SVG)
            || ls_node_is(n, GUMBO_TAG_OBJECT) || ls_node_is(n, GUMBO_TAG_EMBED))
            abort();
        for (ls_attr *a = n->attrs; a; a = a->next)
            if (!strncmp(a->name, "on", 2) || !strcmp(a->name, "style"))
                abort();
        const char *urls[2] = {ls_node_attr(n, "href"), ls_node_attr(n, "src")};
        for (int k = 0; k < 2; k++)
            if (urls[k] && strncmp(urls[k], "http://", 7) && strncmp(urls[k], "https://", 8))
                abort();
    }
    ls_dom_free(d);
}

static void digest(const ls_dom *d, ls_buf *out)
{
    ls_html_serialize(d->root, out, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ls_buf page;
    ls_buf_init(&page, 64u << 20);
    if (ls_buf_add(&page, data, size) || ls_mojibake_repair(&page)) {
        ls_buf_release(&page);
        return 0;
    }
    if (ls_utf8_valid((const char *)data, size) && !ls_utf8_valid(page.data, page.len))
        abort();
    ls_dom *d = NULL;
    int prc = ls_dom_parse(page.data ? page.data : "", page.len, &d);
    ls_buf_release(&page);
    if (prc != 0)
        return 0;
    ls_buf before, after;
    ls_buf_init(&before, 64u << 20);
    ls_buf_init(&after, 64u << 20);
    digest(d, &before);
    ls_extract_opts o = {.now = 1715342400, .rewrite_image = rewrite, .max_text = 1u << 20};
    ls_article a;
    int rc = ls_extract(d, "https://example.com/news/2024/story.html?id=1", &o, &a);
    if (rc == 0 && (!a.text || !a.html || strlen(a.html) > (1u << 20) + 64))
        abort();
    if (rc == 0)
        check_article_html(a.html);
    digest(d, &after);
    if (before.len != after.len || (before.len && memcmp(before.data, after.data, before.len)))
        abort();
    ls_article_release(&a);
    ls_buf_release(&before);
    ls_buf_release(&after);
    ls_dom_free(d);
    return 0;
}
