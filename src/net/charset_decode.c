/*
 * charset_decode.c - bytes in a known encoding to clean UTF-8 (contract in
 * charset.h): iconv in a loop, U+FFFD for every invalid byte (or UTF-16
 * unit, or a double-byte encoding's lead and trail) and every NUL, output
 * validated once more on the way out so the result is valid UTF-8 whatever
 * iconv does.
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

/* The encodings whose characters are a lead byte and a trail byte (or more
 * after a lead, GB18030's four). */
static bool double_byte(const char *canon)
{
    static const char *const k[] = {"GB18030", "BIG5-HKSCS", "Shift_JIS", "EUC-JP", "EUC-KR"};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (!strcmp(canon, k[i]))
            return true;
    return false;
}

/* Bytes to pass over at an invalid sequence of a double-byte encoding: a
 * lead and a trail that is no ASCII are one character lost (a page written
 * by another table of the same encoding), as WHATWG decoders count it; a
 * trail that is ASCII is read again as itself. */
static size_t pair_skip(const char *canon, const char *in, size_t inleft)
{
    const unsigned char *u = (const unsigned char *)in;
    /* (Shift_JIS leads are 81–9F and E0–FC: A0–DF are half-width kana of
     * one byte, FD–FF nothing) */
    bool lead = strcmp(canon, "Shift_JIS") ? u[0] >= 0x81 && u[0] != 0xFF
                                           : (u[0] >= 0x81 && u[0] <= 0x9F)
                                                 || (u[0] >= 0xE0 && u[0] <= 0xFC);
    return inleft >= 2 && lead && u[1] >= 0x80 ? 2 : 1;
}

/* Big5 written by Microsoft's table (cp950; also what iconv's "BIG5"
 * writes) has characters the HKSCS table lacks ("／" as A1FE): the pair
 * decoded by it, into out; false when it has none either. */
static bool big5_pair(iconv_t *cd, const char *in, ls_buf *out)
{
    if (*cd == (iconv_t)-1)
        *cd = iconv_open("UTF-8", "CP950");
    if (*cd == (iconv_t)-1)
        return false;
    char pair[2] = {in[0], in[1]}, obuf[8];
    char *i = pair, *o = obuf;
    size_t il = 2, ol = sizeof obuf;
    iconv(*cd, NULL, NULL, NULL, NULL);
    if (iconv(*cd, &i, &il, &o, &ol) == (size_t)-1 || il)
        return false;
    emit_clean_utf8(out, obuf, (size_t)(o - obuf));
    return true;
}

static int run_iconv(const char *raw, size_t n, const char *canon, const char *iname,
                     ls_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", iname);
    if (cd == (iconv_t)-1)
        return emit_clean_utf8(out, raw, n);
    size_t unit = unit_of(canon);
    bool gb = strcmp(canon, "GB18030") == 0, pairs = double_byte(canon);
    bool big5 = strcmp(canon, "BIG5-HKSCS") == 0;
    iconv_t cp950 = (iconv_t)-1;
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
        if (pairs && e == EILSEQ)
            skip = pair_skip(canon, in, inleft);
        if (gb && (unsigned char)*in == 0x80) {
            skip = 1;
            emit(out, "\xE2\x82\xAC", 3); /* GBK's euro sign */
        } else if (!(big5 && skip == 2 && big5_pair(&cp950, in, out))) {
            emit(out, k_fffd, 3);
        }
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
    if (cp950 != (iconv_t)-1)
        iconv_close(cp950);
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
