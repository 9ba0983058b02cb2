/*
 * fetch.c - the fetch engine (contract in fetch.h): URL chains driven over
 * one curl multi handle, redirects followed by hand with every hop
 * re-checked, and the batch budgets. One page is a batch of one.
 */
#include "net/fetch.h"
#include "net/fetch_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "net/url.h"
#include "util/dynload.h"
#include "util/err.h"
#include "util/str.h"
#include "util/timeutil.h"

void ls_fetch_opts_default(ls_fetch_opts *o)
{
    memset(o, 0, sizeof *o);
    o->max_redirects = 10;
    o->connect_timeout_ms = 10000;
    o->timeout_ms = 60000;
    o->low_speed_bytes = 100;
    o->low_speed_time_s = 20;
    o->max_wire_bytes = (size_t)32 << 20;
    o->max_decoded_bytes = (size_t)64 << 20;
    o->max_header_line = 64 * 1024;
    o->max_headers = 300;
    o->max_header_bytes = 256 * 1024;
}

static pthread_once_t g_once = PTHREAD_ONCE_INIT;
static CURLcode g_init_rc = CURLE_FAILED_INIT;

static void global_init_once(void)
{
    g_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int ls_fetch_global_init(void)
{
    pthread_once(&g_once, global_init_once);
    return g_init_rc == CURLE_OK ? LS_OK : LS_ENOMEM;
}

void ls_fetch_result_release(ls_fetch_result *r)
{
    for (int i = 0; i < r->n_exchanges; i++) {
        ls_fetch_exchange *ex = &r->exchanges[i];
        free(ex->url);
        ls_buf_release(&ex->request_head);
        ls_buf_release(&ex->response_head);
        ls_buf_release(&ex->wire);
        ls_buf_release(&ex->body);
        free(ex->content_type);
        free(ex->content_encoding);
        free(ex->location);
    }
    free(r->exchanges);
    free(r->url);
    memset(r, 0, sizeof *r);
}

typedef struct batch {
    const ls_fetch_opts *opts;
    ls_fetch_result *results;
    ls_fetch_xfer *slots;   /* max_parallel transfer states; easy == NULL when free */
    CURLM *multi;
    int active;
    int started;
    int max_parallel;
    int max_count;
    size_t bytes_used;
    size_t bytes_max;   /* 0 = no byte budget */
    bool bytes_hit;
    int64_t deadline;   /* monotonic ms, 0 = no time budget */
    bool time_hit;      /* a hop timed out on the batch deadline */
    long total_ms;
} batch;

/* The value of the last "Name:" header in a response head, malloc'd. */
static char *head_value(const ls_buf *head, const char *name)
{
    size_t nl = strlen(name);
    char *found = NULL;
    const char *p = head->data, *end = head->data + head->len;
    while (p && p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
        if (len > nl && strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
            size_t vl;
            const char *v = ls_trim(p + nl + 1, &vl);
            if (v + vl > p + len)
                vl = (size_t)(p + len - v);
            while (vl && (v[vl - 1] == '\r' || v[vl - 1] == ' ' || v[vl - 1] == '\t'))
                vl--;
            free(found);
            found = ls_strndup(v, vl);
        }
        p = eol ? eol + 1 : end;
    }
    return found;
}

static bool is_redirect(long status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/* A bad target URL: its scheme makes it blocked, anything else invalid. */
static void fail_url(ls_fetch_result *r, const char *what, const char *err)
{
    if (ls_startswith(err, "URL scheme"))
        ls_fetch_fail(r, LS_EBLOCKED, false, "blocked: %s%s", what, err);
    else
        ls_fetch_fail(r, LS_EINVAL, false, "%s%s", what, err);
}

static void finish_chain(batch *b, ls_fetch_xfer *x)
{
    ls_fetch_result *r = x->result;
    if (r->final)
        r->truncated = r->final->truncated;
    ls_fetch_xfer_release(x);
    b->active--;
}

static bool start_hop(batch *b, ls_fetch_xfer *x, const char *url)
{
    if (ls_fetch_xfer_begin_hop(x, url, b->deadline) ||
        curl_multi_add_handle(b->multi, x->easy) != CURLM_OK) {
        ls_fetch_fail(x->result, LS_ENOMEM, true, "out of memory");
        return false;
    }
    return true;
}

/* Decides what follows a finished hop: the next hop, or the end. */
static void after_hop(batch *b, ls_fetch_xfer *x)
{
    ls_fetch_result *r = x->result;
    ls_fetch_exchange *ex = x->ex;
    char err[256];
    char *loc = is_redirect(ex->status) ? head_value(&ex->response_head, "Location") : NULL;
    if (loc && *loc) {
        char *next = NULL;
        if (r->n_exchanges > b->opts->max_redirects)
            ls_fetch_fail(r, LS_EHTTP, false, "too many redirects (%d)", b->opts->max_redirects);
        else if (ls_url_resolve(ex->url, loc, &next, err, sizeof err))
            fail_url(r, "redirect to ", err);
        free(loc);
        if (next) {
            ex->location = next;
            if (start_hop(b, x, next))
                return;
        }
        finish_chain(b, x);
        return;
    }
    free(loc);
    if (ex->status >= 200 && ex->status < 300) {
        r->rc = LS_OK;
    } else {
        long s = ex->status;
        ls_fetch_fail(r, LS_EHTTP, s >= 500 || s == 408 || s == 429, "HTTP %ld", s);
    }
    finish_chain(b, x);
}

static void on_done(batch *b, CURL *easy, CURLcode cc)
{
    ls_fetch_xfer *x = NULL;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&x);
    curl_multi_remove_handle(b->multi, easy);
    if (x->abort == LS_XFER_ABORT_BUDGET)
        b->bytes_hit = true;
    if (ls_fetch_xfer_end_hop(x, cc) != LS_OK) {
        if (x->result->rc == LS_ETIMEOUT && x->batch_bound) {
            /* curl may call time a moment before our clock reaches the
             * deadline; no URL may start after the budget said stop */
            b->time_hit = true;
            ls_fetch_fail(x->result, LS_ETIMEOUT, false,
                          "time budget of the batch (%ld ms) exhausted", b->total_ms);
        }
        finish_chain(b, x);
        return;
    }
    after_hop(b, x);
}

/* Sets up results[i] and starts its first hop, unless a budget says no. */
static void start_url(batch *b, size_t i, const char *url)
{
    ls_fetch_result *r = &b->results[i];
    ls_fetch_xfer *x = NULL;
    char err[256];
    if (b->max_count && b->started >= b->max_count) {
        ls_fetch_fail(r, LS_ETOOBIG, false, "count budget of the batch (%d URLs) reached",
                      b->max_count);
        return;
    }
    if (b->bytes_hit || (b->bytes_max && b->bytes_used >= b->bytes_max)) {
        ls_fetch_fail(r, LS_ETOOBIG, false, "byte budget of the batch (%zu bytes) exhausted",
                      b->bytes_max);
        return;
    }
    if (b->time_hit || (b->deadline && ls_mono_ms() >= b->deadline)) {
        ls_fetch_fail(r, LS_ETIMEOUT, false, "time budget of the batch (%ld ms) exhausted",
                      b->total_ms);
        return;
    }
    b->started++;
    if (ls_url_normalize(url, 0, &r->url, err, sizeof err)) {
        fail_url(r, "", err);
        return;
    }
    for (int k = 0; k < b->max_parallel && !x; k++)
        if (!b->slots[k].easy)
            x = &b->slots[k];
    int cap = b->opts->max_redirects + 1;
    r->exchanges = calloc((size_t)cap, sizeof *r->exchanges);
    if (!x || !r->exchanges || ls_fetch_xfer_init(x, b->opts, r)) {
        if (x)
            ls_fetch_xfer_release(x);
        ls_fetch_fail(r, LS_ENOMEM, true, "out of memory");
        return;
    }
    x->deadline_ms = ls_mono_ms() + b->opts->timeout_ms;
    if (b->bytes_max) {
        x->budget_used = &b->bytes_used;
        x->budget_max = b->bytes_max;
    }
    r->rc = LS_EIO; /* until a hop says otherwise */
    b->active++;
    if (!start_hop(b, x, r->url))
        finish_chain(b, x);
}

/* The time budget ran out: every running chain stops where it is. */
static void stop_all(batch *b)
{
    for (int i = 0; i < b->max_parallel; i++) {
        ls_fetch_xfer *x = &b->slots[i];
        if (!x->easy)
            continue;
        curl_multi_remove_handle(b->multi, x->easy);
        ls_fetch_xfer_end_hop(x, CURLE_OPERATION_TIMEDOUT);
        ls_fetch_fail(x->result, LS_ETIMEOUT, false,
                      "time budget of the batch (%ld ms) exhausted", b->total_ms);
        finish_chain(b, x);
    }
}

static void run(batch *b, const char *const *urls, size_t n)
{
    size_t next = 0;
    while (next < n || b->active > 0) {
        while (b->active < b->max_parallel && next < n) {
            start_url(b, next, urls[next]);
            next++;
        }
        if (b->active == 0)
            continue;
        int running = 0, q = 0;
        curl_multi_perform(b->multi, &running);
        CURLMsg *m;
        while ((m = curl_multi_info_read(b->multi, &q)))
            if (m->msg == CURLMSG_DONE)
                on_done(b, m->easy_handle, m->data.result);
        if (b->deadline && ls_mono_ms() >= b->deadline) {
            stop_all(b);
            continue;
        }
        if (b->active > 0)
            curl_multi_poll(b->multi, NULL, 0, 100, NULL);
    }
}

int ls_fetch_many(const ls_fetch_opts *opts, const char *const *urls, size_t n,
                  const ls_fetch_budget *budget, ls_fetch_result *results)
{
    batch b;
    memset(&b, 0, sizeof b);
    for (size_t i = 0; i < n; i++)
        memset(&results[i], 0, sizeof results[i]);
    if (!opts || (n && !urls) || opts->max_redirects < 0 || opts->max_redirects > 100)
        return LS_EINVAL;
    if (n == 0)
        return LS_OK;
    b.max_parallel = budget && budget->max_parallel > 0 ? budget->max_parallel : 6;
    if (b.max_parallel > 64)
        b.max_parallel = 64;
    int rc = ls_fetch_global_init();
    if (rc != LS_OK && *ls_curl_load_error()) {
        rc = LS_EIO;
        for (size_t i = 0; i < n; i++)
            ls_fetch_fail(&results[i], rc, false, "%s", ls_curl_load_error());
        goto out;
    }
    if (rc == LS_OK && !(b.slots = calloc((size_t)b.max_parallel, sizeof *b.slots)))
        rc = LS_ENOMEM;
    if (rc == LS_OK && !(b.multi = curl_multi_init()))
        rc = LS_ENOMEM;
    if (rc) {
        for (size_t i = 0; i < n; i++)
            ls_fetch_fail(&results[i], rc, true, "out of memory");
        goto out;
    }
    b.opts = opts;
    b.results = results;
    b.max_count = budget ? budget->max_count : 0;
    b.bytes_max = budget ? budget->max_total_bytes : 0;
    b.total_ms = budget ? budget->max_total_ms : 0;
    b.deadline = b.total_ms > 0 ? ls_mono_ms() + b.total_ms : 0;
    run(&b, urls, n);
out:
    if (b.multi)
        curl_multi_cleanup(b.multi);
    free(b.slots);
    return rc;
}

/* Redirect bodies a chain may hold besides its one full-size body. */
#define PAGE_REDIRECT_BODIES ((size_t)1 << 20)

int ls_fetch_page(const ls_fetch_opts *opts, const char *url, ls_fetch_result *result)
{
    ls_fetch_budget one = {.max_parallel = 1};
    /* Every hop keeps its body (for the WARC), each up to the caps: without
     * a budget for the chain, ten redirects with full-size bodies would hold
     * eleven times the page cap. */
    size_t cap = opts && opts->max_wire_bytes > opts->max_decoded_bytes ? opts->max_wire_bytes
               : opts ? opts->max_decoded_bytes : 0;
    if (cap && opts->max_wire_bytes && opts->max_decoded_bytes
        && cap <= SIZE_MAX - PAGE_REDIRECT_BODIES)
        one.max_total_bytes = cap + PAGE_REDIRECT_BODIES;
    const char *urls[1] = {url};
    int rc = ls_fetch_many(opts, urls, 1, &one, result);
    if (rc && result->rc == LS_OK)
        ls_fetch_fail(result, rc, false, "%s", ls_strerror(rc));
    return result->rc;
}
