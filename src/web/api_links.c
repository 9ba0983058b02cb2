/*
 * api_links.c - the JSON API for links, snapshots and jobs (docs/API.md).
 * Every object lookup goes through a store call that takes the acting
 * user, so another user's ids answer 404 exactly like missing ones.
 */
#include <stdlib.h>
#include <string.h>

#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "store/view.h"
#include "util/err.h"
#include "util/timeutil.h"
#include "web/app.h"
#include "web/handlers.h"
#include "web/svc.h"

#define MAX_TAGS 64

static json_t *iso(int64_t t)
{
    if (t <= 0)
        return json_null();
    char b[32];
    ls_iso8601_utc(t, b, sizeof b);
    return json_string(b);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* Tags from a JSON array of strings or one comma-separated string. */
static size_t json_tags(json_t *v, ls_req *r, const char **out, bool *bad)
{
    *bad = false;
    if (!v || json_is_null(v))
        return 0;
    if (json_is_string(v))
        return ls_svc_split_tags(json_string_value(v), &r->arena, out, MAX_TAGS);
    if (!json_is_array(v) || json_array_size(v) > MAX_TAGS) {
        *bad = true;
        return 0;
    }
    size_t n = 0, i;
    json_t *e;
    json_array_foreach(v, i, e) {
        if (!json_is_string(e)) {
            *bad = true;
            return 0;
        }
        out[n++] = ls_arena_strdup(&r->arena, json_string_value(e));
    }
    return n;
}

static void add_error(ls_resp *s, int rc)
{
    if (rc == LS_EINVAL)
        ls_json_error(s, 400, "invalid", "the URL must be http(s) and tags valid paths");
    else
        ls_json_store_error(s, rc);
}

void ls_api_links_add(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    json_t *body = ls_json_body(r, s);
    if (!body)
        return;
    const char *tags[MAX_TAGS];
    bool bad = false;
    size_t nt = json_tags(json_object_get(body, "tags"), r, tags, &bad);
    const char *url = json_string_value(json_object_get(body, "url"));
    const char *note = json_string_value(json_object_get(body, "note"));
    if (bad || !url) {
        ls_json_error(s, 400, "invalid", bad ? "tags must be strings" : "url is required");
        json_decref(body);
        return;
    }
    ls_svc_added a;
    int rc = ls_svc_add_link(r->db, r->user.id, url, tags, nt, note, &a);
    json_decref(body);
    if (rc) {
        add_error(s, rc);
        return;
    }
    if (a.job_id)
        ls_workers_kick(app);
    json_t *out = ls_link_json(r->db, r->user.id, a.link_id);
    if (!out)
        out = json_object();
    json_object_set_new(out, "id", json_integer(a.link_id));
    json_object_set_new(out, "created_link", json_boolean(a.created));
    json_object_set_new(out, "snapshot_id", a.snapshot_id ? json_integer(a.snapshot_id) : json_null());
    json_object_set_new(out, "job_id", a.job_id ? json_integer(a.job_id) : json_null());
    ls_json_send(s, a.job_id ? 202 : 200, out);
}

void ls_api_links_list(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *tags[MAX_TAGS];
    size_t nt = 0;
    for (size_t i = 0; i < r->query.n && nt < MAX_TAGS; i++)
        if (!strcmp(r->query.v[i].key, "tag") && *r->query.v[i].val)
            tags[nt++] = r->query.v[i].val;
    ls_link_filter f = {0};
    f.user_id = r->user.id;
    f.tags = tags;
    f.ntags = nt;
    f.limit = ls_http_clamp_long(ls_kv_get(&r->query, "limit"), 50, 1, LS_LINK_LIST_MAX);
    long page = ls_http_clamp_long(ls_kv_get(&r->query, "page"), 0, 1, 1000000);
    f.offset = page ? (page - 1) * f.limit
                    : ls_http_clamp_long(ls_kv_get(&r->query, "offset"), 0, 0, 1L << 40);
    const char *sort = ls_kv_get(&r->query, "sort");
    f.sort = sort && !strcmp(sort, "oldest") ? LS_LINK_SORT_CREATED_ASC
             : sort && !strcmp(sort, "title") ? LS_LINK_SORT_TITLE
                                              : LS_LINK_SORT_CREATED_DESC;
    json_t *out = ls_links_json(r->db, &f);
    if (!out) {
        /* An invalid tag path is a client error; anything else is ours. */
        ls_json_error(s, 400, "invalid", "invalid tag filter");
        return;
    }
    ls_json_send(s, 200, out);
}

void ls_api_link_get(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    json_t *out = ls_link_json(r->db, r->user.id, ids[0]);
    if (!out) {
        ls_json_store_error(s, LS_ENOTFOUND);
        return;
    }
    ls_json_send(s, 200, out);
}

void ls_api_link_patch(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    json_t *body = ls_json_body(r, s);
    if (!body)
        return;
    json_t *jt = json_object_get(body, "title"), *jn = json_object_get(body, "note");
    const char *title = json_is_null(jt) ? "" : json_string_value(jt);
    const char *note = json_is_null(jn) ? "" : json_string_value(jn);
    title = ls_svc_clip(&r->arena, title, LS_SVC_TITLE_MAX);
    note = ls_svc_clip(&r->arena, note, LS_SVC_NOTE_MAX);
    int rc = LS_OK;
    if (title || note)
        rc = ls_link_update(r->db, r->user.id, ids[0], title, note);
    else {
        ls_link l = {0};
        rc = ls_link_get(r->db, r->user.id, ids[0], &l);
        ls_link_release(&l);
    }
    json_t *jtags = json_object_get(body, "tags");
    if (rc == LS_OK && jtags) {
        const char *tags[MAX_TAGS];
        bool bad = false;
        size_t nt = json_tags(jtags, r, tags, &bad);
        rc = bad ? LS_EINVAL : ls_svc_set_tags(r->db, r->user.id, ids[0], tags, nt);
    }
    json_decref(body);
    if (rc) {
        ls_json_store_error(s, rc);
        return;
    }
    ls_api_link_get(app, r, s, ids);
}

void ls_api_link_delete(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    int rc = ls_link_delete(r->db, r->user.id, ids[0]);
    if (rc) {
        ls_json_store_error(s, rc);
        return;
    }
    ls_json_send(s, 200, json_pack("{s:I,s:b}", "id", (json_int_t)ids[0], "deleted", 1));
}

void ls_api_link_snapshots(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    json_t *l = ls_link_json(r->db, r->user.id, ids[0]);
    if (!l) {
        ls_json_store_error(s, LS_ENOTFOUND);
        return;
    }
    json_t *snaps = json_object_get(l, "snapshots");
    json_t *out = json_pack("{s:I,s:O}", "link_id", (json_int_t)ids[0], "snapshots",
                            snaps ? snaps : json_array());
    json_decref(l);
    ls_json_send(s, 200, out);
}

void ls_api_link_capture(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    int64_t sid = 0, jid = 0;
    int rc = ls_svc_capture(r->db, r->user.id, ids[0], &sid, &jid);
    if (rc) {
        ls_json_store_error(s, rc);
        return;
    }
    ls_workers_kick(app);
    ls_json_send(s, 202, json_pack("{s:I,s:I,s:I,s:s}", "link_id", (json_int_t)ids[0],
                                   "snapshot_id", (json_int_t)sid, "job_id", (json_int_t)jid,
                                   "status", "queued"));
}

static json_t *snapshot_json(const ls_snapshot *p)
{
    json_t *files = json_pack("{s:o,s:o,s:o,s:o}", "raw", str_or_null(p->raw_blob), "single",
                              str_or_null(p->single_blob), "reader", str_or_null(p->reader_blob),
                              "warc", str_or_null(p->warc_blob));
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(p->id));
    json_object_set_new(o, "link_id", json_integer(p->link_id));
    json_object_set_new(o, "status", str_or_null(p->status));
    json_object_set_new(o, "created", iso(p->created));
    json_object_set_new(o, "finished", iso(p->finished));
    json_object_set_new(o, "http_status", p->http_status ? json_integer(p->http_status) : json_null());
    json_object_set_new(o, "final_url", str_or_null(p->final_url));
    json_object_set_new(o, "charset", str_or_null(p->charset));
    json_object_set_new(o, "title", str_or_null(p->title));
    json_object_set_new(o, "byline", str_or_null(p->byline));
    json_object_set_new(o, "source", str_or_null(p->source));
    json_object_set_new(o, "site_name", str_or_null(p->site_name));
    json_object_set_new(o, "published", str_or_null(p->published));
    json_object_set_new(o, "lang", str_or_null(p->lang));
    json_object_set_new(o, "excerpt", str_or_null(p->excerpt));
    json_object_set_new(o, "text", str_or_null(p->text));
    json_object_set_new(o, "word_count", json_integer(p->word_count));
    json_object_set_new(o, "bytes", json_integer(p->bytes));
    json_object_set_new(o, "error", str_or_null(p->error));
    json_object_set_new(o, "files", files);
    return o;
}

void ls_api_snapshot_get(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_snapshot p = {0};
    int rc = ls_snapshot_get(r->db, r->user.id, ids[0], &p);
    if (rc) {
        ls_json_store_error(s, rc);
        return;
    }
    json_t *o = snapshot_json(&p);
    ls_job job;
    if (ls_job_get_for_snapshot(r->db, r->user.id, p.id, &job) == LS_OK) {
        json_object_set_new(o, "job_id", json_integer(job.id));
        ls_job_clear(&job);
    } else {
        json_object_set_new(o, "job_id", json_integer(0));
    }
    ls_snapshot_release(&p);
    ls_json_send(s, 200, o);
}

void ls_api_job_get(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_job j = {0};
    int rc = ls_job_get(r->db, r->user.id, ids[0], &j);
    if (rc) {
        ls_json_store_error(s, rc);
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(j.id));
    json_object_set_new(o, "link_id", json_integer(j.link_id));
    json_object_set_new(o, "snapshot_id", json_integer(j.snapshot_id));
    json_object_set_new(o, "state", str_or_null(j.state));
    json_object_set_new(o, "attempts", json_integer(j.attempts));
    json_object_set_new(o, "max_attempts", json_integer(j.max_attempts));
    json_object_set_new(o, "next_run_at", iso(j.next_run_at));
    json_object_set_new(o, "error", str_or_null(j.error));
    json_object_set_new(o, "created", iso(j.created));
    json_object_set_new(o, "updated", iso(j.updated));
    ls_job_clear(&j);
    ls_json_send(s, 200, o);
}

void ls_api_me(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_json_send(s, 200, json_pack("{s:I,s:s,s:b,s:s}", "id", (json_int_t)r->user.id, "name",
                                   r->user.name ? r->user.name : "", "is_admin",
                                   r->user.is_admin, "lang", r->user.lang));
}
