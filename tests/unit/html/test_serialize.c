/* Unit tests for html/serialize and html/escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "html/dom.h"
#include "html/escape.h"
#include "html/serialize.h"
#include "util/err.h"

/* Parses s and serializes the body's children. Caller frees. */
static char *roundtrip(const char *s, unsigned flags)
{
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(s, strlen(s), &d), LS_OK);
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    CHECK_INT_EQ(ls_html_serialize(d->body, &b, flags | LS_SER_INNER), 0);
    ls_dom_free(d);
    return ls_buf_detach(&b, NULL);
}

#define CHECK_RT(in, expect)                                                  \
    do {                                                                      \
        char *got_ = roundtrip(in, 0);                                        \
        CHECK_STR_EQ(got_, expect);                                           \
        free(got_);                                                           \
    } while (0)

TEST(ser_text_and_attr_escaping)
{
    CHECK_RT("<p title='a\"b&amp;c<d>\xC2\xA0'>1 &lt; 2 &amp; 3 &gt; 0\xC2\xA0x \"q\"</p>",
             "<p title=\"a&quot;b&amp;c&lt;d&gt;&nbsp;\">1 &lt; 2 &amp; 3 &gt; 0&nbsp;x \"q\"</p>");
}

TEST(ser_void_and_raw_text)
{
    CHECK_RT("<br><img src=a.png alt=''><hr/><input disabled>",
             "<br><img src=\"a.png\" alt=\"\"><hr><input disabled=\"\">");
    CHECK_RT("<body><script>if (a < b && c > d) x = '&amp;';</script><style>p>a{}</style>",
             "<script>if (a < b && c > d) x = '&amp;';</script><style>p>a{}</style>");
    CHECK_RT("<textarea>a<b>&amp;</textarea>", "<textarea>a&lt;b&gt;&amp;</textarea>");
}

TEST(ser_pre_leading_newline_survives)
{
    char *once = roundtrip("<pre>\n\nx</pre>", 0);
    CHECK_STR_EQ(once, "<pre>\n\nx</pre>");
    char *twice = roundtrip(once, 0);
    CHECK_STR_EQ(twice, once);
    free(once);
    free(twice);
}

TEST(ser_comments_and_flags)
{
    char *a = roundtrip("<p>a<!-- c -->b</p>", 0);
    CHECK_STR_EQ(a, "<p>a<!-- c -->b</p>");
    char *b = roundtrip("<p>a<!-- c -->b</p>", LS_SER_SKIP_COMMENTS);
    CHECK_STR_EQ(b, "<p>ab</p>");
    free(a);
    free(b);
    ls_dom *d = NULL;
    const char *doc = "<!DOCTYPE html><title>x</title>";
    CHECK_INT_EQ(ls_dom_parse(doc, strlen(doc), &d), LS_OK);
    ls_buf out;
    ls_buf_init(&out, 1000);
    ls_html_serialize(d->root, &out, 0);
    CHECK_STR_EQ(out.data, "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>");
    ls_buf_reset(&out);
    ls_html_serialize(d->root, &out, LS_SER_SKIP_DOCTYPE);
    CHECK_STR_EQ(out.data, "<html><head><title>x</title></head><body></body></html>");
    ls_buf_release(&out);
    ls_dom_free(d);
}

TEST(ser_svg_template_unknown)
{
    CHECK_RT("<svg viewBox='0 0 2 2'><path d='M0 0'/><style>a{}</style></svg>",
             "<svg viewbox=\"0 0 2 2\"><path d=\"M0 0\"></path><style>a{}</style></svg>");
    CHECK_RT("<body><template><b>x</b></template><x-a k=v>y</x-a>",
             "<template><b>x</b></template><x-a k=\"v\">y</x-a>");
}

TEST(ser_edited_script_cannot_break_out)
{
    ls_dom *d = NULL;
    const char *doc = "<script>1</script>";
    CHECK_INT_EQ(ls_dom_parse(doc, strlen(doc), &d), LS_OK);
    ls_node *s = ls_dom_find(d->root, GUMBO_TAG_SCRIPT);
    const char *evil = "x='</SCRIPT><img src=x onerror=alert(1)>'";
    ls_node_set_text(d, s->first_child, evil, strlen(evil));
    ls_buf out;
    ls_buf_init(&out, 1000);
    ls_html_serialize(s, &out, 0);
    CHECK_NOT_CONTAINS(out.data, "</SCRIPT>");
    CHECK_CONTAINS(out.data, "<\\/SCRIPT>");
    /* Re-parsing keeps one script element whose text holds the payload. */
    ls_dom *d2 = NULL;
    CHECK_INT_EQ(ls_dom_parse(out.data, out.len, &d2), LS_OK);
    CHECK(ls_dom_find(d2->root, GUMBO_TAG_IMG) == NULL);
    ls_dom_free(d2);
    ls_buf_release(&out);
    ls_dom_free(d);
}

TEST(ser_roundtrip_is_stable)
{
    const char *pages[] = {
        "<div><p>a<b>b<i>c</b>d</i></p><table><td>x</table><ul><li>1<li>2</ul></div>",
        "<p>&amp;&lt;&gt;&quot;&#39;&nbsp;\xE4\xB8\xAD\xE6\x96\x87</p><a href='?a=1&b=2'>l</a>",
        "<select><option>1<option>2</select><dl><dt>a<dd>b</dl>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        char *once = roundtrip(pages[i], 0);
        char *twice = roundtrip(once, 0);
        CHECK_STR_EQ(twice, once);
        free(once);
        free(twice);
    }
}

TEST(ser_deep_tree_and_cap)
{
    size_t n = 100000;
    char *s = malloc(n * 5 + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * 5, "<div>", 5);
    s[n * 5] = '\0';
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(s, n * 5, &d), LS_OK);
    ls_buf out;
    ls_buf_init(&out, 1 << 20);
    CHECK_INT_EQ(ls_html_serialize(d->root, &out, 0), 0);
    CHECK_CONTAINS(out.data, "</div></body></html>");
    ls_buf_release(&out);
    ls_buf_init(&out, 100);
    CHECK_INT_EQ(ls_html_serialize(d->root, &out, 0), LS_ETOOBIG);
    ls_buf_release(&out);
    ls_dom_free(d);
    free(s);
}

TEST(escape_text_attr_json)
{
    ls_buf b;
    ls_buf_init(&b, 1000);
    ls_html_escape_texts(&b, "<script>\"x\" & 'y'</script>");
    CHECK_STR_EQ(b.data, "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
    ls_buf_reset(&b);
    ls_html_escape_attrs(&b, "\"><img onerror=`x`>");
    CHECK_STR_EQ(b.data, "&quot;&gt;&lt;img onerror=&#96;x&#96;&gt;");
    ls_buf_reset(&b);
    ls_html_escape_attr(&b, "a\0b", 3);
    CHECK_STR_EQ(b.data, "a\xEF\xBF\xBD" "b");
    ls_buf_reset(&b);
    ls_html_escape_texts(&b, "\xE4\xB8\xAD\xE6\x96\x87 plain");
    CHECK_STR_EQ(b.data, "\xE4\xB8\xAD\xE6\x96\x87 plain");
    ls_buf_reset(&b);
    const char j[] = "a\"b\\c\n\x01</script>\xE2\x80\xA8\xE2\x80\xA9\xFF\xEF\xBF\xBD\xE4\xB8\xAD&";
    ls_json_escape(&b, j, sizeof j - 1);
    CHECK_STR_EQ(b.data, "a\\\"b\\\\c\\n\\u0001\\u003c/script\\u003e\\u2028\\u2029\\ufffd"
                         "\xEF\xBF\xBD\xE4\xB8\xAD\\u0026");
    ls_buf_release(&b);
}

static const char *unref(const char *s)
{
    static char out[256];
    snprintf(out, sizeof out, "%s", s);
    ls_html_unref(out);
    return out;
}

TEST(unref_numeric_and_named_references)
{
    CHECK_STR_EQ(unref("O&#8217;Brien &amp; Co"), "O\xE2\x80\x99" "Brien & Co");
    CHECK_STR_EQ(unref("&#x201C;a&#X201D; &lt;b&gt; &nbsp;"), "\xE2\x80\x9C" "a" "\xE2\x80\x9D <b> \xC2\xA0");
    /* malformed, controls and surrogates stay as written */
    CHECK_STR_EQ(unref("&#8217 &#; &#x; &#1; &#xD800; &#99999999; &bogus; &"),
                 "&#8217 &#; &#x; &#1; &#xD800; &#99999999; &bogus; &");
    CHECK_STR_EQ(unref("no references"), "no references");
    ls_html_unref(NULL);
    /* Latin-1's letters and signs */
    CHECK_STR_EQ(unref("Caf&eacute; cr&egrave;me, 25&deg;C, 5&euro;, &Uuml;ber &szlig;"),
                 "Caf\xC3\xA9 cr\xC3\xA8me, 25\xC2\xB0" "C, 5\xE2\x82\xAC, \xC3\x9C" "ber \xC3\x9F");
}
