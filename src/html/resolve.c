/*
 * resolve.c - URL cleaning, scheme detection and resolution (see resolve.h).
 */
#include "html/resolve.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/err.h"

static bool is_c0_or_space(unsigned char c)
{
    return c <= 0x20;
}

int ls_html_url_clean(ls_buf *out, const char *s, size_t len)
{
    while (len && is_c0_or_space((unsigned char)s[0]))
        s++, len--;
    while (len && is_c0_or_space((unsigned char)s[len - 1]))
        len--;
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            continue;
        ls_buf_add(out, s + run, i - run);
        run = i + 1;
    }
    ls_buf_add(out, s + run, len - run);
    return out->err;
}

/* Decodes one character reference at s[0] == '&'; returns the code point
 * (or -1 when none) and sets *used to the bytes it spans. */
static long char_ref(const char *s, size_t *used)
{
    static const struct { const char *name; long cp; } named[] = {
        {"tab;", 9}, {"newline;", 10}, {"colon;", ':'}, {"nbsp;", 0xA0},
        {"amp;", '&'}, {"sol;", '/'}, {"num;", '#'}, {"quest;", '?'},
    };
    if (s[1] == '#') {
        size_t i = 2;
        int base = 10;
        if (s[i] == 'x' || s[i] == 'X')
            base = 16, i++;
        long v = 0;
        size_t digits = 0;
        for (;; i++, digits++) {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0'
                    : base == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : base == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            if (v < 0x110000)
                v = v * base + d;
        }
        if (!digits)
            return -1;
        *used = i + (s[i] == ';');
        return v;
    }
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
        size_t nl = strlen(named[k].name);
        if (strncasecmp(s + 1, named[k].name, nl) == 0) {
            *used = nl + 1;
            return named[k].cp;
        }
    }
    return -1;
}

bool ls_html_url_scheme(const char *url, char *scheme, size_t cap)
{
    size_t n = 0;
    scheme[0] = '\0';
    for (const char *p = url; *p;) {
        long c = (unsigned char)*p;
        size_t used = 1;
        if (c == '&') {
            long r = char_ref(p, &used);
            if (r < 0)
                used = 1;
            else
                c = r;
        }
        p += used;
        if (c <= 0x20 || c == 0x7F || c == 0xA0)
            continue; /* browsers strip these; so must the check */
        if (c == ':') {
            if (n == 0)
                return false;
            if (n < cap)
                scheme[n] = '\0';
            else
                snprintf(scheme, cap, "?");
            return true;
        }
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool ok = alpha || (n > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok)
            return false;
        if (n + 1 < cap)
            scheme[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        n++;
    }
    scheme[0] = '\0';
    return false;
}

/* Appends base without its fragment, then the fragment ref ("#..."). */
static int add_fragment(const char *base, const char *ref, ls_buf *out)
{
    const char *hash = strchr(base, '#');
    ls_buf_add(out, base, hash ? (size_t)(hash - base) : strlen(base));
    ls_buf_adds(out, ref);
    return out->err;
}

int ls_html_resolve_url(const char *base, const char *ref, ls_buf *out)
{
    int rc = LS_EINVAL;
    ls_buf clean;
    char *res = NULL, *sch = NULL;
    CURLU *u = curl_url();
    ls_buf_init(&clean, out->max ? out->max : 1 << 20);
    if (!u || !base || !ref) {
        rc = u ? LS_EINVAL : LS_ENOMEM;
        goto out;
    }
    if (ls_html_url_clean(&clean, ref, strlen(ref)) != LS_OK) {
        rc = clean.err;
        goto out;
    }
    const char *r = clean.data ? clean.data : "";
    if (curl_url_set(u, CURLUPART_URL, base, 0) != CURLUE_OK)
        goto out;
    if (r[0] == '#') {
        /* libcurl 7.88 drops the last path segment for "#x"; do it ourselves. */
        if (curl_url_get(u, CURLUPART_URL, &res, 0) != CURLUE_OK)
            goto out;
    } else if (curl_url_set(u, CURLUPART_URL, r, CURLU_URLENCODE) != CURLUE_OK ||
               curl_url_get(u, CURLUPART_URL, &res, 0) != CURLUE_OK) {
        goto out;
    }
    if (curl_url_get(u, CURLUPART_SCHEME, &sch, 0) != CURLUE_OK ||
        (strcmp(sch, "http") != 0 && strcmp(sch, "https") != 0))
        goto out;
    rc = r[0] == '#' ? add_fragment(res, r, out) : (ls_buf_adds(out, res), out->err);
out:
    curl_free(res);
    curl_free(sch);
    curl_url_cleanup(u);
    ls_buf_release(&clean);
    return rc;
}
