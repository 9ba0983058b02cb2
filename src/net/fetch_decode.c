/*
 * fetch_decode.c - undoing Content-Encoding as the body streams in, with
 * zlib, one stage per listed coding ("gzip, gzip" is two). The output cap
 * is the gzip-bomb guard: decoding stops the moment out is full.
 */
#include "net/fetch_int.h"

#include <string.h>
#include <strings.h>

#include "util/err.h"

enum { CODING_GZIP = 1, CODING_DEFLATE };

void ls_fetch_decoder_init(ls_fetch_decoder *d, const char *ce)
{
    int kinds[LS_FETCH_MAX_CODINGS];
    int n = 0;
    memset(d, 0, sizeof *d);
    for (const char *p = ce; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        size_t len = strcspn(p, ", \t");
        if (len == 0)
            break;
        int kind = 0;
        if ((len == 4 && !strncasecmp(p, "gzip", 4)) || (len == 6 && !strncasecmp(p, "x-gzip", 6)))
            kind = CODING_GZIP;
        else if (len == 7 && !strncasecmp(p, "deflate", 7))
            kind = CODING_DEFLATE;
        else if (!(len == 8 && !strncasecmp(p, "identity", 8)))
            d->unknown = true;
        if (kind) {
            if (n == LS_FETCH_MAX_CODINGS)
                d->unknown = true;
            else
                kinds[n++] = kind;
        }
        p += len;
    }
    /* Codings are listed in the order they were applied: undo the last first. */
    for (int i = 0; i < n; i++)
        d->kind[i] = kinds[n - 1 - i];
    d->n = d->unknown ? 0 : n;
}

static int emit(ls_buf *out, const char *p, size_t n)
{
    if (out->err)
        return out->err;
    size_t room = out->max - out->len;
    if (n > room) {
        ls_buf_add(out, p, room);
        ls_buf_add(out, p + room, n - room); /* sets LS_ETOOBIG */
        return out->err;
    }
    return ls_buf_add(out, p, n);
}

static bool looks_zlib(const unsigned char *p, size_t n)
{
    return n >= 2 && (p[0] & 0x0F) == 8 && ((p[0] << 8) | p[1]) % 31 == 0;
}

static int start_stage(ls_fetch_decoder *d, int s, const char *p, size_t n)
{
    int wbits = 15 + 32; /* gzip or zlib header, detected */
    if (d->kind[s] == CODING_DEFLATE && !looks_zlib((const unsigned char *)p, n))
        wbits = -15; /* servers that send raw deflate */
    if (inflateInit2(&d->z[s], wbits) != Z_OK)
        return LS_ENOMEM;
    d->started[s] = true;
    return LS_OK;
}

/* Runs stage s over p[0..n) and hands its output to stage s + 1 (or out).
 * Depth is bounded by LS_FETCH_MAX_CODINGS. */
static int feed_stage(ls_fetch_decoder *d, int s, const char *p, size_t n, ls_buf *out)
{
    if (s == d->n)
        return emit(out, p, n);
    if (n == 0 || d->corrupt)
        return LS_OK;
    if (!d->started[s] && start_stage(d, s, p, n))
        return LS_ENOMEM;
    z_stream *z = &d->z[s];
    unsigned char chunk[16384];
    z->next_in = (unsigned char *)p;
    z->avail_in = (uInt)n;
    for (;;) {
        if (d->ended[s]) {
            if (z->avail_in == 0)
                break;
            /* Another gzip member follows; anything else is trailing junk. */
            if (d->kind[s] != CODING_GZIP || z->next_in[0] != 0x1f || inflateReset(z) != Z_OK)
                break;
            d->ended[s] = false;
        }
        z->next_out = chunk;
        z->avail_out = sizeof chunk;
        int zr = inflate(z, Z_NO_FLUSH);
        size_t got = sizeof chunk - z->avail_out;
        int rc = feed_stage(d, s + 1, (const char *)chunk, got, out);
        if (rc)
            return rc;
        if (zr == Z_STREAM_END) {
            d->ended[s] = true;
            continue;
        }
        if (zr == Z_MEM_ERROR)
            return LS_ENOMEM;
        if (zr != Z_OK && zr != Z_BUF_ERROR) {
            d->corrupt = true;
            break;
        }
        /* Output room left means inflate wants more input. */
        if (z->avail_out != 0)
            break;
    }
    return LS_OK;
}

int ls_fetch_decoder_feed(ls_fetch_decoder *d, const char *p, size_t n, ls_buf *out)
{
    if (d->unknown)
        return LS_OK;
    return feed_stage(d, 0, p, n, out);
}

void ls_fetch_decoder_release(ls_fetch_decoder *d)
{
    for (int i = 0; i < LS_FETCH_MAX_CODINGS; i++)
        if (d->started[i])
            inflateEnd(&d->z[i]);
    memset(d, 0, sizeof *d);
}
