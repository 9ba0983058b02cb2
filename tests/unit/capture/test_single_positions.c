/*
 * test_single_positions.c - the less common places a browser loads from
 * (SVG <use>, media, tracks, link rels, SVG paint attributes) and the
 * less common ways to run script (SVG <set>/<animate> on href). Every
 * asset points at an address the guard refuses, so nothing may be left
 * naming it.
 */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#include "capture/single.h"
#include "util/err.h"

static char *render_page(const char *page)
{
    ls_dom *dom = NULL;
    if (ls_dom_parse(page, strlen(page), &dom) != LS_OK)
        return NULL;
    ls_single s;
    ls_single_init(&s);
    ls_single_opts o = {
        .allow_private = false, .max_assets = 50, .parallel = 4,
        .max_asset_bytes = 1 << 20, .max_total_bytes = 4 << 20, .timeout_ms = 5000,
        .source_url = "http://10.0.0.1/article.html", .captured = 1700000000,
    };
    char *html = NULL;
    if (ls_single_fetch_assets(&s, dom, &o) == LS_OK && ls_single_render(&s, dom, &o) == LS_OK)
        html = ls_buf_detach(&s.html, NULL);
    ls_single_release(&s);
    ls_dom_free(dom);
    return html;
}

TEST(single_file_leaves_no_media_or_svg_reference)
{
    char *html = render_page(
        "<html><body>"
        "<svg><use href='/sprite.svg#i'></use><use xlink:href='/sprite2.svg#j'></use>"
        "<use href='#local'></use><feImage href='/fe.png'></feImage>"
        "<rect filter='url(/filt.svg#f)' fill='url(#grad)'></rect></svg>"
        "<video src='/movie.mp4' poster='/poster.png'><source src='/movie.webm'>"
        "<track src='/subs.vtt'></video><audio src='/sound.mp3'></audio>"
        "<audio><source src='/sound.ogg'></audio>"
        "<input type=IMAGE src='/button.png'>"
        "<svg><linearGradient id=g href='/grad.svg#x'></linearGradient>"
        "<textPath xlink:href='/path.svg#p'>t</textPath><a href='/page2'>l</a></svg>"
        "<math><mglyph src='/glyph.png'></mglyph></math>"
        "</body></html>");
    CHECK(html != NULL);
    CHECK_NOT_CONTAINS(html, "sprite");
    CHECK_NOT_CONTAINS(html, "fe.png");
    CHECK_NOT_CONTAINS(html, "filt.svg");
    CHECK_NOT_CONTAINS(html, "movie");
    CHECK_NOT_CONTAINS(html, "poster.png");
    CHECK_NOT_CONTAINS(html, "subs.vtt");
    CHECK_NOT_CONTAINS(html, "sound");
    CHECK_NOT_CONTAINS(html, "button.png");
    CHECK_NOT_CONTAINS(html, "grad.svg");
    CHECK_NOT_CONTAINS(html, "path.svg");
    CHECK_NOT_CONTAINS(html, "glyph.png");
    /* An SVG link is a link, not an asset: it stays, made absolute. */
    CHECK_CONTAINS(html, "http://10.0.0.1/page2");
    /* References inside the document itself are not requests: kept. */
    CHECK_CONTAINS(html, "href=\"#local\"");
    CHECK_CONTAINS(html, "url(#grad)");
    free(html);
}

TEST(single_file_drops_loading_links_whatever_their_other_rels)
{
    char *html = render_page(
        "<html><head>"
        "<link rel='alternate stylesheet' href='/alt.css'>"
        "<link rel='modulepreload alternate' href='/mod.js'>"
        "<link rel='canonical prefetch' href='/pre.html'>"
        "<link rel='preload icon-font' href='/font.woff2'>"
        "<link rel=manifest href='/app.webmanifest'>"
        "<link rel=canonical href='http://10.0.0.1/article.html'>"
        "</head><body>x</body></html>");
    CHECK(html != NULL);
    CHECK_NOT_CONTAINS(html, "alt.css");
    CHECK_NOT_CONTAINS(html, "mod.js");
    CHECK_NOT_CONTAINS(html, "pre.html");
    CHECK_NOT_CONTAINS(html, "font.woff2");
    CHECK_NOT_CONTAINS(html, "webmanifest");
    /* A plain canonical link loads nothing and stays. */
    CHECK_CONTAINS(html, "rel=\"canonical\"");
    free(html);
}

TEST(single_file_keeps_in_document_css_references)
{
    char *html = render_page(
        "<html><head><style>.a{fill:url(#g);background:url(/bg.png)}</style></head>"
        "<body><svg><circle style='fill:url(#g2)'></circle></svg></body></html>");
    CHECK(html != NULL);
    CHECK_CONTAINS(html, "url(#g)");
    CHECK_CONTAINS(html, "url(#g2)");
    CHECK_NOT_CONTAINS(html, "bg.png");
    free(html);
}

TEST(single_file_drops_svg_animation_of_links)
{
    char *html = render_page(
        "<html><body><svg><a><set attributeName='href' to='javascript:alert(1)'></set>"
        "<animate attributeName='xlink:href' values='javascript:alert(2)'></animate>"
        "<text>click</text></a>"
        "<rect><animate attributeName='width' from='0' to='10' dur='1s'></animate></rect>"
        "</svg>"
        "<math><mi href='javascript:alert(3)'>x</mi></math></body></html>");
    CHECK(html != NULL);
    CHECK_NOT_CONTAINS(html, "javascript");
    CHECK_NOT_CONTAINS(html, "alert");
    /* Animations of other attributes are harmless and stay. */
    CHECK_CONTAINS(html, "attributename=\"width\"");
    CHECK_CONTAINS(html, "click");
    free(html);
}

TEST(single_file_finds_urls_in_odd_css_and_srcset_spelling)
{
    char *html = render_page(
        "<html><head><style>"
        ".a{background:u\\72l(/esc1.png)}"
        ".b{background:/*x*/url( '/esc2.png' )}"
        ".c{background:image-set(\"/is1.png\" 1x, url(/is2.png) 2x)}"
        ".d{background:-webkit-image-set('/is3.png' 1x)}"
        "@font-face{font-family:f;src:url(/f1.woff2) format(\"woff2\"),local(x),url('/f2.woff')}"
        "@import \"/imp.css\";"
        ".e{background:URL(/upper.png)}"
        "</style></head><body>"
        "<img srcset='/s1.png 1x,/s2.png   2x'><img srcset='  /s3.png'>"
        "<img srcset='/s4.png\t1x,\n/s5.png 2x'>"
        "<div style='background:\\75rl(/esc3.png)'>t</div>"
        "</body></html>");
    CHECK(html != NULL);
    CHECK_NOT_CONTAINS(html, "esc1");
    CHECK_NOT_CONTAINS(html, "esc2");
    CHECK_NOT_CONTAINS(html, "esc3");
    CHECK_NOT_CONTAINS(html, "is1.png");
    CHECK_NOT_CONTAINS(html, "is2.png");
    CHECK_NOT_CONTAINS(html, "is3.png");
    CHECK_NOT_CONTAINS(html, ".woff");
    CHECK_NOT_CONTAINS(html, "imp.css");
    CHECK_NOT_CONTAINS(html, "upper.png");
    CHECK_NOT_CONTAINS(html, "/s1.png");
    CHECK_NOT_CONTAINS(html, "/s2.png");
    CHECK_NOT_CONTAINS(html, "/s3.png");
    CHECK_NOT_CONTAINS(html, "/s4.png");
    CHECK_NOT_CONTAINS(html, "/s5.png");
    free(html);
}

TEST(single_file_rewrites_stylesheets_that_are_data_uris)
{
    /* base64 of "@import url(/imp2.css); .a{background:url(http://10.0.0.1/b64.png)}" */
    char *html = render_page(
        "<html><head>"
        "<link rel=stylesheet href='data:text/css,body{background:url(http://10.0.0.1/plain.png)}'>"
        "<link rel=stylesheet href='data:text/css;base64,QGltcG9ydCB1cmwoL2ltcDIuY3NzKTsgLmF7YmFja2dy"
        "b3VuZDp1cmwoaHR0cDovLzEwLjAuMC4xL2I2NC5wbmcpfQ=='>"
        "<link rel=stylesheet href='data:text/css,.c%7Bbackground:url(http://10.0.0.1/pct.png)%7D'>"
        "<style>@import url(\"data:text/css,@import url('data:text/css,.d{background:"
        "url(http://10.0.0.1/deep.png)}');.b{background:url(http://10.0.0.1/nested.png)}\");"
        "</style></head><body>x</body></html>");
    CHECK(html != NULL);
    CHECK_NOT_CONTAINS(html, "plain.png");
    CHECK_NOT_CONTAINS(html, "QGltcG9ydCB1cmwoL2ltcDIuY3NzKTsgLmF7");
    CHECK_NOT_CONTAINS(html, "pct.png");
    CHECK_NOT_CONTAINS(html, "nested.png");
    CHECK_NOT_CONTAINS(html, "deep.png");
    /* Still stylesheets: the links stay, as rewritten data: URIs. */
    CHECK_CONTAINS(html, "href=\"data:text/css;charset=utf-8;base64,");
    free(html);
}

TEST(single_file_drops_other_active_tricks)
{
    char *html = render_page(
        "<html><head><meta http-equiv='refresh ' content='0;url=http://evil.example/'></head>"
        "<body><svg><set attributeName='onmouseover' to='alert(4)'></set></svg>"
        "<portal src='/portal.html'></portal>"
        "<a href='data:text/html,<script>alert(1)</script>'>d</a>"
        "<a href='data:image/png;base64,AAAA'>png</a>"
        "<img src='data:image/svg+xml;base64,PHN2Zy8+' lowsrc='/low.png' dynsrc='/dyn.avi'>"
        "</body></html>");
    CHECK(html != NULL);
    CHECK_NOT_CONTAINS(html, "evil.example");
    CHECK_NOT_CONTAINS(html, "alert");
    CHECK_NOT_CONTAINS(html, "portal");
    CHECK_NOT_CONTAINS(html, "data:text/html");
    CHECK_NOT_CONTAINS(html, "low.png");
    CHECK_NOT_CONTAINS(html, "dyn.avi");
    /* Inline images stay, in links and in img. */
    CHECK_CONTAINS(html, "href=\"data:image/png;base64,AAAA\"");
    CHECK_CONTAINS(html, "src=\"data:image/svg+xml;base64,PHN2Zy8+\"");
    free(html);
}

TEST(single_file_keeps_no_more_asset_urls_than_it_may_fetch)
{
    ls_buf page;
    ls_buf_init(&page, 1 << 22);
    ls_buf_adds(&page, "<html><body>");
    for (int i = 0; i < 20000; i++)
        ls_buf_addf(&page, "<img src='/many/%d.png'>", i);
    ls_buf_adds(&page, "</body></html>");
    ls_dom *dom = NULL;
    CHECK_INT_EQ(ls_dom_parse(page.data, page.len, &dom), LS_OK);
    ls_single s;
    ls_single_init(&s);
    ls_single_opts o = {
        .allow_private = false, .max_assets = 50, .parallel = 4,
        .max_asset_bytes = 1 << 20, .max_total_bytes = 4 << 20, .timeout_ms = 5000,
        .source_url = "http://10.0.0.1/article.html", .captured = 1700000000,
    };
    CHECK_INT_EQ(ls_single_fetch_assets(&s, dom, &o), LS_OK);
    /* One lookup per reference runs over what was kept: 20,000 kept URLs
     * would make the page quadratic. */
    CHECK(s.n_assets <= 50);
    CHECK_INT_EQ(ls_single_render(&s, dom, &o), LS_OK);
    CHECK_NOT_CONTAINS(s.html.data, "/many/");
    ls_single_release(&s);
    ls_dom_free(dom);
    ls_buf_release(&page);
}

TEST(single_file_shows_what_the_page_script_would_show)
{
    /* the copy runs no script: a page hidden until its scripts ran, and a
     * WeChat article's body, are shown; other hidden elements stay hidden */
    char *html = render_page(
        "<html style='visibility:hidden'><body style='opacity:0 !important; color: red'>"
        "<div class=rich_media_content id=js_content style='visibility: hidden; opacity: 0;'>"
        "<p>正文</p></div><div id=js_content style='visibility:hidden'>other</div>"
        "<div id=menu style='visibility:hidden'>menu</div>"
        "<div class=fade style='opacity:0.5'>half</div></body></html>");
    CHECK(html != NULL);
    CHECK_CONTAINS(html, "<html style=\"\">");
    CHECK_CONTAINS(html, "<body style=\" color: red;\">");
    CHECK_CONTAINS(html, "<div class=\"rich_media_content\" id=\"js_content\" style=\"\">");
    CHECK_CONTAINS(html, "<div id=\"js_content\" style=\"visibility:hidden\">other");
    CHECK_CONTAINS(html, "<div id=\"menu\" style=\"visibility:hidden\">");
    CHECK_CONTAINS(html, "style=\"opacity:0.5\"");
    free(html);
}
