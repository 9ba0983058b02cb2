/*
 * blob.c - the content-addressed, zstd-compressed blob store. Contract in
 * blob.h.
 *
 * Races: put records/touches the blobs row under the write lock before it
 * checks for the file, and removal deletes files under the same lock, so a
 * put either sees the file removed (and rewrites it) or leaves a fresh
 * last_put that gc respects. ls_snapshot_finish() re-checks the files.
 */
#include "store/blob.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zstd.h>

#include "store/store_int.h"
#include "util/err.h"
#include "util/fs.h"
#include "util/hash.h"

/*
 * Level 3 with its match tables capped at 2^15 entries: its default
 * tables for a megabyte (2^17 hash, 2^16 chain) make a 1.3 MB context, and
 * a capture compresses up to three blobs at once; capped, a context is
 * 0.78 MB and the output 0.4% larger on real pages.
 */
#define ZSTD_LEVEL 3
#define ZSTD_TABLE_LOG 15

bool ls_blob_hash_valid(const char *hash)
{
    if (!hash)
        return false;
    for (int i = 0; i < LS_SHA256_HEX_LEN; i++)
        if (!isxdigit((unsigned char)hash[i]))
            return false;
    return hash[LS_SHA256_HEX_LEN] == '\0';
}

/* data_dir/blobs/ab/cd/<hash> for a validated, lowercased hash. */
static int blob_path_in(const char *dir, const char *hash, char *out, size_t sz)
{
    if (!ls_blob_hash_valid(hash))
        return LS_EINVAL;
    char h[LS_SHA256_HEX_LEN + 1];
    for (int i = 0; i <= LS_SHA256_HEX_LEN; i++)
        h[i] = (char)tolower((unsigned char)hash[i]);
    int n = snprintf(out, sz, "%s/blobs/%.2s/%.2s/%s", dir, h, h + 2, h);
    return n < 0 || (size_t)n >= sz ? LS_ETOOBIG : LS_OK;
}

int ls_blob_path(ls_db *db, const char *hash, char *out, size_t sz)
{
    return blob_path_in(ls_db_data_dir(db), hash, out, sz);
}

/* Creates blobs/ab/cd and makes the new folder entries durable. */
static int make_dirs(const char *dir, const char *hash)
{
    char d1[4096], d2[4096];
    int n1 = snprintf(d1, sizeof d1, "%s/blobs/%.2s", dir, hash);
    int n2 = snprintf(d2, sizeof d2, "%s/blobs/%.2s/%.2s", dir, hash, hash + 2);
    if (n1 < 0 || n2 < 0 || (size_t)n1 >= sizeof d1 || (size_t)n2 >= sizeof d2)
        return LS_ETOOBIG;
    if (ls_file_exists(d2))
        return LS_OK;
    bool new1 = !ls_file_exists(d1);
    int rc = ls_mkdirs(d2, 0700);
    if (rc == LS_OK && new1)
        rc = ls_fsync_dir_of(d1);
    if (rc == LS_OK)
        rc = ls_fsync_dir_of(d2);
    return rc;
}

/* Compresses p[0..n) and writes it durably to path; *why names a failure. */
static int write_blob(const char *dir, const char *hash, const char *path, const void *p,
                      size_t n, size_t *stored, const char **why)
{
    size_t bound = ZSTD_compressBound(n);
    void *z = malloc(bound ? bound : 1);
    if (!z)
        return LS_ENOMEM;
    int rc = LS_OK;
    size_t zn = (size_t)-1; /* ZSTD_isError() for "no context" */
    ZSTD_CCtx *cc = ZSTD_createCCtx();
    if (cc && !ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, ZSTD_LEVEL))
        && !ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_hashLog, ZSTD_TABLE_LOG))
        && !ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_chainLog, ZSTD_TABLE_LOG)))
        zn = ZSTD_compress2(cc, z, bound, p, n);
    ZSTD_freeCCtx(cc);
    if (ZSTD_isError(zn)) {
        *why = ZSTD_getErrorName(zn);
        rc = LS_EIO;
        goto out;
    }
    rc = make_dirs(dir, hash);
    if (rc == LS_OK)
        rc = ls_write_file_atomic(path, z, zn, true);
    if (rc)
        *why = "cannot write blob file";
    *stored = zn;
out:
    free(z);
    return rc;
}

/* Records the put (touching last_put) and, once written, the stored size. */
static int record_put(ls_db *db, const char *hash, size_t n, size_t stored)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(db,
                           "INSERT INTO blobs(hash, size, stored_size, created, last_put)"
                           " VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT(hash) DO UPDATE SET"
                           " last_put = excluded.last_put, stored_size ="
                           " CASE WHEN ?3 > 0 THEN ?3 ELSE stored_size END",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)n);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)stored);
    sqlite3_bind_int64(st, 4, ls_db_now(db));
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    return rc;
}

int ls_blob_write(const char *data_dir, const void *p, size_t n, ls_blob_file *f)
{
    memset(f, 0, sizeof *f);
    f->size = n;
    ls_sha256_hex(p, n, f->hash);
    char path[4200];
    f->rc = blob_path_in(data_dir, f->hash, path, sizeof path);
    if (f->rc == LS_OK && !ls_file_exists(path))
        f->rc = write_blob(data_dir, f->hash, path, p, n, &f->stored, &f->why);
    return f->rc;
}

/*
 * Under the write lock the row is touched and the file checked again:
 * ls_blob_gc() may have removed an old copy since it was found (it deletes
 * under the same lock), in which case it is rewritten from p.
 */
int ls_blob_record(ls_db *db, const void *p, const ls_blob_file *f)
{
    if (f->rc)
        return store_fail_msg(db, f->rc, f->why ? f->why : "cannot write blob file");
    char path[4200];
    size_t stored = f->stored;
    const char *why = NULL;
    int rc = ls_blob_path(db, f->hash, path, sizeof path);
    if (rc)
        return rc;
    if ((rc = ls_db_begin(db)))
        return rc;
    if (!ls_file_exists(path)) {
        rc = write_blob(ls_db_data_dir(db), f->hash, path, p, f->size, &stored, &why);
        if (rc)
            store_fail_msg(db, rc, why);
    }
    if (rc == LS_OK)
        rc = record_put(db, f->hash, f->size, stored);
    return store_end(db, rc);
}

/*
 * Compression and fsync happen before the write lock is taken, so a large
 * blob does not stall other writers.
 */
int ls_blob_put(ls_db *db, const void *p, size_t n, char hash_out[65])
{
    ls_blob_file f;
    ls_blob_write(ls_db_data_dir(db), p, n, &f);
    memcpy(hash_out, f.hash, sizeof f.hash);
    return ls_blob_record(db, p, &f);
}

int ls_blob_get(ls_db *db, const char *hash, ls_buf *out)
{
    char path[4200];
    int rc = ls_blob_path(db, hash, path, sizeof path);
    if (rc)
        return rc;
    size_t room = out->max > out->len ? out->max - out->len : 0;
    ls_buf z;
    ls_buf_init(&z, ZSTD_compressBound(room) + 64);
    rc = ls_read_file(path, &z);
    if (rc == LS_ETOOBIG)
        goto out;
    if (rc)
        goto out;
    unsigned long long sz = ZSTD_getFrameContentSize(z.data ? z.data : "", z.len);
    if (sz == ZSTD_CONTENTSIZE_ERROR || sz == ZSTD_CONTENTSIZE_UNKNOWN) {
        rc = LS_EIO;
        goto out;
    }
    if (sz > room) {
        rc = LS_ETOOBIG;
        goto out;
    }
    if ((rc = ls_buf_grow(out, (size_t)sz + 1)))
        goto out;
    size_t got = ZSTD_decompress(out->data + out->len, (size_t)sz + 1, z.data, z.len);
    if (ZSTD_isError(got) || got != sz) {
        rc = LS_EIO;
        goto out;
    }
    char check[LS_SHA256_HEX_LEN + 1];
    ls_sha256_hex(out->data + out->len, got, check);
    if (strncasecmp(check, hash, LS_SHA256_HEX_LEN) != 0) {
        rc = LS_EIO; /* corrupt or substituted file */
        goto out;
    }
    out->len += got;
    out->data[out->len] = '\0';
out:
    ls_buf_release(&z);
    if (rc == LS_EIO)
        store_fail_msg(db, rc, "corrupt blob file");
    return rc;
}

/* How many snapshot rows or snapshot_blobs rows name hash. */
static int blob_refs(ls_db *db, sqlite3_stmt *st, const char *hash, int64_t *refs)
{
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src != SQLITE_ROW)
        return store_fail(db, src);
    *refs = sqlite3_column_int64(st, 0);
    return LS_OK;
}

int store_blob_forget_unreferenced(ls_db *db, char **hashes, size_t n)
{
    sqlite3_stmt *ref = NULL, *del = NULL;
    size_t kept = 0;
    int rc = store_prepare(db,
                           "SELECT (SELECT count(*) FROM snapshots WHERE raw_blob = ?1)"
                           " + (SELECT count(*) FROM snapshots WHERE headers_blob = ?1)"
                           " + (SELECT count(*) FROM snapshots WHERE single_blob = ?1)"
                           " + (SELECT count(*) FROM snapshots WHERE reader_blob = ?1)"
                           " + (SELECT count(*) FROM snapshots WHERE warc_blob = ?1)"
                           " + (SELECT count(*) FROM snapshot_blobs WHERE hash = ?1)",
                           &ref);
    if (rc == LS_OK)
        rc = store_prepare(db, "DELETE FROM blobs WHERE hash = ?1", &del);
    for (size_t i = 0; rc == LS_OK && i < n; i++) {
        int64_t refs = 0;
        if (!ls_blob_hash_valid(hashes[i]))
            continue;
        if ((rc = blob_refs(db, ref, hashes[i], &refs)) || refs > 0)
            continue;
        sqlite3_reset(del);
        sqlite3_bind_text(del, 1, hashes[i], -1, SQLITE_TRANSIENT);
        if ((rc = store_step_done(db, del)))
            break;
        char *t = hashes[kept]; /* swap: the array still owns every string */
        hashes[kept++] = hashes[i];
        hashes[i] = t;
    }
    sqlite3_finalize(ref);
    sqlite3_finalize(del);
    return rc ? rc : (int)kept;
}

/* Unlinks the files of hashes (valid ones); returns how many went. */
static int unlink_files(ls_db *db, char **hashes, size_t n)
{
    int removed = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4200];
        if (ls_blob_path(db, hashes[i], path, sizeof path) == LS_OK && unlink(path) == 0)
            removed++;
    }
    return removed;
}

int store_blob_remove_unreferenced(ls_db *db, char **hashes, size_t n)
{
    int k = store_blob_forget_unreferenced(db, hashes, n);
    return k < 0 ? k : unlink_files(db, hashes, (size_t)k);
}

int store_blob_unlink_forgotten(ls_db *db, char **hashes, size_t n)
{
    if (!n)
        return 0;
    sqlite3_stmt *st = NULL;
    int rc = ls_db_begin(db), removed = 0;
    if (rc)
        return rc;
    rc = store_prepare(db, "SELECT 1 FROM blobs WHERE hash = ?1", &st);
    for (size_t i = 0; rc == LS_OK && i < n; i++) {
        /* A put since the commit re-added the row (it checks the file under
         * this same lock, so it rewrites the file if this removes it). */
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, hashes[i], -1, SQLITE_TRANSIENT);
        int src = sqlite3_step(st);
        if (src == SQLITE_ROW)
            continue;
        if (src != SQLITE_DONE)
            rc = store_fail(db, src);
        else
            removed += unlink_files(db, &hashes[i], 1);
    }
    sqlite3_finalize(st);
    rc = store_end(db, rc);
    return rc ? rc : removed;
}

void store_free_strv(char **v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int strv_push(char ***v, size_t *n, size_t *cap, const char *s)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        char **nv = realloc(*v, nc * sizeof *nv);
        if (!nv)
            return LS_ENOMEM;
        *v = nv;
        *cap = nc;
    }
    char *c = strdup(s);
    if (!c)
        return LS_ENOMEM;
    (*v)[(*n)++] = c;
    return LS_OK;
}

static int collect_rows(ls_db *db, sqlite3_stmt *st, char ***out, size_t *n_out)
{
    char **v = NULL;
    size_t n = 0, cap = 0;
    int rc = LS_OK, src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        const char *h = (const char *)sqlite3_column_text(st, 0);
        if (h && (rc = strv_push(&v, &n, &cap, h)))
            break;
    }
    if (rc == LS_OK && src != SQLITE_DONE)
        rc = store_fail(db, src);
    if (rc) {
        store_free_strv(v, n);
        return rc;
    }
    *out = v;
    *n_out = n;
    return LS_OK;
}

int store_collect_blobs(ls_db *db, const char *where_sql, int64_t id, char ***out,
                        size_t *n_out)
{
    char sql[1024];
    int w = snprintf(sql, sizeof sql,
                     "WITH s AS (SELECT * FROM snapshots s WHERE %s)"
                     " SELECT raw_blob FROM s UNION SELECT headers_blob FROM s"
                     " UNION SELECT single_blob FROM s UNION SELECT reader_blob FROM s"
                     " UNION SELECT warc_blob FROM s UNION SELECT b.hash FROM"
                     " snapshot_blobs b JOIN s ON b.snapshot_id = s.id",
                     where_sql);
    if (w < 0 || (size_t)w >= sizeof sql)
        return LS_EINVAL;
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    rc = collect_rows(db, st, out, n_out);
    sqlite3_finalize(st);
    return rc;
}

int ls_blob_gc(ls_db *db)
{
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    char **v = NULL;
    size_t n = 0;
    rc = store_prepare(db, "SELECT hash FROM blobs WHERE last_put < ?1", &st);
    if (rc == LS_OK) {
        sqlite3_bind_int64(st, 1, ls_db_now(db) - LS_BLOB_GC_GRACE_SECONDS);
        rc = collect_rows(db, st, &v, &n);
        sqlite3_finalize(st);
    }
    int removed = 0, swept = 0;
    if (rc == LS_OK) {
        removed = store_blob_remove_unreferenced(db, v, n);
        if (removed < 0)
            rc = removed;
    }
    if (rc == LS_OK) {
        swept = store_blob_sweep_orphans(db, ls_db_now(db) - LS_BLOB_GC_GRACE_SECONDS);
        if (swept < 0)
            rc = swept;
    }
    store_free_strv(v, n);
    rc = store_end(db, rc);
    return rc ? rc : removed + swept;
}
