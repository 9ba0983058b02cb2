/* ls_capture_run()'s contract on the snapshot row when a capture fails:
 * written 'failed' by the engine, or left 'running' for a caller that
 * records the outcome together with its job (the web workers). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/capture.h"
#include "harness.h"
#include "store/db.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "util/err.h"

/* A fresh database with one link to a destination the guard refuses (a
 * loopback address while private ones are not allowed) and its snapshot,
 * marked running as a worker does. */
static ls_db *setup(const char *name, int64_t *snap)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/%s", ls_test_tmpdir(), name);
    ls_db *db = NULL;
    CHECK_INT_EQ(ls_db_open(dir, &db), LS_OK);
    int64_t link = 0;
    CHECK_INT_EQ(ls_link_add(db, 1, "http://127.0.0.1:9/page", "http://127.0.0.1:9/page", NULL,
                             NULL, &link, NULL), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, link, snap), LS_OK);
    CHECK_INT_EQ(ls_snapshot_mark_running(db, *snap), LS_OK);
    return db;
}

static void check_status(ls_db *db, int64_t id, const char *want)
{
    ls_snapshot s = {0};
    CHECK_INT_EQ(ls_snapshot_load(db, id, &s), LS_OK);
    CHECK_STR_EQ(s.status, want);
    ls_snapshot_release(&s);
}

TEST(capture_failure_is_written_by_the_engine)
{
    int64_t id = 0;
    ls_db *db = setup("capture_fail_engine", &id);
    ls_capture_opts o;
    ls_capture_opts_default(&o);
    ls_capture_result res;
    memset(&res, 0, sizeof res);
    CHECK(ls_capture_run(db, id, &o, &res) != LS_OK);
    CHECK(res.error[0] != 0);
    check_status(db, id, "failed");
    ls_db_close(db);
}

TEST(capture_failure_left_to_the_caller)
{
    int64_t id = 0;
    ls_db *db = setup("capture_fail_caller", &id);
    ls_capture_opts o;
    ls_capture_opts_default(&o);
    o.caller_records_failure = true;
    ls_capture_result res;
    memset(&res, 0, sizeof res);
    CHECK(ls_capture_run(db, id, &o, &res) != LS_OK);
    CHECK(res.error[0] != 0); /* the reason is still reported */
    check_status(db, id, "running");
    /* the caller's retry: running -> queued */
    CHECK_INT_EQ(ls_snapshot_requeue(db, id), LS_OK);
    check_status(db, id, "queued");
    ls_db_close(db);
}
