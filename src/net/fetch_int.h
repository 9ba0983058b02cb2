/*
 * fetch_int.h - internals shared by the fetch files (not for other layers):
 * the streaming Content-Encoding decoder and the per-URL transfer state.
 */
#ifndef LS_NET_FETCH_INT_H
#define LS_NET_FETCH_INT_H

#include <curl/curl.h>
#include <stdbool.h>
#include <zlib.h>

#include "net/fetch.h"

/* More stacked codings than this is hostile; we do not decode it. */
#define LS_FETCH_MAX_CODINGS 4

typedef struct ls_fetch_decoder {
    int n;                                 /* stages; 0 = identity */
    int kind[LS_FETCH_MAX_CODINGS];        /* in the order to undo them */
    z_stream z[LS_FETCH_MAX_CODINGS];
    bool started[LS_FETCH_MAX_CODINGS];
    bool ended[LS_FETCH_MAX_CODINGS];      /* a stream end was seen */
    bool unknown;                          /* a coding we cannot undo */
    bool corrupt;                          /* data not valid for its coding */
} ls_fetch_decoder;

/* Parses a Content-Encoding value (NULL = identity). */
void ls_fetch_decoder_init(ls_fetch_decoder *d, const char *content_encoding);
/*
 * Decodes the next n bytes into out. Returns LS_OK, or LS_ETOOBIG when out
 * reached its cap (what fitted is kept). Corrupt input or an unknown coding
 * set d->corrupt / d->unknown and are not errors here.
 */
int ls_fetch_decoder_feed(ls_fetch_decoder *d, const char *p, size_t n, ls_buf *out);
void ls_fetch_decoder_release(ls_fetch_decoder *d);

/* Why a callback stopped the transfer. */
enum {
    LS_XFER_ABORT_NONE = 0,
    LS_XFER_ABORT_WIRE_CAP,
    LS_XFER_ABORT_DECODED_CAP,
    LS_XFER_ABORT_BUDGET,
    LS_XFER_ABORT_HEADER_LINE,
    LS_XFER_ABORT_HEADER_COUNT,
    LS_XFER_ABORT_HEADER_BYTES,
    LS_XFER_ABORT_NOMEM,
};

/* The state of one URL's redirect chain; one easy handle for all hops. */
typedef struct ls_fetch_xfer {
    CURL *easy;
    struct curl_slist *headers;
    const ls_fetch_opts *opts;
    ls_fetch_result *result;
    ls_fetch_exchange *ex;      /* the hop in progress */
    ls_fetch_decoder dec;
    bool dec_ready;             /* dec set up from this response's head */
    int n_headers;
    size_t header_bytes;
    int abort;                  /* LS_XFER_ABORT_* */
    char blocked[200];          /* why opensocket refused, "" if it did not */
    size_t *budget_used;        /* shared wire-byte counter, or NULL */
    size_t budget_max;
    int64_t deadline_ms;        /* monotonic end of this URL's time */
    bool batch_bound;           /* the batch's time budget ends this hop first */
    bool headers_done;          /* the blank line after the headers was seen */
    char errbuf[CURL_ERROR_SIZE];
} ls_fetch_xfer;

/* Creates the easy handle with the guard's options (no URL yet). */
int ls_fetch_xfer_init(ls_fetch_xfer *x, const ls_fetch_opts *opts, ls_fetch_result *result);
/* Starts a new exchange for url (normal form) on the handle. */
int ls_fetch_xfer_begin_hop(ls_fetch_xfer *x, const char *url, int64_t batch_deadline_ms);
/*
 * Records what libcurl reports after a hop (status, ip, content type),
 * finishes decoding, and turns a failure into result->rc/error/transient.
 * Returns LS_OK when the hop produced a response to look at.
 */
int ls_fetch_xfer_end_hop(ls_fetch_xfer *x, CURLcode cc);
void ls_fetch_xfer_release(ls_fetch_xfer *x);

/* Sets result->rc, error and transient in one place. */
void ls_fetch_fail(ls_fetch_result *r, int rc, bool transient, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
