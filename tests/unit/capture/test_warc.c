/*
 * test_warc.c - the WARC writer, checked by reading its output back: each
 * gzip member is inflated on its own with zlib, the WARC head parsed, and
 * Content-Length and both digests recomputed from the stored block.
 */
#include "harness.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "capture/warc.h"
#include "util/err.h"
#include "util/hash.h"

#define MAX_RECS 16
#define MAX_FIELDS 24

typedef struct rec {
    char *raw; /* the inflated member */
    size_t raw_len;
    char *names[MAX_FIELDS];
    char *values[MAX_FIELDS];
    int nfields;
    const char *block;
    size_t block_len;
} rec;

typedef struct parsed {
    rec recs[MAX_RECS];
    int n;
    int bad; /* members that did not parse */
} parsed;

static const char *field(const rec *r, const char *name)
{
    for (int i = 0; i < r->nfields; i++)
        if (!strcasecmp(r->names[i], name))
            return r->values[i];
    return NULL;
}

/* Inflates one gzip member at p; returns bytes consumed, 0 on error. */
static size_t inflate_member(const unsigned char *p, size_t n, char **out, size_t *out_len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return 0;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)n;
    int zrc;
    do {
        if (cap - len < 4096) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
        zs.next_out = (Bytef *)buf + len;
        zs.avail_out = (uInt)(cap - len);
        zrc = inflate(&zs, Z_NO_FLUSH);
        len = cap - zs.avail_out;
    } while (zrc == Z_OK);
    size_t used = n - zs.avail_in;
    inflateEnd(&zs);
    if (zrc != Z_STREAM_END) {
        free(buf);
        return 0;
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return used;
}

/* Splits the WARC head into fields (in place) and finds the block. */
static int parse_record(rec *r)
{
    char *end = strstr(r->raw, "\r\n\r\n");
    if (!end || strncmp(r->raw, "WARC/1.1\r\n", 10) != 0)
        return -1;
    *end = '\0';
    char *line = r->raw + 10;
    while (line && *line && r->nfields < MAX_FIELDS) {
        char *nl = strstr(line, "\r\n");
        if (nl)
            *nl = '\0';
        char *colon = strchr(line, ':');
        if (!colon)
            return -1;
        *colon = '\0';
        r->names[r->nfields] = line;
        r->values[r->nfields++] = colon + 2;
        line = nl ? nl + 2 : NULL;
    }
    const char *cl = field(r, "Content-Length");
    if (!cl)
        return -1;
    r->block = end + 4;
    r->block_len = strtoul(cl, NULL, 10);
    size_t have = r->raw_len - (size_t)(r->block - r->raw);
    if (have != r->block_len + 4 || memcmp(r->block + r->block_len, "\r\n\r\n", 4) != 0)
        return -1;
    return 0;
}

static void parse_warc(const ls_warc *w, parsed *out)
{
    memset(out, 0, sizeof *out);
    const unsigned char *p = (const unsigned char *)w->out.data;
    size_t left = w->out.len;
    while (left > 0 && out->n < MAX_RECS) {
        rec *r = &out->recs[out->n];
        size_t used = inflate_member(p, left, &r->raw, &r->raw_len);
        if (!used) {
            out->bad++;
            return;
        }
        if (parse_record(r) != 0)
            out->bad++;
        out->n++;
        p += used;
        left -= used;
    }
}

static void free_parsed(parsed *ps)
{
    for (int i = 0; i < ps->n; i++)
        free(ps->recs[i].raw);
}

static void sha256_b32(const void *p, size_t n, char out[80])
{
    unsigned char d[32];
    char b32[64];
    ls_sha256(p, n, d);
    ls_base32(d, sizeof d, b32);
    snprintf(out, 80, "sha256:%s", b32);
}

/* The HTTP payload: what follows the first blank line of the block. */
static const char *payload_of(const rec *r, size_t *len)
{
    const char *b = r->block, *e = r->block + r->block_len;
    for (const char *q = b; q + 4 <= e; q++)
        if (!memcmp(q, "\r\n\r\n", 4)) {
            *len = (size_t)(e - (q + 4));
            return q + 4;
        }
    *len = 0;
    return e;
}

static void check_digests(const rec *r)
{
    char want[80];
    sha256_b32(r->block, r->block_len, want);
    CHECK_STR_EQ(field(r, "WARC-Block-Digest"), want);
    if (strcmp(field(r, "WARC-Type"), "warcinfo") != 0) {
        size_t plen;
        const char *pl = payload_of(r, &plen);
        sha256_b32(pl, plen, want);
        CHECK_STR_EQ(field(r, "WARC-Payload-Digest"), want);
    }
}

static bool is_uuid_v4_id(const char *s)
{
    if (!s || strlen(s) != 47 || strncmp(s, "<urn:uuid:", 10) || s[46] != '>')
        return false;
    const char *u = s + 10;
    for (int i = 0; i < 36; i++) {
        bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash ? u[i] != '-' : !strchr("0123456789abcdef", u[i]))
            return false;
    }
    return u[14] == '4' && strchr("89ab", u[19]);
}

static const char page_head[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\n"
                                "Content-Length: 11\r\n\r\n";
static const char page_req[] = "GET /a.html HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                               "User-Agent: linksnap\r\nAccept: */*\r\n\r\n";

static void add_page(ls_warc *w, int64_t when)
{
    ls_warc_exchange ex = {.url = "http://127.0.0.1:8080/a.html", .ip = "127.0.0.1",
                           .when = when, .req_head = page_req, .req_head_len = strlen(page_req),
                           .resp_head = page_head, .resp_head_len = strlen(page_head),
                           .body = "hello world", .body_len = 11};
    CHECK_INT_EQ(ls_warc_add_exchange(w, &ex), LS_OK);
}

TEST(warc_records_parse_back_with_digests)
{
    ls_crypto_init();
    ls_warc w;
    ls_warc_init(&w, 1 << 20);
    CHECK_INT_EQ(ls_warc_add_warcinfo(&w, "snap-1.warc.gz", 1780000000), LS_OK);
    add_page(&w, 1780000001);
    CHECK_INT_EQ(w.records, 3);
    parsed ps;
    parse_warc(&w, &ps);
    CHECK_INT_EQ(ps.bad, 0);
    CHECK_INT_EQ(ps.n, 3);
    if (ps.n == 3 && !ps.bad) {
        rec *info = &ps.recs[0], *rq = &ps.recs[1], *rs = &ps.recs[2];
        CHECK_STR_EQ(field(info, "WARC-Type"), "warcinfo");
        CHECK_STR_EQ(field(info, "Content-Type"), "application/warc-fields");
        CHECK_STR_EQ(field(info, "WARC-Filename"), "snap-1.warc.gz");
        CHECK_CONTAINS(info->block, "software: linksnap/");
        CHECK_STR_EQ(field(rq, "WARC-Type"), "request");
        CHECK_STR_EQ(field(rs, "WARC-Type"), "response");
        CHECK_STR_EQ(field(rs, "WARC-Date"), "2026-05-28T20:26:41Z");
        CHECK_STR_EQ(field(rs, "WARC-Target-URI"), "http://127.0.0.1:8080/a.html");
        CHECK_STR_EQ(field(rq, "WARC-IP-Address"), "127.0.0.1");
        CHECK_STR_EQ(field(rs, "Content-Type"), "application/http;msgtype=response");
        CHECK_STR_EQ(field(rq, "Content-Type"), "application/http;msgtype=request");
        CHECK(is_uuid_v4_id(field(info, "WARC-Record-ID")));
        CHECK(is_uuid_v4_id(field(rq, "WARC-Record-ID")));
        CHECK(strcmp(field(rq, "WARC-Record-ID"), field(rs, "WARC-Record-ID")) != 0);
        CHECK_STR_EQ(field(rq, "WARC-Warcinfo-ID"), field(info, "WARC-Record-ID"));
        CHECK_STR_EQ(field(rs, "WARC-Warcinfo-ID"), field(info, "WARC-Record-ID"));
        CHECK_STR_EQ(field(rq, "WARC-Concurrent-To"), field(rs, "WARC-Record-ID"));
        CHECK_STR_EQ(field(rs, "WARC-Concurrent-To"), field(rq, "WARC-Record-ID"));
        CHECK(field(rs, "WARC-Truncated") == NULL);
        CHECK_INT_EQ(rq->block_len, strlen(page_req));
        CHECK(!memcmp(rq->block, page_req, rq->block_len));
        CHECK_INT_EQ(rs->block_len, strlen(page_head) + 11);
        CHECK(!memcmp(rs->block, page_head, strlen(page_head)));
        for (int i = 0; i < 3; i++)
            check_digests(&ps.recs[i]);
    }
    free_parsed(&ps);
    ls_warc_release(&w);
}

TEST(warc_keeps_encoded_body_and_renames_chunked)
{
    ls_crypto_init();
    unsigned char gz[64];
    for (size_t i = 0; i < sizeof gz; i++)
        gz[i] = (unsigned char)(i * 37); /* NULs and high bytes included */
    const char *head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                       "Content-Encoding: gzip\r\n\r\n";
    ls_warc w;
    ls_warc_init(&w, 1 << 20);
    ls_warc_exchange ex = {.url = "http://h.test/x", .when = 1, .resp_head = head,
                           .resp_head_len = strlen(head), .body = (const char *)gz,
                           .body_len = sizeof gz};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_OK);
    parsed ps;
    parse_warc(&w, &ps);
    CHECK_INT_EQ(ps.n, 2);
    if (ps.n == 2 && !ps.bad) {
        rec *rs = &ps.recs[1];
        size_t plen;
        const char *pl = payload_of(rs, &plen);
        CHECK_INT_EQ(plen, sizeof gz);
        CHECK(!memcmp(pl, gz, sizeof gz));
        CHECK(strstr(rs->block, "\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\n"));
        CHECK(!strstr(rs->block, "\r\nTransfer-Encoding"));
        CHECK(strstr(rs->block, "\r\nContent-Encoding: gzip\r\n"));
        CHECK(field(rs, "WARC-IP-Address") == NULL);
        CHECK(field(rs, "WARC-Warcinfo-ID") == NULL);
        check_digests(rs);
        check_digests(&ps.recs[0]);
    }
    free_parsed(&ps);
    ls_warc_release(&w);
}

TEST(warc_truncated_body_says_so_and_digests_stored_bytes)
{
    ls_crypto_init();
    const char *head = "HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n";
    ls_warc w;
    ls_warc_init(&w, 1 << 20);
    ls_warc_exchange ex = {.url = "http://h.test/big", .when = 1, .resp_head = head,
                           .resp_head_len = strlen(head), .body = "0123456789",
                           .body_len = 10, .truncated = true};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_OK);
    parsed ps;
    parse_warc(&w, &ps);
    CHECK_INT_EQ(ps.n, 2);
    if (ps.n == 2 && !ps.bad) {
        CHECK_STR_EQ(field(&ps.recs[1], "WARC-Truncated"), "length");
        CHECK(field(&ps.recs[0], "WARC-Truncated") == NULL);
        char want[80];
        sha256_b32("0123456789", 10, want);
        CHECK_STR_EQ(field(&ps.recs[1], "WARC-Payload-Digest"), want);
        check_digests(&ps.recs[1]);
    }
    free_parsed(&ps);
    ls_warc_release(&w);
}

TEST(warc_keeps_only_the_final_head_and_normalises_newlines)
{
    ls_crypto_init();
    const char *head = "HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n"
                       "HTTP/1.1 200 OK\nContent-Type: text/plain\n\n";
    const char *req = "GET /b HTTP/1.1\nHost: h.test\n";
    ls_warc w;
    ls_warc_init(&w, 1 << 20);
    ls_warc_exchange ex = {.url = "http://h.test/b", .when = 1, .req_head = req,
                           .req_head_len = strlen(req), .resp_head = head,
                           .resp_head_len = strlen(head), .body = "ok", .body_len = 2};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_OK);
    parsed ps;
    parse_warc(&w, &ps);
    if (ps.n == 2 && !ps.bad) {
        const char *want = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nok";
        CHECK_INT_EQ(ps.recs[1].block_len, strlen(want));
        CHECK(!memcmp(ps.recs[1].block, want, strlen(want)));
        const char *wreq = "GET /b HTTP/1.1\r\nHost: h.test\r\n\r\n";
        CHECK_INT_EQ(ps.recs[0].block_len, strlen(wreq));
        CHECK(!memcmp(ps.recs[0].block, wreq, strlen(wreq)));
        check_digests(&ps.recs[0]);
        check_digests(&ps.recs[1]);
    } else {
        CHECK(!"archive did not parse");
    }
    free_parsed(&ps);
    ls_warc_release(&w);
}

TEST(warc_synthesizes_request_without_userinfo)
{
    ls_crypto_init();
    const char *head = "HTTP/1.1 204 No Content\r\n\r\n";
    ls_warc w;
    ls_warc_init(&w, 1 << 20);
    ls_warc_exchange ex = {.url = "http://u:secret@h.test:8080/a/b?x=1#frag", .when = 1,
                           .resp_head = head, .resp_head_len = strlen(head)};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_OK);
    ls_warc_exchange bare = {.url = "http://h.test", .when = 1, .resp_head = head,
                             .resp_head_len = strlen(head)};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &bare), LS_OK);
    parsed ps;
    parse_warc(&w, &ps);
    CHECK_INT_EQ(ps.n, 4);
    if (ps.n == 4 && !ps.bad) {
        CHECK_STR_EQ(ps.recs[0].block, "GET /a/b?x=1 HTTP/1.1\r\nHost: h.test:8080\r\n\r\n"
                                       "\r\n\r\n");
        CHECK_NOT_CONTAINS(ps.recs[0].block, "secret");
        CHECK_CONTAINS(ps.recs[2].block, "GET / HTTP/1.1\r\nHost: h.test\r\n");
        check_digests(&ps.recs[1]);
    }
    free_parsed(&ps);
    ls_warc_release(&w);
}

TEST(warc_rejects_bad_fields_and_writes_nothing)
{
    ls_crypto_init();
    const char *head = "HTTP/1.1 200 OK\r\n\r\n";
    ls_warc w;
    ls_warc_init(&w, 1 << 20);
    ls_warc_exchange ex = {.url = "http://h.test/a\r\nWARC-Type: evil", .when = 1,
                           .resp_head = head, .resp_head_len = strlen(head)};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_EINVAL);
    ex.url = "http://h.test/a b";
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_EINVAL);
    ex.url = "http://h.test/";
    ex.ip = "1.2.3.4\nX: y";
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_EINVAL);
    ex.ip = NULL;
    ex.resp_head = NULL;
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_EINVAL);
    CHECK_INT_EQ(ls_warc_add_warcinfo(&w, "a\nb", 1), LS_EINVAL);
    CHECK_INT_EQ(w.out.len, 0);
    CHECK_INT_EQ(w.records, 0);
    ls_warc_release(&w);
}

TEST(warc_cap_refuses_whole_exchange_and_stays_valid)
{
    ls_crypto_init();
    size_t n = 200000;
    unsigned char *noise = malloc(n);
    randombytes_buf(noise, n); /* incompressible */
    const char *head = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n";
    ls_warc w;
    ls_warc_init(&w, 100000);
    CHECK_INT_EQ(ls_warc_add_warcinfo(&w, NULL, 1), LS_OK);
    add_page(&w, 2);
    size_t before = w.out.len;
    ls_warc_exchange ex = {.url = "http://h.test/big.png", .when = 1, .resp_head = head,
                           .resp_head_len = strlen(head), .body = (const char *)noise,
                           .body_len = n};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_ETOOBIG);
    CHECK_INT_EQ(w.out.len, before);
    CHECK_INT_EQ(w.records, 3);
    CHECK_INT_EQ(w.out.err, 0);
    add_page(&w, 3); /* still usable after a refusal */
    parsed ps;
    parse_warc(&w, &ps);
    CHECK_INT_EQ(ps.bad, 0);
    CHECK_INT_EQ(ps.n, 5);
    for (int i = 0; i < ps.n && !ps.bad; i++)
        check_digests(&ps.recs[i]);
    free_parsed(&ps);
    ls_warc_release(&w);
    free(noise);
}

TEST(warc_large_body_round_trips)
{
    ls_crypto_init();
    size_t n = 3u << 20;
    unsigned char *body = malloc(n);
    randombytes_buf(body, n);
    memset(body, 'a', n / 2); /* half compressible, half not */
    const char *head = "HTTP/1.1 200 OK\r\n\r\n";
    ls_warc w;
    ls_warc_init(&w, 16u << 20);
    ls_warc_exchange ex = {.url = "http://h.test/big", .when = 1, .resp_head = head,
                           .resp_head_len = strlen(head), .body = (const char *)body,
                           .body_len = n};
    CHECK_INT_EQ(ls_warc_add_exchange(&w, &ex), LS_OK);
    parsed ps;
    parse_warc(&w, &ps);
    CHECK_INT_EQ(ps.n, 2);
    if (ps.n == 2 && !ps.bad) {
        size_t plen;
        const char *pl = payload_of(&ps.recs[1], &plen);
        CHECK_INT_EQ(plen, n);
        CHECK(!memcmp(pl, body, n));
        check_digests(&ps.recs[1]);
    }
    free_parsed(&ps);
    ls_warc_release(&w);
    free(body);
}
