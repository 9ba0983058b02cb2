/*
 * bench_search.c - the search benchmark: the same documents indexed with
 * the linksnap tokenizer, FTS5 unicode61 and FTS5 trigram, side by side;
 * build rate, index size, query latency (p50/p95) for rare, common, phrase
 * and tag-filtered queries, and recall of two-character Chinese words
 * against LIKE. Also the full ls_search_run() path over a real linksnap
 * store. Prints Markdown on stdout.
 *
 * usage: bench_search DOCS.jsonl WORKDIR [REPS]
 * (DOCS from make_docs.py; WORKDIR is emptied of its *.db files first).
 */
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/db.h"
#include "store/fts_tokenizer.h"
#include "store/search.h"
#include "store/search_query.h"
#include "store/tags.h"

typedef struct doc {
    char *title, *text, *url, *site, *lang, *tags; /* tags: paths joined by ' ' */
    char *tagv[8];
    int ntags;
    long long created;
} doc;

static doc *docs;
static size_t ndocs;
static int reps = 15;
static int reuse; /* LS_BENCH_REUSE=1: query the databases of the last run */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static char *jstr(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return strdup(s ? s : "");
}

static void load_docs(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    size_t cap = 1024;
    docs = calloc(cap, sizeof *docs);
    char *line = NULL;
    size_t lcap = 0;
    while (getline(&line, &lcap, f) > 0) {
        json_t *o = json_loads(line, 0, NULL);
        if (!o)
            continue;
        if (ndocs == cap)
            docs = realloc(docs, (cap *= 2) * sizeof *docs);
        doc *d = &docs[ndocs++];
        memset(d, 0, sizeof *d);
        d->title = jstr(o, "title");
        d->text = jstr(o, "text");
        d->url = jstr(o, "url");
        d->site = jstr(o, "site");
        d->lang = jstr(o, "lang");
        d->created = json_integer_value(json_object_get(o, "created"));
        json_t *tags = json_object_get(o, "tags");
        char joined[1024] = "";
        size_t i;
        json_t *t;
        json_array_foreach(tags, i, t) {
            if (d->ntags < 8) {
                d->tagv[d->ntags++] = strdup(json_string_value(t));
                strncat(joined, d->ntags > 1 ? " " : "", sizeof joined - strlen(joined) - 1);
                strncat(joined, json_string_value(t), sizeof joined - strlen(joined) - 1);
            }
        }
        d->tags = strdup(joined);
        json_decref(o);
    }
    free(line);
    fclose(f);
}

static void must(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static long long q_int(sqlite3 *db, const char *sql, const char *arg, const char *arg2)
{
    sqlite3_stmt *st;
    must(sqlite3_prepare_v2(db, sql, -1, &st, NULL), db, sql);
    if (arg)
        sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    if (arg2)
        sqlite3_bind_text(st, 2, arg2, -1, SQLITE_STATIC);
    long long v = -1;
    int rc = sqlite3_step(st);
    must(rc, db, sql);
    if (rc == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* ---- the three comparison tables ---- */

typedef struct engine {
    const char *name;
    const char *tokenize;
    sqlite3 *db;
    double build_ms;
    long long index_bytes, content_bytes;
} engine;

static void build_engine(engine *e, const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.db", dir, e->name);
    if (!reuse)
        unlink(path);
    must(sqlite3_open(path, &e->db), e->db, "open");
    must(ls_fts_register(e->db) == 0 ? SQLITE_OK : SQLITE_ERROR, e->db, "register");
    if (reuse)
        goto sizes;
    char sql[512];
    snprintf(sql, sizeof sql, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
             "CREATE VIRTUAL TABLE t USING fts5(title, text, url, site, source, tags,"
             " tokenize='%s');", e->tokenize);
    must(sqlite3_exec(e->db, sql, NULL, NULL, NULL), e->db, sql);
    sqlite3_stmt *st;
    must(sqlite3_prepare_v2(e->db, "INSERT INTO t(rowid, title, text, url, site, source, tags)"
                            " VALUES(?, ?, ?, ?, ?, '', ?)", -1, &st, NULL), e->db, "ins");
    double t0 = now_ms();
    sqlite3_exec(e->db, "BEGIN", NULL, NULL, NULL);
    for (size_t i = 0; i < ndocs; i++) {
        doc *d = &docs[i];
        sqlite3_bind_int64(st, 1, (long long)i + 1);
        sqlite3_bind_text(st, 2, d->title, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, d->text, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, d->url, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, d->site, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, d->tags, -1, SQLITE_STATIC);
        must(sqlite3_step(st), e->db, "insert");
        sqlite3_reset(st);
    }
    sqlite3_exec(e->db, "COMMIT", NULL, NULL, NULL);
    e->build_ms = now_ms() - t0;
    sqlite3_finalize(st);
sizes:
    e->index_bytes = q_int(e->db, "SELECT sum(pgsize) FROM dbstat WHERE name IN"
                           " ('t_data', 't_idx', 't_docsize', 't_config')", NULL, NULL);
    e->content_bytes = q_int(e->db, "SELECT sum(pgsize) FROM dbstat WHERE name = 't_content'",
                             NULL, NULL);
}

/* ---- the linksnap store ---- */

static ls_db *store;
static double store_build_ms;

static long long tag_id(const char *path)
{
    static char *paths[64];
    static long long ids[64];
    static int n;
    for (int i = 0; i < n; i++)
        if (!strcmp(paths[i], path))
            return ids[i];
    int64_t id = 0;
    if (ls_tag_ensure(store, 1, path, &id) != 0 || n == 64) {
        fprintf(stderr, "tag %s: %s\n", path, ls_db_errmsg(store));
        exit(1);
    }
    paths[n] = strdup(path);
    ids[n] = id;
    return ids[n++];
}

static void build_store(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "rm -rf '%s/store'", dir);
    if (!reuse && system(path) != 0)
        exit(1);
    snprintf(path, sizeof path, "%s/store", dir);
    if (ls_db_open(path, &store) != 0 || ls_search_conn_init(ls_db_sqlite(store)) != 0) {
        fprintf(stderr, "cannot open the store\n");
        exit(1);
    }
    sqlite3 *db = ls_db_sqlite(store);
    if (reuse)
        return;
    sqlite3_stmt *li, *lt, *sn;
    must(sqlite3_prepare_v2(db, "INSERT INTO links(id, user_id, url, url_norm, created, updated)"
                            " VALUES(?1, 1, ?2, ?2, ?3, ?3)", -1, &li, NULL), db, "li");
    must(sqlite3_prepare_v2(db, "INSERT INTO link_tags(link_id, tag_id) VALUES(?, ?)", -1, &lt,
                            NULL), db, "lt");
    must(sqlite3_prepare_v2(db, "INSERT INTO snapshots(id, link_id, status, created, finished,"
                            " title, site_name, lang, text) VALUES(?1, ?1, 'done', ?2, ?2, ?3,"
                            " ?4, ?5, ?6)", -1, &sn, NULL), db, "sn");
    double t0 = now_ms();
    ls_db_begin(store);
    for (size_t i = 0; i < ndocs; i++) {
        doc *d = &docs[i];
        sqlite3_bind_int64(li, 1, (long long)i + 1);
        sqlite3_bind_text(li, 2, d->url, -1, SQLITE_STATIC);
        sqlite3_bind_int64(li, 3, d->created);
        must(sqlite3_step(li), db, "link");
        sqlite3_reset(li);
        for (int k = 0; k < d->ntags; k++) {
            sqlite3_bind_int64(lt, 1, (long long)i + 1);
            sqlite3_bind_int64(lt, 2, tag_id(d->tagv[k]));
            must(sqlite3_step(lt), db, "link_tag");
            sqlite3_reset(lt);
        }
        sqlite3_bind_int64(sn, 1, (long long)i + 1);
        sqlite3_bind_int64(sn, 2, d->created);
        sqlite3_bind_text(sn, 3, d->title, -1, SQLITE_STATIC);
        sqlite3_bind_text(sn, 4, d->site, -1, SQLITE_STATIC);
        sqlite3_bind_text(sn, 5, d->lang, -1, SQLITE_STATIC);
        sqlite3_bind_text(sn, 6, d->text, -1, SQLITE_STATIC);
        must(sqlite3_step(sn), db, "snapshot");
        sqlite3_reset(sn);
    }
    if (ls_db_commit(store) != 0) {
        fprintf(stderr, "commit: %s\n", ls_db_errmsg(store));
        exit(1);
    }
    store_build_ms = now_ms() - t0;
    sqlite3_finalize(li);
    sqlite3_finalize(lt);
    sqlite3_finalize(sn);
}

/* ---- queries ---- */

typedef struct query {
    const char *kind; /* rare, common, phrase, tag */
    const char *q;    /* in the linksnap query language */
} query;

static const query queries[] = {
    {"rare", "photosynthesis"}, {"rare", "sourdough"}, {"rare", "ottoman"},
    {"rare", "kubernetes"}, {"rare", "铁路"}, {"rare", "奶酪"}, {"rare", "股票"},
    {"rare", "足球"}, {"rare", "农民"},
    {"mid", "互联网"}, {"mid", "智能"}, {"mid", "政府"}, {"mid", "医院"}, {"mid", "learning"},
    {"common", "the"}, {"common", "and"}, {"common", "的"}, {"common", "人"},
    {"phrase", "\"ottoman empire\""}, {"phrase", "\"sourdough starter\""},
    {"phrase", "\"quantum computing\""}, {"phrase", "\"climate change\""},
    {"phrase", "\"the united states\""}, {"phrase", "专利申请"}, {"phrase", "股票市场"},
    {"phrase", "国有企业"}, {"phrase", "人工智能"},
    {"broad phrase", "\"machine learning\""}, {"broad phrase", "\"in the\""},
    {"broad phrase", "民间资本"}, {"broad phrase", "下岗职工"},
    {"tag", "tag:人工智能 the"}, {"tag", "tag:收藏/精选 发展"}, {"tag", "tag:tech 的"},
    {"tag", "tag:经济/金融 learning"},
};
#define NQ (sizeof queries / sizeof *queries)

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct lat {
    double *v;
    size_t n;
} lat;

static void lat_add(lat *l, double ms)
{
    l->v = realloc(l->v, (l->n + 1) * sizeof *l->v);
    l->v[l->n++] = ms;
}

static double pct(lat *l, double p)
{
    if (!l->n)
        return 0;
    qsort(l->v, l->n, sizeof *l->v, cmp_double);
    size_t i = (size_t)(p * (double)(l->n - 1) + 0.5);
    return l->v[i];
}

/* For the plain tables: the MATCH our parser builds, with a tag filter
 * turned into a column filter on tags. */
static char *plain_match(const char *q)
{
    const char *sp = strchr(q, ' ');
    ls_search_query sq;
    char err[128];
    if (!strncmp(q, "tag:", 4) && sp) {
        char tag[128];
        snprintf(tag, sizeof tag, "%.*s", (int)(sp - q - 4), q + 4);
        if (ls_search_query_parse(sp + 1, &sq, err, sizeof err) != 0)
            return NULL;
        size_t n = strlen(sq.match) + strlen(tag) + 64;
        char *m = malloc(n);
        snprintf(m, n, "%s AND tags : \"%s\"", sq.match, tag);
        ls_search_query_release(&sq);
        return m;
    }
    if (ls_search_query_parse(q, &sq, err, sizeof err) != 0)
        return NULL;
    char *m = strdup(sq.match);
    ls_search_query_release(&sq);
    return m;
}

/* count + top 20 by rank, like a results page */
static long long run_plain(sqlite3 *db, const char *match)
{
    long long total = q_int(db, "SELECT count(*) FROM t WHERE t MATCH ?", match, NULL);
    sqlite3_stmt *st;
    must(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 20",
                            -1, &st, NULL), db, "top");
    sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
    }
    sqlite3_finalize(st);
    return total;
}

static const char *const kinds[] = {"rare", "mid", "common", "phrase", "broad phrase", "tag"};
#define NKINDS 6

static void time_query(engine *es, int ne, const query *q, long long hits[4], lat *per,
                       lat kind_lats[4])
{
    char *m = plain_match(q->q);
    for (int e = 0; e < ne; e++) {
        hits[e] = run_plain(es[e].db, m);
        for (int r = 0; r < reps; r++) {
            double t0 = now_ms();
            run_plain(es[e].db, m);
            lat_add(&kind_lats[e], now_ms() - t0);
        }
    }
    ls_search_results res;
    char err[256];
    ls_search_opts o = {0};
    ls_search_run(store, 1, q->q, &o, &res, err, sizeof err);
    hits[3] = res.total;
    ls_search_results_release(&res);
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        if (ls_search_run(store, 1, q->q, &o, &res, err, sizeof err) != 0)
            fprintf(stderr, "%s: %s\n", q->q, err);
        double ms = now_ms() - t0;
        lat_add(&kind_lats[3], ms);
        lat_add(per, ms);
        ls_search_results_release(&res);
    }
    free(m);
}

static void bench_queries(engine *es, int ne)
{
    printf("\n## Query latency (ms; %d runs per query after a warm-up)\n\n", reps);
    printf("Plain tables: `count(*)` of the MATCH plus the top 20 by rank (FTS5 bm25 over"
           " every hit). ls_search_run: the whole search as the CLI and web run it over the"
           " store (exact total, user and latest-capture scoping, tag filter, weighted"
           " ranking of at most the newest %d hits, title highlight and snippet of 20"
           " hits).\n\n", LS_SEARCH_RANK_CAP);
    printf("| kind | query | hits: linksnap / unicode61 / trigram / ls_search_run |"
           " ls_search_run p50 / p95 |\n|---|---|---|---|\n");
    lat lats[NKINDS][4];
    memset(lats, 0, sizeof lats);
    for (size_t qi = 0; qi < NQ; qi++) {
        const query *q = &queries[qi];
        int k = 0;
        while (strcmp(kinds[k], q->kind))
            k++;
        long long hits[4] = {0};
        lat per = {0};
        time_query(es, ne, q, hits, &per, lats[k]);
        printf("| %s | `%s` | %lld / %lld / %lld / %lld | %.1f / %.1f |\n", q->kind, q->q,
               hits[0], hits[1], hits[2], hits[3], pct(&per, 0.5), pct(&per, 0.95));
        free(per.v);
    }
    printf("\n| kind | linksnap p50 / p95 | unicode61 p50 / p95 | trigram p50 / p95 |"
           " ls_search_run p50 / p95 |\n|---|---|---|---|---|\n");
    for (int k = 0; k < NKINDS; k++) {
        printf("| %s |", kinds[k]);
        for (int e = 0; e < 4; e++)
            printf(" %.1f / %.1f |", pct(&lats[k][e], 0.5), pct(&lats[k][e], 0.95));
        printf("\n");
    }
}

static void bench_recall(engine *es, int ne)
{
    static const char *const words[] = {"投资", "发展", "中国", "政府", "经济", "市场", "服务",
                                        "网络", "管理", "信息", "公司", "技术", "企业",
                                        "垄断", "铁路"};
    printf("\n## Recall of two-character Chinese words against LIKE (title and text)\n\n");
    printf("Documents found by `MATCH '{title text} : \"w\"'` that LIKE '%%w%%' also finds,"
           " over LIKE's count.\n\n| word | LIKE |");
    for (int e = 0; e < ne; e++)
        printf(" %s |", es[e].name);
    printf("\n|---|---|");
    for (int e = 0; e < ne; e++)
        printf("---|");
    printf("\n");
    long long sum_like = 0, sum_hit[3] = {0};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        char like[64], match[64];
        snprintf(like, sizeof like, "%%%s%%", words[w]);
        snprintf(match, sizeof match, "{title text} : \"%s\"", words[w]);
        long long nl = q_int(es[0].db, "SELECT count(*) FROM t WHERE title || ' ' || text"
                                       " LIKE ?", like, NULL);
        sum_like += nl;
        printf("| %s | %lld |", words[w], nl);
        for (int e = 0; e < ne; e++) {
            long long both = q_int(es[e].db, "SELECT count(*) FROM t WHERE t MATCH ?2 AND"
                                   " title || ' ' || text LIKE ?1", like, match);
            sum_hit[e] += both;
            printf(" %lld (%.1f%%) |", both, nl ? 100.0 * (double)both / (double)nl : 0.0);
        }
        printf("\n");
    }
    printf("| **all** | %lld |", sum_like);
    for (int e = 0; e < ne; e++)
        printf(" %lld (%.1f%%) |", sum_hit[e], 100.0 * (double)sum_hit[e] / (double)sum_like);
    printf("\n");
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_search DOCS.jsonl WORKDIR [REPS]\n");
        return 2;
    }
    if (argc > 3)
        reps = atoi(argv[3]);
    reuse = getenv("LS_BENCH_REUSE") && !strcmp(getenv("LS_BENCH_REUSE"), "1");
    double t0 = now_ms();
    load_docs(argv[1]);
    long long bytes = 0;
    for (size_t i = 0; i < ndocs; i++)
        bytes += (long long)(strlen(docs[i].title) + strlen(docs[i].text));
    fprintf(stderr, "loaded %zu docs in %.0f ms\n", ndocs, now_ms() - t0);
    engine es[] = {{.name = "linksnap", .tokenize = "linksnap"},
                   {.name = "unicode61", .tokenize = "unicode61 remove_diacritics 2"},
                   {.name = "trigram", .tokenize = "trigram"}};
    int ne = 3;
    printf("# Search benchmark\n\n%zu documents, %.1f MB of title + text (UTF-8);"
           " SQLite %s; 繁简 folding %s.\n\n", ndocs, (double)bytes / 1e6, sqlite3_libversion(),
           ls_fts_has_tc_fold() ? "on (OpenCC)" : "off");
    printf("## Build (one transaction) and size\n\n| index | build s | docs/s | MB/s |"
           " index MB | content MB |\n|---|---|---|---|---|---|\n");
    for (int e = 0; e < ne; e++) {
        build_engine(&es[e], argv[2]);
        fprintf(stderr, "built %s in %.0f ms\n", es[e].name, es[e].build_ms);
        if (reuse)
            printf("| %s | (reused) | | | %.1f | %.1f |\n", es[e].name,
                   (double)es[e].index_bytes / 1e6, (double)es[e].content_bytes / 1e6);
        else
            printf("| %s | %.1f | %.0f | %.1f | %.1f | %.1f |\n", es[e].name,
                   es[e].build_ms / 1e3, (double)ndocs / (es[e].build_ms / 1e3),
                   (double)bytes / 1e6 / (es[e].build_ms / 1e3),
                   (double)es[e].index_bytes / 1e6, (double)es[e].content_bytes / 1e6);
    }
    build_store(argv[2]);
    fprintf(stderr, "built the store in %.0f ms\n", store_build_ms);
    if (!reuse)
        printf("| linksnap store (links + tags + snapshots, index by trigger) | %.1f | %.0f |"
               " %.1f | | |\n", store_build_ms / 1e3, (double)ndocs / (store_build_ms / 1e3),
               (double)bytes / 1e6 / (store_build_ms / 1e3));
    bench_queries(es, ne);
    bench_recall(es, ne);
    for (int e = 0; e < ne; e++)
        sqlite3_close(es[e].db);
    ls_db_close(store);
    return 0;
}
