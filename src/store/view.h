/*
 * view.h - the JSON shapes that both the CLI (--json) and the HTTP API print,
 * built in one place so they cannot drift apart.
 *
 * All functions return a new jansson reference (caller json_decref()s it) or
 * NULL when the object is not the user's / does not exist, or on error.
 * Times are ISO 8601 UTC strings ("2026-11-29T05:20:41Z").
 */
#ifndef LS_STORE_VIEW_H
#define LS_STORE_VIEW_H

#include <stdint.h>

#include <jansson.h>

#include "store/db.h"
#include "store/links.h"

/*
 * `show --json`: {id, url, title, note, created, tags:[paths],
 *  snapshots:[{id, status, created, http_status, final_url, charset, title,
 *  byline, source, site_name, published, lang, excerpt, word_count, bytes,
 *  error, files:{raw, single, reader, warc}}]}
 * Snapshots newest first; files values are blob sha256 hex or null; the
 * link's title is the user's title, else the newest done snapshot's title,
 * else null. Absent strings are null.
 */
json_t *ls_link_json(ls_db *db, int64_t user_id, int64_t link_id);

/*
 * `tag list --json`: an array of top-level tags, each
 * {name, path, color, count, total, children:[...same...]} where count is
 * links tagged exactly so and total the distinct links in the subtree.
 */
json_t *ls_tags_json(ls_db *db, int64_t user_id);

/*
 * `list --json`: {total, limit, offset, items:[{id, url, title, note,
 * created, status, tags:[paths]}]} for the filter (limit/offset as
 * clamped). status is the newest snapshot's or null.
 */
json_t *ls_links_json(ls_db *db, const ls_link_filter *f);

#endif
