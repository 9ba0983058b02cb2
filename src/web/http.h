/*
 * http.h - the server-independent half of HTTP: a request as the handlers
 * see it (method, path, query, form, cookies, headers), a response they fill
 * (status, headers, body), and the pure parsers behind them (percent
 * decoding, urlencoded forms, cookies, Accept-Language, path ids).
 *
 * Nothing here knows libmicrohttpd: server.c fills an ls_req from a
 * connection and sends an ls_resp back, and the unit tests build both by
 * hand. Strings in an ls_req live in its arena and die with the request.
 */
#ifndef LS_WEB_HTTP_H
#define LS_WEB_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"

typedef struct ls_kv {
    const char *key;
    const char *val;
} ls_kv;

/* An append-only list of pairs; storage in an arena. */
typedef struct ls_kvlist {
    ls_kv *v;
    size_t n, cap;
} ls_kvlist;

/* Adds a copy of key/val (allocated in a); LS_ENOMEM or LS_ETOOBIG past
 * 256 pairs (a form never needs more; a flood of pairs is refused). */
int ls_kv_add(ls_kvlist *l, ls_arena *a, const char *key, size_t klen,
              const char *val, size_t vlen);
/* The first value for key, or NULL. */
const char *ls_kv_get(const ls_kvlist *l, const char *key);

/*
 * Decodes %XX and (when plus_is_space) '+' of s[0..n) into out, NUL
 * terminated; bad escapes are kept literally. Returns the decoded length.
 * out must hold n + 1 bytes. A decoded NUL byte is dropped so C strings
 * stay whole.
 */
size_t ls_http_pct_decode(const char *s, size_t n, char *out, bool plus_is_space);

/* Parses "a=1&b=%E4%B8%AD" (query string or form body) into l. */
int ls_http_parse_urlencoded(ls_kvlist *l, ls_arena *a, const char *s, size_t n);

/* Finds cookie name in a Cookie header; copies its value into out
 * (truncating never: returns false if it does not fit or is absent). */
bool ls_http_cookie_get(const char *header, const char *name, char *out, size_t outsz);

/* "en" or "zh": the best of the two for an Accept-Language header (q-values
 * honoured); NULL or no match gives "zh", the default. */
const char *ls_http_pick_lang(const char *accept_language);

/*
 * Parses a positive decimal id (1..2^53) from the whole of s[0..n).
 * Returns false for anything else (signs, spaces, overflow, empty).
 */
bool ls_http_parse_id(const char *s, size_t n, int64_t *out);

/* Clamps a decimal query value into [lo, hi]; absent or junk gives def. */
long ls_http_clamp_long(const char *s, long def, long lo, long hi);

/* True when next is a local path: starts with one '/', not "//" or "/\",
 * no scheme, no control characters. Used for ?next= redirects. */
bool ls_http_is_local_path(const char *next);

typedef struct ls_user_ctx {
    int64_t id;       /* 0 when anonymous */
    const char *name;
    bool is_admin;
    bool via_token;   /* authenticated by Authorization: Bearer */
    const char *lang; /* "zh" or "en": user setting, else Accept-Language */
    char csrf[65];    /* the form token bound to this session ("" if none) */
} ls_user_ctx;

typedef struct ls_req {
    ls_arena arena;
    const char *method;    /* "GET", "POST", ... */
    const char *path;      /* decoded path, no query */
    ls_kvlist query;
    ls_kvlist form;        /* urlencoded body (POST forms) */
    const char *body;      /* raw body, NUL terminated; "" when none */
    size_t body_len;
    ls_kvlist headers;     /* names as sent; look them up with ls_req_header */
    char client_ip[64];
    bool client_loopback;
    ls_user_ctx user;
    const char *route_arg; /* the '*' segment of the matched route, decoded */
    void *db;              /* the thread's ls_db (void to keep this header store-free) */
} ls_req;

void ls_req_init(ls_req *r);
void ls_req_release(ls_req *r);
/* A header value by case-insensitive name, or NULL. */
const char *ls_req_header(const ls_req *r, const char *name);
/* A form field, falling back to the query string. */
const char *ls_req_param(const ls_req *r, const char *name);
bool ls_req_is(const ls_req *r, const char *method);

typedef struct ls_resp {
    int status;
    const char *content_type; /* static string */
    ls_buf body;
    ls_kvlist headers;        /* extra headers (arena of the resp) */
    ls_arena arena;
    bool archived;            /* hostile stored content: sandbox CSP */
} ls_resp;

/* Bodies are capped at 256 MB (a file download is the biggest). */
void ls_resp_init(ls_resp *r);
void ls_resp_release(ls_resp *r);
void ls_resp_header(ls_resp *r, const char *name, const char *val);
/* 303 See Other to a local location. */
void ls_resp_redirect(ls_resp *r, const char *location);

#endif
