/*
 * store_int.h - internals shared by the store's .c files (not for other
 * layers): the ls_db struct and small SQLite helpers that turn SQLite result
 * codes into LS_E* and keep the error message on the connection.
 */
#ifndef LS_STORE_STORE_INT_H
#define LS_STORE_STORE_INT_H

#include <stdbool.h>
#include <stdint.h>

#include <sqlite3.h>

#include "store/db.h"

struct ls_db {
    sqlite3 *sq;
    char *dir;
    int depth;          /* open ls_db_begin() levels */
    int64_t fixed_now;  /* test clock, 0 = real */
    char err[512];
};

/* Records SQLite's message and returns the LS_E* for sqlite_rc (LS_EEXIST
 * for UNIQUE/PRIMARY KEY violations, LS_EDB otherwise). */
int store_fail(ls_db *db, int sqlite_rc);
/* Records msg as the connection's error message and returns rc. */
int store_fail_msg(ls_db *db, int rc, const char *msg);

int store_prepare(ls_db *db, const char *sql, sqlite3_stmt **st);
/* Runs sql with ?1 = a and ?2 = b (if it uses them) and hands its first
 * row to row(st, out):
 * LS_OK, LS_ENOTFOUND when there is no row, or the mapped error. */
int store_get_row(ls_db *db, const char *sql, int64_t a, int64_t b,
                  void (*row)(sqlite3_stmt *st, void *out), void *out);
/* Runs an UPDATE of one row binding ?1 = id, ?2 = now, ?3 = text, ?4 = n
 * (those the SQL uses; the others are left out): LS_OK, LS_ENOTFOUND when
 * no row changed, or the mapped error. */
int store_update_row(ls_db *db, const char *sql, int64_t id, const char *text, int64_t n);
/* Steps st (prepared and bound by the caller) to its end, appending one
 * zeroed item of `size` bytes per row to *items (grown as needed, *n
 * counting them) and filling it with row(st, item); finalizes st. On
 * failure the items made so far stay, for the caller's release function.
 * Returns LS_OK or LS_E*. */
int store_collect(ls_db *db, sqlite3_stmt *st, size_t size, void **items, size_t *n,
                  void (*row)(sqlite3_stmt *st, void *item));
/* Runs one statement without results, binding ?1 = a and ?2 = b (those it
 * uses). LS_OK or the mapped error. */
int store_exec_ids(ls_db *db, const char *sql, int64_t a, int64_t b);
/* Runs SQL without results (may hold several statements). */
int store_exec(ls_db *db, const char *sql);
/* sqlite3_step expecting SQLITE_DONE; returns LS_OK or the mapped error. */
int store_step_done(ls_db *db, sqlite3_stmt *st);

/* Binds s as text, or NULL when s is NULL. */
int store_bind_text(sqlite3_stmt *st, int i, const char *s);
/* Binds s as text, or NULL when s is NULL or "". */
int store_bind_text_or_null(sqlite3_stmt *st, int i, const char *s);
/* A malloc'd copy of column i, or NULL when the column is NULL. */
char *store_col_dup(sqlite3_stmt *st, int i);

/* Ends a transaction begun with ls_db_begin(): commit when rc == LS_OK,
 * roll back otherwise. Returns rc, or the commit's error. */
int store_end(ls_db *db, int rc);

/* True when the user owns link_id (LS_OK), LS_ENOTFOUND otherwise. */
int store_link_owned(ls_db *db, int64_t user_id, int64_t link_id);

/*
 * Removes the blobs among hashes[0..n) that no snapshot references any more
 * (file, then row). Must run inside a write transaction. Returns the number
 * removed or LS_E*. Shared by ls_blob_gc() and link/user deletion.
 */
int store_blob_remove_unreferenced(ls_db *db, char **hashes, size_t n);

/*
 * For deletions of snapshot rows, where a file must outlive any row that
 * could still name it: inside the deleting transaction, forget() deletes
 * the blobs rows of the hashes no snapshot names any more and moves those
 * hashes to the front of the array (returns how many, or LS_E*). Only
 * after that transaction committed, unlink_forgotten() removes their files
 * under a new write lock, skipping any whose row a put has brought back.
 * A crash in between leaves row-less files for ls_blob_gc() to sweep.
 */
int store_blob_forget_unreferenced(ls_db *db, char **hashes, size_t n);
int store_blob_unlink_forgotten(ls_db *db, char **hashes, size_t n);

/*
 * Collects the blob hashes used by the snapshots matched by `where_sql`
 * (an SQL condition on table alias s, binding ?1 = id) into a malloc'd
 * array of malloc'd strings. Used before deleting those snapshots.
 */
int store_collect_blobs(ls_db *db, const char *where_sql, int64_t id, char ***out,
                        size_t *n_out);
void store_free_strv(char **v, size_t n);

/* Deletes blob files (and temporaries) that have no blobs row and were
 * modified before `before`. Inside a write transaction. Returns the number
 * removed or LS_E*. */
int store_blob_sweep_orphans(ls_db *db, int64_t before);

#endif
