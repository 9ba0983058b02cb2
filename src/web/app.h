/*
 * app.h - what the web layer's files share inside one server process: the
 * options, the route handler type, the per-thread database and helpers to
 * answer in JSON or HTML. Private to src/web/.
 */
#ifndef LS_WEB_APP_H
#define LS_WEB_APP_H

#include <stdbool.h>
#include <stdint.h>

#include <jansson.h>

#include "store/db.h"
#include "web/http.h"
#include "web/web.h"

/* Request body caps: JSON and forms (SECURITY.md 26). */
#define LS_WEB_BODY_MAX (256 * 1024)

typedef struct ls_app ls_app;

/* Route flags. */
enum {
    LS_R_PUBLIC = 1, /* no login needed */
    LS_R_ADMIN = 2,  /* admins only */
    LS_R_API = 4,    /* JSON errors, Bearer tokens accepted */
    LS_R_CACHE = 8,  /* GET answer depends only on the database and the key
                        route.c builds: may come from the response cache */
};

typedef void (*ls_route_fn)(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids);

typedef struct ls_route {
    const char *method;  /* "GET", "POST", ... */
    const char *pattern; /* "/api/links/#/snapshots": '#' is a positive id */
    int flags;
    ls_route_fn fn;
} ls_route;

struct ls_app {
    ls_web_opts opts;
    char data_dir[4096];
    void *limiter;   /* login rate limiter (auth.c) */
    void *workers;   /* capture pool (workers.c) */
    unsigned char key[32]; /* signs content-origin file URLs (per process) */
};

/* Answers one request (routing, authentication, CSRF/Origin checks,
 * security headers). Used by server.c and by the unit tests. */
void ls_app_handle(ls_app *app, ls_req *r, ls_resp *s);

/* The database connection of the calling thread (opened lazily). */
ls_db *ls_app_db(ls_app *app);

/* JSON answers. ls_json_send steals a reference to v. */
void ls_json_send(ls_resp *s, int status, json_t *v);
void ls_json_error(ls_resp *s, int status, const char *code, const char *message);
/* Maps an LS_E* code to a status and a JSON error. */
void ls_json_store_error(ls_resp *s, int rc);
/* The request's JSON object body, or NULL after answering 400. */
json_t *ls_json_body(ls_req *r, ls_resp *s);

/* The URL of a snapshot file for frames and links: on the content origin
 * (a signed, expiring capability) when one is configured, else the
 * session-checked /snapshots/ID/files/KIND. Appended to b, unescaped. */
void ls_files_url(ls_app *app, ls_buf *b, int64_t snapshot_id, const char *kind);

/* Wakes the capture workers (after a job was queued). */
void ls_workers_kick(ls_app *app);

#endif
