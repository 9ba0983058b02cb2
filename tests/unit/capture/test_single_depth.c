/*
 * test_single_depth.c - inlining stylesheets that import one another is a
 * recursion over what servers sent: it must stop at a fixed depth however
 * long the chain (here 200 stylesheets, as if all fetched in one round).
 */
#include "harness.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/single_int.h"
#include "util/err.h"
#include "util/str.h"

enum { CHAIN = 200 };

/* A fetched stylesheet at url whose text imports next (or names an image). */
static void fake_css(ls_single *s, size_t i, const char *url, const char *text)
{
    ls_fetch_result *r = &s->fetched[i];
    memset(r, 0, sizeof *r);
    r->exchanges = calloc(1, sizeof *r->exchanges);
    r->n_exchanges = 1;
    r->final = r->exchanges;
    r->final->url = ls_strdup(url);
    r->final->content_type = ls_strdup("text/css");
    ls_buf_init(&r->final->body, 1 << 20);
    ls_buf_adds(&r->final->body, text);
    ls_single_asset *a = &s->assets[i];
    a->fetched = (int)i;
    ls_buf_adds(&a->css, text);
}

TEST(single_css_import_chain_is_inlined_to_a_bounded_depth)
{
    ls_single s;
    ls_single_init(&s);
    s.max_collect = CHAIN;
    s.inline_left = (size_t)1 << 30;
    char url[64], next[64], text[128];
    for (int i = 0; i < CHAIN; i++) {
        snprintf(url, sizeof url, "http://a.example/c%d.css", i);
        CHECK_INT_EQ(single_add(&s, url, ASSET_CSS), LS_OK);
    }
    s.fetched = calloc(CHAIN, sizeof *s.fetched);
    s.n_fetched = s.cap_fetched = CHAIN;
    for (int i = 0; i < CHAIN; i++) {
        snprintf(url, sizeof url, "http://a.example/c%d.css", i);
        snprintf(next, sizeof next, "c%d.css", i + 1);
        snprintf(text, sizeof text, "@import url(%s); .l%d{color:red}", next, i);
        fake_css(&s, (size_t)i, url, text);
    }
    char *u = ls_single_data_uri(&s, "http://a.example/c0.css");
    CHECK(u != NULL);
    CHECK_INT_EQ(s.css_depth, 0);
    /* Follow the nested data: URIs: each level is one stylesheet inlined
     * inside its parent. */
    int levels = 0;
    char *cur = u;
    const char *mark = "data:text/css;charset=utf-8;base64,";
    while (cur) {
        char *p = strstr(cur, mark);
        if (!p)
            break;
        p += strlen(mark);
        size_t n = strcspn(p, "\")"), bin = 0;
        char *dec = malloc(n + 1);
        if (!dec || sodium_base642bin((unsigned char *)dec, n, p, n, NULL, &bin, NULL,
                                      sodium_base64_VARIANT_ORIGINAL) != 0) {
            free(dec);
            break;
        }
        dec[bin] = '\0';
        if (cur != u)
            free(cur);
        cur = dec;
        levels++;
    }
    if (cur != u)
        free(cur);
    CHECK(levels >= 8);   /* imports are inlined ... */
    CHECK(levels <= 17);  /* ... to a fixed depth, not 200 deep */
    free(u);
    ls_single_release(&s);
}
