/*
 * fetch.h - the guarded fetcher: every outbound HTTP request of linksnap
 * (the page and each of its assets) goes through here.
 *
 * The guard (DESIGN.md "The guarded fetcher", SECURITY.md 1-14):
 *  - http and https only, for the first URL and every redirect; URLs are
 *    checked and normalised with net/url.h before any request.
 *  - Redirects are followed HERE, not by libcurl: at most max_redirects
 *    hops, each target resolved against the current URL, re-checked, and
 *    fetched as its own exchange (so a WARC can hold every hop).
 *  - Every connection's address is checked when the socket is opened
 *    (CURLOPT_OPENSOCKETFUNCTION, net/addr.h), so DNS rebinding and names
 *    resolving to private addresses are caught where it matters. Refused
 *    unless allow_private: loopback, private, CGNAT, ULA, benchmarking and
 *    documentation ranges. ALWAYS refused, even with allow_private:
 *    link-local, cloud metadata addresses, unspecified, 0/8, multicast,
 *    broadcast, reserved, non-IP families.
 *  - No proxy (the environment's http_proxy/https_proxy/ALL_PROXY are
 *    ignored), TLS peer and host verification on, HTTP/1.1, cookies kept in
 *    memory for one URL's redirect chain only.
 *  - Timeouts: connect, total (across all hops of one URL), low speed.
 *  - "Accept-Encoding: gzip, deflate" is sent by us and libcurl does NOT
 *    decode: `wire` holds the body exactly as received (de-chunked, still
 *    content-encoded); `body` is our decoded copy (stacked codings such as
 *    "gzip, gzip" are undone in order). Caps on wire bytes and on decoded
 *    bytes are counted as data arrives; reaching one stops the transfer
 *    and marks the exchange truncated, which is NOT an error: what arrived
 *    is kept and usable.
 *  - Response header caps: one line over max_header_line, more than
 *    max_headers lines or more than max_header_bytes in all abort the
 *    transfer with LS_ETOOBIG.
 *
 * Errors are LS_* kinds (util/err.h) with a one-line reason in
 * result.error, which never contains credentials, e.g.
 *   "blocked: 169.254.169.254 is a cloud metadata address"
 *   "blocked: redirect to URL scheme \"file:\" is not allowed: only http and https"
 *   "too many redirects (10)"   "timed out after 5 s"
 *   "too slow: under 100 bytes/s for 2 s"
 *   "TLS certificate verification failed: ..."   "HTTP 404"
 * and result.transient says whether a later retry could help (timeouts,
 * connection failures and resets, DNS failures, HTTP 5xx/408/429) or not
 * (4xx, blocked, bad URL, TLS verification, header caps).
 *
 * Ownership: the caller owns the ls_fetch_result structs (stack or array)
 * and must call ls_fetch_result_release() on each once a fetch call has
 * returned, whatever it returned. Everything a result points to (the
 * exchanges, their strings and buffers) belongs to the result and is freed
 * by that call. Options and URL strings are only borrowed during the call.
 *
 * Thread-safety: any number of threads may fetch at once, each with its
 * own result; ls_fetch_global_init() runs curl_global_init once (it is
 * also called lazily by the fetch functions).
 */
#ifndef LS_NET_FETCH_H
#define LS_NET_FETCH_H

#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

struct curl_slist;

typedef struct ls_fetch_opts {
    bool allow_private;            /* let loopback/private destinations through */
    int max_redirects;             /* hops followed, default 10 */
    long connect_timeout_ms;       /* default 10000 */
    long timeout_ms;               /* total for one URL with its redirects, default 60000 */
    long low_speed_bytes;          /* abort when slower than this many bytes/s ... */
    long low_speed_time_s;         /* ... for this many seconds; defaults 100 and 20 */
    size_t max_wire_bytes;         /* body bytes as received, default 32 MB */
    size_t max_decoded_bytes;      /* decoded body bytes, default 64 MB */
    size_t max_header_line;        /* one response header line, default 64 KB */
    int max_headers;               /* response header lines, default 300 */
    size_t max_header_bytes;       /* all response header bytes, default 256 KB */
    const char *user_agent;        /* NULL = "linksnap/<version>" */
    const char *accept;            /* Accept header; NULL = an HTML-first default */
    const char *accept_language;   /* NULL = "zh-CN,zh;q=0.9,en;q=0.8" */
    const char *referer;           /* Referer sent on every hop; NULL = none */
    /* Test hooks. */
    struct curl_slist *resolve;    /* CURLOPT_RESOLVE entries "host:port:addr" */
    struct curl_slist *allow_addrs;/* "ip:port" (IPv6 unbracketed) let through even when
                                      private is not; never metadata/reserved */
    const char *ca_file;           /* extra trust anchor (CURLOPT_CAINFO); NULL = system */
} ls_fetch_opts;

/* Fills the defaults above (allow_private false, no test hooks). */
void ls_fetch_opts_default(ls_fetch_opts *o);

/*
 * One HTTP request and its response: one hop of a redirect chain. An
 * exchange with status 0 got no response (its connection was blocked,
 * refused or failed, e.g. the blocked last hop of a redirect to
 * 169.254.169.254): it has url, maybe a request head, nothing to archive.
 * Buffers are always NUL-terminated strings (data may hold NUL bytes too).
 */
typedef struct ls_fetch_exchange {
    char *url;                  /* the URL requested (normal form, no userinfo) */
    ls_buf request_head;        /* request line + headers as sent, CRLF, blank line */
    ls_buf response_head;       /* status line + headers as received (the final
                                   response's; 1xx interim heads are dropped) */
    ls_buf wire;                /* body as received: de-chunked, NOT content-decoded */
    ls_buf body;                /* body with Content-Encoding undone (a copy of wire
                                   when there is none); NUL-terminated */
    char ip[INET6_ADDRSTRLEN];  /* peer address, "" if no connection was made */
    int64_t date;               /* request time, seconds since the epoch */
    long status;                /* HTTP status, 0 if no response */
    char *content_type;         /* Content-Type value or NULL */
    char *content_encoding;     /* Content-Encoding value(s) or NULL */
    char *location;             /* redirect target (resolved, normal form) or NULL */
    bool truncated;             /* a cap cut the body (wire and body hold a prefix) */
    bool decode_failed;         /* coding unknown or corrupt: body holds what decoded */
} ls_fetch_exchange;

typedef struct ls_fetch_result {
    int rc;                       /* LS_OK or an LS_E* kind */
    char error[256];              /* one-line reason when rc != LS_OK */
    bool transient;               /* a retry later could succeed */
    bool truncated;               /* the final exchange was cut by a cap */
    char *url;                    /* the requested URL, normalised (NULL if invalid) */
    ls_fetch_exchange *exchanges; /* in hop order; n_exchanges of them */
    int n_exchanges;
    ls_fetch_exchange *final;     /* the last exchange (the one with the content), or NULL */
} ls_fetch_result;

/* Budgets for ls_fetch_many. Zero means the default in brackets. */
typedef struct ls_fetch_budget {
    int max_parallel;          /* transfers at once [6], at most 64 */
    int max_count;             /* URLs fetched at most; the rest fail [no limit] */
    size_t max_total_bytes;    /* body bytes of all transfers together, each
                                * counted as received or decoded, whichever
                                * is larger [no limit] */
    long max_total_ms;         /* wall time of the whole batch [no limit] */
} ls_fetch_budget;

/* Runs curl_global_init once per process. Returns LS_OK or LS_ENOMEM. */
int ls_fetch_global_init(void);

/*
 * Fetches one URL (GET), following redirects. Fills *result (which need
 * not be initialised) and returns result->rc. rc is LS_OK only when the
 * final response is 2xx; a final non-2xx status gives LS_EHTTP with the
 * exchanges kept (result->final is the error page).
 */
int ls_fetch_page(const ls_fetch_opts *opts, const char *url, ls_fetch_result *result);

/*
 * Fetches n URLs concurrently with curl multi, each exactly as
 * ls_fetch_page would (same guard, caps and redirects), results[i] for
 * urls[i]. URLs past the count budget, or started after the byte or time
 * budget ran out, fail with LS_ETOOBIG / LS_ETIMEOUT and no exchange; a
 * transfer running when the byte budget runs out stops with LS_ETOOBIG,
 * one running when the time budget runs out with LS_ETIMEOUT. Returns
 * LS_OK when the batch ran (look at each result), or LS_ENOMEM / LS_EINVAL
 * for the batch itself.
 */
int ls_fetch_many(const ls_fetch_opts *opts, const char *const *urls, size_t n,
                  const ls_fetch_budget *budget, ls_fetch_result *results);

/* Frees everything the result holds and zeroes it. Safe on a zeroed result. */
void ls_fetch_result_release(ls_fetch_result *result);

#endif
