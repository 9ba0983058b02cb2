#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "store/blob.h"
#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store_test.h"
#include "util/err.h"

/* A child process claims the job, stores a blob, starts writing the
 * snapshot and is killed with SIGKILL before it commits. */
static void crashing_worker(const char *dir)
{
    ls_db *db = NULL;
    if (ls_db_open(dir, &db) != LS_OK)
        _exit(3);
    ls_job job;
    if (ls_job_claim(db, "doomed", 30, 0, &job) != LS_OK)
        _exit(4);
    char h[65];
    if (ls_blob_put(db, "page bytes", 10, h) != LS_OK)
        _exit(5);
    ls_db_begin(db);
    ls_snapshot s = {.id = job.snapshot_id, .raw_blob = h, .title = "half"};
    ls_snapshot_finish(db, &s);
    ls_job_complete(db, job.id);
    raise(SIGKILL); /* no commit, no close */
    _exit(6);
}

TEST(crash_during_capture_leaves_no_half_rows_and_the_job_runs_again)
{
    ls_db *db = store_test_open("crash");
    int64_t l = 0, sid = 0, jid = 0;
    ls_db_set_now(db, 0);
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &l, NULL), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &sid), LS_OK);
    CHECK_INT_EQ(ls_job_enqueue(db, l, sid, "a", &jid), LS_OK);
    CHECK_INT_EQ(ls_db_commit(db), LS_OK);
    pid_t pid = fork();
    if (pid == 0)
        crashing_worker(ls_db_data_dir(db));
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_snapshot s;
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &s), LS_OK);
    CHECK_STR_EQ(s.status, "queued"); /* the uncommitted finish is gone */
    CHECK(s.raw_blob == NULL);
    ls_snapshot_release(&s);
    ls_job job;
    CHECK_INT_EQ(ls_job_get(db, 1, jid, &job), LS_OK);
    CHECK_STR_EQ(job.state, "running"); /* the claim had committed */
    ls_job_clear(&job);
    /* After the lease, the job runs again. */
    ls_db_set_now(db, ls_db_now(db) + 31);
    CHECK_INT_EQ(ls_job_requeue_expired(db), 1);
    CHECK_INT_EQ(ls_job_claim(db, "next", 30, 0, &job), LS_OK);
    CHECK_INT_EQ(job.id, jid);
    CHECK_INT_EQ(job.attempts, 2);
    ls_job_clear(&job);
    ls_db_close(db);
    /* A fresh open (recovery of the WAL) passes the check too. */
    db = store_test_open("crash");
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}
