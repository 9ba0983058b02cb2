/*
 * svc.c - operations shared by pages and API (see svc.h).
 */
#include "web/svc.h"

#include <stdlib.h>
#include <string.h>

#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "util/err.h"
#include "util/str.h"
#include "web/weburl.h"

static int enqueue(ls_db *db, int64_t link_id, const char *host, int64_t *sid, int64_t *jid)
{
    int rc = ls_snapshot_create(db, link_id, sid);
    if (rc == LS_OK)
        rc = ls_job_enqueue(db, link_id, *sid, host, jid);
    return rc;
}

static bool has_snapshot(ls_db *db, int64_t user_id, int64_t link_id)
{
    ls_snapshot_list l = {0};
    bool any = ls_snapshot_list_for_link(db, user_id, link_id, &l) == LS_OK && l.n > 0;
    ls_snapshot_list_release(&l);
    return any;
}

int ls_svc_add_link(ls_db *db, int64_t user_id, const char *in, const char *const *tags,
                    size_t ntags, const char *note, ls_svc_added *out)
{
    memset(out, 0, sizeof *out);
    char *url = NULL, *norm = NULL, *host = NULL;
    int rc = ls_weburl_check(in, &url, &norm, &host);
    if (rc)
        return rc;
    for (size_t i = 0; i < ntags; i++) {
        char *t = NULL;
        rc = ls_tag_normalize(tags[i], &t, NULL, 0);
        free(t);
        if (rc)
            goto out;
    }
    rc = ls_db_begin(db);
    if (rc)
        goto out;
    char *nclip = note && *note ? ls_strndup(note, ls_utf8_clip(note, strlen(note),
                                                                 LS_SVC_NOTE_MAX))
                                : NULL;
    rc = ls_link_add(db, user_id, url, norm, NULL, nclip, &out->link_id, &out->created);
    free(nclip);
    if (rc == LS_OK && ntags)
        rc = ls_tag_link_add(db, user_id, out->link_id, tags, ntags);
    if (rc == LS_OK && (out->created || !has_snapshot(db, user_id, out->link_id)))
        rc = enqueue(db, out->link_id, host, &out->snapshot_id, &out->job_id);
    if (rc == LS_OK)
        rc = ls_db_commit(db);
    else
        ls_db_rollback(db);
out:
    free(url);
    free(norm);
    free(host);
    return rc;
}

/* The host of a stored URL (for per-host limits). */
static char *host_of(const char *url)
{
    char *u = NULL, *n = NULL, *h = NULL;
    if (ls_weburl_check(url, &u, &n, &h) != LS_OK)
        return ls_strdup("");
    free(u);
    free(n);
    return h;
}

int ls_svc_capture(ls_db *db, int64_t user_id, int64_t link_id, int64_t *sid, int64_t *jid)
{
    ls_link l = {0};
    int rc = ls_link_get(db, user_id, link_id, &l);
    if (rc)
        return rc;
    char *host = host_of(l.url);
    rc = ls_db_begin(db);
    if (rc == LS_OK) {
        rc = enqueue(db, link_id, host ? host : "", sid, jid);
        if (rc == LS_OK)
            rc = ls_db_commit(db);
        else
            ls_db_rollback(db);
    }
    free(host);
    ls_link_release(&l);
    return rc;
}

int ls_svc_set_tags(ls_db *db, int64_t user_id, int64_t link_id, const char *const *paths,
                    size_t n)
{
    char **cur = NULL;
    size_t ncur = 0;
    int rc = ls_tag_link_list(db, user_id, link_id, &cur, &ncur);
    if (rc)
        return rc;
    const char **drop = calloc(ncur + 1, sizeof *drop);
    size_t ndrop = 0;
    if (!drop) {
        ls_tag_paths_free(cur);
        return LS_ENOMEM;
    }
    for (size_t i = 0; i < ncur; i++) {
        bool keep = false;
        for (size_t j = 0; j < n && !keep; j++) {
            char *t = NULL;
            if (ls_tag_normalize(paths[j], &t, NULL, 0) == LS_OK && !strcmp(t, cur[i]))
                keep = true;
            free(t);
        }
        if (!keep)
            drop[ndrop++] = cur[i];
    }
    rc = ls_db_begin(db);
    if (rc == LS_OK && n)
        rc = ls_tag_link_add(db, user_id, link_id, paths, n);
    if (rc == LS_OK && ndrop)
        rc = ls_tag_link_remove(db, user_id, link_id, drop, ndrop);
    if (rc == LS_OK)
        rc = ls_db_commit(db);
    else
        ls_db_rollback(db);
    free(drop);
    ls_tag_paths_free(cur);
    return rc;
}

size_t ls_svc_split_tags(const char *s, ls_arena *a, const char **out, size_t max)
{
    size_t n = 0;
    if (!s)
        return 0;
    const char *p = s;
    while (*p && n < max) {
        /* find the next separator: , ， 、 ; newline */
        const char *q = p;
        size_t seplen = 0;
        while (*q) {
            if (*q == ',' || *q == '\n' || *q == '\r' || *q == ';') {
                seplen = 1;
                break;
            }
            if (!strncmp(q, "\xEF\xBC\x8C", 3) || !strncmp(q, "\xE3\x80\x81", 3)) {
                seplen = 3;
                break;
            }
            q++;
        }
        const char *t = p, *e = q;
        for (;;) {
            if (t < e && (*t == ' ' || *t == '\t'))
                t++;
            else if (e - t >= 3 && !strncmp(t, "\xE3\x80\x80", 3))
                t += 3;
            else
                break;
        }
        for (;;) {
            if (e > t && (e[-1] == ' ' || e[-1] == '\t'))
                e--;
            else if (e - t >= 3 && !strncmp(e - 3, "\xE3\x80\x80", 3))
                e -= 3;
            else
                break;
        }
        size_t len = (size_t)(e - t);
        if (len)
            out[n++] = ls_arena_strndup(a, t, len);
        if (!*q)
            break;
        p = q + seplen;
    }
    return n;
}

const char *ls_svc_clip(ls_arena *a, const char *s, size_t max)
{
    if (!s || strlen(s) <= max)
        return s;
    return ls_arena_strndup(a, s, ls_utf8_clip(s, strlen(s), max));
}
