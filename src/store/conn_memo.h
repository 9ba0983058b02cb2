/*
 * conn_memo.h - per-connection memory for the store's list queries (store
 * internals, not for other layers).
 *
 * Contract:
 * - A memo belongs to one sqlite3 handle and dies with it: it is made on
 *   first use and freed when the handle closes (SQLITE_TRACE_CLOSE finalises
 *   its statements, the destructor of a do-nothing SQL function frees it),
 *   so a later connection at the same address never sees an old one. It
 *   owns the handle's sqlite3_trace_v2() slot: nothing else in the store may
 *   set a trace callback, or closing would leave the handle a zombie.
 * - Like the connection (db.h), a memo is used by one thread at a time.
 * - Remembered totals hold for one state of the database: conn_memo_sync()
 *   forgets them when PRAGMA data_version (commits by other connections) or
 *   sqlite3_total_changes64() (changes by this one) moved. A rollback does
 *   not move the change counter back, so callers remember and reuse totals
 *   only in a read transaction of their own, never inside a caller's.
 * - Cached statements are handed out reset, at most once at a time, and
 *   must come back through conn_memo_release() (which resets them, so no
 *   read transaction stays open).
 */
#ifndef LS_STORE_CONN_MEMO_H
#define LS_STORE_CONN_MEMO_H

#include <stdbool.h>
#include <stdint.h>

#include "store/db.h"

#define CONN_MEMO_KEY_MAX 240

typedef struct conn_memo conn_memo;

/* The memo of db's connection, emptied of totals if the database changed;
 * NULL when none can be made (the caller then just counts). */
conn_memo *conn_memo_sync(ls_db *db);
bool conn_memo_total_get(conn_memo *m, const char *key, int64_t *total);
void conn_memo_total_put(conn_memo *m, const char *key, int64_t total);

/* Like store_prepare(), from the connection's statement cache when it can. */
int conn_memo_prepare(ls_db *db, const char *sql, sqlite3_stmt **st);
/* Gives back a statement from conn_memo_prepare() (NULL is fine). */
void conn_memo_release(ls_db *db, sqlite3_stmt *st);

#endif
