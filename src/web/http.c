/*
 * http.c - request/response structures and the pure HTTP parsers (see
 * http.h). No libmicrohttpd here, so all of it is unit-tested directly.
 */
#include "web/http.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"
#include "util/str.h"

#define KV_MAX 256

int ls_kv_add(ls_kvlist *l, ls_arena *a, const char *key, size_t klen,
              const char *val, size_t vlen)
{
    if (l->n >= KV_MAX)
        return LS_ETOOBIG;
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 8;
        ls_kv *nv = ls_arena_alloc(a, ncap * sizeof *nv);
        if (!nv)
            return LS_ENOMEM;
        if (l->n)
            memcpy(nv, l->v, l->n * sizeof *nv);
        l->v = nv;
        l->cap = ncap;
    }
    char *k = ls_arena_strndup(a, key, klen);
    char *v = ls_arena_strndup(a, val ? val : "", val ? vlen : 0);
    if (!k || !v)
        return LS_ENOMEM;
    l->v[l->n].key = k;
    l->v[l->n].val = v;
    l->n++;
    return LS_OK;
}

const char *ls_kv_get(const ls_kvlist *l, const char *key)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].key, key))
            return l->v[i].val;
    return NULL;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

size_t ls_http_pct_decode(const char *s, size_t n, char *out, bool plus_is_space)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '%' && i + 2 < n) {
            int h = hexval((unsigned char)s[i + 1]), l = hexval((unsigned char)s[i + 2]);
            if (h >= 0 && l >= 0) {
                char d = (char)(h * 16 + l);
                i += 2;
                if (d != '\0')
                    out[o++] = d;
                continue;
            }
        } else if (c == '+' && plus_is_space) {
            c = ' ';
        }
        if (c != '\0')
            out[o++] = c;
    }
    out[o] = '\0';
    return o;
}

int ls_http_parse_urlencoded(ls_kvlist *l, ls_arena *a, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '&' && s[j] != ';')
            j++;
        if (j > i) {
            const char *eq = memchr(s + i, '=', j - i);
            size_t klen = eq ? (size_t)(eq - (s + i)) : j - i;
            const char *v = eq ? eq + 1 : s + j;
            size_t vlen = eq ? (size_t)(s + j - v) : 0;
            char *kd = ls_arena_alloc(a, klen + 1);
            char *vd = ls_arena_alloc(a, vlen + 1);
            if (!kd || !vd)
                return LS_ENOMEM;
            size_t kl = ls_http_pct_decode(s + i, klen, kd, true);
            size_t vl = ls_http_pct_decode(v, vlen, vd, true);
            int rc = ls_kv_add(l, a, kd, kl, vd, vl);
            if (rc)
                return rc;
        }
        i = j + 1;
    }
    return LS_OK;
}

bool ls_http_cookie_get(const char *header, const char *name, char *out, size_t outsz)
{
    if (!header || !outsz)
        return false;
    size_t nlen = strlen(name);
    const char *p = header;
    while (*p) {
        while (*p == ' ' || *p == ';' || *p == '\t')
            p++;
        const char *end = strchr(p, ';');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > nlen && !strncmp(p, name, nlen) && p[nlen] == '=') {
            size_t vlen = len - nlen - 1;
            while (vlen && (p[nlen + 1 + vlen - 1] == ' '))
                vlen--;
            if (vlen + 1 > outsz)
                return false;
            memcpy(out, p + nlen + 1, vlen);
            out[vlen] = '\0';
            return true;
        }
        if (!end)
            break;
        p = end + 1;
    }
    return false;
}

/* The q of one Accept-Language item starting at p (up to end). */
static double item_q(const char *p, const char *end)
{
    const char *q = strstr(p, ";q=");
    if (!q || q >= end)
        return 1.0;
    char tmp[16];
    size_t n = (size_t)(end - (q + 3));
    if (n >= sizeof tmp)
        n = sizeof tmp - 1;
    memcpy(tmp, q + 3, n);
    tmp[n] = '\0';
    double v = strtod(tmp, NULL);
    return (v >= 0 && v <= 1) ? v : 0;
}

const char *ls_http_pick_lang(const char *al)
{
    if (!al)
        return "zh";
    double best_zh = -1, best_en = -1;
    const char *p = al;
    for (int items = 0; *p && items < 32; items++) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        double q = item_q(p, end);
        if (ls_startswith_nocase(p, "zh") && q > best_zh)
            best_zh = q;
        else if (ls_startswith_nocase(p, "en") && q > best_en)
            best_en = q;
        p = end;
    }
    return best_en > best_zh && best_en > 0 ? "en" : "zh";
}

bool ls_http_parse_id(const char *s, size_t n, int64_t *out)
{
    if (!s || n == 0 || n > 16)
        return false;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    if (v <= 0 || v > ((int64_t)1 << 53))
        return false;
    *out = v;
    return true;
}

long ls_http_clamp_long(const char *s, long def, long lo, long hi)
{
    if (!s || !*s)
        return def;
    errno = 0;
    char *end = NULL;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end != '\0')
        return def;
    if (errno == ERANGE)
        v = (v < 0) ? lo : hi;
    if (v < lo)
        return lo;
    if (v > hi)
        return hi;
    return (long)v;
}

bool ls_http_is_local_path(const char *next)
{
    if (!next || next[0] != '/')
        return false;
    if (next[1] == '/' || next[1] == '\\')
        return false;
    for (const unsigned char *p = (const unsigned char *)next; *p; p++)
        if (*p < 0x20 || *p == 0x7f || *p == '\\')
            return false;
    return strlen(next) < 2048;
}

void ls_req_init(ls_req *r)
{
    memset(r, 0, sizeof *r);
    ls_arena_init(&r->arena);
    r->method = "GET";
    r->path = "/";
    r->body = "";
    r->user.lang = "zh";
}

void ls_req_release(ls_req *r)
{
    ls_arena_release(&r->arena);
}

const char *ls_req_header(const ls_req *r, const char *name)
{
    for (size_t i = 0; i < r->headers.n; i++)
        if (ls_streq_nocase(r->headers.v[i].key, name))
            return r->headers.v[i].val;
    return NULL;
}

const char *ls_req_param(const ls_req *r, const char *name)
{
    const char *v = ls_kv_get(&r->form, name);
    return v ? v : ls_kv_get(&r->query, name);
}

bool ls_req_is(const ls_req *r, const char *method)
{
    return !strcmp(r->method, method);
}

void ls_resp_init(ls_resp *r)
{
    memset(r, 0, sizeof *r);
    r->status = 200;
    r->content_type = "text/html; charset=utf-8";
    ls_buf_init(&r->body, (size_t)256 << 20);
    ls_arena_init(&r->arena);
}

void ls_resp_release(ls_resp *r)
{
    ls_buf_release(&r->body);
    ls_arena_release(&r->arena);
}

void ls_resp_header(ls_resp *r, const char *name, const char *val)
{
    ls_kv_add(&r->headers, &r->arena, name, strlen(name), val, strlen(val));
}

void ls_resp_redirect(ls_resp *r, const char *location)
{
    r->status = 303;
    ls_resp_header(r, "Location", location);
}
