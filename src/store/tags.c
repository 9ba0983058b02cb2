/*
 * tags.c - tag paths, tag rows and tag assignments. Contract in tags.h.
 * Renaming and merging live in tag_move.c.
 *
 * A subtree is found with a range on the (user_id, path) index:
 * descendants of P are exactly the paths in [P + "/", P + "0"), because
 * '0' is the byte after '/'. No LIKE, so tag text is never a pattern.
 */
#include "store/tags.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/conn_memo.h"
#include "store/store_int.h"
#include "store/tag_int.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

static int norm_fail(char *err, size_t errsz, const char *why)
{
    if (err && errsz)
        snprintf(err, errsz, "invalid tag: %s", why);
    return LS_EINVAL;
}

/* Characters a tag may not hold: C0/C1 controls, line and paragraph
 * separators, and the invisible direction marks and overrides that make
 * text display differently from what it is. */
static bool forbidden_cp(uint32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0xFFFD;
}

/* Appends one normalised segment s[0..n) to out; returns 0 or a reason. */
static const char *norm_segment(const char *s, size_t n, ls_buf *out)
{
    size_t cps = 0, i = 0;
    bool pending_space = false, any = false;
    while (i < n) {
        uint32_t c;
        i += ls_utf8_next(s + i, n - i, &c);
        if (forbidden_cp(c))
            return "control or invisible formatting character";
        if (ls_is_space_cp(c)) {
            pending_space = any;
            continue;
        }
        if (pending_space) {
            ls_buf_addc(out, ' ');
            cps++;
            pending_space = false;
        }
        ls_buf_add_utf8(out, c);
        cps++;
        any = true;
    }
    if (!any)
        return "empty segment (check for '//' or a '/' at either end)";
    if (cps > LS_TAG_MAX_SEGMENT)
        return "a segment is longer than 64 characters";
    return NULL;
}

int ls_tag_normalize(const char *in, char **out, char *err, size_t errsz)
{
    *out = NULL;
    if (!in || !*in)
        return norm_fail(err, errsz, "empty");
    size_t len = strlen(in);
    if (len > 8192)
        return norm_fail(err, errsz, "too long");
    if (!ls_utf8_valid(in, len))
        return norm_fail(err, errsz, "not valid UTF-8");
    ls_buf b;
    ls_buf_init(&b, 8192);
    int depth = 0;
    const char *p = in, *end = in + len;
    for (;;) {
        const char *slash = memchr(p, '/', (size_t)(end - p));
        const char *seg_end = slash ? slash : end;
        if (++depth > LS_TAG_MAX_DEPTH) {
            ls_buf_release(&b);
            return norm_fail(err, errsz, "more than 8 levels");
        }
        if (depth > 1)
            ls_buf_addc(&b, '/');
        const char *why = norm_segment(p, (size_t)(seg_end - p), &b);
        if (why) {
            ls_buf_release(&b);
            return norm_fail(err, errsz, why);
        }
        if (!slash)
            break;
        p = slash + 1;
    }
    if (b.err) {
        int rc = b.err;
        ls_buf_release(&b);
        return rc;
    }
    *out = ls_buf_detach(&b, NULL);
    return *out ? LS_OK : LS_ENOMEM;
}

int tag_depth(const char *path)
{
    int d = 0;
    for (; *path; path++)
        d += *path == '/';
    return d;
}

int tag_find(ls_db *db, int64_t user_id, const char *path, int64_t *id_out)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, "SELECT id FROM tags WHERE user_id = ?1 AND path = ?2", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, path);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *id_out = sqlite3_column_int64(st, 0);
    else
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

/* Creates one row under parent (0 = top) unless it exists; returns its id. */
static int ensure_one(ls_db *db, int64_t user_id, int64_t parent, const char *path,
                      const char *name, int64_t *id)
{
    if (tag_find(db, user_id, path, id) == LS_OK)
        return LS_OK;
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "INSERT INTO tags(user_id, parent_id, name, path, created, updated)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    if (parent)
        sqlite3_bind_int64(st, 2, parent);
    else
        sqlite3_bind_null(st, 2);
    store_bind_text(st, 3, name);
    store_bind_text(st, 4, path);
    sqlite3_bind_int64(st, 5, ls_db_now(db));
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    if (rc == LS_OK)
        *id = sqlite3_last_insert_rowid(db->sq);
    return rc;
}

int tag_ensure_norm(ls_db *db, int64_t user_id, const char *path, int64_t *id_out)
{
    size_t n = strlen(path);
    char *buf = malloc(n + 1);
    if (!buf)
        return LS_ENOMEM;
    memcpy(buf, path, n + 1);
    int64_t parent = 0, id = 0;
    int rc = LS_OK;
    char *seg = buf;
    for (;;) {
        char *slash = strchr(seg, '/');
        if (slash)
            *slash = '\0';
        /* buf now holds the prefix up to this segment */
        char name[LS_TAG_MAX_SEGMENT * 4 + 1];
        snprintf(name, sizeof name, "%s", seg);
        rc = ensure_one(db, user_id, parent, buf, name, &id);
        if (rc || !slash)
            break;
        *slash = '/';
        parent = id;
        seg = slash + 1;
    }
    free(buf);
    if (rc == LS_OK && id_out)
        *id_out = id;
    return rc;
}

int ls_tag_ensure(ls_db *db, int64_t user_id, const char *path, int64_t *id_out)
{
    char *norm = NULL, why[160];
    int rc = ls_tag_normalize(path, &norm, why, sizeof why);
    if (rc)
        return store_fail_msg(db, rc, why);
    if ((rc = ls_db_begin(db)) == LS_OK)
        rc = store_end(db, tag_ensure_norm(db, user_id, norm, id_out));
    free(norm);
    return rc;
}

int tag_normalize_all(ls_db *db, const char *const *paths, size_t n, char ***out)
{
    char **v = calloc(n + 1, sizeof *v);
    if (!v)
        return LS_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        char why[160];
        int rc = ls_tag_normalize(paths[i], &v[i], why, sizeof why);
        if (rc) {
            store_free_strv(v, n);
            return store_fail_msg(db, rc, why);
        }
    }
    *out = v;
    return LS_OK;
}

static int link_tag_change(ls_db *db, int64_t user_id, int64_t link_id,
                           const char *const *paths, size_t n, bool add)
{
    char **norm = NULL;
    sqlite3_stmt *st = NULL;
    int rc = tag_normalize_all(db, paths, n, &norm);
    if (rc)
        return rc;
    if ((rc = ls_db_begin(db))) {
        store_free_strv(norm, n);
        return rc;
    }
    if ((rc = store_link_owned(db, user_id, link_id)))
        goto out;
    rc = store_prepare(db, add ? "INSERT OR IGNORE INTO link_tags(link_id, tag_id) VALUES (?1, ?2)"
                               : "DELETE FROM link_tags WHERE link_id = ?1 AND tag_id = ?2",
                       &st);
    for (size_t i = 0; rc == LS_OK && i < n; i++) {
        int64_t tag_id = 0;
        rc = add ? tag_ensure_norm(db, user_id, norm[i], &tag_id)
                 : tag_find(db, user_id, norm[i], &tag_id);
        if (rc == LS_ENOTFOUND && !add) {
            rc = LS_OK;
            continue;
        }
        if (rc)
            break;
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, link_id);
        sqlite3_bind_int64(st, 2, tag_id);
        rc = store_step_done(db, st);
    }
out:
    sqlite3_finalize(st);
    store_free_strv(norm, n);
    return store_end(db, rc);
}

int ls_tag_link_add(ls_db *db, int64_t user_id, int64_t link_id, const char *const *paths,
                    size_t n)
{
    return link_tag_change(db, user_id, link_id, paths, n, true);
}

int ls_tag_link_remove(ls_db *db, int64_t user_id, int64_t link_id,
                       const char *const *paths, size_t n)
{
    return link_tag_change(db, user_id, link_id, paths, n, false);
}

int ls_tag_link_list(ls_db *db, int64_t user_id, int64_t link_id, char ***paths_out,
                     size_t *n_out)
{
    *paths_out = NULL;
    int rc = store_link_owned(db, user_id, link_id);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "SELECT t.path FROM link_tags lt JOIN tags t ON t.id = lt.tag_id"
                       " WHERE lt.link_id = ?1 AND t.user_id = ?2 ORDER BY " TAG_ORDER,
                       &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, link_id);
    sqlite3_bind_int64(st, 2, user_id);
    size_t n = 0, cap = 4;
    char **v = calloc(cap + 1, sizeof *v);
    int src = SQLITE_DONE;
    while (v && (src = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            char **nv = realloc(v, (cap * 2 + 1) * sizeof *v);
            if (!nv)
                break;
            v = nv;
            cap *= 2;
        }
        v[n] = store_col_dup(st, 0);
        v[++n] = NULL;
    }
    if (!v || src == SQLITE_ROW)
        rc = LS_ENOMEM;
    else if (src != SQLITE_DONE)
        rc = store_fail(db, src);
    sqlite3_finalize(st);
    if (rc) {
        store_free_strv(v, n);
        return rc;
    }
    *paths_out = v;
    if (n_out)
        *n_out = n;
    return LS_OK;
}

void ls_tag_paths_free(char **paths)
{
    if (!paths)
        return;
    for (char **p = paths; *p; p++)
        free(*p);
    free(paths);
}

static void row_to_tag_node(sqlite3_stmt *st, void *out)
{
    ls_tag_node *t = out;
    t->id = sqlite3_column_int64(st, 0);
    t->parent_id = sqlite3_column_int64(st, 1);
    t->path = store_col_dup(st, 2);
    t->name = store_col_dup(st, 3);
    t->color = store_col_dup(st, 4);
    t->own_count = sqlite3_column_int64(st, 5);
    t->total_count = sqlite3_column_int64(st, 6);
    if (t->total_count < 0)
        t->total_count = t->own_count;
    t->depth = t->path ? tag_depth(t->path) : 0;
}

int ls_tag_tree_get(ls_db *db, int64_t user_id, ls_tag_tree *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    int rc = store_prepare(
        db,
        "SELECT t.id, COALESCE(t.parent_id, 0), t.path, t.name, t.color,"
        " (SELECT count(*) FROM link_tags lt WHERE lt.tag_id = t.id),"
        /* Only a tag with children needs the distinct count of its subtree
         * (a range on the (user_id, path) index); -1 says "own count". */
        " CASE WHEN EXISTS (SELECT 1 FROM tags k WHERE k.parent_id = t.id) THEN"
        "  (SELECT count(DISTINCT lt.link_id) FROM tags c JOIN link_tags lt"
        "   ON lt.tag_id = c.id WHERE c.user_id = t.user_id AND c.path >= t.path"
        "   AND c.path < t.path || '0' AND (c.path = t.path OR c.path > t.path || '/'))"
        "  ELSE -1 END"
        " FROM tags t WHERE t.user_id = ?1"
        " ORDER BY " TAG_ORDER,
        &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    void *items = NULL;
    rc = store_collect(db, st, sizeof *out->items, &items, &out->n, row_to_tag_node);
    out->items = items;
    if (rc)
        ls_tag_tree_release(out);
    return rc;
}

void ls_tag_tree_release(ls_tag_tree *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++) {
        free(t->items[i].path);
        free(t->items[i].name);
        free(t->items[i].color);
    }
    free(t->items);
    memset(t, 0, sizeof *t);
}

int ls_tag_delete(ls_db *db, int64_t user_id, const char *path)
{
    char *norm = NULL, why[160];
    int rc = ls_tag_normalize(path, &norm, why, sizeof why);
    if (rc)
        return store_fail_msg(db, rc, why);
    sqlite3_stmt *st = NULL;
    int64_t id;
    if ((rc = ls_db_begin(db)))
        goto done;
    if ((rc = tag_find(db, user_id, norm, &id)))
        goto out;
    /* Children cascade through parent_id; the range catches any stray row. */
    rc = store_prepare(db,
                       "DELETE FROM tags WHERE user_id = ?1 AND (path = ?2"
                       " OR (path >= ?2 || '/' AND path < ?2 || '0'))",
                       &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, norm);
    rc = store_step_done(db, st);
out:
    sqlite3_finalize(st);
    rc = store_end(db, rc);
done:
    free(norm);
    return rc;
}

static bool color_valid(const char *c)
{
    if (strlen(c) != 7 || c[0] != '#')
        return false;
    for (int i = 1; i < 7; i++)
        if (!strchr("0123456789abcdefABCDEF", c[i]))
            return false;
    return true;
}

int ls_tag_set_color(ls_db *db, int64_t user_id, const char *path, const char *color)
{
    if (color && *color && !color_valid(color))
        return store_fail_msg(db, LS_EINVAL, "colour must be #rrggbb");
    char *norm = NULL, why[160];
    int rc = ls_tag_normalize(path, &norm, why, sizeof why);
    if (rc)
        return store_fail_msg(db, rc, why);
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "UPDATE tags SET color = ?3, updated = ?4"
                       " WHERE user_id = ?1 AND path = ?2",
                       &st);
    if (rc == LS_OK) {
        sqlite3_bind_int64(st, 1, user_id);
        store_bind_text(st, 2, norm);
        store_bind_text_or_null(st, 3, color);
        sqlite3_bind_int64(st, 4, ls_db_now(db));
        rc = store_step_done(db, st);
        if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
            rc = LS_ENOTFOUND;
        sqlite3_finalize(st);
    }
    free(norm);
    return rc;
}

/* The ids go in as a JSON array so the statement text stays the same and
 * the connection's compiled copy is reused (conn_memo.h). */
int ls_tag_paths_of_links(ls_db *db, int64_t user_id, const int64_t *ids, size_t n,
                          void (*fn)(void *ctx, size_t i, const char *path), void *ctx)
{
    if (n == 0)
        return LS_OK;
    ls_buf list;
    ls_buf_init(&list, 1 << 20);
    ls_buf_addc(&list, '[');
    for (size_t i = 0; i < n; i++)
        ls_buf_addf(&list, "%s%lld", i ? "," : "", (long long)ids[i]);
    ls_buf_addc(&list, ']');
    sqlite3_stmt *st = NULL;
    int rc = list.err;
    if (rc == LS_OK)
        rc = conn_memo_prepare(db,
                               "SELECT lt.link_id, t.path FROM link_tags lt JOIN tags t"
                               " ON t.id = lt.tag_id WHERE t.user_id = ?1 AND lt.link_id IN"
                               " (SELECT value FROM json_each(?2))"
                               " ORDER BY lt.link_id, " TAG_ORDER,
                               &st);
    if (rc == LS_OK) {
        sqlite3_bind_int64(st, 1, user_id);
        sqlite3_bind_text(st, 2, list.data, (int)list.len, SQLITE_STATIC);
        int src;
        while ((src = sqlite3_step(st)) == SQLITE_ROW) {
            int64_t lid = sqlite3_column_int64(st, 0);
            const char *path = (const char *)sqlite3_column_text(st, 1);
            for (size_t i = 0; i < n && path; i++)
                if (ids[i] == lid)
                    fn(ctx, i, path);
        }
        if (src != SQLITE_DONE)
            rc = store_fail(db, src);
    }
    conn_memo_release(db, st);
    ls_buf_release(&list);
    return rc;
}
