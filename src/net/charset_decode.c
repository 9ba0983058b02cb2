/*
 * charset_decode.c - bytes in a known encoding to clean UTF-8 (contract in
 * charset.h): iconv in a loop, U+FFFD for every invalid byte (or UTF-16
 * unit) and every NUL, output validated once more on the way out so the
 * result is valid UTF-8 whatever iconv does.
 */
#include "net/charset.h"
#include "net/charset_int.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <string.h>

#include "util/err.h"
#include "util/str.h"

static const char k_fffd[] = "\xEF\xBF\xBD";

/* Appends p[0..len), cutting on a character boundary at out's cap so what
 * fitted is still valid UTF-8; the cap error stays sticky. */
static int emit(ls_buf *out, const char *p, size_t len)
{
    if (out->err)
        return out->err;
    size_t room = out->max > out->len ? out->max - out->len : 0;
    if (len > room) {
        size_t k = ls_utf8_clip(p, len, room);
        ls_buf_add(out, p, k);
        ls_buf_add(out, p + k, len - k); /* sets LS_ETOOBIG */
        return out->err;
    }
    return ls_buf_add(out, p, len);
}

/*
 * Appends s[0..n) taken as UTF-8: valid runs are copied in bulk, every
 * invalid byte and every NUL becomes U+FFFD.
 */
static int emit_clean_utf8(ls_buf *out, const char *s, size_t n)
{
    size_t i = 0, run = 0;
    while (i < n && !out->err) {
        unsigned char c = (unsigned char)s[i];
        size_t k = 1;
        bool bad = c == 0;
        if (c >= 0x80) {
            uint32_t cp;
            k = ls_utf8_next(s + i, n - i, &cp);
            bad = cp == 0xFFFD && k == 1;
        }
        if (!bad) {
            i += k;
            continue;
        }
        emit(out, s + run, i - run);
        emit(out, k_fffd, 3);
        i++;
        run = i;
    }
    if (run < n)
        emit(out, s + run, n - run);
    return out->err;
}

/* Number of input bytes to skip over an invalid sequence. */
static size_t unit_of(const char *canon)
{
    return strncmp(canon, "UTF-16", 6) == 0 ? 2 : 1;
}

static int run_iconv(const char *raw, size_t n, const char *canon, const char *iname,
                     ls_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", iname);
    if (cd == (iconv_t)-1)
        return emit_clean_utf8(out, raw, n);
    size_t unit = unit_of(canon);
    bool gb = strcmp(canon, "GB18030") == 0;
    char obuf[8192];
    char *in = (char *)raw;
    size_t inleft = n;
    while (inleft > 0 && !out->err) {
        char *o = obuf;
        size_t oleft = sizeof obuf;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        int e = errno;
        emit_clean_utf8(out, obuf, (size_t)(o - obuf));
        if (r != (size_t)-1 || e == E2BIG)
            continue;
        /* EILSEQ, or EINVAL: a sequence cut by the end of the input. */
        size_t skip = inleft < unit ? inleft : unit;
        if (gb && (unsigned char)*in == 0x80)
            emit(out, "\xE2\x82\xAC", 3); /* GBK's euro sign */
        else
            emit(out, k_fffd, 3);
        in += skip;
        inleft -= skip;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    if (!out->err) {
        /* Flush a stateful encoding's shift state (ISO-2022-JP). */
        char *o = obuf;
        size_t oleft = sizeof obuf;
        iconv(cd, NULL, NULL, &o, &oleft);
        emit_clean_utf8(out, obuf, (size_t)(o - obuf));
    }
    iconv_close(cd);
    return out->err;
}

static size_t bom_len(const char *raw, size_t n, const char *canon)
{
    const unsigned char *u = (const unsigned char *)raw;
    if (strcmp(canon, "UTF-8") == 0 && n >= 3 && u[0] == 0xEF && u[1] == 0xBB &&
        u[2] == 0xBF)
        return 3;
    if (strcmp(canon, "UTF-16LE") == 0 && n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return 2;
    if (strcmp(canon, "UTF-16BE") == 0 && n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return 2;
    return 0;
}

int ls_charset_decode(const char *raw, size_t n, const char *charset, ls_buf *out)
{
    if (out->err)
        return out->err;
    if (!raw || n == 0) {
        /* Make data non-NULL so callers can always read a string. */
        return ls_buf_add(out, "", 0);
    }
    const char *canon = charset ? ls_charset_canonical(charset) : NULL;
    if (!canon)
        canon = ls_utf8_valid(raw, n) ? "UTF-8" : "windows-1252";
    size_t skip = bom_len(raw, n, canon);
    raw += skip;
    n -= skip;
    const char *iname = ls_charset_iconv_name(canon);
    if (!iname)
        return emit_clean_utf8(out, raw, n);
    return run_iconv(raw, n, canon, iname, out);
}
