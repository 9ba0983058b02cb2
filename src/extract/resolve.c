/*
 * resolve.c - absolute http(s) URLs for the article's links and images
 * (RFC 3986 section 5.2, enough of it for href/src values). Anything that
 * does not end up http(s) (javascript:, data:, mailto:) gives NULL.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "util/buf.h"
#include "util/str.h"

static size_t scheme_len(const char *s)
{
    size_t i = 0;
    if (!isalpha((unsigned char)s[0]))
        return 0;
    while (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
        i++;
    return s[i] == ':' ? i : 0;
}

static bool http_scheme(const char *s, size_t n)
{
    return (n == 4 && !strncasecmp(s, "http", 4)) || (n == 5 && !strncasecmp(s, "https", 5));
}

/* Where url's host starts: past "scheme://" or a leading "//"; NULL for a
 * relative reference ("/go?to=http://…" included). */
static const char *authority(const char *url)
{
    size_t k = scheme_len(url);
    if (k)
        k++;
    return url[k] == '/' && url[k + 1] == '/' ? url + k + 2 : NULL;
}

/* s[0..n) lower-cased into out; false when it is empty or does not fit. */
static bool lower_copy(const char *s, size_t n, char *out, size_t sz)
{
    if (!n || n >= sz)
        return false;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = 0;
    return true;
}

bool ls_x_url_host(const char *url, char *out, size_t sz)
{
    const char *h = authority(url);
    if (!h)
        return false;
    if (!strncasecmp(h, "www.", 4))
        h += 4;
    return lower_copy(h, strcspn(h, "/?#:"), out, sz);
}

const char *ls_x_url_path(const char *href)
{
    const char *p = authority(href);
    return p ? p + strcspn(p, "/?#") : href;
}

bool ls_x_url_file(const char *url, char *out, size_t sz)
{
    const char *p = ls_x_url_path(url);
    size_t end = strcspn(p, "?#");
    const char *f = p + end;
    while (f > p && f[-1] != '/')
        f--;
    return lower_copy(f, (size_t)(p + end - f), out, sz);
}

/* Removes "." and ".." segments from path in place. */
static void remove_dots(char *path)
{
    char *out = path, *in = path;
    while (*in) {
        if (!strncmp(in, "/./", 3)) {
            in += 2;
        } else if (!strcmp(in, "/.")) {
            in[1] = 0;
        } else if (!strncmp(in, "/../", 4) || !strcmp(in, "/..")) {
            in += 3;
            if (*in == 0) {
                in--;
                *in = '/';
            }
            while (out > path && *--out != '/')
                ;
        } else {
            do
                *out++ = *in++;
            while (*in && *in != '/');
        }
    }
    *out = 0;
}

/* Copies ref without ASCII white space and control characters. */
static char *clean(const char *ref)
{
    size_t n = strlen(ref);
    char *r = malloc(n + 1);
    if (!r)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)ref[i] > 0x20)
            r[k++] = ref[i];
    r[k] = 0;
    return r;
}

char *ls_x_resolve(const char *base, const char *ref0)
{
    if (!ref0)
        return NULL;
    char *ref = clean(ref0);
    if (!ref)
        return NULL;
    char *res = NULL;
    size_t sl = scheme_len(ref);
    if (sl) {
        if (http_scheme(ref, sl) && !strncmp(ref + sl, "://", 3))
            res = ls_strdup(ref);
        goto out;
    }
    if (!base || !*ref)
        goto out;
    size_t bsl = scheme_len(base);
    if (!bsl || !http_scheme(base, bsl) || strncmp(base + bsl, "://", 3))
        goto out;
    const char *auth = base + bsl + 3;
    size_t alen = strcspn(auth, "/?#");
    const char *bpath = auth + alen;
    size_t plen = strcspn(bpath, "?#");
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    if (ref[0] == '/' && ref[1] == '/') {
        ls_buf_add(&b, base, bsl + 1);
        ls_buf_adds(&b, ref);
    } else {
        ls_buf_add(&b, base, (size_t)(bpath - base));
        size_t root = b.len;
        if (ref[0] == '/') {
            ls_buf_adds(&b, ref);
        } else if (ref[0] == '?') {
            ls_buf_add(&b, bpath, plen);
            ls_buf_adds(&b, ref);
        } else if (ref[0] == '#') {
            ls_buf_add(&b, bpath, strcspn(bpath, "#"));
            ls_buf_adds(&b, ref);
        } else {
            size_t dir = plen;
            while (dir > 0 && bpath[dir - 1] != '/')
                dir--;
            if (dir == 0)
                ls_buf_addc(&b, '/');
            else
                ls_buf_add(&b, bpath, dir);
            ls_buf_adds(&b, ref);
        }
        if (!b.err && b.data) {
            /* dot segments only in the path part */
            char *q = b.data + root + strcspn(b.data + root, "?#");
            char save = *q;
            char *tail = save ? ls_strdup(q) : NULL;
            *q = 0;
            remove_dots(b.data + root);
            size_t nl = strlen(b.data);
            ls_buf_truncate(&b, nl);
            if (tail) {
                ls_buf_adds(&b, tail);
                free(tail);
            }
        }
    }
    if (!b.err)
        res = ls_buf_detach(&b, NULL);
    ls_buf_release(&b);
out:
    free(ref);
    /* the scheme in lower case: "htTp:" is http to a browser, and to
     * whoever checks the article's links */
    for (size_t i = 0; res && res[i] && res[i] != ':'; i++)
        res[i] = (char)tolower((unsigned char)res[i]);
    return res;
}
