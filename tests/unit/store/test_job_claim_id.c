/*
 * test_job_claim_id.c - a job the command line runs itself is running
 * under a lease from the start (no worker can claim it), and a crash
 * leaves it for recovery to queue again.
 */
#include "harness.h"
#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store_test.h"
#include "util/err.h"

#define T0 1700000000

TEST(job_claimed_by_id_is_leased_and_recovered_after_a_crash)
{
    ls_db *db = store_test_open("job_claim_id");
    ls_db_set_now(db, T0);
    int64_t l = 0, s = 0, j = 0;
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &l, NULL), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &s), LS_OK);
    CHECK_INT_EQ(ls_job_enqueue(db, l, s, "a", &j), LS_OK);
    CHECK_INT_EQ(ls_job_claim_id(db, j, "cli", 900), LS_OK);
    CHECK_INT_EQ(ls_db_commit(db), LS_OK);
    /* Claiming again, or by a worker, finds nothing queued. */
    CHECK_INT_EQ(ls_job_claim_id(db, j, "cli", 900), LS_ENOTFOUND);
    ls_job job;
    CHECK_INT_EQ(ls_job_claim(db, "w1", 60, 0, &job), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_job_get(db, 1, j, &job), LS_OK);
    CHECK_STR_EQ(job.state, "running");
    CHECK_STR_EQ(job.worker, "cli");
    CHECK_INT_EQ(job.attempts, 1);
    CHECK_INT_EQ(job.lease_until, T0 + 900);
    ls_job_clear(&job);
    /* The process died: the lease runs out and the job is queued again. */
    ls_db_set_now(db, T0 + 901);
    CHECK_INT_EQ(ls_job_requeue_expired(db), 1);
    CHECK_INT_EQ(ls_job_claim(db, "w1", 60, 0, &job), LS_OK);
    CHECK_INT_EQ(job.id, j);
    CHECK_INT_EQ(job.snapshot_id, s);
    ls_job_clear(&job);
    ls_db_close(db);
}
