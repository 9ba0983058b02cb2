/*
 * snapshots.h - one row per capture of a link: queued -> running -> done or
 * failed, with the extracted metadata, the article text and the sha256 of
 * each stored file (blob.h).
 *
 * Contract:
 * - Functions taking user_id check ownership through the snapshot's link
 *   (LS_ENOTFOUND for another user's), like ls_link_get().
 * - Functions without user_id are for trusted background code (the capture
 *   worker, which got the id from a job row).
 * - ls_snapshot_finish() writes everything in one transaction (nesting in the
 *   caller's, so the capture can add the FTS row and the job completion to
 *   the same commit) and refuses (LS_EIO) to name a blob whose file is
 *   missing.
 * - Strings are malloc'd and owned by the struct: ls_snapshot_release().
 */
#ifndef LS_STORE_SNAPSHOTS_H
#define LS_STORE_SNAPSHOTS_H

#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

typedef struct ls_snapshot {
    int64_t id;
    int64_t link_id;
    char *status;      /* "queued", "running", "done", "failed" */
    int64_t created;   /* unix seconds */
    int64_t finished;  /* 0 until done or failed */
    long http_status;  /* 0 if none */
    char *final_url;   /* after redirects */
    char *charset;     /* the source charset label used to decode */
    char *title;
    char *byline;
    char *source;      /* 来源 */
    char *site_name;
    char *published;   /* ISO 8601 as extracted (date or date-time) */
    char *lang;
    char *excerpt;
    char *text;        /* the article as plain text (NULL in list results) */
    int64_t word_count;
    int64_t bytes;     /* total stored bytes of the capture */
    char *lead_image;
    char *error;       /* reason when failed */
    char *raw_blob;    /* sha256 hex of each file, or NULL */
    char *headers_blob;
    char *single_blob;
    char *reader_blob;
    char *warc_blob;
} ls_snapshot;

void ls_snapshot_release(ls_snapshot *s);

/* A new queued snapshot of link_id (no owner check: the caller has done
 * ls_link_get()). */
int ls_snapshot_create(ls_db *db, int64_t link_id, int64_t *id_out);

/* queued -> running. LS_ENOTFOUND when there is no such snapshot. */
int ls_snapshot_mark_running(ls_db *db, int64_t id);

/*
 * Marks s->id done with every metadata field, text and blob hash of *s
 * (status, created and link_id in *s are ignored; finished = now). NULL
 * strings are stored as NULL. LS_EINVAL for a malformed hash, LS_EIO when a
 * named blob file is missing.
 */
int ls_snapshot_finish(ls_db *db, const ls_snapshot *s);

/* Marks id failed with the HTTP status (0 if none) and a one-line reason.
 * Blob hashes already known (e.g. the raw body of a 404) may be recorded
 * afterwards with ls_snapshot_set_blobs(). */
int ls_snapshot_fail(ls_db *db, int64_t id, long http_status, const char *error);
/* failed or running -> queued, its error cleared: the attempt that failed
 * will be retried. LS_ENOTFOUND unless the snapshot was failed or running. */
int ls_snapshot_requeue(ls_db *db, int64_t id);

/* Records the blob hashes of s (non-NULL ones only) on row s->id, e.g. the
 * raw response of a failed capture. Same checks as ls_snapshot_finish(). */
int ls_snapshot_set_blobs(ls_db *db, const ls_snapshot *s);

/*
 * Records that snapshot id uses blob hash beyond its five file columns
 * (e.g. an image the reader article points at), so ls_blob_gc() and link
 * deletion keep it while the snapshot exists. kind is a free label
 * ("reader-image", "asset"). Adding the same hash twice is fine. Same file
 * check as ls_snapshot_finish().
 */
int ls_snapshot_add_blob(ls_db *db, int64_t id, const char *hash, const char *kind);

typedef struct ls_snapshot_list {
    ls_snapshot *items; /* newest first; text is NULL to keep lists small */
    size_t n;
} ls_snapshot_list;

/* The snapshots of the user's link, newest first. LS_ENOTFOUND for another
 * user's link. */
int ls_snapshot_list_for_link(ls_db *db, int64_t user_id, int64_t link_id,
                              ls_snapshot_list *out);
void ls_snapshot_list_release(ls_snapshot_list *l);

/* The snapshot with every column, if its link is the user's. */
int ls_snapshot_get(ls_db *db, int64_t user_id, int64_t id, ls_snapshot *out);
/* The same with no owner check (trusted background code only). */
int ls_snapshot_load(ls_db *db, int64_t id, ls_snapshot *out);
/* The newest done snapshot of the user's link; LS_ENOTFOUND if none. */
int ls_snapshot_latest_done(ls_db *db, int64_t user_id, int64_t link_id,
                            ls_snapshot *out);

#endif
