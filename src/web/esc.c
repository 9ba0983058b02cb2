/*
 * esc.c - context escaping (see esc.h).
 */
#include "web/esc.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "util/str.h"

static bool is_bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

static void esc_html_n(ls_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            switch (c) {
            case '&': ls_buf_adds(b, "&amp;"); break;
            case '<': ls_buf_adds(b, "&lt;"); break;
            case '>': ls_buf_adds(b, "&gt;"); break;
            case '"': ls_buf_adds(b, "&quot;"); break;
            case '\'': ls_buf_adds(b, "&#39;"); break;
            case '\0': break;
            default: ls_buf_addc(b, (char)c);
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (is_bidi_control(cp))
            ls_buf_addf(b, "&#x%X;", (unsigned)cp);
        else if (cp == 0xFFFD && !(k == 3 && !memcmp(s + i, "\xEF\xBF\xBD", 3)))
            ls_buf_add_utf8(b, 0xFFFD);
        else
            ls_buf_add(b, s + i, k);
        i += k;
    }
}

void ls_esc_html(ls_buf *b, const char *s)
{
    if (s)
        esc_html_n(b, s, strlen(s));
}

void ls_esc_html_clip(ls_buf *b, const char *s, size_t max)
{
    if (!s)
        return;
    size_t n = strlen(s);
    if (n <= max) {
        esc_html_n(b, s, n);
        return;
    }
    esc_html_n(b, s, ls_utf8_clip(s, n, max));
    ls_buf_adds(b, "\xE2\x80\xA6");
}

void ls_esc_js(ls_buf *b, const char *s)
{
    ls_buf_addc(b, '"');
    size_t n = s ? strlen(s) : 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '"' ||
                c == '\\' || c == 0x7f)
                ls_buf_addf(b, "\\u%04x", c);
            else
                ls_buf_addc(b, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (cp == 0x2028 || cp == 0x2029)
            ls_buf_addf(b, "\\u%04x", (unsigned)cp);
        else
            ls_buf_add_utf8(b, cp);
        i += k;
    }
    ls_buf_addc(b, '"');
}

void ls_esc_url(ls_buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '.' || *p == '_' || *p == '~') {
            ls_buf_addc(b, (char)*p);
        } else {
            char t[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            ls_buf_add(b, t, 3);
        }
    }
}

void ls_esc_href(ls_buf *b, const char *s)
{
    bool ok = s && (ls_startswith_nocase(s, "http://") || ls_startswith_nocase(s, "https://") ||
                    ls_startswith_nocase(s, "mailto:"));
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); ok && *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            ok = false;
    ls_esc_html(b, ok ? s : "#");
}
