/*
 * jobs.h - the capture queue in the database.
 *
 * Life of a job: queued -> (claim) running -> done, or back to queued with a
 * backoff after a transient failure, or failed. A running job holds a lease
 * (lease_until); a worker that dies leaves it to expire, and
 * ls_job_requeue_expired() puts it back (counting the attempt, so a job that
 * crashes its worker every time ends failed after max_attempts).
 *
 * attempts counts claims. After a transient failure of attempt k (1-based)
 * the job waits LS_JOB_BACKOFF_BASE * 4^(k-1) seconds (10 s, 40 s, 160 s...)
 * unless attempts reached max_attempts, then it is failed.
 *
 * The store does not touch the snapshot row here: the worker marks the
 * snapshot running/done/failed itself (snapshots.h), in the same
 * transaction as the job change where it matters.
 */
#ifndef LS_STORE_JOBS_H
#define LS_STORE_JOBS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

#define LS_JOB_MAX_ATTEMPTS 4
#define LS_JOB_BACKOFF_BASE 10 /* seconds */

typedef struct ls_job {
    int64_t id;
    int64_t user_id;
    int64_t link_id;
    int64_t snapshot_id;
    char *host;         /* the URL's host, for per-host limits */
    char *state;        /* "queued", "running", "done", "failed" */
    int attempts;
    int max_attempts;
    int64_t next_run_at;
    int64_t lease_until; /* 0 unless running */
    char *worker;        /* who holds the lease, or NULL */
    char *error;         /* last failure reason, or NULL */
    int64_t created;
    int64_t updated;
} ls_job;

/* Frees the strings of *j and zeroes it (named _clear because
 * ls_job_release() is the queue verb below). */
void ls_job_clear(ls_job *j);

/* Queues a capture of snapshot_id (of link_id; user_id is taken from the
 * link), due now, with LS_JOB_MAX_ATTEMPTS. *id_out may be NULL. Callers
 * create link + snapshot + job in one ls_db_begin/commit. */
int ls_job_enqueue(ls_db *db, int64_t link_id, int64_t snapshot_id, const char *host,
                   int64_t *id_out);

/*
 * Atomically claims the oldest due queued job (next_run_at <= now) whose host
 * has fewer than max_per_host running jobs (<= 0: no limit): sets it
 * running, attempts+1, lease_until = now + lease_seconds, worker. LS_OK with
 * *out filled, or LS_ENOTFOUND when nothing is due.
 */
int ls_job_claim(ls_db *db, const char *worker, int lease_seconds, int max_per_host,
                 ls_job *out);

/* queued -> running for one known job (a capture run in the foreground by
 * the command line, which created the job itself): attempts+1, the lease
 * and worker set as by ls_job_claim(), so a crash leaves it to be
 * requeued. LS_ENOTFOUND unless the job was queued. Call inside the
 * transaction that enqueued it, so no worker can claim it first. */
int ls_job_claim_id(ls_db *db, int64_t id, const char *worker, int lease_seconds);

/* Extends the lease of a running job held by worker (long captures). */
int ls_job_heartbeat(ls_db *db, int64_t id, const char *worker, int lease_seconds);

/* running -> done. */
int ls_job_complete(ls_db *db, int64_t id);

/*
 * Records a failure. transient: queued again with the backoff while
 * attempts < max_attempts, else failed; permanent: failed at once.
 * *will_retry (may be NULL) says which.
 */
int ls_job_fail(ls_db *db, int64_t id, bool transient, const char *error,
                bool *will_retry);

/* Running jobs whose lease has expired go back to queued (or failed once
 * attempts reached max_attempts). Returns how many (>= 0) or LS_E*. */
int ls_job_requeue_expired(ls_db *db);

/*
 * The name a worker claims jobs under: "ROLE:HOST:PID" or, with index >= 0,
 * "ROLE:HOST:PID:wINDEX" (this machine's host name and this process).
 * Recovery reads the host and pid back to tell a live worker from a dead
 * one.
 */
void ls_job_worker_name(char *buf, size_t size, const char *role, int index);

/*
 * At the start of a worker process (`serve` after a crash or kill -9):
 * every running job whose worker is gone is treated as if its lease had
 * expired now, the attempt counted, so a job that crashes the process each
 * time ends failed instead of looping. A job held by another live process
 * on this machine (a `linksnap add` capturing in the foreground) or by a
 * worker on another machine is left to its lease. Returns how many (>= 0)
 * or LS_E*.
 */
int ls_job_recover_running(ls_db *db);

/* A running job goes back to queued, due now, its attempt not counted
 * (clean shutdown). */
int ls_job_release(ls_db *db, int64_t id);

/* The job if it is the user's (LS_ENOTFOUND otherwise). */
int ls_job_get(ls_db *db, int64_t user_id, int64_t id, ls_job *out);
/* The newest job of the user's snapshot (LS_ENOTFOUND otherwise). */
int ls_job_get_for_snapshot(ls_db *db, int64_t user_id, int64_t snapshot_id, ls_job *out);

typedef struct ls_job_counts {
    int64_t queued, running, done, failed;
} ls_job_counts;

/* Counts jobs by state; user_id 0 counts everyone's. */
int ls_job_count(ls_db *db, int64_t user_id, ls_job_counts *out);

/* Seconds until the next queued job is due (0 if one is due now), or
 * LS_ENOTFOUND when the queue is empty; lets a worker sleep exactly. */
int ls_job_next_due(ls_db *db, int64_t *seconds_out);

#endif
