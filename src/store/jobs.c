/*
 * jobs.c - the capture queue. Contract in jobs.h. Each transition is one
 * UPDATE under the write lock, so two workers never claim the same job.
 */
#include "store/jobs.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store_int.h"
#include "util/err.h"

#define STR(x) #x
#define XSTR(x) STR(x)

#define JOB_COLS                                                                 \
    "id, user_id, link_id, snapshot_id, host, state, attempts, max_attempts,"     \
    " next_run_at, lease_until, worker, error, created, updated"

void ls_job_clear(ls_job *j)
{
    if (!j)
        return;
    free(j->host);
    free(j->state);
    free(j->worker);
    free(j->error);
    memset(j, 0, sizeof *j);
}

static void row_to_job(sqlite3_stmt *st, ls_job *j)
{
    memset(j, 0, sizeof *j);
    j->id = sqlite3_column_int64(st, 0);
    j->user_id = sqlite3_column_int64(st, 1);
    j->link_id = sqlite3_column_int64(st, 2);
    j->snapshot_id = sqlite3_column_int64(st, 3);
    j->host = store_col_dup(st, 4);
    j->state = store_col_dup(st, 5);
    j->attempts = sqlite3_column_int(st, 6);
    j->max_attempts = sqlite3_column_int(st, 7);
    j->next_run_at = sqlite3_column_int64(st, 8);
    j->lease_until = sqlite3_column_int64(st, 9);
    j->worker = store_col_dup(st, 10);
    j->error = store_col_dup(st, 11);
    j->created = sqlite3_column_int64(st, 12);
    j->updated = sqlite3_column_int64(st, 13);
}

int ls_job_enqueue(ls_db *db, int64_t link_id, int64_t snapshot_id, const char *host,
                   int64_t *id_out)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "INSERT INTO jobs(user_id, link_id, snapshot_id, host, state,"
                           " attempts, max_attempts, next_run_at, created, updated)"
                           " SELECT user_id, id, ?2, ?3, 'queued', 0, ?4, ?5, ?5, ?5"
                           " FROM links WHERE id = ?1",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, link_id);
    if (snapshot_id)
        sqlite3_bind_int64(st, 2, snapshot_id);
    else
        sqlite3_bind_null(st, 2);
    store_bind_text(st, 3, host ? host : "");
    sqlite3_bind_int(st, 4, LS_JOB_MAX_ATTEMPTS);
    sqlite3_bind_int64(st, 5, ls_db_now(db));
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    if (rc == LS_OK && id_out)
        *id_out = sqlite3_last_insert_rowid(db->sq);
    sqlite3_finalize(st);
    return rc;
}

int ls_job_claim(ls_db *db, const char *worker, int lease_seconds, int max_per_host,
                 ls_job *out)
{
    int64_t now = ls_db_now(db);
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = store_prepare(
        db,
        "UPDATE jobs SET state = 'running', attempts = attempts + 1,"
        " lease_until = ?1 + ?2, worker = ?3, updated = ?1"
        " WHERE id = (SELECT j.id FROM jobs j WHERE j.state = 'queued'"
        "   AND j.next_run_at <= ?1 AND (?4 <= 0 OR (SELECT count(*) FROM jobs r"
        "   WHERE r.state = 'running' AND r.host = j.host) < ?4)"
        "   ORDER BY j.next_run_at, j.id LIMIT 1)"
        " RETURNING " JOB_COLS,
        &st);
    if (rc)
        return store_end(db, rc);
    sqlite3_bind_int64(st, 1, now);
    sqlite3_bind_int64(st, 2, lease_seconds > 0 ? lease_seconds : 600);
    store_bind_text(st, 3, worker ? worker : "");
    sqlite3_bind_int(st, 4, max_per_host);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        row_to_job(st, out);
        src = sqlite3_step(st);
        if (src != SQLITE_DONE) {
            ls_job_clear(out);
            rc = store_fail(db, src);
        }
    } else {
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    }
    sqlite3_finalize(st);
    if (rc == LS_ENOTFOUND) /* nothing due is not a failed transaction */
        return ls_db_commit(db) ? LS_EDB : LS_ENOTFOUND;
    return store_end(db, rc);
}

int ls_job_claim_id(ls_db *db, int64_t id, const char *worker, int lease_seconds)
{
    return store_update_row(db,
                      "UPDATE jobs SET state = 'running', attempts = attempts + 1,"
                      " lease_until = ?2 + ?4, worker = ?3, updated = ?2"
                      " WHERE id = ?1 AND state = 'queued'",
                      id, worker ? worker : "", lease_seconds > 0 ? lease_seconds : 600);
}

int ls_job_heartbeat(ls_db *db, int64_t id, const char *worker, int lease_seconds)
{
    return store_update_row(db,
                      "UPDATE jobs SET lease_until = ?2 + ?4, updated = ?2"
                      " WHERE id = ?1 AND state = 'running' AND worker IS ?3",
                      id, worker ? worker : "", lease_seconds > 0 ? lease_seconds : 600);
}

int ls_job_complete(ls_db *db, int64_t id)
{
    return store_update_row(db,
                      "UPDATE jobs SET state = 'done', lease_until = NULL, worker = NULL,"
                      " error = NULL, updated = ?2 WHERE id = ?1",
                      id, NULL, 0);
}

int ls_job_fail(ls_db *db, int64_t id, bool transient, const char *error,
                bool *will_retry)
{
    /* Retry k (after attempt k) waits BASE * 4^(k-1); the exponent is
     * capped so a large max_attempts cannot overflow. */
    int rc = store_update_row(
        db,
        "UPDATE jobs SET"
        " state = CASE WHEN ?4 AND attempts < max_attempts THEN 'queued' ELSE 'failed' END,"
        " next_run_at = CASE WHEN ?4 AND attempts < max_attempts"
        "   THEN ?2 + " XSTR(LS_JOB_BACKOFF_BASE) " * (1 << (2 * min(max(attempts - 1, 0), 12)))"
        "   ELSE next_run_at END,"
        " lease_until = NULL, worker = NULL, error = ?3, updated = ?2 WHERE id = ?1",
        id, error ? error : "capture failed", transient);
    if (rc || !will_retry)
        return rc;
    *will_retry = false;
    sqlite3_stmt *st;
    if ((rc = store_prepare(db, "SELECT state FROM jobs WHERE id = ?1", &st)))
        return rc;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        *will_retry = strcmp((const char *)sqlite3_column_text(st, 0), "queued") == 0;
    sqlite3_finalize(st);
    return LS_OK;
}

/* Requeues (or fails, at max_attempts) running jobs whose lease ends
 * before `before` (only job `only` when it is not 0), with their
 * snapshots. */
static int requeue_running(ls_db *db, int64_t before, int64_t only)
{
    int64_t now = ls_db_now(db);
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    sqlite3_stmt *st = NULL;
    /* Snapshots first, while the expired jobs are still 'running'. */
    rc = store_prepare(
        db,
        "UPDATE snapshots SET"
        " status = CASE WHEN j.attempts >= j.max_attempts THEN 'failed' ELSE 'queued' END,"
        " error = CASE WHEN j.attempts >= j.max_attempts"
        "   THEN 'capture worker stopped (lease expired)' ELSE snapshots.error END,"
        " finished = CASE WHEN j.attempts >= j.max_attempts THEN ?1 ELSE snapshots.finished END"
        " FROM jobs j WHERE j.snapshot_id = snapshots.id AND j.state = 'running'"
        " AND j.lease_until < ?2 AND (?3 = 0 OR j.id = ?3)",
        &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, now);
    sqlite3_bind_int64(st, 2, before);
    sqlite3_bind_int64(st, 3, only);
    if ((rc = store_step_done(db, st)))
        goto out;
    sqlite3_finalize(st);
    rc = store_prepare(
        db,
        "UPDATE jobs SET"
        " state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,"
        " error = 'capture worker stopped (lease expired)', lease_until = NULL,"
        " worker = NULL, next_run_at = ?1, updated = ?1"
        " WHERE state = 'running' AND lease_until < ?2 AND (?3 = 0 OR id = ?3)",
        &st);
    if (rc)
        goto out;
    sqlite3_bind_int64(st, 1, now);
    sqlite3_bind_int64(st, 2, before);
    sqlite3_bind_int64(st, 3, only);
    rc = store_step_done(db, st);
    int n = sqlite3_changes(db->sq);
    if (rc == LS_OK)
        rc = n;
out:
    sqlite3_finalize(st);
    if (rc >= 0) {
        int crc = ls_db_commit(db);
        return crc ? crc : rc;
    }
    ls_db_rollback(db);
    return rc;
}

int ls_job_requeue_expired(ls_db *db)
{
    return requeue_running(db, ls_db_now(db), 0);
}

static void this_host(char *buf, size_t size)
{
    if (gethostname(buf, size) != 0)
        snprintf(buf, size, "localhost");
    buf[size - 1] = '\0';
    for (char *p = buf; *p; p++)
        if (*p == ':')
            *p = '_';
}

void ls_job_worker_name(char *buf, size_t size, const char *role, int index)
{
    char host[256];
    this_host(host, sizeof host);
    if (index >= 0)
        snprintf(buf, size, "%s:%s:%ld:w%d", role, host, (long)getpid(), index);
    else
        snprintf(buf, size, "%s:%s:%ld", role, host, (long)getpid());
}

/* Whether the worker named `w` may still be running: another live process
 * on this machine, or a process on another machine (only its lease can
 * tell). Names without a host and pid are from before they carried them. */
static bool worker_may_live(const char *w)
{
    const char *h = w ? strchr(w, ':') : NULL;
    const char *p = h ? strchr(h + 1, ':') : NULL;
    if (!p)
        return false;
    char host[256];
    this_host(host, sizeof host);
    if ((size_t)(p - h - 1) != strlen(host) || strncmp(h + 1, host, (size_t)(p - h - 1)))
        return true;
    char *end = NULL;
    long pid = strtol(p + 1, &end, 10);
    if (end == p + 1 || pid <= 0 || pid == (long)getpid())
        return false;
    return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

typedef struct running_job {
    int64_t id;
    bool worker_may_live;
} running_job;

static void running_job_row(sqlite3_stmt *st, void *out)
{
    running_job *j = out;
    j->id = sqlite3_column_int64(st, 0);
    j->worker_may_live = worker_may_live((const char *)sqlite3_column_text(st, 1));
}

int ls_job_recover_running(ls_db *db)
{
    sqlite3_stmt *st = NULL;
    int rc = store_prepare(db, "SELECT id, worker FROM jobs WHERE state = 'running'"
                               " ORDER BY id", &st);
    if (rc)
        return rc;
    void *items = NULL;
    size_t n = 0;
    rc = store_collect(db, st, sizeof(running_job), &items, &n, running_job_row);
    running_job *jobs = items;
    int total = 0;
    for (size_t i = 0; i < n && rc == LS_OK; i++) {
        if (jobs[i].worker_may_live)
            continue;
        int r = requeue_running(db, INT64_MAX, jobs[i].id);
        if (r < 0)
            rc = r;
        else
            total += r;
    }
    free(items);
    return rc == LS_OK ? total : rc;
}

int ls_job_release(ls_db *db, int64_t id)
{
    return store_update_row(db,
                      "UPDATE jobs SET state = 'queued', attempts = max(attempts - 1, 0),"
                      " next_run_at = ?2, lease_until = NULL, worker = NULL, updated = ?2"
                      " WHERE id = ?1 AND state = 'running'",
                      id, NULL, 0);
}

static void job_row(sqlite3_stmt *st, void *out)
{
    row_to_job(st, out);
}

/* One job by a WHERE binding ?1 = a, ?2 = user_id. */
static int get_job(ls_db *db, const char *sql, int64_t a, int64_t user_id, ls_job *out)
{
    return store_get_row(db, sql, a, user_id, job_row, out);
}

int ls_job_get(ls_db *db, int64_t user_id, int64_t id, ls_job *out)
{
    return get_job(db, "SELECT " JOB_COLS " FROM jobs WHERE id = ?1 AND user_id = ?2", id,
                   user_id, out);
}

int ls_job_get_for_snapshot(ls_db *db, int64_t user_id, int64_t snapshot_id, ls_job *out)
{
    return get_job(db,
                   "SELECT " JOB_COLS " FROM jobs WHERE snapshot_id = ?1 AND user_id = ?2"
                   " ORDER BY id DESC LIMIT 1",
                   snapshot_id, user_id, out);
}

int ls_job_count(ls_db *db, int64_t user_id, ls_job_counts *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "SELECT state, count(*) FROM jobs WHERE ?1 = 0 OR user_id = ?1"
                           " GROUP BY state",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    int src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        const char *s = (const char *)sqlite3_column_text(st, 0);
        int64_t n = sqlite3_column_int64(st, 1);
        if (!s)
            continue;
        if (!strcmp(s, "queued"))
            out->queued = n;
        else if (!strcmp(s, "running"))
            out->running = n;
        else if (!strcmp(s, "done"))
            out->done = n;
        else if (!strcmp(s, "failed"))
            out->failed = n;
    }
    if (src != SQLITE_DONE)
        rc = store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

int ls_job_next_due(ls_db *db, int64_t *seconds_out)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, "SELECT min(next_run_at) FROM jobs WHERE state = 'queued'", &st);
    if (rc)
        return rc;
    int src = sqlite3_step(st);
    if (src != SQLITE_ROW)
        rc = store_fail(db, src);
    else if (sqlite3_column_type(st, 0) == SQLITE_NULL)
        rc = LS_ENOTFOUND;
    else {
        int64_t d = sqlite3_column_int64(st, 0) - ls_db_now(db);
        *seconds_out = d > 0 ? d : 0;
    }
    sqlite3_finalize(st);
    return rc;
}
