/*
 * links.c - a user's links. Contract in links.h; the owner check lives in
 * every WHERE clause (id AND user_id), never in callers.
 */
#include "store/links.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/conn_memo.h"
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

/* Runs a query of LINK_COLS binding ?1 (int) and optionally ?2 (int or text);
 * the three forms are compiled once per connection (conn_memo.h). */
static int get_one(ls_db *db, const char *where, int64_t a, const int64_t *b,
                   const char *btext, ls_link *out)
{
    char sql[2048];
    int w = snprintf(sql, sizeof sql, "SELECT " LINK_COLS LINK_FROM " WHERE %s", where);
    if (w < 0 || (size_t)w >= sizeof sql)
        return LS_EINVAL;
    sqlite3_stmt *st;
    int rc = conn_memo_prepare(db, sql, &st);
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
    conn_memo_release(db, st);
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

/*
 * Listing at 10,000+ links. Each tag filter is first resolved to the ids of
 * the tag and its descendants (a range on the (user_id, path) index), so no
 * statement compares paths per link. The page's ids come from
 * links_user_created alone, probing link_tags by its primary key for the
 * filters, and only the rows of the page pay for the snapshot lookups of
 * LINK_COLS: the deferred join keeps deep pages at a cheap index walk
 * instead of one correlated subquery per skipped row.
 */
typedef struct tag_ids {
    int64_t *v;
    size_t n;
} tag_ids;

/* The ids of the normalised path and its subtree; n == 0 when unknown. */
static int resolve_tag(ls_db *db, int64_t user_id, const char *path, tag_ids *out)
{
    sqlite3_stmt *st;
    int rc = conn_memo_prepare(db,
                           "SELECT id FROM tags WHERE user_id = ?1 AND path >= ?2"
                           " AND path < ?2 || '0' AND (path = ?2 OR path > ?2 || '/')",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, path);
    size_t cap = 0;
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        if (out->n == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            int64_t *nv = realloc(out->v, ncap * sizeof *nv);
            if (!nv) {
                rc = LS_ENOMEM;
                break;
            }
            out->v = nv;
            cap = ncap;
        }
        out->v[out->n++] = sqlite3_column_int64(st, 0);
    }
    if (rc == LS_OK && src != SQLITE_DONE)
        rc = store_fail(db, src);
    conn_memo_release(db, st);
    return rc;
}

/* "(1,2,3)": ids are integers the store read, so writing them is safe. */
static void add_id_list(ls_buf *sql, const tag_ids *t)
{
    ls_buf_addc(sql, '(');
    for (size_t i = 0; i < t->n; i++)
        ls_buf_addf(sql, "%s%lld", i ? "," : "", (long long)t->v[i]);
    ls_buf_addc(sql, ')');
}

/* WHERE of the filter over links l, the user bound as ?1. */
static void filter_where(ls_buf *sql, const tag_ids *tags, size_t ntags)
{
    ls_buf_adds(sql, " WHERE l.user_id = ?1");
    for (size_t i = 0; i < ntags; i++) {
        ls_buf_adds(sql, " AND EXISTS (SELECT 1 FROM link_tags lt WHERE lt.link_id = l.id"
                         " AND lt.tag_id IN ");
        add_id_list(sql, &tags[i]);
        ls_buf_addc(sql, ')');
    }
}

/* Runs a one-row, one-column statement binding ?1 = user_id if it has it. */
static int count_sql(ls_db *db, const ls_buf *sql, int64_t user_id, int64_t *total)
{
    sqlite3_stmt *st = NULL;
    int rc = sql->err;
    if (rc == LS_OK)
        rc = conn_memo_prepare(db, sql->data, &st);
    if (rc == LS_OK) {
        if (sqlite3_bind_parameter_count(st) > 0)
            sqlite3_bind_int64(st, 1, user_id);
        int src = sqlite3_step(st);
        if (src == SQLITE_ROW)
            *total = sqlite3_column_int64(st, 0);
        else
            rc = store_fail(db, src);
    }
    conn_memo_release(db, st);
    return rc;
}

/* A single filter counts its link_tags rows on link_tags_tag (the tags are
 * the user's, and only the owner's links carry them) instead of probing
 * every link. */
static int count_links(ls_db *db, int64_t user_id, const tag_ids *tags, size_t ntags,
                       int64_t *total)
{
    ls_buf sql;
    ls_buf_init(&sql, 1 << 22);
    if (ntags == 1 && tags[0].n == 1) {
        ls_buf_addf(&sql, "SELECT count(*) FROM link_tags WHERE tag_id = %lld",
                    (long long)tags[0].v[0]);
    } else if (ntags == 1) {
        ls_buf_adds(&sql, "SELECT count(DISTINCT link_id) FROM link_tags WHERE tag_id IN ");
        add_id_list(&sql, &tags[0]);
    } else {
        ls_buf_adds(&sql, "SELECT count(*) FROM links l");
        filter_where(&sql, tags, ntags);
    }
    int rc = count_sql(db, &sql, user_id, total);
    ls_buf_release(&sql);
    return rc;
}

/* The display title of link l for sorting: COALESCE(dt, l.url) of LINK_COLS. */
#define SORT_TITLE                                                              \
    "COALESCE(l.title, NULLIF((SELECT s.title FROM snapshots s"                 \
    " WHERE s.link_id = l.id AND s.status = 'done'"                             \
    " ORDER BY s.created DESC, s.id DESC LIMIT 1), ''), l.url) COLLATE NOCASE"

static int fetch_links(ls_db *db, const ls_link_filter *f, const tag_ids *tags,
                       int64_t limit, int64_t offset, ls_link_list *out)
{
    static const char *const inner_order[] = {
        [LS_LINK_SORT_CREATED_DESC] = " ORDER BY l.created DESC, l.id DESC",
        [LS_LINK_SORT_CREATED_ASC] = " ORDER BY l.created ASC, l.id ASC",
        [LS_LINK_SORT_TITLE] = " ORDER BY " SORT_TITLE ", l.created DESC, l.id DESC",
    };
    static const char *const outer_order[] = {
        [LS_LINK_SORT_CREATED_DESC] = " ORDER BY l.created DESC, l.id DESC",
        [LS_LINK_SORT_CREATED_ASC] = " ORDER BY l.created ASC, l.id ASC",
        [LS_LINK_SORT_TITLE] = (" ORDER BY COALESCE(dt, l.url) COLLATE NOCASE,"
                                " l.created DESC, l.id DESC"),
    };
    int sort = f->sort >= LS_LINK_SORT_CREATED_DESC && f->sort <= LS_LINK_SORT_TITLE
                   ? (int)f->sort : 0;
    ls_buf sql;
    ls_buf_init(&sql, 1 << 22);
    ls_buf_adds(&sql, "SELECT " LINK_COLS " FROM (SELECT l.id AS pid FROM links l");
    filter_where(&sql, tags, f->ntags);
    ls_buf_adds(&sql, inner_order[sort]);
    ls_buf_adds(&sql, " LIMIT ?2 OFFSET ?3) p JOIN links l ON l.id = p.pid"
                      " LEFT JOIN snapshots d ON d.id = (SELECT s.id FROM snapshots s"
                      " WHERE s.link_id = l.id AND s.status = 'done'"
                      " ORDER BY s.created DESC, s.id DESC LIMIT 1)");
    ls_buf_adds(&sql, outer_order[sort]);
    int rc = sql.err;
    sqlite3_stmt *st = NULL;
    if (rc == LS_OK)
        rc = conn_memo_prepare(db, sql.data, &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, f->user_id);
    sqlite3_bind_int64(st, 2, limit);
    sqlite3_bind_int64(st, 3, offset);
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
    conn_memo_release(db, st);
    ls_buf_release(&sql);
    return rc;
}

/* "u<user>|ids|ids..." naming a filter; false when it does not fit. */
static bool memo_key(int64_t user_id, const tag_ids *tags, size_t ntags, char *key)
{
    size_t len = (size_t)snprintf(key, CONN_MEMO_KEY_MAX, "u%lld", (long long)user_id);
    for (size_t i = 0; i < ntags && len < CONN_MEMO_KEY_MAX; i++)
        for (size_t j = 0; j < tags[i].n && len < CONN_MEMO_KEY_MAX; j++)
            len += (size_t)snprintf(key + len, CONN_MEMO_KEY_MAX - len, "%c%lld",
                                    j ? ',' : '|', (long long)tags[i].v[j]);
    return len < CONN_MEMO_KEY_MAX;
}

/* Totals are remembered per connection until the database changes
 * (conn_memo.h), only in a read transaction of our own: a rollback undoes
 * changes without moving the change counter back. */
static int count_links_memo(ls_db *db, bool own_tx, int64_t user_id, const tag_ids *tags,
                            size_t ntags, int64_t *total)
{
    char key[CONN_MEMO_KEY_MAX];
    conn_memo *m = own_tx && memo_key(user_id, tags, ntags, key) ? conn_memo_sync(db) : NULL;
    if (conn_memo_total_get(m, key, total))
        return LS_OK;
    int rc = count_links(db, user_id, tags, ntags, total);
    if (rc == LS_OK)
        conn_memo_total_put(m, key, *total);
    return rc;
}

static int exec_cached(ls_db *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    int rc = conn_memo_prepare(db, sql, &st);
    if (rc == LS_OK)
        rc = store_step_done(db, st);
    conn_memo_release(db, st);
    return rc;
}

/* Normalises and resolves the filter's paths; *none is set when one names
 * no tag of the user's (the result is then empty). */
static int resolve_filter(ls_db *db, const ls_link_filter *f, tag_ids *tags, bool *none)
{
    int rc = LS_OK;
    *none = false;
    for (size_t i = 0; i < f->ntags && rc == LS_OK; i++) {
        char why[128], *path = NULL;
        rc = ls_tag_normalize(f->tags[i], &path, why, sizeof why);
        if (rc)
            store_fail_msg(db, rc, why);
        else
            rc = resolve_tag(db, f->user_id, path, &tags[i]);
        if (rc == LS_OK && tags[i].n == 0)
            *none = true;
        free(path);
    }
    return rc;
}

int ls_link_list_query(ls_db *db, const ls_link_filter *f, ls_link_list *out)
{
    memset(out, 0, sizeof *out);
    if (f->ntags > LS_LINK_MAX_TAG_FILTERS)
        return store_fail_msg(db, LS_EINVAL, "too many tag filters");
    tag_ids tags[LS_LINK_MAX_TAG_FILTERS] = {{0}};
    bool none = false;
    int64_t limit = f->limit <= 0 ? 50 : f->limit > LS_LINK_LIST_MAX ? LS_LINK_LIST_MAX
                                                                     : f->limit;
    int64_t offset = f->offset < 0 ? 0 : f->offset;
    /* One read transaction, so the total and the page agree. */
    bool own_tx = sqlite3_get_autocommit(db->sq);
    int rc = own_tx ? exec_cached(db, "BEGIN") : LS_OK;
    if (rc == LS_OK)
        rc = resolve_filter(db, f, tags, &none);
    if (rc == LS_OK && !none)
        rc = count_links_memo(db, own_tx, f->user_id, tags, f->ntags, &out->total);
    if (rc == LS_OK && !none && out->total > offset)
        rc = fetch_links(db, f, tags, limit, offset, out);
    if (own_tx)
        exec_cached(db, "COMMIT");
    for (size_t i = 0; i < f->ntags; i++)
        free(tags[i].v);
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
    /* Files go only once no committed row can name them (inside an outer
     * transaction they stay, row-less, for ls_blob_gc()). */
    if (rc == LS_OK && forgotten > 0 && sqlite3_get_autocommit(db->sq)
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
