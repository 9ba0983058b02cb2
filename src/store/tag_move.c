/*
 * tag_move.c - renaming (moving) and merging tags. Contract in tags.h.
 *
 * A move rewrites the materialised path of the whole subtree with one
 * UPDATE (prefix replaced) and re-points the moved root's parent_id; the
 * children keep their parent ids, so the tree shape is unchanged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "store/tag_int.h"
#include "store/tags.h"
#include "util/err.h"

/* Deepest depth in the subtree of path (its own depth if it has no children). */
static int subtree_max_depth(ls_db *db, int64_t user_id, const char *path, int *out)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "SELECT COALESCE(max(length(path) - length(replace(path, '/', ''))), 0)"
                           " FROM tags WHERE user_id = ?1 AND (path = ?2"
                           " OR (path >= ?2 || '/' AND path < ?2 || '0'))",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, path);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    else
        rc = store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

static bool inside(const char *path, const char *root)
{
    size_t n = strlen(root);
    return strncmp(path, root, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/*
 * Moves tag `id` at path `from` (and its subtree) to the free path `to`,
 * whose parent must exist already (parent_id, 0 = top level).
 */
static int move_subtree(ls_db *db, int64_t user_id, int64_t id, const char *from,
                        const char *to, int64_t parent_id)
{
    int maxd = 0;
    int rc = subtree_max_depth(db, user_id, from, &maxd);
    if (rc)
        return rc;
    if (maxd - tag_depth(from) + tag_depth(to) + 1 > LS_TAG_MAX_DEPTH)
        return store_fail_msg(db, LS_EINVAL, "invalid tag: more than 8 levels after the move");
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "UPDATE tags SET path = ?3 || substr(path, length(?2) + 1), updated = ?4"
                       " WHERE user_id = ?1 AND (path = ?2"
                       " OR (path >= ?2 || '/' AND path < ?2 || '0'))",
                       &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, from);
    store_bind_text(st, 3, to);
    sqlite3_bind_int64(st, 4, ls_db_now(db));
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    if (rc)
        return rc;
    const char *slash = strrchr(to, '/');
    rc = store_prepare(db, "UPDATE tags SET parent_id = ?2, name = ?3 WHERE id = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    if (parent_id)
        sqlite3_bind_int64(st, 2, parent_id);
    else
        sqlite3_bind_null(st, 2);
    store_bind_text(st, 3, slash ? slash + 1 : to);
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    return rc;
}

/* Ensures the parent of path exists; *parent_id gets it (0 at the top). */
static int ensure_parent(ls_db *db, int64_t user_id, const char *path, int64_t *parent_id)
{
    *parent_id = 0;
    const char *slash = strrchr(path, '/');
    if (!slash)
        return LS_OK;
    char *parent = strndup(path, (size_t)(slash - path));
    if (!parent)
        return LS_ENOMEM;
    int rc = tag_ensure_norm(db, user_id, parent, parent_id);
    free(parent);
    return rc;
}

static int rename_norm(ls_db *db, int64_t user_id, const char *from, const char *to)
{
    int64_t id, other, parent;
    int rc = tag_find(db, user_id, from, &id);
    if (rc)
        return rc;
    if (strcmp(from, to) == 0)
        return LS_OK;
    if (inside(to, from))
        return store_fail_msg(db, LS_EINVAL, "cannot move a tag inside itself");
    rc = tag_find(db, user_id, to, &other);
    if (rc == LS_OK)
        return store_fail_msg(db, LS_EEXIST, "a tag with the new name exists; merge instead");
    if (rc != LS_ENOTFOUND)
        return rc;
    if ((rc = ensure_parent(db, user_id, to, &parent)))
        return rc;
    return move_subtree(db, user_id, id, from, to, parent);
}

int ls_tag_rename(ls_db *db, int64_t user_id, const char *from, const char *to)
{
    const char *in[2] = {from, to};
    char **norm = NULL;
    int rc = tag_normalize_all(db, in, 2, &norm);
    if (rc)
        return rc;
    if ((rc = ls_db_begin(db)) == LS_OK)
        rc = store_end(db, rename_norm(db, user_id, norm[0], norm[1]));
    store_free_strv(norm, 2);
    return rc;
}

typedef struct child {
    int64_t id;
    char *name;
    char *path;
} child;

static void free_children(child *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(c[i].name);
        free(c[i].path);
    }
    free(c);
}

static int list_children(ls_db *db, int64_t id, child **out, size_t *n_out)
{
    sqlite3_stmt *st;
    *out = NULL;
    *n_out = 0;
    int rc = store_prepare(db, "SELECT id, name, path FROM tags WHERE parent_id = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    size_t n = 0, cap = 0;
    child *v = NULL;
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            child *nv = realloc(v, cap * sizeof *nv);
            if (!nv) {
                rc = LS_ENOMEM;
                break;
            }
            v = nv;
        }
        v[n].id = sqlite3_column_int64(st, 0);
        v[n].name = store_col_dup(st, 1);
        v[n].path = store_col_dup(st, 2);
        n++;
    }
    if (rc == LS_OK && src != SQLITE_DONE)
        rc = store_fail(db, src);
    sqlite3_finalize(st);
    if (rc) {
        free_children(v, n);
        return rc;
    }
    *out = v;
    *n_out = n;
    return LS_OK;
}

/*
 * Merges tag src into dst: links move, each child either moves under dst or,
 * when dst has a child of that name, merges into it (recursion bounded by
 * the tag depth limit), then src goes.
 */
static int merge_one(ls_db *db, int64_t user_id, int64_t src, int64_t dst,
                     const char *dst_path, int level)
{
    if (level > LS_TAG_MAX_DEPTH)
        return store_fail_msg(db, LS_EINVAL, "tag tree too deep to merge");
    int rc = store_exec_ids(db,
                        "INSERT OR IGNORE INTO link_tags(link_id, tag_id)"
                        " SELECT link_id, ?2 FROM link_tags WHERE tag_id = ?1",
                        src, dst);
    child *kids = NULL;
    size_t nk = 0;
    if (rc == LS_OK)
        rc = list_children(db, src, &kids, &nk);
    for (size_t i = 0; rc == LS_OK && i < nk; i++) {
        char target[8192];
        int64_t existing;
        if (!kids[i].name || !kids[i].path) {
            rc = LS_ENOMEM;
            break;
        }
        int w = snprintf(target, sizeof target, "%s/%s", dst_path, kids[i].name);
        if (w < 0 || (size_t)w >= sizeof target) {
            rc = LS_EINVAL;
            break;
        }
        rc = tag_find(db, user_id, target, &existing);
        if (rc == LS_OK)
            rc = merge_one(db, user_id, kids[i].id, existing, target, level + 1);
        else if (rc == LS_ENOTFOUND)
            rc = move_subtree(db, user_id, kids[i].id, kids[i].path, target, dst);
    }
    free_children(kids, nk);
    if (rc == LS_OK)
        rc = store_exec_ids(db, "DELETE FROM tags WHERE id = ?1 AND user_id = ?2", src, user_id);
    return rc;
}

static int merge_norm(ls_db *db, int64_t user_id, char **from, size_t n, const char *into)
{
    int64_t *ids = calloc(n ? n : 1, sizeof *ids);
    if (!ids)
        return LS_ENOMEM;
    int rc = LS_OK;
    for (size_t i = 0; rc == LS_OK && i < n; i++) {
        if (inside(into, from[i]))
            rc = store_fail_msg(db, LS_EINVAL, "cannot merge a tag into itself or its child");
        else
            rc = tag_find(db, user_id, from[i], &ids[i]);
    }
    int64_t dst = 0;
    if (rc == LS_OK)
        rc = tag_ensure_norm(db, user_id, into, &dst);
    for (size_t i = 0; rc == LS_OK && i < n; i++) {
        char *cur = NULL;
        /* An earlier merge may have moved or removed this tag already. */
        sqlite3_stmt *st;
        if ((rc = store_prepare(db, "SELECT path FROM tags WHERE id = ?1", &st)))
            break;
        sqlite3_bind_int64(st, 1, ids[i]);
        if (sqlite3_step(st) == SQLITE_ROW)
            cur = store_col_dup(st, 0);
        sqlite3_finalize(st);
        if (cur && ids[i] != dst && !inside(into, cur))
            rc = merge_one(db, user_id, ids[i], dst, into, 0);
        free(cur);
    }
    free(ids);
    return rc;
}

int ls_tag_merge(ls_db *db, int64_t user_id, const char *const *from, size_t n,
                 const char *into)
{
    char **nf = NULL, **ni = NULL;
    int rc = tag_normalize_all(db, from, n, &nf);
    if (rc)
        return rc;
    if ((rc = tag_normalize_all(db, &into, 1, &ni)) == LS_OK) {
        if ((rc = ls_db_begin(db)) == LS_OK)
            rc = store_end(db, merge_norm(db, user_id, nf, n, ni[0]));
        store_free_strv(ni, 1);
    }
    store_free_strv(nf, n);
    return rc;
}
