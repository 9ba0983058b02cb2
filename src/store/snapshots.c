/*
 * snapshots.c - capture rows. Contract in snapshots.h.
 */
#include "store/snapshots.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/blob.h"
#include "store/store_int.h"
#include "util/err.h"
#include "util/fs.h"

/* Columns in row_to_snapshot()'s order; alias s = snapshots. */
#define SNAP_COLS                                                                  \
    "s.id, s.link_id, s.status, s.created, s.finished, s.http_status, s.final_url," \
    " s.charset, s.title, s.byline, s.source, s.site_name, s.published, s.lang,"   \
    " s.excerpt, %s, s.word_count, s.bytes, s.lead_image, s.error, s.raw_blob,"    \
    " s.headers_blob, s.single_blob, s.reader_blob, s.warc_blob"

void ls_snapshot_release(ls_snapshot *s)
{
    if (!s)
        return;
    char **strs[] = {&s->status, &s->final_url, &s->charset, &s->title, &s->byline,
                     &s->source, &s->site_name, &s->published, &s->lang, &s->excerpt,
                     &s->text, &s->lead_image, &s->error, &s->raw_blob, &s->headers_blob,
                     &s->single_blob, &s->reader_blob, &s->warc_blob};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        free(*strs[i]);
    memset(s, 0, sizeof *s);
}

static void row_to_snapshot(sqlite3_stmt *st, ls_snapshot *s);

static void snapshot_row(sqlite3_stmt *st, void *out)
{
    row_to_snapshot(st, out);
}

static void row_to_snapshot(sqlite3_stmt *st, ls_snapshot *s)
{
    memset(s, 0, sizeof *s);
    s->id = sqlite3_column_int64(st, 0);
    s->link_id = sqlite3_column_int64(st, 1);
    s->status = store_col_dup(st, 2);
    s->created = sqlite3_column_int64(st, 3);
    s->finished = sqlite3_column_int64(st, 4);
    s->http_status = (long)sqlite3_column_int64(st, 5);
    s->final_url = store_col_dup(st, 6);
    s->charset = store_col_dup(st, 7);
    s->title = store_col_dup(st, 8);
    s->byline = store_col_dup(st, 9);
    s->source = store_col_dup(st, 10);
    s->site_name = store_col_dup(st, 11);
    s->published = store_col_dup(st, 12);
    s->lang = store_col_dup(st, 13);
    s->excerpt = store_col_dup(st, 14);
    s->text = store_col_dup(st, 15);
    s->word_count = sqlite3_column_int64(st, 16);
    s->bytes = sqlite3_column_int64(st, 17);
    s->lead_image = store_col_dup(st, 18);
    s->error = store_col_dup(st, 19);
    s->raw_blob = store_col_dup(st, 20);
    s->headers_blob = store_col_dup(st, 21);
    s->single_blob = store_col_dup(st, 22);
    s->reader_blob = store_col_dup(st, 23);
    s->warc_blob = store_col_dup(st, 24);
}

int ls_snapshot_create(ls_db *db, int64_t link_id, int64_t *id_out)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "INSERT INTO snapshots(link_id, status, created)"
                           " VALUES (?1, 'queued', ?2)",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, link_id);
    sqlite3_bind_int64(st, 2, ls_db_now(db));
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    if (rc == LS_OK && id_out)
        *id_out = sqlite3_last_insert_rowid(db->sq);
    return rc;
}

int ls_snapshot_mark_running(ls_db *db, int64_t id)
{
    return store_update_row(db, "UPDATE snapshots SET status = 'running' WHERE id = ?1"
                                "",
                            id, NULL, 0);
}

int ls_snapshot_requeue(ls_db *db, int64_t id)
{
    return store_update_row(db,
                            "UPDATE snapshots SET status = 'queued', error = NULL, finished = NULL"
                            " WHERE id = ?1 AND status IN ('failed', 'running')",
                            id, NULL, 0);
}

int ls_snapshot_fail(ls_db *db, int64_t id, long http_status, const char *error)
{
    return store_update_row(db,
                            "UPDATE snapshots SET status = 'failed', finished = ?2,"
                            " http_status = NULLIF(?4, 0), error = ?3 WHERE id = ?1",
                            id, error ? error : "capture failed", http_status);
}

/* Checks a blob hash a row is about to name: well formed and on disk. */
static int check_blob(ls_db *db, const char *hash)
{
    char path[4200];
    if (!hash)
        return LS_OK;
    int rc = ls_blob_path(db, hash, path, sizeof path);
    if (rc)
        return store_fail_msg(db, LS_EINVAL, "malformed blob hash");
    for (const char *p = hash; *p; p++)
        if (isupper((unsigned char)*p))
            return store_fail_msg(db, LS_EINVAL, "blob hash must be lowercase");
    if (!ls_file_exists(path))
        return store_fail_msg(db, LS_EIO, "blob file missing");
    return LS_OK;
}

static int check_blobs(ls_db *db, const ls_snapshot *s)
{
    const char *h[] = {s->raw_blob, s->headers_blob, s->single_blob, s->reader_blob,
                       s->warc_blob};
    int rc = LS_OK;
    for (size_t i = 0; rc == LS_OK && i < sizeof h / sizeof h[0]; i++)
        rc = check_blob(db, h[i]);
    return rc;
}

static void bind_blobs(sqlite3_stmt *st, int first, const ls_snapshot *s)
{
    store_bind_text(st, first, s->raw_blob);
    store_bind_text(st, first + 1, s->headers_blob);
    store_bind_text(st, first + 2, s->single_blob);
    store_bind_text(st, first + 3, s->reader_blob);
    store_bind_text(st, first + 4, s->warc_blob);
}

static int finish_row(ls_db *db, const ls_snapshot *s)
{
    sqlite3_stmt *st;
    int rc = store_prepare(
        db,
        "UPDATE snapshots SET status = 'done', finished = ?2, http_status = NULLIF(?3, 0),"
        " final_url = ?4, charset = ?5, title = ?6, byline = ?7, source = ?8,"
        " site_name = ?9, published = ?10, lang = ?11, excerpt = ?12, text = ?13,"
        " word_count = ?14, bytes = ?15, lead_image = ?16, error = NULL,"
        " raw_blob = ?17, headers_blob = ?18, single_blob = ?19, reader_blob = ?20,"
        " warc_blob = ?21 WHERE id = ?1",
        &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, s->id);
    sqlite3_bind_int64(st, 2, ls_db_now(db));
    sqlite3_bind_int64(st, 3, s->http_status);
    const char *t[] = {s->final_url, s->charset, s->title,   s->byline, s->source,
                       s->site_name, s->published, s->lang, s->excerpt, s->text};
    for (int i = 0; i < 10; i++)
        store_bind_text(st, 4 + i, t[i]);
    sqlite3_bind_int64(st, 14, s->word_count);
    sqlite3_bind_int64(st, 15, s->bytes);
    store_bind_text(st, 16, s->lead_image);
    bind_blobs(st, 17, s);
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    sqlite3_finalize(st);
    return rc;
}

int ls_snapshot_finish(ls_db *db, const ls_snapshot *s)
{
    /* The write lock is held from here to commit, so a concurrent delete
     * cannot remove a checked file before the row naming it is visible. */
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    rc = check_blobs(db, s);
    if (rc == LS_OK)
        rc = finish_row(db, s);
    return store_end(db, rc);
}

int ls_snapshot_set_blobs(ls_db *db, const ls_snapshot *s)
{
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    sqlite3_stmt *st = NULL;
    if ((rc = check_blobs(db, s)))
        goto out;
    rc = store_prepare(db,
                       "UPDATE snapshots SET raw_blob = COALESCE(?2, raw_blob),"
                       " headers_blob = COALESCE(?3, headers_blob),"
                       " single_blob = COALESCE(?4, single_blob),"
                       " reader_blob = COALESCE(?5, reader_blob),"
                       " warc_blob = COALESCE(?6, warc_blob) WHERE id = ?1",
                       &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, s->id);
    bind_blobs(st, 2, s);
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
out:
    sqlite3_finalize(st);
    return store_end(db, rc);
}

int ls_snapshot_add_blob(ls_db *db, int64_t id, const char *hash, const char *kind)
{
    if (!hash)
        return LS_EINVAL;
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    sqlite3_stmt *st = NULL;
    if ((rc = check_blob(db, hash)))
        goto out;
    rc = store_prepare(db,
                       "INSERT OR IGNORE INTO snapshot_blobs(snapshot_id, hash, kind)"
                       " SELECT id, ?2, ?3 FROM snapshots WHERE id = ?1",
                       &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, id);
    store_bind_text(st, 2, hash);
    store_bind_text(st, 3, kind);
    rc = store_step_done(db, st);
out:
    sqlite3_finalize(st);
    return store_end(db, rc);
}

/* One snapshot by a WHERE on s (and l = its link) binding ?1 = id, ?2 = user. */
static int get_one(ls_db *db, const char *where, int64_t id, int64_t user_id,
                   ls_snapshot *out)
{
    char sql[2048];
    int w = snprintf(sql, sizeof sql,
                     "SELECT " SNAP_COLS " FROM snapshots s JOIN links l ON l.id = s.link_id"
                     " WHERE %s",
                     "s.text", where);
    if (w < 0 || (size_t)w >= sizeof sql)
        return LS_EINVAL;
    return store_get_row(db, sql, id, user_id, snapshot_row, out);
}

int ls_snapshot_get(ls_db *db, int64_t user_id, int64_t id, ls_snapshot *out)
{
    return get_one(db, "s.id = ?1 AND l.user_id = ?2", id, user_id, out);
}

int ls_snapshot_load(ls_db *db, int64_t id, ls_snapshot *out)
{
    return get_one(db, "s.id = ?1", id, 0, out);
}

int ls_snapshot_latest_done(ls_db *db, int64_t user_id, int64_t link_id,
                            ls_snapshot *out)
{
    return get_one(db,
                   "s.link_id = ?1 AND l.user_id = ?2 AND s.status = 'done'"
                   " ORDER BY s.created DESC, s.id DESC LIMIT 1",
                   link_id, user_id, out);
}

int ls_snapshot_list_for_link(ls_db *db, int64_t user_id, int64_t link_id,
                              ls_snapshot_list *out)
{
    memset(out, 0, sizeof *out);
    int rc = store_link_owned(db, user_id, link_id);
    if (rc)
        return rc;
    char sql[2048];
    snprintf(sql, sizeof sql,
             "SELECT " SNAP_COLS " FROM snapshots s WHERE s.link_id = ?1"
             " ORDER BY s.created DESC, s.id DESC",
             "NULL");
    sqlite3_stmt *st;
    if ((rc = store_prepare(db, sql, &st)))
        return rc;
    sqlite3_bind_int64(st, 1, link_id);
    void *items = NULL;
    rc = store_collect(db, st, sizeof *out->items, &items, &out->n, snapshot_row);
    out->items = items;
    if (rc)
        ls_snapshot_list_release(out);
    return rc;
}

void ls_snapshot_list_release(ls_snapshot_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        ls_snapshot_release(&l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}
