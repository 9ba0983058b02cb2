/*
 * fts_tokenizer.c - the "linksnap" FTS5 tokenizer (contract in
 * fts_tokenizer.h). Owned by the search layer.
 *
 * The text is walked once by code point and cut into runs: CJK runs are
 * paired here, other runs are handed to unicode61 with its offsets shifted
 * back onto the original text. Folding full-width forms changes byte
 * lengths, so a run that needs it is copied with a byte map; most runs do
 * not and are passed through untouched.
 */
#include "store/fts_tokenizer.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef LS_HAVE_OPENCC
#include <opencc/opencc.h>
#include <pthread.h>
#endif

#include "store/trad_table.h"
#include "util/err.h"
#include "util/str.h"

/* CJK runs are converted and paired in chunks of this many characters, so
 * memory stays bounded on a megabyte of Han without punctuation. */
#define CHUNK 256

typedef struct tok {
    fts5_tokenizer u61;   /* the built-in unicode61 methods */
    Fts5Tokenizer *u61_t; /* with remove_diacritics 2 */
#ifdef LS_HAVE_OPENCC
    opencc_t cc_words; /* tw2sp: traditional + Taiwan wording -> mainland */
    opencc_t cc_chars; /* t2s: the fallback when wording changes lengths */
    bool want_fold;    /* 繁简 folding asked for (the default) */
    bool cc_tried;     /* the converters were opened (or failed to) */
#endif
} tok;

typedef int (*token_fn)(void *, int, const char *, int, int, int);

/* One xTokenize call: where tokens go and the state of the CJK run. */
typedef struct run_ctx {
    tok *t;
    void *ctx;
    token_fn emit;
    bool doc;          /* indexing: also emit colocated single characters */
    bool aux;          /* highlight(), snippet(): only positions and offsets
                          matter, and conversions keep both, so none is done */
    const int *map;    /* unicode61 callback: folded byte -> original byte */
    int base;          /* unicode61 callback: offset of an unfolded run */
    uint32_t prev;     /* previous CJK character, 0 when none */
    uint32_t prev_w;   /* its wording alternative (== prev when none) */
    int prev_s, prev_e;
    bool paired;       /* the current run has emitted a pair */
    /* the pending chunk of the current CJK run (original characters) */
    uint32_t cps[CHUNK];
    int offs[CHUNK + 1];
    int n;
} run_ctx;

static bool is_cjk_cp(uint32_t c)
{
    if (c < 0x1100) /* below every range: Latin, Greek, Cyrillic, ... */
        return false;
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF)
        || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029)
        || (c >= 0x3040 && c <= 0x309F && c != 0x309B && c != 0x309C)
        || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC
        || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9D)
        || (c >= 0x1B000 && c <= 0x1B16F)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3131 && c <= 0x318E) || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xD7B0 && c <= 0xD7FF);
}

static bool needs_fold(uint32_t c)
{
    return (c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000;
}

static uint32_t fold_cp(uint32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFEE0;
    return c == 0x3000 ? ' ' : c;
}

/* ---- CJK runs ---- */

/* Emits the pair (a, b) spanning [s, e) with the given flags. */
static int emit_pair(run_ctx *r, int flags, uint32_t a, uint32_t b, int s, int e)
{
    char buf[8];
    int n = (int)ls_utf8_put(buf, a);
    n += (int)ls_utf8_put(buf + n, b);
    return r->emit(r->ctx, flags, buf, n, s, e);
}

static int emit_one(run_ctx *r, int flags, uint32_t a, int s, int e)
{
    char buf[4];
    return r->emit(r->ctx, flags, buf, (int)ls_utf8_put(buf, a), s, e);
}

/* Takes one character (c simplified by script, w by wording; equal when
 * there is no other wording) with its original span. */
static int cjk_push(run_ctx *r, uint32_t c, uint32_t w, int s, int e)
{
    int rc = SQLITE_OK;
    if (r->prev) {
        const int co = FTS5_TOKEN_COLOCATED;
        rc = emit_pair(r, 0, r->prev, c, r->prev_s, e);
        if (rc == SQLITE_OK && (r->prev_w != r->prev || w != c))
            rc = emit_pair(r, co, r->prev_w, w, r->prev_s, e);
        if (rc == SQLITE_OK && r->doc)
            rc = emit_one(r, co, r->prev, r->prev_s, r->prev_e);
        if (rc == SQLITE_OK && r->doc && r->prev_w != r->prev)
            rc = emit_one(r, co, r->prev_w, r->prev_s, r->prev_e);
        r->paired = true;
    }
    r->prev = c;
    r->prev_w = w;
    r->prev_s = s;
    r->prev_e = e;
    return rc;
}

#ifdef LS_HAVE_OPENCC
/* Converts the chunk with cc into out; returns true when it worked and
 * kept the number of characters (so offsets stay exact). */
static bool convert_chunk(opencc_t cc, const run_ctx *r, uint32_t *out)
{
    char in[CHUNK * 4 + 1];
    int len = 0;
    for (int i = 0; i < r->n; i++)
        len += (int)ls_utf8_put(in + len, r->cps[i]);
    in[len] = '\0';
    char *conv = opencc_convert_utf8(cc, in, (size_t)len);
    if (!conv)
        return false;
    size_t clen = strlen(conv), p = 0;
    int n = 0;
    while (p < clen && n <= r->n) {
        uint32_t c;
        p += ls_utf8_next(conv + p, clen - p, &c);
        if (n < r->n)
            out[n] = c;
        n++;
    }
    opencc_convert_utf8_free(conv);
    return n == r->n;
}

static opencc_t open_cc(const char *config)
{
    opencc_t cc = opencc_open(config);
    return cc == (opencc_t)-1 ? NULL : cc;
}

/* A run holding no traditional-only character (store/trad_table.h) is
 * simplified (or shared) text and is not converted: mainland text then
 * indexes at full speed without opening OpenCC at all, and documents and
 * queries follow the same rule. */
static bool chunk_traditional(const run_ctx *r)
{
    for (int i = 0; i < r->n; i++)
        if (ls_trad_only(r->cps[i]))
            return true;
    return false;
}

/* The converters are opened on first need: loading OpenCC's dictionaries
 * costs tens of milliseconds, which mainland text never has to pay. */
static bool tok_cc_ready(tok *t)
{
    if (!t->cc_tried) {
        t->cc_tried = true;
        if (t->want_fold) {
            t->cc_words = open_cc("tw2sp.json");
            t->cc_chars = open_cc("t2s.json");
        }
    }
    return t->cc_chars != NULL;
}
#endif

/*
 * Pairs the pending chunk. Script folding (t2s) applies to chunks holding a
 * traditional-only character, in documents and queries alike. Wording
 * (tw2sp: 軟體 -> 软件, 人工智慧 -> 人工智能) is added as colocated
 * alternatives: in queries always, in documents only for text that was
 * written in traditional characters, so mainland text keeps its own words
 * (tw2sp would turn its 程序 into 进程).
 */
static int cjk_flush_chunk(run_ctx *r)
{
    const uint32_t *cs = r->cps, *ws = r->cps;
#ifdef LS_HAVE_OPENCC
    uint32_t conv[CHUNK], words[CHUNK];
    bool traditional = r->n > 0 && !r->aux && chunk_traditional(r);
    if ((traditional || (!r->doc && r->n > 0 && !r->aux)) && tok_cc_ready(r->t)) {
        if (traditional && convert_chunk(r->t->cc_chars, r, conv))
            cs = ws = conv;
        if ((traditional || !r->doc) && r->t->cc_words
            && convert_chunk(r->t->cc_words, r, words))
            ws = words;
    }
#endif
    int rc = SQLITE_OK;
    for (int i = 0; i < r->n && rc == SQLITE_OK; i++)
        rc = cjk_push(r, cs[i], ws[i], r->offs[i], r->offs[i + 1]);
    r->n = 0;
    return rc;
}

static int cjk_add(run_ctx *r, uint32_t c, int s, int e)
{
    int rc = SQLITE_OK;
    if (r->n == CHUNK)
        rc = cjk_flush_chunk(r);
    r->cps[r->n] = c;
    r->offs[r->n] = s;
    r->offs[r->n + 1] = e;
    r->n++;
    return rc;
}

/* Ends a CJK run: its last character alone, or colocated with the last pair. */
static int cjk_end(run_ctx *r)
{
    int rc = cjk_flush_chunk(r);
    if (rc == SQLITE_OK && r->prev && (!r->paired || r->doc)) {
        rc = emit_one(r, r->paired ? FTS5_TOKEN_COLOCATED : 0, r->prev, r->prev_s, r->prev_e);
        if (rc == SQLITE_OK && r->prev_w != r->prev)
            rc = emit_one(r, FTS5_TOKEN_COLOCATED, r->prev_w, r->prev_s, r->prev_e);
    }
    r->prev = 0;
    r->paired = false;
    return rc;
}

/* ---- other runs, through unicode61 ---- */

static int u61_cb(void *p, int flags, const char *t, int n, int s, int e)
{
    run_ctx *r = p;
    if (r->map)
        return r->emit(r->ctx, flags, t, n, r->map[s], r->map[e]);
    return r->emit(r->ctx, flags, t, n, s + r->base, e + r->base);
}

/* Tokenizes text[s..e), which holds no CJK character, with unicode61. */
static int other_run(run_ctx *r, int flags, const char *text, int s, int e,
                     bool fold)
{
    if (!fold) {
        r->map = NULL;
        r->base = s;
        return r->t->u61.xTokenize(r->t->u61_t, r, flags, text + s, e - s, u61_cb);
    }
    /* Folding never lengthens: the copy and its map fit in e - s + 1. */
    size_t cap = (size_t)(e - s) + 1;
    char *f = malloc(cap);
    int *map = malloc(cap * sizeof *map);
    int rc = SQLITE_NOMEM, n = 0;
    if (!f || !map)
        goto out;
    for (int p = s; p < e;) {
        uint32_t c;
        int k = (int)ls_utf8_next(text + p, (size_t)(e - p), &c);
        if (needs_fold(c)) {
            map[n] = p;
            f[n++] = (char)fold_cp(c);
        } else {
            for (int j = 0; j < k; j++) {
                map[n] = p + j;
                f[n++] = text[p + j];
            }
        }
        p += k;
    }
    map[n] = e;
    r->map = map;
    rc = r->t->u61.xTokenize(r->t->u61_t, r, flags, f, n, u61_cb);
    r->map = NULL;
out:
    free(f);
    free(map);
    return rc;
}

/* ---- fts5_tokenizer methods ---- */

/* A value starting with LS_FTS_META: each space-separated word becomes the
 * token LS_FTS_META + word, verbatim (see fts_tokenizer.h). */
static int meta_tokens(void *ctx, const char *text, int len, token_fn emit)
{
    char word[64];
    int rc = SQLITE_OK;
    for (int p = 1; p < len && rc == SQLITE_OK;) {
        while (p < len && text[p] == ' ')
            p++;
        int s = p;
        while (p < len && text[p] != ' ')
            p++;
        if (p > s && p - s < (int)sizeof word - 1) {
            word[0] = LS_FTS_META[0];
            memcpy(word + 1, text + s, (size_t)(p - s));
            rc = emit(ctx, 0, word, p - s + 1, s, p);
        }
    }
    return rc;
}

static int tok_tokenize(Fts5Tokenizer *pt, void *ctx, int flags, const char *text,
                        int len, token_fn emit)
{
    if (len > 0 && text[0] == LS_FTS_META[0])
        return meta_tokens(ctx, text, len, emit);
    run_ctx *r = calloc(1, sizeof *r);
    if (!r)
        return SQLITE_NOMEM;
    r->t = (tok *)pt;
    r->ctx = ctx;
    r->emit = emit;
    r->doc = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    r->aux = (flags & FTS5_TOKENIZE_AUX) != 0;
    int rc = SQLITE_OK, run_s = 0;
    bool fold = false;
    for (int p = 0; p < len && rc == SQLITE_OK;) {
        if ((unsigned char)text[p] < 0x80) {
            /* ASCII is never CJK nor folded: skip the run in one go (it
             * is most of the bytes of most pages). */
            if (r->prev || r->n)
                rc = cjk_end(r);
            while (p < len && (unsigned char)text[p] < 0x80)
                p++;
            continue;
        }
        uint32_t c;
        int k = (int)ls_utf8_next(text + p, (size_t)(len - p), &c);
        if (is_cjk_cp(c)) {
            if (run_s < p)
                rc = other_run(r, flags, text, run_s, p, fold);
            if (rc == SQLITE_OK)
                rc = cjk_add(r, c, p, p + k);
            run_s = p + k;
            fold = false;
        } else {
            if (r->prev || r->n)
                rc = cjk_end(r);
            fold = fold || needs_fold(c);
        }
        p += k;
    }
    if (rc == SQLITE_OK && (r->prev || r->n))
        rc = cjk_end(r);
    if (rc == SQLITE_OK && run_s < len)
        rc = other_run(r, flags, text, run_s, len, fold);
    free(r);
    return rc;
}

static void tok_delete(Fts5Tokenizer *pt)
{
    tok *t = (tok *)pt;
    if (!t)
        return;
    if (t->u61_t)
        t->u61.xDelete(t->u61_t);
#ifdef LS_HAVE_OPENCC
    if (t->cc_words)
        opencc_close(t->cc_words);
    if (t->cc_chars)
        opencc_close(t->cc_chars);
#endif
    free(t);
}

static int tok_create(void *api_p, const char **argv, int argc, Fts5Tokenizer **out)
{
    fts5_api *api = api_p;
    bool want_fold = true;
    for (int i = 0; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "fold"))
            want_fold = strcmp(argv[i + 1], "0") != 0;
        else
            return SQLITE_ERROR;
    }
    if (argc % 2)
        return SQLITE_ERROR;
    tok *t = calloc(1, sizeof *t);
    if (!t)
        return SQLITE_NOMEM;
    void *u61_ctx = NULL;
    const char *u61_args[] = {"remove_diacritics", "2"};
    int rc = api->xFindTokenizer(api, "unicode61", &u61_ctx, &t->u61);
    if (rc == SQLITE_OK)
        rc = t->u61.xCreate(u61_ctx, u61_args, 2, &t->u61_t);
    if (rc != SQLITE_OK) {
        tok_delete((Fts5Tokenizer *)t);
        return rc;
    }
#ifdef LS_HAVE_OPENCC
    t->want_fold = want_fold;
#else
    (void)want_fold;
#endif
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

fts5_api *ls_fts_api(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api && api->iVersion >= 2 ? api : NULL;
}

int ls_fts_register(sqlite3 *db)
{
    fts5_api *api = ls_fts_api(db);
    if (!api)
        return LS_EDB;
    fts5_tokenizer m = {tok_create, tok_delete, tok_tokenize};
    return api->xCreateTokenizer(api, "linksnap", api, &m, NULL) == SQLITE_OK
        ? LS_OK : LS_EDB;
}

int ls_fts_has_tc_fold(void)
{
#ifdef LS_HAVE_OPENCC
    static int have = -1;
    if (have < 0) {
        opencc_t cc = open_cc("tw2sp.json");
        have = cc != NULL;
        if (cc)
            opencc_close(cc);
    }
    return have;
#else
    return 0;
#endif
}
