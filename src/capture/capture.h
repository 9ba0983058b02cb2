/*
 * capture.h - one capture of one URL into one snapshot: fetch through the
 * guard, decode, parse once, extract the article, inline every asset into a
 * single-file copy, write the WARC, store the blobs and then the snapshot
 * row (blobs are on disk before any row names them).
 *
 * Used by `linksnap add` / `linksnap snapshot` (synchronously) and by the
 * server's capture workers (from the job queue).
 */
#ifndef LS_CAPTURE_CAPTURE_H
#define LS_CAPTURE_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

typedef struct curl_slist ls_resolve_list;

typedef struct ls_capture_opts {
    bool allow_private;      /* let private/loopback destinations through */
    int max_assets;          /* subresources fetched per page */
    int asset_parallel;      /* concurrent asset transfers */
    size_t max_page_bytes;   /* decoded bytes of the page */
    size_t max_asset_bytes;  /* decoded bytes of one asset */
    size_t max_total_bytes;  /* decoded bytes of all assets together */
    long page_timeout_ms;    /* total time for the page */
    long assets_timeout_ms;  /* total time for all assets */
    const char *user_agent;
    bool caller_records_failure; /* on failure leave the row 'running': the
                                    caller writes the outcome with its job */
} ls_capture_opts;

/* Fills the defaults (documented in the README's configuration section). */
void ls_capture_opts_default(ls_capture_opts *o);

typedef struct ls_capture_result {
    int rc;                 /* LS_OK or the failure kind */
    long http_status;       /* of the final response, 0 if none */
    bool transient;         /* worth retrying later: timeout, reset, 5xx */
    char error[512];        /* one-line reason when rc != LS_OK */
} ls_capture_result;

/*
 * Captures the URL of snapshot_id's link into that snapshot row (which must
 * exist, status queued or running). On success the row is 'done' with its
 * metadata, text and files; on failure it is 'failed' with the reason. The
 * result says which, and whether a retry could help.
 */
int ls_capture_run(ls_db *db, int64_t snapshot_id, const ls_capture_opts *opts,
                   ls_capture_result *result);

#endif
