/*
 * search_rank.c - ls_rank(search_fts, n_meta): bm25 (k1 1.2, b 0.75, the
 * formula of FTS5's bm25()) with the column weights of search.h, over the
 * user's phrases only. Owned by the search layer.
 *
 * Why not bm25(): it computes the IDF of every phrase in the MATCH with a
 * full pass over that phrase's rows, and the index tokens search.c appends
 * (user, latest, tags) are in nearly every row, so the passes would cost more
 * than the query. search.c puts those n_meta phrases last; they are skipped.
 */
#include <math.h>
#include <stdlib.h>

#include "store/fts_tokenizer.h"
#include "store/search_int.h"

/* title, text, url, site, source, tags, meta */
static const double weights[] = {10.0, 1.0, 2.0, 2.0, 2.0, 4.0, 0.0};
#define NWEIGHTS ((int)(sizeof weights / sizeof weights[0]))

typedef struct rank_data {
    int nphrase;
    double avgdl;
    double *idf;
    double *freq; /* scratch for one row */
} rank_data;

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fts, void *p)
{
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)p)++;
    return SQLITE_OK;
}

static void rank_data_free(void *p)
{
    rank_data *d = p;
    if (d) {
        free(d->idf);
        free(d->freq);
        free(d);
    }
}

/* Per query: the IDF of each user phrase and the average row length. */
static rank_data *rank_data_new(const Fts5ExtensionApi *api, Fts5Context *fts, int n_meta)
{
    rank_data *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->nphrase = api->xPhraseCount(fts) - n_meta;
    if (d->nphrase < 0)
        d->nphrase = 0;
    d->idf = calloc((size_t)d->nphrase + 1, sizeof *d->idf);
    d->freq = calloc((size_t)d->nphrase + 1, sizeof *d->freq);
    sqlite3_int64 nrow = 0, ntok = 0;
    if (!d->idf || !d->freq || api->xRowCount(fts, &nrow) != SQLITE_OK
        || api->xColumnTotalSize(fts, -1, &ntok) != SQLITE_OK) {
        rank_data_free(d);
        return NULL;
    }
    d->avgdl = nrow ? (double)ntok / (double)nrow : 1.0;
    for (int i = 0; i < d->nphrase; i++) {
        sqlite3_int64 hits = 0;
        if (api->xQueryPhrase(fts, i, &hits, count_cb) != SQLITE_OK) {
            rank_data_free(d);
            return NULL;
        }
        double idf = log((double)(nrow - hits) + 0.5) - log((double)hits + 0.5);
        d->idf[i] = idf > 1e-6 ? idf : 1e-6;
    }
    return d;
}

static void rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                    int nval, sqlite3_value **vals)
{
    int n_meta = nval > 0 ? sqlite3_value_int(vals[0]) : 0;
    rank_data *d = api->xGetAuxdata(fts, 0);
    if (!d) {
        d = rank_data_new(api, fts, n_meta);
        if (!d || api->xSetAuxdata(fts, d, rank_data_free) != SQLITE_OK) {
            sqlite3_result_error_code(ctx, SQLITE_NOMEM);
            return;
        }
    }
    int ninst = 0, rc = api->xInstCount(fts, &ninst);
    for (int i = 0; i < d->nphrase; i++)
        d->freq[i] = 0;
    for (int k = 0; rc == SQLITE_OK && k < ninst; k++) {
        int ph = 0, col = 0, off = 0;
        rc = api->xInst(fts, k, &ph, &col, &off);
        if (rc == SQLITE_OK && ph < d->nphrase && col >= 0 && col < NWEIGHTS)
            d->freq[ph] += weights[col];
    }
    int dl = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &dl);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    const double k1 = 1.2, b = 0.75;
    double score = 0;
    for (int i = 0; i < d->nphrase; i++) {
        double f = d->freq[i];
        score += d->idf[i] * (f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * dl / d->avgdl));
    }
    sqlite3_result_double(ctx, -score); /* like bm25(): lower is better */
}

int search_rank_register(sqlite3 *db)
{
    fts5_api *api = ls_fts_api(db);
    if (!api)
        return SQLITE_ERROR;
    return api->xCreateFunction(api, "ls_rank", NULL, rank_fn, NULL);
}
