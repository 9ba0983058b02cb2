/*
 * single_css.c - spells out escaped function and at-rule names in CSS
 * before the url() scanner sees it. A browser reads "u\72l(x)" and
 * "\75rl(x)" as url(x) and "@\69mport" as @import (escapes are decoded in
 * identifiers), so a scanner that looks for the literal name would leave
 * those URLs remote in the single-file copy. Replacing only names that
 * decode to url, image-set, -webkit-image-set or import changes nothing a
 * browser sees: inside strings and comments the escape means the same text.
 *
 * Also rewrites stylesheets that arrive as data: URIs (<link href=data:>,
 * @import of data:), whose own url()s a browser would still fetch.
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

static bool is_name_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c >= 0x80;
}

static bool is_escape(const char *s, size_t n, size_t i)
{
    return s[i] == '\\' && i + 1 < n && s[i + 1] != '\n' && s[i + 1] != '\r' &&
           s[i + 1] != '\f';
}

/* Decodes the escape at s[*i]; advances *i. Returns the code point. */
static unsigned long decode_escape(const char *s, size_t n, size_t *i)
{
    size_t j = *i + 1;
    unsigned long cp = 0;
    if (!is_hex((unsigned char)s[j])) {
        *i = j + 1;
        return (unsigned char)s[j];
    }
    for (int k = 0; k < 6 && j < n && is_hex((unsigned char)s[j]); k++, j++) {
        unsigned char c = (unsigned char)s[j];
        cp = cp * 16 + (unsigned long)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    if (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'))
        j++;
    else if (j + 1 < n && s[j] == '\r' && s[j + 1] == '\n')
        j += 2;
    *i = j;
    return cp;
}

/* Consumes the name at s[*i]; its ASCII lowercase decoding goes to name
 * (empty when too long or not ASCII). Returns true when it had an escape. */
static bool read_name(const char *s, size_t n, size_t *i, char *name, size_t sz)
{
    size_t len = 0;
    bool escaped = false, ok = true;
    while (*i < n) {
        unsigned long cp;
        if (is_escape(s, n, *i)) {
            escaped = true;
            cp = decode_escape(s, n, i);
        } else if (is_name_char((unsigned char)s[*i])) {
            cp = (unsigned char)s[(*i)++];
        } else {
            break;
        }
        if (cp >= 0x80 || len + 1 >= sz)
            ok = false;
        else
            name[len++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    }
    name[ok ? len : 0] = '\0';
    return escaped;
}

int single_css_spell_names(const char *css, size_t n, ls_buf *out)
{
    size_t i = 0;
    while (i < n && !out->err) {
        if (!is_escape(css, n, i) && !is_name_char((unsigned char)css[i])) {
            ls_buf_addc(out, css[i++]);
            continue;
        }
        size_t start = i;
        char name[24];
        bool escaped = read_name(css, n, &i, name, sizeof name);
        bool func = i < n && css[i] == '(' &&
                    (!strcmp(name, "url") || !strcmp(name, "image-set") ||
                     !strcmp(name, "-webkit-image-set"));
        bool import = start > 0 && css[start - 1] == '@' && !strcmp(name, "import");
        if (escaped && (func || import))
            ls_buf_adds(out, name);
        else
            ls_buf_add(out, css + start, i - start);
    }
    return out->err ? out->err : LS_OK;
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
