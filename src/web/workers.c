/*
 * workers.c - the capture worker pool (see workers.h).
 */
#include "web/workers.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "capture/capture.h"
#include "store/jobs.h"
#include "store/snapshots.h"
#include "util/err.h"
#include "util/log.h"
#include "util/timeutil.h"

/* The capture engine may be built later than the server: a weak reference
 * lets the server start without it (its jobs then fail with a reason). */
#pragma weak ls_capture_run
#pragma weak ls_capture_opts_default

#define LEASE_SECONDS 600
#define MAX_WORKERS 64

typedef struct pool pool;

typedef struct worker {
    pool *p;
    int index;
    pthread_t th;
    int64_t job_id; /* running job, 0 when idle; under p->mu */
    bool done;      /* the thread has left its loop; under p->mu */
} worker;

struct pool {
    ls_app *app;
    pthread_mutex_t mu;
    pthread_cond_t wake;  /* new work or stop */
    pthread_cond_t exited;
    bool stop;
    int n;
    worker w[MAX_WORKERS];
};

/* A failed attempt: the job is failed or queued for a retry, and its
 * snapshot with it, in one transaction, so no reader sees a snapshot
 * 'failed' that will be tried again. */
static void record_failure(ls_db *db, const ls_job *job, const ls_capture_result *res)
{
    const char *why = res->error[0] ? res->error : ls_strerror(res->rc);
    bool retry = false;
    int rc = ls_db_begin(db);
    if (rc == LS_OK)
        rc = ls_job_fail(db, job->id, res->transient, why, &retry);
    if (rc == LS_OK)
        rc = retry ? ls_snapshot_requeue(db, job->snapshot_id)
                   : ls_snapshot_fail(db, job->snapshot_id, res->http_status, why);
    if (rc == LS_OK)
        rc = ls_db_commit(db);
    else
        (void)ls_db_rollback(db);
    if (rc != LS_OK) /* the lease runs out and recovery requeues the job */
        ls_warn("job %lld: cannot record its failure: %s", (long long)job->id,
                ls_db_errmsg(db));
}

static void run_job(pool *p, ls_db *db, ls_job *job)
{
    ls_capture_result res;
    memset(&res, 0, sizeof res);
    ls_snapshot_mark_running(db, job->snapshot_id);
    if (ls_capture_run && ls_capture_opts_default) {
        ls_capture_opts o;
        ls_capture_opts_default(&o);
        o.allow_private = p->app->opts.allow_private;
        o.caller_records_failure = true;
        int64_t t0 = ls_mono_ms();
        ls_capture_run(db, job->snapshot_id, &o, &res);
        ls_info("job %lld (snapshot %lld): %s in %lld ms", (long long)job->id,
                (long long)job->snapshot_id, res.rc == LS_OK ? "done" : res.error,
                (long long)(ls_mono_ms() - t0));
    } else {
        res.rc = LS_EIO;
        snprintf(res.error, sizeof res.error, "capture engine not built into this binary");
    }
    if (res.rc == LS_OK)
        ls_job_complete(db, job->id);
    else
        record_failure(db, job, &res);
}

/* Sleeps until kicked, stopped, or the next job is due (at most 5 s). */
static void idle_wait(pool *p, ls_db *db)
{
    int64_t due = 5;
    if (ls_job_next_due(db, &due) != LS_OK || due > 5)
        due = 5;
    if (due < 1)
        due = 1;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += due;
    pthread_mutex_lock(&p->mu);
    if (!p->stop)
        pthread_cond_timedwait(&p->wake, &p->mu, &ts);
    pthread_mutex_unlock(&p->mu);
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    pool *p = w->p;
    ls_db *db = NULL;
    char name[320];
    ls_job_worker_name(name, sizeof name, "serve", w->index);
    if (ls_db_open(p->app->data_dir, &db) != LS_OK) {
        ls_error("worker %d: cannot open the database", w->index);
        goto out;
    }
    for (;;) {
        pthread_mutex_lock(&p->mu);
        bool stop = p->stop;
        pthread_mutex_unlock(&p->mu);
        if (stop)
            break;
        ls_job job;
        memset(&job, 0, sizeof job);
        int rc = ls_job_claim(db, name, LEASE_SECONDS, p->app->opts.max_per_host, &job);
        if (rc == LS_ENOTFOUND) {
            idle_wait(p, db);
            continue;
        }
        if (rc != LS_OK) {
            ls_warn("worker %d: claim failed: %s", w->index, ls_db_errmsg(db));
            idle_wait(p, db);
            continue;
        }
        pthread_mutex_lock(&p->mu);
        w->job_id = job.id;
        pthread_mutex_unlock(&p->mu);
        run_job(p, db, &job);
        pthread_mutex_lock(&p->mu);
        w->job_id = 0;
        pthread_mutex_unlock(&p->mu);
        ls_job_clear(&job);
    }
out:
    ls_db_close(db);
    pthread_mutex_lock(&p->mu);
    w->done = true;
    pthread_cond_broadcast(&p->exited);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

void *ls_workers_start(ls_app *app, int n)
{
    pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->app = app;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    pthread_cond_init(&p->exited, NULL);
    if (n > MAX_WORKERS)
        n = MAX_WORKERS;
    for (int i = 0; i < n; i++) {
        p->w[i].p = p;
        p->w[i].index = i;
        if (pthread_create(&p->w[i].th, NULL, worker_main, &p->w[i]) != 0)
            break;
        p->n++;
    }
    return p;
}

void ls_workers_kick(ls_app *app)
{
    pool *p = app->workers;
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
}

void ls_workers_stop(void *arg, ls_db *db, int grace_seconds)
{
    pool *p = arg;
    if (!p)
        return;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += grace_seconds > 0 ? grace_seconds : 0;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->wake);
    int running = 0;
    for (;;) {
        running = 0;
        for (int i = 0; i < p->n; i++)
            running += !p->w[i].done;
        if (!running || pthread_cond_timedwait(&p->exited, &p->mu, &ts) == ETIMEDOUT)
            break;
    }
    int64_t left[MAX_WORKERS];
    int nleft = 0;
    for (int i = 0; i < p->n; i++)
        if (!p->w[i].done && p->w[i].job_id)
            left[nleft++] = p->w[i].job_id;
    pthread_mutex_unlock(&p->mu);
    if (running) {
        /* Captures still going: hand their jobs back to the queue and leave
         * the threads to die with the process. */
        for (int i = 0; i < nleft; i++)
            ls_job_release(db, left[i]);
        ls_info("released %d running capture(s) back to the queue", nleft);
        return;
    }
    for (int i = 0; i < p->n; i++)
        pthread_join(p->w[i].th, NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->wake);
    pthread_cond_destroy(&p->exited);
    free(p);
}
