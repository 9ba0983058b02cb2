/*
 * conn_memo.c - per-connection totals and prepared statements for the list
 * queries (contract in conn_memo.h). Why: at 10,000 links counting the
 * user's index entries and compiling the page's statement cost more than
 * reading the page itself, and a library is paged through far more often
 * than it changes.
 */
#include "store/conn_memo.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "util/err.h"
#include "util/str.h"

#define MEMO_TOTALS 8
#define MEMO_STMTS 8
#define MEMO_SQL_MAX 8192 /* longer statements (long tag id lists) are not kept */

struct conn_memo {
    sqlite3 *sq;
    int64_t data_version, changes;
    struct {
        char key[CONN_MEMO_KEY_MAX];
        int64_t total;
    } t[MEMO_TOTALS];
    unsigned nt, next_t;
    struct {
        char *sql;
        sqlite3_stmt *st;
        bool busy;
        uint64_t used; /* for least-recently-used eviction */
    } s[MEMO_STMTS];
    uint64_t clock;
    struct conn_memo *link;
};

/* Finding a handle's memo goes through this list; a memo leaves it only in
 * its destructor, i.e. once its handle is gone. */
static pthread_mutex_t memo_mu = PTHREAD_MUTEX_INITIALIZER;
static conn_memo *memo_list;

static void drop_stmts(conn_memo *m)
{
    for (unsigned i = 0; i < MEMO_STMTS; i++) {
        sqlite3_finalize(m->s[i].st);
        free(m->s[i].sql);
        memset(&m->s[i], 0, sizeof m->s[i]);
    }
}

static void memo_destroy(void *p)
{
    conn_memo *m = p;
    pthread_mutex_lock(&memo_mu);
    for (conn_memo **q = &memo_list; *q; q = &(*q)->link)
        if (*q == m) {
            *q = m->link;
            break;
        }
    pthread_mutex_unlock(&memo_mu);
    drop_stmts(m);
    free(m);
}

/* Runs in sqlite3_close_v2() (ls_db_close) before SQLite looks for
 * unfinalised statements, so the cached ones do not keep the handle alive
 * as a zombie. */
static int on_close(unsigned type, void *ctx, void *p, void *x)
{
    (void)p;
    (void)x;
    if (type == SQLITE_TRACE_CLOSE)
        drop_stmts(ctx);
    return 0;
}

static void memo_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    (void)argv;
    sqlite3_result_null(ctx);
}

static conn_memo *memo_of(sqlite3 *sq)
{
    pthread_mutex_lock(&memo_mu);
    conn_memo *m = memo_list;
    while (m && m->sq != sq)
        m = m->link;
    pthread_mutex_unlock(&memo_mu);
    if (m)
        return m;
    if (!(m = calloc(1, sizeof *m)))
        return NULL;
    m->sq = sq;
    m->data_version = -1;
    /* On failure SQLite calls memo_destroy(m) itself. */
    if (sqlite3_create_function_v2(sq, "ls_conn_memo", 0, SQLITE_UTF8, m, memo_fn, NULL, NULL,
                                   memo_destroy) != SQLITE_OK)
        return NULL;
    sqlite3_trace_v2(sq, SQLITE_TRACE_CLOSE, on_close, m);
    pthread_mutex_lock(&memo_mu);
    m->link = memo_list;
    memo_list = m;
    pthread_mutex_unlock(&memo_mu);
    return m;
}

/* Declared in db.h; defined here to use the connection's statement cache. */
bool ls_db_stamp_get(ls_db *db, ls_db_stamp *out)
{
    sqlite3_stmt *st = NULL;
    out->data_version = -1;
    if (conn_memo_prepare(db, "PRAGMA data_version", &st) == LS_OK
        && sqlite3_step(st) == SQLITE_ROW)
        out->data_version = sqlite3_column_int64(st, 0);
    conn_memo_release(db, st);
    out->own_changes = sqlite3_total_changes64(ls_db_sqlite(db));
    return out->data_version >= 0;
}

conn_memo *conn_memo_sync(ls_db *db)
{
    conn_memo *m = memo_of(ls_db_sqlite(db));
    ls_db_stamp now;
    if (!m || !ls_db_stamp_get(db, &now))
        return NULL;
    if (m->data_version != now.data_version || m->changes != now.own_changes) {
        m->data_version = now.data_version;
        m->changes = now.own_changes;
        m->nt = m->next_t = 0;
    }
    return m;
}

bool conn_memo_total_get(conn_memo *m, const char *key, int64_t *total)
{
    for (unsigned i = 0; m && i < m->nt; i++)
        if (!strcmp(m->t[i].key, key)) {
            *total = m->t[i].total;
            return true;
        }
    return false;
}

void conn_memo_total_put(conn_memo *m, const char *key, int64_t total)
{
    if (!m || strlen(key) >= CONN_MEMO_KEY_MAX)
        return;
    unsigned slot = m->nt < MEMO_TOTALS ? m->nt++ : m->next_t++ % MEMO_TOTALS;
    memcpy(m->t[slot].key, key, strlen(key) + 1);
    m->t[slot].total = total;
}

/* Keeps st under sql in the least recently used free slot, if any. */
static void keep(conn_memo *m, const char *sql, sqlite3_stmt *st)
{
    int slot = -1;
    for (unsigned i = 0; i < MEMO_STMTS; i++)
        if (!m->s[i].busy && (slot < 0 || m->s[i].used < m->s[slot].used))
            slot = (int)i;
    char *copy = slot >= 0 ? ls_strdup(sql) : NULL;
    if (!copy)
        return;
    sqlite3_finalize(m->s[slot].st);
    free(m->s[slot].sql);
    m->s[slot].sql = copy;
    m->s[slot].st = st;
    m->s[slot].busy = true;
    m->s[slot].used = ++m->clock;
}

int conn_memo_prepare(ls_db *db, const char *sql, sqlite3_stmt **st)
{
    conn_memo *m = memo_of(ls_db_sqlite(db));
    for (unsigned i = 0; m && i < MEMO_STMTS; i++)
        if (m->s[i].st && !m->s[i].busy && !strcmp(m->s[i].sql, sql)) {
            m->s[i].busy = true;
            m->s[i].used = ++m->clock;
            *st = m->s[i].st;
            return LS_OK;
        }
    int rc = store_prepare(db, sql, st);
    if (rc == LS_OK && m && strlen(sql) <= MEMO_SQL_MAX)
        keep(m, sql, *st);
    return rc;
}

void conn_memo_release(ls_db *db, sqlite3_stmt *st)
{
    if (!st)
        return;
    conn_memo *m = memo_of(ls_db_sqlite(db));
    for (unsigned i = 0; m && i < MEMO_STMTS; i++)
        if (m->s[i].st == st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            m->s[i].busy = false;
            return;
        }
    sqlite3_finalize(st);
}
