/*
 * url.c - URL checks and the normal form over libcurl's CURLU (contract in
 * url.h). Our own checks run on the raw text first (curl is lenient about
 * some of them); curl then parses once and every later step reads and
 * writes parts of that one parse.
 */
#include "net/url.h"
#include "net/url_int.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/dynload.h"
#include "util/err.h"
#include "util/str.h"

__attribute__((format(printf, 3, 4)))
static int fail(char *err, size_t sz, const char *fmt, ...)
{
    if (err && sz) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, sz, fmt, ap);
        va_end(ap);
    }
    return LS_EINVAL;
}

/* Length of a leading "scheme:" (RFC 3986 syntax), 0 when there is none. */
static size_t scheme_len(const char *s)
{
    size_t i = 0;
    if (!s || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return 0;
    while (s[i] && (((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') ||
                    (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '-' ||
                    s[i] == '.'))
        i++;
    return s[i] == ':' ? i : 0;
}

static int check_scheme(const char *s, size_t len, char *err, size_t sz)
{
    if ((len == 4 && strncasecmp(s, "http", 4) == 0) ||
        (len == 5 && strncasecmp(s, "https", 5) == 0))
        return LS_OK;
    if (len > 20)
        len = 20;
    return fail(err, sz, "URL scheme \"%.*s:\" is not allowed: only http and https",
                (int)len, s);
}

/* The raw-text rules shared by URLs and references. */
static int check_text(const char *s, size_t n, char *err, size_t sz)
{
    if (n > LS_URL_MAX)
        return fail(err, sz, "URL is too long (%zu bytes, the limit is %d)", n, LS_URL_MAX);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t' || c == '\n' || c == '\r')
            return fail(err, sz, "URL contains a tab or a line break");
        if (c < 0x20 || c == 0x7f)
            return fail(err, sz, "URL contains a control character");
        if (c == '\\')
            return fail(err, sz, "URL contains a backslash");
        if (c == '%' && i + 2 < n && s[i + 1] == '0' && s[i + 2] == '0')
            return fail(err, sz, "URL contains an encoded NUL (%%00)");
    }
    return LS_OK;
}

/* Pasted URLs often carry a line break at the end; only the ends are trimmed. */
static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * Copies in to b: surrounding spaces trimmed (and, for a reference, tabs
 * and newlines removed as browsers do), inner spaces as %20, then checked.
 */
static int prepare(const char *in, bool is_ref, ls_buf *b, char *err, size_t sz)
{
    size_t n = strlen(in);
    if (n > 4 * (size_t)LS_URL_MAX)
        return fail(err, sz, "URL is too long (%zu bytes, the limit is %d)", n, LS_URL_MAX);
    while (n && is_space(in[n - 1]))
        n--;
    while (n && is_space(*in)) {
        in++;
        n--;
    }
    for (size_t i = 0; i < n; i++) {
        if (is_ref && (in[i] == '\t' || in[i] == '\n' || in[i] == '\r'))
            continue;
        if (in[i] == ' ')
            ls_buf_adds(b, "%20");
        else
            ls_buf_addc(b, in[i]);
    }
    if (b->err)
        return b->err == LS_ETOOBIG
                   ? fail(err, sz, "URL is too long (the limit is %d bytes)", LS_URL_MAX)
                   : b->err;
    return check_text(b->data ? b->data : "", b->len, err, sz);
}

static int curl_fail(CURLUcode uc, char *err, size_t sz)
{
    if (uc == CURLUE_OUT_OF_MEMORY)
        return LS_ENOMEM;
    return fail(err, sz, "malformed URL: %s", curl_url_strerror(uc));
}

/*
 * Writes url to *out with its path and query percent-encoded where
 * browsers would (non-ASCII bytes, " < > `) and every escape in upper
 * case, so one resource has one spelling. Done on the final string because
 * setting a part through CURLU lowercases escapes.
 */
static int encode_tail(const char *url, char **out, char *err, size_t sz)
{
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    size_t head = p ? (size_t)(p - url) : strlen(url);
    ls_buf b;
    ls_buf_init(&b, LS_URL_MAX);
    ls_buf_add(&b, url, head);
    for (const unsigned char *s = (const unsigned char *)url + head; *s; s++) {
        if (*s >= 0x80 || *s == '"' || *s == '<' || *s == '>' || *s == '`') {
            ls_buf_addf(&b, "%%%02X", *s);
        } else if (*s == '%' && isxdigit(s[1]) && isxdigit(s[2])) {
            ls_buf_addf(&b, "%%%c%c", toupper(s[1]), toupper(s[2]));
            s += 2;
        } else {
            ls_buf_addc(&b, (char)*s);
        }
    }
    if (b.err) {
        int rc = b.err == LS_ETOOBIG
                     ? fail(err, sz, "URL is too long (the limit is %d bytes)", LS_URL_MAX)
                     : b.err;
        ls_buf_release(&b);
        return rc;
    }
    *out = ls_buf_detach(&b, NULL);
    return *out ? LS_OK : LS_ENOMEM;
}

/* After punycode a name is letters, digits, '-', '_' and dots; an IPv6
 * literal is hex, ':' and '.' in brackets. curl lets more through. */
static bool host_chars_ok(const char *h)
{
    if (h[0] == '[')
        return strspn(h + 1, "0123456789abcdef:.") == strlen(h) - 2 && h[strlen(h) - 1] == ']';
    return strspn(h, "abcdefghijklmnopqrstuvwxyz0123456789-_.") == strlen(h);
}

static int normalise_host(CURLU *h, char *err, size_t sz)
{
    char *host = NULL;
    CURLUcode uc = curl_url_get(h, CURLUPART_HOST, &host, 0);
    if (uc || !host || !*host) {
        curl_free(host);
        return fail(err, sz, "URL has no host");
    }
    ls_buf b;
    ls_buf_init(&b, 1024);
    int rc = ls_url_idn_to_ascii(host, &b);
    curl_free(host);
    if (rc || !host_chars_ok(b.data))
        rc = fail(err, sz, "URL host is not a valid name");
    else if ((uc = curl_url_set(h, CURLUPART_HOST, b.data, 0)))
        rc = curl_fail(uc, err, sz);
    ls_buf_release(&b);
    return rc;
}

/* Applies the normal form to a parsed URL and writes it to *out. */
static int finish(CURLU *h, char **out, char *err, size_t sz)
{
    char *scheme = NULL, *url = NULL;
    int rc;
    CURLUcode uc = curl_url_get(h, CURLUPART_SCHEME, &scheme, 0);
    if (uc || !scheme) {
        rc = fail(err, sz, "not an absolute http or https URL");
        goto out;
    }
    if ((rc = check_scheme(scheme, strlen(scheme), err, sz)))
        goto out;
    /* Credentials are dropped before anything can store or print them. */
    curl_url_set(h, CURLUPART_USER, NULL, 0);
    curl_url_set(h, CURLUPART_PASSWORD, NULL, 0);
    curl_url_set(h, CURLUPART_OPTIONS, NULL, 0);
    curl_url_set(h, CURLUPART_FRAGMENT, NULL, 0);
    curl_url_set(h, CURLUPART_ZONEID, NULL, 0);
    if ((rc = normalise_host(h, err, sz)))
        goto out;
    if ((uc = curl_url_get(h, CURLUPART_URL, &url, CURLU_NO_DEFAULT_PORT))) {
        rc = curl_fail(uc, err, sz);
        goto out;
    }
    rc = encode_tail(url, out, err, sz);
out:
    curl_free(scheme);
    curl_free(url);
    return rc;
}

/* A new URL handle, or NULL with the reason in err (libcurl missing, or
 * out of memory) and *rc set. */
static CURLU *new_handle(int *rc, char *err, size_t sz)
{
    CURLU *h = curl_url();
    if (!h && *ls_curl_load_error()) {
        snprintf(err, sz, "%s", ls_curl_load_error());
        *rc = LS_EIO;
    } else if (!h) {
        fail(err, sz, "out of memory");
        *rc = LS_ENOMEM;
    }
    return h;
}

/* Parses text (already prepared) as an absolute URL, or as a reference
 * against an already-set URL when h holds one. */
static int parse_into(CURLU *h, const char *text, char *err, size_t sz)
{
    size_t sl = scheme_len(text);
    int rc;
    if (sl && (rc = check_scheme(text, sl, err, sz)))
        return rc;
    CURLUcode uc = curl_url_set(h, CURLUPART_URL, text, 0);
    return uc ? curl_fail(uc, err, sz) : LS_OK;
}

/* "example.com:8080/x" has no scheme even though it looks like one. */
static bool needs_scheme(const char *s)
{
    size_t sl = scheme_len(s);
    if (!sl)
        return true;
    const char *p = s + sl + 1;
    while (*p >= '0' && *p <= '9')
        p++;
    return p > s + sl + 1 && (*p == '\0' || *p == '/' || *p == '?' || *p == '#');
}

int ls_url_normalize(const char *in, unsigned flags, char **out, char *err, size_t err_sz)
{
    ls_buf b;
    CURLU *h = NULL;
    int rc;
    *out = NULL;
    if (err && err_sz)
        err[0] = '\0';
    ls_buf_init(&b, LS_URL_MAX + 16);
    if (!in) {
        rc = fail(err, err_sz, "no URL given");
        goto out;
    }
    /* The scheme is judged after the spaces prepare() trims: " file:///x"
     * is a file URL, not a host named "file". */
    const char *lead = in;
    while (is_space(*lead))
        lead++;
    if ((flags & LS_URL_GUESS_SCHEME) && needs_scheme(lead) && lead[0] != '/')
        ls_buf_adds(&b, "http://");
    if ((rc = prepare(in, false, &b, err, err_sz)))
        goto out;
    if (!scheme_len(b.data)) {
        rc = fail(err, err_sz, "not an absolute http or https URL");
        goto out;
    }
    if (!(h = new_handle(&rc, err, err_sz)))
        goto out;
    if ((rc = parse_into(h, b.data, err, err_sz)))
        goto out;
    rc = finish(h, out, err, err_sz);
out:
    curl_url_cleanup(h);
    ls_buf_release(&b);
    return rc;
}

/* ref (prepared into b) against h, which holds the parsed base. */
static int resolve_ref(CURLU *h, const ls_buf *b, char **out, char *err, size_t err_sz)
{
    int rc = parse_into(h, b->data, err, err_sz);
    return rc ? rc : finish(h, out, err, err_sz);
}

static int resolve_with(ls_url_resolver *r, const char *base, const char *ref, char **out,
                        char *err, size_t err_sz, bool fast);

int ls_url_resolve(const char *base, const char *ref, char **out, char *err, size_t err_sz)
{
    ls_url_resolver r = LS_URL_RESOLVER_INIT;
    int rc = resolve_with(&r, base, ref, out, err, err_sz, false);
    ls_url_resolver_release(&r);
    return rc;
}

/* A path-absolute reference ("/news/1.html?p=2#c") that resolving and
 * normalising would leave as it is: plain ASCII that needs no escaping
 * and no escapes to re-case, no dot segments. Returns its length without
 * the fragment, or 0 when it must take the full road. */
static size_t plain_path_ref(const char *s, size_t n)
{
    if (n < 1 || s[0] != '/' || (n > 1 && s[1] == '/'))
        return 0;
    bool in_path = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '#')
            return s[i - 1] == '?' ? 0 : i; /* an empty query is dropped */
        if (c == '?')
            in_path = false;
        if (in_path && c == '.' && s[i - 1] == '/' &&
            (i + 1 == n || strchr("/?#", s[i + 1]) ||
             (s[i + 1] == '.' && (i + 2 == n || strchr("/?#", s[i + 2])))))
            return 0;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              strchr("-._~/?=&+,;:@!$'()*", c)))
            return 0;
    }
    return s[n - 1] == '?' ? 0 : n;
}

/* Makes r hold base, normalised and parsed (or the reason it is not). */
static void resolver_set_base(ls_url_resolver *r, const char *base)
{
    ls_url_resolver_release(r);
    char *nbase = NULL;
    CURLU *h = NULL;
    r->base = ls_strdup(base ? base : "");
    r->rc = r->base ? ls_url_normalize(base, 0, &nbase, r->err, sizeof r->err) : LS_ENOMEM;
    if (r->rc == LS_OK && (h = new_handle(&r->rc, r->err, sizeof r->err)) &&
        (r->rc = parse_into(h, nbase, r->err, sizeof r->err)) == LS_OK) {
        r->parsed = h;
        h = NULL;
    }
    /* the origin, for references that only replace path and query */
    const char *p = r->parsed && nbase ? strstr(nbase, "://") : NULL;
    if (p) {
        size_t o = (size_t)(p + 3 - nbase);
        o += strcspn(nbase + o, "/?#");
        r->origin = ls_strndup(nbase, o);
    }
    curl_url_cleanup(h);
    free(nbase);
}

int ls_url_resolver_resolve(ls_url_resolver *r, const char *base, const char *ref, char **out,
                            char *err, size_t err_sz)
{
    return resolve_with(r, base, ref, out, err, err_sz, true);
}

static int resolve_with(ls_url_resolver *r, const char *base, const char *ref, char **out,
                        char *err, size_t err_sz, bool fast)
{
    ls_buf b;
    CURLU *h = NULL;
    int rc;
    *out = NULL;
    if (err && err_sz)
        err[0] = '\0';
    if (!r->base || strcmp(r->base, base ? base : ""))
        resolver_set_base(r, base);
    if (r->rc != LS_OK || !r->parsed) {
        if (err && err_sz)
            snprintf(err, err_sz, "%s", r->err);
        return r->rc != LS_OK ? r->rc : LS_ENOMEM;
    }
    ls_buf_init(&b, LS_URL_MAX + 16);
    if ((rc = prepare(ref ? ref : "", true, &b, err, err_sz)))
        goto out;
    size_t plain = fast && r->origin ? plain_path_ref(b.data ? b.data : "", b.len) : 0;
    if (plain) {
        ls_buf u;
        ls_buf_init(&u, LS_URL_MAX + 16);
        ls_buf_adds(&u, r->origin);
        ls_buf_add(&u, b.data, plain);
        rc = u.err;
        *out = rc ? NULL : ls_buf_detach(&u, NULL);
        ls_buf_release(&u);
        goto out;
    }
    if (!(h = curl_url_dup(r->parsed))) {
        fail(err, err_sz, "out of memory");
        rc = LS_ENOMEM;
        goto out;
    }
    /* libcurl 7.88 drops the last path segment for "#frag"; we drop
     * fragments anyway, so a fragment-only reference is the base. */
    rc = b.len == 0 || b.data[0] == '#' ? finish(h, out, err, err_sz)
                                        : resolve_ref(h, &b, out, err, err_sz);
out:
    curl_url_cleanup(h);
    ls_buf_release(&b);
    return rc;
}

void ls_url_resolver_release(ls_url_resolver *r)
{
    free(r->base);
    free(r->origin);
    r->origin = NULL;
    curl_url_cleanup(r->parsed);
    r->base = NULL;
    r->parsed = NULL;
    r->rc = LS_OK;
    r->err[0] = '\0';
}

int ls_url_host(const char *url, char *out, size_t sz)
{
    char *norm = NULL, *host = NULL;
    CURLU *h = NULL;
    int rc = ls_url_normalize(url, 0, &norm, NULL, 0);
    if (rc)
        goto out;
    if (!(h = curl_url()) || curl_url_set(h, CURLUPART_URL, norm, 0) ||
        curl_url_get(h, CURLUPART_HOST, &host, 0)) {
        rc = h ? LS_EINVAL : LS_ENOMEM;
        goto out;
    }
    const char *p = host;
    size_t n = strlen(p);
    if (n >= 2 && p[0] == '[' && p[n - 1] == ']') {
        p++;
        n -= 2;
    }
    if (n >= sz) {
        rc = LS_ETOOBIG;
        goto out;
    }
    memcpy(out, p, n);
    out[n] = '\0';
out:
    curl_free(host);
    curl_url_cleanup(h);
    free(norm);
    return rc;
}

int ls_url_is_https(const char *url)
{
    char *norm = NULL;
    int yes = ls_url_normalize(url, 0, &norm, NULL, 0) == LS_OK &&
              strncmp(norm, "https:", 6) == 0;
    free(norm);
    return yes;
}
