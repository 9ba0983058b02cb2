/*
 * view.c - the JSON printed by `show --json`, `tag list --json`, `list
 * --json` and the HTTP API. Contract in view.h.
 */
#include "store/view.h"

#include <stdlib.h>

#include "store/conn_memo.h"
#include "store/snapshots.h"
#include "store/store_int.h"
#include "store/tag_int.h"
#include "store/tags.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/timeutil.h"

/* Steals nothing: a json string or null for s. */
static json_t *str_or_null(const char *s)
{
    json_t *j = s ? json_string(s) : NULL;
    return j ? j : json_null();
}

static json_t *iso_time(int64_t t)
{
    char buf[32];
    if (t <= 0)
        return json_null();
    ls_iso8601_utc(t, buf, sizeof buf);
    return json_string(buf);
}

static json_t *tag_paths_json(ls_db *db, int64_t user_id, int64_t link_id)
{
    char **paths = NULL;
    if (ls_tag_link_list(db, user_id, link_id, &paths, NULL))
        return NULL;
    json_t *a = json_array();
    for (char **p = paths; a && *p; p++)
        json_array_append_new(a, json_string(*p));
    ls_tag_paths_free(paths);
    return a;
}

static json_t *snapshot_json(const ls_snapshot *s)
{
    json_t *files = json_object();
    json_object_set_new(files, "raw", str_or_null(s->raw_blob));
    json_object_set_new(files, "single", str_or_null(s->single_blob));
    json_object_set_new(files, "reader", str_or_null(s->reader_blob));
    json_object_set_new(files, "warc", str_or_null(s->warc_blob));
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(s->id));
    json_object_set_new(o, "status", str_or_null(s->status));
    json_object_set_new(o, "created", iso_time(s->created));
    json_object_set_new(o, "http_status",
                        s->http_status ? json_integer(s->http_status) : json_null());
    json_object_set_new(o, "final_url", str_or_null(s->final_url));
    json_object_set_new(o, "charset", str_or_null(s->charset));
    json_object_set_new(o, "title", str_or_null(s->title));
    json_object_set_new(o, "byline", str_or_null(s->byline));
    json_object_set_new(o, "source", str_or_null(s->source));
    json_object_set_new(o, "site_name", str_or_null(s->site_name));
    json_object_set_new(o, "published", str_or_null(s->published));
    json_object_set_new(o, "lang", str_or_null(s->lang));
    json_object_set_new(o, "excerpt", str_or_null(s->excerpt));
    json_object_set_new(o, "word_count", json_integer(s->word_count));
    json_object_set_new(o, "bytes", json_integer(s->bytes));
    json_object_set_new(o, "error", str_or_null(s->error));
    json_object_set_new(o, "files", files);
    return o;
}

json_t *ls_link_json(ls_db *db, int64_t user_id, int64_t link_id)
{
    ls_link l = {0};
    ls_snapshot_list snaps = {0};
    json_t *o = NULL, *tags = NULL, *arr = NULL;
    if (ls_link_get(db, user_id, link_id, &l))
        return NULL;
    if (ls_snapshot_list_for_link(db, user_id, link_id, &snaps))
        goto out;
    if (!(tags = tag_paths_json(db, user_id, link_id)) || !(arr = json_array()))
        goto out;
    for (size_t i = 0; i < snaps.n; i++)
        json_array_append_new(arr, snapshot_json(&snaps.items[i]));
    o = json_object();
    json_object_set_new(o, "id", json_integer(l.id));
    json_object_set_new(o, "url", str_or_null(l.url));
    json_object_set_new(o, "title", str_or_null(l.display_title));
    json_object_set_new(o, "note", str_or_null(l.note));
    json_object_set_new(o, "created", iso_time(l.created));
    json_object_set_new(o, "tags", tags);
    json_object_set_new(o, "snapshots", arr);
    tags = arr = NULL;
out:
    json_decref(tags);
    json_decref(arr);
    ls_snapshot_list_release(&snaps);
    ls_link_release(&l);
    return o;
}

json_t *ls_tags_json(ls_db *db, int64_t user_id)
{
    ls_tag_tree t;
    if (ls_tag_tree_get(db, user_id, &t))
        return NULL;
    json_t *root = json_array();
    /* level[d] is the children array that nodes of depth d go into; the
     * tree arrives in pre-order so a parent always precedes its children. */
    json_t *level[LS_TAG_MAX_DEPTH + 1] = {root};
    int top = 0;
    for (size_t i = 0; root && i < t.n; i++) {
        const ls_tag_node *n = &t.items[i];
        int d = n->depth < top ? n->depth : top;
        if (d > LS_TAG_MAX_DEPTH - 1)
            d = LS_TAG_MAX_DEPTH - 1;
        json_t *kids = json_array();
        json_t *o = json_object();
        json_object_set_new(o, "name", str_or_null(n->name));
        json_object_set_new(o, "path", str_or_null(n->path));
        json_object_set_new(o, "color", str_or_null(n->color));
        json_object_set_new(o, "count", json_integer(n->own_count));
        json_object_set_new(o, "total", json_integer(n->total_count));
        json_object_set_new(o, "children", kids);
        json_array_append_new(level[d], o);
        level[d + 1] = kids;
        top = d + 1;
    }
    ls_tag_tree_release(&t);
    return root;
}

static json_t *link_item_json(const ls_link *l, json_t *tags)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(l->id));
    json_object_set_new(o, "url", str_or_null(l->url));
    json_object_set_new(o, "title", str_or_null(l->display_title));
    json_object_set_new(o, "note", str_or_null(l->note));
    json_object_set_new(o, "created", iso_time(l->created));
    json_object_set_new(o, "status", str_or_null(l->last_status));
    json_object_set_new(o, "tags", tags ? tags : json_array());
    return o;
}

static void add_page_tag(void *ctx, size_t i, const char *path)
{
    json_t **tags = ctx;
    if (tags[i])
        json_array_append_new(tags[i], json_string(path));
}

/* The tags of every link of the page in one statement: one query per link
 * cost more than the list. */
static int page_tags(ls_db *db, int64_t user_id, const ls_link_list *list, json_t **tags)
{
    int64_t *ids = malloc(list->n * sizeof *ids);
    if (!ids)
        return LS_ENOMEM;
    for (size_t i = 0; i < list->n; i++)
        ids[i] = list->items[i].id;
    int rc = ls_tag_paths_of_links(db, user_id, ids, list->n, add_page_tag, tags);
    free(ids);
    return rc;
}

json_t *ls_links_json(ls_db *db, const ls_link_filter *f)
{
    ls_link_list list;
    if (ls_link_list_query(db, f, &list))
        return NULL;
    int64_t limit = f->limit <= 0 ? 50 : f->limit > LS_LINK_LIST_MAX ? LS_LINK_LIST_MAX
                                                                     : f->limit;
    json_t *items = json_array();
    json_t **tags = list.n ? calloc(list.n, sizeof *tags) : NULL;
    for (size_t i = 0; tags && i < list.n; i++)
        tags[i] = json_array();
    if (list.n && (!tags || page_tags(db, f->user_id, &list, tags) != LS_OK)) {
        for (size_t i = 0; tags && i < list.n; i++)
            json_decref(tags[i]);
        free(tags);
        ls_link_list_release(&list);
        json_decref(items);
        return NULL;
    }
    for (size_t i = 0; items && i < list.n; i++)
        json_array_append_new(items, link_item_json(&list.items[i], tags[i]));
    for (size_t i = 0; !items && i < list.n; i++)
        json_decref(tags[i]);
    free(tags);
    json_t *o = json_object();
    json_object_set_new(o, "total", json_integer(list.total));
    json_object_set_new(o, "limit", json_integer(limit));
    json_object_set_new(o, "offset", json_integer(f->offset < 0 ? 0 : f->offset));
    json_object_set_new(o, "items", items ? items : json_array());
    ls_link_list_release(&list);
    return o;
}
