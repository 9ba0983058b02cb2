/*
 * server.c - libmicrohttpd glue: options and limits, the access handler that
 * collects a capped body and turns a connection into an ls_req, the
 * per-thread database, and the signal-driven lifecycle of ls_web_serve().
 *
 * Limits (SECURITY.md 26): 32 KB of memory per connection (so 64 KB of
 * headers is refused by libmicrohttpd itself), 512 connections, 64 per
 * client address, 30 s idle timeout, request bodies capped at
 * LS_WEB_BODY_MAX (413 without reading the rest).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "util/dynload.h"
#include "util/err.h"
#include "util/log.h"
#include "web/app.h"
#include "web/auth.h"
#include "store/jobs.h"
#include "web/workers.h"

typedef struct conn_ctx {
    ls_buf body;
    bool too_big;
} conn_ctx;

static pthread_key_t db_key;
static pthread_once_t db_key_once = PTHREAD_ONCE_INIT;

static void db_close_cb(void *p)
{
    ls_db_close(p);
}

static void db_key_make(void)
{
    pthread_key_create(&db_key, db_close_cb);
}

ls_db *ls_app_db(ls_app *app)
{
    pthread_once(&db_key_once, db_key_make);
    ls_db *db = pthread_getspecific(db_key);
    /* A thread serves one app in the server; the unit tests run several
     * apps (data folders) on one thread, so the folder is compared. */
    if (db && strcmp(ls_db_data_dir(db), app->data_dir) != 0) {
        ls_db_close(db);
        pthread_setspecific(db_key, NULL);
        db = NULL;
    }
    if (!db) {
        if (ls_db_open(app->data_dir, &db) != LS_OK)
            return NULL;
        pthread_setspecific(db_key, db);
    }
    return db;
}

static enum MHD_Result collect_kv(void *cls, enum MHD_ValueKind kind, const char *key,
                                  const char *value)
{
    ls_req *r = cls;
    ls_kvlist *l = kind == MHD_HEADER_KIND ? &r->headers : &r->query;
    if (!key)
        return MHD_YES;
    ls_kv_add(l, &r->arena, key, strlen(key), value ? value : "", value ? strlen(value) : 0);
    return MHD_YES;
}

static void client_addr(struct MHD_Connection *c, ls_req *r)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr)
        return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const void *)sa;
        inet_ntop(AF_INET, &in->sin_addr, r->client_ip, sizeof r->client_ip);
        r->client_loopback = (ntohl(in->sin_addr.s_addr) >> 24) == 127;
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const void *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, r->client_ip, sizeof r->client_ip);
        r->client_loopback = IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr) ||
                             (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr) &&
                              in6->sin6_addr.s6_addr[12] == 127);
    }
}

static enum MHD_Result send_resp(struct MHD_Connection *c, ls_resp *s)
{
    size_t len = 0;
    char *body = ls_buf_detach(&s->body, &len);
    struct MHD_Response *mr =
        MHD_create_response_from_buffer(len, body ? body : (void *)"", body ? MHD_RESPMEM_MUST_FREE
                                                                            : MHD_RESPMEM_PERSISTENT);
    if (!mr) {
        free(body);
        return MHD_NO;
    }
    if (s->content_type)
        MHD_add_response_header(mr, "Content-Type", s->content_type);
    for (size_t i = 0; i < s->headers.n; i++)
        MHD_add_response_header(mr, s->headers.v[i].key, s->headers.v[i].val);
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)s->status, mr);
    MHD_destroy_response(mr);
    return ok;
}

static enum MHD_Result too_large(struct MHD_Connection *c)
{
    ls_resp s;
    ls_resp_init(&s);
    ls_json_error(&s, 413, "too_large", "request body too large");
    ls_resp_header(&s, "Connection", "close");
    enum MHD_Result ok = send_resp(c, &s);
    ls_resp_release(&s);
    return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_size, void **con_cls)
{
    ls_app *app = cls;
    conn_ctx *cc = *con_cls;
    if (!cc) {
        cc = calloc(1, sizeof *cc);
        if (!cc)
            return MHD_NO;
        ls_buf_init(&cc->body, LS_WEB_BODY_MAX);
        *con_cls = cc;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && strtoull(cl, NULL, 10) > LS_WEB_BODY_MAX)
            return too_large(c);
        return MHD_YES;
    }
    if (*upload_size) {
        if (!cc->too_big && ls_buf_add(&cc->body, upload_data, *upload_size) != LS_OK)
            cc->too_big = true;
        *upload_size = 0;
        return MHD_YES;
    }
    if (cc->too_big)
        return too_large(c);

    ls_req r;
    ls_resp s;
    ls_req_init(&r);
    ls_resp_init(&s);
    r.method = ls_arena_strdup(&r.arena, method);
    r.path = ls_arena_strdup(&r.arena, url);
    r.body = cc->body.data ? cc->body.data : "";
    r.body_len = cc->body.len;
    MHD_get_connection_values(c, MHD_HEADER_KIND, collect_kv, &r);
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_kv, &r);
    client_addr(c, &r);
    ls_app_handle(app, &r, &s);
    enum MHD_Result ok = send_resp(c, &s);
    ls_resp_release(&s);
    ls_req_release(&r);
    return ok;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    conn_ctx *cc = *con_cls;
    if (cc) {
        ls_buf_release(&cc->body);
        free(cc);
        *con_cls = NULL;
    }
}

/* "host:port", "[v6]:port" or ":port" into a socket address. */
static int parse_listen(const char *s, struct sockaddr_storage *ss, bool *v6)
{
    memset(ss, 0, sizeof *ss);
    const char *colon = strrchr(s, ':');
    if (!colon)
        return LS_EINVAL;
    char *end = NULL;
    long port = strtol(colon + 1, &end, 10);
    if (*end || port < 0 || port > 65535 || end == colon + 1)
        return LS_EINVAL;
    char host[256];
    size_t hl = (size_t)(colon - s);
    if (hl >= sizeof host)
        return LS_EINVAL;
    memcpy(host, s, hl);
    host[hl] = '\0';
    if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') {
        struct sockaddr_in6 *a = (void *)ss;
        host[hl - 1] = '\0';
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)port);
        *v6 = true;
        return inet_pton(AF_INET6, host + 1, &a->sin6_addr) == 1 ? LS_OK : LS_EINVAL;
    }
    struct sockaddr_in *a = (void *)ss;
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)port);
    *v6 = false;
    if (!host[0] || !strcmp(host, "localhost"))
        return inet_pton(AF_INET, host[0] ? "127.0.0.1" : "0.0.0.0", &a->sin_addr) == 1
                   ? LS_OK : LS_EINVAL;
    return inet_pton(AF_INET, host, &a->sin_addr) == 1 ? LS_OK : LS_EINVAL;
}

void ls_web_opts_default(ls_web_opts *o)
{
    memset(o, 0, sizeof *o);
    o->data_dir = "./linksnap-data";
    o->listen = "127.0.0.1:8080";
    o->http_threads = 4;
    o->workers = 2;
    o->max_per_host = 2;
    o->grace_seconds = 10;
    const char *rc = getenv("LINKSNAP_RESPONSE_CACHE");
    o->response_cache = !(rc && !strcmp(rc, "0"));
}

static struct MHD_Daemon *start_daemon(ls_app *app, const struct sockaddr_storage *ss, bool v6)
{
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC;
    if (v6)
        flags |= MHD_USE_IPv6;
    unsigned threads = app->opts.http_threads > 0 ? (unsigned)app->opts.http_threads : 4;
    return MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, app,
        MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)ss,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32 * 1024,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)512,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)64,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, app,
        MHD_OPTION_END);
}

int ls_web_serve(const ls_web_opts *o)
{
    int rc = 1;
    ls_app app;
    memset(&app, 0, sizeof app);
    app.opts = *o;
    snprintf(app.data_dir, sizeof app.data_dir, "%s", o->data_dir);
    struct sockaddr_storage ss;
    bool v6 = false;
    if (parse_listen(o->listen, &ss, &v6) != LS_OK) {
        fprintf(stderr, "linksnap: bad listen address '%s' (want HOST:PORT)\n", o->listen);
        return 1;
    }
    /* The main thread owns the signals; every thread started below inherits
     * the blocked mask, so sigwait() is the only place they arrive. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    ls_db *db = NULL;
    if (ls_db_open(app.data_dir, &db) != LS_OK) {
        fprintf(stderr, "linksnap: cannot open the database in %s\n", app.data_dir);
        return 1;
    }
    int n = ls_job_recover_running(db);
    if (n > 0)
        ls_info("requeued %d interrupted capture(s)", n);
    app.limiter = ls_auth_limiter_new();
    randombytes_buf(app.key, sizeof app.key);
    struct MHD_Daemon *d = start_daemon(&app, &ss, v6);
    if (!d) {
        int e = errno;
        if (*ls_mhd_load_error())
            fprintf(stderr, "linksnap: cannot serve: %s\n", ls_mhd_load_error());
        else
            fprintf(stderr, "linksnap: cannot listen on %s: %s\n", o->listen, strerror(e));
        goto out;
    }
    app.workers = ls_workers_start(&app, o->workers);
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    char host[64] = "127.0.0.1";
    if (v6)
        inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, host, sizeof host);
    else
        inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, host, sizeof host);
    printf("linksnap: listening on http://%s%s%s:%u/\n", v6 ? "[" : "", host, v6 ? "]" : "",
           di ? (unsigned)di->port : 0);
    fflush(stdout);

    int sig = 0;
    sigwait(&set, &sig);
    ls_info("signal %d: shutting down", sig);
    MHD_stop_daemon(d);
    ls_workers_stop(app.workers, db, o->grace_seconds);
    rc = 0;
out:
    ls_auth_limiter_free(app.limiter);
    ls_db_close(db);
    return rc;
}
