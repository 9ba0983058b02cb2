/*
 * single_css.c - rewrites stylesheets that arrive as data: URIs (<link
 * href=data:>, @import of data:), whose own url()s a browser would still
 * fetch. (Escaped names such as "\75rl(" are the scanner's business:
 * html/css.c reads them as a browser does.)
 */
#include "capture/single_int.h"

#include <sodium.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "util/err.h"

static bool is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ---- stylesheets that are already data: URIs ---- */

#define DATA_CSS_MAX ((size_t)16 << 20)
#define DATA_CSS_DEPTH 3 /* data: stylesheets importing data: stylesheets */

static int hexval(unsigned char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* The payload of a data: URI (percent-decoded, then base64-decoded when
 * flagged) into out. */
static int data_uri_payload(const char *uri, size_t n, ls_buf *out)
{
    const char *comma = memchr(uri, ',', n);
    if (n < 5 || strncasecmp(uri, "data:", 5) || !comma)
        return LS_EINVAL;
    size_t hl = (size_t)(comma - uri);
    bool b64 = hl >= 12 && !strncasecmp(comma - 7, ";base64", 7);
    ls_buf pct;
    ls_buf_init(&pct, DATA_CSS_MAX);
    for (const char *p = comma + 1, *end = uri + n; p < end && !pct.err; p++) {
        if (*p == '%' && end - p > 2 && is_hex((unsigned char)p[1]) && is_hex((unsigned char)p[2])) {
            ls_buf_addc(&pct, (char)(hexval((unsigned char)p[1]) * 16 + hexval((unsigned char)p[2])));
            p += 2;
        } else {
            ls_buf_addc(&pct, *p);
        }
    }
    int rc = pct.err;
    if (rc == LS_OK && !b64) {
        ls_buf_add(out, pct.data ? pct.data : "", pct.len);
        rc = out->err;
    } else if (rc == LS_OK) {
        size_t bin = 0;
        if (ls_buf_grow(out, pct.len) != LS_OK)
            rc = out->err ? out->err : LS_ENOMEM;
        else if (sodium_base642bin((unsigned char *)out->data + out->len, pct.len, pct.data
                                   ? pct.data : "", pct.len, " \t\r\n\f", &bin, NULL,
                                   sodium_base64_VARIANT_ORIGINAL) != 0 &&
                 sodium_base642bin((unsigned char *)out->data + out->len, pct.len, pct.data
                                   ? pct.data : "", pct.len, " \t\r\n\f=", &bin, NULL,
                                   sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0)
            rc = LS_EINVAL;
        else
            out->len += bin;
    }
    ls_buf_release(&pct);
    return rc;
}

char *single_data_css(ls_single *s, const char *uri, size_t n)
{
    if (s->data_css_depth >= DATA_CSS_DEPTH)
        return NULL;
    ls_buf css, out;
    ls_buf_init(&css, DATA_CSS_MAX);
    ls_buf_init(&out, DATA_CSS_MAX * 2);
    char *r = NULL;
    s->data_css_depth++;
    /* Relative URLs cannot resolve against a data: URI; absolute ones are
     * inlined when the page fetched them too, else emptied. */
    if (data_uri_payload(uri, n, &css) == LS_OK &&
        single_css_inline(s, css.data ? css.data : "", css.len, "data:", &out) == LS_OK)
        r = single_encode_data_uri("text/css;charset=utf-8", out.data ? out.data : "",
                                   out.len);
    s->data_css_depth--;
    ls_buf_release(&css);
    ls_buf_release(&out);
    return r;
}
