/*
 * db.c - opening the database, migrations, nestable transactions and the
 * SQLite helpers of store_int.h. Contract in db.h.
 */
#include "store/db.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/search.h"
#include "store/store_int.h"
#include "util/err.h"
#include "util/fs.h"
#include "util/hash.h"
#include "util/str.h"
#include "util/timeutil.h"

/*
 * Migrations, numbered from 1 by their index + 1. Never edit a released one:
 * add the next. Each runs in one transaction with its PRAGMA user_version.
 */
static const char *const migrations[] = {
    /* 1: the first schema */
    "CREATE TABLE users("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  pwhash TEXT,"
    "  is_admin INTEGER NOT NULL DEFAULT 0,"
    "  is_system INTEGER NOT NULL DEFAULT 0,"
    "  lang TEXT,"
    "  created INTEGER NOT NULL,"
    "  updated INTEGER NOT NULL);"
    "INSERT INTO users(id, name, pwhash, is_admin, is_system, created, updated)"
    "  VALUES (1, 'local', NULL, 0, 1, CAST(strftime('%s','now') AS INTEGER),"
    "          CAST(strftime('%s','now') AS INTEGER));"
    "CREATE TABLE sessions("
    "  id TEXT PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  csrf TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  expires INTEGER NOT NULL);"
    "CREATE INDEX sessions_user ON sessions(user_id);"
    "CREATE INDEX sessions_expires ON sessions(expires);"
    "CREATE TABLE api_tokens("
    "  id INTEGER PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"
    "  token_hash TEXT NOT NULL UNIQUE,"
    "  created INTEGER NOT NULL,"
    "  last_used INTEGER);"
    "CREATE INDEX api_tokens_user ON api_tokens(user_id);"
    "CREATE TABLE links("
    "  id INTEGER PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  url TEXT NOT NULL,"
    "  url_norm TEXT NOT NULL,"
    "  title TEXT,"
    "  note TEXT,"
    "  created INTEGER NOT NULL,"
    "  updated INTEGER NOT NULL,"
    "  share_token TEXT UNIQUE,"
    "  UNIQUE(user_id, url_norm));"
    "CREATE INDEX links_user_created ON links(user_id, created, id);"
    "CREATE TABLE tags("
    "  id INTEGER PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"
    "  path TEXT NOT NULL,"
    "  color TEXT,"
    "  created INTEGER NOT NULL,"
    "  updated INTEGER NOT NULL,"
    "  UNIQUE(user_id, path));"
    "CREATE INDEX tags_parent ON tags(parent_id);"
    "CREATE TABLE link_tags("
    "  link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,"
    "  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    "  PRIMARY KEY(link_id, tag_id)) WITHOUT ROWID;"
    "CREATE INDEX link_tags_tag ON link_tags(tag_id, link_id);"
    "CREATE TABLE snapshots("
    "  id INTEGER PRIMARY KEY,"
    "  link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,"
    "  status TEXT NOT NULL DEFAULT 'queued'"
    "    CHECK (status IN ('queued','running','done','failed')),"
    "  created INTEGER NOT NULL,"
    "  finished INTEGER,"
    "  http_status INTEGER,"
    "  final_url TEXT, charset TEXT, title TEXT, byline TEXT, source TEXT,"
    "  site_name TEXT, published TEXT, lang TEXT, excerpt TEXT, text TEXT,"
    "  word_count INTEGER, bytes INTEGER, lead_image TEXT, error TEXT,"
    "  raw_blob TEXT, headers_blob TEXT, single_blob TEXT, reader_blob TEXT,"
    "  warc_blob TEXT);"
    "CREATE INDEX snapshots_link ON snapshots(link_id, created, id);"
    "CREATE INDEX snapshots_raw ON snapshots(raw_blob) WHERE raw_blob IS NOT NULL;"
    "CREATE INDEX snapshots_headers ON snapshots(headers_blob)"
    "  WHERE headers_blob IS NOT NULL;"
    "CREATE INDEX snapshots_single ON snapshots(single_blob)"
    "  WHERE single_blob IS NOT NULL;"
    "CREATE INDEX snapshots_reader ON snapshots(reader_blob)"
    "  WHERE reader_blob IS NOT NULL;"
    "CREATE INDEX snapshots_warc ON snapshots(warc_blob) WHERE warc_blob IS NOT NULL;"
    "CREATE TABLE snapshot_blobs("
    "  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
    "  hash TEXT NOT NULL,"
    "  kind TEXT,"
    "  PRIMARY KEY(snapshot_id, hash)) WITHOUT ROWID;"
    "CREATE INDEX snapshot_blobs_hash ON snapshot_blobs(hash);"
    "CREATE TABLE blobs("
    "  hash TEXT PRIMARY KEY,"
    "  size INTEGER NOT NULL,"
    "  stored_size INTEGER NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  last_put INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE jobs("
    "  id INTEGER PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,"
    "  snapshot_id INTEGER REFERENCES snapshots(id) ON DELETE CASCADE,"
    "  host TEXT NOT NULL DEFAULT '',"
    "  state TEXT NOT NULL DEFAULT 'queued'"
    "    CHECK (state IN ('queued','running','done','failed')),"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  max_attempts INTEGER NOT NULL DEFAULT 4,"
    "  next_run_at INTEGER NOT NULL,"
    "  lease_until INTEGER,"
    "  worker TEXT,"
    "  error TEXT,"
    "  created INTEGER NOT NULL,"
    "  updated INTEGER NOT NULL);"
    "CREATE INDEX jobs_due ON jobs(state, next_run_at, id);"
    "CREATE INDEX jobs_host ON jobs(state, host);"
    "CREATE INDEX jobs_link ON jobs(link_id);"
    "CREATE INDEX jobs_snapshot ON jobs(snapshot_id);",
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

_Static_assert(N_MIGRATIONS == LS_DB_SCHEMA_VERSION, "bump LS_DB_SCHEMA_VERSION");

int store_fail_msg(ls_db *db, int rc, const char *msg)
{
    snprintf(db->err, sizeof db->err, "%s", msg ? msg : "");
    return rc;
}

int store_fail(ls_db *db, int sqlite_rc)
{
    store_fail_msg(db, LS_EDB, sqlite3_errmsg(db->sq));
    int ext = sqlite3_extended_errcode(db->sq);
    if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
        return LS_EEXIST;
    if (sqlite_rc == SQLITE_NOMEM)
        return LS_ENOMEM;
    return LS_EDB;
}

int store_prepare(ls_db *db, const char *sql, sqlite3_stmt **st)
{
    int src = sqlite3_prepare_v2(db->sq, sql, -1, st, NULL);
    if (src != SQLITE_OK) {
        *st = NULL;
        return store_fail(db, src);
    }
    return LS_OK;
}

/* sql prepared with ?1 = a and ?2 = b (those it uses). */
static int prepare_ids(ls_db *db, const char *sql, int64_t a, int64_t b, sqlite3_stmt **st)
{
    int rc = store_prepare(db, sql, st);
    if (rc == LS_OK) {
        sqlite3_bind_int64(*st, 1, a);
        sqlite3_bind_int64(*st, 2, b);
    }
    return rc;
}

int store_get_row(ls_db *db, const char *sql, int64_t a, int64_t b,
                  void (*row)(sqlite3_stmt *st, void *out), void *out)
{
    sqlite3_stmt *st;
    int rc = prepare_ids(db, sql, a, b, &st);
    if (rc)
        return rc;
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        row(st, out);
    else
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

int store_update_row(ls_db *db, const char *sql, int64_t id, const char *text, int64_t n)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, ls_db_now(db));
    store_bind_text(st, 3, text);
    sqlite3_bind_int64(st, 4, n);
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    sqlite3_finalize(st);
    return rc;
}

int store_collect(ls_db *db, sqlite3_stmt *st, size_t size, void **items, size_t *n,
                  void (*row)(sqlite3_stmt *st, void *item))
{
    size_t cap = 0;
    int rc = LS_OK, src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            size_t nc = cap ? cap * 2 : 8;
            char *nv = realloc(*items, nc * size);
            if (!nv) {
                rc = LS_ENOMEM;
                break;
            }
            memset(nv + cap * size, 0, (nc - cap) * size);
            *items = nv;
            cap = nc;
        }
        row(st, (char *)*items + (*n)++ * size);
    }
    if (rc == LS_OK && src != SQLITE_DONE)
        rc = store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

int store_exec_ids(ls_db *db, const char *sql, int64_t a, int64_t b)
{
    sqlite3_stmt *st;
    int rc = prepare_ids(db, sql, a, b, &st);
    if (rc)
        return rc;
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    return rc;
}

int store_exec(ls_db *db, const char *sql)
{
    char *msg = NULL;
    int src = sqlite3_exec(db->sq, sql, NULL, NULL, &msg);
    if (src != SQLITE_OK) {
        store_fail_msg(db, LS_EDB, msg ? msg : sqlite3_errstr(src));
        sqlite3_free(msg);
        return src == SQLITE_NOMEM ? LS_ENOMEM : LS_EDB;
    }
    return LS_OK;
}

int store_step_done(ls_db *db, sqlite3_stmt *st)
{
    int src = sqlite3_step(st);
    if (src == SQLITE_DONE || src == SQLITE_ROW)
        return LS_OK;
    return store_fail(db, src);
}

int store_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (!s)
        return sqlite3_bind_null(st, i);
    return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

int store_bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    return store_bind_text(st, i, s && *s ? s : NULL);
}

char *store_col_dup(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return NULL;
    const unsigned char *t = sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    return t ? ls_strndup((const char *)t, (size_t)n) : NULL;
}

int store_end(ls_db *db, int rc)
{
    if (rc == LS_OK)
        return ls_db_commit(db);
    ls_db_rollback(db);
    return rc;
}

int store_link_owned(ls_db *db, int64_t user_id, int64_t link_id)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, "SELECT 1 FROM links WHERE id = ?1 AND user_id = ?2", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, link_id);
    sqlite3_bind_int64(st, 2, user_id);
    int src = sqlite3_step(st);
    rc = src == SQLITE_ROW ? LS_OK : src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

/*
 * Runs on every new connection, right after the migrations (so the store's
 * tables exist): the search module's per-connection setup registers the
 * Chinese FTS5 tokenizer and its SQL functions with this sqlite3 handle
 * (registration is per connection, so it cannot be done once per process)
 * and creates its index and triggers when they are missing. A future
 * migration that fires the search triggers needs the tokenizer registered
 * before it runs.
 */
static int conn_init(ls_db *db)
{
    int rc = ls_search_conn_init(db->sq);
    if (rc != LS_OK)
        snprintf(db->err, sizeof db->err, "cannot set up the search index: %s",
                 sqlite3_errmsg(db->sq));
    return rc;
}

static int user_version(ls_db *db, int *v)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, "PRAGMA user_version", &st);
    if (rc)
        return rc;
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *v = sqlite3_column_int(st, 0);
    else
        rc = store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

/* Each step re-reads the version under the write lock, so two processes
 * opening a new database at once do not both run a migration. */
static int migrate(ls_db *db)
{
    for (;;) {
        int v = 0, rc = ls_db_begin(db);
        if (rc)
            return rc;
        rc = user_version(db, &v);
        if (rc == LS_OK && v > N_MIGRATIONS)
            rc = store_fail_msg(db, LS_EDB, "database is from a newer linksnap");
        if (rc || v == N_MIGRATIONS)
            return store_end(db, rc);
        rc = store_exec(db, migrations[v]);
        if (rc == LS_OK) {
            char sql[64];
            snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
            rc = store_exec(db, sql);
        }
        rc = store_end(db, rc);
        if (rc)
            return rc;
    }
}

/*
 * Switching a new file to WAL takes an exclusive lock, and SQLite answers
 * SQLITE_BUSY at once (without the busy handler) when another connection is
 * switching the same file at that moment, e.g. several server threads
 * opening a fresh data folder together. Retry for up to the busy timeout.
 */
static int setup_pragmas(ls_db *db)
{
    int rc = LS_OK;
    for (int tries = 0; tries < 500; tries++) {
        rc = store_exec(db, "PRAGMA journal_mode = WAL;"
                            "PRAGMA synchronous = NORMAL;"
                            "PRAGMA foreign_keys = ON;");
        int ext = sqlite3_errcode(db->sq);
        if (rc == LS_OK || (ext != SQLITE_BUSY && ext != SQLITE_LOCKED))
            break;
        sqlite3_sleep(10);
    }
    return rc;
}

/*
 * Process-wide SQLite settings, before the library initialises: memory
 * statistics off, because keeping them takes a global mutex on every
 * allocation, which the server's HTTP threads would all queue on.
 */
static void configure_sqlite_once(void)
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

static int open_conn(ls_db *db, const char *path)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, configure_sqlite_once);
    int src = sqlite3_open_v2(path, &db->sq,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                  SQLITE_OPEN_NOMUTEX,
                              NULL);
    if (src != SQLITE_OK)
        return db->sq ? store_fail(db, src) : LS_ENOMEM;
    sqlite3_extended_result_codes(db->sq, 1);
    sqlite3_busy_timeout(db->sq, 5000);
    return setup_pragmas(db);
}

int ls_db_open(const char *data_dir, ls_db **out)
{
    int rc;
    char path[4096];
    ls_db *db = calloc(1, sizeof *db);
    if (!db)
        return LS_ENOMEM;
    if (!data_dir || !*data_dir) {
        rc = LS_EINVAL;
        goto out;
    }
    db->dir = ls_strdup(data_dir);
    rc = ls_crypto_init();
    if (rc == LS_OK && !db->dir)
        rc = LS_ENOMEM;
    if (rc)
        goto out;
    if (snprintf(path, sizeof path, "%s/blobs", data_dir) >= (int)sizeof path) {
        rc = LS_EINVAL;
        goto out;
    }
    if ((rc = ls_mkdirs(data_dir, 0700)) || (rc = ls_mkdirs(path, 0700)))
        goto out;
    snprintf(path, sizeof path, "%s/linksnap.db", data_dir);
    rc = open_conn(db, path);
    if (rc == LS_OK)
        rc = migrate(db);
    if (rc == LS_OK)
        rc = conn_init(db);
out:
    if (rc) {
        ls_db_close(db);
        return rc;
    }
    *out = db;
    return LS_OK;
}

void ls_db_close(ls_db *db)
{
    if (!db)
        return;
    if (db->sq) {
        if (!sqlite3_get_autocommit(db->sq))
            sqlite3_exec(db->sq, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close_v2(db->sq);
    }
    free(db->dir);
    free(db);
}

sqlite3 *ls_db_sqlite(ls_db *db)
{
    return db->sq;
}

const char *ls_db_data_dir(ls_db *db)
{
    return db->dir;
}

const char *ls_db_errmsg(ls_db *db)
{
    return db ? db->err : "";
}

int ls_db_begin(ls_db *db)
{
    /* SQLite may have rolled back on its own (disk full, I/O error). */
    if (db->depth > 0 && sqlite3_get_autocommit(db->sq))
        db->depth = 0;
    int rc = store_exec(db, db->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT ls_sp");
    if (rc == LS_OK)
        db->depth++;
    return rc;
}

int ls_db_commit(ls_db *db)
{
    if (db->depth <= 0)
        return LS_EINVAL;
    if (sqlite3_get_autocommit(db->sq)) {
        db->depth = 0;
        return store_fail_msg(db, LS_EDB, "transaction was rolled back");
    }
    if (db->depth > 1) {
        int rc = store_exec(db, "RELEASE ls_sp");
        db->depth--;
        return rc;
    }
    int rc = store_exec(db, "COMMIT");
    if (rc) {
        char keep[sizeof db->err];
        memcpy(keep, db->err, sizeof keep);
        sqlite3_exec(db->sq, "ROLLBACK", NULL, NULL, NULL);
        memcpy(db->err, keep, sizeof keep);
    }
    db->depth = 0;
    return rc;
}

int ls_db_rollback(ls_db *db)
{
    if (db->depth <= 0)
        return LS_EINVAL;
    if (sqlite3_get_autocommit(db->sq)) {
        db->depth = 0;
        return LS_OK;
    }
    if (db->depth > 1) {
        int rc = store_exec(db, "ROLLBACK TO ls_sp; RELEASE ls_sp");
        db->depth--;
        return rc;
    }
    db->depth = 0;
    return store_exec(db, "ROLLBACK");
}

static int check_pragma(ls_db *db, const char *sql, bool want_ok_row)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        if (!want_ok_row || !t || strcmp(t, "ok") != 0)
            rc = store_fail_msg(db, LS_EDB, want_ok_row && t ? t : "foreign key violation");
    } else if (src != SQLITE_DONE) {
        rc = store_fail(db, src);
    } else if (want_ok_row) {
        rc = store_fail_msg(db, LS_EDB, "integrity_check returned nothing");
    }
    sqlite3_finalize(st);
    return rc;
}

int ls_db_integrity_check(ls_db *db)
{
    int rc = check_pragma(db, "PRAGMA integrity_check", true);
    if (rc == LS_OK)
        rc = check_pragma(db, "PRAGMA foreign_key_check", false);
    return rc;
}

int ls_db_schema_version(ls_db *db)
{
    int v = -1;
    if (user_version(db, &v))
        return -1;
    return v;
}

int64_t ls_db_now(ls_db *db)
{
    return db && db->fixed_now ? db->fixed_now : ls_now();
}

void ls_db_set_now(ls_db *db, int64_t t)
{
    db->fixed_now = t;
}
