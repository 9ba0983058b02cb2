/* Tests for net/url: the normal form, refusals (SECURITY.md cases 1, 6, 7),
 * relative resolution, host and display helpers. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

#include "net/url.h"
#include "util/err.h"

static char g_err[256];

/* Normalises or returns NULL; the reason is left in g_err. */
static char *norm(const char *in)
{
    char *out = NULL;
    int rc = ls_url_normalize(in, 0, &out, g_err, sizeof g_err);
    if (rc) {
        CHECK(out == NULL);
        CHECK_INT_EQ(rc, LS_EINVAL);
        CHECK(g_err[0] != '\0');
    }
    return out;
}

#define CHECK_NORM(in, want)                                              \
    do {                                                                  \
        char *got_ = norm(in);                                            \
        CHECK_STR_EQ(got_, want);                                         \
        free(got_);                                                       \
    } while (0)

#define CHECK_REFUSED(in, why)                                            \
    do {                                                                  \
        char *got_ = norm(in);                                            \
        CHECK(got_ == NULL);                                              \
        CHECK_CONTAINS(g_err, why);                                       \
        free(got_);                                                       \
    } while (0)

TEST(url_normal_form)
{
    CHECK_NORM("http://Example.COM:80/a/../b#x", "http://example.com/b");
    CHECK_NORM("HTTPS://A.com:443", "https://a.com/");
    CHECK_NORM("https://a.com:8443/x/./y/../z?q=1&r=2", "https://a.com:8443/x/z?q=1&r=2");
    CHECK_NORM("http://a.com:443/", "http://a.com:443/");
    CHECK_NORM("  http://a.com/a b  ", "http://a.com/a%20b");
    CHECK_NORM("http://a.com/x\r\n", "http://a.com/x");
    CHECK_NORM("http://a.com/新闻?q=中文", "http://a.com/%E6%96%B0%E9%97%BB?q=%E4%B8%AD%E6%96%87");
    CHECK_NORM("http://a.com/?q=%E4%B8%AD", "http://a.com/?q=%E4%B8%AD");
    CHECK_NORM("http://[::1]:8080/", "http://[::1]:8080/");
    CHECK_NORM("http://[::FFFF:7F00:1]/", "http://[::ffff:7f00:1]/");
}

TEST(url_idn_to_punycode)
{
    CHECK_NORM("http://例子.测试/", "http://xn--fsqu00a.xn--0zwm56d/");
    CHECK_NORM("http://例子。测试/", "http://xn--fsqu00a.xn--0zwm56d/");
    CHECK_NORM("http://bücher.DE/", "http://xn--bcher-kva.de/");
    CHECK_NORM("http://xn--fsqu00a.xn--0zwm56d/", "http://xn--fsqu00a.xn--0zwm56d/");
}

TEST(url_refuses_other_schemes)
{
    CHECK_REFUSED("file:///etc/passwd", "file");
    CHECK_REFUSED("ftp://a.com/x", "ftp");
    CHECK_REFUSED("gopher://127.0.0.1:6379/_INFO", "gopher");
    CHECK_REFUSED("dict://a.com/x", "dict");
    CHECK_REFUSED("javascript:alert(1)", "javascript");
    CHECK_REFUSED("JaVaScRiPt:alert(1)", "only http and https");
    CHECK_REFUSED("data:text/html,<script>x</script>", "data");
    CHECK_REFUSED("ldap://a.com/", "ldap");
    CHECK_REFUSED("a.com/x", "absolute");
    CHECK_REFUSED("//a.com/x", "absolute");
    CHECK_REFUSED("", "absolute");
}

TEST(url_refuses_bad_characters)
{
    CHECK_REFUSED("http://a.com/a\tb", "tab");
    CHECK_REFUSED("http://a.com/a\nb", "line break");
    CHECK_REFUSED("http://a.com/a\rb", "line break");
    CHECK_REFUSED("http://a.com/\x01", "control");
    CHECK_REFUSED("http://a.com/\x7f", "control");
    CHECK_REFUSED("http://a.com\\@127.0.0.1/", "backslash");
    CHECK_REFUSED("http:\\\\a.com\\", "backslash");
    CHECK_REFUSED("http://a.com/%00", "%00");
    CHECK_REFUSED("http://a.com/?x=%00", "%00");
    CHECK_REFUSED("http://a.com:99999/", "malformed");
    CHECK_REFUSED("http://a..com/", "host");
    CHECK_REFUSED("http://a.com%/", "host");
}

TEST(url_refuses_long_urls)
{
    size_t n = 64 * 1024;
    char *s = malloc(n + 1);
    memcpy(s, "http://a.com/", 13);
    memset(s + 13, 'a', n - 13);
    s[n] = '\0';
    CHECK_REFUSED(s, "too long");
    /* Just under the limit is fine, just over is not. */
    s[8193] = '\0';
    CHECK_REFUSED(s, "8192");
    s[8192] = '\0';
    char *ok = norm(s);
    CHECK(ok != NULL);
    free(ok);
    free(s);
}

TEST(url_userinfo_tricks)
{
    /* SECURITY.md 6: the host is what curl would connect to, never a.com. */
    CHECK_NORM("http://a.com@127.0.0.1/", "http://127.0.0.1/");
    CHECK_NORM("http://127.0.0.1#@a.com/", "http://127.0.0.1/");
    CHECK_NORM("http://127.0.0.1?@a.com/", "http://127.0.0.1/?@a.com/");
    CHECK_NORM("http://0x7f.1/", "http://127.0.0.1/");
    CHECK_NORM("http://2130706433/", "http://127.0.0.1/");
    CHECK_NORM("http://017700000001/", "http://127.0.0.1/");
    CHECK_NORM("http://127.1/", "http://127.0.0.1/");
}

TEST(url_credentials_never_kept)
{
    /* SECURITY.md 7: neither the result nor the error repeats them. */
    char *u = norm("https://alice:s3cr3t@a.com/x");
    CHECK_STR_EQ(u, "https://a.com/x");
    free(u);
    u = norm("ftp://alice:s3cr3t@a.com/x");
    CHECK(u == NULL);
    CHECK_NOT_CONTAINS(g_err, "s3cr3t");
    CHECK_NOT_CONTAINS(g_err, "alice");
    u = norm("http://alice:s3cr3t@a.com/\tx");
    CHECK(u == NULL);
    CHECK_NOT_CONTAINS(g_err, "s3cr3t");
    char *d = NULL;
    CHECK_INT_EQ(ls_url_display("http://alice:s3cr3t@a.com/", 0, &d), LS_OK);
    CHECK_STR_EQ(d, "http://a.com/");
    free(d);
}

TEST(url_guess_scheme)
{
    char *out = NULL;
    CHECK_INT_EQ(ls_url_normalize("example.com/x", LS_URL_GUESS_SCHEME, &out, NULL, 0), LS_OK);
    CHECK_STR_EQ(out, "http://example.com/x");
    free(out);
    CHECK_INT_EQ(ls_url_normalize("example.com:8080/x", LS_URL_GUESS_SCHEME, &out, NULL, 0),
                 LS_OK);
    CHECK_STR_EQ(out, "http://example.com:8080/x");
    free(out);
    CHECK_INT_EQ(ls_url_normalize("javascript:alert(1)", LS_URL_GUESS_SCHEME, &out, NULL, 0),
                 LS_EINVAL);
    CHECK_INT_EQ(ls_url_normalize("file:///etc/passwd", LS_URL_GUESS_SCHEME, &out, NULL, 0),
                 LS_EINVAL);
}

static char *resolve(const char *base, const char *ref)
{
    char *out = NULL;
    int rc = ls_url_resolve(base, ref, &out, g_err, sizeof g_err);
    if (rc)
        CHECK(out == NULL);
    return out;
}

#define CHECK_RESOLVE(base, ref, want)                                    \
    do {                                                                  \
        char *got_ = resolve(base, ref);                                  \
        CHECK_STR_EQ(got_, want);                                         \
        free(got_);                                                       \
    } while (0)

TEST(url_resolve_references)
{
    const char *b = "http://a.com/x/y/page.html?q=1#top";
    CHECK_RESOLVE(b, "img/1.png", "http://a.com/x/y/img/1.png");
    CHECK_RESOLVE(b, "../style.css", "http://a.com/x/style.css");
    CHECK_RESOLVE(b, "/abs", "http://a.com/abs");
    CHECK_RESOLVE(b, "?p=2", "http://a.com/x/y/page.html?p=2");
    CHECK_RESOLVE(b, "#frag", "http://a.com/x/y/page.html?q=1");
    CHECK_RESOLVE(b, "", "http://a.com/x/y/page.html?q=1");
    CHECK_RESOLVE(b, "//cdn.b.com/s.js", "http://cdn.b.com/s.js");
    CHECK_RESOLVE("https://a.com/", "//169.254.169.254/", "https://169.254.169.254/");
    CHECK_RESOLVE(b, "https://B.com:443/z", "https://b.com/z");
    CHECK_RESOLVE(b, "  img/\n2.png\t", "http://a.com/x/y/img/2.png");
    CHECK_RESOLVE(b, "../../../../etc", "http://a.com/etc");
    CHECK_RESOLVE(b, "图片/一.png", "http://a.com/x/y/%E5%9B%BE%E7%89%87/%E4%B8%80.png");
}

TEST(url_resolve_refuses_bad_targets)
{
    const char *b = "http://a.com/";
    char *r = resolve(b, "file:///etc/passwd");
    CHECK(r == NULL);
    CHECK_CONTAINS(g_err, "file");
    CHECK(resolve(b, "gopher://127.0.0.1:6379/_x") == NULL);
    CHECK(resolve(b, "javascript:alert(1)") == NULL);
    CHECK(resolve(b, "data:image/png;base64,AAAA") == NULL);
    CHECK(resolve(b, "x\\y") == NULL);
    CHECK(resolve(b, "a%00b") == NULL);
    CHECK(resolve("file:///etc/", "x") == NULL);
    CHECK(resolve("not a url", "x") == NULL);
}

TEST(url_host_helper)
{
    char h[256];
    CHECK_INT_EQ(ls_url_host("http://User@WWW.Example.com:8080/x", h, sizeof h), LS_OK);
    CHECK_STR_EQ(h, "www.example.com");
    CHECK_INT_EQ(ls_url_host("http://[::1]/", h, sizeof h), LS_OK);
    CHECK_STR_EQ(h, "::1");
    CHECK_INT_EQ(ls_url_host("http://例子.测试/", h, sizeof h), LS_OK);
    CHECK_STR_EQ(h, "xn--fsqu00a.xn--0zwm56d");
    CHECK_INT_EQ(ls_url_host("file:///x", h, sizeof h), LS_EINVAL);
    CHECK_INT_EQ(ls_url_host("http://abcdef.com/", h, 4), LS_ETOOBIG);
    CHECK(ls_url_is_https("HTTPS://a.com"));
    CHECK(!ls_url_is_https("http://a.com"));
}

TEST(url_display_form)
{
    char *d = NULL;
    CHECK_INT_EQ(ls_url_display("http://a.com/%E6%96%B0%E9%97%BB?q=%E4%B8%AD%20x", 0, &d),
                 LS_OK);
    CHECK_STR_EQ(d, "http://a.com/新闻?q=中%20x");
    free(d);
    /* A right-to-left override stays encoded; broken UTF-8 stays encoded. */
    CHECK_INT_EQ(ls_url_display("http://a.com/%E2%80%AEgpj.exe%FF", 0, &d), LS_OK);
    CHECK_STR_EQ(d, "http://a.com/%E2%80%AEgpj.exe%FF");
    free(d);
    CHECK_INT_EQ(ls_url_display("http://a.com/新闻新闻", 20, &d), LS_OK);
    CHECK_STR_EQ(d, "http://a.com/新…");
    free(d);
    CHECK_INT_EQ(ls_url_display("gopher://a.com/", 0, &d), LS_EINVAL);
    CHECK(d == NULL);
}

TEST(url_redact_for_logs)
{
    char out[64];
    ls_url_redact("http://alice:s3cr3t@a.com/x?u=1", out, sizeof out);
    CHECK_STR_EQ(out, "http://a.com/x?u=1");
    ls_url_redact("ftp://a@b@host/p@q", out, sizeof out);
    CHECK_STR_EQ(out, "ftp://host/p@q");
    ls_url_redact("not a url\n\x01", out, sizeof out);
    CHECK_STR_EQ(out, "not a url??");
    ls_url_redact(NULL, out, sizeof out);
    CHECK_STR_EQ(out, "(null)");
    ls_url_redact("http://a.com/0123456789abcdef", out, 16);
    CHECK_STR_EQ(out, "http://a.com...");
    ls_url_redact("http://u:p@a.com/", out, 18);
    CHECK_STR_EQ(out, "http://a.com/");
}

/* A fixed-seed generator so failures reproduce. */
static unsigned rnd(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 16) & 0x7fff;
}

TEST(url_normal_form_is_idempotent_on_random_input)
{
    static const char *const heads[] = {"http://", "HTTPS://", "http://user:pw@", "http://a@b@"};
    static const char *const hosts[] = {"a.com", "B.COM", "[::1]", "127.1", "例子.测试",
                                        "0x7f.1", "xn--fsqu00a.com"};
    static const char *const parts[] = {
        ":80", ":8080", "/", "..", ".", "?", "#", "@", "%41", "%e4%b8%ad", "中", " ", "x",
        "=", "&", ":", "%", "//", ";", "'", "\"", "<", "`", "/../", "/./", "%2e%2e"};
    unsigned seed = 42;
    int ok = 0;
    for (int i = 0; i < 3000; i++) {
        char in[300];
        int len = snprintf(in, sizeof in, "%s%s", heads[rnd(&seed) % 4], hosts[rnd(&seed) % 7]);
        int k = (int)(rnd(&seed) % 8);
        for (int j = 0; j < k; j++) {
            const char *p = parts[rnd(&seed) % (sizeof parts / sizeof parts[0])];
            len += snprintf(in + len, sizeof in - (size_t)len, "%s", p);
        }
        char *once = NULL, *twice = NULL;
        if (ls_url_normalize(in, 0, &once, NULL, 0) != LS_OK)
            continue;
        ok++;
        CHECK(strncmp(once, "http://", 7) == 0 || strncmp(once, "https://", 8) == 0);
        const char *auth = strstr(once, "://") + 3;
        CHECK(memchr(auth, '@', strcspn(auth, "/?")) == NULL);
        CHECK_NOT_CONTAINS(once, "#");
        CHECK_NOT_CONTAINS(once, " ");
        CHECK_INT_EQ(ls_url_normalize(once, 0, &twice, NULL, 0), LS_OK);
        if (twice && strcmp(once, twice) != 0)
            ls_test_fail(__FILE__, __LINE__, "not idempotent: %s -> %s -> %s", in, once, twice);
        for (const unsigned char *p = (const unsigned char *)once; *p; p++)
            if (*p < 0x21 || *p >= 0x7f) {
                ls_test_fail(__FILE__, __LINE__, "non-ASCII in %s", once);
                break;
            }
        free(once);
        free(twice);
    }
    CHECK(ok > 500);
}

TEST(url_resolver_matches_one_shot_resolution)
{
    const char *bases[] = {"HTTP://例子.cn:80/a/b/c.html?x=1#f", "https://h.example/dir/",
                           "HTTP://例子.cn:80/a/b/c.html?x=1#f"};
    const char *refs[] = {"d.html", "../up", "/root?q=测试", "#frag", "", "//other.example/p",
                          "https://u:p@x.example/./y/../z", "?only", " \tsp ace.png ",
                          "javascript:alert(1)", "http://[::1/", "/news/1.html?p=2#c",
                          "/a'b?c'd", "/x/./y", "/x/../y", "/x/.y", "/x/..", "/x/.", "/.",
                          "/x?y=../z", "/%7e/%41", "/a b", "/路径?q=值", "/a\\b", "/a|b",
                          "/a<b>", "/a`b", "/a\"b", "/a{b}", "/a^b", "/p?", "/p#", "/",
                          "/p?q=a:b@c!$&(x)*+,;=", "/~u/-._"};
    ls_url_resolver r = LS_URL_RESOLVER_INIT;
    for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
        for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
            char *one = NULL, *many = NULL, e1[128], e2[128];
            int rc1 = ls_url_resolve(bases[b], refs[i], &one, e1, sizeof e1);
            int rc2 = ls_url_resolver_resolve(&r, bases[b], refs[i], &many, e2, sizeof e2);
            CHECK_INT_EQ(rc2, rc1);
            CHECK_STR_EQ(many ? many : "(none)", one ? one : "(none)");
            if (rc1)
                CHECK_STR_EQ(e2, e1);
            free(one);
            free(many);
        }
    }
    /* a base that is no URL fails every reference, with its reason */
    char *out = NULL, err[128];
    CHECK(ls_url_resolver_resolve(&r, "not a url", "x.html", &out, err, sizeof err) != LS_OK);
    CHECK(out == NULL && err[0]);
    CHECK_INT_EQ(ls_url_resolver_resolve(&r, "https://h.example/", "x", &out, err, sizeof err),
                 LS_OK);
    CHECK_STR_EQ(out, "https://h.example/x");
    free(out);
    ls_url_resolver_release(&r);
}
