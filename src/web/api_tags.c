/*
 * api_tags.c - the JSON API for tags: list (flat and as a tree), create,
 * rename/move, merge, colour, delete; and search when the store has it.
 */
#include <stdlib.h>
#include <string.h>

#include "store/tags.h"
#include "store/view.h"
#include "util/err.h"
#include "web/app.h"
#include "web/handlers.h"

void ls_api_tags_get(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_tag_tree t = {0};
    int rc = ls_tag_tree_get(r->db, r->user.id, &t);
    if (rc) {
        ls_json_store_error(s, rc);
        return;
    }
    json_t *flat = json_array();
    for (size_t i = 0; i < t.n; i++) {
        const ls_tag_node *n = &t.items[i];
        json_array_append_new(
            flat, json_pack("{s:I,s:s,s:s,s:i,s:I,s:I,s:o}", "id", (json_int_t)n->id, "path",
                            n->path, "name", n->name, "depth", n->depth, "count",
                            (json_int_t)n->own_count, "total", (json_int_t)n->total_count,
                            "color", n->color ? json_string(n->color) : json_null()));
    }
    ls_tag_tree_release(&t);
    json_t *tree = ls_tags_json(r->db, r->user.id);
    ls_json_send(s, 200, json_pack("{s:o,s:o}", "tags", flat, "tree", tree ? tree : json_array()));
}

static void tag_error(ls_resp *s, int rc)
{
    if (rc == LS_EINVAL)
        ls_json_error(s, 400, "invalid", "invalid tag path or operation");
    else if (rc == LS_EEXIST)
        ls_json_error(s, 409, "exists", "a tag with that path exists");
    else
        ls_json_store_error(s, rc);
}

void ls_api_tags_post(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    json_t *b = ls_json_body(r, s);
    if (!b)
        return;
    const char *path = json_string_value(json_object_get(b, "path"));
    if (!path)
        path = json_string_value(json_object_get(b, "name"));
    int64_t id = 0;
    int rc = path ? ls_tag_ensure(r->db, r->user.id, path, &id) : LS_EINVAL;
    const char *color = json_string_value(json_object_get(b, "color"));
    if (rc == LS_OK && color)
        rc = ls_tag_set_color(r->db, r->user.id, path, color);
    json_decref(b);
    if (rc) {
        tag_error(s, rc);
        return;
    }
    ls_json_send(s, 201, json_pack("{s:I}", "id", (json_int_t)id));
}

/* {"from": A, "to": B} renames or moves; {"merge": [A...], "into": B}
 * merges; {"path": A, "color": "#rrggbb"} recolours. */
void ls_api_tags_patch(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    json_t *b = ls_json_body(r, s);
    if (!b)
        return;
    int rc = LS_EINVAL;
    const char *from = json_string_value(json_object_get(b, "from"));
    const char *to = json_string_value(json_object_get(b, "to"));
    const char *into = json_string_value(json_object_get(b, "into"));
    json_t *merge = json_object_get(b, "merge");
    const char *path = json_string_value(json_object_get(b, "path"));
    json_t *color = json_object_get(b, "color");
    if (from && to) {
        rc = ls_tag_rename(r->db, r->user.id, from, to);
    } else if (into && json_is_array(merge) && json_array_size(merge) > 0 &&
               json_array_size(merge) <= 64) {
        const char *list[64];
        size_t n = 0, i;
        json_t *e;
        rc = LS_OK;
        json_array_foreach(merge, i, e) {
            if (!json_is_string(e))
                rc = LS_EINVAL;
            else
                list[n++] = json_string_value(e);
        }
        if (rc == LS_OK)
            rc = ls_tag_merge(r->db, r->user.id, list, n, into);
    } else if (path && color) {
        rc = ls_tag_set_color(r->db, r->user.id, path, json_string_value(color));
    }
    json_decref(b);
    if (rc) {
        tag_error(s, rc);
        return;
    }
    ls_api_tags_get(app, r, s, ids);
}

void ls_api_tags_delete(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *path = ls_kv_get(&r->query, "path");
    json_t *b = NULL;
    if (!path && r->body_len) {
        b = ls_json_body(r, s);
        if (!b)
            return;
        path = json_string_value(json_object_get(b, "path"));
    }
    int rc = path ? ls_tag_delete(r->db, r->user.id, path) : LS_EINVAL;
    json_decref(b);
    if (rc) {
        tag_error(s, rc);
        return;
    }
    ls_json_send(s, 200, json_pack("{s:b}", "deleted", 1));
}
