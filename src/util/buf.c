#include "util/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"
#include "util/str.h"

void ls_buf_init(ls_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
    b->err = 0;
}

void ls_buf_release(ls_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->err = 0;
}

void ls_buf_reset(ls_buf *b)
{
    b->len = 0;
    b->err = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *ls_buf_detach(ls_buf *b, size_t *len_out)
{
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    if (len_out)
        *len_out = p ? b->len : 0;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

int ls_buf_grow(ls_buf *b, size_t n)
{
    if (b->err)
        return b->err;
    if (n > b->max || b->len > b->max - n) {
        b->err = LS_ETOOBIG;
        return b->err;
    }
    size_t need = b->len + n + 1;
    if (need <= b->cap)
        return 0;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap = ncap > (SIZE_MAX / 2) ? need : ncap * 2;
    char *p = realloc(b->data, ncap);
    if (!p) {
        b->err = LS_ENOMEM;
        return b->err;
    }
    b->data = p;
    b->cap = ncap;
    return 0;
}

int ls_buf_add(ls_buf *b, const void *p, size_t n)
{
    if (ls_buf_grow(b, n))
        return b->err;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int ls_buf_adds(ls_buf *b, const char *s)
{
    return ls_buf_add(b, s, strlen(s));
}

int ls_buf_addc(ls_buf *b, char c)
{
    return ls_buf_add(b, &c, 1);
}

int ls_buf_vaddf(ls_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, cp);
    va_end(cp);
    if (n < 0)
        return b->err ? b->err : (b->err = LS_EINVAL);
    if ((size_t)n < sizeof tmp)
        return ls_buf_add(b, tmp, (size_t)n);
    if (ls_buf_grow(b, (size_t)n))
        return b->err;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int ls_buf_addf(ls_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = ls_buf_vaddf(b, fmt, ap);
    va_end(ap);
    return rc;
}

int ls_buf_add_utf8(ls_buf *b, unsigned cp)
{
    char s[4];
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    return ls_buf_add(b, s, ls_utf8_put(s, cp));
}

int ls_buf_insert(ls_buf *b, size_t at, const void *p, size_t n)
{
    if (at > b->len)
        at = b->len;
    if (ls_buf_grow(b, n))
        return b->err;
    if (n) {
        memmove(b->data + at + n, b->data + at, b->len - at);
        memcpy(b->data + at, p, n);
    }
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

void ls_buf_truncate(ls_buf *b, size_t len)
{
    if (b->data && len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}
