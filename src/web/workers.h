/*
 * workers.h - the capture workers of `serve`: N threads, each with its own
 * database connection, claiming jobs from the durable queue (store/jobs.h),
 * running ls_capture_run() and completing or failing the job (transient
 * failures are retried with the store's backoff, permanent ones fail).
 *
 * A job that was running when the process died is put back on the queue
 * at start (ls_job_recover_running, store/jobs.h). On shutdown, running captures get a grace
 * period; those still running then are released back to the queue.
 */
#ifndef LS_WEB_WORKERS_H
#define LS_WEB_WORKERS_H

#include "store/db.h"
#include "web/app.h"

/* Starts n workers (n <= 0: none; returns a pool that does nothing). */
void *ls_workers_start(ls_app *app, int n);
/* Stops them as described above; db is the caller's connection. */
void ls_workers_stop(void *pool, ls_db *db, int grace_seconds);

#endif
