/*
 * tags.h - nested tags per user ("工业互联网/边缘计算").
 *
 * Contract:
 * - A tag row holds one segment (name), its parent and the materialised full
 *   path, which the store keeps in step on rename, move and merge. Paths are
 *   unique per user and compared byte for byte after normalisation.
 * - Every function takes paths as the user typed them and normalises them
 *   with ls_tag_normalize(); LS_EINVAL (with a reason where there is an err
 *   buffer) when a path is invalid.
 * - A link tagged with a child counts under every ancestor (tree counts,
 *   list filters).
 * - Every change runs in one transaction (nesting inside the caller's).
 * - Tag text is always bound as a parameter and compared literally: %, _,
 *   quotes and SQL comments are just characters.
 */
#ifndef LS_STORE_TAGS_H
#define LS_STORE_TAGS_H

#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

#define LS_TAG_MAX_SEGMENT 64 /* code points per segment */
#define LS_TAG_MAX_DEPTH 8    /* segments per path */

/*
 * Validates and normalises a tag path: segments split on '/', each trimmed
 * (Unicode spaces too), inner runs of spaces collapsed to one ASCII space;
 * no empty segment, no control or bidi-override characters, valid UTF-8, at
 * most LS_TAG_MAX_SEGMENT code points per segment and LS_TAG_MAX_DEPTH
 * segments. On success *out is a malloc'd normalised path (caller frees).
 * On LS_EINVAL, err (errsz bytes; may be NULL) gets a one-line English reason.
 */
int ls_tag_normalize(const char *in, char **out, char *err, size_t errsz);

/* Finds or creates the tag `path` and all its ancestors; *id_out (may be
 * NULL) gets the id of the last segment. */
int ls_tag_ensure(ls_db *db, int64_t user_id, const char *path, int64_t *id_out);

/* Tags / untags link_id with each path (adding creates missing tags;
 * removing an absent tag is not an error). LS_ENOTFOUND when the link is not
 * the user's. All paths are validated before anything changes. */
int ls_tag_link_add(ls_db *db, int64_t user_id, int64_t link_id,
                    const char *const *paths, size_t n);
int ls_tag_link_remove(ls_db *db, int64_t user_id, int64_t link_id,
                       const char *const *paths, size_t n);

/* The full paths of the tags directly on link_id, sorted, as a
 * NULL-terminated malloc'd array; *n_out (may be NULL) gets the count.
 * Free with ls_tag_paths_free(). LS_ENOTFOUND for another user's link. */
int ls_tag_link_list(ls_db *db, int64_t user_id, int64_t link_id, char ***paths_out,
                     size_t *n_out);
void ls_tag_paths_free(char **paths);

/* The tags of many links at once (a page of cards): calls fn(ctx, i, path)
 * for every tag path of link ids[i], each link's paths in ls_tag_link_list()
 * order, in one statement compiled once per connection. Links that are not
 * the user's get no calls. Returns LS_OK or an error. */
int ls_tag_paths_of_links(ls_db *db, int64_t user_id, const int64_t *ids, size_t n,
                          void (*fn)(void *ctx, size_t i, const char *path), void *ctx);

typedef struct ls_tag_node {
    int64_t id;
    int64_t parent_id;    /* 0 at the top level */
    char *path;           /* full path */
    char *name;           /* last segment */
    char *color;          /* or NULL */
    int depth;            /* 0 at the top level */
    int64_t own_count;    /* links tagged with exactly this tag */
    int64_t total_count;  /* distinct links tagged with it or any descendant */
} ls_tag_node;

typedef struct ls_tag_tree {
    ls_tag_node *items; /* pre-order: each parent directly before its subtree,
                           siblings by name, so printing in order draws the tree */
    size_t n;
} ls_tag_tree;

int ls_tag_tree_get(ls_db *db, int64_t user_id, ls_tag_tree *out);
void ls_tag_tree_release(ls_tag_tree *t);

/*
 * Renames / moves tag `from` to path `to` (creating to's parents); its
 * subtree moves with it. LS_ENOTFOUND when from does not exist, LS_EEXIST
 * when to does, LS_EINVAL when to lies inside from's subtree or a moved path
 * would exceed LS_TAG_MAX_DEPTH.
 */
int ls_tag_rename(ls_db *db, int64_t user_id, const char *from, const char *to);

/*
 * Merges each tag of from[0..n) into `into` (created if missing): links of
 * FROM move to INTO; FROM's children move under INTO (merging recursively
 * with a child of INTO of the same name); FROM is deleted. LS_ENOTFOUND when
 * a FROM does not exist, LS_EINVAL when INTO is a FROM or inside one's
 * subtree.
 */
int ls_tag_merge(ls_db *db, int64_t user_id, const char *const *from, size_t n,
                 const char *into);

/* Deletes the tag and its subtree; the links stay, without those tags.
 * LS_ENOTFOUND when it does not exist. */
int ls_tag_delete(ls_db *db, int64_t user_id, const char *path);

/* Sets the colour ("#rrggbb", or NULL/"" to clear); LS_EINVAL otherwise. */
int ls_tag_set_color(ls_db *db, int64_t user_id, const char *path, const char *color);

#endif
