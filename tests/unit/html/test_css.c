/* Unit tests for html/css: the url()/@import scanner and rewriter. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "html/css.h"
#include "util/err.h"

static int collect(void *ctx, const ls_css_ref *r)
{
    ls_buf *b = ctx;
    const char *k = r->kind == LS_CSS_IMPORT ? "I" : r->kind == LS_CSS_IMAGESET ? "S" : "U";
    ls_buf_addf(b, "%s[%s]", k, r->url);
    return 0;
}

static char *scan_n(const char *css, size_t n)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    CHECK_INT_EQ(ls_css_scan(css, n, collect, &b), 0);
    ls_buf_adds(&b, "");
    return ls_buf_detach(&b, NULL);
}

#define CHECK_SCAN(css, expect)                                               \
    do {                                                                      \
        char *got_ = scan_n(css, strlen(css));                                \
        CHECK_STR_EQ(got_, expect);                                           \
        free(got_);                                                           \
    } while (0)

TEST(css_url_forms)
{
    CHECK_SCAN("a{background:url(a.png)}", "U[a.png]");
    CHECK_SCAN("a{background:URL( \"b c.png\" )}", "U[b c.png]");
    CHECK_SCAN("a{b:url('x\\'y.png');c:url(  d.png  )}", "U[x'y.png]U[d.png]");
    CHECK_SCAN("a{b:url(\\61 b\\.png)}", "U[ab.png]");
    CHECK_SCAN("a{b:url(\"\\000041\\\nz\")}", "U[Az]");
    CHECK_SCAN("a{b:url(data:image/png;base64,iVBO+/=)}", "U[data:image/png;base64,iVBO+/=]");
    CHECK_SCAN("a{b:url(a/*not-a-comment*/b.png)}", "U[a/*not-a-comment*/b.png]");
    CHECK_SCAN("a{b:url(\"q.png\" /* c */ )}", "U[q.png]");
    CHECK_SCAN("a{b:url()}", "U[]");
}

TEST(css_not_urls)
{
    CHECK_SCAN("/* url(a.png) */ a{content:\"url(b.png)\"; c:myurl(c.png); d:'@import \"x\"'}", "");
    CHECK_SCAN("a{b:url(a b.png)} c{d:url(e\"f)} g{h:url(i(j)} k{l:url(ok.png)}", "U[ok.png]");
    CHECK_SCAN("a{b:url(\"bad\nstring\")} c{d:url(fine.png)}", "U[fine.png]");
}

TEST(css_import_both_forms)
{
    CHECK_SCAN("@import \"a.css\";@import 'b.css' screen;@IMPORT url(c.css);"
               "@import /* x */ url( \"d.css\" ) layer(x);@import\turl(e.css)",
               "I[a.css]I[b.css]I[c.css]I[d.css]I[e.css]");
    CHECK_SCAN("@charset \"utf-8\"; @media print{a{b:url(p.png)}} @font-face{src:url(f.woff2) "
               "format(\"woff2\")}",
               "U[p.png]U[f.woff2]");
}

TEST(css_image_set)
{
    CHECK_SCAN("a{b:image-set(\"a.png\" 1x, url(b.png) 2x);c:-webkit-image-set('c.png' 1x)}"
               "d{content:\"no\"}",
               "S[a.png]U[b.png]S[c.png]");
}

TEST(css_escaped_names_are_the_names_they_spell)
{
    /* A browser reads "\75rl(" as url( and "@\69mport" as @import: so must
     * we, or the copy would keep a URL that fetches when opened. */
    CHECK_SCAN("a{b:\\75rl(e1.png)}", "U[e1.png]");
    CHECK_SCAN("a{b:\\75 rl(e2.png);c:u\\72\\6c('e3.png')}", "U[e2.png]U[e3.png]");
    CHECK_SCAN("a{b:\\55Rl(e4.png);c:\\u\\r\\l(e5.png)}", "U[e4.png]U[e5.png]");
    CHECK_SCAN("@\\69mport \"i1.css\";@imp\\6f rt url(i2.css);@\\49MPORT 'i3.css'",
               "I[i1.css]I[i2.css]I[i3.css]");
    CHECK_SCAN("a{b:\\69mage-set(\"s1.png\" 1x)}", "S[s1.png]");
    /* not url: other names, escaped or not, and an escape of "(" */
    CHECK_SCAN("a{b:my\\75rl(n1.png);c:\\75rlx(n2.png);d:url\\28n3.png)}", "");
    /* a lone or trailing backslash is not a name */
    CHECK_SCAN("a{b:\\\nurl(ok.png)}", "U[ok.png]");
    CHECK_SCAN("a{b:\\", "");
    CHECK_SCAN("a{b:\\75", "");
}

TEST(css_truncated_input_is_safe)
{
    const char *full = "@import \"a.css\"; x{b:url( 'q\\41 .png' )} y{c:url(z\\";
    size_t n = strlen(full);
    for (size_t k = 0; k <= n; k++) {
        /* An exact-size heap copy, so ASan sees any read past k. */
        char *p = malloc(k ? k : 1);
        memcpy(p, full, k);
        char *got = scan_n(p, k);
        free(got);
        free(p);
    }
    CHECK_SCAN("a{b:url(abc", "U[abc]");
    CHECK_SCAN("a{b:url(\"abc", "U[abc]");
    CHECK_SCAN("@import \"x", "I[x]");
    CHECK_SCAN("/* open comment url(x)", "");
    CHECK_SCAN("a{b:url(\\", "");
}

static int repl(void *ctx, const ls_css_ref *r, ls_buf *out)
{
    if (!strcmp(r->url, "keep.png"))
        return 1;
    if (!strcmp(r->url, "fail.png"))
        return LS_EIO;
    if (!strcmp(r->url, "evil.png"))
        return ls_buf_adds(out, "x\");}</style><script>alert(1)</script>"), 0;
    ls_buf_adds(out, "data:image/png;base64,AAA=");
    return 0;
}

static char *rewrite(const char *css, int *rc)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    *rc = ls_css_rewrite(css, strlen(css), repl, NULL, &b);
    ls_buf_adds(&b, "");
    return ls_buf_detach(&b, NULL);
}

TEST(css_rewrite)
{
    int rc;
    char *s = rewrite("@import 'a.css'; a{b:url( x.png ) no-repeat; c:url(keep.png)}", &rc);
    CHECK_INT_EQ(rc, 0);
    CHECK_STR_EQ(s, "@import url(\"data:image/png;base64,AAA=\"); "
                    "a{b:url(\"data:image/png;base64,AAA=\") no-repeat; c:url(keep.png)}");
    free(s);
    s = rewrite("a{b:url(evil.png)}", &rc);
    CHECK_INT_EQ(rc, 0);
    CHECK_NOT_CONTAINS(s, "</style");
    CHECK_NOT_CONTAINS(s, "\";");
    /* The rewritten token scans back to exactly the replacement. */
    char *again = scan_n(s, strlen(s));
    CHECK_STR_EQ(again, "U[x\");}</style><script>alert(1)</script>]");
    free(again);
    free(s);
    s = rewrite("a{b:url(ok.png)} c{d:url(fail.png)}", &rc);
    CHECK_INT_EQ(rc, LS_EIO);
    free(s);
    s = rewrite("no urls here", &rc);
    CHECK_STR_EQ(s, "no urls here");
    free(s);
}

TEST(css_add_string_escapes)
{
    ls_buf b;
    ls_buf_init(&b, 100);
    ls_css_add_string(&b, "a\"b\\c\nd<e", 9);
    CHECK_STR_EQ(b.data, "\"a\\22 b\\5c c\\a d\\3c e\"");
    ls_buf_release(&b);
}
