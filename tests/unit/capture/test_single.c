/*
 * test_single.c - the single-file builder without a network: every asset
 * of the page points at an address the guard refuses, so each must be
 * dropped (never left as a remote URL), and active content must go.
 */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#include "capture/single.h"
#include "util/err.h"

static const char page[] =
    "<!DOCTYPE html><html><head><meta charset=gbk>"
    "<meta http-equiv=refresh content='0;url=http://evil.example/'>"
    "<base href='http://10.0.0.1/base/'>"
    "<link rel=stylesheet href='/css/a.css'><link rel=icon href='/favicon.ico'>"
    "<link rel=preload href='/font.woff2' as=font>"
    "<style>@import url('/css/b.css'); body{background:url(bg.png)}</style>"
    "<script src='/app.js'></script></head>"
    "<body onload='x()'><img src='a.png' srcset='a1.png 1x, a2.png 2x' data-src='lazy.png'>"
    "<picture><source srcset='p.webp'><img src='p.png'></picture>"
    "<div style='background-image:url(\"d.png\")' onclick='steal()'>text 智能制造</div>"
    "<iframe src='/admin'></iframe><a href='javascript:alert(1)'>js</a>"
    "<a href='/next'>next</a><svg><script>alert(1)</script></svg>"
    "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
    "<noscript><img src='ns.png'></noscript></body></html>";

static char *render(void)
{
    ls_dom *dom = NULL;
    CHECK_INT_EQ(ls_dom_parse(page, sizeof page - 1, &dom), LS_OK);
    ls_single s;
    ls_single_init(&s);
    ls_single_opts o = {
        .allow_private = false, .max_assets = 50, .parallel = 4,
        .max_asset_bytes = 1 << 20, .max_total_bytes = 4 << 20, .timeout_ms = 5000,
        .source_url = "http://10.0.0.1/article.html", .captured = 1700000000,
    };
    CHECK_INT_EQ(ls_single_fetch_assets(&s, dom, &o), LS_OK);
    /* Found through <base>, CSS @import and url(), srcset, lazy and picture. */
    CHECK(s.n_assets >= 10);
    CHECK_INT_EQ(ls_single_render(&s, dom, &o), LS_OK);
    char *html = ls_buf_detach(&s.html, NULL);
    ls_single_release(&s);
    ls_dom_free(dom);
    return html;
}

TEST(single_file_drops_unavailable_assets_and_active_content)
{
    char *html = render();
    CHECK_NOT_CONTAINS(html, "<script");
    CHECK_NOT_CONTAINS(html, "onload");
    CHECK_NOT_CONTAINS(html, "onclick");
    CHECK_NOT_CONTAINS(html, "refresh");
    CHECK_NOT_CONTAINS(html, "<iframe");
    CHECK_NOT_CONTAINS(html, "<base");
    CHECK_NOT_CONTAINS(html, "javascript:");
    CHECK_NOT_CONTAINS(html, "preload");
    CHECK_NOT_CONTAINS(html, "a.png");
    CHECK_NOT_CONTAINS(html, "a2.png");
    CHECK_NOT_CONTAINS(html, "lazy.png");
    CHECK_NOT_CONTAINS(html, "p.webp");
    CHECK_NOT_CONTAINS(html, "d.png");
    CHECK_NOT_CONTAINS(html, "bg.png");
    CHECK_NOT_CONTAINS(html, "b.css");
    CHECK_NOT_CONTAINS(html, "a.css");
    CHECK_NOT_CONTAINS(html, "favicon");
    CHECK_NOT_CONTAINS(html, "gbk");
    free(html);
}

TEST(single_file_keeps_text_links_and_inline_data)
{
    char *html = render();
    CHECK_CONTAINS(html, "<meta charset=\"utf-8\">");
    CHECK_CONTAINS(html, "text 智能制造");
    CHECK_CONTAINS(html, "href=\"http://10.0.0.1/next\"" ) ;
    CHECK_CONTAINS(html, "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
    CHECK_CONTAINS(html, "linksnap snapshot of http://10.0.0.1/article.html");
    CHECK_CONTAINS(html, "2023-11-14T22:13:20Z");
    free(html);
}
