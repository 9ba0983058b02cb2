/*
 * sniff.c - binary signatures (see sniff.h).
 */
#include "util/sniff.h"

#include <stdbool.h>
#include <string.h>

typedef struct {
    const char *magic;
    size_t len;
    const char *kind;
} signature;

#define SIG(m, k) {m, sizeof(m) - 1, k}

static const signature sigs[] = {
    SIG("%PDF-", "a PDF document"),
    SIG("\x89PNG\r\n\x1a\n", "a PNG picture"),
    SIG("GIF87a", "a GIF picture"),
    SIG("GIF89a", "a GIF picture"),
    SIG("\xff\xd8\xff", "a JPEG picture"),
    SIG("PK\x03\x04", "a ZIP archive or office document"),
    SIG("\x1f\x8b\x08", "a gzip archive"),
    SIG("7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    SIG("Rar!\x1a\x07", "a RAR archive"),
    SIG("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old office document"),
    SIG("\x7f" "ELF", "a program"),
    SIG("\x00\x00\x01\x00", "an icon"),
    SIG("wOFF", "a web font"),
    SIG("wOF2", "a web font"),
};

const char *ls_sniff_utf16(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t look = n < 64 ? n : 64, pairs = look / 2, even = 0, odd = 0;
    for (size_t i = 0; i < pairs; i++) {
        even += u[2 * i] == 0;
        odd += u[2 * i + 1] == 0;
    }
    if (pairs < 4)
        return NULL;
    /* (ASCII in UTF-16LE is its byte then a NUL; in UTF-16BE the other way) */
    if (odd * 4 >= pairs * 3 && even * 4 <= pairs)
        return "UTF-16LE";
    if (even * 4 >= pairs * 3 && odd * 4 <= pairs)
        return "UTF-16BE";
    return NULL;
}

const char *ls_sniff_binary(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (!p || n == 0)
        return NULL;
    for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++)
        if (n >= sigs[k].len && !memcmp(p, sigs[k].magic, sigs[k].len))
            return sigs[k].kind;
    if (n >= 12 && !memcmp(p, "RIFF", 4) && !memcmp(p + 8, "WEBP", 4))
        return "a WebP picture";
    if (n >= 12 && !memcmp(p + 4, "ftyp", 4))
        return "a video or picture (ISO media)";
    /* a BOM names text */
    if ((n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        || (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF))
        return NULL;
    /* a page begins with its markup (a stray NUL in it is a mistake, which
     * a browser reads as U+FFFD); else bytes no text holds, one in a
     * hundred, make a binary file (random bytes hold one in ten) */
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    size_t look = n < 1024 ? n : 1024, controls = 0;
    if ((i < n && p[i] == '<') || ls_sniff_utf16(p, look))
        return NULL;
    for (size_t k = 0; k < look; k++)
        controls += u[k] <= 0x08 || u[k] == 0x0B || (u[k] >= 0x0E && u[k] <= 0x1A)
            || (u[k] >= 0x1C && u[k] <= 0x1F);
    return controls * 100 >= look ? "a binary file" : NULL;
}
