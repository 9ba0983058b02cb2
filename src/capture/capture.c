/*
 * capture.c - ls_capture_run(): the pipeline of one capture.
 *
 *   fetch the page through the guard -> decode to UTF-8 -> parse once ->
 *   fetch the assets -> extract the article -> render the reader document
 *   -> render the single file -> record the blobs -> release the files ->
 *   one transaction for the snapshot row (and its search index).
 *
 * The WARC and the blob files are written beside that, on two writer
 * threads, as soon as their bytes are final (see "writers" below).
 * Blobs are durable (fsync + rename in ls_blob_write) before the row that
 * names them is written, so a crash at any point leaves either no row
 * change or a row whose files all exist.
 */
#include "capture/capture.h"

#include <malloc.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/reader_doc.h"
#include "capture/single.h"
#include "capture/warc.h"
#include "extract/extract.h"
#include "html/dom.h"
#include "net/charset.h"
#include "net/fetch.h"
#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "util/err.h"
#include "util/hash.h"
#include "util/log.h"
#include "util/mojibake.h"
#include "util/str.h"
#include "util/timeutil.h"

void ls_capture_opts_default(ls_capture_opts *o)
{
    memset(o, 0, sizeof *o);
    o->max_assets = 300;
    o->asset_parallel = 8;
    o->max_page_bytes = 32u << 20;
    o->max_asset_bytes = 16u << 20;
    o->max_total_bytes = 96u << 20;
    o->page_timeout_ms = 60000;
    o->assets_timeout_ms = 90000;
    o->user_agent = NULL;
}

typedef struct run run;

/* Everything one run holds, released in one place. */
struct run {
    ls_db *db;
    const ls_capture_opts *opts;
    ls_capture_result *res;
    ls_snapshot snap;     /* the row as loaded, then filled for finish */
    ls_link link;
    ls_fetch_result page;
    ls_buf utf8;          /* the page decoded to UTF-8 */
    char charset[64];
    ls_dom *dom;
    ls_article article;
    ls_single single;     /* assets and the single-file document */
    ls_buf reader;
    ls_warc warc;
    int warc_rc;          /* how building the WARC went */
    ls_blob_file files[5]; /* raw, headers, single, reader, warc */
    struct writer {       /* file writers running beside the main work */
        pthread_t th;
        bool running;
        void (*fn)(run *);
        run *r;
    } bg[2];
    /* the extractor, run while the assets download */
    const char *final_url;
    int extract_rc;
    struct deferred {     /* images it met, named by placeholders */
        char prefix[64];  /* "https://linksnap.invalid/<random>/" */
        char **urls;
        size_t n, cap;
        bool oom;
    } imgs;
};

enum { F_RAW, F_HEADERS, F_SINGLE, F_READER, F_WARC };

static void fail(run *r, int rc, bool transient, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void fail(run *r, int rc, bool transient, const char *fmt, ...)
{
    r->res->rc = rc;
    r->res->transient = transient;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->res->error, sizeof r->res->error, fmt, ap);
    va_end(ap);
}

static void fetch_opts_from(const ls_capture_opts *o, ls_fetch_opts *f)
{
    ls_fetch_opts_default(f);
    f->allow_private = o->allow_private;
    f->timeout_ms = o->page_timeout_ms;
    f->max_decoded_bytes = o->max_page_bytes;
    f->max_wire_bytes = o->max_page_bytes;
    if (o->user_agent)
        f->user_agent = o->user_agent;
}

static int fetch_page(run *r)
{
    ls_fetch_opts fo;
    fetch_opts_from(r->opts, &fo);
    int rc = ls_fetch_page(&fo, r->link.url, &r->page);
    ls_fetch_exchange *fin = r->page.final;
    r->res->http_status = fin ? fin->status : 0;
    if (rc != LS_OK) {
        fail(r, rc, r->page.transient, "%s", r->page.error[0] ? r->page.error : ls_strerror(rc));
        return rc;
    }
    if (!fin) {
        fail(r, LS_ENET, true, "%s", "no response");
        return LS_ENET;
    }
    return LS_OK;
}

static int decode_and_parse(run *r)
{
    ls_fetch_exchange *fin = r->page.final;
    int rc = ls_charset_to_utf8(fin->body.data ? fin->body.data : "", fin->body.len,
                                fin->content_type, &r->utf8, r->charset, sizeof r->charset);
    if (rc != LS_OK) {
        fail(r, rc, false, "cannot decode the page: %s", ls_strerror(rc));
        return rc;
    }
    /* Text the site encoded twice ("â\u0080\u0099") and single
     * Windows-1252 bytes read as C1 controls are put back for the article
     * and the page copy; the WARC keeps the bytes as served. */
    rc = ls_mojibake_repair(&r->utf8);
    if (rc != LS_OK) {
        fail(r, rc, false, "cannot decode the page: %s", ls_strerror(rc));
        return rc;
    }
    rc = ls_dom_parse(r->utf8.data ? r->utf8.data : "", r->utf8.len, &r->dom);
    if (rc != LS_OK)
        fail(r, rc, false, "cannot parse the page: %s", ls_strerror(rc));
    /* The DOM holds its own copies: keep peak memory near one page. */
    ls_buf_release(&r->utf8);
    return rc;
}

static int add_exchanges(ls_warc *w, const ls_fetch_result *f)
{
    for (int i = 0; i < f->n_exchanges; i++) {
        const ls_fetch_exchange *e = &f->exchanges[i];
        if (!e->response_head.len)
            continue; /* no response: nothing was exchanged */
        ls_warc_exchange we = {
            .url = e->url, .ip = e->ip, .when = e->date,
            .req_head = e->request_head.data, .req_head_len = e->request_head.len,
            .resp_head = e->response_head.data, .resp_head_len = e->response_head.len,
            .body = e->wire.data, .body_len = e->wire.len, .truncated = e->truncated,
        };
        int rc = ls_warc_add_exchange(w, &we);
        if (rc != LS_OK)
            return rc;
    }
    return LS_OK;
}

/*
 * Writers. The files are written on two threads while the main one parses,
 * extracts and renders, since a blob write is mostly hashing, compression
 * and waiting for fsync, and the WARC needs only the fetched bytes:
 *   writer 0: after the page fetch, the raw and headers blobs and the
 *             WARC's warcinfo and page records; after the asset fetch, the
 *             asset records and the WARC blob;
 *   writer 1: the reader blob, once the reader is rendered;
 *   main:     the single-file blob, rendered last.
 * Each writer touches only its own fields of the run (warc, warc_rc,
 * files[k]) and reads bytes the main thread no longer changes (the
 * exchanges, the reader); the database is used by the main thread alone,
 * and the writers are joined before anything they touch is read or freed.
 */
static void *bg_main(void *p)
{
    struct writer *w = p;
    w->fn(w->r);
    return NULL;
}

/* Runs fn(r) on writer k beside the caller, or in the caller when no
 * thread can be started. */
static void bg_start(run *r, int k, void (*fn)(run *))
{
    struct writer *w = &r->bg[k];
    w->fn = fn;
    w->r = r;
    w->running = pthread_create(&w->th, NULL, bg_main, w) == 0;
    if (!w->running)
        fn(r);
}

static void bg_join_one(run *r, int k)
{
    if (r->bg[k].running)
        pthread_join(r->bg[k].th, NULL);
    r->bg[k].running = false;
}

static void bg_join(run *r)
{
    bg_join_one(r, 0);
    bg_join_one(r, 1);
}

static void write_file(run *r, int which, const void *p, size_t n)
{
    ls_blob_write(ls_db_data_dir(r->db), p ? p : "", n, &r->files[which]);
}

/* Writer, phase 1 (after the page fetch): the WARC's warcinfo and page
 * records, the raw body and headers blobs. */
static void write_page_files(run *r)
{
    const ls_fetch_exchange *fin = r->page.final;
    write_file(r, F_RAW, fin->body.data, fin->body.len);
    write_file(r, F_HEADERS, fin->response_head.data, fin->response_head.len);
    ls_warc_init(&r->warc, (size_t)1 << 31);
    char name[64];
    snprintf(name, sizeof name, "linksnap-snapshot-%lld.warc.gz", (long long)r->snap.id);
    r->warc_rc = ls_warc_add_warcinfo(&r->warc, name, ls_now());
    if (r->warc_rc == LS_OK)
        r->warc_rc = add_exchanges(&r->warc, &r->page);
}

/* Writer 0, phase 2 (once the assets are fetched): the asset records
 * close the WARC, which is then written. */
static void write_warc_file(run *r)
{
    for (size_t i = 0; r->warc_rc == LS_OK && i < r->single.n_fetched; i++)
        r->warc_rc = add_exchanges(&r->warc, &r->single.fetched[i]);
    if (r->warc_rc == LS_OK)
        write_file(r, F_WARC, r->warc.out.data, r->warc.out.len);
}

/* Writer 1, once the reader is rendered (the single file, rendered last,
 * is written by the main thread). */
static void write_reader_file(run *r)
{
    write_file(r, F_READER, r->reader.data, r->reader.len);
}

/* The reader points at the same inlined copies as the single file, or
 * NULL: an image with no stored copy makes no request to the live site
 * each time the reader is opened (swap_images() leaves it out). */
static char *reader_image(ls_single *single, const char *abs_url)
{
    return ls_single_data_uri(single, abs_url);
}

/*
 * The extractor runs while the assets download, before any stored copy
 * exists: each image it writes gets a placeholder URL (a random prefix and
 * its number, which no page can guess), swapped for the stored copy once
 * the assets are in (swap_images).
 */
static char *defer_image(void *ctx, const char *abs_url)
{
    struct deferred *d = ctx;
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 16;
        char **nu = realloc(d->urls, nc * sizeof *nu);
        if (!nu) {
            d->oom = true;
            return NULL;
        }
        d->urls = nu;
        d->cap = nc;
    }
    size_t phsz = sizeof d->prefix + 24;
    char *u = ls_strdup(abs_url);
    char *ph = malloc(phsz);
    if (ph)
        snprintf(ph, phsz, "%s%zu", d->prefix, d->n);
    if (!u || !ph) {
        free(u);
        free(ph);
        d->oom = true;
        return NULL;
    }
    d->urls[d->n++] = u;
    return ph;
}

static void *extract_main(void *p)
{
    run *r = p;
    ls_extract_opts eo = {.rewrite_image = defer_image, .rewrite_ctx = &r->imgs};
    r->extract_rc = ls_extract(r->dom, r->final_url, &eo, &r->article);
    return NULL;
}

#define READER_HTML_MAX ((size_t)8 << 20)

/* Replaces each placeholder in the article's HTML with its image's stored
 * copy. */
static int swap_images(run *r)
{
    struct deferred *d = &r->imgs;
    if (d->oom)
        return LS_ENOMEM;
    const char *html = r->article.html;
    size_t pl = strlen(d->prefix);
    if (!html || !d->n || !strstr(html, d->prefix))
        return LS_OK;
    size_t html_len = strlen(html);
    ls_buf out;
    ls_buf_init(&out, (size_t)1 << 31);
    const char *p = html, *hit;
    while ((hit = strstr(p, d->prefix))) {
        ls_buf_add(&out, p, (size_t)(hit - p));
        char *end = NULL;
        unsigned long k = strtoul(hit + pl, &end, 10);
        if (end == hit + pl || k >= d->n) { /* not ours after all: keep it */
            ls_buf_add(&out, hit, pl);
            p = hit + pl;
            continue;
        }
        char *u = reader_image(&r->single, d->urls[k]);
        /* the article's HTML stays under what the extractor itself allows
         * (8 MiB): past that, images are left empty */
        size_t rest = html_len - (size_t)(end - html);
        if (u && out.len + strlen(u) + rest > READER_HTML_MAX) {
            free(u);
            u = NULL;
        }
        /* an image with no stored copy is left out, rather than drawn as
         * a broken picture (the extractor writes src first: '<img src="') */
        static const char open_img[] = "<img src=\"";
        size_t ol = sizeof open_img - 1;
        const char *close = u ? NULL : strchr(end, '>');
        if (close && out.len >= ol && !memcmp(out.data + out.len - ol, open_img, ol)) {
            ls_buf_truncate(&out, out.len - ol);
            p = close + 1;
            continue;
        }
        /* data: URIs and URLs as the extractor escapes them: only '&' */
        for (const char *c = u ? u : "data:,"; *c; c++) {
            if (*c == '&')
                ls_buf_adds(&out, "&amp;");
            else
                ls_buf_addc(&out, *c);
        }
        free(u);
        p = end;
    }
    ls_buf_adds(&out, p);
    if (out.err) {
        int rc = out.err;
        ls_buf_release(&out);
        return rc;
    }
    free(r->article.html);
    r->article.html = ls_buf_detach(&out, NULL);
    return LS_OK;
}

static int build_files(run *r, const char *final_url)
{
    ls_single_opts so = {
        .allow_private = r->opts->allow_private,
        .max_assets = r->opts->max_assets,
        .parallel = r->opts->asset_parallel,
        .max_asset_bytes = r->opts->max_asset_bytes,
        .max_total_bytes = r->opts->max_total_bytes,
        .timeout_ms = r->opts->assets_timeout_ms,
        .user_agent = r->opts->user_agent,
        .source_url = final_url,
        .captured = ls_now(),
    };
    /* The extractor only reads the DOM, as collecting the assets does; it
     * runs beside the download. */
    char token[32];
    ls_random_token(12, token, sizeof token);
    snprintf(r->imgs.prefix, sizeof r->imgs.prefix, "https://linksnap.invalid/%s/", token);
    r->final_url = final_url;
    pthread_t ex;
    bool ex_running = pthread_create(&ex, NULL, extract_main, r) == 0;
    int rc = ls_single_fetch_assets(&r->single, r->dom, &so);
    if (ex_running)
        pthread_join(ex, NULL);
    else
        extract_main(r);
    if (rc != LS_OK)
        goto err;
    /* Every exchange is in: writer 0, done with the page's records, closes
     * and writes the WARC while the reader is rendered. */
    bg_join_one(r, 0);
    bg_start(r, 0, write_warc_file);
    if ((rc = r->extract_rc) != LS_OK || (rc = swap_images(r)) != LS_OK)
        goto err;
    rc = ls_reader_doc_render(&r->article, final_url, so.captured, &r->reader);
    if (rc != LS_OK)
        goto err;
    /* The reader holds the article's HTML now; the row does not need it. */
    free(r->article.html);
    r->article.html = NULL;
    bg_start(r, 1, write_reader_file);
    /* Last: building the single file rewrites the DOM. */
    rc = ls_single_render(&r->single, r->dom, &so);
    if (rc != LS_OK)
        goto err;
    ls_dom_free(r->dom);
    r->dom = NULL;
    write_file(r, F_SINGLE, r->single.html.data, r->single.html.len);
    return LS_OK;
err:
    fail(r, rc, false, "cannot build the snapshot files: %s", ls_strerror(rc));
    return rc;
}

/* Main thread, once the writers are joined: records the five blobs (each
 * file durable before any row names it) and points the snapshot at them. */
static int put_blobs(run *r)
{
    if (r->warc_rc != LS_OK) {
        fail(r, r->warc_rc, false, "cannot write the WARC: %s", ls_strerror(r->warc_rc));
        return r->warc_rc;
    }
    const ls_fetch_exchange *fin = r->page.final;
    const void *src[5] = {fin->body.data, fin->response_head.data, r->single.html.data,
                          r->reader.data, r->warc.out.data};
    int64_t total = 0;
    for (int i = 0; i < 5; i++) {
        int rc = ls_blob_record(r->db, src[i] ? src[i] : "", &r->files[i]);
        if (rc != LS_OK) {
            fail(r, rc, true, "cannot store the snapshot files: %s", ls_strerror(rc));
            return rc;
        }
        total += (int64_t)r->files[i].size;
    }
    ls_snapshot *s = &r->snap;
    s->raw_blob = r->files[F_RAW].hash;
    s->headers_blob = r->files[F_HEADERS].hash;
    s->single_blob = r->files[F_SINGLE].hash;
    s->reader_blob = r->files[F_READER].hash;
    s->warc_blob = r->files[F_WARC].hash;
    s->bytes = total;
    return LS_OK;
}

/* Once the blobs are durable, the row needs only the article's fields:
 * the files and the exchange bodies go before the database work, which
 * holds copies of the text and the index's pending tokens. */
static void drop_files(run *r)
{
    ls_single_release(&r->single);
    ls_buf_release(&r->reader);
    ls_warc_release(&r->warc);
    for (int i = 0; i < r->page.n_exchanges; i++) {
        ls_buf_release(&r->page.exchanges[i].wire);
        ls_buf_release(&r->page.exchanges[i].body);
    }
}

static int finish_row(run *r)
{
    ls_snapshot *s = &r->snap;
    const ls_article *a = &r->article;
    const ls_fetch_exchange *fin = r->page.final;
    /* Borrowed pointers only: the row's own strings are swapped out and
     * restored before release. */
    ls_snapshot row = *s;
    row.status = (char *)"done";
    row.http_status = fin->status;
    row.final_url = fin->url;
    row.charset = r->charset;
    row.title = a->title;
    row.byline = a->byline;
    row.source = a->source;
    row.site_name = a->site_name;
    row.published = a->published;
    row.lang = a->lang;
    row.excerpt = a->excerpt;
    row.text = a->text;
    row.word_count = (int64_t)a->word_count;
    row.lead_image = a->lead_image;
    row.error = r->page.truncated ? (char *)"page truncated at the size cap" : NULL;
    row.finished = ls_now();
    int rc = ls_snapshot_finish(r->db, &row);
    if (rc != LS_OK)
        fail(r, rc, true, "cannot record the snapshot: %s", ls_db_errmsg(r->db));
    return rc;
}

static int load(run *r, int64_t snapshot_id)
{
    int rc = ls_snapshot_load(r->db, snapshot_id, &r->snap);
    if (rc == LS_OK)
        rc = ls_link_load(r->db, r->snap.link_id, &r->link);
    if (rc != LS_OK) {
        fail(r, rc, false, "snapshot %lld not found", (long long)snapshot_id);
        return rc;
    }
    return ls_snapshot_mark_running(r->db, snapshot_id);
}

static void release(run *r)
{
    bg_join(r);
    /* The blob hash pointers in snap are ours (files[]); detach them. */
    r->snap.raw_blob = r->snap.headers_blob = r->snap.single_blob = NULL;
    r->snap.reader_blob = r->snap.warc_blob = NULL;
    ls_snapshot_release(&r->snap);
    ls_link_release(&r->link);
    ls_fetch_result_release(&r->page);
    ls_buf_release(&r->utf8);
    ls_dom_free(r->dom);
    ls_article_release(&r->article);
    ls_single_release(&r->single);
    ls_buf_release(&r->reader);
    ls_warc_release(&r->warc);
    for (size_t i = 0; i < r->imgs.n; i++)
        free(r->imgs.urls[i]);
    free(r->imgs.urls);
}

/*
 * A capture holds several buffers of the page's size (bodies, decoded
 * text, article, reader, single file, WARC, compressor output) with
 * different lifetimes, on two threads, and SQLite copies the text again
 * while the row is written. glibc's default moves its mmap threshold up to
 * the largest block freed, after which such buffers come from the heap and
 * their pages stay with the process once freed (holes the next buffer of
 * another size cannot reuse). Fixing it at glibc's initial 128 KiB keeps
 * every large buffer in its own mapping, returned to the system when
 * freed: the peak is then what is live at once, and a long-running server
 * goes back to its idle size after each capture. (Not lower: the web
 * layer's per-request arenas and the parser's pools use 64 KiB blocks,
 * which must stay on the heap.)
 */
static void large_buffers_mapped(void)
{
#ifdef M_MMAP_THRESHOLD
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

int ls_capture_run(ls_db *db, int64_t snapshot_id, const ls_capture_opts *opts,
                   ls_capture_result *result)
{
    ls_capture_opts defaults;
    if (!opts) {
        ls_capture_opts_default(&defaults);
        opts = &defaults;
    }
    memset(result, 0, sizeof *result);
    run r;
    memset(&r, 0, sizeof r);
    r.db = db;
    r.opts = opts;
    r.res = result;
    ls_buf_init(&r.utf8, opts->max_page_bytes * 4 + 1024);
    ls_buf_init(&r.reader, (size_t)64 << 20);
    ls_single_init(&r.single);

    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, large_buffers_mapped);
    int rc = load(&r, snapshot_id);
    if (rc == LS_OK)
        rc = fetch_page(&r);
    if (rc == LS_OK)
        bg_start(&r, 0, write_page_files);
    if (rc == LS_OK)
        rc = decode_and_parse(&r);
    if (rc == LS_OK)
        rc = build_files(&r, r.page.final->url);
    bg_join(&r);
    if (rc == LS_OK)
        rc = put_blobs(&r);
    if (rc == LS_OK)
        drop_files(&r);
    if (rc == LS_OK)
        rc = finish_row(&r);
    if (rc != LS_OK && r.snap.id) {
        if (!result->error[0])
            fail(&r, rc, false, "%s", ls_strerror(rc));
        if (!opts->caller_records_failure
            && ls_snapshot_fail(db, snapshot_id, result->http_status, result->error) != LS_OK)
            ls_warn("cannot record the failure of snapshot %lld", (long long)snapshot_id);
    }
    result->rc = rc;
    release(&r);
    return rc;
}
