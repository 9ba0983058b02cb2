/*
 * warc.c - WARC/1.1 records, one gzip member each (contract in warc.h).
 *
 * A record is streamed through deflate piece by piece (WARC head, HTTP
 * head, body, trailing CRLFs) straight into the output buffer, so a body is
 * never copied whole; the digests are computed before, over the same pieces.
 */
#include "capture/warc.h"

#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "util/err.h"
#include "util/hash.h"
#include "util/timeutil.h"

#define DIGEST_STR_LEN 72 /* "sha256:" + 56 base32 chars + NUL, rounded */
#define HEAD_CAP (1u << 20)
#define ORIG_TE "X-Archive-Orig-Transfer-Encoding"

typedef struct piece {
    const void *p;
    size_t n;
} piece;

/* What one record needs; the block is head followed by payload. */
typedef struct record {
    const char *type;
    const char *id;
    const char *url;          /* NULL for warcinfo */
    const char *ip;           /* NULL or "" when unknown */
    const char *concurrent;   /* NULL or the paired record's id */
    const char *content_type;
    const char *filename;     /* warcinfo only, may be NULL */
    int64_t when;
    const char *head;
    size_t head_len;
    const char *payload;
    size_t payload_len;
    bool payload_digest;      /* request/response: digest of the payload */
    bool truncated;
} record;

void ls_warc_init(ls_warc *w, size_t cap)
{
    ls_buf_init(&w->out, cap);
    w->warcinfo_id[0] = '\0';
    w->records = 0;
}

void ls_warc_release(ls_warc *w)
{
    ls_buf_release(&w->out);
    w->warcinfo_id[0] = '\0';
    w->records = 0;
}

static void new_record_id(char out[LS_WARC_ID_LEN])
{
    unsigned char u[16];
    randombytes_buf(u, sizeof u);
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x40); /* version 4 */
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    char hex[33];
    ls_hex(u, sizeof u, hex);
    snprintf(out, LS_WARC_ID_LEN, "<urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s>", hex, hex + 8,
             hex + 12, hex + 16, hex + 20);
}

/* "sha256:" and the base32 digest of the pieces, as WARC writes digests. */
static void digest_str(const void *const *parts, const size_t *lens, size_t k,
                       char out[DIGEST_STR_LEN])
{
    unsigned char d[32];
    char b32[64];
    ls_sha256_parts(parts, lens, k, d);
    ls_base32(d, sizeof d, b32);
    snprintf(out, DIGEST_STR_LEN, "sha256:%s", b32);
}

/* A header value we write must not be able to start a new header line. */
static bool field_ok(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p <= 0x20 || *p == 0x7f)
            return false;
    return true;
}

/* Deflates n bytes (or finishes the member) into out, growing it in steps
 * that never ask for more than the cap allows. */
static int deflate_into(z_stream *zs, ls_buf *out, const void *p, size_t n, int flush)
{
    const unsigned char *in = p;
    for (;;) {
        uInt step = n > (UINT_MAX / 2) ? (UINT_MAX / 2) : (uInt)n;
        zs->next_in = (Bytef *)(uintptr_t)in;
        zs->avail_in = step;
        int last = (flush == Z_FINISH && step == n) ? Z_FINISH : Z_NO_FLUSH;
        int zrc;
        do {
            size_t room = out->max - out->len;
            if (room > 65536)
                room = 65536;
            if (room == 0 || ls_buf_grow(out, room))
                return out->err ? out->err : LS_ETOOBIG;
            zs->next_out = (Bytef *)out->data + out->len;
            zs->avail_out = (uInt)room;
            zrc = deflate(zs, last);
            if (zrc == Z_STREAM_ERROR)
                return LS_EINVAL;
            out->len += room - zs->avail_out;
            out->data[out->len] = '\0';
        } while (zs->avail_out == 0 || (last == Z_FINISH && zrc != Z_STREAM_END));
        in += step;
        n -= step;
        if (n == 0)
            return LS_OK;
    }
}

/* Appends one gzip member holding the concatenated pieces. */
static int gzip_member(ls_buf *out, const piece *pieces, int npieces)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    /* 15 + 16: a gzip header and trailer instead of a zlib one. Level 1:
     * most records are images and fonts that do not shrink, and level 6
     * took a sixth of a capture's CPU for a few percent of size. */
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return LS_ENOMEM;
    int rc = LS_OK;
    for (int i = 0; i < npieces && rc == LS_OK; i++)
        rc = deflate_into(&zs, out, pieces[i].p, pieces[i].n, Z_NO_FLUSH);
    if (rc == LS_OK)
        rc = deflate_into(&zs, out, "", 0, Z_FINISH);
    deflateEnd(&zs);
    return rc;
}

static int warc_head(ls_buf *h, const ls_warc *w, const record *r, const char *block_digest,
                     const char *payload_digest)
{
    char date[32];
    ls_iso8601_utc(r->when, date, sizeof date);
    ls_buf_addf(h, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: %s\r\n",
                r->type, r->id, date);
    if (r->url)
        ls_buf_addf(h, "WARC-Target-URI: %s\r\n", r->url);
    if (r->filename)
        ls_buf_addf(h, "WARC-Filename: %s\r\n", r->filename);
    if (r->ip && *r->ip)
        ls_buf_addf(h, "WARC-IP-Address: %s\r\n", r->ip);
    if (w->warcinfo_id[0] && strcmp(r->type, "warcinfo") != 0)
        ls_buf_addf(h, "WARC-Warcinfo-ID: %s\r\n", w->warcinfo_id);
    if (r->concurrent)
        ls_buf_addf(h, "WARC-Concurrent-To: %s\r\n", r->concurrent);
    if (r->truncated)
        ls_buf_adds(h, "WARC-Truncated: length\r\n");
    ls_buf_addf(h, "Content-Type: %s\r\nWARC-Block-Digest: %s\r\n", r->content_type,
                block_digest);
    if (payload_digest)
        ls_buf_addf(h, "WARC-Payload-Digest: %s\r\n", payload_digest);
    ls_buf_addf(h, "Content-Length: %zu\r\n\r\n", r->head_len + r->payload_len);
    return h->err;
}

/* Writes one record; on any failure the output is as it was before. */
static int write_record(ls_warc *w, const record *r)
{
    int rc;
    size_t start = w->out.len;
    char block_digest[DIGEST_STR_LEN], payload_digest[DIGEST_STR_LEN];
    ls_buf h;
    ls_buf_init(&h, HEAD_CAP);

    const void *parts[2] = {r->head, r->payload};
    const size_t lens[2] = {r->head_len, r->payload_len};
    digest_str(parts, lens, 2, block_digest);
    if (r->payload_digest)
        digest_str(parts + 1, lens + 1, 1, payload_digest);

    rc = warc_head(&h, w, r, block_digest, r->payload_digest ? payload_digest : NULL);
    if (rc)
        goto out;
    piece pieces[4] = {
        {h.data, h.len}, {r->head, r->head_len}, {r->payload, r->payload_len}, {"\r\n\r\n", 4}};
    rc = gzip_member(&w->out, pieces, 4);
    if (rc == LS_OK)
        w->records++;
out:
    if (rc) {
        /* Drop the partial member and clear the buffer's sticky error: the
         * records already written still form a valid archive. */
        ls_buf_truncate(&w->out, start);
        w->out.err = 0;
    }
    ls_buf_release(&h);
    return rc;
}

int ls_warc_add_warcinfo(ls_warc *w, const char *filename, int64_t when)
{
    if (filename && !field_ok(filename))
        return LS_EINVAL;
    char id[LS_WARC_ID_LEN];
    new_record_id(id);
    ls_buf fields;
    ls_buf_init(&fields, 4096);
    ls_buf_addf(&fields,
                "software: linksnap/%s\r\n"
                "format: WARC File Format 1.1\r\n"
                "conformsTo: https://iipc.github.io/warc-specifications/specifications/"
                "warc-format/warc-1.1/\r\n"
                "description: linksnap snapshot: every HTTP exchange of one capture; "
                "response bodies as received (de-chunked, Content-Encoding kept), "
                "Transfer-Encoding stored as " ORIG_TE "\r\n",
                LS_VERSION);
    int rc = fields.err;
    if (rc == LS_OK) {
        record r = {.type = "warcinfo", .id = id, .filename = filename,
                    .content_type = "application/warc-fields", .when = when,
                    .head = fields.data, .head_len = fields.len, .payload = "",
                    .payload_len = 0};
        rc = write_record(w, &r);
    }
    if (rc == LS_OK)
        memcpy(w->warcinfo_id, id, sizeof id);
    ls_buf_release(&fields);
    return rc;
}

/* The next line of [p, end): its length without CR/LF; *next is past it. */
static size_t line_at(const char *p, const char *end, const char **next)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *stop = nl ? nl : end;
    *next = nl ? nl + 1 : end;
    while (stop > p && stop[-1] == '\r')
        stop--;
    return (size_t)(stop - p);
}

/* Where the last head block (the one the body belongs to) begins: after
 * the last blank line that has a non-blank line following it. */
static const char *last_head(const char *head, size_t len)
{
    const char *end = head + len, *p = head, *start = head, *next;
    bool blank_seen = false;
    while (p < end) {
        size_t n = line_at(p, end, &next);
        if (n == 0)
            blank_seen = true;
        else if (blank_seen) {
            start = p;
            blank_seen = false;
        }
        p = next;
    }
    return start;
}

static bool starts_with_field(const char *line, size_t n, const char *name)
{
    size_t k = strlen(name);
    return n > k && line[k] == ':' && strncasecmp(line, name, k) == 0;
}

/* Copies a head with CRLF line endings and one terminating blank line. */
static int norm_head(ls_buf *dst, const char *head, size_t len, bool rename_te)
{
    const char *p = last_head(head, len), *end = head + len, *next;
    while (p < end) {
        size_t n = line_at(p, end, &next);
        if (n == 0)
            break;
        if (rename_te && starts_with_field(p, n, "Transfer-Encoding")) {
            ls_buf_adds(dst, ORIG_TE);
            ls_buf_add(dst, p + strlen("Transfer-Encoding"), n - strlen("Transfer-Encoding"));
        } else {
            ls_buf_add(dst, p, n);
        }
        ls_buf_adds(dst, "\r\n");
        p = next;
    }
    ls_buf_adds(dst, "\r\n");
    return dst->err;
}

/* "GET /path?q HTTP/1.1" and "Host:" from the URL, for callers that do not
 * have the head libcurl sent. */
static int synth_request(ls_buf *dst, const char *url)
{
    const char *s = strstr(url, "://");
    const char *host = s ? s + 3 : url;
    size_t hlen = strcspn(host, "/?#");
    const char *path = host + hlen;
    size_t plen = strcspn(path, "#");
    const char *at = memchr(host, '@', hlen); /* userinfo never goes out */
    if (at) {
        hlen -= (size_t)(at + 1 - host);
        host = at + 1;
    }
    ls_buf_adds(dst, "GET ");
    if (plen == 0 || path[0] != '/')
        ls_buf_addc(dst, '/');
    ls_buf_add(dst, path, plen);
    ls_buf_adds(dst, " HTTP/1.1\r\nHost: ");
    ls_buf_add(dst, host, hlen);
    ls_buf_adds(dst, "\r\n\r\n");
    return dst->err;
}

int ls_warc_add_exchange(ls_warc *w, const ls_warc_exchange *ex)
{
    int rc;
    size_t start = w->out.len;
    int records = w->records;
    char req_id[LS_WARC_ID_LEN], resp_id[LS_WARC_ID_LEN];
    ls_buf req, resp;
    ls_buf_init(&req, HEAD_CAP);
    ls_buf_init(&resp, HEAD_CAP);

    if (!ex->url || !*ex->url || !field_ok(ex->url) || !ex->resp_head ||
        (ex->ip && !field_ok(ex->ip)) || (!ex->body && ex->body_len)) {
        rc = LS_EINVAL;
        goto out;
    }
    if (ex->req_head && ex->req_head_len)
        rc = norm_head(&req, ex->req_head, ex->req_head_len, false);
    else
        rc = synth_request(&req, ex->url);
    if (rc == LS_OK)
        rc = norm_head(&resp, ex->resp_head, ex->resp_head_len, true);
    if (rc)
        goto out;
    new_record_id(req_id);
    new_record_id(resp_id);

    record rq = {.type = "request", .id = req_id, .url = ex->url, .ip = ex->ip,
                 .concurrent = resp_id, .content_type = "application/http;msgtype=request",
                 .when = ex->when, .head = req.data, .head_len = req.len, .payload = "",
                 .payload_len = 0, .payload_digest = true};
    rc = write_record(w, &rq);
    if (rc)
        goto out;
    record rs = {.type = "response", .id = resp_id, .url = ex->url, .ip = ex->ip,
                 .concurrent = req_id, .content_type = "application/http;msgtype=response",
                 .when = ex->when, .head = resp.data, .head_len = resp.len,
                 .payload = ex->body ? ex->body : "", .payload_len = ex->body_len,
                 .payload_digest = true, .truncated = ex->truncated};
    rc = write_record(w, &rs);
    if (rc) {
        /* A request without its response would mislead a replay tool. */
        ls_buf_truncate(&w->out, start);
        w->records = records;
    }
out:
    ls_buf_release(&req);
    ls_buf_release(&resp);
    return rc;
}
