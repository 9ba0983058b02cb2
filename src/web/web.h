/*
 * web.h - `linksnap serve`: the HTTP server (pages and JSON API) and the
 * capture workers, in one process.
 *
 * ls_web_serve() runs until SIGINT or SIGTERM, then stops accepting, lets
 * running captures finish for a short grace period, puts the rest back on
 * the queue (ls_job_release) and returns 0. It prints one line
 * "linksnap: listening on http://HOST:PORT/" to stdout when ready (with the
 * real port when the listen address asked for port 0).
 */
#ifndef LS_WEB_WEB_H
#define LS_WEB_WEB_H

#include <stdbool.h>

typedef struct ls_web_opts {
    const char *data_dir;
    const char *listen;         /* "127.0.0.1:8080", "[::1]:8080", ":8080" */
    int http_threads;           /* libmicrohttpd thread pool size (default 4) */
    int workers;                /* capture workers (default 2; 0 = none) */
    int max_per_host;           /* concurrent captures of one host (default 2) */
    bool allow_private;         /* captures may reach private addresses */
    const char *content_origin; /* e.g. "http://127.0.0.2:8080": archived
                                   files are linked from there, or NULL */
    int grace_seconds;          /* shutdown wait for running captures (default 10) */
    bool response_cache;        /* cache read-only answers until the next commit
                                   (default on; LINKSNAP_RESPONSE_CACHE=0 turns it off) */
} ls_web_opts;

void ls_web_opts_default(ls_web_opts *o);
/* Returns 0 after a clean shutdown, 1 when the server could not start. */
int ls_web_serve(const ls_web_opts *o);

#endif
