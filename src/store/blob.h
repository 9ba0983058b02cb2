/*
 * blob.h - the content-addressed blob store: data_dir/blobs/ab/cd/<sha256hex>,
 * each file the zstd-compressed bytes whose (uncompressed) sha256 names it.
 *
 * Contract:
 * - Files are immutable and shared by every snapshot that stores the same
 *   bytes (the same CSS or logo is stored once).
 * - A blob is durable (temporary file, fsync, rename, fsync of the folder)
 *   before ls_blob_put() (or ls_blob_write()) returns, so it is on disk
 *   before any row can name it. ls_snapshot_finish() re-checks under the write lock that every file
 *   it names exists, which closes the race with a concurrent delete.
 * - File paths are built only from validated hashes (64 lowercase hex
 *   digits), never from names given by users or servers.
 */
#ifndef LS_STORE_BLOB_H
#define LS_STORE_BLOB_H

#include <stdbool.h>
#include <stddef.h>

#include "store/db.h"
#include "util/buf.h"

/* Blobs nobody references are kept this long after their last put, so that
 * ls_blob_gc() never removes the file of a capture still in progress. */
#define LS_BLOB_GC_GRACE_SECONDS 3600

/*
 * Stores p[0..n) and writes its sha256 (64 hex digits + NUL) to hash_out.
 * When the file exists already nothing is written (dedupe); the blobs row
 * (hash, size, stored_size, created, last_put) is recorded or touched.
 */
int ls_blob_put(ls_db *db, const void *p, size_t n, char hash_out[65]);

/*
 * ls_blob_put in two steps, so files can be written while the caller does
 * other work: ls_blob_write() hashes, compresses and durably writes the
 * file when it is missing, touching no database (safe on any thread);
 * ls_blob_record() then records it under the write lock (rewriting the
 * file from p should a concurrent gc have removed it meanwhile) and
 * reports a failure of the write with its message.
 */
typedef struct ls_blob_file {
    char hash[65];
    size_t size;      /* bytes of content */
    size_t stored;    /* compressed bytes written; 0 when the file existed */
    int rc;           /* LS_OK or what the write failed with */
    const char *why;  /* static text for a failed write */
} ls_blob_file;

int ls_blob_write(const char *data_dir, const void *p, size_t n, ls_blob_file *f);
int ls_blob_record(ls_db *db, const void *p, const ls_blob_file *f);

/*
 * Appends the decompressed bytes of blob `hash` to out. LS_EINVAL when hash
 * is not 64 hex digits, LS_ENOTFOUND when no such file, LS_ETOOBIG when the
 * content would exceed out->max, LS_EIO on a corrupt file.
 */
int ls_blob_get(ls_db *db, const char *hash, ls_buf *out);

/* True when hash is 64 hex digits (either case). */
bool ls_blob_hash_valid(const char *hash);

/* The file path of blob `hash` into out: LS_EINVAL for a bad hash,
 * LS_ETOOBIG when sz is too small. Does not check the file exists. */
int ls_blob_path(ls_db *db, const char *hash, char *out, size_t sz);

/*
 * Deletes every blob (file, then row) that no snapshot references and that
 * was last put more than LS_BLOB_GC_GRACE_SECONDS ago, and files older than
 * that with no blobs row at all (a crash between file and row, or a
 * temporary file of an interrupted write). Returns the number of files
 * removed (>= 0) or a negative LS_E*. Runs under the write lock.
 */
int ls_blob_gc(ls_db *db);

#endif
