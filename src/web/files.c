/*
 * files.c - stored snapshot files and the embedded assets.
 *
 * Archived bytes are hostile. Every response carrying them is marked
 * archived (route.c then sends `Content-Security-Policy: sandbox` without
 * allow-scripts or allow-same-origin, plus a network-free default-src, and
 * nosniff). HTML copies are inline only for <iframe sandbox>; raw responses
 * and WARC files are attachments with the detected type. File contents are
 * found only by snapshot id and the blob hash in its row: no path from a
 * request ever reaches the file system.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "util/err.h"
#include "util/str.h"
#include "util/timeutil.h"
#include "web/app.h"
#include "web/assets.h"
#include "web/handlers.h"
#include "web/page.h"

#define FILE_MAX ((size_t)256 << 20)
#define CAP_TTL 3600

static const char *blob_of(const ls_snapshot *p, const char *kind)
{
    if (!strcmp(kind, "raw"))
        return p->raw_blob;
    if (!strcmp(kind, "single"))
        return p->single_blob;
    if (!strcmp(kind, "reader"))
        return p->reader_blob;
    if (!strcmp(kind, "warc"))
        return p->warc_blob;
    return NULL;
}

/* The Content-Type the origin server sent, from the stored headers,
 * reduced to a safe token "type/subtype"; octet-stream when unknown. */
static void detected_type(ls_db *db, const ls_snapshot *p, char *out, size_t outsz)
{
    snprintf(out, outsz, "application/octet-stream");
    if (!p->headers_blob)
        return;
    ls_buf h;
    ls_buf_init(&h, 1 << 20);
    if (ls_blob_get(db, p->headers_blob, &h) == LS_OK && h.data) {
        const char *line = h.data;
        while (line && *line) {
            if (ls_startswith_nocase(line, "content-type:")) {
                const char *v = line + 13;
                while (*v == ' ' || *v == '\t')
                    v++;
                size_t n = 0;
                while (v[n] && (v[n] == '/' || v[n] == '.' || v[n] == '+' || v[n] == '-' ||
                                (v[n] >= 'a' && v[n] <= 'z') || (v[n] >= 'A' && v[n] <= 'Z') ||
                                (v[n] >= '0' && v[n] <= '9')))
                    n++;
                if (n > 2 && n < outsz && memchr(v, '/', n))
                    snprintf(out, outsz, "%.*s", (int)n, v);
                break;
            }
            line = strchr(line, '\n');
            if (line)
                line++;
        }
    }
    ls_buf_release(&h);
}

/* Archived bytes must never run as a script, style sheet or worker of the
 * app origin (script-src 'self' would otherwise accept a stored .js file):
 * refuse when the browser says it wants one (Sec-Fetch-Dest). */
static bool hostile_destination(const ls_req *r)
{
    static const char *const bad[] = {"script", "style", "worker", "sharedworker",
                                      "serviceworker", "object", "embed", "manifest",
                                      "audioworklet", "paintworklet", "xslt"};
    const char *d = ls_req_header(r, "Sec-Fetch-Dest");
    for (size_t i = 0; d && i < sizeof bad / sizeof bad[0]; i++)
        if (ls_streq_nocase(d, bad[i]))
            return true;
    return false;
}

static void send_file(ls_db *db, ls_resp *s, const ls_snapshot *p, const char *kind,
                      bool api, bool download)
{
    const char *hash = blob_of(p, kind);
    if (!hash) {
        if (api)
            ls_json_error(s, 404, "not_found", "no such file for this snapshot");
        else
            s->status = 404;
        return;
    }
    int rc = ls_blob_get(db, hash, &s->body);
    if (rc != LS_OK) {
        ls_buf_reset(&s->body);
        ls_json_store_error(s, rc == LS_ENOTFOUND ? LS_ENOTFOUND : rc);
        return;
    }
    s->status = 200;
    s->archived = true;
    char disp[128], *ctype = ls_arena_alloc(&s->arena, 128);
    const char *ext = "html";
    if (!strcmp(kind, "raw")) {
        detected_type(db, p, ctype, 128);
        ext = "bin";
        download = true;
    } else if (!strcmp(kind, "warc")) {
        snprintf(ctype, 128, "application/warc");
        ext = "warc.gz";
        download = true;
    } else {
        snprintf(ctype, 128, "text/html; charset=utf-8");
    }
    s->content_type = ctype;
    snprintf(disp, sizeof disp, "%s; filename=\"snapshot-%lld-%s.%s\"",
             download ? "attachment" : "inline", (long long)p->id, kind, ext);
    ls_resp_header(s, "Content-Disposition", disp);
    ls_resp_header(s, "Cache-Control", "private, max-age=300");
}

void ls_files_snapshot(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    bool api = ls_startswith(r->path, "/api/");
    ls_snapshot p = {0};
    int rc = hostile_destination(r) ? LS_ENOTFOUND
                                    : ls_snapshot_get(r->db, r->user.id, ids[0], &p);
    if (rc != LS_OK || !r->route_arg) {
        if (api)
            ls_json_store_error(s, rc ? rc : LS_ENOTFOUND);
        else
            ls_page_error(r, s, 404);
        goto out;
    }
    send_file(r->db, s, &p, r->route_arg, api, ls_kv_get(&r->query, "download") != NULL);
    if (s->status == 404 && !api)
        ls_page_error(r, s, 404);
out:
    ls_snapshot_release(&p);
}

/* sig = HMAC-SHA256(key, "sid.kind.exp") as hex. */
static void cap_sign(ls_app *app, const char *msg, char out[65])
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, (const unsigned char *)msg, strlen(msg), app->key);
    sodium_bin2hex(out, 65, mac, sizeof mac);
}

void ls_files_url(ls_app *app, ls_buf *b, int64_t sid, const char *kind)
{
    if (!app->opts.content_origin) {
        ls_buf_addf(b, "/snapshots/%lld/files/%s", (long long)sid, kind);
        return;
    }
    char msg[128], sig[65];
    snprintf(msg, sizeof msg, "%lld.%s.%lld", (long long)sid, kind,
             (long long)(ls_now() + CAP_TTL));
    cap_sign(app, msg, sig);
    ls_buf_addf(b, "%s/c/%s.%s", app->opts.content_origin, msg, sig);
}

/* GET /c/SID.KIND.EXP.SIG on the content origin: no cookie there, the
 * signature is the authorization. */
void ls_files_capability(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *tok = r->route_arg;
    const char *last = tok ? strrchr(tok, '.') : NULL;
    char msg[128], want[65];
    long long sid = 0, exp = 0;
    char kind[16] = "";
    ls_snapshot p = {0};
    if (!last || (size_t)(last - tok) >= sizeof msg || hostile_destination(r))
        goto notfound;
    memcpy(msg, tok, (size_t)(last - tok));
    msg[last - tok] = '\0';
    cap_sign(app, msg, want);
    if (strlen(last + 1) != 64 || sodium_memcmp(want, last + 1, 64) != 0)
        goto notfound;
    if (sscanf(msg, "%lld.%15[a-z].%lld", &sid, kind, &exp) != 3 || exp < ls_now())
        goto notfound;
    if (ls_snapshot_load(r->db, sid, &p) == LS_OK)
        send_file(r->db, s, &p, kind, false, false);
    if (s->status == 200)
        goto out;
notfound:
    s->status = 404;
    s->content_type = "text/plain; charset=utf-8";
    ls_buf_reset(&s->body);
    ls_buf_adds(&s->body, "not found\n");
out:
    ls_snapshot_release(&p);
}

/* GET /s/TOKEN/single: the shared link's newest single-file copy. */
void ls_files_share(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_link l = {0};
    ls_snapshot p = {0};
    if (r->route_arg && !hostile_destination(r) &&
        ls_link_get_by_share(r->db, r->route_arg, &l) == LS_OK &&
        ls_snapshot_latest_done(r->db, l.user_id, l.id, &p) == LS_OK)
        send_file(r->db, s, &p, "single", false, false);
    if (s->status != 200)
        ls_page_error(r, s, 404);
    ls_snapshot_release(&p);
    ls_link_release(&l);
}

void ls_static_css(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *a = r->route_arg ? r->route_arg : "";
    if (!strcmp(a, "app.css")) {
        s->content_type = "text/css; charset=utf-8";
        ls_buf_adds(&s->body, ls_asset_css);
    } else if (!strcmp(a, "app.js")) {
        s->content_type = "text/javascript; charset=utf-8";
        ls_buf_adds(&s->body, ls_asset_js);
    } else {
        ls_page_error(r, s, 404);
        return;
    }
    ls_resp_header(s, "Cache-Control", "public, max-age=31536000, immutable");
}

void ls_static_favicon(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    s->content_type = "image/svg+xml";
    ls_buf_adds(&s->body,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
                "<rect width=\"32\" height=\"32\" rx=\"7\" fill=\"#c2410c\"/>"
                "<path d=\"M9 8h4v13h10v4H9z\" fill=\"#fff\"/></svg>");
    ls_resp_header(s, "Cache-Control", "public, max-age=86400");
}
