/* Unit tests for html/sanitize, html/resolve and html/srcset. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "html/dom.h"
#include "html/resolve.h"
#include "html/sanitize.h"
#include "html/serialize.h"
#include "html/srcset.h"
#include "util/err.h"

#define BASE "https://news.example.com/a/b/post.html?id=7"

/* Parses html, sanitizes the body with opts and returns its inner HTML. */
static char *clean_with(const char *html, const ls_sanitize_opts *opts)
{
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(html, strlen(html), &d), LS_OK);
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    CHECK_INT_EQ(ls_html_sanitize_html(d, d->body, opts, &b), 0);
    ls_dom_free(d);
    char *s = ls_buf_detach(&b, NULL);
    return s;
}

static char *clean(const char *html)
{
    ls_sanitize_opts o = {.base_url = BASE};
    return clean_with(html, &o);
}

#define CHECK_CLEAN(in, expect)                                               \
    do {                                                                      \
        char *got_ = clean(in);                                               \
        CHECK_STR_EQ(got_, expect);                                           \
        free(got_);                                                           \
    } while (0)

TEST(san_keeps_article_markup)
{
    CHECK_CLEAN("<h2 class=x id=y>T</h2><p style='color:red'>A <em>b</em> <strong>c</strong>"
                "<br>d<sub>2</sub></p><ul><li value=3>x</li></ul><blockquote>q</blockquote>",
                "<h2>T</h2><p>A <em>b</em> <strong>c</strong><br>d<sub>2</sub></p>"
                "<ul><li value=\"3\">x</li></ul><blockquote>q</blockquote>");
    CHECK_CLEAN("<table><caption>c</caption><tr><th scope=col colspan=2 onclick=x>h</th></tr>"
                "<tr><td rowspan='1x'>d</td></tr></table>",
                "<table><caption>c</caption><tbody><tr><th scope=\"col\" colspan=\"2\">h</th>"
                "</tr><tr><td>d</td></tr></tbody></table>");
    CHECK_CLEAN("<time datetime='2024-01-02' class=t>Jan</time><abbr title=W>WHO</abbr>"
                "<p dir=rtl lang=ar>x</p><p dir=evil>y</p>",
                "<time datetime=\"2024-01-02\">Jan</time><abbr title=\"W\">WHO</abbr>"
                "<p dir=\"rtl\" lang=\"ar\">x</p><p>y</p>");
}

TEST(san_drops_active_content)
{
    char *s = clean("<p>ok</p><script>alert(1)</script><style>p{}</style>"
                    "<svg onload=alert(1)><script>x</script></svg>"
                    "<iframe src=/admin></iframe><object data=x></object><embed src=x>"
                    "<noscript><img src=n.png></noscript><template><b>t</b></template>"
                    "<math><mi>m</mi></math><video src=v.mp4></video>");
    CHECK_STR_EQ(s, "<p>ok</p>");
    free(s);
    /* head-only elements that ended up in the body, and forms. */
    s = clean("<meta http-equiv=refresh content='0;url=/api/logout'><base href=//evil.example/>"
              "<link rel=stylesheet href=x.css>"
              "<form action=/api/links method=post><input name=u><button>Go</button>"
              "<p>in form</p></form>");
    CHECK_STR_EQ(s, "<p>in form</p>");
    free(s);
}

TEST(san_strips_event_handlers_style_class_id)
{
    char *s = clean("<p onclick=a() onmouseover=b() style='x' class=c id=i data-x=1>t</p>"
                    "<img src=a.png onerror=alert(1) style=x>");
    CHECK_NOT_CONTAINS(s, "on");
    CHECK_NOT_CONTAINS(s, "style");
    CHECK_NOT_CONTAINS(s, "class");
    CHECK_NOT_CONTAINS(s, "id=");
    CHECK_STR_EQ(s, "<p>t</p><img src=\"https://news.example.com/a/b/a.png\">");
    free(s);
}

TEST(san_link_schemes)
{
    static const char *bad[] = {
        "javascript:alert(1)", "jAvAsCrIpT:alert(1)", "java&#x09;script:alert(1)",
        " javascript:alert(1)", "\x01javascript:alert(1)", "java\nscript:alert(1)",
        "javascript&colon;alert(1)", "&#106;avascript:alert(1)", "vbscript:x",
        "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://x/",
        "java&amp;#x09;script:alert(1)",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ls_buf in;
        ls_buf_init(&in, 1000);
        ls_buf_addf(&in, "<a href=\"%s\">x</a>", bad[i]);
        char *s = clean(in.data);
        if (strcmp(s, "<a>x</a>") != 0 && strncmp(s, "<a href=\"https://news.example.com/", 34) != 0)
            ls_test_fail(__FILE__, __LINE__, "%s gave %s", bad[i], s);
        free(s);
        ls_buf_release(&in);
    }
    CHECK_CLEAN("<a href='HTTP://x.example/p' title=t target=_blank>a</a>",
                "<a href=\"http://x.example/p\" title=\"t\" rel=\"noopener noreferrer\">a</a>");
    CHECK_CLEAN("<a href='mailto:me@x.example'>m</a>",
                "<a href=\"mailto:me@x.example\" rel=\"noopener noreferrer\">m</a>");
    CHECK_CLEAN("<a href='../c/d.html'>r</a><a href='//cdn.example/x'>s</a><a href='#n'>f</a>",
                "<a href=\"https://news.example.com/a/c/d.html\" rel=\"noopener noreferrer\">r</a>"
                "<a href=\"https://cdn.example/x\" rel=\"noopener noreferrer\">s</a>"
                "<a href=\"https://news.example.com/a/b/post.html?id=7#n\" "
                "rel=\"noopener noreferrer\">f</a>");
}

TEST(san_no_base_drops_relative)
{
    ls_sanitize_opts o = {0};
    char *s = clean_with("<a href=/x>a</a><img src=i.png><a href=https://ok.example/>b</a>", &o);
    CHECK_STR_EQ(s, "<a>a</a><a href=\"https://ok.example/\" rel=\"noopener noreferrer\">b</a>");
    free(s);
}

static int to_store(void *ctx, const char *url, ls_buf *out)
{
    int *calls = ctx;
    (*calls)++;
    if (strstr(url, "tracker"))
        return 1;
    ls_buf_addf(out, "/blob/%d", *calls);
    return 0;
}

TEST(san_images)
{
    int calls = 0;
    ls_sanitize_opts o = {.base_url = BASE, .img_url = to_store, .img_ctx = &calls};
    char *s = clean_with("<img src='a.png' alt='A' width=10 height='x'>"
                         "<img src='javascript:alert(1)'><img src='data:image/svg+xml,<svg/>'>"
                         "<img src='data:image/png;base64,AAAA'><img src='//t.example/tracker.gif'>"
                         "<img srcset='s.jpg 320w, l.jpg 1024w'>"
                         "<picture><source srcset='p.webp 2x'><img src='p.jpg' alt=p></picture>"
                         "<picture><source srcset='only.webp 1x, big.webp 2x'><img></picture>"
                         "<picture><source srcset=x.webp></picture>",
                         &o);
    CHECK_STR_EQ(s, "<img src=\"/blob/1\" alt=\"A\" width=\"10\">"
                    "<img src=\"/blob/2\"><img src=\"/blob/4\"><img src=\"/blob/5\" alt=\"p\">"
                    "<img src=\"/blob/6\">");
    CHECK_INT_EQ(calls, 6);
    free(s);
    ls_sanitize_opts plain = {.base_url = BASE};
    s = clean_with("<picture><source srcset='only.webp 1x, big.webp 2x'><img></picture>", &plain);
    CHECK_STR_EQ(s, "<img src=\"https://news.example.com/a/b/big.webp\">");
    free(s);
    ls_sanitize_opts drop = {.base_url = BASE, .flags = LS_SAN_DROP_IMAGES};
    s = clean_with("<p>a<img src=x.png>b</p>", &drop);
    CHECK_STR_EQ(s, "<p>ab</p>");
    free(s);
}

TEST(san_unwrap_and_sections)
{
    CHECK_CLEAN("<article><header><h1>t</h1></header><section><p>a<font color=red>b</font>"
                "<x-widget>c</x-widget></p></section></article><!-- c -->",
                "<div><div><h1>t</h1></div><div><p>abc</p></div></div>");
    ls_sanitize_opts o = {.base_url = BASE, .flags = LS_SAN_UNWRAP_DIV};
    char *s = clean_with("<div class=a><span>x</span><section><p>y</p></section></div>", &o);
    CHECK_STR_EQ(s, "x<p>y</p>");
    free(s);
}

TEST(san_root_and_callback_error)
{
    ls_dom *d = NULL;
    const char *h = "<body><div id=r onclick=x><p>a</p></div>";
    CHECK_INT_EQ(ls_dom_parse(h, strlen(h), &d), LS_OK);
    ls_node *r = d->body->first_child;
    CHECK_INT_EQ(ls_html_sanitize(d, r, NULL), 0);
    CHECK(r->attrs == NULL);
    ls_dom_free(d);
    h = "<body><script>a</script>";
    CHECK_INT_EQ(ls_dom_parse(h, strlen(h), &d), LS_OK);
    ls_node *sc = ls_dom_find(d->root, GUMBO_TAG_SCRIPT);
    const char *evil = "<img src=x onerror=alert(1)>";
    ls_node_set_text(d, sc->first_child, evil, strlen(evil));
    ls_buf b;
    ls_buf_init(&b, 1000);
    CHECK_INT_EQ(ls_html_sanitize_html(d, sc, NULL, &b), 0);
    CHECK_NOT_CONTAINS(b.data, "<img");
    ls_buf_release(&b);
    ls_dom_free(d);
}

static int fail_cb(void *ctx, const char *url, ls_buf *out)
{
    return LS_EIO;
}

TEST(san_callback_error_is_returned)
{
    ls_dom *d = NULL;
    const char *h = "<img src=a.png>";
    CHECK_INT_EQ(ls_dom_parse(h, strlen(h), &d), LS_OK);
    ls_sanitize_opts o = {.base_url = BASE, .img_url = fail_cb};
    CHECK_INT_EQ(ls_html_sanitize(d, d->body, &o), LS_EIO);
    ls_dom_free(d);
}

TEST(san_output_reparses_to_same)
{
    const char *h = "<p>1 &lt;b&gt; <a href='/x?a=1&amp;b=\"2\"'>l</a></p><pre>\n\nx</pre>"
                    "<p title='\"&lt;'>t</p>";
    char *once = clean(h);
    char *twice = clean(once);
    CHECK_STR_EQ(twice, once);
    free(once);
    free(twice);
}

TEST(resolve_and_scheme)
{
    char sch[16];
    CHECK(ls_html_url_scheme("jAvAsCrIpT:x", sch, sizeof sch));
    CHECK_STR_EQ(sch, "javascript");
    CHECK(ls_html_url_scheme(" \x01java&#x09;scr&#x69;pt&#58;x", sch, sizeof sch));
    CHECK_STR_EQ(sch, "javascript");
    CHECK(!ls_html_url_scheme("/path:x", sch, sizeof sch));
    CHECK(!ls_html_url_scheme("a/b:c", sch, sizeof sch));
    CHECK(!ls_html_url_scheme("9a:b", sch, sizeof sch));
    CHECK(ls_html_url_scheme("averyveryverylongscheme:x", sch, 8));
    CHECK_STR_EQ(sch, "?");
    ls_buf b;
    ls_buf_init(&b, 1000);
    CHECK_INT_EQ(ls_html_resolve_url(BASE, " ../x y.png\n", &b), 0);
    CHECK_STR_EQ(b.data, "https://news.example.com/a/x%20y.png");
    ls_buf_reset(&b);
    CHECK_INT_EQ(ls_html_resolve_url(BASE, "?q=2", &b), 0);
    CHECK_STR_EQ(b.data, "https://news.example.com/a/b/post.html?q=2");
    ls_buf_reset(&b);
    CHECK_INT_EQ(ls_html_resolve_url(BASE, "ftp://x.example/", &b), LS_EINVAL);
    CHECK_INT_EQ(ls_html_resolve_url("not a url", "x", &b), LS_EINVAL);
    CHECK_INT_EQ(ls_html_resolve_url(BASE, "http://a b/", &b), LS_EINVAL);
    ls_buf_reset(&b);
    ls_html_url_clean(&b, "\x02 a\tb\nc\r \x1f", 9);
    CHECK_STR_EQ(b.data, "abc");
    ls_buf_release(&b);
}

static int collect(void *ctx, const ls_srcset_cand *c)
{
    ls_buf *b = ctx;
    ls_buf_addf(b, "[%.*s|%.*s]", (int)c->url_len, c->url, (int)c->desc_len, c->desc);
    return 0;
}

static char *list(const char *s)
{
    ls_buf b;
    ls_buf_init(&b, 1000);
    CHECK_INT_EQ(ls_srcset_each(s, strlen(s), collect, &b), 0);
    ls_buf_adds(&b, "");
    return ls_buf_detach(&b, NULL);
}

#define CHECK_SRCSET(in, expect)                                              \
    do {                                                                      \
        char *got_ = list(in);                                                \
        CHECK_STR_EQ(got_, expect);                                           \
        free(got_);                                                           \
    } while (0)

TEST(srcset_parse)
{
    CHECK_SRCSET("a.jpg", "[a.jpg|]");
    CHECK_SRCSET(" a.jpg 1x , b.jpg  2x", "[a.jpg|1x][b.jpg|2x]");
    CHECK_SRCSET("a,b.jpg 100w,c.jpg 200w", "[a,b.jpg|100w][c.jpg|200w]");
    CHECK_SRCSET("a.jpg,b.jpg", "[a.jpg,b.jpg|]");
    CHECK_SRCSET("a.jpg, b.jpg,, c.jpg", "[a.jpg|][b.jpg|][c.jpg|]");
    CHECK_SRCSET("data:image/png;base64,AA== 1x, x.png 2x",
                 "[data:image/png;base64,AA==|1x][x.png|2x]");
    CHECK_SRCSET("a.jpg 100w 50h, b.jpg (x, y) 2x", "[a.jpg|100w 50h][b.jpg|(x, y) 2x]");
    CHECK_SRCSET("", "");
    CHECK_SRCSET(" , ,", "");
    CHECK_SRCSET("a.jpg (unclosed, b", "[a.jpg|(unclosed, b]");
    ls_srcset_cand best;
    const char *s = "s.jpg 320w, xl.jpg 1600w, m.jpg 800w";
    CHECK(ls_srcset_best(s, strlen(s), &best));
    CHECK_INT_EQ(best.url_len, 6);
    CHECK(memcmp(best.url, "xl.jpg", 6) == 0);
    CHECK_INT_EQ((long long)best.w, 1600);
    s = "a.jpg, b.jpg 3x, c.jpg 2x";
    CHECK(ls_srcset_best(s, strlen(s), &best));
    CHECK(memcmp(best.url, "b.jpg", 5) == 0);
    CHECK(!ls_srcset_best(" ", 1, &best));
    /* Truncated input: only len bytes are read. */
    CHECK_SRCSET("", "");
    char trunc[] = {'a', '.', 'j', 'p', 'g', ' ', '2'};
    ls_buf b;
    ls_buf_init(&b, 100);
    ls_srcset_each(trunc, sizeof trunc, collect, &b);
    CHECK_STR_EQ(b.data, "[a.jpg|2]");
    ls_buf_release(&b);
}

static int rw(void *ctx, const char *url, size_t n, ls_buf *out)
{
    if (n >= 4 && memcmp(url, "drop", 4) == 0)
        return 1;
    if (n >= 4 && memcmp(url, "fail", 4) == 0)
        return LS_EIO;
    if (n >= 3 && memcmp(url, "odd", 3) == 0)
        return ls_buf_adds(out, "x y,"), 0;
    ls_buf_adds(out, "data:image/png;base64,");
    ls_buf_add(out, url, n);
    return 0;
}

TEST(srcset_rewrite)
{
    ls_buf b;
    ls_buf_init(&b, 1000);
    const char *s = "a.png 1x, drop.png 2x, c,d.png 480w";
    CHECK_INT_EQ(ls_srcset_rewrite(s, strlen(s), rw, NULL, &b), 0);
    CHECK_STR_EQ(b.data, "data:image/png;base64,a.png 1x, data:image/png;base64,c,d.png 480w");
    char *again = list(b.data);
    CHECK_STR_EQ(again, "[data:image/png;base64,a.png|1x][data:image/png;base64,c,d.png|480w]");
    free(again);
    ls_buf_reset(&b);
    CHECK_INT_EQ(ls_srcset_rewrite("odd.png 2x", 10, rw, NULL, &b), 0);
    CHECK_STR_EQ(b.data, "x%20y%2C 2x");
    ls_buf_reset(&b);
    CHECK_INT_EQ(ls_srcset_rewrite("a 1x, fail 2x", 13, rw, NULL, &b), LS_EIO);
    ls_buf_release(&b);
}
