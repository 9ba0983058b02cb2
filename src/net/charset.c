/*
 * charset.c - encoding detection: BOM, HTTP Content-Type, <meta> prescan,
 * uchardet, fallback (contract in charset.h). Decoding is charset_decode.c.
 */
#include "net/charset.h"
#include "net/charset_int.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <uchardet/uchardet.h>

#include "util/sniff.h"
#include "util/str.h"

#define PRESCAN_FIRST 1024
#define PRESCAN_MAX 8192
/* uchardet settles long before this; feeding 200 MB would only cost time. */
#define DETECT_MAX (256 * 1024)

static void copy_label(char *dst, size_t sz, const char *src, size_t len)
{
    if (!dst || sz == 0)
        return;
    if (len >= sz)
        len = sz - 1;
    memcpy(dst, src, len);
    dst[len] = '\0';
}

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * 0: not valid UTF-8; 1: valid and pure ASCII; 2: valid with at least one
 * multi-byte sequence. A sequence cut by the end of the buffer (a body
 * truncated at a cap) does not make it invalid.
 */
static int utf8_verdict(const char *s, size_t n)
{
    size_t i = 0;
    int multi = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (cp == 0xFFFD && k == 1) {
            size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            bool tail_cut = c >= 0xC2 && c <= 0xF4 && n - i < need;
            for (size_t j = i + 1; tail_cut && j < n; j++)
                if (((unsigned char)s[j] & 0xC0) != 0x80)
                    tail_cut = false;
            return tail_cut ? (multi ? 2 : 1) : 0;
        }
        multi = 1;
        i += k;
    }
    return multi ? 2 : 1;
}

/*
 * True when bytes labelled UTF-8 are mostly not UTF-8: more invalid bytes
 * than valid multi-byte characters (a GBK page served as utf-8). A UTF-8
 * page with a few broken bytes does not qualify.
 */
static bool mostly_not_utf8(const char *s, size_t n)
{
    size_t i = 0, good = 0, bad = 0;
    if (n > DETECT_MAX)
        n = DETECT_MAX;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (cp == 0xFFFD && k == 1)
            bad++;
        else
            good++;
        i += k;
    }
    return bad > good && bad >= 4;
}

static const char *detect_bom(const char *raw, size_t n)
{
    const unsigned char *u = (const unsigned char *)raw;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return "UTF-8";
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return "UTF-16BE";
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return "UTF-16LE";
    return NULL;
}

/*
 * The value after "charset" in s[0..n) as the HTML standard extracts it
 * from a meta content attribute (also good enough for a Content-Type
 * parameter list). Returns 1 and fills out when found.
 */
static int extract_charset_param(const char *s, size_t n, char *out, size_t sz)
{
    size_t i = 0;
    while (i + 7 <= n) {
        if (strncasecmp(s + i, "charset", 7) != 0) {
            i++;
            continue;
        }
        i += 7;
        while (i < n && is_ws((unsigned char)s[i]))
            i++;
        if (i >= n || s[i] != '=')
            continue;
        i++;
        while (i < n && is_ws((unsigned char)s[i]))
            i++;
        if (i >= n)
            return 0;
        if (s[i] == '"' || s[i] == '\'') {
            char q = s[i++];
            const char *end = memchr(s + i, q, n - i);
            if (!end)
                return 0;
            copy_label(out, sz, s + i, (size_t)(end - (s + i)));
            return 1;
        }
        size_t st = i;
        while (i < n && !is_ws((unsigned char)s[i]) && s[i] != ';')
            i++;
        if (i == st)
            return 0;
        copy_label(out, sz, s + st, i - st);
        return 1;
    }
    return 0;
}

int ls_charset_from_content_type(const char *content_type, char *out, size_t sz)
{
    if (!content_type)
        return 0;
    const char *semi = strchr(content_type, ';');
    if (!semi)
        return 0;
    return extract_charset_param(semi + 1, strlen(semi + 1), out, sz);
}

/* ---- <meta> prescan (HTML standard 13.2.3.2, simplified) ---- */

typedef struct {
    char name[16];
    char value[128];
} meta_attr;

/* Reads one attribute at *pos; returns false at '>' or end of input. */
static bool next_attr(const char *s, size_t n, size_t *pos, meta_attr *a)
{
    size_t i = *pos, nl = 0, vl = 0;
    while (i < n && (is_ws((unsigned char)s[i]) || s[i] == '/'))
        i++;
    if (i >= n || s[i] == '>') {
        *pos = i;
        return false;
    }
    do {
        if (nl + 1 < sizeof a->name)
            a->name[nl++] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
        i++;
    } while (i < n && s[i] != '=' && !is_ws((unsigned char)s[i]) && s[i] != '/' &&
             s[i] != '>');
    a->name[nl] = '\0';
    while (i < n && is_ws((unsigned char)s[i]))
        i++;
    if (i < n && s[i] == '=') {
        i++;
        while (i < n && is_ws((unsigned char)s[i]))
            i++;
        if (i < n && (s[i] == '"' || s[i] == '\'')) {
            char q = s[i++];
            for (; i < n && s[i] != q; i++)
                if (vl + 1 < sizeof a->value)
                    a->value[vl++] = s[i];
            if (i < n)
                i++;
        } else {
            for (; i < n && !is_ws((unsigned char)s[i]) && s[i] != '>'; i++)
                if (vl + 1 < sizeof a->value)
                    a->value[vl++] = s[i];
        }
    }
    a->value[vl] = '\0';
    *pos = i;
    return true;
}

/* Parses the attributes of a <meta> tag at *pos; 1 when it names a charset. */
static int meta_tag(const char *s, size_t n, size_t *pos, char *out, size_t sz)
{
    meta_attr a;
    bool got_pragma = false, have = false, need_pragma = false;
    char label[128] = "";
    while (next_attr(s, n, pos, &a)) {
        if (strcmp(a.name, "http-equiv") == 0) {
            if (strcasecmp(a.value, "content-type") == 0)
                got_pragma = true;
        } else if (strcmp(a.name, "content") == 0 && !have) {
            if (extract_charset_param(a.value, strlen(a.value), label, sizeof label)) {
                have = true;
                need_pragma = true;
            }
        } else if (strcmp(a.name, "charset") == 0 && !(have && !need_pragma)) {
            copy_label(label, sizeof label, a.value, strlen(a.value));
            have = true;
            need_pragma = false;
        }
    }
    /* An unknown or refused label (utf-7) does not end the scan. */
    if (!have || (need_pragma && !got_pragma) || !ls_charset_canonical(label))
        return 0;
    copy_label(out, sz, label, strlen(label));
    return 1;
}

/* Skips a non-meta tag's name and attributes so a '>' in a value is not an end. */
static void skip_tag(const char *s, size_t n, size_t *pos)
{
    size_t i = *pos;
    while (i < n && !is_ws((unsigned char)s[i]) && s[i] != '>')
        i++;
    *pos = i;
    meta_attr a;
    while (next_attr(s, n, pos, &a))
        ;
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int ls_charset_prescan_meta(const char *s, size_t n, char *out, size_t sz)
{
    if (n > PRESCAN_MAX)
        n = PRESCAN_MAX;
    size_t i = 0;
    while (i < n) {
        if (s[i] != '<') {
            i++;
            continue;
        }
        size_t rest = n - i;
        if (rest >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            const char *end = memmem(s + i + 2, rest - 2, "-->", 3);
            if (!end)
                return 0;
            i = (size_t)(end - s) + 3;
        } else if (rest >= 6 && strncasecmp(s + i, "<meta", 5) == 0 &&
                   (is_ws((unsigned char)s[i + 5]) || s[i + 5] == '/')) {
            i += 5;
            if (meta_tag(s, n, &i, out, sz))
                return 1;
        } else if (i >= PRESCAN_FIRST && rest >= 6 && strncasecmp(s + i, "</head", 6) == 0) {
            return 0;
        } else if (rest >= 2 && (is_alpha(s[i + 1]) ||
                                 (s[i + 1] == '/' && rest >= 3 && is_alpha(s[i + 2])))) {
            i += 1;
            skip_tag(s, n, &i);
        } else if (rest >= 2 && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
            const char *gt = memchr(s + i, '>', rest);
            if (!gt)
                return 0;
            i = (size_t)(gt - s) + 1;
        } else {
            i++;
        }
    }
    return 0;
}

/* ---- detection ---- */

static const char *detect_uchardet(const char *raw, size_t n, char *label, size_t sz)
{
    uchardet_t ud = uchardet_new();
    const char *canon = NULL;
    if (!ud)
        return NULL;
    if (uchardet_handle_data(ud, raw, n > DETECT_MAX ? DETECT_MAX : n) == 0) {
        uchardet_data_end(ud);
        const char *name = uchardet_get_charset(ud);
        if (name && *name) {
            copy_label(label, sz, name, strlen(name));
            canon = strcasecmp(name, "ASCII") == 0 ? "UTF-8" : ls_charset_canonical(name);
        }
    }
    uchardet_delete(ud);
    return canon;
}

/* The CJK encodings whose detection by uchardet is reliable on real text. */
static bool is_multibyte_legacy(const char *canon)
{
    static const char *const k[] = {"GB18030", "BIG5-HKSCS", "Shift_JIS", "EUC-JP",
                                    "EUC-KR", "EUC-TW", "ISO-2022-JP"};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (strcmp(canon, k[i]) == 0)
            return true;
    return false;
}

static bool is_legacy(const char *canon)
{
    return strcmp(canon, "UTF-8") != 0 && strncmp(canon, "UTF-16", 6) != 0;
}

const char *ls_charset_detect2(const char *raw, size_t n, const char *content_type,
                               char *label_out, size_t label_sz,
                               ls_charset_source *source_out)
{
    char label[128] = "";
    const char *canon;
    ls_charset_source src;
    if (!raw)
        n = 0;
    if ((canon = detect_bom(raw, n))) {
        snprintf(label, sizeof label, "BOM");
        src = LS_CHARSET_FROM_BOM;
        goto out;
    }
    /* UTF-16 without its BOM: every other byte NUL, which no page in an
     * ASCII-based encoding holds, whatever its labels say */
    if (raw && (canon = ls_sniff_utf16(raw, n))) {
        snprintf(label, sizeof label, "%s", canon);
        src = LS_CHARSET_FROM_DETECTOR;
        goto out;
    }
    if (ls_charset_from_content_type(content_type, label, sizeof label) &&
        (canon = ls_charset_canonical(label))) {
        src = LS_CHARSET_FROM_HTTP;
        goto labelled;
    }
    if (ls_charset_prescan_meta(raw, n, label, sizeof label) &&
        (canon = ls_charset_canonical(label))) {
        /* A meta tag readable as ASCII cannot be in UTF-16. */
        if (strncmp(canon, "UTF-16", 6) == 0)
            canon = "UTF-8";
        src = LS_CHARSET_FROM_META;
        goto labelled;
    }
    label[0] = '\0';
    int verdict = utf8_verdict(raw, n);
    src = LS_CHARSET_FROM_DETECTOR;
    /* Valid UTF-8 with multi-byte characters in it is taken as UTF-8 whatever
     * uchardet would guess (it can guess a legacy code page for short UTF-8
     * text), so uchardet, loaded on first use, is not asked. */
    if (verdict == 2) {
        canon = "UTF-8";
        snprintf(label, sizeof label, "UTF-8");
        goto out;
    }
    if ((canon = detect_uchardet(raw, n, label, sizeof label)))
        goto out;
    label[0] = '\0';
    canon = verdict ? "UTF-8" : "windows-1252";
    src = LS_CHARSET_FROM_FALLBACK;
    goto out;
labelled:
    /* Re-saved pages keep their old gb2312 (or latin1) label over UTF-8 bytes. */
    if (is_legacy(canon) && utf8_verdict(raw, n) == 2)
        canon = "UTF-8";
    /* And some servers label everything utf-8, GBK pages included: when the
     * bytes say otherwise, a multi-byte legacy guess from uchardet wins. */
    if (strcmp(canon, "UTF-8") == 0 && mostly_not_utf8(raw, n)) {
        char guess_label[64];
        const char *guess = detect_uchardet(raw, n, guess_label, sizeof guess_label);
        if (guess && is_multibyte_legacy(guess)) {
            canon = guess;
            src = LS_CHARSET_FROM_DETECTOR;
            snprintf(label, sizeof label, "%s", guess_label);
        }
    }
out:
    copy_label(label_out, label_sz, label, strlen(label));
    if (source_out)
        *source_out = src;
    return canon;
}

const char *ls_charset_detect(const char *raw, size_t n, const char *content_type,
                              char *label_out, size_t label_sz)
{
    return ls_charset_detect2(raw, n, content_type, label_out, label_sz, NULL);
}

int ls_charset_to_utf8(const char *raw, size_t n, const char *content_type,
                       ls_buf *out, char *charset_out, size_t sz)
{
    const char *canon = ls_charset_detect(raw, n, content_type, NULL, 0);
    copy_label(charset_out, sz, canon, strlen(canon));
    return ls_charset_decode(raw, n, canon, out);
}
