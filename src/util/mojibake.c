/*
 * mojibake.c - putting back UTF-8 that was decoded as Latin-1 or
 * Windows-1252 and encoded again. Each wrong character stands for one byte
 * of the original; a lead letter (U+00C2-U+00F4, bytes C3 82-C3 B4) and the
 * continuations that follow it give back one original character.
 */
#include "util/mojibake.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

/* What Windows-1252 shows for the bytes 0x80-0x9F (0: left undefined). */
static const uint16_t cp1252_hi[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* The byte that Windows-1252 shows as cp (0x80-0x9F), or 0. */
static unsigned char cp1252_byte(uint32_t cp)
{
    for (int k = 0; k < 32; k++)
        if (cp1252_hi[k] && cp1252_hi[k] == cp)
            return (unsigned char)(0x80 + k);
    return 0;
}

/* The byte a code point stood for when UTF-8 was read as Latin-1 or
 * Windows-1252; -1 when it cannot have come from one byte. */
static int mojibake_byte(uint32_t cp)
{
    if (cp <= 0xFF)
        return (int)cp;
    unsigned char b = cp1252_byte(cp);
    return b ? b : -1;
}

void ls_text_unmojibake(char *s)
{
    if (!s)
        return;
    size_t n = strlen(s);
    /* a lead byte's letter (Â Ã â ä ...) followed by a continuation byte's
     * (U+0080-U+00BF or a Windows-1252 sign): worth a try */
    bool hint = false;
    uint32_t prev = 0;
    for (size_t i = 0; i < n && !hint;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        int b = mojibake_byte(cp);
        hint = prev >= 0xC2 && prev <= 0xF4 && b >= 0x80 && b <= 0xBF;
        prev = cp;
    }
    if (!hint)
        return;
    char *out = malloc(n + 1);
    if (!out)
        return;
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        int b = mojibake_byte(cp);
        if (b < 0) {
            free(out);
            return; /* a character no single byte gives: not mojibake */
        }
        out[w++] = (char)b;
    }
    out[w] = 0;
    if (ls_utf8_valid(out, w))
        memcpy(s, out, w + 1); /* never longer: each byte came from 1-3 */
    free(out);
}

/*
 * The sequence at s[0..n) when it is one: a lead letter and the
 * continuations it needs, whose bytes (out, up to 4) are valid UTF-8.
 * Returns the bytes of s it covers (0 when none) and sets *nout and
 * *proof (a continuation for a byte 0x80-0x9F).
 */
static size_t doubled_at(const char *s, size_t n, unsigned char *out, size_t *nout, bool *proof)
{
    uint32_t cp;
    size_t used = ls_utf8_next(s, n, &cp);
    if (cp < 0xC2 || cp > 0xF4)
        return 0;
    size_t need = cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
    out[0] = (unsigned char)cp;
    *proof = false;
    for (size_t k = 1; k <= need; k++) {
        if (used >= n)
            return 0;
        used += ls_utf8_next(s + used, n - used, &cp);
        int b = mojibake_byte(cp);
        if (b < 0x80 || b > 0xBF)
            return 0;
        out[k] = (unsigned char)b;
        *proof |= b <= 0x9F;
    }
    if (!ls_utf8_valid((const char *)out, need + 1))
        return 0;
    *nout = need + 1;
    return used;
}

/* The next byte C3 82-C3 B4 (a lead letter) at or after i, or n. */
static size_t next_lead(const char *s, size_t n, size_t i)
{
    while (i + 1 < n) {
        const char *p = memchr(s + i, 0xC3, n - i - 1);
        if (!p)
            return n;
        i = (size_t)(p - s);
        unsigned char c = (unsigned char)p[1];
        if (c >= 0x82 && c <= 0xB4)
            return i;
        i++;
    }
    return n;
}

size_t ls_mojibake_repair_page(char *s, size_t n)
{
    return ls_mojibake_repair_proven(s, n, 1);
}

size_t ls_mojibake_repair_proven(char *s, size_t n, unsigned proofs)
{
    unsigned char seq[4];
    size_t nseq = 0;
    bool proof = false;
    unsigned found = 0;
    for (size_t i = next_lead(s, n, 0); i < n && found < proofs; i = next_lead(s, n, i + 1)) {
        proof = false;
        doubled_at(s + i, n - i, seq, &nseq, &proof);
        found += proof;
    }
    if (found < proofs)
        return n;
    size_t r = 0, w = 0;
    while (r < n) {
        size_t lead = next_lead(s, n, r);
        memmove(s + w, s + r, lead - r);
        w += lead - r;
        r = lead;
        if (r >= n)
            break;
        size_t used = doubled_at(s + r, n - r, seq, &nseq, &proof);
        if (used) {
            memcpy(s + w, seq, nseq); /* nseq < used: each byte came from 2-3 */
            w += nseq;
            r += used;
        } else {
            s[w++] = s[r++];
        }
    }
    return w;
}

/* The character Windows-1252 gives the C1 control at s (C2 80-C2 9F), or 0. */
static uint32_t c1_char(const char *s)
{
    unsigned char b = (unsigned char)s[1];
    return (unsigned char)s[0] == 0xC2 && b >= 0x80 && b <= 0x9F ? cp1252_hi[b - 0x80] : 0;
}

int ls_mojibake_repair(ls_buf *b)
{
    if (!b->data || !b->len)
        return LS_OK;
    b->len = ls_mojibake_repair_page(b->data, b->len);
    b->data[b->len] = '\0';
    /* the C1 controls left: each of their two bytes becomes two or three */
    size_t n = b->len, more = 0, found = 0;
    for (const char *p = memchr(b->data, 0xC2, n); p && p + 1 < b->data + n;
         p = memchr(p + 1, 0xC2, n - (size_t)(p + 1 - b->data))) {
        uint32_t cp = c1_char(p);
        found += cp != 0;
        more += cp >= 0x800;
    }
    if (!found || b->err || more > b->max - n)
        return LS_OK; /* nothing to do, or no room: the parser makes U+FFFD */
    int rc = more ? ls_buf_grow(b, more) : LS_OK;
    if (rc)
        return rc;
    /* from the end, so that every byte is read before it is overwritten;
     * a C1 control is never the second byte of a pair (C2 is a lead byte) */
    char *s = b->data;
    size_t r = n, w = n + more;
    while (r > 0) {
        uint32_t cp = r >= 2 ? c1_char(s + r - 2) : 0;
        if (cp) {
            char enc[4];
            size_t k = ls_utf8_put(enc, cp);
            w -= k;
            memcpy(s + w, enc, k);
            r -= 2;
        } else {
            s[--w] = s[--r];
        }
    }
    b->len = n + more;
    b->data[b->len] = '\0';
    return LS_OK;
}
