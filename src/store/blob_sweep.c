/*
 * blob_sweep.c - removes files in data/blobs that no blobs row knows: a
 * blob written just before a crash (the file is made durable before its
 * row) and temporary files of a write cut short. Part of ls_blob_gc().
 *
 * The walk is over our own fixed two-level layout (blobs/ab/cd/<hash>),
 * not a recursion over arbitrary trees; only files whose names are a valid
 * hash or a temporary of one, and older than the grace period, are removed,
 * so a put in progress (its file is fresh) is never touched.
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/blob.h"
#include "store/store_int.h"
#include "util/err.h"

/* out = a "/" b; false when it does not fit. */
static bool join(char *out, size_t sz, const char *a, const char *b)
{
    int n = snprintf(out, sz, "%s/%s", a, b);
    return n > 0 && (size_t)n < sz;
}

static bool hex2(const char *s)
{
    return strlen(s) == 2 && strspn(s, "0123456789abcdef") == 2;
}

/* True when name is "<hash>" or "<hash>.tmp-..." (ls_write_file_atomic). */
static bool blob_name(const char *name, bool *is_tmp)
{
    char h[65];
    if (strlen(name) < 64)
        return false;
    memcpy(h, name, 64);
    h[64] = '\0';
    if (!ls_blob_hash_valid(h))
        return false;
    *is_tmp = name[64] != '\0';
    return !*is_tmp || strncmp(name + 64, ".tmp-", 5) == 0;
}

static int has_row(ls_db *db, sqlite3_stmt *st, const char *hash, bool *yes)
{
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, hash, 64, SQLITE_TRANSIENT);
    int src = sqlite3_step(st);
    if (src != SQLITE_ROW && src != SQLITE_DONE)
        return store_fail(db, src);
    *yes = src == SQLITE_ROW;
    return LS_OK;
}

/* Sweeps one blobs/ab/cd folder. */
static int sweep_leaf(ls_db *db, sqlite3_stmt *st, const char *dir, int64_t before,
                      int *removed)
{
    DIR *d = opendir(dir);
    if (!d)
        return LS_OK;
    int rc = LS_OK;
    struct dirent *e;
    while (rc == LS_OK && (e = readdir(d))) {
        bool is_tmp = false, known = false;
        char path[4400];
        struct stat sb;
        if (!blob_name(e->d_name, &is_tmp))
            continue;
        if (!join(path, sizeof path, dir, e->d_name))
            continue;
        if (lstat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || (int64_t)sb.st_mtime >= before)
            continue;
        if (!is_tmp && ((rc = has_row(db, st, e->d_name, &known)) || known))
            continue;
        if (unlink(path) == 0)
            (*removed)++;
    }
    closedir(d);
    return rc;
}

int store_blob_sweep_orphans(ls_db *db, int64_t before)
{
    char root[4096], l1[4200], l2[4300];
    if (!join(root, sizeof root, ls_db_data_dir(db), "blobs"))
        return LS_EINVAL;
    sqlite3_stmt *st;
    int rc = store_prepare(db, "SELECT 1 FROM blobs WHERE hash = ?1", &st);
    if (rc)
        return rc;
    int removed = 0;
    DIR *d1 = opendir(root);
    struct dirent *a, *b;
    while (rc == LS_OK && d1 && (a = readdir(d1))) {
        if (!hex2(a->d_name) || !join(l1, sizeof l1, root, a->d_name))
            continue;
        DIR *d2 = opendir(l1);
        while (rc == LS_OK && d2 && (b = readdir(d2))) {
            if (!hex2(b->d_name) || !join(l2, sizeof l2, l1, b->d_name))
                continue;
            rc = sweep_leaf(db, st, l2, before, &removed);
        }
        if (d2)
            closedir(d2);
    }
    if (d1)
        closedir(d1);
    sqlite3_finalize(st);
    return rc ? rc : removed;
}
