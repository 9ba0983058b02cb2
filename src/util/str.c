#include "util/str.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

char *ls_strdup(const char *s)
{
    return s ? ls_strndup(s, strlen(s)) : NULL;
}

char *ls_strndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

bool ls_streq_nocase(const char *a, const char *b)
{
    return a && b && strcasecmp(a, b) == 0;
}

bool ls_startswith(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

bool ls_startswith_nocase(const char *s, const char *prefix)
{
    return s && strncasecmp(s, prefix, strlen(prefix)) == 0;
}

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

const char *ls_trim(const char *s, size_t *len)
{
    while (*s && is_ascii_space(*s))
        s++;
    size_t n = strlen(s);
    while (n && is_ascii_space(s[n - 1]))
        n--;
    *len = n;
    return s;
}

size_t ls_utf8_put(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t ls_utf8_next(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0) {
        *cp = 0;
        return 0;
    }
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4; v = c & 0x07; min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return need;
}

size_t ls_utf8_len(const char *s, size_t n)
{
    size_t count = 0, i = 0;
    uint32_t cp;
    while (i < n) {
        i += ls_utf8_next(s + i, n - i, &cp);
        count++;
    }
    return count;
}

bool ls_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    uint32_t cp;
    while (i < n) {
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (cp == 0xFFFD && !(k == 3 && (unsigned char)s[i] == 0xEF))
            return false;
        i += k;
    }
    return true;
}

size_t ls_utf8_clip(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    size_t i = max;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

bool ls_is_cjk(uint32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)     /* hiragana, katakana */
        || (c >= 0x3400 && c <= 0x4DBF)     /* ext A */
        || (c >= 0x4E00 && c <= 0x9FFF)     /* unified */
        || (c >= 0xAC00 && c <= 0xD7AF)     /* hangul syllables */
        || (c >= 0x1100 && c <= 0x11FF)     /* hangul jamo */
        || (c >= 0x3130 && c <= 0x318F)     /* hangul compat jamo */
        || (c >= 0xF900 && c <= 0xFAFF)     /* compatibility ideographs */
        || (c >= 0x31F0 && c <= 0x31FF)     /* katakana ext */
        || (c >= 0x20000 && c <= 0x3134F);  /* ext B-G, compat supplement */
}

bool ls_is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return isalnum((int)cp) != 0;
    return cp >= 0xC0 && !ls_is_space_cp(cp) && !(cp >= 0x2000 && cp <= 0x2BFF)
        && !(cp >= 0x3000 && cp <= 0x303F) && !ls_is_cjk_punct(cp);
}

bool ls_is_cjk_punct(uint32_t c)
{
    switch (c) {
    case 0xFF0C: /* ， */ case 0x3001: /* 、 */ case 0x3002: /* 。 */
    case 0xFF1B: /* ； */ case 0xFF1A: /* ： */ case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */ case 0x201C: case 0x201D: /* “ ” */
    case 0x300A: case 0x300B: /* 《 》 */ case 0xFF08: case 0xFF09: /* （ ） */
    case 0x2018: case 0x2019: case 0x300C: case 0x300D: /* ‘ ’ 「 」 */
    case 0x2026: /* … */ case 0x2014: /* — */
        return true;
    }
    return false;
}

bool ls_is_space_cp(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}
