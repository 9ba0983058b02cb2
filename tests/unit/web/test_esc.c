/*
 * test_esc.c - context escaping (web/esc.h).
 */
#include <stdlib.h>

#include "harness.h"
#include "util/buf.h"
#include "web/esc.h"

typedef void (*esc_fn)(ls_buf *, const char *);

static char *run(esc_fn f, const char *in)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    f(&b, in);
    return ls_buf_detach(&b, NULL);
}

TEST(html_escapes_markup_and_quotes)
{
    char *s = run(ls_esc_html, "\"><img src=x onerror=alert(1)>'&");
    CHECK_STR_EQ(s, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;");
    free(s);
    s = run(ls_esc_html, "<script>中文</script>");
    CHECK_STR_EQ(s, "&lt;script&gt;中文&lt;/script&gt;");
    free(s);
}

TEST(html_neutralises_bidi_and_bad_utf8)
{
    char *s = run(ls_esc_html, "a\xE2\x80\xAE" "b\xFF" "c");
    CHECK_STR_EQ(s, "a&#x202E;b\xEF\xBF\xBD" "c");
    free(s);
    s = run(ls_esc_html, NULL);
    CHECK_STR_EQ(s, "");
    free(s);
}

TEST(html_clip_cuts_on_a_character)
{
    ls_buf b;
    ls_buf_init(&b, 1024);
    ls_esc_html_clip(&b, "智能制造", 7); /* 7 bytes: two characters fit */
    CHECK_STR_EQ(b.data, "智能\xE2\x80\xA6");
    ls_buf_release(&b);
}

TEST(js_string_is_safe_inside_script)
{
    char *s = run(ls_esc_js, "</script><b>\"'\\\xE2\x80\xA8\n");
    CHECK_STR_EQ(s, "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0022\\u0027\\u005c\\u2028\\u000a\"");
    free(s);
}

TEST(url_component_encoding)
{
    char *s = run(ls_esc_url, "人 a&b=c/d");
    CHECK_STR_EQ(s, "%E4%BA%BA%20a%26b%3Dc%2Fd");
    free(s);
}

TEST(href_keeps_only_http_https_mailto)
{
    char *s = run(ls_esc_href, "jAvAsCrIpT:alert(1)");
    CHECK_STR_EQ(s, "#");
    free(s);
    s = run(ls_esc_href, "java\tscript:alert(1)");
    CHECK_STR_EQ(s, "#");
    free(s);
    s = run(ls_esc_href, "data:text/html,<b>");
    CHECK_STR_EQ(s, "#");
    free(s);
    s = run(ls_esc_href, "https://a.example/?q=\"x\"");
    CHECK_STR_EQ(s, "https://a.example/?q=&quot;x&quot;");
    free(s);
    s = run(ls_esc_href, "http://a.example/\nx");
    CHECK_STR_EQ(s, "#");
    free(s);
    s = run(ls_esc_href, "mailto:a@b.example");
    CHECK_STR_EQ(s, "mailto:a@b.example");
    free(s);
}
