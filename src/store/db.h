/*
 * db.h - the linksnap database: one SQLite file data_dir/linksnap.db plus the
 * blob folder data_dir/blobs/ (see blob.h).
 *
 * Contract:
 * - ls_db_open() creates data_dir (mode 0700) and data_dir/blobs, opens the
 *   database with WAL, busy_timeout 5000 ms, foreign_keys ON and synchronous
 *   NORMAL, and runs the numbered migrations (PRAGMA user_version), each in
 *   its own transaction.
 * - One connection per thread: an ls_db must never be shared between threads
 *   at the same time; each thread (web worker, capture worker) opens its own.
 * - Transactions nest: the outermost ls_db_begin() is BEGIN IMMEDIATE (the
 *   write lock is taken at once, so no deadlock on upgrade); inner ones are
 *   SAVEPOINTs. Every store function that writes several rows wraps them in
 *   ls_db_begin/commit itself, so it works both alone and inside a caller's
 *   transaction (e.g. link + snapshot + job created together).
 * - Every store function returns LS_OK or a negative LS_E* (util/err.h);
 *   after LS_EDB, ls_db_errmsg() has SQLite's message.
 * - Owned by the store layer; depends only on util/ and sqlite3.
 */
#ifndef LS_STORE_DB_H
#define LS_STORE_DB_H

#include <stdbool.h>
#include <stdint.h>

#include <sqlite3.h>

typedef struct ls_db ls_db;

/* The schema version the code migrates to (PRAGMA user_version). */
#define LS_DB_SCHEMA_VERSION 1

/* Opens (creating if needed) data_dir/linksnap.db. *out is set on success
 * only; close it with ls_db_close(). Also calls ls_crypto_init(). */
int ls_db_open(const char *data_dir, ls_db **out);
/* Closes the connection (rolling back an open transaction); NULL is fine. */
void ls_db_close(ls_db *db);

/* The raw connection, for the search module's queries. Still owned by db. */
sqlite3 *ls_db_sqlite(ls_db *db);
/* The data folder as given to ls_db_open(). Owned by db. */
const char *ls_db_data_dir(ls_db *db);

/* Nestable transactions (see above). commit/rollback without a matching
 * begin return LS_EINVAL. */
int ls_db_begin(ls_db *db);
int ls_db_commit(ls_db *db);
int ls_db_rollback(ls_db *db);

/* The last SQLite error message of this connection, or "" (never NULL). */
const char *ls_db_errmsg(ls_db *db);

/* PRAGMA integrity_check and foreign_key_check: LS_OK when both pass,
 * LS_EDB otherwise (the first problem is in ls_db_errmsg). */
int ls_db_integrity_check(ls_db *db);

/*
 * A stamp of the database's state as this connection sees it: it moves when
 * another connection commits (PRAGMA data_version) or this one changes a
 * row (sqlite3_total_changes64). Caches built from the database keep the
 * stamp and are stale once it differs. Returns false when it cannot be read
 * (then cache nothing).
 */
typedef struct ls_db_stamp {
    int64_t data_version, own_changes;
} ls_db_stamp;
bool ls_db_stamp_get(ls_db *db, ls_db_stamp *out);

/* The schema version found in the file (PRAGMA user_version). */
int ls_db_schema_version(ls_db *db);

/*
 * The store's clock: seconds since the epoch. Every timestamp the store
 * writes or compares (created, expires, next_run_at, lease_until) comes from
 * here. ls_db_set_now() pins it to t for tests (0 = the real clock again).
 */
int64_t ls_db_now(ls_db *db);
void ls_db_set_now(ls_db *db, int64_t t);

#endif
