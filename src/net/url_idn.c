/*
 * url_idn.c - internationalised host names to their ASCII (punycode) form,
 * RFC 3492, label by label. Written here rather than left to libcurl
 * because libcurl's IDN conversion reads the process locale and fails
 * under the C locale our daemons run with. No UTS #46 case mapping beyond
 * ASCII: Han, kana and Hangul have no case.
 */
#include "net/url_int.h"

#include <stdint.h>
#include <string.h>

#include "util/err.h"
#include "util/str.h"

#define LABEL_MAX_CPS 63

enum { BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, BIAS0 = 72, N0 = 128 };

static uint32_t adapt(uint32_t delta, uint32_t numpoints, int first)
{
    uint32_t k = 0;
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / numpoints;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
        delta /= BASE - TMIN;
        k += BASE;
    }
    return k + (((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

static char digit(uint32_t d)
{
    return (char)(d < 26 ? 'a' + d : '0' + (d - 26));
}

/* Encodes one label of cps[0..len) (already lowercased) as punycode. */
static int punycode(const uint32_t *cps, size_t len, ls_buf *out)
{
    uint32_t n = N0, delta = 0, bias = BIAS0, h = 0, b;
    for (size_t i = 0; i < len; i++)
        if (cps[i] < 0x80) {
            ls_buf_addc(out, (char)cps[i]);
            h++;
        }
    b = h;
    if (b > 0)
        ls_buf_addc(out, '-');
    while (h < len) {
        uint32_t m = UINT32_MAX;
        for (size_t i = 0; i < len; i++)
            if (cps[i] >= n && cps[i] < m)
                m = cps[i];
        /* Labels are at most 63 code points, so no overflow is possible. */
        delta += (m - n) * (h + 1);
        n = m;
        for (size_t i = 0; i < len; i++) {
            if (cps[i] < n)
                delta++;
            if (cps[i] != n)
                continue;
            uint32_t q = delta;
            for (uint32_t k = BASE;; k += BASE) {
                uint32_t t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (q < t)
                    break;
                ls_buf_addc(out, digit(t + (q - t) % (BASE - t)));
                q = (q - t) / (BASE - t);
            }
            ls_buf_addc(out, digit(q));
            bias = adapt(delta, h + 1, h == b);
            delta = 0;
            h++;
        }
        delta++;
        n++;
    }
    return out->err;
}

static int is_dot(uint32_t cp)
{
    return cp == '.' || cp == 0x3002 || cp == 0xFF0E || cp == 0xFF61;
}

static int flush_label(const uint32_t *cps, size_t len, int wide, ls_buf *out)
{
    if (!wide) {
        for (size_t i = 0; i < len; i++)
            ls_buf_addc(out, (char)cps[i]);
        return out->err;
    }
    ls_buf_adds(out, "xn--");
    return punycode(cps, len, out);
}

int ls_url_idn_to_ascii(const char *host, ls_buf *out)
{
    uint32_t cps[LABEL_MAX_CPS];
    size_t len = 0, i = 0, n = strlen(host);
    int wide = 0;
    if (!ls_utf8_valid(host, n))
        return LS_EINVAL;
    while (i <= n) {
        uint32_t cp = 0;
        size_t k = i < n ? ls_utf8_next(host + i, n - i, &cp) : 1;
        if (i == n || is_dot(cp)) {
            /* An empty label is only allowed as the trailing root dot. */
            if (len == 0 && !(i == n && i > 0))
                return LS_EINVAL;
            if (flush_label(cps, len, wide, out))
                return out->err;
            if (i < n)
                ls_buf_addc(out, '.');
            len = 0;
            wide = 0;
            i += k;
            continue;
        }
        if (len == LABEL_MAX_CPS)
            return LS_EINVAL;
        if (cp >= 'A' && cp <= 'Z')
            cp += 32;
        if (cp >= 0x80)
            wide = 1;
        cps[len++] = cp;
        i += k;
    }
    return out->err;
}
