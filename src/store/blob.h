/*
 * blob.h - the content-addressed blob store: data_dir/blobs/ab/cd/<sha256hex>,
 * each file the zstd-compressed bytes whose (uncompressed) sha256 names it.
 *
 * Contract:
 * - Files are immutable and shared by every snapshot that stores the same
 *   bytes (the same CSS or logo is stored once).
 * - A blob is durable (temporary file, fsync, rename, fsync of the folder)
 *   before ls_blob_put() returns, so it is on disk before any row can name
 *   it. ls_snapshot_finish() re-checks under the write lock that every file
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
 * Appends the decompressed bytes of blob `hash` to out. LS_EINVAL when hash
 * is not 64 hex digits, LS_ENOTFOUND when no such file, LS_ETOOBIG when the
 * content would exceed out->max, LS_EIO on a corrupt file.
 */
int ls_blob_get(ls_db *db, const char *hash, ls_buf *out);

/*
 * SHA-256 of the concatenation of k pieces (parts[i], lens[i]) into out.
 * The store and the WARC writer hash every byte of every capture several
 * times, so this uses OpenSSL's implementation when the build has it (SHA
 * instructions or AVX2: about ten times libsodium's portable code) and
 * libsodium's otherwise; both give the same digest.
 */
void ls_blob_sha256(const void *const *parts, const size_t *lens, size_t k,
                    unsigned char out[32]);

/* ls_blob_sha256 of one piece as 64 lowercase hex digits and a NUL. */
void ls_blob_sha256_hex(const void *p, size_t n, char out[65]);

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
