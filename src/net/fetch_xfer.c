/*
 * fetch_xfer.c - one libcurl easy handle with the guard's options and the
 * callbacks that enforce it: the connect-time address check, the header
 * caps, the wire/decoded body caps, and capture of the request head as
 * sent. The redirect loop and curl multi live in fetch.c.
 */
#include "net/fetch_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "net/addr.h"
#include "util/err.h"
#include "util/str.h"
#include "util/timeutil.h"

#define REQUEST_HEAD_MAX (64 * 1024)

void ls_fetch_fail(ls_fetch_result *r, int rc, bool transient, const char *fmt, ...)
{
    va_list ap;
    r->rc = rc;
    r->transient = transient;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
}

/* True when addr (the "ip:port" curl is about to connect to) is listed. */
static bool allowed_by_hook(const ls_fetch_xfer *x, const struct sockaddr *sa, size_t len)
{
    char ip[INET6_ADDRSTRLEN], key[INET6_ADDRSTRLEN + 16];
    unsigned port = 0;
    if (!x->opts->allow_addrs)
        return false;
    ls_addr_format(sa, len, ip, sizeof ip);
    if (sa->sa_family == AF_INET)
        port = ntohs(((const struct sockaddr_in *)sa)->sin_port);
    else if (sa->sa_family == AF_INET6)
        port = ntohs(((const struct sockaddr_in6 *)sa)->sin6_port);
    snprintf(key, sizeof key, "%s:%u", ip, port);
    for (const struct curl_slist *l = x->opts->allow_addrs; l; l = l->next)
        if (strcmp(l->data, key) == 0)
            return true;
    return false;
}

static bool always_blocked(ls_addr_class c)
{
    /* Link-local is never a place an operator means by "private targets":
     * it is where metadata services and router admin pages live. */
    return c == LS_ADDR_METADATA || c == LS_ADDR_LINK_LOCAL || c == LS_ADDR_UNSPECIFIED ||
           c == LS_ADDR_THIS_NETWORK ||
           c == LS_ADDR_MULTICAST || c == LS_ADDR_BROADCAST || c == LS_ADDR_RESERVED ||
           c == LS_ADDR_UNSUPPORTED;
}

/* Every connection libcurl opens passes here with its resolved address. */
static curl_socket_t on_opensocket(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
    ls_fetch_xfer *x = ud;
    char why[160];
    (void)purpose;
    const struct sockaddr *sa = &a->addr;
    ls_addr_class c = ls_addr_describe(sa, a->addrlen, why, sizeof why);
    bool ok = c == LS_ADDR_PUBLIC || (!always_blocked(c) && x->opts->allow_private);
    if (!ok && c != LS_ADDR_UNSUPPORTED && !always_blocked(c) && allowed_by_hook(x, sa, a->addrlen))
        ok = true;
    if (!ok) {
        snprintf(x->blocked, sizeof x->blocked, "blocked: %s", why);
        return CURL_SOCKET_BAD;
    }
    return socket(a->family, a->socktype, a->protocol);
}

static void set_str(char **dst, const char *v, size_t n)
{
    free(*dst);
    *dst = ls_strndup(v, n);
}

/* Adds a repeated header's value to an existing one ("gzip" + "gzip"). */
static void append_str(char **dst, const char *v, size_t n)
{
    if (!*dst) {
        set_str(dst, v, n);
        return;
    }
    size_t old = strlen(*dst);
    char *p = realloc(*dst, old + 2 + n + 1);
    if (!p)
        return;
    memcpy(p + old, ", ", 2);
    memcpy(p + old + 2, v, n);
    p[old + 2 + n] = '\0';
    *dst = p;
}

/* Value of "Name: value\r\n" when line is that header, else NULL. */
static const char *header_value(const char *line, size_t n, const char *name, size_t *vlen)
{
    size_t nl = strlen(name);
    if (n <= nl || strncasecmp(line, name, nl) != 0 || line[nl] != ':')
        return NULL;
    const char *v = line + nl + 1;
    size_t len = n - nl - 1;
    while (len && (*v == ' ' || *v == '\t')) {
        v++;
        len--;
    }
    while (len && (v[len - 1] == '\r' || v[len - 1] == '\n' || v[len - 1] == ' ' ||
                   v[len - 1] == '\t'))
        len--;
    *vlen = len;
    return v;
}

static size_t on_header(char *p, size_t size, size_t nmemb, void *ud)
{
    ls_fetch_xfer *x = ud;
    ls_fetch_exchange *ex = x->ex;
    size_t n = size * nmemb;
    x->n_headers++;
    x->header_bytes += n;
    if (n > x->opts->max_header_line)
        x->abort = LS_XFER_ABORT_HEADER_LINE;
    else if (x->n_headers > x->opts->max_headers)
        x->abort = LS_XFER_ABORT_HEADER_COUNT;
    else if (x->header_bytes > x->opts->max_header_bytes)
        x->abort = LS_XFER_ABORT_HEADER_BYTES;
    if (x->abort)
        return 0;
    if (n >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        /* A new response (after a 1xx): only the last head is the exchange's. */
        ls_buf_reset(&ex->response_head);
        x->headers_done = false;
        free(ex->content_encoding);
        ex->content_encoding = NULL;
        free(ex->content_type);
        ex->content_type = NULL;
    }
    ls_buf_add(&ex->response_head, p, n);
    if ((n == 2 && p[0] == '\r') || (n == 1 && p[0] == '\n'))
        x->headers_done = true;
    size_t vl;
    const char *v;
    if ((v = header_value(p, n, "Content-Encoding", &vl)))
        append_str(&ex->content_encoding, v, vl);
    else if ((v = header_value(p, n, "Content-Type", &vl)))
        set_str(&ex->content_type, v, vl);
    if (ex->response_head.err) {
        x->abort = LS_XFER_ABORT_HEADER_BYTES;
        return 0;
    }
    return n;
}

/* What an exchange counts against the batch's byte budget: its body as
 * received or decoded, whichever is larger, so many small gzip bombs cannot
 * hold count x the per-transfer decoded cap while the wire bytes stay low. */
static size_t budget_weight(const ls_fetch_exchange *ex)
{
    return ex->wire.len > ex->body.len ? ex->wire.len : ex->body.len;
}

static size_t on_write(char *p, size_t size, size_t nmemb, void *ud)
{
    ls_fetch_xfer *x = ud;
    ls_fetch_exchange *ex = x->ex;
    size_t n = size * nmemb, take = n;
    if (!x->dec_ready) {
        ls_fetch_decoder_init(&x->dec, ex->content_encoding);
        x->dec_ready = true;
    }
    if (x->budget_used && *x->budget_used + take > x->budget_max) {
        x->abort = LS_XFER_ABORT_BUDGET;
        return 0;
    }
    size_t room = ex->wire.max - ex->wire.len;
    if (take > room)
        take = room;
    size_t weight = budget_weight(ex);
    if (ls_buf_add(&ex->wire, p, take)) {
        x->abort = LS_XFER_ABORT_NOMEM;
        return 0;
    }
    int rc = ls_fetch_decoder_feed(&x->dec, p, take, &ex->body);
    if (x->budget_used) {
        *x->budget_used += budget_weight(ex) - weight;
        if (rc == LS_OK && *x->budget_used > x->budget_max) {
            x->abort = LS_XFER_ABORT_BUDGET;
            return 0;
        }
    }
    if (rc == LS_ETOOBIG) {
        ex->truncated = true;
        x->abort = LS_XFER_ABORT_DECODED_CAP;
        return 0;
    }
    if (rc) {
        x->abort = LS_XFER_ABORT_NOMEM;
        return 0;
    }
    if (take < n) {
        ex->truncated = true;
        x->abort = LS_XFER_ABORT_WIRE_CAP;
        return 0;
    }
    return n;
}

static int on_debug(CURL *h, curl_infotype type, char *p, size_t n, void *ud)
{
    ls_fetch_xfer *x = ud;
    ls_buf *b = &x->ex->request_head;
    (void)h;
    if (type != CURLINFO_HEADER_OUT)
        return 0;
    /* A resent request (a reused connection that had died) replaces the old. */
    if (b->len >= 4 && memcmp(b->data + b->len - 4, "\r\n\r\n", 4) == 0)
        ls_buf_reset(b);
    ls_buf_add(b, p, n);
    return 0;
}

static int set_headers(ls_fetch_xfer *x)
{
    const ls_fetch_opts *o = x->opts;
    char line[512];
    struct curl_slist *l = NULL, *t;
    const char *lines[3];
    snprintf(line, sizeof line, "Accept-Language: %s",
             o->accept_language ? o->accept_language : "zh-CN,zh;q=0.9,en;q=0.8");
    lines[0] = "Accept-Encoding: gzip, deflate";
    lines[1] = line;
    lines[2] = o->accept ? NULL
                         : "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,"
                           "*/*;q=0.8";
    for (int i = 0; i < 3; i++) {
        if (!lines[i])
            continue;
        if (!(t = curl_slist_append(l, lines[i]))) {
            curl_slist_free_all(l);
            return LS_ENOMEM;
        }
        l = t;
    }
    if (o->accept) {
        char acc[512];
        snprintf(acc, sizeof acc, "Accept: %s", o->accept);
        if (!(t = curl_slist_append(l, acc))) {
            curl_slist_free_all(l);
            return LS_ENOMEM;
        }
        l = t;
    }
    x->headers = l;
    return LS_OK;
}

int ls_fetch_xfer_init(ls_fetch_xfer *x, const ls_fetch_opts *o, ls_fetch_result *result)
{
    memset(x, 0, sizeof *x);
    x->opts = o;
    x->result = result;
    if (!(x->easy = curl_easy_init()) || set_headers(x))
        return LS_ENOMEM;
    CURL *e = x->easy;
    CURLcode c = CURLE_OK;
#define SET(opt, val) if (!c) c = curl_easy_setopt(e, opt, val)
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_FOLLOWLOCATION, 0L);
    SET(CURLOPT_PROXY, "");
    SET(CURLOPT_NOPROXY, "*");
    SET(CURLOPT_SSL_VERIFYPEER, 1L);
    SET(CURLOPT_SSL_VERIFYHOST, 2L);
    SET(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    SET(CURLOPT_HTTP_CONTENT_DECODING, 0L);
    SET(CURLOPT_HTTP_TRANSFER_DECODING, 1L);
    SET(CURLOPT_NOSIGNAL, 1L);
    SET(CURLOPT_COOKIEFILE, ""); /* cookies in memory, this chain only */
    SET(CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
    SET(CURLOPT_LOW_SPEED_LIMIT, o->low_speed_bytes);
    SET(CURLOPT_LOW_SPEED_TIME, o->low_speed_time_s);
    SET(CURLOPT_USERAGENT, o->user_agent ? o->user_agent : "linksnap/" LS_VERSION);
    SET(CURLOPT_HTTPHEADER, x->headers);
    SET(CURLOPT_OPENSOCKETFUNCTION, on_opensocket);
    SET(CURLOPT_OPENSOCKETDATA, x);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    SET(CURLOPT_HEADERDATA, x);
    SET(CURLOPT_WRITEFUNCTION, on_write);
    SET(CURLOPT_WRITEDATA, x);
    SET(CURLOPT_DEBUGFUNCTION, on_debug);
    SET(CURLOPT_DEBUGDATA, x);
    SET(CURLOPT_VERBOSE, 1L);
    SET(CURLOPT_ERRORBUFFER, x->errbuf);
    SET(CURLOPT_PRIVATE, x);
    if (o->resolve)
        SET(CURLOPT_RESOLVE, o->resolve);
    if (o->ca_file)
        SET(CURLOPT_CAINFO, o->ca_file);
    if (o->referer)
        SET(CURLOPT_REFERER, o->referer);
#undef SET
    return c == CURLE_OK ? LS_OK : c == CURLE_OUT_OF_MEMORY ? LS_ENOMEM : LS_EINVAL;
}

int ls_fetch_xfer_begin_hop(ls_fetch_xfer *x, const char *url, int64_t batch_deadline_ms)
{
    ls_fetch_result *r = x->result;
    const ls_fetch_opts *o = x->opts;
    ls_fetch_exchange *ex = &r->exchanges[r->n_exchanges];
    memset(ex, 0, sizeof *ex);
    ls_buf_init(&ex->request_head, REQUEST_HEAD_MAX);
    ls_buf_init(&ex->response_head, o->max_header_bytes + o->max_header_line + 1024);
    ls_buf_init(&ex->wire, o->max_wire_bytes);
    ls_buf_init(&ex->body, o->max_decoded_bytes);
    /* Readers may always treat these as strings, even if the hop never ran. */
    ls_buf_add(&ex->request_head, "", 0);
    ls_buf_add(&ex->response_head, "", 0);
    ls_buf_add(&ex->wire, "", 0);
    ls_buf_add(&ex->body, "", 0);
    ex->date = ls_now();
    r->n_exchanges++;
    r->final = ex;
    if (!(ex->url = ls_strdup(url)))
        return LS_ENOMEM;
    x->ex = ex;
    if (x->dec_ready)
        ls_fetch_decoder_release(&x->dec);
    x->dec_ready = false;
    x->n_headers = 0;
    x->header_bytes = 0;
    x->abort = LS_XFER_ABORT_NONE;
    x->blocked[0] = '\0';
    x->errbuf[0] = '\0';
    int64_t end = x->deadline_ms;
    x->batch_bound = batch_deadline_ms && batch_deadline_ms < end;
    if (x->batch_bound)
        end = batch_deadline_ms;
    x->headers_done = false;
    long left = (long)(end - ls_mono_ms());
    if (left < 1)
        left = 1;
    if (curl_easy_setopt(x->easy, CURLOPT_URL, url) != CURLE_OK ||
        curl_easy_setopt(x->easy, CURLOPT_TIMEOUT_MS, left) != CURLE_OK)
        return LS_ENOMEM;
    return LS_OK;
}

void ls_fetch_xfer_release(ls_fetch_xfer *x)
{
    if (x->dec_ready)
        ls_fetch_decoder_release(&x->dec);
    if (x->easy)
        curl_easy_cleanup(x->easy);
    curl_slist_free_all(x->headers);
    memset(x, 0, sizeof *x);
}

/* curl's error text on one line (it may quote server data). */
static const char *reason(ls_fetch_xfer *x, CURLcode cc)
{
    for (char *p = x->errbuf; *p; p++)
        if ((unsigned char)*p < 0x20)
            *p = ' ';
    return x->errbuf[0] ? x->errbuf : curl_easy_strerror(cc);
}

static long elapsed_s(ls_fetch_xfer *x)
{
    curl_off_t us = 0;
    curl_easy_getinfo(x->easy, CURLINFO_TOTAL_TIME_T, &us);
    return (long)((us + 500000) / 1000000);
}

/* Turns a callback's stop into the result; LS_OK when the cut is a cap. */
static int abort_reason(ls_fetch_xfer *x)
{
    ls_fetch_result *r = x->result;
    const ls_fetch_opts *o = x->opts;
    switch (x->abort) {
    case LS_XFER_ABORT_WIRE_CAP:
    case LS_XFER_ABORT_DECODED_CAP:
        return LS_OK;
    case LS_XFER_ABORT_BUDGET:
        ls_fetch_fail(r, LS_ETOOBIG, false, "byte budget of the batch (%zu bytes) exhausted",
                      x->budget_max);
        break;
    case LS_XFER_ABORT_HEADER_LINE:
        ls_fetch_fail(r, LS_ETOOBIG, false, "response header line longer than %zu bytes",
                      o->max_header_line);
        break;
    case LS_XFER_ABORT_HEADER_COUNT:
        ls_fetch_fail(r, LS_ETOOBIG, false, "more than %d response header lines",
                      o->max_headers);
        break;
    case LS_XFER_ABORT_HEADER_BYTES:
        ls_fetch_fail(r, LS_ETOOBIG, false, "response headers larger than %zu bytes",
                      o->max_header_bytes);
        break;
    default:
        ls_fetch_fail(r, LS_ENOMEM, true, "out of memory");
        break;
    }
    return r->rc;
}

static int map_timeout(ls_fetch_xfer *x, CURLcode cc)
{
    const char *why = reason(x, cc);
    ls_fetch_result *r = x->result;
    if (strstr(why, "too slow"))
        ls_fetch_fail(r, LS_ETIMEOUT, true, "too slow: under %ld bytes/s for %ld s",
                      x->opts->low_speed_bytes, x->opts->low_speed_time_s);
    else if (ls_startswith(why, "Connection timed out") || ls_startswith(why, "Failed to connect"))
        ls_fetch_fail(r, LS_ETIMEOUT, true, "connect timed out after %ld s", elapsed_s(x));
    else
        ls_fetch_fail(r, LS_ETIMEOUT, true, "timed out after %ld s", elapsed_s(x));
    return r->rc;
}

static int map_curl_error(ls_fetch_xfer *x, CURLcode cc)
{
    ls_fetch_result *r = x->result;
    switch (cc) {
    case CURLE_COULDNT_CONNECT:
        if (x->blocked[0])
            ls_fetch_fail(r, LS_EBLOCKED, false, "%s", x->blocked);
        else
            ls_fetch_fail(r, LS_ENET, true, "could not connect: %s", reason(x, cc));
        break;
    case CURLE_OPERATION_TIMEDOUT:
        return map_timeout(x, cc);
    case CURLE_COULDNT_RESOLVE_HOST:
        ls_fetch_fail(r, LS_ENET, true, "%s", reason(x, cc));
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        ls_fetch_fail(r, LS_ENET, false, "TLS certificate verification failed: %s",
                      reason(x, cc));
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
        ls_fetch_fail(r, LS_ENET, false, "TLS handshake failed: %s", reason(x, cc));
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
        ls_fetch_fail(r, LS_EBLOCKED, false, "blocked: %s", reason(x, cc));
        break;
    case CURLE_URL_MALFORMAT:
        ls_fetch_fail(r, LS_EINVAL, false, "malformed URL: %s", reason(x, cc));
        break;
    case CURLE_OUT_OF_MEMORY:
    case CURLE_FILESIZE_EXCEEDED:
        /* libcurl's own limit on one header line (100 KB) ends here. */
        if (!x->headers_done)
            ls_fetch_fail(r, LS_ETOOBIG, false,
                          "response header line too long for libcurl (over 100 KB)");
        else
            ls_fetch_fail(r, LS_ENOMEM, true, "%s", reason(x, cc));
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        ls_fetch_fail(r, LS_ENET, false, "invalid HTTP response: %s", reason(x, cc));
        break;
    default:
        ls_fetch_fail(r, LS_ENET, true, "connection failed: %s", reason(x, cc));
        break;
    }
    return r->rc;
}

int ls_fetch_xfer_end_hop(ls_fetch_xfer *x, CURLcode cc)
{
    ls_fetch_exchange *ex = x->ex;
    long status = 0;
    char *ip = NULL;
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
    ex->status = status;
    if (curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
        snprintf(ex->ip, sizeof ex->ip, "%s", ip);
    if (!x->dec_ready) {
        ls_fetch_decoder_init(&x->dec, ex->content_encoding);
        x->dec_ready = true;
    }
    bool unfinished = false;
    for (int i = 0; i < x->dec.n; i++)
        if (x->dec.started[i] && !x->dec.ended[i])
            unfinished = true;
    ex->decode_failed = x->dec.unknown || x->dec.corrupt || (unfinished && !ex->truncated);
    if (x->abort)
        return abort_reason(x);
    if (cc == CURLE_OK)
        return LS_OK;
    return map_curl_error(x, cc);
}
