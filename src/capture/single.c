/*
 * single.c - the asset table of a single-file copy: finding assets,
 * fetching them in rounds through the guard, and turning them into data:
 * URIs (stylesheets with their own URLs inlined, recursively, with a loop
 * guard for @import cycles).
 */
#include "capture/single_int.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html/css.h"
#include "html/srcset.h"
#include "net/charset.h"
#include "net/url.h"
#include "util/err.h"
#include "util/str.h"
#include "util/timeutil.h"

#define MAX_CSS_DEPTH 5     /* rounds of stylesheets importing stylesheets */
#define MAX_INLINE_DEPTH 16 /* stylesheets inlined inside one another */

void ls_single_init(ls_single *s)
{
    memset(s, 0, sizeof *s);
    ls_buf_init(&s->html, (size_t)512 << 20);
}

void ls_single_release(ls_single *s)
{
    for (size_t i = 0; i < s->n_assets; i++) {
        free(s->assets[i].url);
        free(s->assets[i].data_uri);
        ls_buf_release(&s->assets[i].css);
    }
    free(s->assets);
    for (size_t i = 0; i < s->n_fetched; i++)
        ls_fetch_result_release(&s->fetched[i]);
    free(s->fetched);
    free(s->base_url);
    ls_url_resolver_release(&s->resolver);
    ls_buf_release(&s->html);
    memset(s, 0, sizeof *s);
}

char *single_resolve(ls_single *s, const char *base, const char *ref)
{
    size_t n;
    const char *r = ls_trim(ref, &n);
    if (!n || ls_startswith_nocase(r, "data:") || r[0] == '#')
        return NULL;
    char *t = ls_strndup(r, n), *out = NULL, err[128];
    if (t && ls_url_resolver_resolve(&s->resolver, base, t, &out, err, sizeof err) != LS_OK)
        out = NULL;
    free(t);
    return out;
}

ls_single_asset *single_find(ls_single *s, const char *abs_url)
{
    for (size_t i = 0; i < s->n_assets; i++)
        if (!strcmp(s->assets[i].url, abs_url))
            return &s->assets[i];
    return NULL;
}

int single_add(ls_single *s, const char *abs_url, asset_kind kind)
{
    ls_single_asset *a = single_find(s, abs_url);
    if (a) {
        if (kind == ASSET_CSS)
            a->kind = ASSET_CSS;
        return LS_OK;
    }
    /* Past the count budget nothing more is fetched, so nothing more is
     * kept: a page naming millions of distinct URLs would otherwise cost
     * memory per URL and a lookup over all of them per reference. */
    if (s->n_assets >= s->max_collect)
        return LS_OK;
    if (s->n_assets == s->cap_assets) {
        size_t cap = s->cap_assets ? s->cap_assets * 2 : 64;
        ls_single_asset *p = realloc(s->assets, cap * sizeof *p);
        if (!p)
            return LS_ENOMEM;
        s->assets = p;
        s->cap_assets = cap;
    }
    a = &s->assets[s->n_assets];
    memset(a, 0, sizeof *a);
    a->url = ls_strdup(abs_url);
    if (!a->url)
        return LS_ENOMEM;
    a->kind = kind;
    a->fetched = -1;
    ls_buf_init(&a->css, (size_t)16 << 20);
    s->n_assets++;
    return LS_OK;
}

/* ---- finding assets in the page ---- */

typedef struct {
    ls_single *s;
    int rc;
} collect_ctx;

static void add_ref(collect_ctx *c, const char *ref, asset_kind kind)
{
    char *abs = single_resolve(c->s, c->s->base_url, ref);
    if (abs && single_add(c->s, abs, kind) != LS_OK)
        c->rc = LS_ENOMEM;
    free(abs);
}

static int collect_srcset_url(void *ctx, const ls_srcset_cand *cand)
{
    char *url = ls_strndup(cand->url, cand->url_len);
    if (!url)
        return LS_ENOMEM;
    add_ref(ctx, url, ASSET_IMAGE);
    free(url);
    return 0;
}

static void collect_ref(void *ctx, ls_node *el, const char *attr, ref_kind kind)
{
    collect_ctx *c = ctx;
    const char *v = attr ? ls_node_attr(el, attr) : NULL;
    switch (kind) {
    case REF_URL:
    case REF_LINK_ICON:
        add_ref(c, v, ASSET_IMAGE);
        break;
    case REF_LINK_CSS:
        add_ref(c, v, ASSET_CSS);
        break;
    case REF_SRCSET: {
        if (ls_srcset_each(v, strlen(v), collect_srcset_url, c) != LS_OK)
            c->rc = LS_ENOMEM;
        break;
    }
    case REF_DROP:
        break;
    case REF_STYLE:
        if (single_css_collect(c->s, v, strlen(v), c->s->base_url) != LS_OK)
            c->rc = LS_ENOMEM;
        break;
    case REF_CSS_TEXT: {
        ls_buf text;
        ls_buf_init(&text, (size_t)16 << 20);
        ls_node_text(el, &text);
        if (single_css_collect(c->s, text.data ? text.data : "", text.len,
                               c->s->base_url) != LS_OK)
            c->rc = LS_ENOMEM;
        ls_buf_release(&text);
        break;
    }
    }
}

/* The document's base: <base href> when it is http(s), else the source. */
static char *document_base(ls_single *s, const ls_dom *dom, const char *source)
{
    ls_node *b = dom->head ? ls_dom_find(dom->head, GUMBO_TAG_BASE) : NULL;
    const char *href = b ? ls_node_attr(b, "href") : NULL;
    char *r = href ? single_resolve(s, source, href) : NULL;
    return r ? r : ls_strdup(source);
}

/* ---- fetching in rounds ---- */

static int fetch_round(ls_single *s, size_t from, const ls_single_opts *o, int64_t deadline,
                       int *budget_left)
{
    size_t n = s->n_assets - from;
    if (n > (size_t)*budget_left)
        n = (size_t)*budget_left;
    long left_ms = (long)(deadline - ls_mono_ms());
    if (n == 0 || left_ms <= 0)
        return LS_OK;
    const char **urls = calloc(n, sizeof *urls);
    if (!urls)
        return LS_ENOMEM;
    if (s->n_fetched + n > s->cap_fetched) {
        size_t cap = s->n_fetched + n + 16;
        ls_fetch_result *p = realloc(s->fetched, cap * sizeof *p);
        if (!p) {
            free(urls);
            return LS_ENOMEM;
        }
        s->fetched = p;
        s->cap_fetched = cap;
    }
    for (size_t i = 0; i < n; i++)
        urls[i] = s->assets[from + i].url;
    ls_fetch_opts fo;
    ls_fetch_opts_default(&fo);
    fo.allow_private = o->allow_private;
    fo.max_decoded_bytes = o->max_asset_bytes;
    fo.max_wire_bytes = o->max_asset_bytes;
    fo.timeout_ms = left_ms;
    fo.accept = "*/*";
    fo.referer = o->source_url; /* hotlink-protected images need it */
    if (o->user_agent)
        fo.user_agent = o->user_agent;
    ls_fetch_budget b = {.max_parallel = o->parallel, .max_count = (int)n,
                         .max_total_bytes = o->max_total_bytes, .max_total_ms = left_ms};
    ls_fetch_result *res = &s->fetched[s->n_fetched];
    memset(res, 0, n * sizeof *res);
    int rc = ls_fetch_many(&fo, urls, n, &b, res);
    free(urls);
    s->n_fetched += n;
    *budget_left -= (int)n;
    if (rc != LS_OK)
        return rc;
    for (size_t i = 0; i < n; i++) {
        ls_single_asset *a = &s->assets[from + i];
        a->fetched = (int)(s->n_fetched - n + i);
        a->failed = res[i].rc != LS_OK || !res[i].final;
    }
    return LS_OK;
}

/* Decodes fetched stylesheets in [from, to) and collects what they name. */
static int read_stylesheets(ls_single *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        ls_single_asset *a = &s->assets[i];
        if (a->kind != ASSET_CSS || a->failed || a->fetched < 0)
            continue;
        ls_fetch_exchange *e = s->fetched[a->fetched].final;
        char cs[64];
        if (ls_charset_to_utf8(e->body.data ? e->body.data : "", e->body.len,
                               e->content_type, &a->css, cs, sizeof cs) != LS_OK)
            continue;
        int rc = single_css_collect(s, a->css.data ? a->css.data : "", a->css.len, e->url);
        if (rc != LS_OK)
            return rc;
    }
    return LS_OK;
}

int ls_single_fetch_assets(ls_single *s, const ls_dom *dom, const ls_single_opts *o)
{
    s->base_url = document_base(s, dom, o->source_url);
    if (!s->base_url)
        return LS_ENOMEM;
    s->max_collect = o->max_assets > 0 ? (size_t)o->max_assets : 0;
    s->inline_left = o->max_inline_bytes ? o->max_inline_bytes
                                         : o->max_total_bytes / 3 * 4 + ((size_t)1 << 20);
    collect_ctx c = {s, LS_OK};
    single_refs_walk(dom, collect_ref, &c);
    if (c.rc != LS_OK)
        return c.rc;
    int64_t deadline = ls_mono_ms() + o->timeout_ms;
    int budget = o->max_assets;
    size_t from = 0;
    for (int round = 0; round <= MAX_CSS_DEPTH && from < s->n_assets; round++) {
        size_t to = s->n_assets;
        int rc = fetch_round(s, from, o, deadline, &budget);
        if (rc == LS_OK)
            rc = read_stylesheets(s, from, to);
        if (rc != LS_OK)
            return rc;
        from = to;
    }
    /* Whatever is left over the budget stays unfetched (and is dropped). */
    return LS_OK;
}

/* ---- data: URIs ---- */

/* A safe media type for the data: URI: the server's, unless it is missing
 * or not a plain type/subtype token. */
static void media_type(const ls_fetch_exchange *e, asset_kind kind, char *out, size_t sz)
{
    const char *ct = e->content_type;
    size_t n = 0;
    if (ct) {
        while (*ct == ' ')
            ct++;
        n = strcspn(ct, "; \t");
    }
    bool ok = n > 0 && n < sz;
    for (size_t i = 0; ok && i < n; i++) {
        char ch = ct[i];
        ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
          || ch == '/' || ch == '.' || ch == '+' || ch == '-';
    }
    if (kind == ASSET_CSS || !ok) {
        snprintf(out, sz, "%s", kind == ASSET_CSS ? "text/css" : "application/octet-stream");
        return;
    }
    for (size_t i = 0; i < n; i++)
        out[i] = (char)((ct[i] >= 'A' && ct[i] <= 'Z') ? ct[i] + 32 : ct[i]);
    out[n] = '\0';
}

char *single_encode_data_uri(const char *type, const void *p, size_t n)
{
    size_t b64 = sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL);
    size_t tl = strlen(type);
    char *out = malloc(5 + tl + 8 + b64);
    if (!out)
        return NULL;
    memcpy(out, "data:", 5);
    memcpy(out + 5, type, tl);
    memcpy(out + 5 + tl, ";base64,", 8);
    sodium_bin2base64(out + 13 + tl, b64, p, n, sodium_base64_VARIANT_ORIGINAL);
    return out;
}

static const char *asset_data_uri(ls_single *s, ls_single_asset *a)
{
    if (a->data_uri || a->failed || a->fetched < 0)
        return a->data_uri;
    ls_fetch_exchange *e = s->fetched[a->fetched].final;
    char type[128];
    media_type(e, a->kind, type, sizeof type);
    if (a->kind == ASSET_CSS) {
        /* A cycle, or a chain of stylesheets all fetched in one round
         * (each naming the next): the recursion stops at a fixed depth. */
        if (a->visiting || s->css_depth >= MAX_INLINE_DEPTH)
            return NULL; /* the inner occurrence is dropped */
        a->visiting = true;
        s->css_depth++;
        ls_buf out;
        ls_buf_init(&out, (size_t)256 << 20);
        int rc = single_css_inline(s, a->css.data ? a->css.data : "", a->css.len, e->url, &out);
        s->css_depth--;
        a->visiting = false;
        if (rc == LS_OK)
            a->data_uri = single_encode_data_uri("text/css;charset=utf-8",
                                                 out.data ? out.data : "", out.len);
        ls_buf_release(&out);
    } else {
        a->data_uri =
            single_encode_data_uri(type, e->body.data ? e->body.data : "", e->body.len);
    }
    return a->data_uri;
}

/* Every use copies the whole data: URI into the output, so a page naming
 * one large image thousands of times would grow without bound: uses past
 * the budget are treated as unavailable. */
static const char *charge(ls_single *s, const char *u)
{
    size_t n = u ? strlen(u) : 0;
    if (!u || n > s->inline_left)
        return NULL;
    s->inline_left -= n;
    return u;
}

char *ls_single_data_uri(ls_single *s, const char *abs_url)
{
    ls_single_asset *a = abs_url ? single_find(s, abs_url) : NULL;
    const char *u = a ? charge(s, asset_data_uri(s, a)) : NULL;
    return u ? ls_strdup(u) : NULL;
}

/* ---- stylesheets ---- */

typedef struct {
    ls_single *s;
    const char *base;
    int rc;
} css_ctx;

static int css_collect_url(void *ctx, const ls_css_ref *r)
{
    css_ctx *c = ctx;
    char *abs = single_resolve(c->s, c->base, r->url);
    asset_kind kind = r->kind == LS_CSS_IMPORT ? ASSET_CSS : ASSET_IMAGE;
    if (abs && single_add(c->s, abs, kind) != LS_OK)
        c->rc = LS_ENOMEM;
    free(abs);
    return c->rc;
}

int single_css_collect(ls_single *s, const char *css, size_t n, const char *base)
{
    css_ctx c = {s, base, LS_OK};
    int rc = ls_css_scan(css, n, css_collect_url, &c);
    return c.rc != LS_OK ? c.rc : rc;
}

static int css_inline_url(void *ctx, const ls_css_ref *r, ls_buf *repl)
{
    css_ctx *c = ctx;
    size_t n;
    const char *t = ls_trim(r->url, &n);
    if (r->kind == LS_CSS_IMPORT && n >= 5 && !strncasecmp(t, "data:", 5)) {
        /* An inline stylesheet still loads what it names. */
        char *u = single_data_css(c->s, t, n);
        ls_buf_adds(repl, u ? u : "data:,");
        free(u);
        return repl->err;
    }
    if ((n >= 5 && !strncasecmp(t, "data:", 5)) || (n && t[0] == '#'))
        return 1; /* already inline, or a fragment of the document itself */
    char *abs = single_resolve(c->s, c->base, r->url);
    ls_single_asset *a = abs ? single_find(c->s, abs) : NULL;
    free(abs);
    const char *u = a ? charge(c->s, asset_data_uri(c->s, a)) : NULL;
    /* Unavailable: an empty data URI, so nothing is requested. */
    ls_buf_adds(repl, u ? u : "data:,");
    return repl->err;
}

int single_css_inline(ls_single *s, const char *css, size_t n, const char *base, ls_buf *out)
{
    css_ctx c = {s, base, LS_OK};
    int rc = ls_css_rewrite(css, n, css_inline_url, &c, out);
    return c.rc != LS_OK ? c.rc : rc;
}
