/*
 * cache.h - per-thread caches of read results that are costly to compute
 * and change rarely (the tag tree with its subtree counts). An entry is
 * valid while the database has not changed: PRAGMA data_version (commits
 * by any other connection) and sqlite3_total_changes64() (this thread's own
 * connection) both as they were when it was filled.
 */
#ifndef LS_WEB_CACHE_H
#define LS_WEB_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include "store/db.h"
#include "store/tags.h"
#include "web/http.h"

/* The user's tag tree, owned by the cache: valid until the next call on
 * this thread. NULL when the store fails. */
const ls_tag_tree *ls_cache_tag_tree(ls_db *db, int64_t user_id);

/*
 * Whole responses of read-only GET routes, per thread, keyed by everything
 * the answer depends on besides the database (user, session token, language,
 * path and query; the caller builds the key). get copies a hit into s;
 * put keeps a 200 answer without extra headers (at most 512 KB). Any commit
 * to the database, by anyone, empties the cache on its next use.
 */
bool ls_cache_response_get(ls_db *db, const char *key, ls_resp *s);
void ls_cache_response_put(ls_db *db, const char *key, const ls_resp *s);

#endif
