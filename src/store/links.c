/*
 * links.c - a user's links. Contract in links.h; the owner check lives in
 * every WHERE clause (id AND user_id), never in callers.
 */
#include "store/links.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "store/tags.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hash.h"
#include "util/log.h"
#include "util/str.h"

/* The columns of an ls_link, in row_to_link()'s order; alias l = links and
 * d = the newest done snapshot (LINK_FROM). */
#define LINK_COLS                                                              \
    "l.id, l.user_id, l.url, l.url_norm, l.title, l.note, l.created, l.updated," \
    " l.share_token, COALESCE(l.title, NULLIF(d.title, '')) AS dt,"           \
    " (SELECT s.status FROM snapshots s WHERE s.link_id = l.id"                \
    "   ORDER BY s.created DESC, s.id DESC LIMIT 1),"                          \
    " d.site_name, d.excerpt, d.finished"

#define LINK_FROM                                                              \
    " FROM links l LEFT JOIN snapshots d ON d.id = (SELECT s.id FROM snapshots s" \
    " WHERE s.link_id = l.id AND s.status = 'done'"                            \
    " ORDER BY s.created DESC, s.id DESC LIMIT 1)"

void ls_link_release(ls_link *l)
{
    if (!l)
        return;
    free(l->url);
    free(l->url_norm);
    free(l->title);
    free(l->note);
    free(l->share_token);
    free(l->display_title);
    free(l->last_status);
    free(l->site_name);
    free(l->excerpt);
    memset(l, 0, sizeof *l);
}

static void row_to_link(sqlite3_stmt *st, ls_link *l)
{
    memset(l, 0, sizeof *l);
    l->id = sqlite3_column_int64(st, 0);
    l->user_id = sqlite3_column_int64(st, 1);
    l->url = store_col_dup(st, 2);
    l->url_norm = store_col_dup(st, 3);
    l->title = store_col_dup(st, 4);
    l->note = store_col_dup(st, 5);
    l->created = sqlite3_column_int64(st, 6);
    l->updated = sqlite3_column_int64(st, 7);
    l->share_token = store_col_dup(st, 8);
    l->display_title = store_col_dup(st, 9);
    l->last_status = store_col_dup(st, 10);
    l->site_name = store_col_dup(st, 11);
    l->excerpt = store_col_dup(st, 12);
    l->captured = sqlite3_column_int64(st, 13);
}

/* LS_OK when s is NULL or valid UTF-8 of at most max bytes. */
static int check_text(ls_db *db, const char *s, size_t max, const char *what)
{
    if (!s)
        return LS_OK;
    size_t n = strlen(s);
    if (n > max)
        return store_fail_msg(db, LS_ETOOBIG, what);
    if (!ls_utf8_valid(s, n))
        return store_fail_msg(db, LS_EINVAL, what);
    return LS_OK;
}

static int check_title_note(ls_db *db, const char *title, const char *note)
{
    int rc = check_text(db, title, LS_LINK_TITLE_MAX, "title too long or not UTF-8");
    if (rc == LS_OK)
        rc = check_text(db, note, LS_LINK_NOTE_MAX, "note too long or not UTF-8");
    return rc;
}

int ls_link_add(ls_db *db, int64_t user_id, const char *url, const char *url_norm,
                const char *title, const char *note, int64_t *id_out, bool *created_out)
{
    if (!url || !*url || !url_norm || !*url_norm)
        return store_fail_msg(db, LS_EINVAL, "empty URL");
    int rc = check_text(db, url, LS_LINK_URL_MAX, "URL too long or not UTF-8");
    if (rc == LS_OK)
        rc = check_text(db, url_norm, LS_LINK_URL_MAX, "URL too long or not UTF-8");
    if (rc == LS_OK)
        rc = check_title_note(db, title, note);
    if (rc)
        return rc;
    int64_t now = ls_db_now(db);
    sqlite3_stmt *st = NULL;
    if ((rc = ls_db_begin(db)))
        return rc;
    rc = store_prepare(db,
                       "INSERT INTO links(user_id, url, url_norm, title, note, created,"
                       " updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                       " ON CONFLICT(user_id, url_norm) DO NOTHING",
                       &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, url);
    store_bind_text(st, 3, url_norm);
    store_bind_text_or_null(st, 4, title);
    store_bind_text_or_null(st, 5, note);
    sqlite3_bind_int64(st, 6, now);
    if ((rc = store_step_done(db, st)))
        goto out;
    bool created = sqlite3_changes(db->sq) > 0;
    sqlite3_finalize(st);
    st = NULL;
    if (created) {
        *id_out = sqlite3_last_insert_rowid(db->sq);
    } else {
        rc = store_prepare(db, "SELECT id FROM links WHERE user_id = ?1 AND url_norm = ?2",
                           &st);
        if (rc)
            goto out;
        sqlite3_bind_int64(st, 1, user_id);
        store_bind_text(st, 2, url_norm);
        int src = sqlite3_step(st);
        if (src != SQLITE_ROW) {
            rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
            goto out;
        }
        *id_out = sqlite3_column_int64(st, 0);
    }
    if (created_out)
        *created_out = created;
out:
    sqlite3_finalize(st);
    return store_end(db, rc);
}

/* Runs a query of LINK_COLS binding ?1 (int) and optionally ?2 (int or text). */
static int get_one(ls_db *db, const char *where, int64_t a, const int64_t *b,
                   const char *btext, ls_link *out)
{
    char sql[2048];
    int w = snprintf(sql, sizeof sql, "SELECT " LINK_COLS LINK_FROM " WHERE %s", where);
    if (w < 0 || (size_t)w >= sizeof sql)
        return LS_EINVAL;
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    if (btext) {
        store_bind_text(st, 1, btext);
    } else {
        sqlite3_bind_int64(st, 1, a);
        if (b)
            sqlite3_bind_int64(st, 2, *b);
    }
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        row_to_link(st, out);
    else
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

int ls_link_get(ls_db *db, int64_t user_id, int64_t id, ls_link *out)
{
    return get_one(db, "l.id = ?1 AND l.user_id = ?2", id, &user_id, NULL, out);
}

int ls_link_load(ls_db *db, int64_t id, ls_link *out)
{
    return get_one(db, "l.id = ?1", id, NULL, NULL, out);
}

int ls_link_get_by_share(ls_db *db, const char *token, ls_link *out)
{
    if (!token || !*token)
        return LS_ENOTFOUND;
    return get_one(db, "l.share_token = ?1", 0, NULL, token, out);
}

/* Appends FROM and WHERE of a filter (with the newest done snapshot as d
 * when with_done); tag paths bind from ?2. */
static void filter_where(ls_buf *sql, size_t ntags, bool with_done)
{
    ls_buf_adds(sql, with_done ? LINK_FROM : " FROM links l");
    ls_buf_adds(sql, " WHERE l.user_id = ?1");
    for (size_t i = 0; i < ntags; i++) {
        int p = (int)i + 2;
        /* An uncorrelated IN list is built once per query; a correlated
         * EXISTS would scan the user's tags again for every link. */
        ls_buf_addf(sql,
                    " AND l.id IN (SELECT lt.link_id FROM tags t JOIN link_tags lt"
                    " ON lt.tag_id = t.id WHERE t.user_id = ?1 AND (t.path = ?%d"
                    " OR (t.path >= ?%d || '/' AND t.path < ?%d || '0')))",
                    p, p, p);
    }
}

static int bind_filter(sqlite3_stmt *st, const ls_link_filter *f, char **paths)
{
    sqlite3_bind_int64(st, 1, f->user_id);
    for (size_t i = 0; i < f->ntags; i++)
        store_bind_text(st, (int)i + 2, paths[i]);
    return LS_OK;
}

static int count_links(ls_db *db, const ls_link_filter *f, char **paths, int64_t *total)
{
    ls_buf sql;
    ls_buf_init(&sql, 1 << 16);
    ls_buf_adds(&sql, "SELECT count(*)");
    filter_where(&sql, f->ntags, false);
    int rc = sql.err;
    sqlite3_stmt *st = NULL;
    if (rc == LS_OK)
        rc = store_prepare(db, sql.data, &st);
    if (rc == LS_OK) {
        bind_filter(st, f, paths);
        int src = sqlite3_step(st);
        if (src == SQLITE_ROW)
            *total = sqlite3_column_int64(st, 0);
        else
            rc = store_fail(db, src);
    }
    sqlite3_finalize(st);
    ls_buf_release(&sql);
    return rc;
}

static int fetch_links(ls_db *db, const ls_link_filter *f, char **paths, int64_t limit,
                       int64_t offset, ls_link_list *out)
{
    static const char *const order[] = {
        [LS_LINK_SORT_CREATED_DESC] = " ORDER BY l.created DESC, l.id DESC",
        [LS_LINK_SORT_CREATED_ASC] = " ORDER BY l.created ASC, l.id ASC",
        [LS_LINK_SORT_TITLE] = (" ORDER BY COALESCE(dt, l.url) COLLATE NOCASE,"
                                " l.created DESC, l.id DESC"),
    };
    int sort = f->sort >= LS_LINK_SORT_CREATED_DESC && f->sort <= LS_LINK_SORT_TITLE
                   ? (int)f->sort : 0;
    ls_buf sql;
    ls_buf_init(&sql, 1 << 16);
    ls_buf_adds(&sql, "SELECT " LINK_COLS);
    filter_where(&sql, f->ntags, true);
    ls_buf_adds(&sql, order[sort]);
    ls_buf_adds(&sql, " LIMIT ?40 OFFSET ?41");
    int rc = sql.err;
    sqlite3_stmt *st = NULL;
    if (rc == LS_OK)
        rc = store_prepare(db, sql.data, &st);
    if (rc)
        goto out;
    bind_filter(st, f, paths);
    sqlite3_bind_int64(st, 40, limit);
    sqlite3_bind_int64(st, 41, offset);
    out->items = calloc((size_t)limit, sizeof *out->items);
    if (!out->items) {
        rc = LS_ENOMEM;
        goto out;
    }
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW && out->n < (size_t)limit)
        row_to_link(st, &out->items[out->n++]);
    if (src != SQLITE_DONE && src != SQLITE_ROW)
        rc = store_fail(db, src);
out:
    sqlite3_finalize(st);
    ls_buf_release(&sql);
    return rc;
}

int ls_link_list_query(ls_db *db, const ls_link_filter *f, ls_link_list *out)
{
    memset(out, 0, sizeof *out);
    if (f->ntags > LS_LINK_MAX_TAG_FILTERS)
        return store_fail_msg(db, LS_EINVAL, "too many tag filters");
    char *paths[LS_LINK_MAX_TAG_FILTERS] = {0};
    int rc = LS_OK;
    for (size_t i = 0; i < f->ntags && rc == LS_OK; i++) {
        char why[128];
        rc = ls_tag_normalize(f->tags[i], &paths[i], why, sizeof why);
        if (rc)
            store_fail_msg(db, rc, why);
    }
    int64_t limit = f->limit <= 0 ? 50 : f->limit > LS_LINK_LIST_MAX ? LS_LINK_LIST_MAX
                                                                     : f->limit;
    int64_t offset = f->offset < 0 ? 0 : f->offset;
    if (rc == LS_OK)
        rc = count_links(db, f, paths, &out->total);
    if (rc == LS_OK)
        rc = fetch_links(db, f, paths, limit, offset, out);
    for (size_t i = 0; i < f->ntags; i++)
        free(paths[i]);
    if (rc)
        ls_link_list_release(out);
    return rc;
}

void ls_link_list_release(ls_link_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        ls_link_release(&l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

int ls_link_update(ls_db *db, int64_t user_id, int64_t id, const char *title,
                   const char *note)
{
    int rc = check_title_note(db, title, note);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "UPDATE links SET"
                       " title = CASE WHEN ?3 THEN NULLIF(?4, '') ELSE title END,"
                       " note = CASE WHEN ?5 THEN NULLIF(?6, '') ELSE note END,"
                       " updated = ?7 WHERE id = ?1 AND user_id = ?2",
                       &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, user_id);
    sqlite3_bind_int(st, 3, title != NULL);
    store_bind_text(st, 4, title);
    sqlite3_bind_int(st, 5, note != NULL);
    store_bind_text(st, 6, note);
    sqlite3_bind_int64(st, 7, ls_db_now(db));
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    sqlite3_finalize(st);
    return rc;
}

int ls_link_delete(ls_db *db, int64_t user_id, int64_t id)
{
    char **hashes = NULL;
    size_t n = 0;
    int forgotten = 0;
    sqlite3_stmt *st = NULL;
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    if ((rc = store_link_owned(db, user_id, id)))
        goto out;
    if ((rc = store_collect_blobs(db, "s.link_id = ?1", id, &hashes, &n)))
        goto out;
    /* Cascades: snapshots (and their snapshot_blobs), link_tags, jobs. */
    if ((rc = store_prepare(db, "DELETE FROM links WHERE id = ?1 AND user_id = ?2", &st)))
        goto out;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, user_id);
    if ((rc = store_step_done(db, st)))
        goto out;
    forgotten = store_blob_forget_unreferenced(db, hashes, n);
    if (forgotten < 0)
        rc = forgotten;
out:
    sqlite3_finalize(st);
    rc = store_end(db, rc);
    /* Files go only once no committed row can name them. */
    if (rc == LS_OK && forgotten > 0
        && store_blob_unlink_forgotten(db, hashes, (size_t)forgotten) < 0)
        ls_warn("link %lld deleted; some of its files stay until the next gc", (long long)id);
    store_free_strv(hashes, n);
    return rc;
}

static int set_share(ls_db *db, int64_t user_id, int64_t id, const char *token)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "UPDATE links SET share_token = ?3, updated = ?4"
                           " WHERE id = ?1 AND user_id = ?2",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, user_id);
    store_bind_text(st, 3, token);
    sqlite3_bind_int64(st, 4, ls_db_now(db));
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    sqlite3_finalize(st);
    return rc;
}

int ls_link_share(ls_db *db, int64_t user_id, int64_t id,
                  char token_out[LS_LINK_SHARE_TOKEN_SZ])
{
    char tok[LS_LINK_SHARE_TOKEN_SZ];
    ls_random_token(24, tok, sizeof tok);
    int rc = set_share(db, user_id, id, tok);
    if (rc == LS_OK)
        memcpy(token_out, tok, sizeof tok);
    return rc;
}

int ls_link_unshare(ls_db *db, int64_t user_id, int64_t id)
{
    return set_share(db, user_id, id, NULL);
}
