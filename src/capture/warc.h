/*
 * warc.h - a WARC/1.1 writer into memory: the bytes of a .warc.gz blob.
 *
 * Every record is its own gzip member (so a reader can seek to any record
 * and `zcat` still reads the whole file). The first record is a `warcinfo`
 * (software name and version, format; no host name). Each HTTP exchange
 * becomes a `request` record followed by a `response` record; the two name
 * each other with WARC-Concurrent-To.
 *
 * What the records hold (readers rely on this):
 * - request block: the request head as sent (request line + headers), with
 *   line endings normalised to CRLF and one blank line at the end. When the
 *   caller has no head, a minimal "GET <path> HTTP/1.1 / Host:" head is
 *   written.
 * - response block: the status line and headers as received (CRLF line
 *   endings), then the body bytes exactly as the caller gives them. The
 *   fetcher hands over bodies that libcurl has already de-chunked but NOT
 *   content-decoded, so a `Transfer-Encoding` header is renamed to
 *   `X-Archive-Orig-Transfer-Encoding` (same value): the stored payload is
 *   then a plain, possibly Content-Encoding'd, entity that any reader can
 *   parse. Content-Encoding and Content-Length headers are kept as they came.
 *   If the head holds several responses (libcurl reports 1xx interim heads
 *   and every redirect hop through one header callback), only the last one,
 *   the one the body belongs to, is stored.
 * - WARC-Block-Digest covers the whole block, WARC-Payload-Digest the HTTP
 *   body only; both "sha256:" + RFC 4648 base32 (upper case, padded), the
 *   form warcio compares against. When a cap cut the body the caller says
 *   so and the response record carries `WARC-Truncated: length`; the
 *   digests then cover exactly the stored bytes.
 *
 * Ownership: the ls_warc owns its output buffer `out`; take the bytes with
 * ls_buf_detach(&w->out, &len) (then free() them) or read them in place
 * before ls_warc_release(). A record that would pass the size cap is not
 * written at all (LS_ETOOBIG) and the archive stays valid without it.
 * ls_crypto_init() must have run (random record ids, sha256).
 */
#ifndef LS_CAPTURE_WARC_H
#define LS_CAPTURE_WARC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* "<urn:uuid:xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx>" and a NUL. */
#define LS_WARC_ID_LEN 48

typedef struct ls_warc {
    ls_buf out;                          /* the .warc.gz bytes so far */
    char warcinfo_id[LS_WARC_ID_LEN];    /* "" until a warcinfo is written */
    int records;                         /* records written */
} ls_warc;

/* One HTTP exchange as it happened on the wire. Pointers are borrowed. */
typedef struct ls_warc_exchange {
    const char *url;        /* request URL (WARC-Target-URI); required */
    const char *ip;         /* peer address, NULL or "" if unknown */
    int64_t when;           /* request time, seconds since the epoch */
    const char *req_head;   /* request head as sent; NULL = synthesize */
    size_t req_head_len;
    const char *resp_head;  /* status line + headers as received; required */
    size_t resp_head_len;
    const char *body;       /* body as received (de-chunked, not decoded) */
    size_t body_len;
    bool truncated;         /* a size cap cut the body */
} ls_warc_exchange;

/* Starts an empty archive whose compressed size may not pass cap bytes. */
void ls_warc_init(ls_warc *w, size_t cap);
void ls_warc_release(ls_warc *w);

/* Writes the warcinfo record; later records point at it with
 * WARC-Warcinfo-ID. filename (WARC-Filename) may be NULL. */
int ls_warc_add_warcinfo(ls_warc *w, const char *filename, int64_t when);

/* Writes the request and response records of one exchange. Returns LS_OK,
 * LS_EINVAL (missing URL or response head, a URL or address with control
 * characters or spaces), LS_ETOOBIG or LS_ENOMEM; on failure nothing of
 * this exchange is in the archive. */
int ls_warc_add_exchange(ls_warc *w, const ls_warc_exchange *ex);

#endif
