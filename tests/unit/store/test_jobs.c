#include <stdio.h>
#include <string.h>

#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/users.h"
#include "store_test.h"
#include "util/err.h"

#define T0 1700000000

/* Link + snapshot + job in one transaction, as the callers do it. */
static int64_t enqueue(ls_db *db, const char *url, const char *host)
{
    int64_t l = 0, s = 0, j = 0;
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, 1, url, url, NULL, NULL, &l, NULL), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &s), LS_OK);
    CHECK_INT_EQ(ls_job_enqueue(db, l, s, host, &j), LS_OK);
    CHECK_INT_EQ(ls_db_commit(db), LS_OK);
    return j;
}

TEST(jobs_claim_in_order_and_complete)
{
    ls_db *db = store_test_open("jobs_claim");
    ls_db_set_now(db, T0);
    int64_t j1 = enqueue(db, "http://a/1", "a");
    int64_t j2 = enqueue(db, "http://b/1", "b");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w1", 60, 0, &job), LS_OK);
    CHECK_INT_EQ(job.id, j1);
    CHECK_STR_EQ(job.state, "running");
    CHECK_STR_EQ(job.worker, "w1");
    CHECK_INT_EQ(job.attempts, 1);
    CHECK_INT_EQ(job.lease_until, T0 + 60);
    CHECK_INT_EQ(job.user_id, 1);
    CHECK(job.snapshot_id > 0);
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_claim(db, "w2", 60, 0, &job), LS_OK);
    CHECK_INT_EQ(job.id, j2);
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_claim(db, "w3", 60, 0, &job), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_job_complete(db, j1), LS_OK);
    ls_job_counts c;
    CHECK_INT_EQ(ls_job_count(db, 0, &c), LS_OK);
    CHECK(c.done == 1 && c.running == 1 && c.queued == 0 && c.failed == 0);
    CHECK_INT_EQ(ls_job_count(db, 99, &c), LS_OK);
    CHECK(c.done == 0 && c.running == 0);
    /* The claim left no transaction open. */
    CHECK(sqlite3_get_autocommit(ls_db_sqlite(db)));
    ls_db_close(db);
}

TEST(jobs_transient_failures_back_off_then_fail)
{
    ls_db *db = store_test_open("jobs_backoff");
    ls_db_set_now(db, T0);
    int64_t j = enqueue(db, "http://a/", "a");
    int64_t waits[] = {10, 40, 160};
    int64_t now = T0;
    ls_job job;
    for (int k = 0; k < 3; k++) {
        CHECK_INT_EQ(ls_job_claim(db, "w", 60, 0, &job), LS_OK);
        CHECK_INT_EQ(job.attempts, k + 1);
        ls_job_clear(&job);
        bool retry = false;
        CHECK_INT_EQ(ls_job_fail(db, j, true, "timeout", &retry), LS_OK);
        CHECK(retry);
        CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
        CHECK_STR_EQ(job.state, "queued");
        CHECK_INT_EQ(job.next_run_at, now + waits[k]);
        CHECK_STR_EQ(job.error, "timeout");
        ls_job_clear(&job);
        int64_t due = -1;
        CHECK_INT_EQ(ls_job_next_due(db, &due), LS_OK);
        CHECK_INT_EQ(due, waits[k]);
        /* Not due yet. */
        ls_db_set_now(db, now + waits[k] - 1);
        CHECK_INT_EQ(ls_job_claim(db, "w", 60, 0, &job), LS_ENOTFOUND);
        now += waits[k];
        ls_db_set_now(db, now);
    }
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 0, &job), LS_OK);
    CHECK_INT_EQ(job.attempts, LS_JOB_MAX_ATTEMPTS);
    ls_job_clear(&job);
    bool retry = true;
    CHECK_INT_EQ(ls_job_fail(db, j, true, "timeout again", &retry), LS_OK);
    CHECK(!retry);
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "failed");
    ls_job_clear(&job);
    int64_t due;
    CHECK_INT_EQ(ls_job_next_due(db, &due), LS_ENOTFOUND);
    ls_db_close(db);
}

TEST(jobs_permanent_failure_is_final)
{
    ls_db *db = store_test_open("jobs_perm");
    int64_t j = enqueue(db, "http://a/", "a");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 0, &job), LS_OK);
    ls_job_clear(&job);
    bool retry = true;
    CHECK_INT_EQ(ls_job_fail(db, j, false, "blocked address", &retry), LS_OK);
    CHECK(!retry);
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "failed");
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_get(db, 2, j, &job), LS_ENOTFOUND); /* owner check */
    ls_db_close(db);
}

TEST(jobs_expired_lease_requeues_after_crash)
{
    ls_db *db = store_test_open("jobs_lease");
    ls_db_set_now(db, T0);
    int64_t j = enqueue(db, "http://a/", "a");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "dead-worker", 30, 0, &job), LS_OK);
    int64_t sid = job.snapshot_id;
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_snapshot_mark_running(db, sid), LS_OK);
    CHECK_INT_EQ(ls_job_requeue_expired(db), 0); /* lease still valid */
    ls_db_set_now(db, T0 + 31);
    CHECK_INT_EQ(ls_job_requeue_expired(db), 1);
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "queued");
    CHECK(job.worker == NULL);
    ls_job_clear(&job);
    ls_snapshot s;
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &s), LS_OK);
    CHECK_STR_EQ(s.status, "queued");
    ls_snapshot_release(&s);
    /* A job that kills its worker every time ends failed, snapshot too. */
    for (int k = 1; k < LS_JOB_MAX_ATTEMPTS; k++) {
        CHECK_INT_EQ(ls_job_claim(db, "w", 30, 0, &job), LS_OK);
        ls_job_clear(&job);
        ls_db_set_now(db, ls_db_now(db) + 31);
        CHECK_INT_EQ(ls_job_requeue_expired(db), 1);
    }
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "failed");
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &s), LS_OK);
    CHECK_STR_EQ(s.status, "failed");
    CHECK_CONTAINS(s.error, "lease");
    ls_snapshot_release(&s);
    ls_db_close(db);
}

TEST(jobs_heartbeat_and_release)
{
    ls_db *db = store_test_open("jobs_release");
    ls_db_set_now(db, T0);
    int64_t j = enqueue(db, "http://a/", "a");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w", 30, 0, &job), LS_OK);
    ls_job_clear(&job);
    ls_db_set_now(db, T0 + 20);
    CHECK_INT_EQ(ls_job_heartbeat(db, j, "w", 30), LS_OK);
    CHECK_INT_EQ(ls_job_heartbeat(db, j, "other", 30), LS_ENOTFOUND);
    ls_db_set_now(db, T0 + 40);
    CHECK_INT_EQ(ls_job_requeue_expired(db), 0); /* extended to T0+50 */
    CHECK_INT_EQ(ls_job_release(db, j), LS_OK);
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "queued");
    CHECK_INT_EQ(job.attempts, 0); /* a clean shutdown is not an attempt */
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_release(db, j), LS_ENOTFOUND); /* not running */
    ls_db_close(db);
}

TEST(jobs_per_host_limit)
{
    ls_db *db = store_test_open("jobs_host");
    enqueue(db, "http://a/1", "a.example");
    enqueue(db, "http://a/2", "a.example");
    enqueue(db, "http://a/3", "a.example");
    int64_t jb = enqueue(db, "http://b/1", "b.example");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 2, &job), LS_OK);
    CHECK_STR_EQ(job.host, "a.example");
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 2, &job), LS_OK);
    CHECK_STR_EQ(job.host, "a.example");
    int64_t done = job.id;
    ls_job_clear(&job);
    /* a.example has 2 running: the third waits, b goes ahead. */
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 2, &job), LS_OK);
    CHECK_INT_EQ(job.id, jb);
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 2, &job), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_job_complete(db, done), LS_OK);
    CHECK_INT_EQ(ls_job_claim(db, "w", 60, 2, &job), LS_OK);
    CHECK_STR_EQ(job.host, "a.example");
    ls_job_clear(&job);
    ls_db_close(db);
}

TEST(jobs_two_connections_never_claim_the_same_job)
{
    ls_db *a = store_test_open("jobs_two");
    ls_db *b = store_test_open("jobs_two");
    char url[32];
    for (int i = 0; i < 20; i++) {
        snprintf(url, sizeof url, "http://h/%d", i);
        enqueue(a, url, "h");
    }
    int64_t seen[20] = {0};
    int n = 0;
    ls_job job;
    for (int i = 0; i < 20; i++) {
        ls_db *db = i % 2 ? a : b;
        if (ls_job_claim(db, i % 2 ? "a" : "b", 60, 0, &job) != LS_OK)
            break;
        for (int k = 0; k < n; k++)
            CHECK(seen[k] != job.id);
        seen[n++] = job.id;
        ls_job_clear(&job);
    }
    CHECK_INT_EQ(n, 20);
    CHECK_INT_EQ(ls_job_claim(a, "a", 60, 0, &job), LS_ENOTFOUND);
    ls_db_close(a);
    ls_db_close(b);
}

TEST(jobs_go_with_their_link)
{
    ls_db *db = store_test_open("jobs_cascade");
    int64_t j = enqueue(db, "http://a/", "a");
    ls_job job;
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    int64_t link = job.link_id;
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_link_delete(db, 1, link), LS_OK);
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_job_enqueue(db, 12345, 0, "x", NULL), LS_ENOTFOUND);
    ls_db_close(db);
}

TEST(jobs_recover_running_after_a_crash_counts_the_attempt)
{
    ls_db *db = store_test_open("jobs_recover");
    ls_db_set_now(db, T0);
    int64_t j = enqueue(db, "http://a/", "a");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w", 3600, 0, &job), LS_OK);
    int64_t sid = job.snapshot_id;
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_get_for_snapshot(db, 1, sid, &job), LS_OK);
    CHECK_INT_EQ(job.id, j);
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_get_for_snapshot(db, 2, sid, &job), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_job_recover_running(db), 1); /* lease still valid, but we restarted */
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "queued");
    CHECK_INT_EQ(job.attempts, 1);
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_job_recover_running(db), 0);
    ls_db_close(db);
}

TEST(jobs_recover_leaves_jobs_of_live_workers_to_their_lease)
{
    ls_db *db = store_test_open("jobs_recover_live");
    ls_db_set_now(db, T0);
    char host[256], live[400], dead[400], other[400], mine[400];
    CHECK(gethostname(host, sizeof host) == 0);
    for (char *p = host; *p; p++)
        if (*p == ':')
            *p = '_';
    /* a process that has exited: its pid is free */
    pid_t child = fork();
    if (child == 0)
        _exit(0);
    waitpid(child, NULL, 0);
    snprintf(live, sizeof live, "cli:%s:%ld", host, (long)getppid());
    snprintf(dead, sizeof dead, "serve:%s:%ld:w0", host, (long)child);
    snprintf(other, sizeof other, "serve:another-machine:%ld:w1", (long)getpid());
    ls_job_worker_name(mine, sizeof mine, "serve", 2);
    CHECK(strncmp(mine, "serve:", 6) == 0);
    const char *workers[] = {live, dead, other, mine, "old-style-name"};
    int64_t ids[5];
    for (int i = 0; i < 5; i++) {
        char url[64];
        snprintf(url, sizeof url, "http://h%d.example/", i);
        ids[i] = enqueue(db, url, "h");
        CHECK_INT_EQ(ls_job_claim_id(db, ids[i], workers[i], 3600), LS_OK);
    }
    /* the dead one, our own earlier life and the unnamed one come back */
    CHECK_INT_EQ(ls_job_recover_running(db), 3);
    const char *want[] = {"running", "queued", "running", "queued", "queued"};
    for (int i = 0; i < 5; i++) {
        ls_job job;
        CHECK_INT_EQ(ls_job_get(db, 1, ids[i], &job), LS_OK);
        CHECK_STR_EQ(job.state, want[i]);
        ls_job_clear(&job);
    }
    /* the live one's lease still ends it, if it never finishes */
    ls_db_set_now(db, T0 + 3601);
    CHECK_INT_EQ(ls_job_requeue_expired(db), 2);
    ls_db_close(db);
}

TEST(snapshot_requeue_only_from_failed)
{
    ls_db *db = store_test_open("snap_requeue");
    ls_db_set_now(db, T0);
    enqueue(db, "http://a/", "a");
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w", 600, 0, &job), LS_OK);
    int64_t sid = job.snapshot_id;
    ls_job_clear(&job);
    CHECK_INT_EQ(ls_snapshot_requeue(db, sid), LS_ENOTFOUND); /* queued, not failed */
    CHECK_INT_EQ(ls_snapshot_fail(db, sid, 503, "HTTP 503"), LS_OK);
    CHECK_INT_EQ(ls_snapshot_requeue(db, sid), LS_OK);
    ls_snapshot s = {0};
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &s), LS_OK);
    CHECK_STR_EQ(s.status, "queued");
    CHECK(s.error == NULL || !*s.error);
    ls_snapshot_release(&s);
    CHECK_INT_EQ(ls_snapshot_requeue(db, 999999), LS_ENOTFOUND);
    ls_db_close(db);
}
