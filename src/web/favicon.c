/*
 * favicon.c - GET /links/ID/favicon: the site icon as stored in the newest
 * finished capture (the data: URI of its <link rel="icon"> in the
 * single-file copy). Never a live fetch: asking the site for its icon
 * would be a request the user did not make, and an SSRF path peers have
 * shipped. No stored icon gives a transparent 1x1 GIF, so the card's
 * lettered badge shows through.
 */
#include <sodium.h>
#include <string.h>

#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "util/err.h"
#include "util/str.h"
#include "web/app.h"
#include "web/handlers.h"

#define ICON_MAX (256 * 1024)

static const unsigned char blank_gif[] = {
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00,
    0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00,
    0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};

static const char *const icon_types[] = {"image/png", "image/x-icon", "image/vnd.microsoft.icon",
                                         "image/gif", "image/jpeg", "image/webp", "image/svg+xml"};

/* The value of attribute name="..." inside tag[0..n), or NULL. */
static const char *attr(const char *tag, size_t n, const char *name, size_t *len)
{
    char pat[16];
    snprintf(pat, sizeof pat, " %s=\"", name);
    const char *p = memmem(tag, n, pat, strlen(pat));
    if (!p)
        return NULL;
    p += strlen(pat);
    const char *e = memchr(p, '"', (size_t)(tag + n - p));
    if (!e)
        return NULL;
    *len = (size_t)(e - p);
    return p;
}

/* Finds the best icon in the head of a single-file page: rel="icon" or
 * "shortcut icon" before apple-touch icons. Decodes it into out. */
static bool find_icon(const char *html, size_t n, ls_buf *out, const char **type)
{
    const char *head_end = memmem(html, n, "</head>", 7);
    size_t lim = head_end ? (size_t)(head_end - html) : n;
    int best_rank = 99;
    const char *best = NULL;
    size_t best_len = 0;
    for (const char *p = html; (p = memmem(p, lim - (size_t)(p - html), "<link ", 6));) {
        const char *gt = memchr(p, '>', lim - (size_t)(p - html));
        if (!gt)
            break;
        size_t tn = (size_t)(gt - p), rl = 0, hl = 0;
        const char *rel = attr(p, tn, "rel", &rl), *href = attr(p, tn, "href", &hl);
        p = gt;
        if (!rel || !href || !memmem(rel, rl, "icon", 4) || hl < 16 ||
            !ls_startswith_nocase(href, "data:image/"))
            continue;
        int rank = memmem(rel, rl, "apple", 5) || memmem(rel, rl, "mask", 4) ? 2 : 1;
        if (rank < best_rank) {
            best_rank = rank;
            best = href;
            best_len = hl;
        }
    }
    if (!best)
        return false;
    const char *comma = memchr(best, ',', best_len);
    if (!comma || !memmem(best, (size_t)(comma - best), ";base64", 7))
        return false;
    *type = NULL;
    for (size_t i = 0; i < sizeof icon_types / sizeof icon_types[0]; i++)
        if (ls_startswith_nocase(best + 5, icon_types[i]))
            *type = icon_types[i];
    if (!*type)
        return false;
    size_t b64 = (size_t)(best + best_len - (comma + 1)), bin = 0;
    if (b64 > ICON_MAX * 4 / 3 || ls_buf_grow(out, b64) != LS_OK)
        return false;
    if (sodium_base642bin((unsigned char *)out->data, out->cap, comma + 1, b64, " \n\r\t", &bin,
                          NULL, sodium_base64_VARIANT_ORIGINAL) != 0)
        return false;
    out->len = bin;
    return bin > 0;
}

void ls_files_favicon(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_link l = {0};
    int rc = ls_link_get(r->db, r->user.id, ids[0], &l);
    ls_link_release(&l);
    if (rc != LS_OK) { /* another user's link: 404 like every object route */
        s->status = 404;
        s->content_type = "text/plain; charset=utf-8";
        ls_buf_adds(&s->body, "not found\n");
        return;
    }
    ls_snapshot p = {0};
    ls_buf page;
    ls_buf_init(&page, (size_t)64 << 20);
    const char *type = NULL;
    s->archived = true;
    s->status = 200;
    bool found = ls_snapshot_latest_done(r->db, r->user.id, ids[0], &p) == LS_OK &&
                 p.single_blob && ls_blob_get(r->db, p.single_blob, &page) == LS_OK &&
                 page.data && find_icon(page.data, page.len, &s->body, &type);
    if (!found) {
        ls_buf_reset(&s->body);
        ls_buf_add(&s->body, blank_gif, sizeof blank_gif);
        type = "image/gif";
    }
    s->content_type = type;
    ls_resp_header(s, "Cache-Control", "private, max-age=3600");
    ls_buf_release(&page);
    ls_snapshot_release(&p);
}
