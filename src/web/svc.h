/*
 * svc.h - the web layer's operations that pages and the JSON API share:
 * adding a link (link + tags + snapshot + job in one transaction), capturing
 * again, replacing a link's tags, and splitting a typed tag list.
 */
#ifndef LS_WEB_SVC_H
#define LS_WEB_SVC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/db.h"
#include "util/arena.h"

typedef struct ls_svc_added {
    int64_t link_id;
    int64_t snapshot_id; /* 0 when an existing link needed no new capture */
    int64_t job_id;
    bool created;        /* a new link */
} ls_svc_added;

/*
 * Adds url for the user with tags and note. The same URL (after
 * normalisation) again is the same link: its tags are added and no new
 * capture is queued unless it has no snapshot at all. LS_EINVAL for a URL
 * that is not http(s) or a bad tag; *bad_tag (may be NULL) then says which.
 */
int ls_svc_add_link(ls_db *db, int64_t user_id, const char *url, const char *const *tags,
                    size_t ntags, const char *note, ls_svc_added *out);

/* Queues a new capture of the user's link (LS_ENOTFOUND if not theirs). */
int ls_svc_capture(ls_db *db, int64_t user_id, int64_t link_id, int64_t *snapshot_id,
                   int64_t *job_id);

/* Makes the link's tags exactly paths[0..n). */
int ls_svc_set_tags(ls_db *db, int64_t user_id, int64_t link_id, const char *const *paths,
                    size_t n);

/* Splits "a, b，c、d" (ASCII or full-width commas, 、 or newlines) into
 * trimmed non-empty items allocated in a; at most max items. */
size_t ls_svc_split_tags(const char *s, ls_arena *a, const char **out, size_t max);

/* Titles and notes are cut (on a character boundary) rather than refused:
 * a pasted 1 MB title becomes its first LS_SVC_TITLE_MAX bytes. */
#define LS_SVC_TITLE_MAX 1000
#define LS_SVC_NOTE_MAX 20000
const char *ls_svc_clip(ls_arena *a, const char *s, size_t max);


#endif
