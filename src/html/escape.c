/*
 * escape.c - context escaping (see escape.h). Runs of safe bytes are copied
 * in one ls_buf_add so escaping long text stays a memcpy.
 */
#include "html/escape.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "util/str.h"

/* The entity for c in the given set, or NULL when c is copied as is. */
static const char *entity(unsigned char c, int attr)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    case '`':
        return attr ? "&#96;" : NULL;
    case '\0':
        return "\xEF\xBF\xBD"; /* U+FFFD, as the HTML parser would make it */
    default:
        return NULL;
    }
}

static int escape(ls_buf *out, const char *s, size_t len, int attr)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        const char *e = entity((unsigned char)s[i], attr);
        if (!e)
            continue;
        ls_buf_add(out, s + run, i - run);
        ls_buf_adds(out, e);
        run = i + 1;
    }
    ls_buf_add(out, s + run, len - run);
    return out->err;
}

int ls_html_escape_text(ls_buf *out, const char *s, size_t len)
{
    return escape(out, s ? s : "", s ? len : 0, 0);
}

int ls_html_escape_attr(ls_buf *out, const char *s, size_t len)
{
    return escape(out, s ? s : "", s ? len : 0, 1);
}

int ls_html_escape_texts(ls_buf *out, const char *s)
{
    return ls_html_escape_text(out, s, s ? strlen(s) : 0);
}

int ls_html_escape_attrs(ls_buf *out, const char *s)
{
    return ls_html_escape_attr(out, s, s ? strlen(s) : 0);
}

static void json_u(ls_buf *out, uint32_t cp)
{
    ls_buf_addf(out, "\\u%04x", (unsigned)cp);
}

int ls_json_escape(ls_buf *out, const char *s, size_t len)
{
    size_t i = 0, run = 0;
    if (!s)
        len = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '<' && c != '>' &&
            c != '&') {
            i++;
            continue;
        }
        uint32_t cp = c;
        size_t n = 1;
        if (c >= 0x80) {
            n = ls_utf8_next(s + i, len - i, &cp);
            /* A valid U+FFFD takes 3 bytes; 1 byte means invalid input. */
            bool bad = cp == 0xFFFD && n == 1;
            if (cp != 0x2028 && cp != 0x2029 && !bad) {
                i += n;
                continue;
            }
        }
        ls_buf_add(out, s + run, i - run);
        if (c == '"' || c == '\\')
            ls_buf_addc(out, '\\'), ls_buf_addc(out, (char)c);
        else if (c == '\n')
            ls_buf_adds(out, "\\n");
        else if (c == '\t')
            ls_buf_adds(out, "\\t");
        else if (c == '\r')
            ls_buf_adds(out, "\\r");
        else
            json_u(out, cp);
        i += n;
        run = i;
    }
    ls_buf_add(out, s + run, len - run);
    return out->err;
}

/* A numeric reference at p ("&#8217;", "&#x2019;"): its code point, and
 * its length in *used; 0 when it is none or names no usable character. */
static uint32_t numeric_ref(const char *p, size_t *used)
{
    bool hex = p[2] == 'x' || p[2] == 'X';
    const char *q = p + (hex ? 3 : 2);
    uint32_t val = 0;
    size_t digits = 0;
    for (; digits < 7; q++, digits++) {
        int ch = (unsigned char)*q;
        if (isdigit(ch))
            val = val * (hex ? 16 : 10) + (uint32_t)(ch - '0');
        else if (hex && isxdigit(ch))
            val = val * 16 + (uint32_t)(tolower(ch) - 'a' + 10);
        else
            break;
    }
    if (!digits || *q != ';' || val <= 0x1F || val > 0x10FFFF || (val >= 0xD800 && val <= 0xDFFF))
        return 0;
    *used = (size_t)(q + 1 - p);
    return val;
}

void ls_html_unref(char *s)
{
    static const struct { const char *e; uint32_t cp; } named[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
        {"&nbsp;", 0xA0}, {"&ndash;", 0x2013}, {"&mdash;", 0x2014}, {"&lsquo;", 0x2018},
        {"&rsquo;", 0x2019}, {"&ldquo;", 0x201C}, {"&rdquo;", 0x201D}, {"&hellip;", 0x2026},
        {"&reg;", 0xAE}, {"&copy;", 0xA9}, {"&trade;", 0x2122},
        /* Latin-1's letters and signs ("Caf&eacute;", "25&deg;C") */
        {"&Agrave;", 0xC0}, {"&Aacute;", 0xC1}, {"&Acirc;", 0xC2}, {"&Atilde;", 0xC3},
        {"&Auml;", 0xC4}, {"&Aring;", 0xC5}, {"&AElig;", 0xC6}, {"&Ccedil;", 0xC7},
        {"&Egrave;", 0xC8}, {"&Eacute;", 0xC9}, {"&Ecirc;", 0xCA}, {"&Euml;", 0xCB},
        {"&Igrave;", 0xCC}, {"&Iacute;", 0xCD}, {"&Icirc;", 0xCE}, {"&Iuml;", 0xCF},
        {"&ETH;", 0xD0}, {"&Ntilde;", 0xD1}, {"&Ograve;", 0xD2}, {"&Oacute;", 0xD3},
        {"&Ocirc;", 0xD4}, {"&Otilde;", 0xD5}, {"&Ouml;", 0xD6}, {"&times;", 0xD7},
        {"&Oslash;", 0xD8}, {"&Ugrave;", 0xD9}, {"&Uacute;", 0xDA}, {"&Ucirc;", 0xDB},
        {"&Uuml;", 0xDC}, {"&Yacute;", 0xDD}, {"&THORN;", 0xDE}, {"&szlig;", 0xDF},
        {"&agrave;", 0xE0}, {"&aacute;", 0xE1}, {"&acirc;", 0xE2}, {"&atilde;", 0xE3},
        {"&auml;", 0xE4}, {"&aring;", 0xE5}, {"&aelig;", 0xE6}, {"&ccedil;", 0xE7},
        {"&egrave;", 0xE8}, {"&eacute;", 0xE9}, {"&ecirc;", 0xEA}, {"&euml;", 0xEB},
        {"&igrave;", 0xEC}, {"&iacute;", 0xED}, {"&icirc;", 0xEE}, {"&iuml;", 0xEF},
        {"&eth;", 0xF0}, {"&ntilde;", 0xF1}, {"&ograve;", 0xF2}, {"&oacute;", 0xF3},
        {"&ocirc;", 0xF4}, {"&otilde;", 0xF5}, {"&ouml;", 0xF6}, {"&divide;", 0xF7},
        {"&oslash;", 0xF8}, {"&ugrave;", 0xF9}, {"&uacute;", 0xFA}, {"&ucirc;", 0xFB},
        {"&uuml;", 0xFC}, {"&yacute;", 0xFD}, {"&thorn;", 0xFE}, {"&yuml;", 0xFF},
        {"&deg;", 0xB0}, {"&middot;", 0xB7}, {"&laquo;", 0xAB}, {"&raquo;", 0xBB},
        {"&euro;", 0x20AC}, {"&pound;", 0xA3}, {"&yen;", 0xA5}, {"&sect;", 0xA7},
        {"&para;", 0xB6}, {"&plusmn;", 0xB1}, {"&micro;", 0xB5}, {"&bull;", 0x2022}};
    if (!s || !strchr(s, '&'))
        return;
    char *w = s;
    for (const char *p = s; *p;) {
        uint32_t cp = 0;
        size_t used = 0;
        if (p[0] == '&' && p[1] == '#') {
            cp = numeric_ref(p, &used);
        } else if (*p == '&') {
            for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
                if (!strncmp(p, named[k].e, strlen(named[k].e))) {
                    cp = named[k].cp;
                    used = strlen(named[k].e);
                    break;
                }
        }
        if (!used) {
            *w++ = *p++;
            continue;
        }
        p += used;
        w += ls_utf8_put(w, cp); /* never longer than the reference */
    }
    *w = 0;
}
