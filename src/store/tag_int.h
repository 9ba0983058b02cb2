/*
 * tag_int.h - helpers shared by tags.c and tag_move.c (store internals).
 * Paths given to these are already normalised.
 */
#ifndef LS_STORE_TAG_INT_H
#define LS_STORE_TAG_INT_H

#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

/* ORDER BY that lists a tree in pre-order: '/' sorts below every allowed
 * character, so "a/b" comes right after "a" and before "a b". */
#define TAG_ORDER "replace(t.path, '/', char(1))"

/* Number of '/' in path (0 at the top level). */
int tag_depth(const char *path);
int tag_find(ls_db *db, int64_t user_id, const char *path, int64_t *id_out);
/* Creates path and its ancestors as needed (inside a transaction). */
int tag_ensure_norm(ls_db *db, int64_t user_id, const char *path, int64_t *id_out);
/* Normalises n paths into a NULL-terminated array (store_free_strv(v, n)). */
int tag_normalize_all(ls_db *db, const char *const *paths, size_t n, char ***out);

#endif
