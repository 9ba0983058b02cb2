/*
 * url_display.c - the human-readable form of a URL (contract in url.h):
 * percent-encoded UTF-8 shown as characters, except those that could hide
 * or disguise what the URL is (controls, spaces, bidi and zero-width
 * marks) and the URL's own delimiters.
 */
#include "net/url.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 32);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool shown_decoded(uint32_t cp)
{
    if (cp < 0xA0 || cp == 0xFFFD || cp == 0xFEFF || ls_is_space_cp(cp))
        return false;
    if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2060 && cp <= 0x2069))
        return false;
    return true;
}

/*
 * Decodes a run of %XX escapes at s (all of byte value >= 0x80) into the
 * characters they spell, keeping escapes for bytes that do not form an
 * allowed character. Returns the number of input bytes consumed.
 */
static size_t decode_run(const char *s, ls_buf *out)
{
    unsigned char bytes[256];
    size_t nb = 0, i = 0;
    while (nb < sizeof bytes && s[i] == '%' && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
        int v = hexval(s[i + 1]) * 16 + hexval(s[i + 2]);
        if (v < 0x80)
            break;
        bytes[nb++] = (unsigned char)v;
        i += 3;
    }
    size_t j = 0;
    while (j < nb) {
        uint32_t cp;
        size_t k = ls_utf8_next((const char *)bytes + j, nb - j, &cp);
        bool ok = !(cp == 0xFFFD && k == 1) && shown_decoded(cp);
        if (ok)
            ls_buf_add(out, bytes + j, k);
        else
            for (size_t m = 0; m < k; m++)
                ls_buf_addf(out, "%%%02X", bytes[j + m]);
        j += k;
    }
    return i;
}

int ls_url_display(const char *url, size_t max, char **out)
{
    char *norm = NULL;
    ls_buf b;
    ls_buf_init(&b, 4 * (size_t)LS_URL_MAX);
    int rc = ls_url_normalize(url, 0, &norm, NULL, 0);
    *out = NULL;
    if (rc)
        goto out;
    const char *p = strstr(norm, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    size_t head = p ? (size_t)(p - norm) : strlen(norm);
    ls_buf_add(&b, norm, head);
    for (const char *s = norm + head; *s;) {
        size_t used = *s == '%' ? decode_run(s, &b) : 0;
        if (used == 0)
            ls_buf_addc(&b, *s++);
        else
            s += used;
    }
    if (b.err) {
        rc = b.err;
        goto out;
    }
    if (max >= 4 && b.len > max) {
        size_t keep = ls_utf8_clip(b.data, b.len, max - 3);
        ls_buf_truncate(&b, keep);
        ls_buf_adds(&b, "\xE2\x80\xA6");
    }
    *out = ls_buf_detach(&b, NULL);
    rc = *out ? LS_OK : LS_ENOMEM;
out:
    free(norm);
    ls_buf_release(&b);
    return rc;
}

void ls_url_redact(const char *in, char *out, size_t sz)
{
    if (!out || sz == 0)
        return;
    if (!in)
        in = "(null)";
    const char *auth = strstr(in, "//");
    const char *skip_from = NULL, *skip_to = NULL;
    if (auth) {
        auth += 2;
        size_t alen = strcspn(auth, "/?#");
        /* The last '@' of the authority ends the userinfo, as parsers read it. */
        for (size_t i = alen; i > 0; i--)
            if (auth[i - 1] == '@') {
                skip_from = auth;
                skip_to = auth + i;
                break;
            }
    }
    size_t o = 0;
    const char *p = in;
    for (; *p; p++) {
        if (skip_from && p >= skip_from && p < skip_to)
            continue;
        if (o + 1 >= sz)
            break;
        out[o++] = (unsigned char)*p < 0x20 || *p == 0x7f ? '?' : *p;
    }
    out[o] = '\0';
    if (*p && sz >= 4) {
        size_t cut = ls_utf8_clip(out, o, sz - 4);
        memcpy(out + cut, "...", 4);
    }
}
