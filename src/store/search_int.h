/*
 * search_int.h - internals shared by the search layer's .c files (not for
 * other modules). Owned by the search layer.
 */
#ifndef LS_STORE_SEARCH_INT_H
#define LS_STORE_SEARCH_INT_H

#include <sqlite3.h>

/* Registers the FTS5 function ls_rank(search_fts, n_meta) (search_rank.c).
 * Returns an SQLite result code. */
int search_rank_register(sqlite3 *db);

#endif
